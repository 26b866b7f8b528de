"""A small organisation on a real server database, signed in through the real login route:
what the admin, authorisation and fuzz tests start from."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from fastapi.testclient import TestClient

from casemgr.domain.clock import FixedClock
from casemgr.server.accounts import create_user
from casemgr.server.app import create_app
from casemgr.server.bootstrap import init_db
from casemgr.server.settings import Settings
from casemgr.sync.protocol import PROTOCOL_VERSION

PASSWORD = "correct horse battery"
NOW_MS = 1_795_000_000_000  # 2026-11-18, as tests/conftest.py START_MS

# user name -> (role, teams)
PEOPLE: dict[str, tuple[str, tuple[str, ...]]] = {
    "ada": ("admin", ()),
    "sam": ("supervisor", ("North",)),
    "sue": ("supervisor", ("South",)),
    "amina": ("caseworker", ("North",)),
    "carl": ("caseworker", ("South",)),
    "rex": ("caseworker", ("North",)),  # their device gets revoked by the tests that need it
}


def cheap_settings(db_url: str, tmp_path: Path) -> Settings:
    """Server settings with a cheap password hash: the tests sign in a dozen times each."""
    return Settings(database_url=db_url, key_dir=tmp_path / "server-keys", dev_mode=True,
                    password_memory_kib=1024, password_time_cost=1)


@dataclass
class Org:
    """The signed-in organisation: a client for the app, and each person's device and token."""

    client: TestClient
    settings: Settings
    clock: FixedClock
    devices: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    refresh_tokens: dict[str, str] = field(default_factory=dict)

    def headers(self, who: str | None) -> dict[str, str]:
        """What that person's device sends with every request (nothing for anonymous)."""
        base = {"X-Casemgr-Protocol-Version": str(PROTOCOL_VERSION),
                "X-Casemgr-Client-Version": "0.1.0"}
        if who is None:
            return base
        return {**base, "Authorization": f"Bearer {self.tokens[who]}",
                "X-Casemgr-Device-Id": self.devices[who]}

    def login(self, who: str, password: str = PASSWORD, device_id: str | None = None) -> dict:
        device_id = device_id or self.devices.get(who) or str(uuid.uuid4())
        response = self.client.post("/api/v1/auth/login", json={
            "protocol_version": PROTOCOL_VERSION, "client_version": "0.1.0",
            "device_id": device_id, "username": who, "password": password,
            "device_name": f"{who}'s laptop"})
        assert response.status_code == 200, response.text
        self.devices[who] = device_id
        self.tokens[who] = response.json()["tokens"]["access_token"]
        self.refresh_tokens[who] = response.json()["tokens"]["refresh_token"]
        body: dict = response.json()
        return body

    def get(self, path: str, who: str | None = "ada", **kw):  # type: ignore[no-untyped-def]
        return self.client.get(path, headers=self.headers(who), **kw)

    def post(self, path: str, who: str | None = "ada", **kw):  # type: ignore[no-untyped-def]
        return self.client.post(path, headers={**self.headers(who), **kw.pop("headers", {})},
                                **kw)

    def patch(self, path: str, who: str | None = "ada", **kw):  # type: ignore[no-untyped-def]
        return self.client.patch(path, headers=self.headers(who), **kw)

    def put(self, path: str, who: str | None = "ada", **kw):  # type: ignore[no-untyped-def]
        return self.client.put(path, headers={**self.headers(who), **kw.pop("headers", {})},
                               **kw)


@contextmanager
def organisation(db_url: str, tmp_path: Path,
                 people: dict[str, tuple[str, tuple[str, ...]]] = PEOPLE) -> Iterator[Org]:
    """An initialised server with `people`, each signed in on a device of their own."""
    settings = cheap_settings(db_url, tmp_path)
    init_db(settings, now=NOW_MS)
    app = create_app(settings)
    clock = FixedClock(NOW_MS)
    app.state.clock = clock
    with app.state.engine.begin() as conn:
        for name, (role, teams) in people.items():
            create_user(conn, name, role, PASSWORD, teams=teams, now=NOW_MS, settings=settings,
                        actor="test")
    try:
        with TestClient(app, raise_server_exceptions=False) as client:
            org = Org(client, settings, clock)
            for name in people:
                org.login(name)
            yield org
    finally:
        app.state.engine.dispose()


# -- casework through the real push route -----------------------------------------------------

def op(record_id: str, record_type: str, case_id: str | None, changes: dict[str, object],
       *, kind: str = "create", base_rev: int = 0, base: dict[str, object] | None = None
       ) -> dict[str, object]:
    """One op as a device's outbox sends it (client_seq is filled in by `push`)."""
    base = base or {}
    return {"op_id": str(uuid.uuid4()), "record_id": record_id, "record_type": record_type,
            "case_id": case_id, "kind": kind, "base_rev": base_rev,
            "changes": {k: {"base": base.get(k), "value": v} for k, v in changes.items()},
            "hlc": f"{NOW_MS:015d}-00000-node", "created_at": "2026-11-18T10:00:00.000Z"}


def push(org: Org, who: str, ops: list[dict[str, object]], outbox_lag: int | None = None
         ) -> list[dict]:
    """Push `ops` from that person's device with the next client seqs; the op results."""
    seqs = org.__dict__.setdefault("_seqs", {})
    start = seqs.get(who, 0) + 1
    for i, o in enumerate(ops):
        o["client_seq"] = start + i
    response = org.post("/api/v1/sync/push", who=who, json={
        "protocol_version": PROTOCOL_VERSION, "client_version": "0.1.0",
        "device_id": org.devices[who], "client_seq_from": start, "ops": ops,
        "outbox_lag": outbox_lag})
    assert response.status_code == 200, response.text
    if ops:
        seqs[who] = start + len(ops) - 1
    results: list[dict] = response.json()["results"]
    return results


def register_case(org: Org, who: str, team: str | None) -> str:
    """A family and its open case, assigned to `who`, registered from their device."""
    case_id, family_id = str(uuid.uuid4()), str(uuid.uuid4())
    results = push(org, who, [
        op(family_id, "family", case_id, {"name": "Hassan"}),
        op(case_id, "case", case_id, {
            "case_number": f"TEST-{case_id[:5]}", "family_id": family_id, "status": "open",
            "assigned_to": who, "team": team, "legal_basis": "consent",
            "opened_on": "2026-11-01", "risk": "medium"}),
    ])
    assert [r["status"] for r in results] == ["applied", "applied"], results
    return case_id


def pull_all(org: Org, who: str, cursor: int = 0) -> tuple[list[dict], list[str], int]:
    """Every page of a pull from `cursor`: the records, the evicted cases, the last cursor."""
    records: list[dict] = []
    evicted: list[str] = []
    while True:
        page = org.get("/api/v1/sync/pull", who=who, params={"cursor": cursor}).json()
        records += page["records"]
        evicted += [order["removal"]["case_id"] for order in page["evict"]]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return records, evicted, cursor
