"""A wipe or an eviction needs the server's signature (docs/sync.md, "Removals"). A proxy on
the path that forges or replays one gets at most a logout: nothing is deleted, and an
ignored eviction is reported. The real ones, through the same proxy, still work."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from casemgr.domain.clock import SystemClock, iso_utc
from casemgr.server.accounts import revoke_device
from casemgr.server.keys import ServerKeys
from casemgr.sync.protocol import REVOKED, Removal, SignedRemoval, eviction_nonce
from casemgr.sync.transport import NeedsLogin, Revoked, UnverifiedRevocation
from tests.support.fault_proxy import Fault, FaultProxy
from tests.support.laptops import Laptop
from tests.support.live_server import DEMO_PASSWORD, LiveServer
from tests.support.records import CASE, CHILD, FAMILY

PULL = "/api/v1/sync/pull"


@pytest.fixture
def proxy(live_server: LiveServer) -> Iterator[FaultProxy]:
    with FaultProxy(live_server.url) as proxy:
        yield proxy


def _server_keys(live_server: LiveServer) -> ServerKeys:
    return ServerKeys.load(live_server.settings.key_dir)


def _impostor(tmp_path: Path) -> ServerKeys:
    ServerKeys.ensure(tmp_path / "impostor-keys")
    return ServerKeys.load(tmp_path / "impostor-keys")


def _answer_revoked(order: SignedRemoval | None) -> Any:
    """A rewrite that answers any request with 401 revoked carrying `order`."""
    body = {"error": "revoked", "detail": "This device was revoked.", "reason": "revoked",
            "revocation": order.model_dump(mode="json") if order else None}
    return lambda _status, _body: (401, json.dumps(body).encode())


def _add_eviction(order: dict[str, Any]) -> Any:
    """A rewrite that adds `order` to a pull answer's evictions."""
    def rewrite(status: int, body: bytes) -> tuple[int, bytes]:
        page = json.loads(body)
        page["evict"].append(order)
        return status, json.dumps(page).encode()
    return rewrite


def _registered(laptop: Laptop) -> str:
    case_id = laptop.cw.register_family(FAMILY, [CHILD], CASE).value
    laptop.sync()
    return case_id


def _revocation(keys: ServerKeys, device_id: str, when_ms: int) -> SignedRemoval:
    return keys.sign_removal(Removal(device_id=device_id, case_id=REVOKED,
                                     time=iso_utc(when_ms), nonce="f0" * 16))


FORGERIES = ["unsigned", "signed by another key", "for another device", "old"]


@pytest.mark.parametrize("forgery", FORGERIES)
def test_a_forged_revocation_logs_out_and_deletes_nothing(
        live_server: LiveServer, proxy: FaultProxy, tmp_path: Path, forgery: str) -> None:
    laptop = Laptop(tmp_path / "laptop", live_server, url=proxy.url)
    case_id = _registered(laptop)
    other = Laptop(tmp_path / "other", live_server, url=proxy.url)
    now = SystemClock().now_ms()
    order = {
        "unsigned": None,
        "signed by another key": _revocation(_impostor(tmp_path), laptop.ws.device_id, now),
        # The server's genuine order for another device, replayed at this one.
        "for another device": _revocation(_server_keys(live_server), other.ws.device_id, now),
        # The server's genuine order for this device, but from before its last sync (a
        # capture replayed after the account was reinstated).
        "old": _revocation(_server_keys(live_server), laptop.ws.device_id,
                           now - 2 * 3600_000),
    }[forgery]
    laptop.cw.add_note(case_id, "written offline, not sent yet")
    proxy.inject(Fault.FORGE, path=PULL, rewrite=_answer_revoked(order))

    with pytest.raises(UnverifiedRevocation, match="nothing was deleted"):
        laptop.sync()

    # Nothing deleted: the workspace, its case and the unsent note are all there.
    assert laptop.ws.paths.key.is_file() and laptop.ws.paths.db.is_file()
    assert "written offline, not sent yet" in laptop.notes(case_id)
    assert laptop.ws.meta("refresh_token") == ""  # logged out
    with pytest.raises(NeedsLogin) as again:  # the real server now, but the session ended
        laptop.sync()
    assert not isinstance(again.value, UnverifiedRevocation)
    laptop.transport.login("amina", DEMO_PASSWORD)
    laptop.sync()
    other.sync()
    assert "written offline, not sent yet" in other.notes(case_id)  # nothing was lost
    assert [s.fault for s in proxy.seen].count(Fault.FORGE) == 1


