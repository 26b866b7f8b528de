"""The record store: the one write path, and the reads lists and case files need.

Every create, update and delete goes through `WriteTx`, which in one transaction updates the
record, its search entry, appends the outbox op (gapless client seq, base rev, changed
fields with their base values, HLC time) and appends to the audit chain; an update also
logs which fields it changed, from what to what (`record_changes`, the case file's History).
The case list index is refreshed for every case the transaction touched, just before it
commits.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, cast

from casemgr.db import audit
from casemgr.db.connection import DatabaseError
from casemgr.db.errors import RecordNotFound
from casemgr.domain.clock import iso_utc
from casemgr.domain.errors import ValidationError
from casemgr.domain.ids import case_number, uuid7
from casemgr.domain.records import (
    FIELDS,
    Record,
    RecordType,
    RiskLevel,
    TaskStatus,
    placement_problem,
    validate_fields,
)

if TYPE_CHECKING:
    from casemgr.db.workspace import Workspace

# What search finds, per record type: names (family, people, case numbers) rank before notes.
SEARCH_NAMES: dict[RecordType, tuple[str, ...]] = {
    RecordType.FAMILY: ("name", "area"),
    RecordType.PERSON: ("given_name", "family_name"),
    RecordType.CASE: ("case_number",),
}
SEARCH_NOTES: dict[RecordType, tuple[str, ...]] = {
    RecordType.CASE: ("summary",),
    RecordType.NOTE: ("text",),
    RecordType.VISIT: ("participants", "observations"),
    RecordType.REFERRAL: ("reason",),
    RecordType.PLAN_GOAL: ("goal",),
}
SEARCHED = {t: SEARCH_NAMES.get(t, ()) + SEARCH_NOTES.get(t, ())
            for t in SEARCH_NAMES.keys() | SEARCH_NOTES.keys()}

_RECORD_COLUMNS = ("id, type, case_id, fields, rev, created_at, created_by, updated_at, "
                   "updated_by, deleted, withheld")


def row_to_record(row: Any) -> Record:
    """A record from the columns of _RECORD_COLUMNS, in that order (`withheld` may be left
    out: then nothing is withheld)."""
    withheld = row[10] if len(row) > 10 else None
    return Record(
        id=row[0], type=RecordType(row[1]), case_id=row[2], fields=json.loads(row[3]),
        rev=row[4], created_at=row[5], created_by=row[6], updated_at=row[7],
        updated_by=row[8], deleted=bool(row[9]),
        withheld=tuple(json.loads(withheld)) if withheld else (),
    )


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


# outbox.changes: {"field": {"base": old, "value": new}, ...}; where every base is null (a
# create, or an update of fields that were empty) it is kept as [{"field": new, ...}], each
# value once without its `{"base":null,"value":…}` (issue 13, item 6; migration 14).
def pack_changes(changes: Mapping[str, Mapping[str, Any]]) -> str:
    """outbox.changes as stored: see above."""
    if changes and all(d.get("base") is None and d.keys() == {"base", "value"}
                       for d in changes.values()):
        return _dumps([{name: d["value"] for name, d in changes.items()}])
    return _dumps(changes)


def unpack_changes(raw: str) -> dict[str, dict[str, Any]]:
    """An op's changes from outbox.changes (either form pack_changes writes)."""
    value = json.loads(raw)
    if isinstance(value, list):
        return {name: {"base": None, "value": v} for name, v in value[0].items()}
    return cast(dict[str, dict[str, Any]], value)


OUTBOX_COLUMNS = ("client_seq, op_id, record_id, record_type, case_id, kind, base_rev, changes, "
                  "hlc, created_at")


def outbox_op(row: Any) -> OutboxOp:
    """An op from a row of OUTBOX_COLUMNS."""
    return OutboxOp(row[0], row[1], row[2], row[3], row[4], row[5], row[6],
                    unpack_changes(row[7]), row[8], row[9])


