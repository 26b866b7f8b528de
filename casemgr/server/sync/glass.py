"""Break-glass (issue 15, item 3): a caseworker or supervisor opens a case outside their
scope, online only, giving a reason from a list and words of their own.

The grant (access_grants) lasts `break_glass_hours` (24 by default); while it lasts the
case is in the user's scope (casemgr.server.sync.scope.scope_clause), so it arrives whole at
their next pull, and when it ends the next pull carries the ordinary signed eviction. The
case's supervisors (its team's; admins when it has none) are told by a personal task on
their Today list, written by the server in the same transaction; the grant is in the audit
log (`break_glass_opened`, marked `break_glass`), and the device marks what its user does
to the case meanwhile in its own audit chain. The case is read-only under a grant: the
push's authorisation is the ordinary scope, so an edit is quarantined.

Each notice is a plain task (every client shows it on Today); glass_notices ties it to the
grant, and a pull that asks (`with_notices`) carries the open ones whole for the Approvals
page (notices_for). The holder, a supervisor of the case's team or an admin can end the
access early (end_break_glass): the holder's next pull evicts the case.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from casemgr.domain.clock import iso_utc
from casemgr.domain.ids import uuid7
from casemgr.domain.permissions import CaseAccess, Role, in_scope
from casemgr.domain.records import RecordType
from casemgr.server import tables as t
from casemgr.server.accounts import write_audit
from casemgr.server.api.deps import DeviceContext, require_protocol
from casemgr.server.errors import ApiError
from casemgr.server.sync.changes import write_server_change
from casemgr.sync.protocol import (
    BREAK_GLASS_REASONS,
    BreakGlassEnd,
    BreakGlassEnded,
    BreakGlassGrant,
    BreakGlassRequest,
    GlassNotice,
)

_UUID_LENGTH = 36


def _find_case(conn: sa.Connection, wanted: str) -> sa.Row | None:  # type: ignore[type-arg]
    r = t.records
    by = (r.c.id == wanted.lower() if len(wanted) == _UUID_LENGTH
          else r.c.fields["case_number"].as_string() == wanted)
    return conn.execute(sa.select(r.c.id, r.c.fields).where(
        r.c.type == RecordType.CASE.value, r.c.deleted.is_(False), by).limit(1)).first()


def _supervisors(conn: sa.Connection, team: str | None, requester: str) -> list[str]:
    """Who is told: the active supervisors of the case's team, else the active admins."""
    u, ut, tm = t.users, t.user_teams, t.teams
    names: list[str] = []
    if team:
        names = list(conn.execute(
            sa.select(u.c.username).select_from(u.join(ut, ut.c.user_id == u.c.id)
                                                .join(tm, tm.c.id == ut.c.team_id))
            .where(tm.c.name == team, u.c.role == Role.SUPERVISOR.value,
                   u.c.active.is_(True), u.c.username != requester)
            .order_by(u.c.username)).scalars())
    if not names:
        names = list(conn.execute(sa.select(u.c.username).where(
            u.c.role == Role.ADMIN.value, u.c.active.is_(True)).order_by(u.c.username)).scalars())
    return names


def _from_this_device(req: BreakGlassRequest | BreakGlassEnd, device: DeviceContext) -> None:
    require_protocol(req.protocol_version)
    if req.device_id != device.device_id:
        raise ApiError(403, "wrong_device", "This request names another device than the one "
                                            "signed in.")


def break_glass(engine: sa.Engine, device: DeviceContext, req: BreakGlassRequest, now_ms: int,
                hours: int) -> BreakGlassGrant:
    """Grant the device's user access to the case for `hours`, tell its supervisors, audit
    it; 404 for a case that does not exist or is archived, 409 for one already in scope."""
    _from_this_device(req, device)
    actor = device.actor
    if actor.role is Role.ADMIN:
        raise ApiError(409, "in_scope", "Administrators already reach every case.")
    now_iso = iso_utc(now_ms)
    expires = datetime.fromtimestamp(now_ms / 1000, UTC) + timedelta(hours=hours)
    expires_iso = iso_utc(int(expires.timestamp() * 1000))
    # Its own transaction: the notices' seqs commit with it (changes.next_seq).
    with engine.begin() as conn:
        found = _find_case(conn, req.case)
        cs = t.case_scope
        scope = None if found is None else conn.execute(
            sa.select(cs.c.archived_at).where(cs.c.case_id == found.id)).first()
        if found is None or scope is None or scope.archived_at is not None:
            raise ApiError(404, "not_found", "There is no case with this number.")
        fields = dict(found.fields or {})
        access = CaseAccess.of_case(fields)
        if in_scope(actor, access):
            raise ApiError(409, "in_scope", "This case is already in your caseload.")
        number = str(fields.get("case_number") or found.id)
        g = t.access_grants
        held = conn.execute(sa.select(g.c.expires_at).where(
            g.c.case_id == found.id, g.c.username == actor.user, g.c.expires_at > now_iso)
            .order_by(g.c.expires_at.desc()).limit(1)).scalar_one_or_none()
        if held is not None:
            # Asked again (an answer lost on the way, a second click): the same access, no
            # second notice; it is not extended.
            return BreakGlassGrant(case_id=found.id, case_number=number, expires_at=held,
                                   told=[])
        grant_id = uuid7()
        conn.execute(sa.insert(t.access_grants).values(
            id=grant_id, case_id=found.id, username=actor.user, device_id=device.device_id,
            reason=req.reason, note=req.note, granted_at=now_iso, expires_at=expires_iso))
        told = _supervisors(conn, access.team, actor.user)
        title = (f"Emergency access: {actor.user} opened case {number} until "
                 f"{expires:%Y-%m-%d %H:%M} UTC. Reason: {BREAK_GLASS_REASONS[req.reason]}: "
                 f"{req.note}")[:500]
        for name in told:
            # A plain personal task every client shows on Today; glass_notices ties it to the
            # grant, for the Approvals page of a client that asks (notices_for).
            task_id = uuid7()
            write_server_change(conn, record_id=task_id, record_type=RecordType.TASK,
                                case_id=None, changes={
                                    "title": title, "kind": "other", "status": "open",
                                    "due_date": now_iso[:10], "assigned_to": name},
                                actor_name=actor.user, now_iso=now_iso)
            conn.execute(sa.insert(t.glass_notices).values(task_id=task_id, grant_id=grant_id,
                                                           username=name))
        # The reason's code, not the user's words (the audit holds ids and codes only).
        write_audit(conn, now_ms, actor.user, "break_glass_opened", found.id, {
            "case_id": found.id, "grant_id": grant_id, "reason": req.reason,
            "expires_at": expires_iso, "device_id": device.device_id, "break_glass": True,
            "told": len(told)})
    return BreakGlassGrant(case_id=found.id, case_number=number, expires_at=expires_iso,
                           told=told)


