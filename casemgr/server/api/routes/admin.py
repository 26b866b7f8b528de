"""Routes: the admin API (/api/v1/admin/..., administrators only), the downloads every
signed-in device needs (published forms, the user and team directory), and a case's access
log (its team's supervisors and admins)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request

from casemgr.server import admin, retention, subjects
from casemgr.server.access import case_access_log
from casemgr.server.api.deps import (
    AdminDevice,
    ClientHeadersDep,
    ClockDep,
    Conn,
    CurrentDevice,
    EngineDep,
    RequestBody,
    SettingsDep,
    error_responses,
)
from casemgr.server.directory import (
    DirectoryUpload,
    InvalidDirectory,
    UnsupportedUpload,
    read_upload,
)
from casemgr.server.errors import ApiError
from casemgr.sync.protocol import (
    ArchivedCase,
    AuditPage,
    CaseAccessLog,
    ConflictOut,
    DeviceOut,
    DirectoryResponse,
    ErasureOut,
    ErasureRequest,
    FormPublish,
    FormsResponse,
    ImportResult,
    PasswordReset,
    PublishedForm,
    QuarantineOut,
    QuarantineReview,
    ReassignRequest,
    RecordOut,
    RetentionPolicy,
    RetentionReport,
    SubjectAccess,
    SyncHealth,
    TeamCreate,
    TeamOut,
    UserCreate,
    UserOut,
    UserUpdate,
)

router = APIRouter(prefix="/api/v1")

UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
UsernamePath = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")]
IdPath = Annotated[str, Path(pattern=UUID_PATTERN)]
ONE_LINE = r"^[^\x00-\x1f\x7f]*$"  # PostgreSQL text holds no NUL; none of these hold any control
ADMIN_ERRORS = error_responses(400, 401, 403, 404, 409, 413, 415, 422)


# -- a case's access log ---------------------------------------------------------------------

@router.get("/cases/{case_id}/access", response_model=CaseAccessLog, tags=["cases"],
            responses=error_responses(401, 403, 404, 422, 426))
def case_access(case_id: IdPath, client: ClientHeadersDep, device: CurrentDevice,
                conn: Conn, limit: Annotated[int, Query(ge=1, le=1000)] = 500
                ) -> CaseAccessLog:
    """Who opened the case file, printed or exported the case, and when (newest first;
    what the devices sent at their syncs): for the supervisors of the case's team and
    admins; anyone else gets 403."""
    return case_access_log(conn, device.actor, case_id, limit)


# -- downloads for every signed-in device ----------------------------------------------------

@router.get("/forms", response_model=FormsResponse, tags=["forms"],
            responses=error_responses(401, 422, 426, 503))
def published_forms(client: ClientHeadersDep, device: CurrentDevice,
                    conn: Conn) -> FormsResponse:
    """Every published form version; the client checks each with the same forms engine."""
    return FormsResponse(forms=admin.list_forms(conn))


@router.get("/directory", response_model=DirectoryResponse, tags=["directory"],
            responses=error_responses(401, 422, 426, 503))
def user_directory(client: ClientHeadersDep, device: CurrentDevice,
                   conn: Conn) -> DirectoryResponse:
    """Users (name, role, teams, active) and teams, to choose whom to assign or refer to."""
    return admin.directory(conn)


# -- users and teams -------------------------------------------------------------------------

@router.get("/admin/users", response_model=list[UserOut], tags=["admin"],
            responses=ADMIN_ERRORS)
def list_users(device: AdminDevice, conn: Conn) -> list[UserOut]:
    return admin.list_users(conn)


@router.post("/admin/users", response_model=UserOut, status_code=201, tags=["admin"],
             responses=ADMIN_ERRORS)
def create_user(body: UserCreate, device: AdminDevice, conn: Conn,
                settings: SettingsDep, clock: ClockDep) -> UserOut:
    """A new user with a role, teams (which must exist) and a first password."""
    return admin.create_user(conn, body, actor=device.username, settings=settings,
                             now=clock.now_ms())


@router.patch("/admin/users/{username}", response_model=UserOut, tags=["admin"],
              responses=ADMIN_ERRORS)
def update_user(username: UsernamePath, body: UserUpdate, device: AdminDevice,
                conn: Conn, clock: ClockDep) -> UserOut:
    """Change role, teams (replaced as given) or active; deactivating signs the user out."""
    return admin.update_user(conn, username, role=body.role, teams=body.teams,
                             active=body.active, actor=device.username,
                             now=clock.now_ms())


@router.post("/admin/users/{username}/reset-password", response_model=UserOut, tags=["admin"],
             responses=ADMIN_ERRORS)
def reset_password(username: UsernamePath, body: PasswordReset, device: AdminDevice,
                   conn: Conn, settings: SettingsDep, clock: ClockDep) -> UserOut:
    """Set a new password; the user's devices get their key back at the next online login."""
    return admin.reset_password(conn, username, body.password, actor=device.username,
                                settings=settings, now=clock.now_ms())