class CaseSort(StrEnum):
    CASE_NUMBER = "case_number"
    FAMILY = "family"
    RISK = "risk"
    STATUS = "status"
    NEXT_DUE = "next_due"
    UPDATED = "updated"


_SORT_SQL = {
    CaseSort.CASE_NUMBER: "case_number",
    CaseSort.FAMILY: "family_name COLLATE NOCASE",
    CaseSort.RISK: "risk_rank",
    CaseSort.STATUS: "status",
    CaseSort.NEXT_DUE: "next_due",
    CaseSort.UPDATED: "updated_at",
}


@dataclass(frozen=True)
class CaseQuery:
    """What the case list shows: filters, sort and a page."""

    status: str | None = None
    risk: str | None = None
    assigned_to: str | None = None
    overdue_on: str | None = None  # today's date: only cases with a task due before it
    # A date: only open cases whose last visit (or, never visited, their opening) is before it.
    no_visit_since: str | None = None
    sort: CaseSort = CaseSort.CASE_NUMBER
    descending: bool = False
    offset: int = 0
    limit: int = 50


@dataclass(frozen=True)
class CaseRow:
    case_id: str
    case_number: str
    family_name: str
    children: str
    status: str
    risk: str | None
    assigned_to: str
    team: str | None
    opened_on: str
    next_due: str | None
    updated_at: str


# A case with no open task sorts after every due date (NULL would sort first and defeat the
# index); CaseRow shows it as None.
NO_DUE = "9999-12-31"


def _case_row(r: Any) -> CaseRow:
    row = CaseRow(*r)
    return row if row.next_due != NO_DUE else dataclasses.replace(row, next_due=None)


_CASE_ROW_COLUMNS = ("case_id, case_number, family_name, children, status, risk, assigned_to, "
                     "team, opened_on, next_due, updated_at")


# A search whose words match more names and notes than this shows the cases of the first
# ones (in the list's sort order) and says so: "type more to narrow it down".
SEARCH_MATCH_LIMIT = 2000


@dataclass(frozen=True)
class SearchHits:
    case_ids: list[str]
    capped: bool  # more records matched than the limit: the first ones' cases are shown


@dataclass(frozen=True)
class OutboxOp:
    client_seq: int
    op_id: str
    record_id: str
    record_type: str
    case_id: str | None
    kind: str
    base_rev: int
    changes: dict[str, dict[str, Any]]
    hlc: str
    created_at: str


