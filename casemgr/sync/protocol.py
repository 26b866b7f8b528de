"""The sync wire format (DESIGN.md section 6), one definition for client and server.

Pydantic models validate both ways: the server refuses a malformed body with a 4xx before
anything is written, and the client refuses a malformed answer before applying anything.
Imports only pydantic and casemgr.domain, so the server can use it without the client.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, StringConstraints

from casemgr.domain.records import RecordType

PROTOCOL_VERSION = 2
# The server accepts the current version and the one before it; others get upgrade_required.
# N and N-1; versions start at 1, so 0 (never released) is not one of them.
SUPPORTED_PROTOCOLS = frozenset(v for v in (PROTOCOL_VERSION, PROTOCOL_VERSION - 1) if v >= 1)
# Version 2 added personal records (no case, for their audience only: a supervision session,
# a task agreed in one). A client of version 1 does not know the record type `supervision`
# and would refuse a whole page holding one, so it is sent no personal record; once it
# speaks version 2 it is sent those it missed (docs/sync.md, "Personal records").
PERSONAL_RECORDS_SINCE = 2

# Requests without a JSON body (GET, or POST with nothing to send) say who is asking here.
HEADER_PROTOCOL_VERSION = "X-Casemgr-Protocol-Version"
HEADER_CLIENT_VERSION = "X-Casemgr-Client-Version"
HEADER_DEVICE_ID = "X-Casemgr-Device-Id"

MAX_OPS_PER_PUSH = 500
MAX_PULL_LIMIT = 1000
DEFAULT_PULL_LIMIT = 500
CHUNK_SIZE = 1024 * 1024  # attachments travel in 1 MiB chunks

Uuid = Annotated[str, StringConstraints(
    pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
Sha256Hex = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
UserName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")]
ShortText = Annotated[str, StringConstraints(max_length=200)]
FieldName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
Base64Key = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9+/]{43}=$")]  # 32 bytes


class Model(BaseModel):
    """Strict models: unknown keys are refused, so a typo is an error, not a silent default."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ClientInfo(Model):
    """What every request says about the client."""

    protocol_version: int
    client_version: ShortText
    device_id: Uuid


# -- accounts ----------------------------------------------------------------------------------

class LoginRequest(ClientInfo):
    username: UserName
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]
    device_name: ShortText = ""
    # First login: the device's data key, kept by the server encrypted under its escrow key.
    escrow_key: Base64Key | None = None
    # After a lockout or a password reset: ask for the escrowed key back.
    want_key: bool = False


class EscrowRequest(ClientInfo):
    """A signed-in device's data key after a key rotation, to replace the one escrowed."""

    escrow_key: Base64Key


# -- deliberate acts recorded on a device: exports and prints (issue 12) ----------------------

MAX_AUDIT_EVENTS = 100  # per request
# The device's audit entries the server is told of: data that left the encrypted store (an
# export; a case summary saved as a PDF or printed, redacted or not; an assessment printed).
AUDITED_EVENTS = ("export", "print", "summary_pdf", "summary_pdf_redacted", "summary_print",
                  "summary_print_redacted")
# A detail holds codes and counts only: plain ASCII words, whole numbers, yes/no.
DetailText = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9 _.,:;@()+/-]{0,200}$")]
DetailValue = bool | Annotated[int, Field(ge=-(2**53), le=2**53)] | DetailText | Annotated[
    dict[FieldName, Annotated[int, Field(ge=0, le=2**53)]], Field(max_length=20)]


class AuditEvent(Model):
    """One entry of a device's audit chain that the server's audit log keeps too: an export
    or a print (the data left the encrypted store). Its detail is metadata only (format,
    tables, row counts, scope, de-identified or not), never case data."""

    seq: Annotated[int, Field(ge=1, le=2**53)]  # the entry's number in the device's chain
    at: Annotated[str, StringConstraints(pattern=r"^[0-9T:.+Z-]{1,40}$")]
    action: Literal["export", "print", "summary_pdf", "summary_pdf_redacted", "summary_print",
                    "summary_print_redacted"]
    record_id: Uuid | None = None
    record_type: RecordType | None = None
    detail: Annotated[dict[FieldName, DetailValue], Field(max_length=20)] = {}


class AuditEventsRequest(ClientInfo):
    events: Annotated[list[AuditEvent], Field(max_length=MAX_AUDIT_EVENTS)]


