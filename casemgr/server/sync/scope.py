"""Scope on the server: which cases reach whom, and which each device was sent.

Caseworkers see the cases assigned to them, supervisors their teams' cases, admins all
(casemgr.domain.permissions; case_scope holds each case's assignee and team).

Scope changes survive a lost response. device_cases holds the cases a device was sent,
each delivery and eviction stamped with `cursor + 1` of the pull that carried it. A device
that pulls from a cursor past the stamp has applied it; one that pulls again from the same
cursor never got it, so the pull first winds device_cases back to what the device holds at
its cursor and sends the whole case, or the eviction, again. For this every answer that
carries one has `next_cursor > cursor`: when nothing else moved the cursor (a supervisor
joined a team), a seq is allocated just to carry it (casemgr.server.sync.pull).

Time limits scope too (given the pull's time): a break-glass grant (access_grants, until it
expires: casemgr.server.sync.glass) adds a case, and retention takes away a case closed
longer ago than the organisation's retention days, and an archived one, from everyone
(casemgr.server.retention). Their end is an ordinary, signed eviction.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa

from casemgr.domain.permissions import Actor, Role
from casemgr.domain.records import RecordType
from casemgr.server import tables as t
from casemgr.server.errors import ApiError
from casemgr.server.retention import departure_cutoff
from casemgr.server.sync.changes import load_record, write_server_change
from casemgr.sync.protocol import RecordOut

_IN_CHUNK = 500  # ids per IN (...) list


def scope_clause(actor: Actor, now_iso: str | None = None, departed_before: str | None = None
                 ) -> sa.ColumnElement[bool]:
    """The cases (case_scope rows) that reach the actor, as permissions.in_scope says. Given
    the time (`now_iso`), also those the actor holds an unexpired break-glass grant for, and
    none archived or closed at or before `departed_before` (retention)."""
    teams = sorted(actor.teams) if actor.role is Role.SUPERVISOR and actor.teams else None
    return _scope_clause(actor.role, actor.user, teams, now_iso, departed_before)


def _scope_clause(role: Role, user: Any, teams: Any, now: Any, departed_before: Any
                  ) -> sa.ColumnElement[bool]:
    """scope_clause of a user of `role` called `user` in `teams` (None: none that count),
    each a value or a bound parameter standing for one."""
    cs = t.case_scope
    if role is Role.ADMIN:
        clause: sa.ColumnElement[bool] = sa.true()
    else:
        clause = cs.c.assigned_to == user
        if teams is not None:
            clause = sa.or_(clause, sa.and_(cs.c.team.is_not(None), cs.c.team.in_(teams)))
    if now is None:
        return clause
    if role is not Role.ADMIN:
        g = t.access_grants
        clause = sa.or_(clause, sa.exists().where(
            g.c.case_id == cs.c.case_id, g.c.username == user, g.c.expires_at > now))
    kept: sa.ColumnElement[bool] = cs.c.archived_at.is_(None)
    if departed_before is not None:
        kept = sa.and_(kept, sa.or_(cs.c.closed_at.is_(None),
                                    cs.c.closed_at > departed_before))
    return sa.and_(kept, clause)


@functools.cache
def _scope_queries(role: Role, teams: bool) -> tuple[sa.Select[Any], sa.Select[Any]]:
    """scope_changes' two queries for a user of `role` (with teams that count, or not),
    built once (every pull runs them); the device, user, teams, times and limit are bound
    parameters."""
    dc, cs, r = t.device_cases, t.case_scope, t.records
    device: sa.BindParameter[str] = sa.bindparam("b_device")
    in_scope = _scope_clause(role, sa.bindparam("b_user"),
                             sa.bindparam("b_teams", expanding=True) if teams else None,
                             sa.bindparam("b_now"), sa.bindparam("b_departed"))
    gone = (sa.select(dc.c.case_id).select_from(dc.outerjoin(cs, cs.c.case_id == dc.c.case_id))
            .where(dc.c.device_id == device, sa.or_(cs.c.case_id.is_(None), sa.not_(in_scope)))
            .order_by(dc.c.case_id))
    # A case arrives with its own record: one whose case record has not been pushed yet (a
    # registration's family came first, casemgr.server.sync.push) waits for it, so a device
    # never gets records of a case it has no case record for (it refuses them, engine.py).
    has_case_record = sa.exists().where(r.c.id == cs.c.case_id,
                                        r.c.type == RecordType.CASE.value)
    arriving = (sa.select(cs.c.case_id)
                .select_from(cs.outerjoin(dc, sa.and_(dc.c.device_id == device,
                                                      dc.c.case_id == cs.c.case_id)))
                .where(in_scope, dc.c.case_id.is_(None), has_case_record)
                .order_by(cs.c.case_id).limit(sa.bindparam("b_limit", type_=sa.Integer)))
    return gone, arriving


def _in_chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), _IN_CHUNK):
        yield ids[i:i + _IN_CHUNK]


# -- the cases a device was sent (device_cases) ------------------------------------------------

_DC = t.device_cases
# forget_undelivered's statements, built once (every pull runs them).
_FORGET = (
    sa.delete(_DC).where(_DC.c.device_id == sa.bindparam("b_device"),
                         _DC.c.added_at > sa.bindparam("b_cursor")),
    sa.delete(_DC).where(_DC.c.device_id == sa.bindparam("b_device"),
                         _DC.c.evicted_at <= sa.bindparam("b_cursor")),
    sa.update(_DC).where(_DC.c.device_id == sa.bindparam("b_device"),
                         _DC.c.evicted_at > sa.bindparam("b_cursor")).values(evicted_at=None),
)
# Whether any of them has anything to do: a delivery past the cursor, or an eviction at all.
_UNSETTLED = (sa.select(sa.literal(1))
              .where(_DC.c.device_id == sa.bindparam("b_device"),
                     sa.or_(_DC.c.added_at > sa.bindparam("b_cursor"),
                            _DC.c.evicted_at.is_not(None)))
              .limit(1))


def forget_undelivered(conn: sa.Connection, device_id: str, cursor: int) -> None:
    """Wind device_cases back to the cases the device holds at `cursor`: forget deliveries
    and evictions it never got (stamped past its cursor). One read when there is nothing to
    wind back (the usual pull), instead of three writes."""
    params = {"b_device": device_id, "b_cursor": cursor}
    if conn.execute(_UNSETTLED, params).first() is None:
        return
    for statement in _FORGET:
        conn.execute(statement, params)


def scope_changes(conn: sa.Connection, device_id: str, actor: Actor, limit: int, now_iso: str
                  ) -> tuple[list[str], list[str]]:
    """The cases the device was sent that have left the actor's scope at `now_iso` (to
    evict), and up to `limit + 1` cases in scope it was never sent (to deliver whole), each
    by case id."""
    teams = sorted(actor.teams) if actor.role is Role.SUPERVISOR and actor.teams else None
    gone_query, arriving_query = _scope_queries(actor.role, teams is not None)
    params = {"b_device": device_id, "b_user": actor.user, "b_teams": teams, "b_now": now_iso,
              "b_departed": departure_cutoff(conn, now_iso), "b_limit": limit + 1}
    gone = list(conn.execute(gone_query, params).scalars())
    arriving = list(conn.execute(arriving_query, params).scalars())
    return gone, arriving


def record_evictions(conn: sa.Connection, device_id: str, case_ids: Sequence[str],
                     mark: int) -> None:
    """Stamp the cases evicted by the pull whose answer carries `mark`."""
    dc = t.device_cases
    for chunk in _in_chunks(case_ids):
        conn.execute(sa.update(dc).where(dc.c.device_id == device_id, dc.c.case_id.in_(chunk))
                     .values(evicted_at=mark))


def record_deliveries(conn: sa.Connection, device_id: str, case_ids: Sequence[str],
                      mark: int, watermark: int) -> None:
    """Note the cases the pull whose answer carries `mark` delivers whole, read at
    `watermark` (the feed then skips their records up to it)."""
    conn.execute(sa.insert(t.device_cases), [
        {"device_id": device_id, "case_id": case_id, "added_at": mark, "evicted_at": None,
         "delivered_seq": watermark}
        for case_id in case_ids])


# -- a change of scope made on the server ------------------------------------------------------

def reassign_case(engine: sa.Engine, case_id: str, assigned_to: str, team: str | None,
                  actor_name: str, now_iso: str) -> RecordOut:
    """Assign a case to another worker (and team; None keeps the case's team). The case's
    devices see it leave their scope, the new worker's receive it whole. Its open tasks that
    were the previous worker's move with it."""
    # Its own transaction: it commits with its seq (see changes.next_seq), checks and all.
    with engine.begin() as conn:
        case = load_record(conn, case_id)
        if case is None or case.type is not RecordType.CASE or case.deleted:
            raise ApiError(404, "not_found", "There is no such case.")
        previous = case.fields.get("assigned_to")
        changes: dict[str, Any] = {"assigned_to": assigned_to}
        if team is not None:
            changes["team"] = team
        moved = write_server_change(conn, record_id=case_id, record_type=RecordType.CASE,
                                    case_id=case_id, changes=changes, actor_name=actor_name,
                                    now_iso=now_iso)
        tasks = conn.execute(sa.select(t.records.c.id, t.records.c.fields).where(
            t.records.c.case_id == case_id, t.records.c.type == RecordType.TASK.value,
            t.records.c.deleted.is_(False)).order_by(t.records.c.id))
        for task_id, task_fields in tasks.all():
            fields = dict(task_fields or {})
            if (previous != assigned_to and fields.get("status") == "open"
                    and fields.get("assigned_to") in (previous, None)):
                write_server_change(conn, record_id=task_id, record_type=RecordType.TASK,
                                    case_id=case_id, changes={"assigned_to": assigned_to},
                                    actor_name=actor_name, now_iso=now_iso)
        return moved


__all__ = ["forget_undelivered", "reassign_case", "record_deliveries", "record_evictions",
           "scope_changes", "scope_clause"]
