"""A case's access log (issue 15): who opened a case file (or saved a copy of one of its
attachments), printed or exported it, and when, for the supervisors of the case's team and
admins.

The entries are those the devices sent at their syncs (POST /sync/access for the opens,
POST /sync/audit for prints and exports; casemgr.server.accounts.record_device_events),
each naming its case in `detail.case_id`. Only metadata: what was done to which record, on
which device, by whom; never what the case holds.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from casemgr.domain.permissions import (
    Action,
    Actor,
    CaseAccess,
    require,
    require_access_log,
)
from casemgr.server import tables as t
from casemgr.server.errors import ApiError
from casemgr.sync.protocol import CASE_ACCESS_ACTIONS, CaseAccessEntry, CaseAccessLog

# What the device said about itself, shown in its own columns rather than as detail.
_OWN_COLUMNS = frozenset({"device_id", "device_seq", "device_at", "record_type", "case_id"})


def case_access_log(conn: sa.Connection, actor: Actor, case_id: str, limit: int) -> CaseAccessLog:
    """Who opened, printed or exported the case, newest first (by the device's clock).
    Refused (403) to anyone but an admin or a supervisor of the case's team, before saying
    whether the case exists to a caseworker; 404 for a case the server does not know."""
    require(actor, Action.VIEW_CASE_ACCESS)
    cs = t.case_scope
    scope = conn.execute(sa.select(cs.c.assigned_to, cs.c.team)
                         .where(cs.c.case_id == case_id)).first()
    if scope is None:
        raise ApiError(404, "not_found", "The server has no such case.")
    require_access_log(actor, CaseAccess(scope.assigned_to, scope.team))
    total = conn.scalar(sa.select(sa.func.count()).select_from(
        access_entries(conn, case_id).subquery())) or 0
    rows = conn.execute(access_entries(conn, case_id).limit(limit)).all()
    # Newest first by the device's clock; within one millisecond on one device, by its
    # audit chain's order (an open and the print that followed it can share a time stamp).
    found = [(_entry(r.id, r.at, r.actor, r.action, r.detail), _device_seq(r.detail))
             for r in rows]
    found.sort(reverse=True, key=lambda pair: (pair[0].at, pair[1], pair[0].id))
    return CaseAccessLog(case_id=case_id, entries=[entry for entry, _ in found], total=total)


def _device_seq(detail: Any) -> int:
    seq = detail.get("device_seq") if isinstance(detail, dict) else None
    return seq if isinstance(seq, int) else 0


def access_entries(conn: sa.Connection, case_id: str) -> sa.Select[Any]:
    """The audit entries of the case's access log, newest first (through the index of the
    case each names, migration 0006)."""
    a = t.audit
    return (sa.select(a.c.id, a.c.at, a.c.actor, a.c.action, a.c.detail)
            .where(t.audit_detail(conn, "case_id") == case_id, a.c.action.in_(CASE_ACCESS_ACTIONS))
            .order_by(a.c.id.desc()))


def _entry(entry_id: int, at: str, actor: str, action: str, detail: Any) -> CaseAccessEntry:
    given = detail if isinstance(detail, dict) else {}
    return CaseAccessEntry(
        id=entry_id, at=str(given.get("device_at") or at), actor=actor, action=action,
        record_type=given.get("record_type"), device_id=given.get("device_id"),
        detail={k: v for k, v in given.items() if k not in _OWN_COLUMNS})
