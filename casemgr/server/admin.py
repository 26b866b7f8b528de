"""What an administrator does on the server: users, teams, devices, sync health, forms, the
service directory and the audit log. Every change is audited with ids and counts only."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from casemgr.domain.clock import iso_utc
from casemgr.domain.forms import FormDefinitionError, parse_form
from casemgr.domain.ids import uuid7
from casemgr.domain.permissions import Role
from casemgr.domain.records import RecordType
from casemgr.server import accounts
from casemgr.server import tables as t
from casemgr.server.accounts import deactivate_user, reactivate_user, revoke_device, write_audit
from casemgr.server.directory import DirectoryUpload
from casemgr.server.errors import ApiError
from casemgr.server.settings import Settings
from casemgr.server.sync.changes import SEQ_COUNTER, write_server_change
from casemgr.server.sync.redact import PUBLISHED_FORMS, Redactor
from casemgr.server.sync.scope import reassign_case
from casemgr.sync.protocol import (
    AuditEntry,
    AuditPage,
    Catalog,
    ConflictOut,
    DeviceOut,
    DeviceSyncHealth,
    DirectoryResponse,
    ImportLine,
    ImportResult,
    PublishedForm,
    QuarantineOut,
    RecordOut,
    SyncHealth,
    TeamOut,
    UserCreate,
    UserInfo,
    UserOut,
)

PROVIDER_FIELDS = ("name", "organization", "service_types", "description", "phone", "email",
                   "address", "hsds_id")


def iso(value: datetime) -> str:
    """A query's date and time in the stored format (naive means UTC)."""
    try:
        v = value.astimezone(UTC) if value.tzinfo else value
    except OverflowError:  # an offset that moves it out of years 1-9999
        raise ApiError(422, "invalid_request", "That date and time is out of range.") from None
    return (f"{v.year:04d}-{v.month:02d}-{v.day:02d}T{v.hour:02d}:{v.minute:02d}:"
            f"{v.second:02d}.{v.microsecond // 1000:03d}Z")


# -- users and teams -------------------------------------------------------------------------

def _teams_by_user(conn: sa.Connection) -> dict[str, list[str]]:
    rows = conn.execute(sa.select(t.user_teams.c.user_id, t.teams.c.name)
                        .join(t.teams, t.teams.c.id == t.user_teams.c.team_id)
                        .order_by(t.teams.c.name))
    out: dict[str, list[str]] = {}
    for user_id, name in rows:
        out.setdefault(user_id, []).append(name)
    return out


def list_users(conn: sa.Connection, username: str | None = None) -> list[UserOut]:
    """Every user (or the one called `username`) with teams and devices not revoked."""
    teams = _teams_by_user(conn)
    devices: dict[str, int] = dict(conn.execute(
        sa.select(t.devices.c.user_id, sa.func.count())
        .where(t.devices.c.revoked_at.is_(None)).group_by(t.devices.c.user_id)).all())
    query = sa.select(t.users).order_by(t.users.c.username)
    if username is not None:
        query = query.where(t.users.c.username == username)
    return [UserOut(id=r.id, username=r.username, role=r.role, teams=teams.get(r.id, []),
                    active=r.active, created_at=r.created_at,
                    password_reset_at=r.password_reset_at, devices=devices.get(r.id, 0))
            for r in conn.execute(query)]


def get_user(conn: sa.Connection, username: str) -> UserOut:
    found = list_users(conn, username)
    if not found:
        raise ApiError(404, "not_found", f"There is no user {username!r}.")
    return found[0]


def team_ids(conn: sa.Connection, names: Iterable[str]) -> dict[str, str]:
    """Team name -> id for each name; 422 naming the teams that do not exist."""
    wanted = sorted(set(names))
    found = dict(conn.execute(sa.select(t.teams.c.name, t.teams.c.id)
                              .where(t.teams.c.name.in_(wanted))).all()) if wanted else {}
    missing = [n for n in wanted if n not in found]
    if missing:
        raise ApiError(422, "unknown_team",
                       [{"loc": ["body", "teams"], "msg": f"there is no team {n!r}; "
                         "create it first"} for n in missing])
    return found