# A case file opened on a device, or a decrypted copy of one of its attachments saved: who
# looked at a case (issue 15, the access log). They go to their own endpoint
# (POST /sync/access), not with the exports and prints, so that a server older than them
# answers 404 and they wait (it would refuse a whole /sync/audit request naming an action
# it does not know).
ACCESS_EVENTS = ("open_case", "open_attachment")
# What a case's access log shows: the opens, and each way its data left a device.
CASE_ACCESS_ACTIONS = (*ACCESS_EVENTS, *AUDITED_EVENTS)


class AccessEvent(Model):
    """One entry of a device's audit chain saying its user opened a case file or saved a
    decrypted copy of one of its attachments: the record, nothing of what it holds."""

    seq: Annotated[int, Field(ge=1, le=2**53)]  # the entry's number in the device's chain
    at: Annotated[str, StringConstraints(pattern=r"^[0-9T:.+Z-]{1,40}$")]
    action: Literal["open_case", "open_attachment"]
    record_id: Uuid
    record_type: RecordType


class AccessEventsRequest(ClientInfo):
    events: Annotated[list[AccessEvent], Field(max_length=MAX_AUDIT_EVENTS)]


class CaseAccessEntry(Model):
    """Someone opened, printed or exported a case (or a record of it), on a device."""

    id: int  # the server's audit entry
    at: str  # when, by the device's clock (the server learns of it at the next sync)
    actor: str
    action: str  # one of CASE_ACCESS_ACTIONS
    record_type: str | None  # the record opened or printed: the case, an assessment, ...
    device_id: str | None
    # metadata only: an export's format and whether it was de-identified, never case data
    detail: dict[str, JsonValue]


class CaseAccessLog(Model):
    """Who looked at a case and when, newest first (GET /api/v1/cases/{case_id}/access)."""

    case_id: str
    entries: list[CaseAccessEntry]
    total: int  # entries in all; `entries` holds the newest `limit` of them


class RefreshRequest(ClientInfo):
    refresh_token: Annotated[str, StringConstraints(min_length=20, max_length=200)]


class UserInfo(Model):
    username: UserName
    role: Literal["caseworker", "supervisor", "admin"]
    teams: list[ShortText]
    active: bool = True


class Lease(Model):
    """What lets a device unlock offline: signed by the server, checked by the client."""

    user: UserName
    device_id: Uuid
    role: Literal["caseworker", "supervisor", "admin"]
    teams: list[ShortText]
    issued_at: str
    not_after: str
    server_time: str
    min_client_version: ShortText


class SignedLease(Model):
    lease: Lease
    signature: str  # base64 Ed25519 signature of the lease's canonical JSON


# A removal's `case_id` for the whole workspace: the device was revoked or its user deactivated.
REVOKED = "revoked"
REMOVAL_PURPOSE: Literal["casemgr-removal-v1"] = "casemgr-removal-v1"


class Removal(Model):
    """An order to delete data from one device, signed by the server's lease key: one case
    that left the device's scope, or the whole workspace (`case_id` REVOKED). The device
    deletes nothing on an order its server's key did not sign (docs/sync.md, "Removals").

    `purpose` keeps these signatures apart from the lease's; `nonce` ties an eviction to the
    pull that carried it ("<epoch>:<cursor>", so an old one replayed later does not match)
    and is random for a revocation, whose `time` the device checks instead."""

    purpose: Literal["casemgr-removal-v1"] = REMOVAL_PURPOSE
    device_id: Uuid
    case_id: Uuid | Literal["revoked"]
    time: str
    nonce: Annotated[str, StringConstraints(min_length=1, max_length=100)]


class SignedRemoval(Model):
    removal: Removal
    signature: str  # base64 Ed25519 signature of the removal's canonical JSON


ERASURE_PURPOSE: Literal["casemgr-erasure-v1"] = "casemgr-erasure-v1"
MAX_ERASED_IDS = 100_000


class Erasure(Model):
    """An order to erase a person's records from one device, signed by the server's lease
    key like a Removal (its own `purpose`, so neither signature stands for the other): the
    record ids erased on the server (the person, the records only about them, whole cases
    when nothing of them was about anyone else) and the cases among them. Ids only: the
    order says nothing about the person. A device deletes those it holds and ignores the
    rest (docs/sync.md, "Erasure")."""

    purpose: Literal["casemgr-erasure-v1"] = ERASURE_PURPOSE
    device_id: Uuid
    erasure_id: Uuid
    record_ids: Annotated[list[Uuid], Field(max_length=MAX_ERASED_IDS)]
    case_ids: Annotated[list[Uuid], Field(max_length=MAX_ERASED_IDS)]
    time: str
    nonce: Annotated[str, StringConstraints(min_length=1, max_length=100)]


class SignedErasure(Model):
    erasure: Erasure
    signature: str  # base64 Ed25519 signature of the erasure's canonical JSON


