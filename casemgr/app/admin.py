"""The administrator's console as use cases over the server's admin API: users, teams,
devices, sync health, forms, the service directory and the audit log (DESIGN.md 1, the admin
row), and a person's data: subject access and erasure. It works online only: every call is
one request through the workspace's `Transport` (retries, TLS, the session refreshed), run
off the UI thread by the caller.

What can go wrong comes back as an `AdminProblem` of a kind the caller acts on, in words an
administrator can act on and never with case data: the server cannot be reached, it had
trouble, the account may not, the session ended, this device was revoked, or the server (or
a check made here first) refused the input, with one message per field (`Refused.errors`).
The request and answer models are the server's own (casemgr.sync.protocol), so what is sent
is checked by the same definitions the server checks it with.
"""

from __future__ import annotations

import io
import json
import re
import secrets
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, TypeAdapter
from pydantic import ValidationError as PydanticValidationError

from casemgr.domain.clock import Clock, SystemClock
from casemgr.domain.forms import FormDefinitionError, parse_form
from casemgr.domain.text import msg
from casemgr.sync import protocol
from casemgr.sync.protocol import (
    ArchivedCase,
    AuditEntry,
    AuditPage,
    ConflictOut,
    DeviceOut,
    DeviceSyncHealth,
    ErasureOut,
    ImportLine,
    ImportResult,
    PublishedForm,
    QuarantineOut,
    RoleName,
    SubjectAccess,
    TeamOut,
    UserOut,
)
from casemgr.sync.transport import (
    CertificateRefused,
    NeedsLogin,
    Offline,
    RateLimited,
    Revoked,
    ServerTrouble,
    SyncError,
    Transport,
    UpgradeRequired,
)
from casemgr.sync.transport import Refused as RequestRefused

M = TypeVar("M", bound=BaseModel)
ROLES: tuple[RoleName, ...] = ("caseworker", "supervisor", "admin")
# A device that has not synced for this long is lagging: its user's work may not be on the
# server, and the server's changes not on the device.
LAGGING_AFTER = timedelta(days=3)
AUDIT_PAGE = 100
USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
CASE_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
USERNAME_RULE = msg("A user name is 1 to 64 letters, digits or . _ @ -, and starts with a letter "
                    "or a digit.")
# Temporary passwords: 16 characters without look-alikes (no 0/o, 1/l/i), in groups of four
# to read out over the phone: about 79 bits.
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


SECOND_ADMIN = msg("An erasure is approved by another administrator than the one who asked "
                   "for it: ask a colleague who is an administrator to approve it.")


# -- what can go wrong -------------------------------------------------------------------------

class AdminProblem(Exception):
    """An admin request that did not go through; the message says what to do."""


class ServerUnreachable(AdminProblem):
    """The server cannot be reached (no network, or its certificate is not trusted)."""


class ServerFailed(AdminProblem):
    """The server answered with trouble, or needs a newer casemgr: nothing was changed."""


class NotAllowed(AdminProblem):
    """The server says this account may not use the admin API (no longer an admin)."""


class SessionEnded(AdminProblem):
    """The session with the server ended: log in again (a sync asks for the password)."""


class DeviceRevoked(AdminProblem):
    """The server revoked this device: the next sync wipes the workspace."""


