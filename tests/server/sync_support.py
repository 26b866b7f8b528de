"""A server database with people and their devices, and a device stand-in that writes ops the
way the client's outbox does and keeps a mirror of what it pulled: what the sync tests use."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from casemgr.domain.clock import iso_utc
from casemgr.domain.ids import uuid7
from casemgr.domain.permissions import Role
from casemgr.domain.records import RecordType
from casemgr.server import tables as t
from casemgr.server.api.deps import DeviceContext
from casemgr.server.bootstrap import init_db
from casemgr.server.db import make_engine
from casemgr.server.keys import ServerKeys
from casemgr.server.settings import Settings
from casemgr.server.sync.changes import StoredRecord
from casemgr.server.sync.pull import pull_changes
from casemgr.server.sync.push import apply_push
from casemgr.sync.protocol import (
    PROTOCOL_VERSION,
    FieldChange,
    Op,
    OpResult,
    PullResponse,
    PushRequest,
    PushResponse,
    RecordOut,
)

NOW_MS = 1_795_000_000_000  # 2026-11-18, as tests/conftest.py START_MS


class Clock:
    """Server time for the tests: advances a second per reading, so authors' times differ."""

    def __init__(self) -> None:
        self.ms = NOW_MS

    def iso(self) -> str:
        self.ms += 1000
        return iso_utc(self.ms)


class Writer:
    """Writes ops the way the client's outbox does: gapless client seqs, bases from the
    mirror of what the device last pulled."""

    device_id: str
    user: str
    clock: Clock
    next_seq: int
    cursor: int
    mirror: dict[str, RecordOut]
    evicted: list[str]
    epoch: str | None

    def op(self, kind: str, record_type: RecordType | str, record_id: str, case_id: str | None,
           changes: dict[str, tuple[Any, Any]] | None = None, base_rev: int = 0) -> Op:
        """An outbox op; its client seq is taken now (gapless, like the client's)."""
        seq, self.next_seq = self.next_seq, self.next_seq + 1
        return Op(op_id=uuid7(), client_seq=seq, record_id=record_id,
                  record_type=RecordType(record_type), case_id=case_id, kind=kind,  # type: ignore[arg-type]
                  base_rev=base_rev,
                  changes={k: FieldChange(base=b, value=v) for k, (b, v) in
                           (changes or {}).items()},
                  hlc=f"{NOW_MS:015d}-00000-{self.device_id[:8]}",
                  created_at=self.clock.iso())

    def create(self, record_type: RecordType | str, fields: dict[str, Any], case_id: str | None,
               record_id: str | None = None) -> Op:
        record_id = record_id or uuid7()
        if RecordType(record_type) is RecordType.CASE:
            case_id = record_id
        return self.op("create", record_type, record_id, case_id,
                       {k: (None, v) for k, v in fields.items()})

    def update(self, record: RecordOut | str, changes: dict[str, Any],
               base_rev: int | None = None) -> Op:
        """An edit of a record as this device last pulled it (bases from the mirror)."""
        rec = self.mirror[record] if isinstance(record, str) else record
        fields = rec.fields
        return self.op("update", rec.type, rec.id, rec.case_id,
                       {k: (fields.get(k), v) for k, v in changes.items()},
                       rec.rev if base_rev is None else base_rev)

    def delete(self, record: RecordOut | str, base_rev: int | None = None) -> Op:
        rec = self.mirror[record] if isinstance(record, str) else record
        return self.op("delete", rec.type, rec.id, rec.case_id, {},
                       rec.rev if base_rev is None else base_rev)

    def request(self, *ops: Op, **extra: Any) -> PushRequest:
        return PushRequest(protocol_version=PROTOCOL_VERSION, client_version="0.1.0",
                           device_id=self.device_id,
                           client_seq_from=ops[0].client_seq if ops else self.next_seq,
                           ops=list(ops), **extra)

    def push(self, *ops: Op, **extra: Any) -> PushResponse:
        raise NotImplementedError

    def fetch(self, cursor: int, limit: int) -> PullResponse:
        raise NotImplementedError

    def push_one(self, op: Op) -> OpResult:
        return self.push(op).results[0]

    def pull_page(self, limit: int = 500, cursor: int | None = None) -> PullResponse:
        """One page, applied to the mirror with its cursor (as the client does)."""
        page = self.fetch(self.cursor if cursor is None else cursor, limit)
        self.apply(page)
        return page

    def apply(self, page: PullResponse) -> None:
        for rec in page.records:
            self.mirror[rec.id] = rec
        for case_id in page.evicted:
            self.evicted.append(case_id)
            for rid in [r.id for r in self.mirror.values() if r.case_id == case_id]:
                del self.mirror[rid]
        self.cursor = page.next_cursor
        self.epoch = page.epoch

    def pull(self, limit: int = 500) -> list[PullResponse]:
        """Pull until up to date."""
        pages = [self.pull_page(limit)]
        while pages[-1].has_more:
            pages.append(self.pull_page(limit))
            assert len(pages) < 10_000
        return pages

    def live(self, record_type: RecordType | None = None) -> list[RecordOut]:
        return [r for r in self.mirror.values() if not r.deleted
                and (record_type is None or r.type is record_type)]


