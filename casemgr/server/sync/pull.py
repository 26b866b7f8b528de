"""Pull on the server: the change feed after a device's cursor, within its scope.

A pull reads only up to the commit-safe watermark (`committed_seq`, see
casemgr.server.sync.changes.next_seq), so it never passes a change allocated earlier but
committed later. Cases that came into the device's scope arrive whole, whatever their
seqs; those that left it arrive as `evict` (casemgr.server.sync.scope), again after a lost
answer, each signed with the server's lease key: a device deletes nothing on an unsigned
word (docs/sync.md, "Removals").

Records with no case are directory entries, which reach every device, or personal records
(a supervision session, a task agreed in one), which reach their audience (record_audience:
the worker and who recorded it) and admins, and only clients that know them (protocol
PERSONAL_RECORDS_SINCE); a device that pulled with an older client first gets, once, those it
missed (docs/sync.md, "Personal records").
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from casemgr.domain.permissions import Role
from casemgr.server import tables as t
from casemgr.server.accounts import read_epoch
from casemgr.server.api.deps import DeviceContext
from casemgr.server.errors import ApiError
from casemgr.server.keys import ServerKeys
from casemgr.server.metrics import PULL_RECORDS
from casemgr.server.subjects import erase_orders
from casemgr.server.sync.changes import RETRIES, SEQ_COUNTER, next_seq, retryable
from casemgr.server.sync.redact import Redactor
from casemgr.server.sync.scope import (
    forget_undelivered,
    record_deliveries,
    record_evictions,
    scope_changes,
)
from casemgr.sync.protocol import (
    MAX_PULL_LIMIT,
    PERSONAL_RECORDS_SINCE,
    PROTOCOL_VERSION,
    PullResponse,
    RecordOut,
    Removal,
    eviction_nonce,
)

# Statements every pull runs, built once (building one costs more CPU than running it, on
# an empty pull); the values go in as bound parameters.
_WATERMARK = sa.select(t.counters.c.value).where(t.counters.c.name == SEQ_COUNTER)
_PULLED_AT = (sa.update(t.devices).where(t.devices.c.id == sa.bindparam("b_device"))
              .values(last_pull_at=sa.bindparam("b_now")))
_PERSONAL_FROM = (sa.select(t.devices.c.personal_from)
                  .where(t.devices.c.id == sa.bindparam("b_device")))


def committed_seq(conn: sa.Connection) -> int:
    """The pull watermark: the counter's committed value (every seq up to it is committed)."""
    value = conn.execute(_WATERMARK).scalar_one_or_none()
    if value is None:
        raise ApiError(503, "not_initialised",
                       "The server database is not initialised; run `casemgr-server init-db`.")
    return int(value)


class _NeedsMark(Exception):
    """A scope change to deliver but no new seq to carry it: allocate one, then pull again."""


def pull_changes(engine: sa.Engine, device: DeviceContext, cursor: int, limit: int,
                 now_iso: str, keys: ServerKeys, protocol_version: int = PROTOCOL_VERSION,
                 last_page: Callable[[sa.Connection], dict[str, Any]] | None = None
                 ) -> PullResponse:
    """What changed after `cursor` in the device's scope, a page in seq order; cases that
    came into scope whole (never split, so a page may exceed `limit`), those that left it in
    `evict`, again after a lost answer (casemgr.server.sync.scope). A cursor this server
    never issued (it was restored from a backup) starts over from 0. `protocol_version`: the
    client's; an older one than PERSONAL_RECORDS_SINCE is sent no personal record.
    `last_page`: what the last page (has_more false) adds (the catalog, break-glass
    notices), read in the page's own snapshot."""
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
                    page = _pull_page(conn, device, cursor, limit, may_mark, now_iso, keys,
                                      protocol_version >= PERSONAL_RECORDS_SINCE)
                    if last_page is not None and not page.has_more:
                        page = page.model_copy(update=last_page(conn))
            with engine.begin() as conn:
                conn.execute(_PULLED_AT, {"b_device": device.device_id, "b_now": now_iso})
                if page.has_more and page.next_cursor >= committed_seq(conn):
                    # Cases still to arrive whole (a first sync: page after page of them),
                    # and no seq past the cursor to carry them: the next pull would read
                    # its page only to find that (_NeedsMark) and read it again. The seq it
                    # needs is allocated now, last in this transaction (as next_seq asks).
                    next_seq(conn)
            PULL_RECORDS.inc(len(page.records))
            return page
        except _NeedsMark:
            may_mark = False
            with engine.begin() as conn:
                next_seq(conn)
        except sa.exc.DBAPIError as exc:
            if attempt + 1 == RETRIES or not retryable(exc):
                raise
    raise ApiError(503, "busy", "The server is busy; pull again.")