def set_user_teams(conn: sa.Connection, user_id: str, names: Sequence[str]) -> None:
    ids = team_ids(conn, names)
    conn.execute(sa.delete(t.user_teams).where(t.user_teams.c.user_id == user_id))
    if ids:
        conn.execute(sa.insert(t.user_teams),
                     [{"user_id": user_id, "team_id": team_id} for team_id in ids.values()])


def create_user(conn: sa.Connection, new: UserCreate, *, actor: str, settings: Settings,
                now: int) -> UserOut:
    """A new user with a role, a first password and teams, which must exist already (a typo
    must not make a new team that quietly widens or narrows a supervisor's scope)."""
    team_ids(conn, new.teams)
    accounts.create_user(conn, new.username, new.role, new.password, teams=new.teams, now=now,
                         settings=settings, actor=actor)  # audited there; 409 if taken
    return get_user(conn, new.username)


def reset_password(conn: sa.Connection, username: str, password: str, *, actor: str,
                   settings: Settings, now: int) -> UserOut:
    """A new password set by an admin; the user's devices get their key back at next login."""
    get_user(conn, username)
    accounts.reset_password(conn, username, password, actor=actor, settings=settings,
                            now=now)  # audited there
    return get_user(conn, username)


def update_user(conn: sa.Connection, username: str, *, role: str | None,
                teams: Sequence[str] | None, active: bool | None, actor: str,
                now: int) -> UserOut:
    """Change a user's role, teams or active flag; deactivating also signs out their devices."""
    user = get_user(conn, username)
    changed: list[str] = []
    if role is not None and role != user.role:
        if user.username == actor and role != "admin":
            raise ApiError(409, "own_account", "You cannot take away your own admin role.")
        conn.execute(sa.update(t.users).where(t.users.c.id == user.id).values(role=role))
        changed.append("role")
    if teams is not None and sorted(set(teams)) != sorted(user.teams):
        set_user_teams(conn, user.id, teams)
        changed.append("teams")
    if active is not None and active != user.active:
        if not active:
            if user.username == actor:
                raise ApiError(409, "own_account", "You cannot deactivate your own account.")
            deactivate_user(conn, username, actor=actor, now=now)  # audited there
        else:
            reactivate_user(conn, username, actor=actor, now=now)
    if changed:
        write_audit(conn, now, actor, "user_updated", username,
                    {"user_id": user.id, "changed": changed})
    return get_user(conn, username)


def list_teams(conn: sa.Connection) -> list[TeamOut]:
    members: dict[str, int] = dict(conn.execute(
        sa.select(t.user_teams.c.team_id, sa.func.count())
        .group_by(t.user_teams.c.team_id)).all())
    return [TeamOut(id=r.id, name=r.name, created_at=r.created_at, members=members.get(r.id, 0))
            for r in conn.execute(sa.select(t.teams).order_by(t.teams.c.name))]


def create_team(conn: sa.Connection, name: str, *, actor: str, now: int) -> TeamOut:
    exists = conn.scalar(sa.select(t.teams.c.id).where(t.teams.c.name == name))
    if exists is not None:
        raise ApiError(409, "exists", f"There is already a team {name!r}.")
    team_id = str(uuid.uuid4())
    try:
        with conn.begin_nested():
            conn.execute(sa.insert(t.teams).values(id=team_id, name=name,
                                                   created_at=iso_utc(now)))
    except sa.exc.IntegrityError:  # created concurrently
        raise ApiError(409, "exists", f"There is already a team {name!r}.") from None
    write_audit(conn, now, actor, "team_created", name, {"team_id": team_id})
    return TeamOut(id=team_id, name=name, created_at=iso_utc(now), members=0)


def directory(conn: sa.Connection) -> DirectoryResponse:
    """Users and teams, for choosing whom to assign a case or refer to."""
    # Not through list_users: its count of devices is not the directory's. The pull's
    # catalog (below) digests the same rows.
    by_user = _teams_by_user(conn)
    u = t.users
    users = [UserInfo(username=r.username, role=r.role, teams=by_user.get(r.id, []),
                      active=r.active)
             for r in conn.execute(sa.select(u.c.id, u.c.username, u.c.role, u.c.active)
                                   .order_by(u.c.username))]
    teams = list(conn.scalars(sa.select(t.teams.c.name).order_by(t.teams.c.name)))
    return DirectoryResponse(users=users, teams=teams)


