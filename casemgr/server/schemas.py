"""Request and response models of the admin API (the client's models live in sync.protocol)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, JsonValue, StringConstraints

from casemgr.sync.protocol import Model, UserName, Uuid

RoleName = Literal["caseworker", "supervisor", "admin"]
# A team name is shown in lists and matched exactly: one line, no padding.
_ONE_LINE = r"^[^\s\x00-\x1f\x7f](?:[^\x00-\x1f\x7f]*[^\s\x00-\x1f\x7f])?$"
TeamName = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=_ONE_LINE)]
Password = Annotated[str, StringConstraints(min_length=1, max_length=1024)]


# -- users and teams -------------------------------------------------------------------------

class UserOut(Model):
    id: Uuid
    username: UserName
    role: RoleName
    teams: list[str]
    active: bool
    created_at: str
    password_reset_at: str | None
    devices: int  # registered devices not revoked


class UserCreate(Model):
    username: UserName
    role: RoleName
    password: Password
    teams: Annotated[list[TeamName], Field(max_length=50, default_factory=list)]


class UserUpdate(Model):
    """Only what is given changes; `teams` replaces the user's teams."""

    role: RoleName | None = None
    teams: Annotated[list[TeamName], Field(max_length=50)] | None = None
    active: bool | None = None


class PasswordReset(Model):
    password: Password


class TeamOut(Model):
    id: Uuid
    name: str
    created_at: str
    members: int


class TeamCreate(Model):
    name: TeamName


# -- devices and sync health -----------------------------------------------------------------

class DeviceOut(Model):
    id: Uuid
    name: str
    username: str
    registered_at: str
    last_seen_at: str | None
    last_push_at: str | None
    last_pull_at: str | None
    outbox_lag: int | None  # ops waiting on the device, as it last reported
    client_version: str | None
    revoked: bool
    revoked_at: str | None


class DeviceSyncHealth(Model):
    device_id: Uuid
    device_name: str
    username: str
    revoked: bool
    last_seen_at: str | None
    last_push_at: str | None
    last_pull_at: str | None
    outbox_lag: int | None
    open_conflicts: int  # conflicts this device's pushes raised that are still open
    quarantined: int  # this device's ops in quarantine, not yet reviewed


class SyncHealth(Model):
    devices: list[DeviceSyncHealth]
    open_conflicts: int
    quarantined: int


class ConflictOut(Model):
    """Where a conflict is and who made each side; the values stay in the case file."""

    id: Uuid
    case_id: Uuid | None
    record_id: str
    record_type: str
    field: str
    server_by: str | None
    server_at: str | None
    client_by: str | None
    client_at: str | None
    created_at: str


class QuarantineOut(Model):
    """A quarantined op without its values: which record, which fields, and why."""

    id: str
    device_id: str
    username: str
    case_id: str | None
    reason: str
    created_at: str
    status: Literal["open", "reviewed"]
    op_id: str | None
    record_id: str | None
    record_type: str | None
    kind: str | None
    fields: list[str]


# -- cases, forms, providers, audit ----------------------------------------------------------

class ReassignRequest(Model):
    assigned_to: UserName
    team: TeamName | None = None


class FormPublish(Model):
    definition: dict[str, JsonValue]


class ImportResult(Model):
    format: Literal["json", "csv"]
    providers: int  # providers in the upload
    created: int
    updated: int
    unchanged: int
    closed: int  # inactive or defunct services left out


class AuditEntry(Model):
    id: int
    at: str
    actor: str
    action: str
    target: str | None
    detail: JsonValue


class AuditPage(Model):
    entries: list[AuditEntry]
    total: int
    next_offset: int | None
