"""Pull on the server: the change feed after a device's cursor, within its scope.

A pull reads only up to the commit-safe watermark (`committed_seq`, see
casemgr.server.sync.changes.next_seq), so it never passes a change allocated earlier but
committed later. Cases that came into the device's scope arrive whole, whatever their
seqs; those that left it arrive as `evict` (casemgr.server.sync.scope), again after a lost
answer, each signed with the server's lease key: a device deletes nothing on an unsigned
word (docs/sync.md, "Removals").
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from casemgr.domain.records import RecordType
from casemgr.server import tables as t
from casemgr.server.accounts import read_epoch
from casemgr.server.api.deps import DeviceContext
from casemgr.server.errors import ApiError
from casemgr.server.keys import ServerKeys
from casemgr.server.sync.changes import RETRIES, SEQ_COUNTER, next_seq, retryable
from casemgr.server.sync.scope import (
    forget_undelivered,
    record_deliveries,
    record_evictions,
    scope_changes,
)
from casemgr.sync.protocol import (
    MAX_PULL_LIMIT,
    PullResponse,
    RecordOut,
    Removal,
    eviction_nonce,
)


def committed_seq(conn: sa.Connection) -> int:
    """The pull watermark: the counter's committed value (every seq up to it is committed)."""
    value = conn.execute(sa.select(t.counters.c.value)
                         .where(t.counters.c.name == SEQ_COUNTER)).scalar_one_or_none()
    if value is None:
        raise ApiError(503, "not_initialised",
                       "The server database is not initialised; run `casemgr-server init-db`.")
    return int(value)


class _NeedsMark(Exception):
    """A scope change to deliver but no new seq to carry it: allocate one, then pull again."""


def pull_changes(engine: sa.Engine, device: DeviceContext, cursor: int, limit: int,
                 now_iso: str, keys: ServerKeys) -> PullResponse:
    """What changed after `cursor` in the device's scope, a page in seq order; cases that
    came into scope whole (never split, so a page may exceed `limit`), those that left it in
    `evict`, again after a lost answer (casemgr.server.sync.scope). A cursor this server
    never issued (it was restored from a backup) starts over from 0."""
    limit = max(1, min(limit, MAX_PULL_LIMIT))
    cursor = max(0, cursor)
    may_mark = True
    # Several transactions on purpose: the page is read in one snapshot, the pull time noted
    # apart, and a seq that carries a scope change commits before the page is read again.
    for attempt in range(RETRIES):
        try:
            with engine.connect() as conn:
                if conn.dialect.name == "postgresql":
                    # One snapshot for scope and records: a case cannot leave scope between
                    # deciding what to send and reading it.
                    conn = conn.execution_options(isolation_level="REPEATABLE READ")
                with conn.begin():
                    page = _pull_page(conn, device, cursor, limit, may_mark, now_iso, keys)
            with engine.begin() as conn:
                conn.execute(sa.update(t.devices).where(t.devices.c.id == device.device_id)
                             .values(last_pull_at=now_iso))
            return page
        except _NeedsMark:
            may_mark = False
            with engine.begin() as conn:
                next_seq(conn)
        except sa.exc.DBAPIError as exc:
            if attempt + 1 == RETRIES or not retryable(exc):
                raise
    raise ApiError(503, "busy", "The server is busy; pull again.")


# What a pull reads of a record: everything but field_meta, which only the merge uses (not
# decoding it saves a JSON parse per record sent).
_PULLED = tuple(c for c in t.records.c if c.name != "field_meta")


def _record_out(row: Any) -> RecordOut:
    """A pulled row as the device receives it (as StoredRecord.of_row(row).out(), without
    field_meta)."""
    return RecordOut(id=row.id, type=RecordType(row.type), case_id=row.case_id,
                     fields=dict(row.fields or {}), rev=row.rev, seq=row.seq,
                     created_at=row.created_at, created_by=row.created_by,
                     updated_at=row.updated_at, updated_by=row.updated_by,
                     deleted=bool(row.deleted))


def _pull_page(conn: sa.Connection, device: DeviceContext, cursor: int, limit: int,
               may_mark: bool, now_iso: str, keys: ServerKeys) -> PullResponse:
    epoch = read_epoch(conn)
    dc, r = t.device_cases, t.records
    me = device.device_id
    watermark = committed_seq(conn)
    if cursor > watermark:
        cursor = 0
    forget_undelivered(conn, me, cursor)
    gone, arriving = scope_changes(conn, me, device.actor, limit)
    if (gone or arriving) and watermark <= cursor and may_mark:
        raise _NeedsMark
    mark = cursor + 1
    record_evictions(conn, me, gone, mark)
    whole: list[RecordOut] = []
    chosen: list[str] = []
    if arriving:
        sizes: dict[str, int] = dict(conn.execute(sa.select(r.c.case_id, sa.func.count())
                                  .where(r.c.case_id.in_(arriving)).group_by(r.c.case_id)).all())
        total = 0
        for case_id in arriving:
            size = int(sizes.get(case_id, 0))
            if chosen and total + size > limit:
                break
            chosen.append(case_id)
            total += size
        record_deliveries(conn, me, chosen, mark)
        whole = [_record_out(row) for row in conn.execute(
            sa.select(*_PULLED).where(r.c.case_id.in_(chosen)).order_by(r.c.seq))]
    budget = max(limit - len(whole), 1)
    delta = [_record_out(row) for row in conn.execute(
        sa.select(*_PULLED).select_from(r.outerjoin(dc, sa.and_(dc.c.device_id == me,
                                                                dc.c.case_id == r.c.case_id)))
        .where(r.c.seq > cursor, r.c.seq <= watermark,
               sa.or_(r.c.case_id.is_(None),
                      sa.and_(dc.c.case_id.is_not(None), dc.c.evicted_at.is_(None))))
        .order_by(r.c.seq).limit(budget + 1))]
    more = len(delta) > budget
    delta = delta[:budget]
    next_cursor = delta[-1].seq if more else max(watermark, cursor)
    records: dict[str, RecordOut] = {}
    for rec in (*whole, *delta):
        if rec.id not in records or records[rec.id].seq < rec.seq:
            records[rec.id] = rec
    nonce = eviction_nonce(epoch, cursor)
    evict = [keys.sign_removal(Removal(device_id=me, case_id=case_id, time=now_iso, nonce=nonce))
             for case_id in gone]
    return PullResponse(records=sorted(records.values(), key=lambda rec: rec.seq),
                        evict=evict, next_cursor=next_cursor,
                        has_more=more or len(arriving) > len(chosen), epoch=epoch)


__all__ = ["committed_seq", "pull_changes"]