class Store:
    """Reads and the write path of one unlocked workspace."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    @property
    def _conn(self) -> Any:
        return self._ws.conn

    # -- writes ------------------------------------------------------------------------------

    @contextmanager
    def write(self, actor: str) -> Iterator[WriteTx]:
        """One transaction of changes by `actor`; nothing of it is kept if anything fails.
        On a full disk it raises StorageFull, saying how much to free: a new change never
        takes the reserve (casemgr.db.space)."""
        with self._ws.transaction() as conn:
            tx = WriteTx(self._ws, conn, actor)
            yield tx
            tx.finish()

    def audit_only(self, action: str, record_id: str | None = None,
                   record_type: str | None = None, actor: str | None = None,
                   detail: Mapping[str, Any] | None = None) -> None:
        """An audit entry with no record change (opening a case file, a password change).
        It records something that is happening or has happened, so on a full disk it may
        use the reserve: reading a case file goes on (and is audited) on a full laptop."""
        def entry() -> None:
            with self.write(actor or self._ws.user) as tx:
                tx.audit(action, record_id, record_type, detail=detail)

        self._ws.with_reserve(entry)

    # -- reads -------------------------------------------------------------------------------

    def get(self, record_id: str) -> Record | None:
        row = self._conn.execute(
            f"SELECT {_RECORD_COLUMNS} FROM records WHERE id = ?", (record_id,)).fetchone()  # nosec B608 # column names are module constants; values bound
        return row_to_record(row) if row else None

    def require(self, record_id: str) -> Record:
        record = self.get(record_id)
        if record is None or record.deleted:
            raise RecordNotFound("No such record in this workspace.")
        return record

    def find_case(self, key: str) -> Record:
        """A case by id or by case number."""
        row = self._conn.execute(
            "SELECT case_id FROM case_index WHERE case_number = ? OR case_id = ?", (key, key)
        ).fetchone()
        if row is None:
            raise RecordNotFound(f"No case {key} in this workspace.")
        return self.require(row[0])

    def case_records(self, case_id: str, record_type: RecordType | None = None,
                     include_deleted: bool = False) -> list[Record]:
        sql = f"SELECT {_RECORD_COLUMNS} FROM records WHERE case_id = ?"  # nosec B608 # column names are module constants; values bound
        args: list[Any] = [case_id]
        if record_type is not None:
            sql += " AND type = ?"
            args.append(record_type.value)
        if not include_deleted:
            sql += " AND deleted = 0"
        return [row_to_record(r) for r in self._conn.execute(sql + " ORDER BY id", args)]

    def records_of_type(self, record_type: RecordType) -> list[Record]:
        rows = self._conn.execute(
            f"SELECT {_RECORD_COLUMNS} FROM records WHERE type = ? AND deleted = 0 ORDER BY id",  # nosec B608 # column names are module constants; values bound
            (record_type.value,))
        return [row_to_record(r) for r in rows]

    def list_cases(self, q: CaseQuery) -> list[CaseRow]:
        where, args = case_filter_sql(q)
        sql = (f"SELECT {_CASE_ROW_COLUMNS} FROM case_index{where} ORDER BY "
               f"{case_order_sql(q)} LIMIT ? OFFSET ?")  # nosec B608 # filters and sort from fixed column names; values bound
        rows = self._conn.execute(sql, [*args, q.limit, q.offset])
        return [_case_row(r) for r in rows]

    def count_cases(self, q: CaseQuery) -> int:
        where, args = case_filter_sql(q)
        return int(self._conn.execute(f"SELECT count(*) FROM case_index{where}", args  # nosec B608 # filters and sort from fixed column names; values bound
                                      ).fetchone()[0])

    def case_rows(self, case_ids: Iterable[str]) -> dict[str, CaseRow]:
        ids = list(case_ids)
        if not ids:
            return {}
        rows = self._conn.execute(
            f"SELECT {_CASE_ROW_COLUMNS} FROM case_index WHERE case_id IN "
            "(SELECT value FROM json_each(?))", (json.dumps(ids),))  # nosec B608 # column names are module constants; values bound
        return {r[0]: _case_row(r) for r in rows}

    def case_ids(self, q: CaseQuery) -> list[str]:
        """Every case id of the list in its sort order (the lazy case-list model holds these)."""
        where, args = case_filter_sql(q)
        return [r[0] for r in self._conn.execute(
            f"SELECT case_id FROM case_index{where} ORDER BY {case_order_sql(q)}", args)]  # nosec B608 # filters and sort from fixed column names; values bound

    def search(self, text: str, q: CaseQuery | None = None,
               limit: int = SEARCH_MATCH_LIMIT) -> SearchHits:
        """The one case search (the desktop list and `casemgr cases search` both use it):
        cases whose names, case number or notes match every word typed (as prefixes), within
        the filters of `q`, in its sort order; no words: the whole list.

        The FTS rows are read in rowid order without ranking, so that a one-letter prefix
        stays cheap; past `limit` matching records the cases of the first ones are shown and
        `capped` says so ("type more to narrow it down").
        """
        q = q or CaseQuery()
        match = fts_query(text)
        if not match:
            return SearchHits(self.case_ids(q), False)
        rowids = [r[0] for r in self._conn.execute(
            "SELECT rowid FROM search WHERE search MATCH ? LIMIT ?", (match, limit + 1))]
        if not rowids:
            return SearchHits([], False)
        where, args = case_filter_sql(q)
        where = (where + " AND " if where else " WHERE ") + (  # nosec B608 # filters and sort from fixed column names; values bound
            "case_id IN (SELECT r.case_id FROM records r WHERE r.rid IN "
            "(SELECT value FROM json_each(?)) AND r.deleted = 0 AND r.case_id IS NOT NULL)")
        rows = self._conn.execute(
            f"SELECT case_id FROM case_index{where} ORDER BY {case_order_sql(q)}",  # nosec B608 # filters and sort from fixed column names; values bound
            [*args, json.dumps(rowids[:limit])])
        return SearchHits([r[0] for r in rows], len(rowids) > limit)

    def people_matching(self, match: str, limit: int = 5000) -> list[tuple[str, str, str]]:
        """(person id, case id, fields JSON) of people whose search entry matches `match`
        (an FTS5 expression), for the duplicate check before registering."""
        return [tuple(r) for r in self._conn.execute(
            "SELECT r.id, r.case_id, r.fields FROM search JOIN records r ON r.rid = search.rowid "
            "WHERE search MATCH ? AND r.type = 'person' AND r.deleted = 0 LIMIT ?",
            (match, limit))]

    def record_count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM records").fetchone()[0])

    def outbox_count(self) -> int:
        """Changes waiting to sync (kept in meta by triggers: no scan of the outbox)."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'outbox_count'").fetchone()
        return int(row[0]) if row else 0

    def outbox(self) -> list[OutboxOp]:
        rows = self._conn.execute(
            f"SELECT {OUTBOX_COLUMNS} FROM outbox ORDER BY client_seq")  # nosec B608 # a module constant
        return [outbox_op(r) for r in rows]

    def audit_entries(self, record_id: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT seq, at, actor, action, record_id, record_type, detail FROM audit"
        args: tuple[Any, ...] = ()
        if record_id is not None:
            sql += " WHERE record_id = ?"
            args = (audit.pack_id(record_id),)
        keys = ("seq", "at", "actor", "action", "record_id", "record_type", "detail")
        return [{**dict(zip(keys, r, strict=True)), "record_id": audit.unpack_id(r[4]),
                 "detail": json.loads(r[6]) if r[6] is not None else None}
                for r in self._conn.execute(sql + " ORDER BY seq", args)]


def case_filter_sql(q: CaseQuery) -> tuple[str, list[Any]]:
    """The WHERE clause (and its arguments) of the case list's filters."""
    clauses, args = [], []
    for column, value in (("status", q.status), ("risk", q.risk),
                          ("assigned_to", q.assigned_to)):
        if value is not None:
            clauses.append(f"{column} = ?")
            args.append(value)
    if q.overdue_on is not None:
        # Unless the list is sorted by due date, read it in its sort index and drop the
        # cases that are not overdue as they come (many are): `+` keeps SQLite from
        # choosing the due-date index and then sorting every overdue case.
        column = "next_due" if q.sort is CaseSort.NEXT_DUE else "+next_due"
        clauses.append(f"{column} < ?")
        args.append(q.overdue_on)
    if q.no_visit_since is not None:
        clauses.append(f"status != 'closed' AND coalesce(({LAST_VISIT_SQL}), opened_on) < ?")
        args.append(q.no_visit_since)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


# The date of a case's latest visit, for a query on case_index (migration 8's index of visit
# dates answers it without reading the visits).
LAST_VISIT_SQL = ("SELECT max(json_extract(v.fields, '$.visit_date')) FROM records v "
                  "WHERE v.case_id = case_index.case_id AND v.type = 'visit' AND v.deleted = 0")


def case_order_sql(q: CaseQuery) -> str:
    """The ORDER BY of the case list's sort (case number breaks ties)."""
    order = "DESC" if q.descending else "ASC"
    return f"{_SORT_SQL[q.sort]} {order}, case_number {order}"


def fts_query(text: str) -> str:
    """Each word the user typed becomes a quoted prefix term; FTS syntax in input is inert."""
    words = []
    for raw in text.split():
        word = "".join(ch for ch in raw if ch.isalnum() or ch in "-_")
        word = word.replace("-", " ").replace("_", " ").strip()
        if word:
            words.append('"' + word.replace('"', "") + '"*')
    return " AND ".join(words)


BREAK_GLASS = "break_glass"  # meta: {case id: access ends (UTC, ISO)} of break-glass grants
# meta: the break-glass notices still open for this user as the last pull said them (a JSON
# list of protocol.GlassNotice; the Approvals page, casemgr.app.approvals.emergency_notices)
GLASS_NOTICES = "glass_notices"


def break_glass_grants(raw: str, now_iso: str) -> dict[str, str]:
    """The break-glass grants still running at `now_iso` (meta BREAK_GLASS, written by
    casemgr.app.glass): case id -> when the access ends."""
    try:
        grants = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    if not isinstance(grants, dict):
        return {}
    return {str(k): str(v) for k, v in grants.items() if isinstance(v, str) and v > now_iso}


class WriteTx:
    """The changes of one transaction; see the module docstring."""

    def __init__(self, ws: Workspace, conn: Any, actor: str) -> None:
        self._ws = ws
        self._conn = conn
        self.actor = actor
        self.now = iso_utc(ws.clock.now_ms())
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        self._next_seq = int(meta["next_client_seq"])
        self._audit_head = meta["audit_head"]
        self._audit_count = int(meta["audit_count"])
        self._case_counter = int(meta["case_counter"])
        self._prefix = meta["device_prefix"]
        self._glass = break_glass_grants(meta.get(BREAK_GLASS, ""), self.now)
        self._last_hlc = ""
        self._touched: set[str] = set()
        self.changed: list[Record] = []  # what this transaction wrote, for views to refresh

    # -- the three record changes -----------------------------------------------------------

    def create(self, record_type: RecordType, fields: Mapping[str, Any], *,
               case_id: str | None, record_id: str | None = None) -> Record:
        clean = {k: v for k, v in fields.items() if v is not None}
        validate_fields(record_type, clean)
        record_id = record_id or uuid7(self._ws.clock.now_ms)
        if record_type is RecordType.CASE:
            case_id = record_id
        if (problem := placement_problem(record_type, record_id, case_id)) is not None:
            raise ValidationError({"case_id": problem})
        hlc = self._hlc()
        cur = self._conn.execute(
            "INSERT INTO records (id, type, case_id, fields, rev, created_at, created_by, "
            "updated_at, updated_by, deleted, hlc) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, 0, ?)",
            (record_id, record_type.value, case_id, _dumps(clean), self.now, self.actor,
             self.now, self.actor, hlc))
        index_search(self._conn, cur.lastrowid, record_type, clean)
        changes = {k: {"base": None, "value": v} for k, v in clean.items()}
        self._outbox(record_id, record_type, case_id, "create", 0, changes, hlc)
        self.audit("create", record_id, record_type.value)
        record = Record(record_id, record_type, case_id, clean, 0, self.now, self.actor,
                        self.now, self.actor)
        self._after_change(record)
        return record

    def update(self, record_id: str, changes: Mapping[str, Any]) -> Record:
        """Apply field changes (None clears a field); a change that changes nothing is no op."""
        rid, record = self._load(record_id)
        new = dict(record.fields)
        diff: dict[str, dict[str, Any]] = {}
        for name, value in changes.items():
            old = record.fields.get(name)
            if old == value:
                continue
            diff[name] = {"base": old, "value": value}
            if value is None:
                new.pop(name, None)
            else:
                new[name] = value
        if not diff:
            return record
        validate_fields(record.type, new)
        hlc = self._hlc()
        self._conn.execute(
            "UPDATE records SET fields = ?, updated_at = ?, updated_by = ?, hlc = ? "
            "WHERE rid = ?", (_dumps(new), self.now, self.actor, hlc, rid))
        if any(f in SEARCHED.get(record.type, ()) for f in diff):
            index_search(self._conn, rid, record.type, new, replace=True)
        self._outbox(record.id, record.type, record.case_id, "update", record.rev, diff, hlc)
        self.audit("update", record.id, record.type.value)
        log_changes(self._conn, record.id, record.case_id, self.now, self.actor,
                    {name: (d["base"], d["value"]) for name, d in diff.items()},
                    audit_seq=self._audit_count)
        record.fields, record.updated_at, record.updated_by = new, self.now, self.actor
        self._after_change(record)
        return record

    def delete(self, record_id: str) -> None:
        """A tombstone: the record leaves lists and search, its deletion syncs like an edit."""
        rid, record = self._load(record_id)
        hlc = self._hlc()
        self._conn.execute(
            "UPDATE records SET deleted = 1, updated_at = ?, updated_by = ?, hlc = ? "
            "WHERE rid = ?", (self.now, self.actor, hlc, rid))
        self._conn.execute("DELETE FROM search WHERE rowid = ?", (rid,))
        self._outbox(record.id, record.type, record.case_id, "delete", record.rev, {}, hlc)
        self.audit("delete", record.id, record.type.value)
        record.deleted = True
        self._after_change(record)

    def resend(self, record_id: str, record_type: RecordType, case_id: str | None, kind: str,
               base_rev: int, changes: dict[str, dict[str, Any]]) -> None:
        """Queue an op that sends again what a server restored from a backup lost (it had
        acknowledged it): the record's local view already shows it, so only the outbox and
        the audit log change here (casemgr.db.sync_store, recovery from a new epoch)."""
        self._outbox(record_id, record_type, case_id, kind, base_rev, changes, self._hlc())
        self.audit("resend", record_id, record_type.value)
        if case_id is not None:
            self._touched.add(case_id)

    def audit(self, action: str, record_id: str | None = None,
              record_type: str | None = None, *,
              detail: Mapping[str, Any] | None = None) -> None:
        """Append to the audit chain; `detail`: metadata only (never case data). What is done
        to a case opened by break-glass, while the access lasts, is marked `break_glass`."""
        if self._glass and record_id is not None and self._under_glass(record_id):
            detail = {**(detail or {}), "break_glass": True}
        self._audit_count += 1
        self._audit_head = audit.insert_entry(
            self._conn, prev_hash=self._audit_head, seq=self._audit_count, at=self.now,
            actor=self.actor, action=action, record_id=record_id, record_type=record_type,
            detail=detail)

    def _under_glass(self, record_id: str) -> bool:
        if record_id in self._glass:
            return True
        row = self._conn.execute("SELECT case_id FROM records WHERE id = ?",
                                 (record_id,)).fetchone()
        return row is not None and row[0] in self._glass

    def queue_upload(self, record_id: str, sha256: str) -> None:
        """An attachment file to send with the next sync."""
        self._conn.execute("INSERT OR REPLACE INTO blob_uploads (record_id, sha256) "
                           "VALUES (?, ?)", (record_id, sha256))

    def next_case_number(self) -> str:
        self._case_counter += 1
        return case_number(self._prefix, self._case_counter)

    def get(self, record_id: str) -> Record:
        return self._load(record_id)[1]

    # -- internals ---------------------------------------------------------------------------

    def _load(self, record_id: str) -> tuple[int, Record]:
        row = self._conn.execute(
            f"SELECT rid, {_RECORD_COLUMNS} FROM records WHERE id = ?", (record_id,)).fetchone()  # nosec B608 # column names are module constants; values bound
        if row is None or row[10]:
            raise RecordNotFound("No such record in this workspace.")
        return int(row[0]), row_to_record(row[1:])

    def _hlc(self) -> str:
        self._last_hlc = str(self._ws.hlc.now())
        return self._last_hlc

    def _outbox(self, record_id: str, record_type: RecordType, case_id: str | None, kind: str,
                base_rev: int, changes: dict[str, dict[str, Any]], hlc: str) -> None:
        self._conn.execute(
            "INSERT INTO outbox (client_seq, op_id, record_id, record_type, case_id, kind, "
            "base_rev, changes, hlc, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (self._next_seq, uuid7(self._ws.clock.now_ms), record_id, record_type.value,
             case_id, kind, base_rev, pack_changes(changes), hlc, self.now))
        self._next_seq += 1

    def _after_change(self, record: Record) -> None:
        if record.case_id is not None:
            self._touched.add(record.case_id)
        self.changed.append(record)

    def finish(self) -> None:
        """Refresh the touched cases' list rows and save the counters; last in the transaction."""
        refresh_case_indexes(self._conn, self._touched, self.now)
        self._conn.executemany("UPDATE meta SET value = ? WHERE key = ?", [
            (str(self._next_seq), "next_client_seq"), (self._audit_head, "audit_head"),
            (str(self._audit_count), "audit_count"), (str(self._case_counter), "case_counter"),
        ] + ([(self._last_hlc, "hlc_last")] if self._last_hlc else []))