# What a pull reads of a record, in the order `_record_out` unpacks it: everything but
# field_meta, which only the merge uses (not decoding it saves a JSON parse per record sent).
_r = t.records.c
_PULLED = (_r.id, _r.type, _r.case_id, _r.fields, _r.rev, _r.seq, _r.created_at,
           _r.created_by, _r.updated_at, _r.updated_by, _r.deleted)


def _record_out(row: Any) -> RecordOut:
    """A pulled row as the device receives it (as StoredRecord.of_row(row).out(), without
    field_meta). The row unpacked as a tuple: by name costs a look-up per column."""
    (rid, rtype, case_id, fields, rev, seq, created_at, created_by, updated_at, updated_by,
     deleted) = row
    return RecordOut(id=rid, type=rtype, case_id=case_id, fields=fields or {}, rev=rev,
                     seq=seq, created_at=created_at, created_by=created_by,
                     updated_at=updated_at, updated_by=updated_by, deleted=bool(deleted))


def _addressed(r: sa.Table) -> sa.ColumnElement[bool]:
    """The record is a personal one: it has an audience."""
    ra = t.record_audience
    return sa.exists().where(ra.c.record_id == r.c.id)


def _no_case_clause(device: DeviceContext, personal: bool,
                    username: Any = None) -> sa.ColumnElement[bool]:
    """Which records with no case reach the device: directory entries always; personal
    records if its client knows them, those addressed to its user (an admin: all).
    `username`: what stands for the user's name (a bound parameter), if not the name."""
    r, ra = t.records, t.record_audience
    if not personal:
        return sa.not_(_addressed(r))
    if device.role is Role.ADMIN:
        return sa.true()
    return sa.or_(sa.not_(_addressed(r)), sa.exists().where(
        ra.c.record_id == r.c.id,
        ra.c.username == (device.username if username is None else username)))


@functools.cache
def _delta_query(admin: bool, personal: bool) -> sa.Select[Any]:
    """The change feed's query for a device of this kind, built once per kind (every pull
    runs it): the device, cursor, watermark, user and limit go in as bound parameters."""
    dc, r = t.device_cases, t.records
    me: sa.BindParameter[str] = sa.bindparam("b_me")
    kind = DeviceContext(device_id="", user_id="", username="",
                         role=Role.ADMIN if admin else Role.CASEWORKER, teams=frozenset())
    return (sa.select(*_PULLED)
            .select_from(r.outerjoin(dc, sa.and_(dc.c.device_id == me,
                                                 dc.c.case_id == r.c.case_id)))
            .where(r.c.seq > sa.bindparam("b_cursor"), r.c.seq <= sa.bindparam("b_watermark"),
                   sa.or_(sa.and_(r.c.case_id.is_(None),
                                  _no_case_clause(kind, personal, sa.bindparam("b_username"))),
                          sa.and_(dc.c.case_id.is_not(None), dc.c.evicted_at.is_(None),
                                  # what the case's whole delivery did not already bring
                                  r.c.seq > sa.func.coalesce(dc.c.delivered_seq, 0))))
            .order_by(r.c.seq).limit(sa.bindparam("b_limit", type_=sa.Integer)))


