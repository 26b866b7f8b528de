"""Routes: push, pull and the refused changes a device's user may see (DESIGN.md 6)."""

from __future__ import annotations

from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Query, Request, Response

from casemgr.domain.clock import iso_utc
from casemgr.server.accounts import record_device_events
from casemgr.server.admin import catalog
from casemgr.server.api.deps import (
    ClientHeadersDep,
    ClockDep,
    Conn,
    CurrentDevice,
    EngineDep,
    KeysDep,
    SettingsDep,
    error_responses,
)
from casemgr.server.sync.changes import MAX_SEQ
from casemgr.server.sync.glass import break_glass, end_break_glass, notices_for
from casemgr.server.sync.live import ChangeWatch
from casemgr.server.sync.pull import pull_changes
from casemgr.server.sync.push import apply_push, quarantined_for
from casemgr.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    MAX_WAIT_S,
    AccessEventsRequest,
    AuditEventsRequest,
    BreakGlassEnd,
    BreakGlassEnded,
    BreakGlassGrant,
    BreakGlassRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    QuarantineResponse,
    WaitResponse,
)

router = APIRouter(prefix="/api/v1", tags=["sync"])

# Push and pull take the engine, not Conn: they run several transactions of their own.


@router.post("/sync/push", response_model=PushResponse,
             responses=error_responses(400, 401, 403, 409, 413, 422, 426, 503))
def push(req: PushRequest, device: CurrentDevice, engine: EngineDep,
         clock: ClockDep) -> PushResponse:
    """Apply the device's ops in client seq order: applied, merged, conflict or rejected
    (quarantined) each; ops already received answer their stored result; 409 "gap"
    names the client seq the server waits for."""
    return apply_push(engine, device, req, iso_utc(clock.now_ms()))


# exclude_unset: `erase` (and `catalog`) only when there is one; a client older than them
# refuses an unknown key.
@router.get("/sync/pull", response_model=PullResponse, response_model_exclude_unset=True,
            responses=error_responses(401, 422, 426, 503))
def pull(client: ClientHeadersDep, device: CurrentDevice, engine: EngineDep, clock: ClockDep,
         keys: KeysDep, settings: SettingsDep,
         cursor: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
         limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
         with_catalog: bool = False, with_notices: bool = False) -> PullResponse:
    """Changes after `cursor` in the device's scope, in seq order: cases that came into
    scope arrive whole, those that left it in `evict` and a person's erased records in
    `erase` (each signed by the server's lease key); follow `next_cursor` while `has_more`.
    `with_catalog`: the last page also says which forms, directory and lease terms are
    current, so that the device downloads them only when they changed. `with_notices`: the
    last page also carries the break-glass notices still open for the user, whole."""
    def last_page(conn: sa.Connection) -> dict[str, Any]:
        extra: dict[str, Any] = {}
        if with_catalog:
            extra["catalog"] = catalog(conn, settings.min_client_version)
        if with_notices:
            extra["notices"] = notices_for(conn, device.actor.user)
        return extra

    return pull_changes(engine, device, cursor, limit, iso_utc(clock.now_ms()), keys,
                        client.protocol_version,
                        last_page if with_catalog or with_notices else None)


@router.get("/sync/wait", response_model=WaitResponse,
            responses=error_responses(401, 422, 426, 503))
async def wait(request: Request, client: ClientHeadersDep, device: CurrentDevice,
               cursor: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
               wait_s: Annotated[int, Query(ge=1, le=MAX_WAIT_S)] = MAX_WAIT_S
               ) -> WaitResponse:
    """Live updates: answers `changed` as soon as the device's scope has something past
    `cursor` (then pull), or after `wait_s` seconds with nothing; 503 with Retry-After when
    the server has as many devices waiting as it takes (docs/sync.md, "Live updates")."""
    live: ChangeWatch = request.app.state.live
    return await live.wait(device, cursor, wait_s)


@router.post("/sync/audit", status_code=204, response_class=Response,
             responses=error_responses(400, 401, 403, 413, 422, 426))
def audit_events(req: AuditEventsRequest, device: CurrentDevice, conn: Conn,
                 clock: ClockDep) -> Response:
    """Keep in the server's audit log the exports and prints the device recorded (metadata
    only: format, tables, row counts, scope, de-identified or not), each once."""
    record_device_events(conn, device, req, clock.now_ms())
    return Response(status_code=204)


@router.post("/sync/access", status_code=204, response_class=Response,
             responses=error_responses(400, 401, 403, 413, 422, 426))
def access_events(req: AccessEventsRequest, device: CurrentDevice, conn: Conn,
                  clock: ClockDep) -> Response:
    """Keep in the server's audit log the case files the device's user opened (and the
    attachments they saved copies of), each once: the record and when, nothing of what it
    holds. The case's supervisors and admins see them in its access log
    (GET /cases/{case_id}/access)."""
    record_device_events(conn, device, req, clock.now_ms())
    return Response(status_code=204)


@router.get("/sync/quarantine", response_model=QuarantineResponse,
            responses=error_responses(401, 422, 426))
def quarantine(client: ClientHeadersDep, device: CurrentDevice,
               conn: Conn) -> QuarantineResponse:
    """Refused changes still open: the user's own, and a supervisor's teams' cases'."""
    return QuarantineResponse(changes=quarantined_for(conn, device.actor,
                                                      protocol_version=client.protocol_version))


@router.post("/sync/break-glass", response_model=BreakGlassGrant,
             responses=error_responses(401, 403, 404, 409, 422, 426))
def open_outside_scope(req: BreakGlassRequest, device: CurrentDevice, engine: EngineDep,
                       clock: ClockDep, settings: SettingsDep) -> BreakGlassGrant:
    """Break-glass: open a case outside the user's caseload (by case number or id) with a
    reason; it arrives whole at the next pull and leaves the device when the access ends
    (`break_glass_hours`). The case's supervisors are told; the audit log keeps it."""
    return break_glass(engine, device, req, clock.now_ms(), settings.break_glass_hours)


@router.post("/sync/break-glass/end", response_model=BreakGlassEnded,
             responses=error_responses(401, 403, 404, 422, 426))
def end_outside_scope(req: BreakGlassEnd, device: CurrentDevice, engine: EngineDep,
                      clock: ClockDep) -> BreakGlassEnded:
    """End a break-glass access now: the holder their own (`holder` left out), the case's
    team supervisor or an admin anyone's. The holder's next pull evicts the case; the audit
    log keeps `break_glass_ended`."""
    return end_break_glass(engine, device, req, clock.now_ms())