# The catalog's queries, built once (every sync reads them; they take no parameter).
# What `directory` answers, as plain rows: each user with each of their teams (or none), in
# the directory's order, then the teams.
_CATALOG_USERS = (sa.select(t.users.c.username, t.users.c.role, t.users.c.active,
                            t.teams.c.name)
                  .select_from(t.users.outerjoin(t.user_teams,
                                                 t.user_teams.c.user_id == t.users.c.id)
                               .outerjoin(t.teams, t.teams.c.id == t.user_teams.c.team_id))
                  .order_by(t.users.c.username, t.teams.c.name))
_CATALOG_TEAMS = sa.select(t.teams.c.name).order_by(t.teams.c.name)


def catalog(conn: sa.Connection, min_client_version: str) -> Catalog:
    """Digests of what a device downloads besides records: the published forms (ids,
    versions and when each was published) and the directory (what `directory` answers:
    users with their roles, teams and whether active; the teams), read as plain rows."""
    forms = conn.execute(PUBLISHED_FORMS).all()
    users = [(u, r, bool(a), team) for u, r, a, team in conn.execute(_CATALOG_USERS)]
    teams = list(conn.scalars(_CATALOG_TEAMS))
    return Catalog(forms=_digest(json.dumps([list(r) for r in forms], default=str)),
                   directory=_digest(json.dumps([users, teams], default=str)),
                   min_client_version=min_client_version)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


# -- devices and sync health -----------------------------------------------------------------

def list_devices(conn: sa.Connection, device_id: str | None = None) -> list[DeviceOut]:
    """Every device (or the one with `device_id`) with its user and last contact."""
    d = t.devices
    query = (sa.select(d, t.users.c.username).join(t.users, t.users.c.id == d.c.user_id)
             .order_by(t.users.c.username, d.c.registered_at))
    if device_id is not None:
        query = query.where(d.c.id == device_id)
    return [DeviceOut(id=r.id, name=r.name, username=r.username, registered_at=r.registered_at,
                      last_seen_at=r.last_seen_at, last_push_at=r.last_push_at,
                      last_pull_at=r.last_pull_at, outbox_lag=r.outbox_lag,
                      client_version=r.client_version, revoked=r.revoked_at is not None,
                      revoked_at=r.revoked_at) for r in conn.execute(query)]


def get_device(conn: sa.Connection, device_id: str) -> DeviceOut:
    found = list_devices(conn, device_id)
    if not found:
        raise ApiError(404, "not_found", "There is no such device.")
    return found[0]


def revoke(conn: sa.Connection, device_id: str, *, actor: str, now: int) -> DeviceOut:
    """Revoke a device (its next request gets 401 revoked and it wipes itself); idempotent."""
    device = get_device(conn, device_id)
    if not device.revoked:
        revoke_device(conn, device_id, actor, now)  # audited there
    return get_device(conn, device_id)


def reassign(engine: sa.Engine, case_id: str, assigned_to: str, team: str | None, *,
             actor: str, now: int) -> RecordOut:
    """Assign a case to an active user (and an existing team), through the sync engine,
    which commits it on its own; the audit entry follows in a transaction of its own."""
    # Several transactions: the change commits alone, so the seq counter is locked only for it.
    with engine.begin() as conn:
        user = conn.execute(sa.select(t.users.c.id, t.users.c.active)
                            .where(t.users.c.username == assigned_to)).first()
        if user is None or not user.active:
            raise ApiError(422, "unknown_user", [{"loc": ["body", "assigned_to"], "msg":
                                                  f"there is no active user {assigned_to!r}"}])
        if team is not None:
            team_ids(conn, [team])
    record: RecordOut = reassign_case(engine, case_id, assigned_to, team, actor, iso_utc(now))
    with engine.begin() as conn:
        write_audit(conn, now, actor, "case_reassigned", case_id,
                    {"case_id": case_id, "assigned_to_user_id": user.id})
        # Through the choke point like every record sent: a field may be restricted to
        # supervisors only, admins not among them.
        return Redactor.of(conn, Role.ADMIN).record(record)


