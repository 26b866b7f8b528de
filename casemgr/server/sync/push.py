"""Push on the server: a device's ops in (DESIGN.md 6).

A push is one transaction: each op idempotent by the device's gapless client seq, authorised
against the case as it is now (with the ops before it in the push), merged field by field
(casemgr.domain.merge), checked by the same workflow rules as the client, a real concurrent
change kept as a conflict record, and quarantined, never dropped, when it is refused; then
the push's writes, a statement per table, its seqs allocated once. If the database refuses
the batch, the push is applied again one op per transaction (docs/sync.md, "On the server").

A case whose own record has not arrived yet (a registration's family op comes first, and a
push may end between them) belongs provisionally to whoever made its first records.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, Literal

import sqlalchemy as sa

from casemgr.domain import merge, restricted, workflow
from casemgr.domain.errors import DomainError, ValidationError
from casemgr.domain.ids import uuid7
from casemgr.domain.labels import choice_label
from casemgr.domain.permissions import (
    Action,
    Actor,
    CaseAccess,
    Role,
    WorkerAccess,
    can,
    require,
)
from casemgr.domain.records import (
    ApprovalKind,
    CaseStatus,
    PlanStatus,
    RecordType,
    audience_of,
    is_personal,
    validate_fields,
    worker_of,
)
from casemgr.server import tables as t
from casemgr.server.accounts import had_epoch, read_epoch
from casemgr.server.api.deps import DeviceContext, require_protocol
from casemgr.server.errors import ApiError
from casemgr.server.metrics import PUSH_OPS
from casemgr.server.subjects import erased_among
from casemgr.server.sync.changes import (
    MAX_REV,
    MAX_SEQ,
    RETRIES,
    ByDialect,
    PendingWrites,
    StoredRecord,
    changed_fields,
    changed_rec,
    check_placement,
    load_record,
    new_rec,
    next_seq,
    retryable,
    with_changes,
    write_closures,
)
from casemgr.server.sync.redact import Redactor, server_forms
from casemgr.server.sync.scope import scope_clause
from casemgr.sync.protocol import (
    PERSONAL_RECORDS_SINCE,
    PROTOCOL_VERSION,
    Op,
    OpResult,
    OpStatus,
    PushRequest,
    PushResponse,
    QuarantinedChange,
)

MAX_JSON_DEPTH = 32
NOT_ON_SERVER = ("This change is to a record the server does not have (it never arrived, or "
                 "its creation was refused), so it was set aside for review.")
CONCURRENT_NOT_KEPT = ("Someone else changed this record at the same time and your role "
                       "cannot keep both versions; reload it and make your change again.")
NOT_IN_A_TEAM = ("You belong to no team, so a case you register would reach no supervisor; "
                 "ask an administrator to add you to a team. The case was set aside for review.")
NAME_A_TEAM = ("You belong to several teams: choose the team of the case. The case was set "
               "aside for review.")
NOT_YOUR_TEAM = ("A case can be given only to one of your own teams; the change was set aside "
                 "for review.")
NO_SUCH_TEAM = "There is no such team; the change was set aside for review."
NO_SUCH_WORKER = ("A case can be given only to an active caseworker or supervisor of its team; "
                  "the change was set aside for review.")
NO_SUCH_SUPERVISEE = ("Supervision is recorded only with an active caseworker or supervisor; "
                      "the change was set aside for review.")
CONCURRENT_PERSONAL = ("Someone else changed this at the same time; reload it and make your "
                       "change again.")
RESTRICTED = ("This change sets or changes information your role may not see ({names}); "
              "ask your supervisor. The change was set aside for review.")

_SCOPE_OF = (sa.select(t.case_scope.c.assigned_to, t.case_scope.c.team)
             .where(t.case_scope.c.case_id == sa.bindparam("case_id")))
_TAKE_SEQ = (sa.update(t.devices)
             .where(t.devices.c.id == sa.bindparam("b_device_id"),
                    t.devices.c.last_client_seq == sa.bindparam("b_previous"))
             .returning(t.devices.c.id))
_INSERT_RESULT = sa.insert(t.op_results)
_INSERT_QUARANTINE = sa.insert(t.quarantine)
_UPDATE_DEVICE = sa.update(t.devices).where(t.devices.c.id == sa.bindparam("b_device_id"))
_INSERT_RECORD = sa.insert(t.records)
_UPDATE_RECORD = sa.update(t.records).where(t.records.c.id == sa.bindparam("b_id"))
_INSERT_AUDIENCE = sa.insert(t.record_audience)
_INSERT_SCOPE = sa.insert(t.case_scope)
_UPDATE_SCOPE = sa.update(t.case_scope).where(t.case_scope.c.case_id == sa.bindparam("b_case_id"))
_IN_CHUNK = 500  # ids per IN (...) list
# Built once (a list parameter, ByDialect): a statement built per push costs a fresh cache key.
_LOAD_MANY = ByDialect(lambda in_list: sa.select(t.records).where(
    in_list(t.records.c.id, "ids")))
_LOAD_MANY_LOCKED = ByDialect(lambda in_list: sa.select(t.records).where(
    in_list(t.records.c.id, "ids")).order_by(t.records.c.id).with_for_update())
_SCOPES_PRESENT = ByDialect(lambda in_list: sa.select(t.case_scope.c.case_id).where(
    in_list(t.case_scope.c.case_id, "ids")))
_OP_IDS_USED = ByDialect(lambda in_list: sa.select(t.op_results.c.client_seq).where(
    in_list(t.op_results.c.op_id, "ids")))


class _Rejected(Exception):
    """An op refused by authorisation or validation: quarantined with this reason."""


class _Erased(_Rejected):
    """An op about an erased record, case or person: refused and not quarantined (its values
    are what was erased; casemgr.server.subjects)."""


ERASED = "This record was erased at an administrator's request; the change was not kept."


def _named_ids(op: Op) -> set[str]:
    """The ids an op is about: its record, its case, and a person it names."""
    ids = {op.record_id, op.case_id or ""}
    person = op.changes.get("person_id")
    if person is not None and isinstance(person.value, str):
        ids.add(person.value)
    return ids - {""}


def apply_push(engine: sa.Engine, device: DeviceContext, req: PushRequest, now_iso: str
               ) -> PushResponse:
    """Apply a device's ops in client seq order: a seen op answers its stored result, a gap
    409 (reason "gap", detail["expected"]) unless the device last synced in an earlier epoch
    of this server (restored from a backup since), an epoch the server never had 409 (reason
    "unknown_epoch"), a malformed push 4xx before any write.

    The whole push is one transaction (`_push_batch`), retried after a lost race. If it
    still fails in the database, the push is applied again op by op, each op in its own
    transaction as before batching (`_push_per_op`): the path that says which op the
    database refuses, with every op before it kept."""
    require_protocol(req.protocol_version)
    if req.device_id != device.device_id:
        raise ApiError(403, "wrong_device", "This request names another device than the one "
                                            "signed in.")
    _check_request(req)
    for attempt in range(RETRIES):
        try:
            with engine.begin() as conn:
                response, fresh = _push_batch(conn, device, req, now_iso, retry=attempt > 0)
        except _OneByOne:
            break
        except sa.exc.DBAPIError as exc:
            if attempt + 1 == RETRIES or not retryable(exc):
                break
        else:
            for result in fresh:
                PUSH_OPS.labels(result.status).inc()
            return response
    return _push_per_op(engine, device, req, now_iso)


class _OneByOne(Exception):
    """The batch cannot answer this push as the per-op path would: take that path."""


def _start_push(conn: sa.Connection, device: DeviceContext, req: PushRequest, now_iso: str
                ) -> tuple[str, int, dict[str, Any]]:
    """Check the push against the device's state, locking its row (one push at a time per
    device: a second push of the same ops waits here, then finds them done): the server's
    epoch, the device's last client seq before the push, and what to note on its row."""
    epoch = read_epoch(conn)
    # The epoch is the server's: only the current one, or one it had before a restore
    # (past_epochs), may be named; an invented one must not get a push past the gap check.
    earlier = req.epoch is not None and req.epoch != epoch
    if req.epoch is not None and earlier and not had_epoch(conn, req.epoch):
        raise _unknown_epoch(epoch)
    last = _lock_device(conn, device.device_id)
    seen: dict[str, Any] = {"last_push_at": now_iso}
    if req.ops and req.client_seq_from > last + 1:
        if not earlier:
            raise _gap(last)
        # Restored from a backup since the device last synced: the ops in between were lost
        # with the newer database, not skipped by the device.
        last = seen["last_client_seq"] = req.client_seq_from - 1
    if req.outbox_lag is not None:
        seen["outbox_lag"] = min(req.outbox_lag, MAX_REV)
    if req.audit_head is not None:
        seen["audit_head"] = req.audit_head
    return epoch, last, seen