def eviction_nonce(epoch: str, cursor: int) -> str:
    """The nonce of the evictions a pull from `cursor` in `epoch` carries."""
    return f"{epoch}:{cursor}"


def canonical_json(model: BaseModel) -> bytes:
    """The bytes a signature covers: JSON with sorted keys, no spaces, ASCII only."""
    return json.dumps(model.model_dump(mode="json"), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=True).encode("ascii")


class Tokens(Model):
    access_token: str
    refresh_token: str
    access_expires_at: str
    refresh_expires_at: str


class LoginResponse(Model):
    tokens: Tokens
    user: UserInfo
    lease: SignedLease
    epoch: str
    server_public_key: str  # base64 raw Ed25519 public key, to verify leases offline
    escrowed_key: Base64Key | None = None


class ServerInfo(Model):
    protocol_versions: list[int]
    server_version: str
    epoch: str
    server_public_key: str
    server_time: str


# -- push ----------------------------------------------------------------------------------------

class FieldChange(Model):
    base: JsonValue = None
    value: JsonValue = None


class Op(Model):
    """One local change, as the outbox holds it."""

    op_id: Uuid
    client_seq: Annotated[int, Field(ge=1)]
    record_id: Uuid
    record_type: RecordType
    case_id: Uuid | None
    kind: Literal["create", "update", "delete"]
    base_rev: Annotated[int, Field(ge=0)]
    changes: dict[FieldName, FieldChange]
    hlc: Annotated[str, StringConstraints(max_length=100)]
    created_at: Annotated[str, StringConstraints(max_length=40)]


class PushRequest(ClientInfo):
    client_seq_from: Annotated[int, Field(ge=1)]
    ops: Annotated[list[Op], Field(max_length=MAX_OPS_PER_PUSH)]
    audit_head: Sha256Hex | None = None
    # ops still waiting on the device once this push is answered
    outbox_lag: Annotated[int, Field(ge=0)] | None = None
    # The epoch the device last synced with. Another epoch means the server was restored
    # from a backup and lost the device's latest ops: it accepts the gap instead of wedging.
    # (The server makes them as UUIDs; printable ASCII here, so that nothing a database
    # refuses, a NUL say, gets as far as the query that looks the epoch up.)
    epoch: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._:-]{1,64}$")] | None = None


OpStatus = Literal["applied", "merged", "conflict", "rejected"]


class OpResult(Model):
    op_id: Uuid
    client_seq: int
    status: OpStatus
    rev: int  # the record's revision after the op (unchanged when rejected)
    seq: int | None = None  # the server change sequence that carries it, if any
    reason: str | None = None  # why rejected, in words a caseworker can act on
    conflicts: list[Uuid] = []  # ids of the conflict records written


class PushResponse(Model):
    results: list[OpResult]
    epoch: str


# -- pull ----------------------------------------------------------------------------------------

# The name of a withheld value: a field (`hiv_status`), an answer (`answers.<question>`), a
# conflict's value (`server_value`, `server_value.<question>`): casemgr.domain.restricted.
WithheldName = Annotated[str, StringConstraints(
    pattern=r"^[a-z][a-z0-9_]{0,63}(\.[a-z][a-z0-9_]{0,63})?$")]


def _nothing_withheld(value: list[str]) -> bool:
    return not value


class RecordOut(Model):
    id: Uuid
    type: RecordType
    case_id: Uuid | None
    fields: dict[str, JsonValue]
    rev: int
    seq: int
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str
    deleted: bool
    # Restricted values the device's user may not read, left out of `fields` by the server
    # (docs/sync.md, "Restricted fields"). Sent only when there are some: a client older than
    # the key never sees it unless a value is withheld from it (it then refuses the page, so
    # never shows a withheld value as a blank).
    withheld: list[WithheldName] = Field(default_factory=list, exclude_if=_nothing_withheld)


class Catalog(Model):
    """What a device downloads besides records, by version: it fetches the published forms,
    the directory or a new lease only when these changed (docs/sync.md, "Only what
    changed"). Digests of the server's current state, not counters: nothing can forget to
    bump them."""

    forms: ShortText  # the published form versions
    directory: ShortText  # users with their roles, teams and whether active; the teams
    min_client_version: ShortText  # the lease carries it: a change needs a new lease


