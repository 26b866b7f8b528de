"""Sync moves only what changed (issue 13, item 3): the published forms, the directory and
the offline lease are downloaded when the last pull's catalog says they changed, or the
lease is a day old; an empty sync is one pull request.

A real `casemgr-server serve` process, amina's real workspace, and the admin changing things
through the admin API; what the laptop asked for is read from the server's own request
counts (/metrics), not from an instrumented client."""

from __future__ import annotations

import json
import time
import uuid
from collections import Counter
from pathlib import Path

import requests
from prometheus_client.parser import text_string_to_metric_families

from casemgr.app.admin import AdminConsole
from casemgr.db.sync_store import SyncStore
from casemgr.domain.clock import FixedClock
from casemgr.sync import protocol
from casemgr.sync.account import first_login
from casemgr.sync.engine import LEASE_REFRESH_MS, SyncEngine
from casemgr.sync.transport import Transport
from tests.support.live_server import DEMO_PASSWORD
from tests.support.workspaces import FAST_KDF

ROOT = Path(__file__).resolve().parents[2]
ROUTES = ("/api/v1/sync/pull", "/api/v1/auth/lease", "/api/v1/forms", "/api/v1/directory")


def requests_by_route(url: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    text = requests.get(f"{url}/metrics", timeout=10).text
    for family in text_string_to_metric_families(text):
        if family.name == "casemgr_http_requests":
            for sample in family.samples:
                if sample.name.endswith("_total") and sample.labels["route"] in ROUTES:
                    counts[sample.labels["route"]] += int(sample.value)
    return counts


def synced(url: str, engine: SyncEngine) -> Counter[str]:
    """What one sync asked of the server, by route."""
    before = requests_by_route(url)
    engine.sync()
    after = requests_by_route(url)
    after.subtract(before)
    return +after


def test_an_empty_sync_is_one_pull_and_each_download_follows_its_own_change(
        live_server, tmp_path):
    clock = FixedClock(int(time.time() * 1000))  # the server's own clock is the real one
    ws, transport = first_login(tmp_path / "amina", live_server.url, "amina", DEMO_PASSWORD,
                                kdf=FAST_KDF, clock=clock)
    engine = SyncEngine(ws, transport)
    engine.sync()  # the first: everything, and the catalog it was fetched under
    # The catalog comes on the last page of a pull that asks for it, and only then.
    first = transport.pull(0, 1, with_catalog=True)
    assert first.has_more and first.catalog is None
    last = transport.pull(first.next_cursor, protocol.MAX_PULL_LIMIT, with_catalog=True)
    assert not last.has_more and last.catalog is not None
    assert transport.pull(first.next_cursor, protocol.MAX_PULL_LIMIT).catalog is None

    assert synced(live_server.url, engine) == {"/api/v1/sync/pull": 1}

    admin = Transport(live_server.url, str(uuid.uuid4()), retries=0)
    admin.login("admin", DEMO_PASSWORD)
    console = AdminConsole(admin)
    form = json.loads((ROOT / "resources" / "forms" / "family_needs_strengths.json").read_text())
    form["version"] = max(f.version for f in console.published_forms()
                          if f.form_id == form["id"]) + 1
    console.publish_form(form)
    assert synced(live_server.url, engine) == {"/api/v1/sync/pull": 1, "/api/v1/forms": 1}
    assert (form["id"], form["version"]) in {(f, v) for f, v, _d in SyncStore(ws).forms()}

    # Her teams change: the directory, and the lease that carries her teams.
    console.update_user("amina", teams=["North", "South"])
    assert synced(live_server.url, engine) == {
        "/api/v1/sync/pull": 1, "/api/v1/directory": 1, "/api/v1/auth/lease": 1}
    lease = protocol.SignedLease.model_validate_json(ws.meta("lease")).lease
    assert sorted(lease.teams) == ["North", "South"]
    assert synced(live_server.url, engine) == {"/api/v1/sync/pull": 1}

    # A day later the lease is renewed though nothing changed: the offline time left is
    # never more than a day short of the whole lease.
    clock.advance(LEASE_REFRESH_MS / 1000 + 60)
    assert synced(live_server.url, engine) == {"/api/v1/sync/pull": 1, "/api/v1/auth/lease": 1}
    ws.close()


def test_without_a_catalog_every_download_is_fetched_as_before(live_server, tmp_path):
    """A server older than the catalog answers pulls without one: the laptop then fetches
    the lease, the forms and the directory after every pull, as it always did."""
    ws, transport = first_login(tmp_path / "amina", live_server.url, "amina", DEMO_PASSWORD,
                                kdf=FAST_KDF)
    engine = SyncEngine(ws, transport)
    engine.sync()
    before = requests_by_route(live_server.url)
    engine.refresh_downloads(None)  # what a sync does after a pull that brought no catalog
    after = requests_by_route(live_server.url)
    after.subtract(before)
    assert +after == {"/api/v1/auth/lease": 1, "/api/v1/forms": 1, "/api/v1/directory": 1}
    ws.close()