def _push_batch(conn: sa.Connection, device: DeviceContext, req: PushRequest, now_iso: str, *,
                retry: bool) -> tuple[PushResponse, list[OpResult]]:
    """The whole push in one transaction: the device row locked once, the records the ops
    change loaded (and locked) in one query, each op authorised, checked and merged in
    Python over what the ops before it wrote (`_View`), then every write of the push at
    once: quarantine, device, scope, one seq allocation, records, audience, results. An op
    refused writes nothing but its quarantine row and result, so it undoes no other op.
    The answer, and the results of the ops seen for the first time."""
    epoch, last, seen = _start_push(conn, device, req, now_iso)
    stored = _stored_results(conn, device.device_id, req.ops, last)
    fresh = [op for op in req.ops if op.client_seq > last]
    if not fresh:
        conn.execute(_UPDATE_DEVICE, {"b_device_id": device.device_id, **seen})
        return PushResponse(results=[stored[op.client_seq] for op in req.ops],
                            epoch=epoch), []
    if retry and conn.execute(_OP_IDS_USED(conn), {"ids": [op.op_id for op in fresh]}
                              ).first() is not None:
        raise _OneByOne  # an op id used before: the per-op path says which op, after the rest
    seen["last_client_seq"] = fresh[-1].client_seq
    view = _View(conn)
    view.preload(lock=[op.record_id for op in fresh],
                 read=[op.case_id for op in fresh if op.case_id is not None])
    view.load_erased(set().union(*(_named_ids(op) for op in fresh)))
    done: list[tuple[Op, _PushedOp | None, OpResult]] = []
    quarantined: list[dict[str, Any]] = []
    for op in fresh:
        run = _PushedOp(view, device, op, now_iso)
        try:
            status, rev = run.apply()
        except _Rejected as rejected:
            reason = str(rejected)
            if not isinstance(rejected, _Erased):
                quarantined.append(_quarantine_row(device, op, reason, now_iso))
            current = view.record(op.record_id)
            done.append((op, None, OpResult(op_id=op.op_id, client_seq=op.client_seq,
                                            status="rejected", rev=current.rev if current else 0,
                                            reason=reason)))
            continue
        if run.provisional_case is not None and run.writes.records:
            run.writes.scope.setdefault(run.provisional_case, (device.username, None))
        view.absorb(run.writes)
        done.append((op, run, OpResult(op_id=op.op_id, client_seq=op.client_seq, status=status,
                                       rev=rev, conflicts=run.conflicts)))
    if quarantined:
        conn.execute(_INSERT_QUARANTINE, quarantined)
    conn.execute(_UPDATE_DEVICE, {"b_device_id": device.device_id, **seen})
    view.write_scope()
    # The seqs, allocated once for the whole push after every check and row lock: each op
    # gets the seqs it would have had alone, in op order (a record written by two ops of
    # the push carries the later one), so its answer's seq is as before batching.
    count = sum(len(pushed.writes.records) for _, pushed, _ in done if pushed is not None)
    seq = next_seq(conn, count) - count if count else 0
    results: dict[int, OpResult] = {}
    for op, pushed, result in done:
        if pushed is not None and pushed.writes.records:
            for rec in pushed.writes.records.values():
                seq += 1
                rec.seq = seq
            mine = pushed.writes.records.get(op.record_id)
            result = result.model_copy(update={"seq": seq,
                                               "rev": mine.rev if mine else result.rev})
        results[op.client_seq] = result
    view.write_records()
    conn.execute(_INSERT_RESULT, [
        {"device_id": device.device_id, "client_seq": client_seq, "op_id": result.op_id,
         "result": result.model_dump(mode="json")} for client_seq, result in results.items()])
    answers = [stored[op.client_seq] if op.client_seq in stored else results[op.client_seq]
               for op in req.ops]
    return PushResponse(results=answers, epoch=epoch), list(results.values())