@dataclass
class Device(Writer):
    """One signed-in device calling the sync engine directly."""

    world: World
    ctx: DeviceContext
    next_seq: int = 1
    cursor: int = 0
    mirror: dict[str, RecordOut] = field(default_factory=dict)
    evicted: list[str] = field(default_factory=list)
    epoch: str | None = None

    @property
    def device_id(self) -> str:  # type: ignore[override]
        return self.ctx.device_id

    @property
    def user(self) -> str:  # type: ignore[override]
        return self.ctx.username

    @property
    def clock(self) -> Clock:  # type: ignore[override]
        return self.world.clock

    def push(self, *ops: Op, **extra: Any) -> PushResponse:
        return apply_push(self.world.engine, self.ctx, self.request(*ops, **extra),
                         self.world.clock.iso())

    def fetch(self, cursor: int, limit: int) -> PullResponse:
        return pull_changes(self.world.engine, self.ctx, cursor, limit, self.world.clock.iso(),
                            self.world.keys)


@dataclass
class HttpDevice(Writer):
    """One person's signed-in device of an admin_support organisation, over HTTP."""

    org: Any  # admin_support.Org
    user: str
    clock: Clock = field(default_factory=Clock)
    next_seq: int = 1
    cursor: int = 0
    mirror: dict[str, RecordOut] = field(default_factory=dict)
    evicted: list[str] = field(default_factory=list)
    epoch: str | None = None

    @property
    def device_id(self) -> str:  # type: ignore[override]
        return str(self.org.devices[self.user])

    def push(self, *ops: Op, **extra: Any) -> PushResponse:
        response = self.org.post("/api/v1/sync/push", self.user,
                                 json=self.request(*ops, **extra).model_dump(mode="json"))
        assert response.status_code == 200, response.text
        return PushResponse.model_validate_json(response.content)

    def fetch(self, cursor: int, limit: int) -> PullResponse:
        response = self.org.get("/api/v1/sync/pull", self.user,
                                params={"cursor": cursor, "limit": limit})
        assert response.status_code == 200, response.text
        return PullResponse.model_validate_json(response.content)


