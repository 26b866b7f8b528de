"""Behind a reverse proxy, the server counts failed logins by the laptop's address, which the
proxy says in X-Forwarded-For (`serve --forwarded-allow-ips`): else one office's typos would
lock out every office behind the same proxy. From anyone but the proxy the header is
ignored, so that a client cannot dodge the per-address limit by making addresses up."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import sqlalchemy as sa

from casemgr import __version__
from casemgr.server import tables as t
from casemgr.sync.protocol import PROTOCOL_VERSION
from tests.support.live_server import LiveServer, demo_settings

LAPTOP = "203.0.113.9"  # documentation range: the laptop as the proxy saw it


def failed_login_from(server: LiveServer, forwarded_for: str) -> str:
    """Log in with a wrong password through `server`, the proxy saying the laptop is
    `forwarded_for`; the address the server recorded for the failure."""
    answer = requests.post(f"{server.url}/api/v1/auth/login", timeout=10, headers={
        "X-Forwarded-For": forwarded_for}, json={
        "protocol_version": PROTOCOL_VERSION, "client_version": __version__,
        "device_id": str(uuid.uuid4()), "username": "amina", "password": "not her password"})
    assert answer.status_code == 401
    engine = sa.create_engine(server.settings.database_url)
    try:
        with engine.connect() as conn:
            detail = conn.execute(sa.select(t.audit.c.detail)
                                  .where(t.audit.c.action == "login_failed")
                                  .order_by(t.audit.c.id.desc()).limit(1)).scalar_one()
    finally:
        engine.dispose()
    assert isinstance(detail, dict)
    return str(detail["address"])


@pytest.fixture
def behind_proxy(tmp_path: Path) -> Iterator[LiveServer]:
    """A server whose proxy is on this machine (the default: 127.0.0.1)."""
    live = LiveServer(demo_settings(tmp_path))
    yield live
    live.stop()


@pytest.fixture
def proxy_elsewhere(tmp_path: Path) -> Iterator[LiveServer]:
    """A server told its proxy is another machine: this one's requests are not from it."""
    live = LiveServer(demo_settings(tmp_path),
                      args=("--forwarded-allow-ips", "10.9.9.9"))
    yield live
    live.stop()


def test_the_laptops_address_from_the_proxy_counts(behind_proxy):
    assert LAPTOP in failed_login_from(behind_proxy, LAPTOP)


def test_a_made_up_address_from_anyone_but_the_proxy_is_ignored(proxy_elsewhere):
    assert failed_login_from(proxy_elsewhere, LAPTOP) == "127.0.0.1"