def _quarantine_row(device: DeviceContext, op: Op, reason: str, now_iso: str
                    ) -> dict[str, Any]:
    return {"id": uuid7(), "device_id": device.device_id, "username": device.username,
            "case_id": op.case_id, "op": op.model_dump(mode="json"), "reason": reason,
            "created_at": now_iso, "status": "open"}


class _View:
    """The records and case scope as the push has left them so far: what earlier ops of the
    push wrote, over the rows read from the database in this transaction. The per-op path
    uses a fresh one per op: then every read goes to the database, as before batching."""

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self.loaded: dict[str, StoredRecord | None] = {}  # as read (None: not in the database)
        self.locked: set[str] = set()
        self.records: dict[str, StoredRecord] = {}  # written by this push, last written last
        self.scope: dict[str, tuple[str, str | None]] = {}  # case id -> assignee, team
        self._forms: restricted.Forms | None = None
        self.closed: dict[str, str | None] = {}  # case id -> closed at (None: not closed)
        self.erased: set[str] = set()  # ids erased, of those looked up
        self.looked_up: set[str] = set()

    @property
    def forms(self) -> restricted.Forms:
        """The published forms (which answers are restricted; the server's score), read
        once per push."""
        if self._forms is None:
            self._forms = server_forms(self.conn)
        return self._forms

    def load_erased(self, ids: set[str]) -> None:
        """Which of these ids were erased, in one query (casemgr.server.subjects)."""
        todo = ids - self.looked_up
        if todo:
            self.erased |= erased_among(self.conn, todo)
            self.looked_up |= todo

    def names_erased(self, op: Op) -> bool:
        ids = _named_ids(op)
        self.load_erased(ids)
        return bool(ids & self.erased)

    def preload(self, *, lock: Sequence[str], read: Sequence[str]) -> None:
        """Read the records the ops change, locked, in id order (two pushes lock in the same
        order: no deadlock between them), and the cases they name, unlocked (a push adding
        a note does not wait for a writer holding its case), in one query each."""
        wanted = sorted(set(lock))
        plain = sorted(set(read) - set(wanted))
        for ids, locking in ((wanted, True), (plain, False)):
            for chunk in _in_chunks(ids):
                found = {row.id: StoredRecord.of_row(row) for row in self.conn.execute(
                    (_LOAD_MANY_LOCKED if locking else _LOAD_MANY)(self.conn),
                    {"ids": list(chunk)})}
                for record_id in chunk:
                    self.loaded[record_id] = found.get(record_id)
                if locking:
                    self.locked.update(chunk)

    def record(self, record_id: str, *, lock: bool = False) -> StoredRecord | None:
        """The record as this push leaves it so far (deleted ones included)."""
        if record_id in self.records:
            return self.records[record_id]
        if record_id not in self.loaded or (lock and record_id not in self.locked):
            self.loaded[record_id] = load_record(self.conn, record_id, lock=lock)
            if lock:
                self.locked.add(record_id)
        return self.loaded[record_id]

    def scope_of(self, case_id: str) -> tuple[str, str | None] | None:
        """Who a case belongs to (its case_scope row: assignee and team), None if nobody yet."""
        if case_id in self.scope:
            return self.scope[case_id]
        row = self.conn.execute(_SCOPE_OF, {"case_id": case_id}).first()
        return (row.assigned_to, row.team) if row is not None else None

    def absorb(self, writes: PendingWrites) -> None:
        """An applied op's writes, seen by the ops after it."""
        for rec in writes.records.values():
            self.records.pop(rec.id, None)
            self.records[rec.id] = rec
        self.scope.update(writes.scope)
        self.closed.update(writes.closed)

    def write_scope(self) -> None:
        if not self.scope:
            return
        rows = [{"case_id": case_id, "assigned_to": assigned_to, "team": team}
                for case_id, (assigned_to, team) in self.scope.items()]
        present: set[str] = set()
        for chunk in _in_chunks(sorted(self.scope)):
            present.update(self.conn.execute(_SCOPES_PRESENT(self.conn),
                                             {"ids": list(chunk)}).scalars())
        if updates := [{**row, "b_case_id": row["case_id"]} for row in rows
                       if row["case_id"] in present]:
            self.conn.execute(_UPDATE_SCOPE, [
                {k: v for k, v in row.items() if k != "case_id"} for row in updates])
        if inserts := [row for row in rows if row["case_id"] not in present]:
            self.conn.execute(_INSERT_SCOPE, inserts)
        write_closures(self.conn, self.closed)

    def write_records(self) -> None:
        """Every record the push wrote, as it left it, with its seq: new ones inserted (and
        a new personal record's audience), the others updated, one statement each."""
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        audience: list[dict[str, Any]] = []
        for rec in self.records.values():
            values = {"type": rec.type.value, "case_id": rec.case_id, "fields": rec.fields,
                      "rev": rec.rev, "seq": rec.seq, "deleted": rec.deleted,
                      "created_at": rec.created_at, "created_by": rec.created_by,
                      "updated_at": rec.updated_at, "updated_by": rec.updated_by,
                      "field_meta": rec.field_meta}
            if self.loaded.get(rec.id) is None:
                inserts.append({"id": rec.id, **values})
                if is_personal(rec.type, rec.case_id):
                    # Who may receive it, fixed at its creation (the workflow keeps its
                    # worker, and its author is its author): casemgr.server.sync.pull.
                    audience += [{"record_id": rec.id, "username": name} for name in sorted(
                        audience_of(rec.type, rec.fields, rec.created_by))]
            else:
                updates.append({"b_id": rec.id, **values})
        if inserts:
            self.conn.execute(_INSERT_RECORD, inserts)
        if audience:
            self.conn.execute(_INSERT_AUDIENCE, audience)
        if updates:
            self.conn.execute(_UPDATE_RECORD, updates)