@router.get("/admin/teams", response_model=list[TeamOut], tags=["admin"],
            responses=ADMIN_ERRORS)
def list_teams(device: AdminDevice, conn: Conn) -> list[TeamOut]:
    return admin.list_teams(conn)


@router.post("/admin/teams", response_model=TeamOut, status_code=201, tags=["admin"],
             responses=ADMIN_ERRORS)
def create_team(body: TeamCreate, device: AdminDevice, conn: Conn,
                clock: ClockDep) -> TeamOut:
    return admin.create_team(conn, body.name, actor=device.username, now=clock.now_ms())


# -- devices, cases and sync health ----------------------------------------------------------

@router.get("/admin/devices", response_model=list[DeviceOut], tags=["admin"],
            responses=ADMIN_ERRORS)
def list_devices(device: AdminDevice, conn: Conn) -> list[DeviceOut]:
    """Devices with their user, last seen, push and pull, outbox lag, version, revocation."""
    return admin.list_devices(conn)


@router.post("/admin/devices/{device_id}/revoke", response_model=DeviceOut, tags=["admin"],
             responses=ADMIN_ERRORS)
def revoke_device(device_id: IdPath, device: AdminDevice, conn: Conn,
                  clock: ClockDep) -> DeviceOut:
    """Revoke a device: its next request gets 401 revoked, and it wipes its workspace."""
    return admin.revoke(conn, device_id, actor=device.username, now=clock.now_ms())


@router.post("/admin/cases/{case_id}/reassign", response_model=RecordOut, tags=["admin"],
             responses=ADMIN_ERRORS)
def reassign_case(case_id: IdPath, body: ReassignRequest, device: AdminDevice,
                  engine: EngineDep, clock: ClockDep) -> RecordOut:
    """Assign a case to another user (and team); devices that lose it are told to evict it."""
    # The engine, not Conn: admin.reassign commits the change on its own (see there).
    return admin.reassign(engine, case_id, body.assigned_to, body.team,
                          actor=device.username, now=clock.now_ms())


@router.get("/admin/sync-health", response_model=SyncHealth, tags=["admin"],
            responses=ADMIN_ERRORS)
def sync_health(device: AdminDevice, conn: Conn) -> SyncHealth:
    """Per device: last push and pull, reported outbox lag, open conflicts, quarantined ops."""
    return admin.sync_health(conn)


@router.get("/admin/conflicts", response_model=list[ConflictOut], tags=["admin"],
            responses=ADMIN_ERRORS)
def open_conflicts(device: AdminDevice, conn: Conn) -> list[ConflictOut]:
    """Open conflict records: case, record, field and who made each side."""
    return admin.list_conflicts(conn)


@router.get("/admin/quarantine", response_model=list[QuarantineOut], tags=["admin"],
            responses=ADMIN_ERRORS)
def list_quarantine(device: AdminDevice, conn: Conn,
                    status: Literal["open", "reviewed"] | None = None) -> list[QuarantineOut]:
    return admin.list_quarantine(conn, status)


@router.post("/admin/quarantine/{item_id}/review", response_model=QuarantineOut,
             tags=["admin"], responses=ADMIN_ERRORS)