class PullResponse(Model):
    records: list[RecordOut]
    # Cases that left this device's scope, each a signed Removal: push what you have for
    # them, then purge them.
    evict: list[SignedRemoval]
    next_cursor: int
    has_more: bool
    epoch: str
    # On the last page of a pull that asked for it (`with_catalog`); an older server, or a
    # client that does not ask, goes without (and an older client never sees the key).
    catalog: Catalog | None = None
    # Erasures of a person's records since the cursor, each signed for this device with the
    # evictions' nonce. Sent only when there is one (an older client refuses the key).
    erase: list[SignedErasure] = []
    # On the last page of a pull that asked for it (`with_notices`): the break-glass notices
    # still open for the user, whole (the Approvals page). A client that does not ask (an
    # older one) never sees the key; an older server never sends it (None: not said).
    notices: list[GlassNotice] | None = None

    @property
    def evicted(self) -> list[str]:
        """The case ids the page evicts, as the server says (signatures not checked)."""
        return [e.removal.case_id for e in self.evict]


class WaitResponse(Model):
    """The answer of a live-update wait: whether the device's scope has news (then pull);
    `cursor`: up to where the server looked."""

    changed: bool
    cursor: int


# How long a live-update wait lasts at most: below the idle timeout of common proxies (60 s).
MAX_WAIT_S = 25


class QuarantinedChange(Model):
    """A refused change, kept for its author and the case's supervisor to act on."""

    id: Uuid
    username: UserName
    case_id: Uuid | None
    op: Op
    reason: str
    created_at: str
    status: str  # open | reviewed
    # Restricted values of the op the viewer may not read, left out of `op.changes`.
    withheld: list[WithheldName] = Field(default_factory=list, exclude_if=_nothing_withheld)


class QuarantineResponse(Model):
    changes: list[QuarantinedChange]


# -- attachments -------------------------------------------------------------------------------

class AttachmentInit(ClientInfo):
    sha256: Sha256Hex  # of the ciphertext
    size: Annotated[int, Field(ge=0, le=2 * 1024**3)]
    record_id: Uuid


class AttachmentStatus(Model):
    sha256: Sha256Hex
    size: int
    chunk_size: int
    missing: list[int]
    complete: bool


# -- downloads every signed-in device needs -------------------------------------------------

class PublishedForm(Model):
    """A form definition as published by an admin; the client checks it with the forms engine."""

    form_id: str
    version: int
    published_at: str
    definition: dict[str, JsonValue]


class FormsResponse(Model):
    forms: list[PublishedForm]  # every published version, by form id then version


class DirectoryResponse(Model):
    """Whom a case can be assigned or referred to: the users and the teams."""

    users: list[UserInfo]
    teams: list[str]


# -- the admin API (/api/v1/admin/..., administrators only) --------------------------------------
# The desktop's admin console sends and reads these too: one definition, checked both ways.

RoleName = Literal["caseworker", "supervisor", "admin"]
# A team name is shown in lists and matched exactly: one line, no padding.
_ONE_LINE = r"^[^\s\x00-\x1f\x7f](?:[^\x00-\x1f\x7f]*[^\s\x00-\x1f\x7f])?$"
TeamName = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=_ONE_LINE)]
Password = Annotated[str, StringConstraints(min_length=1, max_length=1024)]


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


class DeviceOut(Model):
    id: Uuid
    name: str
    username: str
    registered_at: str
    last_seen_at: str | None
    last_push_at: str | None
    last_pull_at: str | None
    outbox_lag: int | None  # ops waiting on the device when it last pushed
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


class QuarantineReview(Model):
    """How an administrator closed a quarantined change: its cause was put right
    ("resolved": the user was given the team, the change made again) or nothing is to be
    done ("dismissed"). Either way it stays on record, reviewed; the audit keeps which."""

    outcome: Literal["resolved", "dismissed"] = "dismissed"


class ReassignRequest(Model):
    assigned_to: UserName
    team: TeamName | None = None


class FormPublish(Model):
    definition: dict[str, JsonValue]


ImportOutcome = Literal["created", "updated", "unchanged", "closed", "refused"]


class ImportLine(Model):
    """One provider of an import (or one row refused), for the report an admin reads."""

    outcome: ImportOutcome
    name: str  # the provider's name ("" for a refused row that has none)
    hsds_id: str | None
    where: str | None = None  # a refused row: "line 4"
    reason: str | None = None  # a refused row: why; a closed service: its status


class ImportResult(Model):
    format: Literal["json", "csv", "plain_csv"]
    providers: int  # providers in the upload
    created: int
    updated: int
    unchanged: int
    closed: int  # inactive or defunct services left out
    refused: int  # rows of a plain CSV left out, each with its reason in `lines`
    lines: list[ImportLine]
    ignored_columns: list[str]  # columns of a plain CSV that name no provider field


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


# -- errors --------------------------------------------------------------------------------------

# -- subject access and erasure (docs/server.md, "A person's data") ------------------------------