def field_changes(old: Mapping[str, Any], new: Mapping[str, Any]
                  ) -> dict[str, tuple[Any, Any]]:
    """The fields that differ between two versions of a record: name -> (old, new)."""
    return {name: (old.get(name), new.get(name)) for name in sorted(old.keys() | new.keys())
            if old.get(name) != new.get(name)}


def log_changes(conn: Any, record_id: str, case_id: str | None, at: str, actor: str,
                changes: Mapping[str, tuple[Any, Any]], *, audit_seq: int | None = None) -> None:
    """Keep which fields a change of a record changed, from what to what (the case file's
    History); a local edit with its audit entry's seq, a change received by sync without."""
    if not changes:
        return
    conn.execute(
        "INSERT INTO record_changes (record_id, case_id, at, actor, source, audit_seq, fields) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (record_id, case_id, at, actor, "local" if audit_seq is not None else "sync",
         audit_seq, _dumps({name: [old, new] for name, (old, new) in changes.items()})))


def index_search(conn: Any, rid: int, record_type: RecordType, fields: Mapping[str, Any], *,
                 replace: bool = False) -> None:
    """Put a record's names and notes into the search index (first removing old text)."""
    if replace:
        conn.execute("DELETE FROM search WHERE rowid = ?", (rid,))
    entry = search_entry(rid, record_type, fields)
    if entry is not None:
        conn.execute("INSERT INTO search (rowid, names, notes) VALUES (?, ?, ?)", entry)