def _open_conflicts(conn: sa.Connection) -> list[sa.Row[Any]]:
    r = t.records
    return list(conn.execute(
        sa.select(r.c.id, r.c.case_id, r.c.fields, r.c.field_meta, r.c.created_at)
        .where(r.c.type == RecordType.CONFLICT.value, r.c.deleted.is_(False),
               r.c.fields["status"].as_string() == "open")
        .order_by(r.c.created_at, r.c.id)))


def list_conflicts(conn: sa.Connection) -> list[ConflictOut]:
    def text(fields: Mapping[str, Any], key: str) -> str | None:
        value = fields.get(key)
        return value if isinstance(value, str) else None

    return [ConflictOut(id=row.id, case_id=row.case_id, record_id=text(row.fields, "record_id")
                        or "", record_type=text(row.fields, "record_type") or "",
                        field=text(row.fields, "field") or "",
                        server_by=text(row.fields, "server_by"),
                        server_at=text(row.fields, "server_at"),
                        client_by=text(row.fields, "client_by"),
                        client_at=text(row.fields, "client_at"), created_at=row.created_at)
            for row in _open_conflicts(conn)]


def _raised_by(field_meta: Any) -> str | None:
    """The device whose push wrote a conflict record: field_meta's [rev, by, at, device]."""
    meta = field_meta.get("status") if isinstance(field_meta, dict) else None
    return meta[3] if isinstance(meta, list) and len(meta) > 3 and isinstance(
        meta[3], str) else None


def sync_health(conn: sa.Connection) -> SyncHealth:
    """Per device: when it last pushed and pulled, its outbox lag, conflicts and quarantine."""
    conflicts = _open_conflicts(conn)
    by_device: dict[str, int] = {}
    for row in conflicts:
        if (device_id := _raised_by(row.field_meta)) is not None:
            by_device[device_id] = by_device.get(device_id, 0) + 1
    q = t.quarantine
    quarantined: dict[str, int] = dict(conn.execute(
        sa.select(q.c.device_id, sa.func.count()).where(q.c.status == "open")
        .group_by(q.c.device_id)).all())
    devices = [DeviceSyncHealth(
        device_id=d.id, device_name=d.name, username=d.username, revoked=d.revoked,
        last_seen_at=d.last_seen_at, last_push_at=d.last_push_at, last_pull_at=d.last_pull_at,
        outbox_lag=d.outbox_lag, open_conflicts=by_device.get(d.id, 0),
        quarantined=quarantined.get(d.id, 0)) for d in list_devices(conn)]
    return SyncHealth(devices=devices, open_conflicts=len(conflicts),
                      quarantined=sum(quarantined.values()))


# -- quarantine ------------------------------------------------------------------------------

def _quarantine_out(row: Any) -> QuarantineOut:
    op = row.op if isinstance(row.op, dict) else {}
    changes = op.get("changes")

    def text(key: str) -> str | None:
        value = op.get(key)
        return value if isinstance(value, str) else None

    return QuarantineOut(
        id=row.id, device_id=row.device_id, username=row.username, case_id=row.case_id,
        reason=row.reason, created_at=row.created_at,
        status="reviewed" if row.status == "reviewed" else "open",
        op_id=text("op_id"), record_id=text("record_id"), record_type=text("record_type"),
        kind=text("kind"), fields=sorted(changes) if isinstance(changes, dict) else [])


def list_quarantine(conn: sa.Connection, status: str | None) -> list[QuarantineOut]:
    query = sa.select(t.quarantine).order_by(t.quarantine.c.created_at, t.quarantine.c.id)
    if status is not None:
        query = query.where(t.quarantine.c.status == status)
    return [_quarantine_out(row) for row in conn.execute(query)]