def test_the_servers_own_revocation_still_wipes_through_the_proxy(
        live_server: LiveServer, proxy: FaultProxy, tmp_path: Path) -> None:
    laptop = Laptop(tmp_path / "laptop", live_server, url=proxy.url)
    _registered(laptop)
    engine = sa.create_engine(live_server.settings.database_url)
    with engine.begin() as conn:
        revoke_device(conn, laptop.ws.device_id, "admin", SystemClock().now_ms())
    engine.dispose()
    with pytest.raises(Revoked):
        laptop.sync()
    assert not any(p.is_file() for p in (tmp_path / "laptop").rglob("*"))


@pytest.mark.parametrize("forgery", ["unsigned", "signed by another key",
                                     "replayed from an earlier pull"])
def test_a_forged_eviction_is_ignored_and_reported(
        live_server: LiveServer, proxy: FaultProxy, tmp_path: Path, forgery: str) -> None:
    laptop = Laptop(tmp_path / "laptop", live_server, url=proxy.url)
    case_id = _registered(laptop)
    epoch, cursor = laptop.ws.meta("sync_epoch"), int(laptop.ws.meta("sync_cursor"))
    removal = Removal(device_id=laptop.ws.device_id, case_id=case_id,
                      time=iso_utc(SystemClock().now_ms()),
                      nonce=eviction_nonce(epoch, cursor))
    order = {
        "unsigned": {"removal": removal.model_dump(mode="json"),
                     "signature": base64.b64encode(bytes(64)).decode()},
        "signed by another key": _impostor(tmp_path).sign_removal(removal)
        .model_dump(mode="json"),
        # The server's own key, but for a pull the device made before (as a capture
        # replayed later would be).
        "replayed from an earlier pull": _server_keys(live_server).sign_removal(
            removal.model_copy(update={"nonce": eviction_nonce(epoch, cursor - 1)}))
        .model_dump(mode="json"),
    }[forgery]
    proxy.inject(Fault.FORGE, path=PULL, rewrite=_add_eviction(order))

    summary = laptop.sync()

    assert summary.evicted == 0 and summary.unsigned_evictions == 1
    assert "ignored 1 orders to remove a case" in summary.line()
    assert laptop.cw.case_file(case_id).case.id == case_id  # kept, readable
    refused = [e for e in laptop.ws.store.audit_entries() if e["action"] == "eviction_refused"]
    assert [e["record_id"] for e in refused] == [case_id]


def test_a_real_eviction_captured_and_replayed_later_is_ignored(
        live_server: LiveServer, proxy: FaultProxy, tmp_path: Path) -> None:
    """A case reassigned away (a real, signed eviction the proxy keeps), then back: the kept
    eviction replayed into a later pull does not take the case away again."""
    laptop = Laptop(tmp_path / "amina", live_server, url=proxy.url)
    case_id = _registered(laptop)
    sam = Laptop(tmp_path / "sam", live_server, "sam")
    captured: list[dict[str, Any]] = []

    def keep(status: int, body: bytes) -> tuple[int, bytes]:
        captured.extend(json.loads(body)["evict"])
        return status, body

    sam.cw.reassign_case(case_id, "brian")
    sam.sync()
    proxy.inject(Fault.FORGE, path=PULL, rewrite=keep)
    assert laptop.sync().evicted == 1  # the real one: obeyed
    assert len(captured) == 1
    sam.sync()
    sam.cw.reassign_case(case_id, "amina")
    sam.sync()
    laptop.sync()
    assert laptop.cw.case_file(case_id).case.id == case_id  # back on amina's laptop

    proxy.inject(Fault.FORGE, path=PULL, rewrite=_add_eviction(captured[0]))
    summary = laptop.sync()
    assert summary.unsigned_evictions == 1 and summary.evicted == 0
    assert laptop.cw.case_file(case_id).case.id == case_id