def _searched_names(record_type: RecordType, names: tuple[str, ...]) -> tuple[str, ...]:
    # A restricted field is never searched, whoever may read it (docs/sync.md, "Restricted
    # fields"); a withheld one has no value here anyway.
    specs = FIELDS[record_type]
    return tuple(n for n in names if not specs[n].restricted_to)


# Per searched record type: the fields of its names and of its notes that go into the index.
_SEARCH_PLAN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    t.value: (_searched_names(t, SEARCH_NAMES.get(t, ())),
              _searched_names(t, SEARCH_NOTES.get(t, ()))) for t in SEARCHED}


def search_entry(rid: int, record_type: str, fields: Mapping[str, Any]
                 ) -> tuple[int, str, str] | None:
    """A record's row of the search index (rowid, names, notes), or None if nothing of it
    is searched. `record_type`: a RecordType or its value (a pulled page's records)."""
    plan = _SEARCH_PLAN.get(record_type)
    if plan is None:
        return None
    name_fields, note_fields = plan
    names = " ".join([str(v) for n in name_fields if (v := fields.get(n))])
    notes = " ".join([str(v) for n in note_fields if (v := fields.get(n))])
    return (rid, names, notes) if names or notes else None


_INDEX_COLUMN_NAMES = ("case_number", "family_name", "children", "status", "risk", "risk_rank",
                      "assigned_to", "team", "opened_on", "next_due", "updated_at")