def review_quarantine(item_id: Annotated[str, Path(pattern=r"^[A-Za-z0-9-]{1,36}$")],
                      device: AdminDevice, conn: Conn, clock: ClockDep,
                      body: QuarantineReview | None = None) -> QuarantineOut:
    """Mark a quarantined change as reviewed, resolved or dismissed (the audit keeps which;
    without a body, dismissed); it stays on record."""
    outcome = (body or QuarantineReview()).outcome
    return admin.review_quarantine(conn, item_id, outcome=outcome, actor=device.username,
                                   now=clock.now_ms())


# -- forms, providers, audit -----------------------------------------------------------------

@router.post("/admin/forms", response_model=PublishedForm, status_code=201, tags=["admin"],
             responses=ADMIN_ERRORS)
def publish_form(body: FormPublish, device: AdminDevice, conn: Conn,
                 clock: ClockDep) -> PublishedForm:
    """Publish a form version: checked by the forms engine; the version must be the highest."""
    return admin.publish_form(conn, body.definition, actor=device.username,
                              now=clock.now_ms())


def parsed_upload(request: Request, raw: RequestBody) -> DirectoryUpload:
    """The upload, read and parsed before the route's transaction begins."""
    try:
        return read_upload(raw, request.headers.get("content-type"))
    except InvalidDirectory as exc:
        raise ApiError(422, "invalid_directory", exc.problems) from None
    except UnsupportedUpload:
        raise ApiError(415, "unsupported_media_type", "Upload HSDS JSON (application/json), "
                       "the CSV data package zipped (application/zip), or one CSV file "
                       "(text/csv): services.csv, organizations.csv or a plain list of "
                       "providers.") from None


ParsedUpload = Annotated[DirectoryUpload, Depends(parsed_upload)]

_UPLOAD_BODY: dict[str, Any] = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"type": "object", "description":
                                    "HSDS 3.0 JSON: an organization, service or "
                                    "service_at_location, a list of them, or a page"}},
    "application/zip": {"schema": {"type": "string", "format": "binary", "description":
                                   "the HSDS CSV data package, zipped"}},
    "text/csv": {"schema": {"type": "string", "description":
                            "one HSDS table (services.csv or organizations.csv), or a plain "
                            "list of providers: a name column and any of organization, "
                            "services, description, phone, email, address, id"}},
}}}


@router.post("/admin/providers/import", response_model=ImportResult, tags=["admin"],
             openapi_extra=_UPLOAD_BODY,
             responses=ADMIN_ERRORS)
def import_providers(device: AdminDevice, upload: ParsedUpload, conn: Conn,
                     clock: ClockDep) -> ImportResult:
    """Import the service directory (HSDS, or a plain CSV); providers are matched by hsds_id
    on re-import. The report lists each provider created, updated, unchanged or left out."""
    return admin.import_providers(conn, upload, actor=device.username, now=clock.now_ms())


@router.get("/admin/audit", response_model=AuditPage, tags=["admin"],
            responses=ADMIN_ERRORS)