def review_quarantine(conn: sa.Connection, item_id: str, *, outcome: str, actor: str,
                      now: int) -> QuarantineOut:
    """Mark a quarantined op as reviewed (it stays on record), `outcome` ("resolved" or
    "dismissed") in the audit; repeating it changes nothing."""
    row = conn.execute(sa.select(t.quarantine).where(t.quarantine.c.id == item_id)).first()
    if row is None:
        raise ApiError(404, "not_found", "There is no such quarantined change.")
    if row.status != "reviewed":
        conn.execute(sa.update(t.quarantine).where(t.quarantine.c.id == item_id)
                     .values(status="reviewed"))
        write_audit(conn, now, actor, "quarantine_reviewed", item_id,
                    {"device_id": row.device_id, "case_id": row.case_id, "outcome": outcome})
        row = conn.execute(sa.select(t.quarantine).where(t.quarantine.c.id == item_id)).one()
    return _quarantine_out(row)


# -- forms -----------------------------------------------------------------------------------

def list_forms(conn: sa.Connection) -> list[PublishedForm]:
    f = t.forms
    return [PublishedForm(form_id=r.form_id, version=r.version, published_at=r.published_at,
                          definition=r.definition)
            for r in conn.execute(sa.select(f).order_by(f.c.form_id, f.c.version))]


def unstorable_text(value: Any, where: str = "") -> str | None:
    """Where a JSON value holds text no database stores (NUL, a lone surrogate), or None."""
    if isinstance(value, str):
        bad = "\x00" in value or any("\ud800" <= ch <= "\udfff" for ch in value)
        return where or "(value)" if bad else None
    if isinstance(value, Mapping):
        items: Iterable[tuple[Any, Any]] = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return None
    for key, item in items:
        here = f"{where}.{key}" if where else str(key)
        found = unstorable_text(key, here) if isinstance(key, str) else None
        if found or (found := unstorable_text(item, here)):
            return found
    return None


def publish_form(conn: sa.Connection, definition: Mapping[str, Any], *, actor: str,
                 now: int) -> PublishedForm:
    """Publish a new version of a form: it must parse, and its version must be the highest."""
    if (where := unstorable_text(definition)) is not None:
        raise ApiError(422, "invalid_form", [{"loc": ["body", "definition", where],
                                              "msg": "must not contain NUL or unpaired "
                                                     "surrogate characters"}])
    try:
        form = parse_form(definition)
    except FormDefinitionError as exc:
        place = [exc.where] if exc.where and exc.where != "definition" else []
        raise ApiError(422, "invalid_form", [{"loc": ["body", "definition", *place],
                                              "msg": exc.problem}]) from None
    latest = conn.scalar(sa.select(sa.func.max(t.forms.c.version))
                         .where(t.forms.c.form_id == form.id))
    if latest is not None and form.version <= latest:
        raise ApiError(409, "version_not_higher",
                       f"Form {form.id!r} is published up to version {latest}; published "
                       f"versions never change, so publish version {latest + 1} or higher.")
    try:
        with conn.begin_nested():
            conn.execute(sa.insert(t.forms).values(form_id=form.id, version=form.version,
                                                   definition=dict(definition),
                                                   published_at=iso_utc(now),
                                                   published_by=actor))
    except sa.exc.IntegrityError:  # the same version published concurrently
        raise ApiError(409, "version_not_higher", f"Form {form.id!r} version {form.version} "
                       "was just published by someone else.") from None
    write_audit(conn, now, actor, "form_published", form.id,
                {"form_id": form.id, "version": form.version})
    return PublishedForm(form_id=form.id, version=form.version, published_at=iso_utc(now),
                         definition=dict(definition))


# -- service directory -----------------------------------------------------------------------

def providers_by_hsds_id(conn: sa.Connection) -> dict[str, tuple[str, dict[str, Any]]]:
    """hsds_id -> (record id, fields) of every live provider that has one."""
    r = t.records
    out: dict[str, tuple[str, dict[str, Any]]] = {}
    rows = conn.execute(sa.select(r.c.id, r.c.fields)
                        .where(r.c.type == RecordType.PROVIDER.value, r.c.deleted.is_(False))
                        .order_by(r.c.seq))
    for record_id, fields in rows:
        hsds_id = fields.get("hsds_id") if isinstance(fields, dict) else None
        if isinstance(hsds_id, str) and hsds_id not in out:
            out[hsds_id] = (record_id, fields)
    return out


