"""The client's offline lease (casemgr/sync/lease.py): the workspace unlocks without the server
only within the lease and with a clock not set back. Signing and verifying a lease need the
server's keys and are tested with them in tests/server/test_keys_lease.py."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta

from casemgr.sync.lease import lease_allows_offline
from tests.support.leases import T0, a_lease, iso


def test_offline_unlock_is_allowed_within_the_lease():
    allowed, reason = lease_allows_offline(a_lease(), iso(T0 + timedelta(days=13)), iso(T0))
    assert allowed and "until" in reason


def test_offline_unlock_needs_the_server_past_not_after():
    allowed, reason = lease_allows_offline(a_lease(), iso(T0 + timedelta(days=14)), iso(T0))
    assert not allowed and "connect to the server" in reason


def test_offline_unlock_needs_the_server_when_the_clock_was_set_back():
    last_seen = iso(T0 + timedelta(days=5))  # a later sync than the lease's issue
    allowed, reason = lease_allows_offline(a_lease(), iso(T0 + timedelta(days=2)), last_seen)
    assert not allowed and "clock" in reason
    # Before the lease's own server time, with no later sync seen: also set back.
    allowed, _ = lease_allows_offline(a_lease(), iso(T0 - timedelta(hours=1)), None)
    assert not allowed
    # A clock a minute behind the server is ordinary drift, not a clock set back.
    allowed, _ = lease_allows_offline(a_lease(), iso(T0 - timedelta(minutes=1)), iso(T0))
    assert allowed


def test_offline_unlock_refuses_unreadable_times():
    allowed, reason = lease_allows_offline(a_lease(), "yesterday", None)
    assert not allowed and "unreadable" in reason


def test_the_client_lease_module_does_not_need_the_server():
    code = ("import sys, casemgr.sync.lease; "
            "bad = [m for m in sys.modules if m.startswith(('casemgr.server', 'fastapi', "
            "'sqlalchemy', 'casemgr.db'))]; print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "PYTHONWARNINGS": "error"}, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_lease_names_the_oldest_casemgr_that_may_unlock():
    from casemgr.sync.lease import client_too_old

    lease = a_lease(min_client_version="1.10.0")
    assert client_too_old(lease, "1.10.0") is None
    assert client_too_old(lease, "1.10.3") is None
    assert client_too_old(lease, "2.0") is None
    message = client_too_old(lease, "1.9.7")  # 1.9 is older than 1.10: not a string order
    assert message is not None and "1.10.0" in message and "update" in message