def audit_log(device: AdminDevice, conn: Conn,
              actor: Annotated[str | None, Query(max_length=64, pattern=ONE_LINE)] = None,
              user: Annotated[str | None, Query(max_length=64, pattern=ONE_LINE)] = None,
              case_id: Annotated[str | None, Query(pattern=UUID_PATTERN)] = None,
              action: Annotated[str | None, Query(max_length=64, pattern=ONE_LINE)] = None,
              since: datetime | None = None, until: datetime | None = None,
              limit: Annotated[int, Query(ge=1, le=500)] = 100,
              offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> AuditPage:
    """The server's audit log, newest first: filter by actor (who did it), user (who did it
    or whom it was about), case, action and time (since <= at < until); page with limit and
    offset."""
    return admin.query_audit(conn, actor=actor, user=user, case_id=case_id, action=action,
                             since=admin.iso(since) if since else None,
                             until=admin.iso(until) if until else None,
                             limit=limit, offset=offset)


# -- retention (issue 15, item 4) ------------------------------------------------------------

@router.get("/admin/retention", response_model=RetentionPolicy, tags=["admin"],
            responses=ADMIN_ERRORS)
def retention_policy(device: AdminDevice, conn: Conn) -> RetentionPolicy:
    """The organisation's retention: days a closed case stays on devices, years before it
    is archived on the server."""
    return retention.read_policy(conn)


@router.put("/admin/retention", response_model=RetentionPolicy, tags=["admin"],
            responses=ADMIN_ERRORS)
def set_retention_policy(body: RetentionPolicy, device: AdminDevice, conn: Conn,
                         clock: ClockDep) -> RetentionPolicy:
    """Change the retention (audited); devices apply it at their next pull."""
    return retention.set_policy(conn, body, actor=device.username, now=clock.now_ms())


@router.post("/admin/retention/run", response_model=RetentionReport, tags=["admin"],
             responses=ADMIN_ERRORS)
def run_retention(device: AdminDevice, engine: EngineDep, clock: ClockDep) -> RetentionReport:
    """Run retention now (it also runs by itself every `retention_interval_s`)."""
    return retention.run_retention(engine, clock.now_ms())


@router.get("/admin/cases/archived", response_model=list[ArchivedCase], tags=["admin"],
            responses=ADMIN_ERRORS)
def archived_cases(device: AdminDevice, conn: Conn) -> list[ArchivedCase]:
    """The cases archived by retention, oldest archived first."""
    return retention.list_archived(conn)


@router.post("/admin/cases/{case_id}/restore", response_model=ArchivedCase, tags=["admin"],
             responses=ADMIN_ERRORS)
def restore_case(case_id: IdPath, device: AdminDevice, conn: Conn,
                 clock: ClockDep) -> ArchivedCase:
    """Restore an archived case: it reaches the devices in its scope at their next pull,
    and its retention counts again from now (audited)."""
    return retention.restore_case(conn, case_id, actor=device.username, now=clock.now_ms())


# -- a person's data: subject access and erasure (docs/server.md, "A person's data") ------------

@router.get("/admin/people/{person_id}/subject-access", response_model=SubjectAccess,
            tags=["admin"], responses=ADMIN_ERRORS)
def subject_access(person_id: IdPath, device: AdminDevice, conn: Conn,
                   clock: ClockDep) -> SubjectAccess:
    """Everything the server holds about one person: their record, household, cases, the
    records of those cases that concern them, and the audit entries about these (audited)."""
    return subjects.subject_access(conn, person_id, actor=device.username, now=clock.now_ms())


@router.get("/admin/erasures", response_model=list[ErasureOut], tags=["admin"],
            responses=ADMIN_ERRORS)
def list_erasures(device: AdminDevice, conn: Conn) -> list[ErasureOut]:
    """Erasure requests, newest first: requested, erased or cancelled."""
    return subjects.list_erasures(conn)


@router.post("/admin/erasures", response_model=ErasureOut, status_code=201, tags=["admin"],
             responses=ADMIN_ERRORS)
def request_erasure(body: ErasureRequest, device: AdminDevice, conn: Conn,
                    clock: ClockDep) -> ErasureOut:
    """Ask for a person's records to be erased; another administrator approves it."""
    return subjects.request_erasure(conn, body.person_id, actor=device.username,
                                    now=clock.now_ms())


@router.post("/admin/erasures/{erasure_id}/approve", response_model=ErasureOut,
             tags=["admin"], responses=ADMIN_ERRORS)
def approve_erasure(erasure_id: IdPath, device: AdminDevice, conn: Conn,
                    clock: ClockDep) -> ErasureOut:
    """Approve another administrator's request: the records are erased now, and every
    device erases them at its next sync (403 for the one who asked)."""
    return subjects.approve_erasure(conn, erasure_id, actor=device.username,
                                    now=clock.now_ms())


@router.post("/admin/erasures/{erasure_id}/cancel", response_model=ErasureOut,
             tags=["admin"], responses=ADMIN_ERRORS)
def cancel_erasure(erasure_id: IdPath, device: AdminDevice, conn: Conn,
                   clock: ClockDep) -> ErasureOut:
    """Withdraw a request not carried out yet."""
    return subjects.cancel_erasure(conn, erasure_id, actor=device.username,
                                   now=clock.now_ms())