def end_break_glass(engine: sa.Engine, device: DeviceContext, req: BreakGlassEnd,
                    now_ms: int) -> BreakGlassEnded:
    """End a running break-glass access now: the holder their own, a supervisor of the
    case's team or an admin anyone's; audited `break_glass_ended` (ids and codes only). The
    holder's next pull evicts the case (the scope no longer holds it). 403 for someone else's
    access without that right, 404 when none runs."""
    _from_this_device(req, device)
    actor = device.actor
    holder = req.holder or actor.user
    now_iso = iso_utc(now_ms)
    with engine.begin() as conn:
        found = _find_case(conn, req.case_id)
        if holder != actor.user:
            access = None if found is None else CaseAccess.of_case(dict(found.fields or {}))
            if not (actor.role is Role.ADMIN or (
                    actor.role is Role.SUPERVISOR and access is not None
                    and in_scope(actor, access))):
                raise ApiError(403, "forbidden", "Only the case's supervisor or an "
                                                 "administrator may end someone else's "
                                                 "emergency access.")
        g = t.access_grants
        running = [] if found is None else list(conn.execute(sa.select(g.c.id).where(
            g.c.case_id == found.id, g.c.username == holder, g.c.expires_at > now_iso)
            .order_by(g.c.granted_at)).scalars())
        if found is None or not running:
            raise ApiError(404, "not_found", "No emergency access to this case is running.")
        conn.execute(sa.update(g).where(g.c.id.in_(running)).values(
            expires_at=now_iso, ended_at=now_iso, ended_by=actor.user))
        for grant_id in running:
            write_audit(conn, now_ms, actor.user, "break_glass_ended", found.id, {
                "case_id": found.id, "grant_id": grant_id, "holder": holder,
                "device_id": device.device_id, "break_glass": True})
    return BreakGlassEnded(case_id=found.id, holder=holder, ended_at=now_iso)


MAX_NOTICES = 200  # more open notices than this is not a list anyone reads


def _notices_query() -> sa.Select[Any]:
    n, g, task, case = (t.glass_notices, t.access_grants, t.records.alias("task"),
                        t.records.alias("case"))
    return (sa.select(n.c.task_id, g.c.id, g.c.case_id, case.c.fields, g.c.username,
                      g.c.reason, g.c.note, g.c.granted_at, g.c.expires_at, g.c.ended_at,
                      g.c.ended_by)
            .select_from(n.join(g, g.c.id == n.c.grant_id)
                         .join(task, task.c.id == n.c.task_id)
                         .join(case, case.c.id == g.c.case_id))
            .where(n.c.username == sa.bindparam("b_user"), task.c.deleted.is_(False),
                   task.c.fields["status"].as_string() == "open")
            .order_by(g.c.granted_at.desc()).limit(MAX_NOTICES))


# Built once: every sync's last pull page asks it (building it, with its two aliases of
# records, cost more than running it).
_NOTICES = _notices_query()


def notices_for(conn: sa.Connection, user: str) -> list[GlassNotice]:
    """The break-glass notices the server wrote to `user` whose task is still open (not
    marked done or cancelled, not deleted), newest first, with their grant whole."""
    rows = conn.execute(_NOTICES, {"b_user": user}).all()
    return [GlassNotice(task_id=r[0], grant_id=r[1], case_id=r[2],
                        case_number=str((r[3] or {}).get("case_number") or r[2])[:200],
                        holder=r[4], reason=r[5], note=r[6], granted_at=r[7],
                        expires_at=r[8], ended_at=r[9], ended_by=r[10]) for r in rows]


__all__ = ["break_glass", "end_break_glass", "notices_for"]