def import_providers(conn: sa.Connection, upload: DirectoryUpload, *, actor: str,
                     now: int) -> ImportResult:
    """Create or update one provider per HSDS service, matched by hsds_id; fields that did
    not change are not written, so importing the same file twice changes nothing."""
    # Take the change counter's lock before reading what exists: the writes below would
    # take it anyway, and two imports at once must not both create the same provider.
    conn.execute(sa.select(t.counters.c.value).where(t.counters.c.name == SEQ_COUNTER)
                 .with_for_update())
    existing = providers_by_hsds_id(conn)
    lines: list[ImportLine] = []
    for draft in upload.providers:
        found = existing.get(draft.hsds_id)
        name = str(draft.fields.get("name", ""))
        if found is None:
            write_server_change(conn, record_id=uuid7(), record_type=RecordType.PROVIDER,
                                case_id=None, changes=dict(draft.fields), actor_name=actor,
                                now_iso=iso_utc(now))
            lines.append(ImportLine(outcome="created", name=name, hsds_id=draft.hsds_id))
            continue
        record_id, old = found
        # A field the upload does not speak for (a thin "list" form) is left as it is.
        changes = {k: draft.fields.get(k) for k in PROVIDER_FIELDS
                   if (k in draft.fields or k in draft.covered)
                   and draft.fields.get(k) != old.get(k)}
        if changes:
            write_server_change(conn, record_id=record_id, record_type=RecordType.PROVIDER,
                                case_id=None, changes=changes, actor_name=actor,
                                now_iso=iso_utc(now))
        lines.append(ImportLine(outcome="updated" if changes else "unchanged", name=name,
                                hsds_id=draft.hsds_id))
    lines += [ImportLine(outcome="closed", name=c.name, hsds_id=c.hsds_id, reason=c.why)
              for c in upload.closed]
    lines += [ImportLine(outcome="refused", name=r.name, hsds_id=r.hsds_id, where=r.where,
                         reason=r.why) for r in upload.refused]

    def count(outcome: str) -> int:
        return sum(line.outcome == outcome for line in lines)

    result = ImportResult(format=upload.format, providers=len(upload.providers),
                          created=count("created"), updated=count("updated"),
                          unchanged=count("unchanged"), closed=count("closed"),
                          refused=count("refused"), lines=lines,
                          ignored_columns=upload.ignored_columns)
    # How many, never which: the names stay out of the audit.
    write_audit(conn, now, actor, "providers_imported", None,
                result.model_dump(exclude={"lines", "ignored_columns"}))
    return result


# -- audit -----------------------------------------------------------------------------------

def query_audit(conn: sa.Connection, *, actor: str | None, action: str | None,
                since: str | None, until: str | None, limit: int, offset: int,
                user: str | None = None, case_id: str | None = None) -> AuditPage:
    """Audit entries, newest first, filtered by who did it (`actor`), whom it was by or
    about (`user`: the actor, the target, or the user of a revoked device), the case it
    concerns, what and when (since <= at < until)."""
    a = t.audit
    where = []
    if actor:
        where.append(a.c.actor == actor)
    if user:
        where.append(sa.or_(a.c.actor == user, a.c.target == user,
                            a.c.detail["user"].as_string() == user))
    if case_id:
        where.append(sa.or_(a.c.target == case_id,
                            a.c.detail["case_id"].as_string() == case_id))
    if action:
        where.append(a.c.action == action)
    if since:
        where.append(a.c.at >= since)
    if until:
        where.append(a.c.at < until)
    total = conn.scalar(sa.select(sa.func.count()).select_from(a).where(*where)) or 0
    rows = conn.execute(sa.select(a).where(*where).order_by(a.c.id.desc())
                        .limit(limit).offset(offset))
    entries = [AuditEntry(id=r.id, at=r.at, actor=r.actor, action=r.action, target=r.target,
                          detail=r.detail) for r in rows]
    more = offset + len(entries) < total
    return AuditPage(entries=entries, total=total,
                     next_offset=offset + len(entries) if more else None)
