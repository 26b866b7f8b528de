"""The change log every record write on the server goes through (pushed ops and the server's
own changes alike): the commit-safe change sequence, records as stored with their per-field
bookkeeping (field_meta: revision, author, time and device of each field's last change),
the case scope row kept with each case record, and the audience of each personal record."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from casemgr.domain import merge
from casemgr.domain.errors import ValidationError
from casemgr.domain.records import (
    RecordType,
    audience_of,
    is_personal,
    placement_problem,
    validate_fields,
)
from casemgr.server import tables as t
from casemgr.server.errors import ApiError
from casemgr.sync.protocol import RecordOut

SEQ_COUNTER = "change_seq"
SERVER_DEVICE = "server"  # field_meta's device for changes made on the server itself
MAX_SEQ = 2**62  # client seqs and cursors beyond this are refused (BIGINT columns)
MAX_REV = 2**31 - 1
RETRIES = 4


# -- statements of the per-op path -----------------------------------------------------------
# Built once, values passed as parameters: a statement built per call with its values inside
# (`.values(**row)`) costs SQLAlchemy a fresh cache key over every value on each execution,
# which was the largest share of the server's CPU per op (bench/server_load.py --profile).

_NEXT_SEQ = (sa.update(t.counters).where(t.counters.c.name == SEQ_COUNTER)
             .values(value=t.counters.c.value + sa.bindparam("count", type_=sa.BigInteger))
             .returning(t.counters.c.value))
_LOAD = sa.select(t.records).where(t.records.c.id == sa.bindparam("record_id"))
_LOAD_LOCKED = _LOAD.with_for_update()
_INSERT_RECORD = sa.insert(t.records)
_UPDATE_RECORD = sa.update(t.records).where(t.records.c.id == sa.bindparam("b_id"))
_UPDATE_SCOPE = sa.update(t.case_scope).where(t.case_scope.c.case_id == sa.bindparam("b_case_id"))
_INSERT_SCOPE = sa.insert(t.case_scope)
_INSERT_AUDIENCE = sa.insert(t.record_audience)
_CLOSED = (sa.update(t.case_scope)
           .where(t.case_scope.c.case_id == sa.bindparam("b_case_id"),
                  t.case_scope.c.closed_at.is_(None))
           .values(closed_at=sa.bindparam("b_at")))
_REOPENED = (sa.update(t.case_scope)
             .where(t.case_scope.c.case_id == sa.bindparam("b_case_id"),
                    t.case_scope.c.closed_at.is_not(None))
             .values(closed_at=None, departed_at=None))


S = TypeVar("S")
InList = Callable[[sa.ColumnElement[Any], str], sa.ColumnElement[bool]]


def _any(column: sa.ColumnElement[Any], name: str) -> sa.ColumnElement[bool]:
    return column == sa.any_(sa.bindparam(name, type_=postgresql.ARRAY(column.type)))


def _expanding(column: sa.ColumnElement[Any], name: str) -> sa.ColumnElement[bool]:
    return column.in_(sa.bindparam(name, expanding=True))


class ByDialect(Generic[S]):
    """A statement that takes a list of values, built once per kind of database: on
    PostgreSQL `column = ANY(:list)`, one statement text whatever the list's length (psycopg
    prepares it once; nothing is rendered per call, where an expanding IN renders a
    placeholder per value and makes a new text per length); an expanding IN elsewhere.
    `build(in_list)` makes the statement, `in_list(column, name)` the condition."""

    def __init__(self, build: Callable[[InList], S]) -> None:
        self._postgresql = build(_any)
        self._other = build(_expanding)

    def __call__(self, conn: sa.Connection) -> S:
        return self._postgresql if conn.dialect.name == "postgresql" else self._other


# -- change sequence ---------------------------------------------------------------------------

def next_seq(conn: sa.Connection, count: int = 1) -> int:
    """Allocate `count` change seqs in this transaction; returns the last of them.

    Commit-safe: the UPDATE ... RETURNING takes the counter row's lock, which is held until
    this transaction commits or rolls back, so another writer's allocation waits until this
    one has committed. Seqs therefore commit in the order they were allocated, and every
    seq up to the counter's committed value is committed and visible: a pull that reads up
    to that value (`pull.committed_seq`) can never pass a seq allocated earlier but committed
    later. To keep the lock short, call it after every check and every row lock the
    transaction needs; only the writes that carry the seqs follow it, then COMMIT. (SQLite
    serialises writers anyway: every transaction begins with BEGIN IMMEDIATE.)
    """
    value = conn.execute(_NEXT_SEQ, {"count": count}).scalar_one_or_none()
    if value is None:
        raise ApiError(503, "not_initialised",
                       "The server database is not initialised; run `casemgr-server init-db`.")
    return int(value)


# -- records as the engine handles them ----------------------------------------------------------

@dataclass
class StoredRecord:
    """A record as stored, with its field_meta (each field's [rev, by, at, device])."""

    id: str
    type: RecordType
    case_id: str | None
    fields: dict[str, Any]
    rev: int
    seq: int
    deleted: bool
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str
    field_meta: dict[str, Any]

    @classmethod
    def of_row(cls, row: Any) -> StoredRecord:
        return cls(row.id, RecordType(row.type), row.case_id, dict(row.fields or {}), row.rev,
                   row.seq, bool(row.deleted), row.created_at, row.created_by, row.updated_at,
                   row.updated_by, dict(row.field_meta or {}))

    def out(self) -> RecordOut:
        return RecordOut(id=self.id, type=self.type, case_id=self.case_id, fields=self.fields,
                         rev=self.rev, seq=self.seq, created_at=self.created_at,
                         created_by=self.created_by, updated_at=self.updated_at,
                         updated_by=self.updated_by, deleted=self.deleted)


def load_record(conn: sa.Connection, record_id: str, *,
                lock: bool = False) -> StoredRecord | None:
    row = conn.execute(_LOAD_LOCKED if lock else _LOAD, {"record_id": record_id}).first()
    return StoredRecord.of_row(row) if row is not None else None


def with_changes(fields: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """Fields after `changes` (None clears a field, as on the client)."""
    new = dict(fields)
    for name, value in changes.items():
        if value is None:
            new.pop(name, None)
        else:
            new[name] = value
    return new


def changed_fields(old: Mapping[str, Any], new: Mapping[str, Any]) -> set[str]:
    return {k for k in old.keys() | new.keys() if not merge.same(old.get(k), new.get(k))}


class PendingWrites:
    """The changes of one transaction, written at its end: scope rows, then the records with
    their seqs (see `next_seq`) and the audience of the new personal ones."""

    def __init__(self) -> None:
        self.records: dict[str, StoredRecord] = {}
        self.new: set[str] = set()
        self.scope: dict[str, tuple[str, str | None]] = {}
        # case id -> when it was closed (None: it is not closed): case_scope.closed_at
        self.closed: dict[str, str | None] = {}

    def put(self, rec: StoredRecord, *, new: bool) -> None:
        if new:
            self.new.add(rec.id)
        self.records[rec.id] = rec
        if rec.type is RecordType.CASE and not rec.deleted:
            self.scope[rec.id] = (str(rec.fields.get("assigned_to") or ""),
                                  rec.fields.get("team") or None)
            self.closed[rec.id] = (rec.updated_at if rec.fields.get("status") == "closed"
                                   else None)

    def write_scope(self, conn: sa.Connection) -> None:
        for case_id, (assigned_to, team) in self.scope.items():
            done = conn.execute(_UPDATE_SCOPE, {"b_case_id": case_id, "assigned_to": assigned_to,
                                                "team": team}).rowcount
            if not done:
                conn.execute(_INSERT_SCOPE, {"case_id": case_id, "assigned_to": assigned_to,
                                             "team": team})
        write_closures(conn, self.closed)

    def write_records(self, conn: sa.Connection) -> int | None:
        """Allocate the seqs and write the records; the last seq, or None if nothing."""
        if not self.records:
            return None
        last = next_seq(conn, len(self.records))
        for seq, rec in zip(range(last - len(self.records) + 1, last + 1),
                            self.records.values(), strict=True):
            rec.seq = seq
            values = {"type": rec.type.value, "case_id": rec.case_id, "fields": rec.fields,
                      "rev": rec.rev, "seq": seq, "deleted": rec.deleted,
                      "created_at": rec.created_at, "created_by": rec.created_by,
                      "updated_at": rec.updated_at, "updated_by": rec.updated_by,
                      "field_meta": rec.field_meta}
            if rec.id in self.new:
                conn.execute(_INSERT_RECORD, {"id": rec.id, **values})
                if is_personal(rec.type, rec.case_id):
                    # Who may receive it, fixed at its creation (the workflow keeps its
                    # worker, and its author is its author): casemgr.server.sync.pull.
                    conn.execute(_INSERT_AUDIENCE, [
                        {"record_id": rec.id, "username": name} for name in sorted(
                            audience_of(rec.type, rec.fields, rec.created_by))])
            else:
                conn.execute(_UPDATE_RECORD, {"b_id": rec.id, **values})
        return last


def write_closures(conn: sa.Connection, closed: Mapping[str, str | None]) -> None:
    """Keep case_scope.closed_at with each case's status: the time it was closed (kept while
    it stays closed), None once reopened. Retention counts from it (docs/sync.md, "Scope")."""
    if shut := [{"b_case_id": case_id, "b_at": at} for case_id, at in closed.items()
                if at is not None]:
        conn.execute(_CLOSED, shut)
    if opened := [{"b_case_id": case_id} for case_id, at in closed.items() if at is None]:
        conn.execute(_REOPENED, opened)


def new_rec(record_id: str, record_type: RecordType, case_id: str | None,
            fields: dict[str, Any], by: str, now_iso: str, device: str) -> StoredRecord:
    meta = {name: [1, by, now_iso, device] for name in fields}
    return StoredRecord(record_id, record_type, case_id, fields, 1, 0, False, now_iso, by, now_iso,
                        by, meta)


def changed_rec(rec: StoredRecord, fields: dict[str, Any], by: str, now_iso: str,
                device: str) -> StoredRecord:
    rev = rec.rev + 1
    meta = dict(rec.field_meta)
    for name in changed_fields(rec.fields, fields):
        meta[name] = [rev, by, now_iso, device]
    return replace(rec, fields=fields, rev=rev, updated_at=now_iso, updated_by=by,
                   field_meta=meta)


# -- changes made on the server itself ------------------------------------------------------------

def write_server_change(conn: sa.Connection, *, record_id: str, record_type: RecordType | str,
                        case_id: str | None, changes: Mapping[str, Any], actor_name: str,
                        now_iso: str) -> RecordOut:
    """Create or change a record on the server (an admin's reassignment, a directory import)
    with a pushed op's bookkeeping: field_meta, rev, seq, case scope; authorisation is the
    caller's, ValidationError for refused fields. It allocates a seq (`next_seq`): with
    several in one transaction the counter stays locked from the first one to COMMIT."""
    rtype = RecordType(record_type)
    writes = PendingWrites()
    row = load_record(conn, record_id, lock=True)
    if row is None:
        check_placement(rtype, record_id, case_id)
        fields = {k: v for k, v in changes.items() if v is not None}
        validate_fields(rtype, fields)
        rec = new_rec(record_id, rtype, case_id, fields, actor_name, now_iso, SERVER_DEVICE)
        writes.put(rec, new=True)
    else:
        if row.type is not rtype or row.case_id != case_id:
            raise ValueError(f"record {record_id} is a {row.type.value} of case {row.case_id}")
        if row.deleted:
            raise ValidationError({"id": "This record was deleted; it is not brought back."})
        fields = with_changes(row.fields, changes)
        validate_fields(rtype, fields)
        if not changed_fields(row.fields, fields):
            return row.out()
        rec = changed_rec(row, fields, actor_name, now_iso, SERVER_DEVICE)
        writes.put(rec, new=False)
    writes.write_scope(conn)
    writes.write_records(conn)
    return rec.out()


def check_placement(rtype: RecordType, record_id: str, case_id: str | None) -> None:
    """Refuse a record in the wrong place: a case is its own case, directory records and
    supervision sessions have none (casemgr.domain.records.placement_problem)."""
    problem = placement_problem(rtype, record_id, case_id)
    if problem is not None:
        raise ValueError(problem)


def retryable(exc: sa.exc.DBAPIError) -> bool:
    """A concurrent writer won a race (unique key, deadlock, serialisation): try again."""
    if isinstance(exc, sa.exc.IntegrityError):
        return True
    return getattr(exc.orig, "sqlstate", None) in ("40001", "40P01")


__all__ = ["MAX_REV", "MAX_SEQ", "RETRIES", "SEQ_COUNTER", "SERVER_DEVICE", "ByDialect",
           "PendingWrites",
           "StoredRecord", "changed_fields", "changed_rec", "check_placement", "load_record",
           "new_rec", "next_seq", "retryable", "with_changes", "write_closures",
           "write_server_change"]