_INDEX_COLUMNS = ", ".join(_INDEX_COLUMN_NAMES)


def refresh_case_indexes(conn: Any, case_ids: Iterable[str], now: str) -> None:
    """Recompute the case list rows of these cases from their records: a few statements for
    all of them (a pulled page touches hundreds of cases), each case's row as if alone."""
    ids = sorted(set(case_ids))
    if not ids:
        return
    listed = json.dumps(ids)
    cases = {r[0]: json.loads(r[1]) for r in conn.execute(
        "SELECT id, fields FROM records WHERE id IN (SELECT value FROM json_each(?)) "
        "AND type = 'case' AND deleted = 0", (listed,))}
    gone = [(case_id,) for case_id in ids if case_id not in cases]
    if gone:
        conn.executemany("DELETE FROM case_index WHERE case_id = ?", gone)
    if not cases:
        return
    listed = json.dumps(sorted(cases))
    families = dict(conn.execute(
        "SELECT id, json_extract(fields, '$.name') FROM records "
        "WHERE id IN (SELECT value FROM json_each(?)) AND deleted = 0",
        (json.dumps(sorted({f for c in cases.values()
                            if isinstance(f := c.get("family_id"), str)})),)))
    children: dict[str, list[str]] = {}
    for case_id, name in conn.execute(
            "SELECT case_id, json_extract(fields, '$.given_name') FROM records "
            "WHERE case_id IN (SELECT value FROM json_each(?)) AND type = 'person' "
            "AND deleted = 0 AND json_extract(fields, '$.role') = 'child' "
            "ORDER BY case_id, json_extract(fields, '$.date_of_birth'), rid", (listed,)):
        children.setdefault(case_id, []).append(name)
    due = dict(conn.execute(
        "SELECT case_id, min(json_extract(fields, '$.due_date')) FROM records "
        "WHERE case_id IN (SELECT value FROM json_each(?)) AND type = 'task' AND deleted = 0 "
        "AND json_extract(fields, '$.status') = ? GROUP BY case_id",
        (listed, TaskStatus.OPEN.value)))
    old = {r[0]: r[1:] for r in conn.execute(
        f"SELECT case_id, {_INDEX_COLUMNS} FROM case_index "  # nosec B608 # column names are module constants; values bound
        "WHERE case_id IN (SELECT value FROM json_each(?))", (listed,))}
    inserts: list[tuple[Any, ...]] = []
    updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for case_id, case in cases.items():
        risk = case.get("risk")
        family_id = case["family_id"]
        values = (case["case_number"], families.get(family_id, ""),
                  ", ".join(children.get(case_id, ())), case["status"], risk,
                  RiskLevel(risk).rank if risk else 0, case["assigned_to"], case.get("team"),
                  case["opened_on"], due.get(case_id) or NO_DUE, now)
        was = old.get(case_id)
        if was is None:
            inserts.append((case_id, *values))
            continue
        # Only the columns that changed: the table has an index for every filter with every
        # sort, and rewriting the whole row (INSERT OR REPLACE) rewrote every one of them.
        changed = [(name, value) for name, value, before in zip(
            _INDEX_COLUMN_NAMES, values, was, strict=True) if value != before]
        if changed:
            updates.setdefault(tuple(n for n, _ in changed), []).append(
                (*(v for _, v in changed), case_id))
    if inserts:
        conn.executemany(f"INSERT INTO case_index (case_id, {_INDEX_COLUMNS}) "  # nosec B608 # column names are module constants; values bound
                         f"VALUES (?{', ?' * len(_INDEX_COLUMN_NAMES)})", inserts)
    for names, rows in updates.items():
        conn.executemany(f"UPDATE case_index SET {', '.join(f'{n} = ?' for n in names)} "  # nosec B608 # column names are module constants; values bound
                         "WHERE case_id = ?", rows)


__all__ = [
    "NO_DUE", "OUTBOX_COLUMNS", "SEARCH_MATCH_LIMIT", "CaseQuery", "CaseRow", "CaseSort",
    "DatabaseError", "OutboxOp", "SearchHits", "Store", "WriteTx", "case_filter_sql",
    "case_order_sql", "field_changes", "fts_query", "log_changes", "outbox_op", "pack_changes",
    "refresh_case_indexes", "unpack_changes",
]