class SubjectAccess(Model):
    """Everything the server holds about one person: their person record, their household,
    the cases of the household, the records of those cases that concern them (those naming
    them, and those naming no person: the case's plan, tasks, notes), and the server's audit
    entries about any of these. Other people's records are left out; attachments come as
    their description (the file key is not given)."""

    person_id: Uuid
    produced_at: str
    produced_by: str
    person: RecordOut
    family: RecordOut | None
    cases: list[RecordOut]
    records: list[RecordOut]
    audit: list[AuditEntry]


ErasureStatus = Literal["requested", "erased", "cancelled"]


class ErasureRequest(Model):
    person_id: Uuid


class ErasureOut(Model):
    """An erasure: requested by one admin, carried out when a different admin approves. Ids
    and counts only (what was erased is gone)."""

    id: Uuid
    person_id: str
    status: ErasureStatus
    requested_by: str
    requested_at: str
    approved_by: str | None
    approved_at: str | None
    records: int  # erased (known once approved)
    cases: int  # cases erased whole
    files: int  # attachment files erased


class ErrorBody(Model):
    """Every 4xx answer: `error` for code, `detail` for people, `reason` for clients to act on."""

    error: str
    detail: Any = None
    reason: Literal["revoked", "upgrade_required", "gap", "rate_limited", "expired",
                    "unknown_epoch"] | None = None
    # With reason "revoked": the signed order to wipe (absent where the server cannot say
    # which device, e.g. a first login of a deactivated user).
    revocation: SignedRemoval | None = None


# -- break-glass and retention (issue 15, items 3 and 4) --------------------------------------

# Why someone opens a case outside their caseload: a code from this list (the desktop shows
# the words, translated), and always a few words of their own.
BREAK_GLASS_REASONS = {
    "immediate_risk": "A child is at immediate risk",
    "covering_colleague": "Covering for an absent colleague",
    "out_of_hours": "Out-of-hours emergency call",
    "official_request": "Request from police, court or hospital",
    "other": "Other (say why below)",
}
BreakGlassReason = Literal["immediate_risk", "covering_colleague", "out_of_hours",
                           "official_request", "other"]


class BreakGlassRequest(ClientInfo):
    """Open a case outside the user's scope for a limited time: by its number (or id), with
    a reason from the list and the user's own words."""

    case: Annotated[str, StringConstraints(min_length=1, max_length=64, strip_whitespace=True)]
    reason: BreakGlassReason
    note: Annotated[str, StringConstraints(min_length=3, max_length=500, strip_whitespace=True)]


class BreakGlassGrant(Model):
    """Access granted: the case reaches the device at its next pull, until `expires_at`;
    `told`: the supervisors (or admins) notified."""

    case_id: Uuid
    case_number: ShortText
    expires_at: Annotated[str, StringConstraints(max_length=40)]
    told: list[UserName]


class BreakGlassEnd(ClientInfo):
    """End a break-glass access before its time: the holder their own (`holder` None), a
    supervisor of the case's team or an admin anyone's (from the notice they got)."""

    case_id: Uuid
    holder: UserName | None = None


class BreakGlassEnded(Model):
    """The access ended (at the server's time): the holder's next pull evicts the case."""

    case_id: Uuid
    holder: UserName
    ended_at: Annotated[str, StringConstraints(max_length=40)]


class GlassNotice(Model):
    """A break-glass notice still open for the pulling user (a supervisor or admin the server
    told): the personal task it came as (`task_id`, a plain task on Today) and the grant
    whole, for the Approvals page; `ended_at`/`ended_by` when it was ended early."""

    task_id: Uuid
    grant_id: Uuid
    case_id: Uuid
    case_number: ShortText
    holder: UserName
    reason: BreakGlassReason
    note: Annotated[str, StringConstraints(max_length=500)]
    granted_at: Annotated[str, StringConstraints(max_length=40)]
    expires_at: Annotated[str, StringConstraints(max_length=40)]
    ended_at: Annotated[str, StringConstraints(max_length=40)] | None = None
    ended_by: UserName | None = None


class RetentionPolicy(Model):
    """Per organisation: closed cases leave devices `closed_days` after closure and are
    archived on the server `archive_years` after it."""

    closed_days: Annotated[int, Field(ge=1, le=3650)] = 30
    archive_years: Annotated[int, Field(ge=1, le=100)] = 7


class ArchivedCase(Model):
    case_id: Uuid
    case_number: ShortText
    closed_at: str | None
    archived_at: str | None


class RetentionReport(Model):
    """One run of retention: the cases that left devices, and those archived, by id."""

    departed: list[Uuid]
    archived: list[Uuid]