def _push_per_op(engine: sa.Engine, device: DeviceContext, req: PushRequest, now_iso: str
                 ) -> PushResponse:
    """The push op by op, each op in its own transaction: the device's state first, then
    one transaction per op (`_push_op`)."""
    with engine.begin() as conn:
        epoch, last, seen = _start_push(conn, device, req, now_iso)
        _check_replays(conn, device.device_id, req.ops, last)
        conn.execute(_UPDATE_DEVICE, {"b_device_id": device.device_id, **seen})
    results: list[OpResult] = []
    with engine.connect() as conn:
        for op in req.ops:
            result = _push_op(conn, device, op, now_iso)
            if op.client_seq > last:  # a replay answers its stored result, counted before
                PUSH_OPS.labels(result.status).inc()
            results.append(result)
    return PushResponse(results=results, epoch=epoch)


def _unknown_epoch(current: str) -> ApiError:
    return ApiError(409, "unknown_epoch", {"epoch": current, "message": (
        "This push names an epoch this server never had: the device last synced with another "
        "server, or with a database lost in a restore older than this one's backup. Nothing "
        "was applied; an administrator must check this device.")}, reason="unknown_epoch")


def _gap(last: int) -> ApiError:
    return ApiError(409, "gap", {"expected": last + 1, "message": (
        f"The server has this device's changes up to number {last}; send from {last + 1}.")},
        reason="gap")


def _check_request(req: PushRequest) -> None:
    """Refuse, before any write, a push whose ops are out of order or cannot be stored."""
    problems: list[dict[str, Any]] = []
    if req.client_seq_from + len(req.ops) > MAX_SEQ:
        problems.append({"loc": ["body", "client_seq_from"], "msg": "is too large"})
    seen_ids: set[str] = set()
    for i, op in enumerate(req.ops):
        loc: list[Any] = ["body", "ops", i]
        if op.client_seq != req.client_seq_from + i:
            problems.append({"loc": [*loc, "client_seq"], "msg": (
                "ops must carry consecutive client seqs starting at client_seq_from")})
        if op.op_id in seen_ids:
            problems.append({"loc": [*loc, "op_id"], "msg": "repeats an op id of this push"})
        seen_ids.add(op.op_id)
        if op.base_rev > MAX_REV:
            problems.append({"loc": [*loc, "base_rev"], "msg": "is too large"})
        for name in ("hlc", "created_at"):
            if (why := _unstorable(getattr(op, name))) is not None:
                problems.append({"loc": [*loc, name], "msg": why})
        for name, change in op.changes.items():
            for part in ("base", "value"):
                if (why := _unstorable(getattr(change, part))) is not None:
                    problems.append({"loc": [*loc, "changes", name, part], "msg": why})
    if (why := _unstorable(req.client_version)) is not None:
        problems.append({"loc": ["body", "client_version"], "msg": why})
    if problems:
        raise ApiError(422, "invalid_request", problems)


def _unstorable(value: Any, depth: int = 0) -> str | None:
    """Why a JSON value cannot be stored as is (NUL, unpaired surrogates, NaN, deep nesting)."""
    if depth > MAX_JSON_DEPTH:
        return f"is nested deeper than {MAX_JSON_DEPTH} levels"
    if isinstance(value, str):
        if "\x00" in value:
            return "must not contain NUL characters"
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "must be valid Unicode text (no unpaired surrogates)"
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return "must be a finite number"
    if isinstance(value, dict):
        for key, item in value.items():
            why = _unstorable(key, depth + 1) or _unstorable(item, depth + 1)
            if why is not None:
                return why
    elif isinstance(value, list):
        for item in value:
            if (why := _unstorable(item, depth + 1)) is not None:
                return why
    return None


def _lock_device(conn: sa.Connection, device_id: str) -> int:
    """Lock the device row (one op at a time per device) and return its last client seq."""
    last = conn.execute(sa.select(t.devices.c.last_client_seq)
                        .where(t.devices.c.id == device_id).with_for_update()
                        ).scalar_one_or_none()
    if last is None:
        raise ApiError(401, "unauthenticated", "This device is not registered; log in again.")
    return int(last)


def _check_replays(conn: sa.Connection, device_id: str, ops: Sequence[Op], last: int) -> None:
    """409 if an op the server already has arrives again under another op id."""
    replayed = [op for op in ops if op.client_seq <= last]
    if not replayed:
        return
    r = t.op_results
    stored = dict(conn.execute(
        sa.select(r.c.client_seq, r.c.op_id).where(
            r.c.device_id == device_id,
            r.c.client_seq.between(replayed[0].client_seq, replayed[-1].client_seq))).all())
    for op in replayed:
        if stored.get(op.client_seq) != op.op_id:
            raise _mismatch(op)


def _stored_results(conn: sa.Connection, device_id: str, ops: Sequence[Op], last: int
                    ) -> dict[int, OpResult]:
    """The stored answers of the ops the server already has (client seq up to `last`), by
    client seq, in one query; 409 if one arrives again under another op id."""
    replayed = [op for op in ops if op.client_seq <= last]
    if not replayed:
        return {}
    r = t.op_results
    stored = {row.client_seq: row for row in conn.execute(
        sa.select(r.c.client_seq, r.c.op_id, r.c.result).where(
            r.c.device_id == device_id,
            r.c.client_seq.between(replayed[0].client_seq, replayed[-1].client_seq)))}
    answers: dict[int, OpResult] = {}
    for op in replayed:
        row = stored.get(op.client_seq)
        if row is None or row.op_id != op.op_id:
            raise _mismatch(op)
        answers[op.client_seq] = OpResult.model_validate(row.result)
    return answers


def _in_chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), _IN_CHUNK):
        yield ids[i:i + _IN_CHUNK]


def _mismatch(op: Op) -> ApiError:
    return ApiError(409, "op_mismatch", (
        f"Change number {op.client_seq} of this device was already received as a different "
        "change; this device's outbox does not match what the server holds."))


