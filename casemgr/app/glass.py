"""Break-glass as a use case, once for the desktop app and the command line: open a case
outside one's caseload, online only, with a reason (docs/sync.md, "Scope").

The server grants the access for a limited time and tells the case's supervisors; this
asks for it, remembers the grant in the workspace (meta `break_glass`: what the audit chain
marks, and the case file's banner) and syncs, which brings the case whole. When the access
ends (its time is up, or the holder, the case's supervisor or an admin ended it early:
end_emergency_access), the next sync's signed eviction takes the case off the device.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from casemgr.app.changes import Changes, Outcome
from casemgr.app.syncing import Progress, sync
from casemgr.db.store import BREAK_GLASS, break_glass_grants
from casemgr.db.sync_store import SyncStore
from casemgr.db.workspace import Workspace
from casemgr.domain.clock import iso_utc
from casemgr.sync.protocol import BREAK_GLASS_REASONS
from casemgr.sync.transport import Offline, Transport

NEEDS_SERVER = ("Opening a case outside your caseload needs a connection to the server, "
                "which decides and records it. Connect to the network and try again.")
REASONS = BREAK_GLASS_REASONS  # code -> the words (the desktop translates them)


class NeedsConnection(Exception):
    """Break-glass was asked for offline, or from a workspace with no server."""


@dataclass(frozen=True)
class EmergencyAccess:
    case_id: str
    case_number: str
    expires_at: str  # UTC, ISO
    told: tuple[str, ...]  # the supervisors (or admins) the server told


def open_outside_caseload(ws: Workspace, transport: Transport | None, case: str, reason: str,
                          note: str, progress: Progress | None = None
                          ) -> Outcome[EmergencyAccess]:
    """Ask the server for access to `case` (its number or id) with a reason from REASONS and
    the user's words, then sync so that it arrives. NeedsConnection offline; the server's
    refusals (no such case, already in the caseload) as transport.Refused."""
    if transport is None or not ws.info.server_url:
        raise NeedsConnection(NEEDS_SERVER)
    if reason not in REASONS:
        raise ValueError(f"Unknown reason {reason!r}.")
    try:
        grant = transport.break_glass(case.strip(), reason, note.strip())
    except Offline:
        raise NeedsConnection(NEEDS_SERVER) from None
    now = iso_utc(ws.clock.now_ms())
    grants = break_glass_grants(ws.meta(BREAK_GLASS), now)
    grants[grant.case_id] = grant.expires_at
    SyncStore(ws).set_meta(BREAK_GLASS, json.dumps(grants, sort_keys=True))
    synced = sync(ws, transport, progress)
    return Outcome(EmergencyAccess(grant.case_id, grant.case_number, grant.expires_at,
                                   tuple(grant.told)), synced.changes)


ENDING_NEEDS_SERVER = ("Ending emergency access needs a connection to the server, which "
                       "decides and records it. Connect to the network and try again.")


def end_emergency_access(ws: Workspace, transport: Transport | None, case_id: str,
                         holder: str | None = None, progress: Progress | None = None
                         ) -> Outcome[str]:
    """End a break-glass access now, online only: this user's own to `case_id` (`holder`
    None; the case file's banner, the command line), or, for the case's supervisor or an
    admin, `holder`'s (the notice on the Approvals page). Then sync: the holder's own case
    leaves this device by the ordinary signed eviction; a supervisor's notice says it ended.
    The value: when it ended (UTC, ISO). NeedsConnection offline; the server's refusals
    (none runs, not theirs to end) as transport.Refused."""
    if transport is None or not ws.info.server_url:
        raise NeedsConnection(ENDING_NEEDS_SERVER)
    try:
        ended = transport.end_break_glass(case_id, holder)
    except Offline:
        raise NeedsConnection(ENDING_NEEDS_SERVER) from None
    if holder is None or holder == ws.info.user:
        grants = break_glass_grants(ws.meta(BREAK_GLASS), iso_utc(ws.clock.now_ms()))
        if grants.pop(case_id, None) is not None:  # the banner and the audit marks stop now
            SyncStore(ws).set_meta(BREAK_GLASS, json.dumps(grants, sort_keys=True))
    try:
        synced = sync(ws, transport, progress)
    except Offline:  # it ended all the same: the next sync evicts the case
        return Outcome(ended.ended_at, Changes())
    return Outcome(ended.ended_at, synced.changes)


__all__ = ["ENDING_NEEDS_SERVER", "NEEDS_SERVER", "REASONS", "EmergencyAccess",
           "NeedsConnection", "end_emergency_access", "open_outside_caseload"]
