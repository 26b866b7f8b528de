"""What the sync engine does to the workspace: acknowledge pushed ops, apply pulled pages,
rebase pending local changes, keep refused changes visible, purge evicted cases, erase a
person's records the server erased.

The engine (casemgr.sync) speaks HTTP; this module speaks SQL. Each call is one
transaction, so a crash leaves either all of a page (records and cursor) or none of it.

On a full disk each call may use the workspace's reserve (casemgr.db.space), down to what
reading needs: a caseworker whose laptop is full still syncs, so the office gets the work.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

import pydantic_core

from casemgr.db.audit import unpack_id
from casemgr.db.connection import SYNCHRONOUS, DatabaseError
from casemgr.db.files import shred
from casemgr.db.migrations import reclaim_free_pages
from casemgr.db.space import READ_FLOOR
from casemgr.db.store import (
    OUTBOX_COLUMNS,
    SEARCHED,
    OutboxOp,
    WriteTx,
    field_changes,
    index_search,
    log_changes,
    outbox_op,
    pack_changes,
    refresh_case_indexes,
    search_entry,
)
from casemgr.domain.clock import iso_utc
from casemgr.domain.merge import same
from casemgr.domain.records import (
    CASE_SCOPED,
    DIRECTORY,
    PERSONAL,
    RecordType,
    audience_of,
)

if TYPE_CHECKING:
    from casemgr.db.workspace import Workspace

_log = logging.getLogger(__name__)
_Method = TypeVar("_Method", bound=Callable[..., Any])


AUDIT_EVENTS_SENT = "audit_events_sent"  # meta: the last audit seq the server was sent
# meta: the same for the case files opened (their own endpoint, docs/sync.md)
ACCESS_EVENTS_SENT = "access_events_sent"
# The entries with nothing to send a sync reads again at most (SyncStore.audit_events_checked).
AUDIT_CHECKED_STEP = 500


def _lends_reserve(method: _Method) -> _Method:
    """A SyncStore write that, on a full disk, is run again with part of the reserve (its
    transaction left nothing behind the first time); one-shot iterators among its arguments
    are kept as lists so that the second run sees them too."""
    @functools.wraps(method)
    def lent(self: SyncStore, *args: Any, **kwargs: Any) -> Any:
        args = tuple(list(a) if isinstance(a, Iterator) else a for a in args)
        kwargs = {k: list(v) if isinstance(v, Iterator) else v for k, v in kwargs.items()}
        return self._ws.with_reserve(lambda: method(self, *args, **kwargs), keep=READ_FLOOR)

    return cast(_Method, lent)


class RemoteRecord(NamedTuple):
    """A record as the server holds it (the pull feed's RecordOut, without the protocol). A
    named tuple: a pulled page makes one per record, and a tuple is made fastest."""

    id: str
    type: str
    case_id: str | None
    fields: dict[str, Any]
    rev: int
    seq: int
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str
    deleted: bool
    # Restricted values the server did not send this user (docs/sync.md, "Restricted fields").
    withheld: tuple[str, ...] = ()


@dataclass(frozen=True)
class PushOutcome:
    """The server's answer for one op."""

    client_seq: int
    op_id: str
    status: str  # applied | merged | conflict | rejected
    rev: int
    reason: str | None = None


@dataclass(frozen=True)
class ErasureOrder:
    """A person's records erased on the server (a signed erase order, checked by the engine):
    the ids to delete here, and the cases among them erased whole. Ids only."""

    erasure_id: str
    record_ids: tuple[str, ...]
    case_ids: tuple[str, ...] = ()


@dataclass
class SyncPosition:
    """Where this device is in the server's change feed: the pull cursor, the server's epoch
    (a new one restarts the feed), and when it last synced."""

    cursor: int = 0
    epoch: str = ""
    last_sync_at: str = ""
    last_server_time: str = ""


@dataclass
class PushSummary:
    applied: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0


@dataclass
class PageSummary:
    records: int = 0
    cases: set[str] = field(default_factory=set)
    resent: int = 0  # ops queued to send again what a restored server lost (new epoch)
    refused: int = 0  # records this device was not given (their case, or not for it)
    erased: int = 0  # records erased here by the page's erase orders


# What an erase order deletes besides records and search entries, each given the ids as one
# JSON list (SyncStore._erase); the records last, after what refers to them.
_ERASE_STATEMENTS = (
    "DELETE FROM record_changes WHERE record_id IN (SELECT value FROM json_each(?))",
    "DELETE FROM outbox WHERE record_id IN (SELECT value FROM json_each(?))",
    "DELETE FROM sync_issues WHERE record_id IN (SELECT value FROM json_each(?))",
    "DELETE FROM blob_uploads WHERE record_id IN (SELECT value FROM json_each(?))",
    "DELETE FROM epoch_snapshot WHERE record_id IN (SELECT value FROM json_each(?))",
    "DELETE FROM records WHERE id IN (SELECT value FROM json_each(?))",
)

_STATE_KEYS = {"cursor": "sync_cursor", "epoch": "sync_epoch",
               "last_sync_at": "last_sync_at", "last_server_time": "last_server_time"}


_RECORD_TYPES = {t.value: t for t in RecordType}  # faster than RecordType(value), per record


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _dumps_pulled(fields: Mapping[str, Any]) -> str:
    """A pulled record's fields as stored: compact JSON like `_dumps`, made about three times
    faster (pydantic's encoder; a float may be written differently, e.g. 1e-7 for 1e-07,
    which reads back the same). Used for both columns of every pulled record, in bulk or
    one by one, so the texts compared to find an unchanged record come from the same
    encoder."""
    return pydantic_core.to_json(fields).decode()


# records.server_fields of a record whose server state is its local view (nothing pending
# changes it): this JSON string instead of a second copy of `fields` (workspace migration
# 12). Written only by an INSERT, `_share_fields` or `_advance_server_state` (never with new
# `fields`); a write that then changes `fields` keeps the server's state, because the
# trigger records_server_fields_kept copies the old fields into server_fields first. Read
# through SERVER_FIELDS_SQL.
SAME_AS_FIELDS = '"fields"'
SERVER_FIELDS_SQL = (f"CASE WHEN server_fields = '{SAME_AS_FIELDS}' THEN fields "
                     "ELSE server_fields END")


def _share_fields(conn: Any, rid: int) -> None:
    """Keep one copy of a record's fields when its server state is the same text."""
    conn.execute(f"UPDATE records SET server_fields = '{SAME_AS_FIELDS}' "  # nosec B608 # constants; values bound
                 "WHERE rid = ? AND server_fields = fields", (rid,))


def overlay(server_fields: Mapping[str, Any] | None, ops: Iterable[OutboxOp]
            ) -> tuple[dict[str, Any], bool]:
    """The local view of a record: the server's state with the pending local ops on top."""
    fields = dict(server_fields or {})
    deleted = False
    for op in ops:
        if op.kind == "delete":
            deleted = True
            continue
        for name, change in op.changes.items():
            if change.get("value") is None:
                fields.pop(name, None)
            else:
                fields[name] = change["value"]
    return fields, deleted


def _withheld_json(remote: RemoteRecord) -> str | None:
    """The `withheld` column of a pulled record: the names of what the server withheld."""
    return _dumps(sorted(remote.withheld)) if remote.withheld else None


def _search_text_changed(rtype: RecordType, old: Mapping[str, Any],
                         new: Mapping[str, Any]) -> bool:
    """Whether a record's search entry would differ (it is made of these fields only)."""
    return any(old.get(name) != new.get(name) for name in SEARCHED.get(rtype, ()))


def _reindex(conn: Any, rid: int, rtype: RecordType, fields: Mapping[str, Any],
             deleted: bool) -> None:
    if deleted:
        conn.execute("DELETE FROM search WHERE rowid = ?", (rid,))
    else:
        index_search(conn, rid, rtype, fields, replace=True)


class SyncStore:
    """Sync bookkeeping on one unlocked workspace."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    @property
    def _conn(self) -> Any:
        return self._ws.conn

    # -- state -------------------------------------------------------------------------------

    def state(self) -> SyncPosition:
        meta = dict(self._conn.execute(
            "SELECT key, value FROM meta WHERE key IN (?, ?, ?, ?)", tuple(_STATE_KEYS.values())))
        return SyncPosition(
            cursor=int(meta.get("sync_cursor") or 0), epoch=meta.get("sync_epoch", ""),
            last_sync_at=meta.get("last_sync_at", ""),
            last_server_time=meta.get("last_server_time", ""))

    def _set(self, conn: Any, **values: Any) -> None:
        conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                         [(_STATE_KEYS[k], str(v)) for k, v in values.items()])

    @_lends_reserve
    def set_state(self, **values: Any) -> None:
        with self._ws.transaction() as conn:
            self._set(conn, **values)

    def set_meta(self, key: str, value: str) -> None:
        self.set_metas({key: value})

    @_lends_reserve
    def set_metas(self, values: dict[str, str]) -> None:
        """Several workspace settings in one transaction (the profile a login returns)."""
        with self._ws.transaction() as conn:
            conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                             list(values.items()))

    def outbox_count(self) -> int:
        return self._ws.store.outbox_count()

    # -- audit entries the server keeps too (exports and prints) ------------------------------

    def unsent_audit_events(self, actions: Iterable[str], limit: int,
                            mark: str = AUDIT_EVENTS_SENT, upto: int | None = None
                            ) -> list[dict[str, Any]]:
        """The oldest entries of these actions in the audit chain not yet sent to the server
        (seq, at, action, record_id, record_type, detail), after the seq kept in meta `mark`
        (and up to `upto`, if given)."""
        sent = int(self._ws.meta(mark) or 0)
        wanted = sorted(set(actions))
        rows = self._conn.execute(
            "SELECT seq, at, action, record_id, record_type, detail FROM audit WHERE seq > ? "
            "AND seq <= ? AND action IN (SELECT value FROM json_each(?)) ORDER BY seq LIMIT ?",
            (sent, upto if upto is not None else 2**63 - 1, json.dumps(wanted), limit))
        return [{"seq": r[0], "at": r[1], "action": r[2], "record_id": unpack_id(r[3]),
                 "record_type": r[4], "detail": json.loads(r[5]) if r[5] else {}}
                for r in rows]

    def audit_events_sent(self, seq: int, mark: str = AUDIT_EVENTS_SENT) -> None:
        """The server keeps the audit entries up to `seq` (of the actions `mark` counts)."""
        self.set_meta(mark, str(seq))

    def audit_head_seq(self) -> int:
        """The seq of the newest entry of the audit chain (0: none)."""
        return int(self._conn.execute("SELECT max(seq) FROM audit").fetchone()[0] or 0)

    def audit_events_checked(self, upto: int, mark: str = AUDIT_EVENTS_SENT) -> None:
        """None of the entries up to `upto` still to send is of the actions `mark` counts:
        once they are AUDIT_CHECKED_STEP or more, the mark moves past them, so that the next
        sync does not read them again. Without it every sync read the whole chain since the
        last export (or case file opened): about 0.2 ms per thousand entries, twice, growing
        for ever. (Not for fewer: one write saved for each sync after a little work.)"""
        if upto - int(self._ws.meta(mark) or 0) >= AUDIT_CHECKED_STEP:
            self.set_meta(mark, str(upto))

    def pending(self, limit: int, case_id: str | None = None) -> list[OutboxOp]:
        """The oldest pending ops (of one case, if given), in client_seq order. Only those
        are read: a first sync of a large offline workspace pushes 200 at a time."""
        rows = self._conn.execute(
            f"SELECT {OUTBOX_COLUMNS} FROM outbox WHERE ?1 IS NULL OR case_id = ?1 "  # nosec B608 # a module constant
            "ORDER BY client_seq LIMIT ?2", (case_id, limit))
        return [outbox_op(r) for r in rows]

    def _pending_of(self, conn: Any, record_id: str) -> list[OutboxOp]:
        rows = conn.execute(
            f"SELECT {OUTBOX_COLUMNS} FROM outbox WHERE record_id = ? ORDER BY client_seq",  # nosec B608 # a module constant
            (record_id,))
        return [outbox_op(r) for r in rows]

    # -- push results ------------------------------------------------------------------------

    @_lends_reserve
    def apply_push_results(self, ops: list[OutboxOp], outcomes: list[PushOutcome]
                           ) -> PushSummary:
        """Remove answered ops from the outbox; keep refused ones visible and take their
        effect back out of the local view."""
        by_seq = {op.client_seq: op for op in ops}
        summary = PushSummary()
        now = iso_utc(self._ws.clock.now_ms())
        with self._ws.transaction() as conn:
            touched_cases: set[str] = set()
            recovering = self._recovering(conn)
            for outcome in outcomes:
                op = by_seq.get(outcome.client_seq)
                if op is None or op.op_id != outcome.op_id:
                    continue  # not one of ours (or already removed): nothing to do
                conn.execute("DELETE FROM outbox WHERE client_seq = ?", (op.client_seq,))
                if recovering:
                    self._settle(conn, op)
                if outcome.status == "applied":
                    summary.applied += 1
                    self._advance_server_state(conn, op, outcome.rev)
                elif outcome.status == "merged":
                    summary.merged += 1
                elif outcome.status == "conflict":
                    summary.conflicts += 1
                    # The server kept its own value (or the record): show that, not ours. The
                    # record may not change on the server, so no pull would correct it.
                    self._rebuild(conn, op.record_id, op)
                else:
                    summary.rejected += 1
                    conn.execute(
                        "INSERT OR IGNORE INTO sync_issues (op_id, record_id, record_type, "
                        "case_id, op, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (op.op_id, op.record_id, op.record_type, op.case_id,
                         _dumps(op.__dict__), outcome.reason or "refused by the server", now))
                    self._rebuild(conn, op.record_id, op)
                if op.case_id:
                    touched_cases.add(op.case_id)
            refresh_case_indexes(conn, touched_cases, now)
        self._reclaim()
        return summary

    def _reclaim(self) -> None:
        """Give the pages of removed rows (acknowledged ops, evicted cases) back to the disk,
        once there are enough of them (casemgr.db.migrations.reclaim_free_pages). Optional:
        on a full disk it is left for a later sync, and the free pages serve later writes."""
        try:
            reclaim_free_pages(self._conn)
        except DatabaseError as exc:
            _log.warning("Free pages were not given back to the disk (%s).",
                         type(exc).__name__)

    def _advance_server_state(self, conn: Any, op: OutboxOp, rev: int) -> None:
        """An op applied as sent: the server's state is ours plus it, at the new rev."""
        row = conn.execute(f"SELECT rid, {SERVER_FIELDS_SQL} FROM records WHERE id = ?",  # nosec B608 # a constant expression; the id is bound
                           (op.record_id,)).fetchone()
        if row is None:
            return
        server, deleted = overlay(json.loads(row[1]) if row[1] else {}, [op])
        # One write, the marker directly where the server's state is the local view: a row
        # first given a second copy of its fields would split its page, and stay half empty
        # once the marker replaced the copy (issue 13, item 6).
        conn.execute(f"UPDATE records SET server_fields = CASE WHEN ?1 = fields "  # nosec B608 # constants; values bound
                     f"THEN '{SAME_AS_FIELDS}' ELSE ?1 END, rev = max(rev, ?2) WHERE rid = ?3",
                     (None if deleted else _dumps(server), rev, row[0]))

    def _rebuild(self, conn: Any, record_id: str, dropped: OutboxOp) -> None:
        """Recompute a record's local view from the server's state and what is still pending,
        after `dropped` (refused, or kept only in a conflict) left the outbox."""
        row = conn.execute(f"SELECT rid, type, {SERVER_FIELDS_SQL}, deleted FROM records "  # nosec B608 # a constant expression; values bound
                           "WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            return
        rid, rtype, server_raw, was_deleted = row
        pending = self._pending_of(conn, record_id)
        if server_raw is None and not any(op.kind == "create" for op in pending):
            # Never accepted by the server and nothing left to send: it does not exist there.
            conn.execute("UPDATE records SET deleted = 1 WHERE rid = ?", (rid,))
            conn.execute("DELETE FROM search WHERE rowid = ?", (rid,))
            return
        fields, deleted = overlay(json.loads(server_raw) if server_raw else {}, pending)
        if was_deleted and not any(op.kind == "delete" for op in (*pending, dropped)):
            deleted = True  # deleted by the server (a pulled tombstone): it stays deleted
        conn.execute("UPDATE records SET fields = ?, deleted = ? WHERE rid = ?",
                     (_dumps(fields), int(deleted), rid))
        _reindex(conn, rid, RecordType(rtype), fields, deleted)

    # -- pull --------------------------------------------------------------------------------

    @_lends_reserve
    def apply_pull_page(self, records: list[RemoteRecord], next_cursor: int, epoch: str,
                        server_time: str = "", evict: Iterable[str] = (), *,
                        final: bool = False, unsigned_evictions: Iterable[str] = (),
                        erase: Iterable[ErasureOrder] = (),
                        unsigned_erasures: Iterable[str] = ()) -> PageSummary:
        """Apply one page, its evictions and its cursor in one transaction, rebasing pending
        local ops. `final`: the feed has nothing more (has_more false). `unsigned_evictions`:
        cases the page said to evict without the server's signature; kept, and each noted
        in the audit chain ("eviction_refused"). `erase`: a person's records erased on the
        server (signed orders): every trace of them goes, in the same transaction
        (`_erase`); `unsigned_erasures`: the ids of orders without the server's signature,
        ignored and noted ("erasure_refused").

        While recovering from a restored server (an epoch snapshot is kept, see
        `begin_epoch`), the same transaction queues what the page shows the restored server
        lost, and the final page re-creates what it never delivered.

        The evictions must share the cursor's transaction: the server takes a pull from past
        an eviction as proof it was done (it never sends it again) and one from before it as
        proof it was not (a case back in scope meanwhile then gets only its changes, not the
        whole case). A crash between the two would keep a case that left this device's scope,
        or lose one that came back. Records of an evicted case are never kept.
        """
        summary = PageSummary()
        now = iso_utc(self._ws.clock.now_ms())
        gone = list(dict.fromkeys(evict))
        orders = list(erase)
        refused_erasures = list(dict.fromkeys(unsigned_erasures))
        secure = bool(gone or orders)
        # A page that removes nothing and is not the pull's last is committed without
        # waiting for the disk (the WAL is written, not synced): a power cut may take it
        # back with its cursor, and the next pull brings it again (the server takes a pull
        # from an older cursor as a lost answer). A page that evicts or erases, and the last
        # page, wait for the disk as every other write does, and so make the pages before
        # them durable too. A crash of the app loses nothing either way.
        lazy = not secure and not final
        if secure:
            self._conn.execute("PRAGMA secure_delete = ON")
        if lazy:
            self._conn.execute("PRAGMA synchronous = NORMAL")
        try:
            with self._ws.transaction() as conn:
                outbox_empty = conn.execute("SELECT 1 FROM outbox LIMIT 1").fetchone() is None
                records = self._given(conn, records, summary, self._ws.user,
                                      self._ws.meta("role") == "admin")
                kept = [r for r in records if r.case_id is None or r.case_id not in gone]
                new: list[RemoteRecord] = []
                if outbox_empty:  # nothing to rebase: the page goes in in bulk
                    held = self._held(conn, kept)
                    new = self._insert_new(conn, [r for r in kept if r.id not in held])
                    summary.records += len(new)
                    summary.cases.update(r.case_id for r in new if r.case_id)
                    kept = [r for r in kept if r.id in held]
                    summary.records += len(kept)
                    summary.cases.update(self._update_held(conn, kept, held))
                    kept = []
                for remote in kept:
                    changed = self._apply_remote(conn, remote)
                    summary.records += 1
                    if remote.case_id and changed:  # an unchanged record leaves its list row
                        summary.cases.add(remote.case_id)
                tx: WriteTx | None = None
                if self._recovering(conn):
                    tx = WriteTx(self._ws, conn, self._ws.user)
                    self._reconcile_page(conn, tx, records, gone, final, summary)
                erased_cases: set[str] = set()
                for order in orders:
                    count, touched = self._erase(conn, order)
                    summary.erased += count
                    erased_cases.update(order.case_ids)
                    summary.cases.update(touched)
                summary.cases -= erased_cases
                refresh_case_indexes(conn, summary.cases, now)
                refused_evictions = list(dict.fromkeys(unsigned_evictions))
                if (summary.records or gone or refused_evictions or orders or refused_erasures
                        or tx is not None):
                    tx = tx or WriteTx(self._ws, conn, self._ws.user)
                    if summary.records:
                        tx.audit("sync_received")
                    for case_id in gone:
                        self._purge(conn, case_id)
                        tx.audit("evict_case", case_id, RecordType.CASE.value)
                    for case_id in refused_evictions:
                        tx.audit("eviction_refused", case_id, RecordType.CASE.value)
                    for order in orders:  # ids and counts only: what was erased is gone
                        tx.audit("erasure", detail={"erasure_id": order.erasure_id,
                                                    "records": len(order.record_ids),
                                                    "cases": len(order.case_ids)})
                    for erasure_id in refused_erasures:
                        tx.audit("erasure_refused", detail={"erasure_id": erasure_id})
                    tx.finish()
                if orders:
                    # The search index keeps deleted entries' words in its segments until
                    # they merge: merge them now, so no word of the erased records remains.
                    conn.execute("INSERT INTO search (search) VALUES ('optimize')")
                values: dict[str, Any] = {"cursor": next_cursor, "epoch": epoch,
                                          "last_sync_at": now}
                if server_time:
                    values["last_server_time"] = server_time
                self._set(conn, **values)
        finally:
            if secure:
                self._conn.execute("PRAGMA secure_delete = OFF")
            if lazy:
                self._conn.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
        if gone:
            self._reclaim()
        return summary

    @staticmethod
    def _given(conn: Any, records: list[RemoteRecord], summary: PageSummary, user: str,
               admin: bool) -> list[RemoteRecord]:
        """The page's records this device was given; the others are refused (counted in
        `summary.refused`, logged without case data) and never stored.

        A case reaches a device with its own record (the server delivers a case whole, in
        one page, in seq order: the case record may come after the family), so a record of a
        case is taken only if this workspace holds that case's record or the same page
        brings it. The case record itself is the server's word on scope (the lease's teams
        may be older than a team change). A directory entry belongs to no case; a personal
        record (no case: a supervision session, a task agreed in one) is taken only if this
        user is in its audience (the worker it is about, who recorded it) or an admin. A
        record that should belong to a case and names none, or a case record that is not its
        own case, is refused too."""
        case = RecordType.CASE.value
        in_page = {r.id for r in records if r.type == case and r.case_id == r.id}
        asked = sorted({r.case_id for r in records if r.case_id and r.case_id not in in_page})
        # One statement for the whole page, by id (the type checked here: a condition on it
        # in SQL led SQLite to scan every case record through the index on type).
        held = {row[0] for row in conn.execute(
            "SELECT id, type FROM records WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(asked),)) if row[1] == case} if asked else set()
        given: list[RemoteRecord] = []
        refused: dict[str, int] = {}
        for remote in records:
            rtype = _RECORD_TYPES.get(remote.type) or RecordType(remote.type)  # ValueError
            case_id = remote.case_id
            if case_id is None:
                ok = rtype in DIRECTORY or (rtype in PERSONAL and (admin or user in audience_of(
                    rtype, remote.fields, remote.created_by)))
            elif rtype not in CASE_SCOPED:
                ok = False
            elif rtype is RecordType.CASE:
                ok = case_id == remote.id
            else:
                ok = case_id in in_page or case_id in held
            if ok:
                given.append(remote)
            else:
                refused[rtype.value] = refused.get(rtype.value, 0) + 1
        if refused:
            summary.refused += sum(refused.values())
            _log.warning("Refused %d pulled record(s) this device was not given "
                         "(by type: %s); they were not stored.", sum(refused.values()),
                         ", ".join(f"{k} {v}" for k, v in sorted(refused.items())))
        return given

    @staticmethod
    def _held(conn: Any, records: list[RemoteRecord]) -> dict[str, tuple[Any, ...]]:
        """What this workspace holds of the page's records, by id: (rid, fields, rev,
        updated_at, updated_by, deleted, server fields, case_id, withheld, type), in one
        statement."""
        if not records:
            return {}
        rows = conn.execute(
            f"SELECT id, rid, fields, rev, updated_at, updated_by, deleted, {SERVER_FIELDS_SQL}, "  # nosec B608 # a constant expression; the ids are bound
            "case_id, withheld, type FROM records WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted({r.id for r in records})),))
        return {row[0]: tuple(row[1:]) for row in rows}

    def _insert_new(self, conn: Any, records: list[RemoteRecord]) -> list[RemoteRecord]:
        """Records this workspace does not hold (the caller knows), inserted with their
        search entries in a few statements (a first sync, or cases new to this device);
        returns them. One record sent twice in a page counts once (its last version)."""
        latest: dict[str, RemoteRecord] = {r.id: r for r in records}
        if not latest:
            return []
        first = int(conn.execute("SELECT coalesce(max(rid), 0) FROM records").fetchone()[0]) + 1
        stamps = self._ws.hlc.now_texts(len(latest))  # one clock read for the page
        rows, search = [], []
        for (rid, remote), hlc in zip(enumerate(latest.values(), start=first), stamps,
                                      strict=True):
            rows.append((rid, remote.id, remote.type, remote.case_id, _dumps_pulled(remote.fields),
                         remote.rev, remote.created_at, remote.created_by, remote.updated_at,
                         remote.updated_by, int(remote.deleted), hlc, SAME_AS_FIELDS,
                         _withheld_json(remote)))
            if not remote.deleted:
                entry = search_entry(rid, remote.type, remote.fields)
                if entry is not None:
                    search.append(entry)
        conn.executemany(
            "INSERT INTO records (rid, id, type, case_id, fields, rev, created_at, created_by, "
            "updated_at, updated_by, deleted, hlc, server_fields, withheld) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.executemany("INSERT INTO search (rowid, names, notes) VALUES (?, ?, ?)", search)
        return list(latest.values())

    @staticmethod
    def _update_held(conn: Any, records: list[RemoteRecord],
                     held: dict[str, tuple[Any, ...]]) -> set[str]:
        """Pulled records this workspace holds, with nothing pending (no rebase: the local
        view is the server's state), applied in a few statements for the page, each as
        `_apply_remote` would in the page's order. Returns the cases of the records that
        changed (an unchanged one, such as a case sent whole then in the feed, leaves its
        list row alone)."""
        state = dict(held)  # id -> the columns as they stand after the page's earlier records
        changed_ids: dict[str, None] = {}
        changes: list[tuple[Any, ...]] = []
        cases: set[str] = set()
        decoded: dict[str, dict[str, Any]] = {}  # fields decoded or received, by id
        before: dict[str, dict[str, Any]] = {}  # the fields held before the page, decoded
        for remote in records:
            row = state[remote.id]
            fields = remote.fields
            fields_json = _dumps_pulled(fields)
            values = (fields_json, remote.rev, remote.updated_at, remote.updated_by,
                      int(remote.deleted), fields_json, remote.case_id, _withheld_json(remote))
            if row[1:9] == values:
                continue  # what this device holds already
            old_fields = decoded.get(remote.id)
            if old_fields is None:
                old_fields = before[remote.id] = json.loads(row[1]) if row[1] else {}
            if not remote.deleted and not row[5]:
                # What someone changed elsewhere, for the case file's History (the server's
                # `updated_by` is who changed the record last).
                diff = field_changes(old_fields, fields)
                if diff:
                    changes.append((remote.id, remote.case_id, remote.updated_at,
                                    remote.updated_by, "sync", None, _dumps(
                                        {name: [a, b] for name, (a, b) in diff.items()})))
            decoded[remote.id] = fields
            state[remote.id] = (row[0], *values, remote.type)
            changed_ids[remote.id] = None
            if remote.case_id:
                cases.add(remote.case_id)
        if not changed_ids:
            return cases
        # server_fields NULL, then the marker that it is the same text as fields: written
        # directly, the trigger records_server_fields_kept would take the row's old fields
        # for the server's state (it keeps them when a local edit changes a shared row).
        conn.executemany(
            "UPDATE records SET fields = ?, rev = ?, updated_at = ?, updated_by = ?, "
            "deleted = ?, server_fields = NULL, case_id = ?, withheld = ? WHERE rid = ?",
            [(row[1], row[2], row[3], row[4], row[5], row[7], row[8], row[0])
             for row in (state[i] for i in changed_ids)])
        rids = [state[i][0] for i in changed_ids]
        conn.execute(f"UPDATE records SET server_fields = '{SAME_AS_FIELDS}' "  # nosec B608 # constants; the rids are bound
                     "WHERE rid IN (SELECT value FROM json_each(?))", (json.dumps(rids),))
        if changes:
            conn.executemany(
                "INSERT INTO record_changes (record_id, case_id, at, actor, source, audit_seq, "
                "fields) VALUES (?, ?, ?, ?, ?, ?, ?)", changes)
        # The search index: entries whose text (or whose record's deletion) changed.
        stale, fresh = [], []
        for record_id in changed_ids:
            after = state[record_id]
            rtype = after[9]
            if rtype not in SEARCHED:
                continue
            was_deleted, deleted = bool(held[record_id][5]), bool(after[5])
            new_fields = decoded[record_id]
            if was_deleted == deleted and (deleted or not _search_text_changed(
                    rtype, before[record_id], new_fields)):
                continue  # the entry (or its absence) is already right
            stale.append((after[0],))
            if not deleted:
                entry = search_entry(after[0], rtype, new_fields)
                if entry is not None:
                    fresh.append(entry)
        if stale:
            conn.executemany("DELETE FROM search WHERE rowid = ?", stale)
        if fresh:
            conn.executemany("INSERT INTO search (rowid, names, notes) VALUES (?, ?, ?)", fresh)
        return cases

    def _apply_remote(self, conn: Any, remote: RemoteRecord) -> bool:
        """One pulled record, rebased on what is pending (with nothing pending a page goes
        in in bulk: _insert_new, _update_held); False if the workspace held exactly this
        already."""
        rtype = RecordType(remote.type)
        row = conn.execute(
            f"SELECT rid, fields, rev, updated_at, updated_by, deleted, {SERVER_FIELDS_SQL}, "  # nosec B608 # a constant expression; the id is bound
            "case_id, withheld FROM records WHERE id = ?", (remote.id,)).fetchone()
        pending = self._pending_of(conn, remote.id)
        # The bulk path's encoder, so the texts compared to find an unchanged record are
        # the same whichever path wrote them.
        server_json = _dumps_pulled(remote.fields)
        if pending:
            fields, pending_delete = overlay(remote.fields, pending)
            fields_json = _dumps_pulled(fields)
        else:  # the local view is the server's: one encoding serves both columns
            fields, pending_delete, fields_json = remote.fields, False, server_json
        deleted = remote.deleted or pending_delete
        if row is None:
            hlc = str(self._ws.hlc.now())
            cur = conn.execute(
                "INSERT INTO records (id, type, case_id, fields, rev, created_at, created_by, "
                "updated_at, updated_by, deleted, hlc, server_fields, withheld) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (remote.id, remote.type, remote.case_id, fields_json, remote.rev,
                 remote.created_at, remote.created_by, remote.updated_at, remote.updated_by,
                 int(deleted), hlc, SAME_AS_FIELDS if fields_json == server_json
                 else server_json, _withheld_json(remote)))
            rid = int(cur.lastrowid)
            if not deleted:  # a new row has no search entry to replace yet
                index_search(conn, rid, rtype, fields)
            return True
        rid = int(row[0])
        values = (fields_json, remote.rev, remote.updated_at, remote.updated_by, int(deleted),
                  server_json, remote.case_id, _withheld_json(remote))
        if tuple(row[1:]) == values:
            return False  # what this device holds already (a case sent whole, then in the feed)
        conn.execute(
            "UPDATE records SET fields = ?, rev = ?, updated_at = ?, updated_by = ?, "
            "deleted = ?, server_fields = ?, case_id = ?, withheld = ? WHERE rid = ?",
            (*values, rid))
        if fields_json == server_json:
            _share_fields(conn, rid)
        old_fields: dict[str, Any] = json.loads(row[1]) if row[1] != fields_json else fields
        if not deleted and not row[5]:
            # What someone changed elsewhere, for the case file's History (the server's
            # `updated_by` is who changed the record last).
            log_changes(conn, remote.id, remote.case_id, remote.updated_at, remote.updated_by,
                        field_changes(old_fields, fields))
        if bool(row[5]) == deleted and (deleted or not _search_text_changed(
                rtype, old_fields, fields)):
            return True  # the search entry (or its absence) is already right
        _reindex(conn, rid, rtype, fields, deleted)
        return True

    # -- a server restored from a backup (a new epoch) ---------------------------------------
    #
    # Ops leave the outbox once the server acknowledged them, so when the server is restored
    # from an older backup, what it acknowledged after the backup is in no outbox. The device
    # still knows it: records.server_fields and rev are what it knew the lost server held.
    # `begin_epoch` keeps that (epoch_snapshot) in the transaction that moves to the new
    # epoch and resets the cursor to 0; the re-pull then compares, record by record, and
    # queues ordinary ops for what the restored server lacks. A crash anywhere leaves either
    # the old epoch (no snapshot: the next answer detects the new epoch again) or the new
    # epoch with its snapshot and a cursor whose pages were reconciled with it.

    @_lends_reserve
    def begin_epoch(self, epoch: str) -> int:
        """Move to a new epoch: the server's feed starts again (cursor 0), and a snapshot of
        what this device knew the lost server held (each record with rev > 0: its rev,
        server fields and whether it was deleted there), in one transaction. Rows of an
        unfinished earlier recovery are kept (their records were not delivered yet).
        Returns the number of snapshot rows."""
        with self._ws.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO epoch_snapshot (record_id, rev, fields, deleted) "  # nosec B608 # a constant expression; nothing from outside
                f"SELECT id, rev, {SERVER_FIELDS_SQL}, "
                "  CASE WHEN server_fields IS NULL THEN 1 "  # a delete it acknowledged
                "       WHEN deleted = 1 AND NOT EXISTS (SELECT 1 FROM outbox o "
                "            WHERE o.record_id = records.id AND o.kind = 'delete') THEN 1 "
                "       ELSE 0 END "  # a pulled tombstone, not a local delete still pending
                "FROM records WHERE rev > 0")
            self._set(conn, epoch=epoch, cursor=0)
            return int(conn.execute("SELECT count(*) FROM epoch_snapshot").fetchone()[0])

    def recovering(self) -> bool:
        """Whether a re-pull after a new epoch has not finished reconciling yet."""
        return self._recovering(self._conn)

    @staticmethod
    def _recovering(conn: Any) -> bool:
        return conn.execute("SELECT 1 FROM epoch_snapshot LIMIT 1").fetchone() is not None

    def _settle(self, conn: Any, op: OutboxOp) -> None:
        """An op answered in the new epoch speaks for its fields (applied, merged, kept in a
        conflict or quarantined): the snapshot's older values of them are not sent again. A
        delete speaks for the whole record."""
        row = conn.execute("SELECT settled FROM epoch_snapshot WHERE record_id = ?",
                           (op.record_id,)).fetchone()
        if row is None:
            return
        if op.kind == "delete":
            conn.execute("DELETE FROM epoch_snapshot WHERE record_id = ?", (op.record_id,))
            return
        settled = sorted(set(json.loads(row[0])) | set(op.changes))
        conn.execute("UPDATE epoch_snapshot SET settled = ? WHERE record_id = ?",
                     (_dumps(settled), op.record_id))

    def _reconcile_page(self, conn: Any, tx: WriteTx, records: list[RemoteRecord],
                        gone: list[str], final: bool, summary: PageSummary) -> None:
        for remote in records:
            if remote.case_id is not None and remote.case_id in gone:
                continue  # purged with its case; its snapshot row goes with it
            if self._reconcile_delivered(conn, tx, remote):
                summary.resent += 1
                if remote.case_id:
                    summary.cases.add(remote.case_id)
        if final:
            summary.resent += self._recreate_missing(conn, tx, summary)

    def _reconcile_delivered(self, conn: Any, tx: WriteTx, remote: RemoteRecord) -> bool:
        """A record the restored server has: queue what it lost of what the lost server had
        acknowledged. Per field, the snapshot's value is sent again where the restored server
        holds another one, unless an op of this device speaks for that field (answered in
        the new epoch, or still pending: newer than the snapshot). The op is an ordinary
        update made on what the server sent (base_rev = its rev, base values = its values),
        so a change someone makes after this pull is merged or kept as a conflict. An
        acknowledged delete is sent again as a delete; an edit of a record the restored
        server has deleted goes as an update and comes back as a conflict (no resurrection).
        """
        snap = conn.execute("SELECT fields, deleted, settled FROM epoch_snapshot "
                            "WHERE record_id = ?", (remote.id,)).fetchone()
        if snap is None:
            return False
        conn.execute("DELETE FROM epoch_snapshot WHERE record_id = ?", (remote.id,))
        row = conn.execute("SELECT rid FROM records WHERE id = ?", (remote.id,)).fetchone()
        pending = self._pending_of(conn, remote.id)
        if row is None or any(op.kind == "delete" for op in pending):
            return False  # this device's own delete is on its way and speaks for it
        rtype = RecordType(remote.type)
        if snap[1]:
            if remote.deleted:
                return False
            tx.resend(remote.id, rtype, remote.case_id, "delete", remote.rev, {})
        else:
            known = json.loads(snap[0]) if snap[0] else {}
            spoken = set(json.loads(snap[2])) | {n for op in pending for n in op.changes}
            changes = {name: {"base": remote.fields.get(name), "value": known.get(name)}
                       for name in sorted((known.keys() | remote.fields.keys()) - spoken)
                       if not same(known.get(name), remote.fields.get(name))}
            if not changes:
                return False
            tx.resend(remote.id, rtype, remote.case_id, "update", remote.rev, changes)
        # The local view: the restored server's state with what is pending on top, as for
        # any pulled record (the re-sent values stay visible).
        fields, pending_delete = overlay(remote.fields, self._pending_of(conn, remote.id))
        deleted = remote.deleted or pending_delete
        conn.execute("UPDATE records SET fields = ?, deleted = ? WHERE rid = ?",
                     (_dumps(fields), int(deleted), row[0]))
        _reindex(conn, int(row[0]), rtype, fields, deleted)
        return True

    def _recreate_missing(self, conn: Any, tx: WriteTx, summary: PageSummary) -> int:
        """The re-pull is complete: snapshot rows it never delivered are records the
        restored server does not have. Each live one is created again with its current
        local fields, in the order this device has held them (a family before its case,
        the case before its people), then the snapshot is cleared.

        Not re-created: records gone from this device (its case was evicted), records
        deleted there or here (nothing to bring back), and conflict records (the server
        writes them; a client cannot). A record that still has pending ops gets its first
        one turned into the create (same client seq and op id), so its later ops do not reach
        the server before the record does and come back refused; they then change nothing.
        A re-created attachment's file is queued for upload again (the server may have lost
        it too; the upload sends only the chunks it lacks).
        """
        rows = conn.execute(
            "SELECT s.record_id, s.deleted, r.rid, r.type, r.case_id, r.fields, r.deleted "
            "FROM epoch_snapshot s LEFT JOIN records r ON r.id = s.record_id "
            "ORDER BY r.rid").fetchall()
        conn.execute("DELETE FROM epoch_snapshot")
        count = 0
        for record_id, snap_deleted, rid, rtype_raw, case_id, fields_raw, deleted in rows:
            if rid is None or snap_deleted or deleted or rtype_raw == RecordType.CONFLICT.value:
                continue
            rtype = RecordType(rtype_raw)
            fields = json.loads(fields_raw)
            changes = {name: {"base": None, "value": value} for name, value in fields.items()}
            pending = self._pending_of(conn, record_id)
            if pending:
                conn.execute("UPDATE outbox SET kind = 'create', base_rev = 0, changes = ? "
                             "WHERE client_seq = ?", (pack_changes(changes), pending[0].client_seq))
                tx.audit("resend", record_id, rtype.value)
            else:
                tx.resend(record_id, rtype, case_id, "create", 0, changes)
            # The restored server has never had it: like a record made here and not sent yet.
            conn.execute("UPDATE records SET rev = 0, server_fields = NULL WHERE rid = ?",
                         (rid,))
            sha256 = fields.get("sha256")
            if (rtype is RecordType.ATTACHMENT and isinstance(sha256, str)
                    and (self._ws.paths.attachments / record_id).exists()):
                conn.execute("INSERT OR REPLACE INTO blob_uploads (record_id, sha256) "
                             "VALUES (?, ?)", (record_id, sha256))
            if case_id:
                summary.cases.add(case_id)
            count += 1
        return count

    # -- eviction ----------------------------------------------------------------------------

    @_lends_reserve
    def purge_case(self, case_id: str, actor: str) -> int:
        """Remove every trace of a case that left this device's scope (secure delete on):
        its records, search entries, list row, pending ops, refused ops and attachment files.
        """
        conn = self._conn
        conn.execute("PRAGMA secure_delete = ON")
        try:
            with self._ws.transaction():
                count = self._purge(conn, case_id)
                tx = WriteTx(self._ws, conn, actor)
                tx.audit("evict_case", case_id, RecordType.CASE.value)
                tx.finish()
        finally:
            conn.execute("PRAGMA secure_delete = OFF")
        return count

    def _purge(self, conn: Any, case_id: str) -> int:
        """The rows and files of one case, inside the caller's transaction. The files go
        first: if the transaction is then cut short, the rows stay and the next sync fetches
        the files again, and nothing of the case outlives its rows."""
        rows = conn.execute(
            "SELECT rid, id, type FROM records WHERE case_id = ?", (case_id,)).fetchall()
        for rid, record_id, rtype in rows:
            conn.execute("DELETE FROM search WHERE rowid = ?", (rid,))
            if rtype == RecordType.ATTACHMENT.value:
                shred(self._ws.paths.attachments / record_id)
        conn.execute("DELETE FROM epoch_snapshot WHERE record_id IN "
                     "(SELECT id FROM records WHERE case_id = ?)", (case_id,))
        conn.execute("DELETE FROM record_changes WHERE case_id = ?", (case_id,))
        conn.execute("DELETE FROM records WHERE case_id = ?", (case_id,))
        conn.execute("DELETE FROM case_index WHERE case_id = ?", (case_id,))
        conn.execute("DELETE FROM outbox WHERE case_id = ?", (case_id,))
        conn.execute("DELETE FROM sync_issues WHERE case_id = ?", (case_id,))
        return len(rows)

    # -- erasure -----------------------------------------------------------------------------

    def _erase(self, conn: Any, order: ErasureOrder) -> tuple[int, set[str]]:
        """Every trace of the records an erase order names, inside the caller's transaction:
        the records, their search entries, field-level history, pending and refused ops,
        queued uploads, epoch snapshot rows and attachment files (shredded; files first, as
        in `_purge`), and the cases erased whole with everything of them. Records this
        device never held are simply not found. Returns how many records were erased here
        and the other cases touched (their list rows are refreshed by the caller)."""
        count = 0
        touched: set[str] = set()
        ids = _dumps(list(dict.fromkeys(order.record_ids)))  # one JSON list: constant SQL
        rows = conn.execute("SELECT rid, id, type, case_id FROM records "
                            "WHERE id IN (SELECT value FROM json_each(?))", (ids,)).fetchall()
        for rid, record_id, rtype, case_id in rows:
            conn.execute("DELETE FROM search WHERE rowid = ?", (rid,))
            if rtype == RecordType.ATTACHMENT.value:
                shred(self._ws.paths.attachments / record_id)
                shred(self._ws.paths.attachments / f".{record_id}.download")
            if case_id:
                touched.add(case_id)
        count += len(rows)
        for statement in _ERASE_STATEMENTS:
            conn.execute(statement, (ids,))
        for case_id in dict.fromkeys(order.case_ids):
            count += self._purge(conn, case_id)
            touched.discard(case_id)
        return count, touched

    # -- attachment files --------------------------------------------------------------------

    def pending_uploads(self) -> list[tuple[str, str]]:
        return [(r[0], r[1]) for r in self._conn.execute(
            "SELECT record_id, sha256 FROM blob_uploads ORDER BY record_id")]

    @_lends_reserve
    def upload_done(self, record_id: str) -> None:
        with self._ws.transaction() as conn:
            conn.execute("DELETE FROM blob_uploads WHERE record_id = ?", (record_id,))

    def missing_files(self) -> list[tuple[str, str, int]]:
        """Attachments whose encrypted file is not on this device: (id, sha256, size)."""
        rows = self._conn.execute(
            "SELECT id, json_extract(fields, '$.sha256'), json_extract(fields, '$.size') "
            "FROM records WHERE type = 'attachment' AND deleted = 0 "
            "AND json_extract(fields, '$.sha256') IS NOT NULL")
        folder = self._ws.paths.attachments
        return [(rid, sha, int(size or 0)) for rid, sha, size in rows
                if not (folder / rid).exists()]

    # -- forms and directory -----------------------------------------------------------------

    @_lends_reserve
    def save_forms(self, forms: Iterable[tuple[str, int, Mapping[str, Any]]]) -> None:
        with self._ws.transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO forms (form_id, version, definition) VALUES (?, ?, ?)",
                [(fid, v, _dumps(d)) for fid, v, d in forms])

    def forms(self) -> list[tuple[str, int, dict[str, Any]]]:
        return [(r[0], r[1], json.loads(r[2])) for r in self._conn.execute(
            "SELECT form_id, version, definition FROM forms ORDER BY form_id, version")]

    @_lends_reserve
    def save_directory(self, users: Iterable[tuple[str, str, list[str], bool]]) -> None:
        with self._ws.transaction() as conn:
            conn.execute("DELETE FROM directory_users")
            conn.executemany(
                "INSERT INTO directory_users (username, role, teams, active) VALUES (?, ?, ?, ?)",
                [(u, role, ",".join(teams), int(active)) for u, role, teams, active in users])

    def dismiss_issue(self, op_id: str) -> None:
        """The user has read about a refused change: it is kept (the Sync page lists every
        refused change), no longer open."""
        with self._ws.transaction() as conn:
            conn.execute("UPDATE sync_issues SET status = 'dismissed' WHERE op_id = ?",
                         (op_id,))

    def issues(self, status: str | None = "open") -> list[dict[str, Any]]:
        """Changes the server refused, oldest first: open ones, dismissed ones, or (None) all."""
        rows = self._conn.execute(
            "SELECT op_id, record_id, record_type, case_id, op, reason, at FROM sync_issues "
            "WHERE ? IS NULL OR status = ? ORDER BY id", (status, status))
        keys = ("op_id", "record_id", "record_type", "case_id", "op", "reason", "at")
        return [dict(zip(keys, (*r[:4], json.loads(r[4]), *r[5:]), strict=True)) for r in rows]