def _stored_result(conn: sa.Connection, device_id: str, op: Op) -> OpResult:
    r = t.op_results
    row = conn.execute(sa.select(r.c.op_id, r.c.result).where(
        r.c.device_id == device_id, r.c.client_seq == op.client_seq)).first()
    if row is None or row.op_id != op.op_id:
        raise _mismatch(op)
    return OpResult.model_validate(row.result)



def _push_op(conn: sa.Connection, device: DeviceContext, op: Op, now_iso: str) -> OpResult:
    """One op in its own transaction (on the push's connection), retried after a lost race."""
    for attempt in range(RETRIES):
        try:
            with conn.begin():
                return _push_op_tx(conn, device, op, now_iso, retry=attempt > 0)
        except sa.exc.DBAPIError as exc:
            if attempt + 1 == RETRIES or not retryable(exc):
                raise
    raise AssertionError("unreachable")


def _push_op_tx(conn: sa.Connection, device: DeviceContext, op: Op, now_iso: str, *,
                retry: bool) -> OpResult:
    # Take the device's next seq, locking its row: a second push of the same ops (a retry
    # while this one runs) waits here, then finds the op done.
    taken = conn.execute(_TAKE_SEQ, {"b_device_id": device.device_id,
                                     "b_previous": op.client_seq - 1,
                                     "last_client_seq": op.client_seq}).first()
    if taken is None:
        last = _lock_device(conn, device.device_id)
        if op.client_seq <= last:
            return _stored_result(conn, device.device_id, op)
        raise _gap(last)
    if retry and conn.execute(sa.select(t.op_results.c.client_seq)
                              .where(t.op_results.c.op_id == op.op_id)).first() is not None:
        raise ApiError(409, "op_mismatch", "This op id was already used by another change.")
    run = _PushedOp(_View(conn), device, op, now_iso)
    try:
        status, rev = run.apply()
    except _Rejected as rejected:
        reason = str(rejected)
        if not isinstance(rejected, _Erased):
            conn.execute(_INSERT_QUARANTINE, _quarantine_row(device, op, reason, now_iso))
        current = load_record(conn, op.record_id)
        result = OpResult(op_id=op.op_id, client_seq=op.client_seq, status="rejected",
                          rev=current.rev if current else 0, reason=reason)
    else:
        if run.provisional_case is not None and run.writes.records:
            run.writes.scope.setdefault(run.provisional_case, (device.username, None))
        run.writes.write_scope(conn)
        seq = run.writes.write_records(conn)
        mine = run.writes.records.get(op.record_id)
        result = OpResult(op_id=op.op_id, client_seq=op.client_seq, status=status,
                          rev=mine.rev if mine else rev, seq=seq, conflicts=run.conflicts)
    conn.execute(_INSERT_RESULT, {"device_id": device.device_id, "client_seq": op.client_seq,
                                  "op_id": op.op_id, "result": result.model_dump(mode="json")})
    return result


def _refusal(exc: DomainError) -> str:
    """The reason a caseworker reads for a refused change."""
    if isinstance(exc, ValidationError):
        return "Some fields were refused: " + "; ".join(
            f"{name} {message}" for name, message in sorted(exc.errors.items())) + "."
    return str(exc)