def _personal_backlog(conn: sa.Connection, device: DeviceContext, cursor: int, personal: bool
                      ) -> list[RecordOut]:
    """The personal records up to `cursor` the device was never sent: it pulled with a client
    that did not know them (or the answer that carried them was lost). `devices.personal_from`
    is the `cursor + 1` of the pull that carried them (as scope deliveries are stamped); a
    pull with an older client clears it, so they come again once it knows them."""
    d = t.devices
    since = conn.execute(_PERSONAL_FROM, {"b_device": device.device_id}).scalar_one_or_none()
    if not personal:
        if since is not None:
            conn.execute(sa.update(d).where(d.c.id == device.device_id)
                         .values(personal_from=None))
        return []
    if since is not None and since <= cursor:
        return []  # applied: the device pulled from past the answer that carried them
    if since != cursor + 1:
        conn.execute(sa.update(d).where(d.c.id == device.device_id)
                     .values(personal_from=cursor + 1))
    r = t.records
    return [_record_out(row) for row in conn.execute(
        sa.select(*_PULLED).where(r.c.case_id.is_(None), r.c.seq <= cursor, _addressed(r),
                                  _no_case_clause(device, personal))
        .order_by(r.c.seq))]


def _pull_page(conn: sa.Connection, device: DeviceContext, cursor: int, limit: int,
               may_mark: bool, now_iso: str, keys: ServerKeys, personal: bool
               ) -> PullResponse:
    epoch = read_epoch(conn)
    r = t.records
    me = device.device_id
    watermark = committed_seq(conn)
    if cursor > watermark:
        cursor = 0
    forget_undelivered(conn, me, cursor)
    gone, arriving = scope_changes(conn, me, device.actor, limit, now_iso)
    backlog = _personal_backlog(conn, device, cursor, personal)
    if (gone or arriving or backlog) and watermark <= cursor and may_mark:
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
        record_deliveries(conn, me, chosen, mark, watermark)
        whole = [_record_out(row) for row in conn.execute(
            sa.select(*_PULLED).where(r.c.case_id.in_(chosen)).order_by(r.c.seq))]
    budget = max(limit - len(whole), 1)
    delta = [_record_out(row) for row in conn.execute(
        _delta_query(device.role is Role.ADMIN, personal),
        {"b_me": me, "b_cursor": cursor, "b_watermark": watermark,
         "b_username": device.username, "b_limit": budget + 1})]
    more = len(delta) > budget
    delta = delta[:budget]
    next_cursor = delta[-1].seq if more else max(watermark, cursor)
    records: dict[str, RecordOut] = {}
    for rec in (*backlog, *whole, *delta):
        if rec.id not in records or records[rec.id].seq < rec.seq:
            records[rec.id] = rec
    nonce = eviction_nonce(epoch, cursor)
    evict = [keys.sign_removal(Removal(device_id=me, case_id=case_id, time=now_iso, nonce=nonce))
             for case_id in gone]
    # Every record the pull sends, the feed's and whole cases' alike, leaves through the
    # one choke point that withholds what the user's role may not read.
    # (With nothing to send, as in an empty sync, the forms it reads are not needed.)
    sent = Redactor.of(conn, device.role).records(sorted(records.values(),
                                                         key=lambda rec: rec.seq)) \
        if records else []
    # Erasures of a person's records up to the page's cursor (casemgr.server.subjects); the
    # key only when there is one, so an older client's pulls go on until then.
    erase = erase_orders(conn, me, cursor, next_cursor, now_iso, nonce, keys)
    page = PullResponse(records=sent,
                        evict=evict, next_cursor=next_cursor,
                        has_more=more or len(arriving) > len(chosen), epoch=epoch)
    return page.model_copy(update={"erase": erase}) if erase else page


__all__ = ["committed_seq", "pull_changes"]