class Refused(AdminProblem):
    """Input the server (or a check here first) refused: `errors` has one message per field
    ("" for what belongs to no field)."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(" ".join(message for message in self.errors.values()))


def problem_of(exc: SyncError, server: str) -> AdminProblem:
    """A transport error as the kind of problem the admin console shows."""
    if isinstance(exc, Offline | CertificateRefused):
        why = str(exc) if isinstance(exc, CertificateRefused) else (
            msg("{server} cannot be reached from this computer now.", server=server))
        return ServerUnreachable(msg("Offline: the admin console needs the server. {why} "
                                     "Connect to the network, then press Refresh (F5).",
                                     why=why))
    if isinstance(exc, Revoked):
        return DeviceRevoked(msg("The server revoked this device: its workspace is wiped at the "
                                 "next sync."))
    if isinstance(exc, NeedsLogin):
        return SessionEnded(msg("Your session with the server has ended: log in again (Sync now "
                                "asks for your password), then try again."))
    if isinstance(exc, UpgradeRequired):
        return ServerFailed(str(exc))
    if isinstance(exc, RateLimited):
        return ServerFailed(msg("The server is busy: {detail}", detail=str(exc)))
    if isinstance(exc, ServerTrouble):
        return ServerFailed(msg("The server had a problem and changed nothing; try again in a few "
                                "minutes. If it goes on, tell your IT support."))
    if isinstance(exc, RequestRefused):
        if exc.status == 403:
            return NotAllowed(msg("The server refused: only an administrator may do this, and this "
                                  "account is not one on the server now."))
        return Refused(field_errors(exc.detail))
    return ServerFailed(msg("The server's answer could not be used; nothing was changed."))


def field_errors(detail: Any) -> dict[str, str]:
    """The server's refusal as {field: message}: a sentence belongs to no field (""); a list
    of {"loc", "msg"} (a request that failed its checks, a form or a directory file the
    server refused) is keyed by where each problem is."""
    if isinstance(detail, str):
        return {"": detail}
    errors: dict[str, str] = {}
    if isinstance(detail, dict):
        return {str(k): str(v) for k, v in detail.items()}
    if isinstance(detail, list):
        for problem in detail:
            if not isinstance(problem, dict):
                continue
            loc = problem.get("loc")
            parts = [str(p) for p in loc if p not in ("body", "query", "definition")] \
                if isinstance(loc, list) else [str(loc or "")]
            key = parts[0] if parts else ""
            message = str(problem.get("msg", ""))
            errors[key] = f"{errors[key]} {message}" if key in errors else message
    return errors or {"": msg("The server refused this.")}


# -- plain data for the views --------------------------------------------------------------------

@dataclass(frozen=True)
class NewPassword:
    """A temporary password the server now holds for `user`; shown once, kept nowhere."""

    user: UserOut
    password: str


@dataclass(frozen=True)
class DeviceRow:
    """A device with when it last synced and whether that is too long ago."""

    device: DeviceOut
    last_sync: str | None
    lagging: bool


@dataclass(frozen=True)
class SyncHealthView:
    devices: list[DeviceSyncHealth]  # lagging first, then by user
    lagging: frozenset[str]  # device ids
    conflicts: list[ConflictOut]
    quarantine: list[QuarantineOut]  # open, oldest first


@dataclass(frozen=True)
class RetentionView:
    """The retention tab: the policy and the archived cases."""

    policy: protocol.RetentionPolicy
    archived: list[ArchivedCase]


@dataclass(frozen=True)
class AuditFilter:
    """Which audit entries to show: by or about a user, about a case, from and to a day
    (the days of this computer's calendar, both included)."""

    user: str = ""
    case_id: str = ""
    since: date | None = None
    until: date | None = None

    def problem(self) -> str | None:
        """What the server would refuse in this filter, in words; None when nothing."""
        if self.case_id and not CASE_ID.match(self.case_id):
            return (msg("Case: give the case's id, 36 letters, digits and dashes (the Sync health "
                        "tab shows it; Audit of the case fills it in)."))
        if self.since and self.until and self.since > self.until:
            return msg("From is after To: no day is in between.")
        return None

    def params(self) -> dict[str, str]:
        params: dict[str, str] = {}
        if self.user:
            params["user"] = self.user
        if self.case_id:
            params["case_id"] = self.case_id
        if self.since is not None:
            params["since"] = _local_midnight(self.since)
        if self.until is not None:
            params["until"] = _local_midnight(self.until + timedelta(days=1))
        return params


def _local_midnight(day: date) -> str:
    return datetime.combine(day, time()).astimezone().isoformat()


@dataclass(frozen=True)
class DirectoryFile:
    """A service directory file ready to send: its bytes and their media type."""

    data: bytes
    content_type: str


def last_sync(device: DeviceOut | DeviceSyncHealth) -> str | None:
    """When the device last pushed or pulled (ISO UTC), or None if it never did."""
    times = [t for t in (device.last_push_at, device.last_pull_at) if t]
    return max(times) if times else None


def is_lagging(device: DeviceOut | DeviceSyncHealth, now: datetime) -> bool:
    """A device in use (not revoked) that has not synced for LAGGING_AFTER; one that never
    synced counts from when it signed in first (its registration, or its last contact)."""
    if device.revoked:
        return False
    since = last_sync(device) or (device.registered_at if isinstance(device, DeviceOut)
                                  else device.last_seen_at)
    try:
        return since is None or now - datetime.fromisoformat(since) > LAGGING_AFTER
    except ValueError:
        return True


def temporary_password() -> str:
    """A random password for an admin to hand over: xxxx-xxxx-xxxx-xxxx."""
    letters = "".join(secrets.choice(_ALPHABET) for _ in range(16))
    return "-".join(letters[i:i + 4] for i in range(0, 16, 4))


def user_problems(username: str, role: str, teams: Sequence[str]) -> dict[str, str]:
    """What is wrong with a new user before asking the server; {} when nothing."""
    problems: dict[str, str] = {}
    if not username:
        problems["username"] = msg("Give the user a name to sign in with.")
    elif not USERNAME.match(username):
        problems["username"] = USERNAME_RULE
    if role not in ROLES:
        problems["role"] = msg("Choose a role.")
    elif role != "admin" and not teams:
        # The server gives a new case one of its author's teams, and a supervisor sees their
        # teams' cases: without a team, a caseworker's cases would reach no supervisor.
        problems["teams"] = (
            msg("A supervisor needs a team: their cases go to its supervisor.")
            if role == "supervisor"
            else msg("A caseworker needs a team: their cases go to its supervisor."))
    return problems


# -- reading files -----------------------------------------------------------------------------

def read_form_file(path: Path) -> dict[str, Any]:
    """A form definition file, checked by the forms engine as the server will check it."""
    try:
        definition = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise Refused({"file": msg("The file could not be read ({why}).",
                                   why=exc.strerror or "error")}) \
            from None
    except UnicodeDecodeError:
        raise Refused({"file": msg("The file is not UTF-8 text; a form definition is JSON.")}) \
            from None
    except json.JSONDecodeError as exc:
        raise Refused({"file": msg("The file is not valid JSON: {problem} (line {line}, "
                                   "column {column}).", problem=exc.msg, line=exc.lineno,
                                   column=exc.colno)}) from None
    if not isinstance(definition, dict):
        raise Refused({"file": msg("A form definition is one JSON object ({ … }), not a list or a "
                                   "single value.")})
    try:
        parse_form(definition)
    except FormDefinitionError as exc:
        raise Refused({exc.where or "definition": exc.problem}) from None
    return definition


def read_directory_file(path: Path) -> DirectoryFile:
    """HSDS JSON (.json), the HSDS CSV data package (a folder of CSV files, or their .zip),
    or one CSV file (an HSDS table, or a plain list of providers)."""
    media = {".json": "application/json", ".zip": "application/zip", ".csv": "text/csv"}
    try:
        if path.is_dir():
            tables = sorted(p for p in path.iterdir() if p.suffix.lower() == ".csv")
            if not tables:
                raise Refused({"file": msg("The folder {folder} holds no CSV files: choose the "
                                           "folder of an HSDS CSV data package (services.csv, "
                                           "organizations.csv, …).", folder=path.name)})
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                for table in tables:
                    archive.write(table, table.name)
            return DirectoryFile(buffer.getvalue(), "application/zip")
        content_type = media.get(path.suffix.lower())
        if content_type is None:
            raise Refused({"file": msg("Choose an HSDS JSON file (.json), an HSDS CSV data package "
                                       "(its folder, or a .zip of it) or a CSV file of providers "
                                       "(.csv).")})
        return DirectoryFile(path.read_bytes(), content_type)
    except OSError as exc:
        raise Refused({"file": msg("{file} could not be read ({why}).", file=path.name,
                                   why=exc.strerror or "error")}) \
            from None


# -- the console ---------------------------------------------------------------------------------

class AdminConsole:
    """The admin API for one signed-in admin workspace (its transport). Each method is one or
    two requests; call it off the UI thread."""

    def __init__(self, transport: Transport, clock: Clock | None = None) -> None:
        self.transport = transport
        self.clock = clock or SystemClock()

    def _call(self, method: str, path: str, model: type[Any] | None, **kwargs: Any) -> Any:
        try:
            return self.transport.request(method, "/api/v1/admin" + path, model, **kwargs)
        except SyncError as exc:
            raise problem_of(exc, self.transport.base_url) from None

    def _list(self, path: str, model: type[M], **params: str) -> list[M]:
        """A list the server answers (the transport decodes single models only)."""
        raw = self._call("GET", path, None, params=params or None)
        try:
            return TypeAdapter(list[model]).validate_json(raw)  # type: ignore[valid-type]
        except PydanticValidationError:
            raise ServerFailed(msg("The server's answer could not be used; nothing was "
                                   "changed.")) from None

    # -- users and teams -------------------------------------------------------------------

    def users(self) -> list[UserOut]:
        return self._list("/users", UserOut)

    def teams(self) -> list[TeamOut]:
        return self._list("/teams", TeamOut)

    def create_user(self, username: str, role: str, teams: Sequence[str]) -> NewPassword:
        """A new user with a role and teams, and a temporary password (returned once)."""
        problems = user_problems(username, role, teams)
        if problems:
            raise Refused(problems)
        password = temporary_password()
        body = protocol.UserCreate.model_validate({"username": username, "role": role,
                                                   "password": password, "teams": list(teams)})
        try:
            user = self._call("POST", "/users", UserOut, json=body.model_dump(mode="json"))
        except Refused as refused:  # a name taken is the name's problem
            raise Refused({k or "username": v for k, v in refused.errors.items()}) from None
        return NewPassword(user, password)

    def update_user(self, username: str, *, role: str | None = None,
                    teams: Sequence[str] | None = None, active: bool | None = None) -> UserOut:
        """Change what is given: the role, the teams (replaced), active or not (deactivating
        signs the user out and wipes their devices at their next sync)."""
        body = protocol.UserUpdate.model_validate(
            {"role": role, "teams": list(teams) if teams is not None else None,
             "active": active})
        user: UserOut = self._call("PATCH", f"/users/{username}", UserOut,
                                   json=body.model_dump(mode="json", exclude_none=True))
        return user

    def reset_password(self, username: str) -> NewPassword:
        """A new temporary password (returned once); the user's sessions end, and their
        devices get their key back at the next online login with it."""
        password = temporary_password()
        body = protocol.PasswordReset(password=password)
        user = self._call("POST", f"/users/{username}/reset-password", UserOut,
                          json=body.model_dump(mode="json"))
        return NewPassword(user, password)

    def create_team(self, name: str) -> TeamOut:
        name = " ".join(name.split())
        if not name:
            raise Refused({"name": msg("Give the team a name.")})
        try:
            team: TeamOut = self._call("POST", "/teams", TeamOut,
                                       json=protocol.TeamCreate(name=name).model_dump())
        except Refused as refused:
            raise Refused({k or "name": v for k, v in refused.errors.items()}) from None
        return team

    # -- devices and sync health -------------------------------------------------------------

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self.clock.now_ms() / 1000, UTC)

    def devices(self) -> list[DeviceRow]:
        now = self._now()
        return [DeviceRow(d, last_sync(d), is_lagging(d, now))
                for d in self._list("/devices", DeviceOut)]

    def revoke_device(self, device_id: str) -> DeviceOut:
        """Revoke a device: its next request is refused, and it wipes its workspace."""
        device: DeviceOut = self._call("POST", f"/devices/{device_id}/revoke", DeviceOut)
        return device

    def sync_health(self) -> SyncHealthView:
        health: protocol.SyncHealth = self._call("GET", "/sync-health", protocol.SyncHealth)
        now = self._now()
        lagging = frozenset(d.device_id for d in health.devices if is_lagging(d, now))
        devices = sorted(health.devices, key=lambda d: (d.device_id not in lagging,
                                                        d.username, d.device_name))
        quarantine = self._list("/quarantine", QuarantineOut, status="open")
        return SyncHealthView(devices, lagging, self._list("/conflicts", ConflictOut),
                              quarantine)

    def review_quarantined(self, item_id: str,
                           outcome: Literal["resolved", "dismissed"]) -> QuarantineOut:
        """Close a quarantined change: its cause was put right, or there is nothing to do."""
        body = protocol.QuarantineReview(outcome=outcome)
        item: QuarantineOut = self._call("POST", f"/quarantine/{item_id}/review", QuarantineOut,
                                         json=body.model_dump(mode="json"))
        return item

    # -- retention (issue 15) -----------------------------------------------------------------

    def retention(self) -> RetentionView:
        """The organisation's retention and the archived cases."""
        policy = self._call("GET", "/retention", protocol.RetentionPolicy)
        return RetentionView(policy, self._list("/cases/archived", ArchivedCase))

    def set_retention(self, closed_days: int, archive_years: int) -> protocol.RetentionPolicy:
        """Change the retention (the server audits it; devices apply it at their next sync)."""
        body = protocol.RetentionPolicy(closed_days=closed_days, archive_years=archive_years)
        policy: protocol.RetentionPolicy = self._call(
            "PUT", "/retention", protocol.RetentionPolicy, json=body.model_dump(mode="json"))
        return policy

    def restore_case(self, case_id: str) -> ArchivedCase:
        """Bring an archived case back to the devices of its caseload (audited)."""
        restored: ArchivedCase = self._call("POST", f"/cases/{case_id}/restore", ArchivedCase)
        return restored

    # -- forms ---------------------------------------------------------------------------------

    def published_forms(self) -> list[PublishedForm]:
        try:
            return self.transport.forms().forms
        except SyncError as exc:
            raise problem_of(exc, self.transport.base_url) from None

    def publish_form(self, definition: Mapping[str, Any]) -> PublishedForm:
        """Publish a new version of a form (read by `read_form_file`): its version must be
        above every published one. Devices get it at their next sync; what was filled in
        with an earlier version keeps that version."""
        try:
            form = parse_form(definition)
        except FormDefinitionError as exc:
            raise Refused({exc.where or "definition": exc.problem}) from None
        published = [f for f in self.published_forms() if f.form_id == form.id]
        same = next((f for f in published if f.version == form.version
                     and f.definition == dict(definition)), None)
        if same is not None:
            raise Refused({"version": msg("Version {version} of {form} is published already, "
                                          "exactly as in this file.", version=form.version,
                                          form=repr(form.id))})
        latest = max((f.version for f in published), default=0)
        if form.version <= latest:
            raise Refused({"version": msg("{form} is published up to version {latest}, and a "
                                          "published version never changes: give this file "
                                          "version {next}.", form=repr(form.id), latest=latest,
                                          next=latest + 1)})
        body = protocol.FormPublish(definition=dict(definition))
        try:
            answer: PublishedForm = self._call("POST", "/forms", PublishedForm,
                                               json=body.model_dump(mode="json"))
        except Refused as refused:
            # A retry of a request whose answer was lost finds its own version published.
            mine = next((f for f in self.published_forms() if f.form_id == form.id
                         and f.version == form.version
                         and f.definition == dict(definition)), None)
            if mine is None:  # "" is the 409: another version was published meanwhile
                raise Refused({k or "version": v for k, v in refused.errors.items()}) from None
            return mine
        return answer

    # -- the service directory -----------------------------------------------------------------

    def import_directory(self, file: DirectoryFile) -> ImportResult:
        """Send a service directory file; the answer reports each provider created, updated,
        unchanged, left out as closed, or refused (a plain CSV's rows), and why."""
        try:
            result: ImportResult = self._call("POST", "/providers/import", ImportResult,
                                              data=file.data, content_type=file.content_type)
        except Refused as refused:
            raise Refused({k or "file": v for k, v in refused.errors.items()}) from None
        return result

    # -- the audit log -------------------------------------------------------------------------

    def audit(self, chosen: AuditFilter, offset: int = 0, limit: int = AUDIT_PAGE) -> AuditPage:
        """One page of the server's audit log, newest first."""
        params = {**chosen.params(), "offset": str(offset), "limit": str(limit)}
        page: AuditPage = self._call("GET", "/audit", AuditPage, params=params)
        return page

    # -- a person's data: subject access and erasure -------------------------------------------

    @staticmethod
    def _person_id(person_id: str) -> str:
        person_id = person_id.strip().lower()
        if not CASE_ID.match(person_id):
            raise Refused({"person": msg("A person is named by their id (as the case file's "
                                         "household shows it), 36 letters, digits and "
                                         "dashes.")})
        return person_id

    def subject_access(self, person_id: str) -> SubjectAccess:
        """Everything the server holds about one person (the server audits it). The caller
        asks for the password first and audits the output (casemgr.app.subject_access)."""
        person_id = self._person_id(person_id)
        try:
            found: SubjectAccess = self._call(
                "GET", f"/people/{person_id}/subject-access", SubjectAccess)
        except Refused as refused:
            raise Refused({k or "person": v for k, v in refused.errors.items()}) from None
        return found

    def erasures(self) -> list[ErasureOut]:
        """Erasure requests, newest first."""
        return self._list("/erasures", ErasureOut)

    def request_erasure(self, person_id: str) -> ErasureOut:
        """Ask for a person's records to be erased; another administrator approves."""
        body = protocol.ErasureRequest(person_id=self._person_id(person_id))
        try:
            out: ErasureOut = self._call("POST", "/erasures", ErasureOut,
                                         json=body.model_dump(mode="json"))
        except Refused as refused:
            raise Refused({k or "person": v for k, v in refused.errors.items()}) from None
        return out

    def approve_erasure(self, erasure_id: str) -> ErasureOut:
        """Approve another administrator's request: the records are erased on the server
        now, and on every device at its next sync. Refused for the one who asked."""
        try:
            out: ErasureOut = self._call(
                "POST", f"/erasures/{self._person_id(erasure_id)}/approve", ErasureOut)
        except NotAllowed:  # the server's 403 here: the same admin who asked
            raise Refused({"": SECOND_ADMIN}) from None
        return out

    def cancel_erasure(self, erasure_id: str) -> ErasureOut:
        out: ErasureOut = self._call("POST", f"/erasures/{self._person_id(erasure_id)}/cancel",
                                     ErasureOut)
        return out


__all__ = ["LAGGING_AFTER", "ROLES", "SECOND_ADMIN", "AdminConsole", "AdminProblem",
           "ArchivedCase", "AuditEntry", "AuditFilter", "AuditPage", "ConflictOut", "DeviceOut",
           "DeviceRevoked", "DeviceRow", "DeviceSyncHealth", "DirectoryFile", "ErasureOut",
           "ImportLine", "ImportResult", "NewPassword", "NotAllowed", "PublishedForm",
           "QuarantineOut", "Refused", "RetentionView", "ServerFailed", "ServerUnreachable",
           "SessionEnded", "SubjectAccess", "SyncHealthView", "TeamOut", "UserOut",
           "field_errors", "is_lagging", "last_sync", "problem_of", "read_directory_file",
           "read_form_file", "temporary_password", "user_problems"]