class _PushedOp:
    """One op: authorise, merge, check, and collect the writes (nothing is written here)."""

    def __init__(self, view: _View, device: DeviceContext, op: Op, now_iso: str) -> None:
        self.view = view
        self.conn = view.conn
        self.device = device
        self.actor: Actor = device.actor
        self.op = op
        self.now = now_iso
        self.writes = PendingWrites()
        self.conflicts: list[str] = []
        self.provisional_case: str | None = None  # a case the server has no record of yet
        self.worker: WorkerAccess | None = None  # whom a personal record is about
        self.changes = {name: (c.base, c.value) for name, c in op.changes.items()}

    # -- the steps ------------------------------------------------------------------------------

    def apply(self) -> tuple[OpStatus, int]:
        """The op's outcome and the record's revision after it; raises _Rejected."""
        op = self.op
        rtype = RecordType(op.record_type)
        try:
            check_placement(rtype, op.record_id, op.case_id)
        except ValueError:
            raise _Rejected(_misplaced(rtype, op.case_id)) from None
        if self.view.names_erased(op):
            raise _Erased(ERASED)
        row = self.view.record(op.record_id, lock=True)
        if row is not None and (row.type is not rtype or row.case_id != op.case_id):
            raise _Rejected("This record id belongs to another record; the change was set "
                            "aside for review.")
        try:
            if is_personal(rtype, op.case_id):
                self.worker = self._supervisee(rtype, row)
            access, case_status = self._access(rtype, row)
            if op.kind != "delete":
                self._check_restricted(rtype, row)
            if op.kind == "delete":
                return self._delete(row, access, case_status)
            if row is None:
                if op.kind == "update":
                    raise _Rejected(NOT_ON_SERVER)
                return self._create(rtype, access, case_status)
            if row.deleted:
                return self._edit_of_deleted(row, access)
            return self._update(row, op.base_rev if op.kind == "update" else 0, access,
                                case_status)
        except DomainError as exc:
            raise _Rejected(_refusal(exc)) from None

    def _check_restricted(self, rtype: RecordType, row: StoredRecord | None) -> None:
        """Refuse setting or changing a value the author's role may not read
        (casemgr.domain.restricted); an update of the other answers of an assessment gets
        the withheld answers put back, so that it keeps them."""
        role = self.actor.role.value
        forms = self.view.forms
        stored = row.fields if row is not None and not row.deleted else None
        names = restricted.refused_names(
            rtype, stored, {name: value for name, (_b, value) in self.changes.items()},
            role, forms)
        if names:
            raise _Rejected(RESTRICTED.format(names=", ".join(names)))
        if stored is not None and restricted.ANSWERS in self.changes:
            base, value = self.changes[restricted.ANSWERS]
            self.changes[restricted.ANSWERS] = restricted.restore_withheld(
                rtype, stored, base, value, role, forms)

    def _rescored(self, rtype: RecordType, fields: dict[str, Any]) -> dict[str, Any]:
        """An assessment with answers its author could not read: its score and suggested
        risk are the server's, from every answer (the device scored only what it had)."""
        if rtype is not RecordType.ASSESSMENT or not restricted.hides_answers(
                fields, self.actor.role.value, self.view.forms):
            return fields
        scored = restricted.rescore(fields, self.view.forms)
        return fields if scored is None else with_changes(fields, scored)

    def _access(self, rtype: RecordType, row: StoredRecord | None
                ) -> tuple[CaseAccess | None, CaseStatus | None]:
        """Who the op's case belongs to now, and its status; refuses a case out of scope."""
        if rtype is RecordType.PROVIDER or self.worker is not None:
            return None, None  # a directory entry, or a personal record (self.worker)
        case_id = self.op.case_id
        assert case_id is not None
        if rtype is RecordType.CASE:
            if row is None:  # a new case is checked as registered (see _create)
                scope = self.view.scope_of(case_id)
                owner = scope[0] if scope is not None else None
                if owner is not None and owner != self.actor.user:
                    raise _Rejected("This case id is already in use by records someone else "
                                    "made; the case was set aside for review.")
                return None, None
            access = CaseAccess.of_case(row.fields)
            require(self.actor, Action.VIEW_CASE, access)
            return access, None
        case = self._current(case_id)
        if case is not None:
            if case.type is not RecordType.CASE:
                raise _Rejected("This record names a case that is not a case.")
            access = CaseAccess.of_case(case.fields)
            try:
                status: CaseStatus | None = CaseStatus(str(case.fields.get("status")))
            except ValueError:
                status = None
        else:
            # The case's own record has not arrived yet (a registration's family comes
            # first): the case belongs, provisionally, to whoever made its first records.
            scope = self.view.scope_of(case_id)
            if scope is None:
                self.provisional_case = case_id
                access = CaseAccess(self.actor.user, None)
            else:
                access = CaseAccess(*scope)
            status = None
        require(self.actor, Action.VIEW_CASE, access)
        return access, status

    def _create(self, rtype: RecordType, access: CaseAccess | None,
                case_status: CaseStatus | None) -> tuple[OpStatus, int]:
        fields = {name: value for name, (_base, value) in self.changes.items()
                  if value is not None}
        if rtype is RecordType.CASE:
            fields = self._case_team(fields)
            access = CaseAccess.of_case(fields)
        workflow.check_record_edit(
            rtype, None, fields, self.actor, access,
            current_subject_hash=self._subject_hash(rtype, None, fields),
            case_status=case_status, today=self._latest_date(), worker=self.worker)
        if rtype is RecordType.CASE and fields.get("assigned_to") != self.actor.user:
            self._check_assignee(fields)
        rec = new_rec(self.op.record_id, rtype, self.op.case_id, fields, self.actor.user,
                      self.now, self.device.device_id)
        self.writes.put(rec, new=True)
        self._after_change(rec)
        return "applied", rec.rev

    def _update(self, row: StoredRecord, base_rev: int, access: CaseAccess | None,
                case_status: CaseStatus | None) -> tuple[OpStatus, int]:
        merged = merge.merge_update(row.fields, row.field_meta, rev=row.rev, base_rev=base_rev,
                                    changes=self.changes, own_device=self.device.device_id)
        fields = self._rescored(row.type, with_changes(row.fields, merged.apply))
        if row.type is RecordType.CASE_PLAN and self._intended("status") in (
                None, PlanStatus.DRAFT.value):
            # An edit of a plan's content, however merged, makes a submission or approval of
            # other content stale: the plan goes back to draft, as on the client.
            fields = with_changes(fields, workflow.plan_changes_after_edit(
                fields, workflow.plan_content_hash(fields, self._goals(row.id, row.case_id))))
        conflicts = [c for c in merged.conflicts
                     if not merge.same(fields.get(c.field), c.client_value)]
        changed = bool(changed_fields(row.fields, fields))
        if changed:
            workflow.check_record_edit(
                row.type, row.fields, fields, self.actor, access,
                current_subject_hash=self._subject_hash(row.type, row.fields, fields),
                approval=self._approval_for(row), case_status=case_status,
                today=self._latest_date(), author=row.created_by, worker=self.worker)
            if row.type is RecordType.CASE and changed_fields(row.fields, fields) & {
                    "assigned_to", "team"}:
                self._check_reassignment(row.fields, fields)
        if conflicts:
            self._keep_conflicts(row, conflicts, access)
        rev = row.rev
        if changed:
            rec = changed_rec(row, fields, self.actor.user, self.now, self.device.device_id)
            self.writes.put(rec, new=False)
            self._after_change(rec)
            rev = rec.rev
        if conflicts:
            return "conflict", rev
        return self._applied_or_merged(row, base_rev), rev

    def _delete(self, row: StoredRecord | None, access: CaseAccess | None,
                case_status: CaseStatus | None) -> tuple[OpStatus, int]:
        if row is None or row.deleted:
            return "applied", row.rev if row else 0  # nothing left to delete
        workflow.check_record_delete(row.type, row.fields, self.actor, access,
                                     case_status=case_status, author=row.created_by,
                                     worker=self.worker)
        conflict = merge.merge_delete(row.fields, row.field_meta, rev=row.rev,
                                      base_rev=self.op.base_rev, updated_by=row.updated_by,
                                      updated_at=row.updated_at,
                                      own_device=self.device.device_id)
        if conflict is not None:
            self._keep_conflicts(row, [conflict], access)
            return "conflict", row.rev
        rec = replace(row, deleted=True, rev=row.rev + 1, updated_at=self.now,
                      updated_by=self.actor.user)
        self.writes.put(rec, new=False)
        self._after_change(rec)
        return self._applied_or_merged(row, self.op.base_rev), rec.rev

    def _edit_of_deleted(self, row: StoredRecord, access: CaseAccess | None
                         ) -> tuple[OpStatus, int]:
        """No resurrection: the record stays deleted, the edit is kept in a conflict."""
        conflict = merge.edit_of_deleted(self.changes, deleted_by=row.updated_by,
                                         deleted_at=row.updated_at)
        if conflict is None:
            return "applied", row.rev
        self._keep_conflicts(row, [conflict], access)
        return "conflict", row.rev

    # -- who a case belongs to (the server decides team and scope) -----------------------------

    def _case_team(self, fields: dict[str, Any]) -> dict[str, Any]:
        """A new case's team, decided here and not by the device: one of the author's teams
        (for a supervisor, one they lead), given when they have only one and the op names
        none; for an admin, any existing team. A case with no team, or a team of someone
        else's, would reach no supervisor: refused."""
        named = fields.get("team")
        if self.actor.role is Role.ADMIN:
            if not isinstance(named, str) or not self._team_exists(named):
                raise _Rejected(NO_SUCH_TEAM)
            return fields
        mine = sorted(self.actor.teams)
        if named is None:
            if len(mine) == 1:
                return {**fields, "team": mine[0]}
            raise _Rejected(NOT_IN_A_TEAM if not mine else NAME_A_TEAM)
        if not isinstance(named, str) or named not in self.actor.teams:
            raise _Rejected(NOT_YOUR_TEAM)
        return fields

    def _check_reassignment(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        """A reassignment (assignee or team) made on a device: to a team the supervisor
        leads (an admin: any existing team), and to an active member of it. Caseworkers may
        not reassign at all (casemgr.domain.permissions; checked by check_record_edit)."""
        team = new.get("team")
        if self.actor.role is Role.ADMIN:
            if team != old.get("team") and (not isinstance(team, str)
                                            or not self._team_exists(team)):
                raise _Rejected(NO_SUCH_TEAM)
        elif not isinstance(team, str) or team not in self.actor.teams:
            raise _Rejected(NOT_YOUR_TEAM)
        self._check_assignee(new)

    def _check_assignee(self, fields: Mapping[str, Any]) -> None:
        """The case's assignee is an active caseworker or supervisor, a member of its team
        (an admin may keep a case with no team on an active user)."""
        assignee, team = fields.get("assigned_to"), fields.get("team")
        u = t.users
        row = self.conn.execute(sa.select(u.c.id, u.c.role, u.c.active).where(
            u.c.username == assignee)).first() if isinstance(assignee, str) else None
        if row is None or not row.active or row.role == Role.ADMIN.value:
            raise _Rejected(NO_SUCH_WORKER)
        if team is None and self.actor.role is Role.ADMIN:
            return
        member = self.conn.execute(
            sa.select(t.teams.c.id).join(t.user_teams, t.user_teams.c.team_id == t.teams.c.id)
            .where(t.user_teams.c.user_id == row.id, t.teams.c.name == team)).first()
        if member is None:
            raise _Rejected(NO_SUCH_WORKER)

    def _supervisee(self, rtype: RecordType, row: StoredRecord | None) -> WorkerAccess:
        """Whom a personal record is about, with their teams now: the stored record's worker
        (the workflow refuses changing it), or the new one's, who must be an active
        caseworker or supervisor."""
        fields = row.fields if row is not None else {
            name: value for name, (_base, value) in self.changes.items()}
        name = worker_of(rtype, fields)
        u = t.users
        user = self.conn.execute(sa.select(u.c.id, u.c.role, u.c.active).where(
            u.c.username == name)).first() if name else None
        if row is None and self.op.kind == "create" and (
                user is None or not user.active or user.role == Role.ADMIN.value):
            raise _Rejected(NO_SUCH_SUPERVISEE)
        teams = frozenset(self.conn.execute(
            sa.select(t.teams.c.name).join(t.user_teams, t.user_teams.c.team_id == t.teams.c.id)
            .where(t.user_teams.c.user_id == user.id)).scalars()) if user is not None else (
            frozenset())
        return WorkerAccess(name, teams)

    def _team_exists(self, name: str) -> bool:
        return self.conn.execute(sa.select(t.teams.c.id).where(t.teams.c.name == name)
                                 ).first() is not None

    # -- helpers ---------------------------------------------------------------------------------

    def _applied_or_merged(self, row: StoredRecord, base_rev: int) -> OpStatus:
        """Applied: the record is now the device's view plus this op; merged: others' changes
        since its base are in it too (the device learns them on its next pull)."""
        others = merge.changed_by_others(row.field_meta, rev=row.rev, base_rev=base_rev,
                                         own_device=self.device.device_id)
        return "merged" if others else "applied"

    def _intended(self, name: str) -> Any:
        change = self.op.changes.get(name)
        return change.value if change is not None else None

    def _current(self, record_id: str) -> StoredRecord | None:
        """A record as this transaction will leave it (pending writes first)."""
        rec = self.writes.records.get(record_id) or self.view.record(record_id)
        return None if rec is None or rec.deleted else rec

    def _goals(self, plan_id: str, case_id: str | None) -> list[tuple[str, Mapping[str, Any]]]:
        r = t.records
        goals: dict[str, Mapping[str, Any]] = {}
        for goal_id, fields in self.conn.execute(
                sa.select(r.c.id, r.c.fields).where(
                    r.c.case_id == case_id, r.c.type == RecordType.PLAN_GOAL.value,
                    r.c.deleted.is_(False))):
            if isinstance(fields, dict) and fields.get("plan_id") == plan_id:
                goals[goal_id] = fields
        for rec in [*self.view.records.values(), *self.writes.records.values()]:
            if rec.type is RecordType.PLAN_GOAL and rec.fields.get("plan_id") == plan_id:
                if rec.deleted:
                    goals.pop(rec.id, None)
                else:
                    goals[rec.id] = rec.fields
        return list(goals.items())

    def _latest_date(self) -> date:
        """The latest date a visit, a case's opening or a birth may carry: the server's UTC
        date and one day more (a device in a time zone ahead of UTC is already there)."""
        return date.fromisoformat(self.now[:10]) + timedelta(days=1)

    def _subject_hash(self, rtype: RecordType, old: Mapping[str, Any] | None,
                      new: Mapping[str, Any]) -> str | None:
        """The current content hash of what a plan or approval change concerns."""
        if rtype is RecordType.CASE_PLAN:
            return workflow.plan_content_hash(new, self._goals(self.op.record_id,
                                                               self.op.case_id))
        if rtype is not RecordType.APPROVAL:
            return None
        subject_id = new.get("subject_id")
        subject = self._current(subject_id) if isinstance(subject_id, str) else None
        if subject is None:
            return None
        if new.get("kind") == ApprovalKind.CASE_PLAN.value:
            if subject.type is not RecordType.CASE_PLAN:
                return None
            return workflow.plan_content_hash(subject.fields,
                                              self._goals(subject.id, subject.case_id))
        if old is None or subject.type is not RecordType.CASE:
            # A closure request binds to the case as the request changes it, which is the
            # case's next op: the case check compares it then.
            return None
        return workflow.closure_content_hash(subject.fields)

    def _approval_for(self, row: StoredRecord) -> Mapping[str, Any] | None:
        """The latest approval of a plan or case whose status the op changes."""
        if row.type not in (RecordType.CASE_PLAN, RecordType.CASE) or "status" not in \
                self.op.changes:
            return None
        # Those written by earlier ops of this push are the latest (their seqs come next),
        # the last written first; then the database's, newest first.
        for rec in reversed(list(self.view.records.values())):
            if (rec.type is RecordType.APPROVAL and rec.case_id == row.case_id
                    and not rec.deleted and rec.fields.get("subject_id") == row.id):
                return dict(rec.fields)
        r = t.records
        for approval_id, fields in self.conn.execute(
                sa.select(r.c.id, r.c.fields).where(r.c.case_id == row.case_id,
                                                    r.c.type == RecordType.APPROVAL.value,
                                                    r.c.deleted.is_(False))
                .order_by(r.c.seq.desc())):
            if approval_id in self.view.records:
                continue  # changed by this push: seen above as it is now
            if isinstance(fields, dict) and fields.get("subject_id") == row.id:
                return dict(fields)
        return None

    def _after_change(self, rec: StoredRecord) -> None:
        """A goal change may make its plan's submission or approval stale (as on the client)."""
        if rec.type is not RecordType.PLAN_GOAL:
            return
        plan_id = rec.fields.get("plan_id")
        if not isinstance(plan_id, str):
            return
        plan = self.writes.records.get(plan_id) or self.view.record(plan_id, lock=True)
        if plan is None or plan.deleted or plan.type is not RecordType.CASE_PLAN:
            return
        try:
            reset = workflow.plan_changes_after_edit(
                plan.fields, workflow.plan_content_hash(plan.fields,
                                                        self._goals(plan.id, plan.case_id)))
        except ValidationError:
            return
        if reset:
            self.writes.put(changed_rec(plan, with_changes(plan.fields, reset),
                                        self.actor.user, self.now, self.device.device_id),
                            new=False)

    def _keep_conflicts(self, row: StoredRecord, conflicts: Iterable[merge.FieldConflict],
                        access: CaseAccess | None) -> None:
        """Write a conflict record per concurrent change, in the record's case. A personal
        record has no case to keep one in: its concurrent change is refused instead."""
        if self.worker is not None:
            raise _Rejected(CONCURRENT_PERSONAL)
        if access is None or not can(self.actor, Action.RESOLVE_CONFLICT, access):
            raise _Rejected(CONCURRENT_NOT_KEPT)
        client_at = self.op.created_at if _is_datetime(self.op.created_at) else self.now
        for c in conflicts:
            fields = {
                "record_id": row.id, "record_type": row.type.value, "field": c.field,
                "base_value": c.base_value, "server_value": c.server_value,
                "server_by": c.server_by or None,
                "server_at": c.server_at if _is_datetime(c.server_at) else None,
                "client_value": c.client_value, "client_by": self.actor.user,
                "client_at": client_at, "status": "open",
            }
            fields = {k: v for k, v in fields.items() if v is not None}
            validate_fields(RecordType.CONFLICT, fields)
            rec = new_rec(uuid7(), RecordType.CONFLICT, row.case_id, fields, self.actor.user,
                          self.now, self.device.device_id)
            self.writes.put(rec, new=True)
            self.conflicts.append(rec.id)


def _misplaced(rtype: RecordType, case_id: str | None) -> str:
    """The reason a caseworker reads for a record in the wrong place."""
    if rtype is RecordType.CASE:
        return "A case record is its own case; the change was set aside for review."
    if case_id is None:
        return "This record must belong to a case; the change was set aside for review."
    what = choice_label("record_type", rtype.value).lower()
    return f"A {what} belongs to no case; the change was set aside for review."


def _is_datetime(value: Any) -> bool:
    try:
        validate_fields(RecordType.CONFLICT, {"client_at": value}, complete=False)
    except ValidationError:
        return False
    return isinstance(value, str)



# -- quarantine ------------------------------------------------------------------------------------

def quarantined_for(conn: sa.Connection, actor: Actor, *, status: Literal["open", "all"] = "open",
                    limit: int = 500, protocol_version: int = PROTOCOL_VERSION
                    ) -> list[QuarantinedChange]:
    """Refused changes the actor may see: their own, and (supervisors) their teams' cases'.
    A client older than PERSONAL_RECORDS_SINCE is not shown changes of record types it does
    not know (a supervision session refused on another device of the same user)."""
    q, cs = t.quarantine, t.case_scope
    query = sa.select(q).select_from(q.outerjoin(cs, cs.c.case_id == q.c.case_id))
    if actor.role is Role.SUPERVISOR:
        query = query.where(sa.or_(q.c.username == actor.user,
                                   sa.and_(cs.c.case_id.is_not(None), scope_clause(actor))))
    elif actor.role is not Role.ADMIN:
        query = query.where(q.c.username == actor.user)
    if status == "open":
        query = query.where(q.c.status == "open")
    rows = conn.execute(query.order_by(q.c.created_at.desc(), q.c.id.desc()).limit(limit))
    unknown = ({RecordType.SUPERVISION.value} if protocol_version < PERSONAL_RECORDS_SINCE
               else set())
    redactor = Redactor.of(conn, actor.role)
    return [redactor.quarantined(QuarantinedChange(
        id=row.id, username=row.username, case_id=row.case_id, op=Op.model_validate(row.op),
        reason=row.reason, created_at=row.created_at, status=row.status)) for row in rows
        if row.op.get("record_type") not in unknown]


__all__ = ["apply_push", "quarantined_for"]