@dataclass
class World:
    """An initialised server database with people on it."""

    engine: sa.Engine
    url: str
    keys: ServerKeys
    clock: Clock = field(default_factory=Clock)

    def person(self, name: str, role: str = "caseworker", teams: tuple[str, ...] = ()) -> str:
        now = iso_utc(NOW_MS)
        with self.engine.begin() as conn:
            user_id = str(uuid.uuid4())
            conn.execute(sa.insert(t.users).values(id=user_id, username=name, role=role,
                                                   password_hash="-", active=True,
                                                   created_at=now))
            for team in teams:
                team_id = conn.execute(sa.select(t.teams.c.id).where(t.teams.c.name == team)
                                       ).scalar_one_or_none()
                if team_id is None:
                    team_id = str(uuid.uuid4())
                    conn.execute(sa.insert(t.teams).values(id=team_id, name=team,
                                                           created_at=now))
                conn.execute(sa.insert(t.user_teams).values(user_id=user_id, team_id=team_id))
        return user_id

    def device(self, name: str, role: str = "caseworker", teams: tuple[str, ...] = (),
               *, user_id: str | None = None) -> Device:
        """A device of `name` (created as a person with `role` and `teams` if new)."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(t.users.c.id, t.users.c.role)
                               .where(t.users.c.username == name)).first()
        if row is None:
            user_id, role_now = self.person(name, role, teams), role
        else:
            user_id, role_now = row.id, row.role
        device_id = str(uuid.uuid4())
        with self.engine.begin() as conn:
            conn.execute(sa.insert(t.devices).values(id=device_id, user_id=user_id,
                                                     name=f"{name}'s laptop",
                                                     registered_at=iso_utc(NOW_MS),
                                                     last_client_seq=0))
        return Device(self, self.context(device_id, name, user_id, role_now))

    def context(self, device_id: str, name: str, user_id: str, role: str) -> DeviceContext:
        with self.engine.connect() as conn:
            teams = frozenset(conn.execute(
                sa.select(t.teams.c.name).join(t.user_teams, t.user_teams.c.team_id == t.teams.c.id)
                .where(t.user_teams.c.user_id == user_id)).scalars())
        return DeviceContext(device_id, user_id, name, Role(role), teams)

    def refreshed(self, dev: Device) -> Device:
        """The device as its next request sees its user (after a team or role change)."""
        with self.engine.connect() as conn:
            role = conn.execute(sa.select(t.users.c.role)
                                .where(t.users.c.id == dev.ctx.user_id)).scalar_one()
        dev.ctx = self.context(dev.ctx.device_id, dev.ctx.username, dev.ctx.user_id, role)
        return dev

    def join_team(self, name: str, team: str) -> None:
        with self.engine.begin() as conn:
            user_id = conn.execute(sa.select(t.users.c.id)
                                   .where(t.users.c.username == name)).scalar_one()
            team_id = conn.execute(sa.select(t.teams.c.id).where(t.teams.c.name == team)
                                   ).scalar_one_or_none()
            if team_id is None:
                team_id = str(uuid.uuid4())
                conn.execute(sa.insert(t.teams).values(id=team_id, name=team,
                                                       created_at=iso_utc(NOW_MS)))
            conn.execute(sa.insert(t.user_teams).values(user_id=user_id, team_id=team_id))

    def leave_team(self, name: str, team: str) -> None:
        with self.engine.begin() as conn:
            user_id = conn.execute(sa.select(t.users.c.id)
                                   .where(t.users.c.username == name)).scalar_one()
            team_id = conn.execute(sa.select(t.teams.c.id)
                                   .where(t.teams.c.name == team)).scalar_one()
            conn.execute(sa.delete(t.user_teams).where(t.user_teams.c.user_id == user_id,
                                                      t.user_teams.c.team_id == team_id))

    # -- what the server holds --------------------------------------------------------------

    def record(self, record_id: str) -> RecordOut:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(t.records).where(t.records.c.id == record_id)).one()
        return StoredRecord.of_row(row).out()

    def records(self, record_type: RecordType | None = None,
                case_id: str | None = None) -> list[RecordOut]:
        query = sa.select(t.records).order_by(t.records.c.seq)
        if record_type is not None:
            query = query.where(t.records.c.type == record_type.value)
        if case_id is not None:
            query = query.where(t.records.c.case_id == case_id)
        with self.engine.connect() as conn:
            return [StoredRecord.of_row(row).out() for row in conn.execute(query)]

    def quarantine(self) -> list[Any]:
        with self.engine.connect() as conn:
            return list(conn.execute(sa.select(t.quarantine).order_by(t.quarantine.c.created_at)))

    def conflicts(self) -> list[RecordOut]:
        return self.records(RecordType.CONFLICT)


@contextmanager
def world(db_url: str, tmp_path: Path) -> Iterator[World]:
    """An initialised server database (schema by the Alembic migrations, epoch, counters)."""
    init_db(Settings(database_url=db_url, key_dir=tmp_path / "server-keys", dev_mode=True),
            now=NOW_MS)
    engine = make_engine(db_url)
    try:
        yield World(engine, db_url, ServerKeys.load(tmp_path / "server-keys"))
    finally:
        engine.dispose()


# -- a family registered the way the client registers one ------------------------------------

@dataclass(frozen=True)
class Registered:
    case_id: str
    family_id: str
    child_id: str


def register(dev: Device, *, assigned_to: str | None = None, team: str | None = None,
             family: str = "Hassan", status: str = "open") -> tuple[Registered, list[Op]]:
    """The ops of a registration, family first, as casework.register_family writes them."""
    case_id, family_id, child_id = uuid7(), uuid7(), uuid7()
    case = {"case_number": f"AB12-{uuid.uuid4().int % 100000:05d}", "family_id": family_id,
            "status": status, "assigned_to": assigned_to or dev.user, "legal_basis": "consent",
            "consent_given_by": "mother", "opened_on": "2026-11-01", "risk": "medium"}
    if team is not None:
        case["team"] = team
    ops = [
        dev.create(RecordType.FAMILY, {"name": family}, case_id, family_id),
        dev.create(RecordType.CASE, case, case_id, case_id),
        dev.create(RecordType.PERSON, {"family_id": family_id, "given_name": "Zawadi",
                                       "family_name": family, "role": "child",
                                       "date_of_birth": "2015-02-03"}, case_id, child_id),
    ]
    return Registered(case_id, family_id, child_id), ops


def registered_case(dev: Device, **kw: Any) -> Registered:
    """A registered case, pushed and pulled back by `dev`."""
    reg, ops = register(dev, **kw)
    results = dev.push(*ops).results
    assert [r.status for r in results] == ["applied"] * len(ops), results
    dev.pull()
    return reg
