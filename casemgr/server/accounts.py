"""Accounts: users, teams, devices, logins and sessions (DESIGN.md 5 and 7).

Service functions on a SQLAlchemy Connection, so that the routes and the CLI stay thin faces
on them. Times are passed in (`now`: ms since the Unix epoch, UTC) so tests can move them.
Refusals are ApiError, whose `detail` is a sentence for the person and `reason` a word for
the client. Nothing here writes a password or case data to the audit.
"""

from __future__ import annotations

import base64
import math
import re
import unicodedata
import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from casemgr.domain.clock import SystemClock, iso_utc
from casemgr.domain.permissions import Role
from casemgr.domain.records import RecordType
from casemgr.server import tables as t
from casemgr.server.api.deps import DeviceContext, require_protocol
from casemgr.server.errors import ApiError
from casemgr.server.keys import EscrowUnreadable, ServerKeys
from casemgr.server.metrics import LOGIN_FAILURES
from casemgr.server.security import (
    check_password,
    hash_password,
    new_token,
    successor_tokens,
    token_hash,
)
from casemgr.server.settings import Settings
from casemgr.sync.protocol import (
    SUPPORTED_PROTOCOLS,
    AccessEventsRequest,
    AuditEvent,
    AuditEventsRequest,
    EscrowRequest,
    Lease,
    LoginRequest,
    LoginResponse,
    RefreshRequest,
    ServerInfo,
    SignedLease,
    Tokens,
    UserInfo,
)

USERNAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")  # as protocol.UserName
MIN_PASSWORD_LENGTH = 8
MAX_TEAM_NAME = 200
MAX_LOCKOUT_S = 24 * 3600  # the doubling lockout stops growing at a day
_DAY_MS = 24 * 3600 * 1000

WRONG_CREDENTIALS = "Wrong user name or password."


# -- small helpers -------------------------------------------------------------------------------

def write_audit(conn: sa.Connection, now: int, actor: str, action: str,
                target: str | None = None, detail: dict[str, Any] | None = None) -> None:
    """Append one server audit entry: who did what to which id, never field values."""
    conn.execute(sa.insert(t.audit).values(
        at=iso_utc(now), actor=_clean(actor, 64), action=action,
        target=_clean(target, 200) if target is not None else None, detail=detail))


def had_epoch(conn: sa.Connection, epoch: str) -> bool:
    """Whether `epoch` was this server's before its current one (before a `bump-epoch`)."""
    return conn.execute(sa.select(t.past_epochs.c.epoch)
                        .where(t.past_epochs.c.epoch == epoch)).first() is not None


_READ_EPOCH = sa.select(t.server_meta.c.value).where(t.server_meta.c.key == "epoch")


def read_epoch(conn: sa.Connection) -> str:
    """The server epoch id (a new one after a restore from backup)."""
    epoch = conn.execute(_READ_EPOCH).scalar_one_or_none()
    if epoch is None:
        raise ApiError(503, "not_initialised",
                       "The server database is not initialised; run `casemgr-server init-db`.")
    return str(epoch)


def insert_if_absent(conn: sa.Connection, table: sa.Table, values: dict[str, Any]) -> bool:
    """Insert a row unless its primary or unique key exists already (safe against a concurrent
    insert); True if this call inserted it."""
    dialect = conn.dialect.name
    if dialect == "postgresql":
        stmt: Any = postgresql.insert(table).values(values).on_conflict_do_nothing()
    elif dialect == "sqlite":
        stmt = sqlite.insert(table).values(values).on_conflict_do_nothing()
    else:  # pragma: no cover - only the two supported databases
        raise NotImplementedError(dialect)
    # RETURNING, not rowcount: psycopg reports -1 for an INSERT ... ON CONFLICT DO NOTHING.
    return conn.execute(stmt.returning(*table.primary_key.columns)).first() is not None


def _clean(text: str, limit: int) -> str:
    """Text safe to store anywhere: no control characters or lone surrogates (PostgreSQL
    refuses NUL and unencodable text), at most `limit` characters."""
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cs"))[:limit]


def _ms(iso: str) -> int:
    return int(datetime.fromisoformat(iso).timestamp() * 1000)


def _now(now: int | None) -> int:
    return SystemClock().now_ms() if now is None else now


# -- users and teams -----------------------------------------------------------------------------

def _check_username(username: str) -> None:
    if not USERNAME_PATTERN.match(username):
        raise ApiError(422, "invalid_username",
                       "A user name is 1-64 letters, digits or . _ @ - and starts with a "
                       "letter or digit.")


def _check_password_policy(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ApiError(422, "weak_password",
                       f"A password needs at least {MIN_PASSWORD_LENGTH} characters.")


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ApiError(422, "invalid_role", "The role is one of caseworker, supervisor, "
                                            "admin.") from None


def ensure_team(conn: sa.Connection, name: str, now: int) -> str:
    """The id of the team called `name`, created if it does not exist yet."""
    clean = _clean(name, MAX_TEAM_NAME).strip()
    if not clean:
        raise ApiError(422, "invalid_team", "A team needs a name.")
    insert_if_absent(conn, t.teams, {"id": str(uuid.uuid4()), "name": clean,
                                     "created_at": iso_utc(now)})
    return str(conn.execute(sa.select(t.teams.c.id).where(t.teams.c.name == clean)).scalar_one())


def create_user(conn: sa.Connection, username: str, role: Role | str, password: str, *,
                teams: Iterable[str] = (), now: int, settings: Settings,
                actor: str = "system") -> UserInfo:
    """A new active user in `teams` (a team that does not exist is created); 409 if the name
    is taken."""
    _check_username(username)
    checked_role = _role(role)
    _check_password_policy(password)
    team_ids = [ensure_team(conn, name, now) for name in teams]
    user_id = str(uuid.uuid4())
    inserted = insert_if_absent(conn, t.users, {
        "id": user_id, "username": username, "role": checked_role.value,
        "password_hash": hash_password(settings, password), "active": True,
        "created_at": iso_utc(now)})
    if not inserted:
        raise ApiError(409, "user_exists", f"There is already a user called {username}.")
    for team_id in dict.fromkeys(team_ids):
        conn.execute(sa.insert(t.user_teams).values(user_id=user_id, team_id=team_id))
    write_audit(conn, now, actor, "user_created", username, {"role": checked_role.value})
    user = get_user(conn, username)
    assert user is not None
    return user


# Statements every authenticated request runs, built once (building one costs more CPU
# than running it); the values go in as bound parameters.
_TEAMS_OF = (sa.select(t.teams.c.name)
             .join(t.user_teams, t.user_teams.c.team_id == t.teams.c.id)
             .where(t.user_teams.c.user_id == sa.bindparam("b_user_id"))
             .order_by(t.teams.c.name))
_TOKEN_ROW = (sa.select(t.tokens.c.kind, t.tokens.c.expires_at, t.tokens.c.device_id,
                        t.tokens.c.rotated_at, t.devices.c.revoked_at,
                        t.users.c.id.label("user_id"), t.users.c.username, t.users.c.role,
                        t.users.c.active)
              .join(t.devices, t.devices.c.id == t.tokens.c.device_id)
              .join(t.users, t.users.c.id == t.devices.c.user_id)
              .where(t.tokens.c.token_hash == sa.bindparam("b_token_hash")))
_SEEN = (sa.update(t.devices).where(t.devices.c.id == sa.bindparam("b_device_id"))
         .values(last_seen_at=sa.bindparam("b_seen")))


def _teams_of(conn: sa.Connection, user_id: str) -> list[str]:
    rows = conn.execute(_TEAMS_OF, {"b_user_id": user_id})
    return [str(name) for name in rows.scalars()]


def get_user(conn: sa.Connection, username: str) -> UserInfo | None:
    """The user called `username`, with their teams, or None."""
    row = conn.execute(sa.select(t.users).where(t.users.c.username == username)).first()
    if row is None:
        return None
    return UserInfo(username=row.username, role=row.role, teams=_teams_of(conn, row.id),
                    active=bool(row.active))


def list_users(conn: sa.Connection) -> list[UserInfo]:
    """Every user, by name, with their teams."""
    names = conn.execute(sa.select(t.users.c.username).order_by(t.users.c.username)).scalars()
    users = [get_user(conn, str(name)) for name in list(names)]
    return [user for user in users if user is not None]


def _user_id(conn: sa.Connection, username: str) -> str:
    user_id = conn.execute(sa.select(t.users.c.id)
                           .where(t.users.c.username == username)).scalar_one_or_none()
    if user_id is None:
        raise ApiError(404, "unknown_user", f"There is no user called {username}.")
    return str(user_id)


def _end_sessions_of_user(conn: sa.Connection, user_id: str) -> None:
    device_ids = sa.select(t.devices.c.id).where(t.devices.c.user_id == user_id)
    conn.execute(sa.delete(t.tokens).where(t.tokens.c.device_id.in_(device_ids)))


def set_password(conn: sa.Connection, username: str, password: str, *, settings: Settings,
                 now: int) -> None:
    """The user's own password change: sessions and escrow stay as they are."""
    _check_password_policy(password)
    user_id = _user_id(conn, username)
    conn.execute(sa.update(t.users).where(t.users.c.id == user_id)
                 .values(password_hash=hash_password(settings, password)))
    write_audit(conn, now, username, "password_changed", username)


def reset_password(conn: sa.Connection, username: str, password: str, *, actor: str,
                   settings: Settings, now: int) -> None:
    """An administrator's reset: new password, every session of the user ends, and the user's
    devices may ask for their escrowed key at the next online login."""
    _check_password_policy(password)
    user_id = _user_id(conn, username)
    conn.execute(sa.update(t.users).where(t.users.c.id == user_id).values(
        password_hash=hash_password(settings, password), password_reset_at=iso_utc(now)))
    _end_sessions_of_user(conn, user_id)
    write_audit(conn, now, actor, "password_reset", username)


def deactivate_user(conn: sa.Connection, username: str, *, actor: str, now: int) -> None:
    """The user can no longer log in; each of their devices is told `revoked` (and wipes
    itself) on its next request."""
    user_id = _user_id(conn, username)
    conn.execute(sa.update(t.users).where(t.users.c.id == user_id).values(active=False))
    _end_sessions_of_user(conn, user_id)
    write_audit(conn, now, actor, "user_deactivated", username)


def reactivate_user(conn: sa.Connection, username: str, *, actor: str, now: int) -> None:
    """The user may log in again (their old devices stay wiped; they register anew)."""
    user_id = _user_id(conn, username)
    conn.execute(sa.update(t.users).where(t.users.c.id == user_id).values(active=True))
    write_audit(conn, now, actor, "user_reactivated", username)


def revoke_device(conn: sa.Connection, device_id: str, actor_name: str, now: int) -> None:
    """Revoke a device: its tokens stop working and its next request is answered 401
    {"reason": "revoked"}, on which the client wipes its workspace."""
    row = conn.execute(sa.select(t.devices.c.revoked_at, t.users.c.username)
                       .join(t.users, t.users.c.id == t.devices.c.user_id)
                       .where(t.devices.c.id == device_id)).first()
    if row is None:
        raise ApiError(404, "unknown_device", f"There is no device {device_id}.")
    if row.revoked_at is None:
        conn.execute(sa.update(t.devices).where(t.devices.c.id == device_id)
                     .values(revoked_at=iso_utc(now)))
    conn.execute(sa.delete(t.tokens).where(t.tokens.c.device_id == device_id))
    write_audit(conn, now, actor_name, "device_revoked", device_id, {"user": row.username})


# -- failed-login limits -------------------------------------------------------------------------

def _attempt_keys(username: str, address: str) -> list[tuple[str, str]]:
    """The counters a login attempt touches: the account (whether or not it exists, so a lock
    tells nothing) and the address it comes from."""
    return [("user", f"user:{username.lower()}"), ("addr", f"addr:{_clean(address, 190)}")]


def _seconds_locked(conn: sa.Connection, keys: list[tuple[str, str]], now: int) -> int:
    locked_until = conn.execute(
        sa.select(sa.func.max(t.login_attempts.c.locked_until_ms))
        .where(t.login_attempts.c.key.in_([key for _, key in keys]))).scalar_one_or_none()
    if locked_until is None or locked_until <= now:
        return 0
    return max(1, math.ceil((int(locked_until) - now) / 1000))


def _prune_stale_attempts(conn: sa.Connection, settings: Settings, now: int) -> None:
    """Forget up to 100 counters whose window and lock have both passed, so that guessing
    many user names does not grow the table; never waits on a row another login holds."""
    la = t.login_attempts
    horizon = now - settings.login_window_s * 1000
    stale = (sa.select(la.c.key).where(la.c.window_start_ms < horizon,
                                       la.c.locked_until_ms < horizon).limit(100))
    if conn.dialect.name == "postgresql":
        stale = stale.with_for_update(skip_locked=True)
    conn.execute(sa.delete(la).where(la.c.key.in_(stale.scalar_subquery())))


def _count_failure(conn: sa.Connection, key: str, allowed: int, settings: Settings,
                   now: int) -> None:
    """One more failure on `key`; at `allowed` failures within the window it locks for
    login_lockout_s, each further failure doubling the lock."""
    insert_if_absent(conn, t.login_attempts, {"key": key, "failures": 0,
                                              "window_start_ms": now, "locked_until_ms": 0})
    row = conn.execute(sa.select(t.login_attempts).where(t.login_attempts.c.key == key)
                       .with_for_update()).one()
    # A lock extends the window, so failures after a lock keep doubling it.
    if now - max(row.window_start_ms, row.locked_until_ms) > settings.login_window_s * 1000:
        failures, window_start, locked_until = 1, now, 0
    else:
        failures, window_start, locked_until = row.failures + 1, row.window_start_ms, 0
    if failures >= allowed:
        doublings = min(failures - allowed, 20)
        lock_s = min(settings.login_lockout_s * 2 ** doublings, MAX_LOCKOUT_S)
        locked_until = now + lock_s * 1000
    conn.execute(sa.update(t.login_attempts).where(t.login_attempts.c.key == key).values(
        failures=failures, window_start_ms=window_start, locked_until_ms=locked_until))


# -- logins and sessions ------------------------------------------------------------------------

def _issue_tokens(conn: sa.Connection, device_id: str, settings: Settings, now: int, *,
                  pair: tuple[str, str] | None = None, keep: str | None = None) -> Tokens:
    """A new access and refresh token for the device (random, or `pair`); its earlier ones
    stop working, but for the used refresh token kept for its grace window (`keep`, a
    hash)."""
    stale = sa.delete(t.tokens).where(t.tokens.c.device_id == device_id)
    if keep is not None:
        stale = stale.where(t.tokens.c.token_hash != keep)
    conn.execute(stale)
    access, refresh_token = pair or (new_token(), new_token())
    access_expires = iso_utc(now + settings.access_token_minutes * 60_000)
    refresh_expires = iso_utc(now + settings.refresh_token_days * _DAY_MS)
    conn.execute(sa.insert(t.tokens), [
        {"token_hash": token_hash(settings, access), "device_id": device_id, "kind": "access",
         "expires_at": access_expires},
        {"token_hash": token_hash(settings, refresh_token), "device_id": device_id,
         "kind": "refresh", "expires_at": refresh_expires},
    ])
    return Tokens(access_token=access, refresh_token=refresh_token,
                  access_expires_at=access_expires, refresh_expires_at=refresh_expires)


def _signed_lease(username: str, device_id: str, role: str, teams: list[str],
                  settings: Settings, keys: ServerKeys, now: int) -> SignedLease:
    lease = Lease(user=username, device_id=device_id, role=role,  # type: ignore[arg-type]
                  teams=sorted(teams), issued_at=iso_utc(now),
                  not_after=iso_utc(now + settings.lease_days * _DAY_MS),
                  server_time=iso_utc(now), min_client_version=settings.min_client_version)
    return keys.sign_lease(lease)


def _revoked(detail: str, device_id: str | None) -> ApiError:
    """401 revoked; with `device_id` (a device that is revoked or whose user is deactivated,
    never one the asker merely names) the answer carries the signed order to wipe it."""
    return ApiError(401, "revoked", detail, reason="revoked", revoked_device=device_id)


def login(engine: sa.Engine, req: LoginRequest, address: str, settings: Settings,
          keys: ServerKeys, now: int) -> LoginResponse:
    """Log a device in: tokens, a signed lease, and the escrowed key if asked for."""
    require_protocol(req.protocol_version)
    # Several transactions: the slow password check holds no lock, and a refused attempt
    # is counted and audited (committed) though the answer is an error.
    with engine.connect() as conn:
        return _login(conn, req, address, settings, keys, now)


def _login(conn: sa.Connection, req: LoginRequest, address: str, settings: Settings,
           keys: ServerKeys, now: int) -> LoginResponse:
    attempt_keys = _attempt_keys(req.username, address)
    user = None
    with conn.begin():
        retry_after = _seconds_locked(conn, attempt_keys, now)
        if retry_after:
            write_audit(conn, now, req.username, "login_rate_limited", req.device_id,
                        {"address": _clean(address, 100)})
        else:
            user = conn.execute(sa.select(t.users.c.id, t.users.c.password_hash)
                                .where(t.users.c.username == req.username)).first()
    if retry_after:
        LOGIN_FAILURES.labels("rate_limited").inc()
        raise ApiError(429, "rate_limited",
                       f"Too many failed logins; try again in {retry_after} seconds.",
                       reason="rate_limited", headers={"Retry-After": str(retry_after)})

    check = check_password(settings, user.password_hash if user else None, req.password)
    if not check.ok or user is None:
        with conn.begin():
            _prune_stale_attempts(conn, settings, now)
            for kind, key in attempt_keys:
                allowed = (settings.login_failures_allowed if kind == "user"
                           else settings.login_address_failures_allowed)
                _count_failure(conn, key, allowed, settings, now)
            write_audit(conn, now, req.username, "login_failed", req.device_id,
                        {"address": _clean(address, 100)})
        LOGIN_FAILURES.labels("invalid_credentials").inc()
        raise ApiError(401, "invalid_credentials", WRONG_CREDENTIALS)

    with conn.begin():
        outcome = _complete_login(conn, req, str(user.id), check.upgraded_hash, address,
                                  settings, keys, now)
    if isinstance(outcome, ApiError):
        raise outcome
    return outcome


def _complete_login(conn: sa.Connection, req: LoginRequest, user_id: str,
                    upgraded_hash: str | None, address: str, settings: Settings,
                    keys: ServerKeys, now: int) -> LoginResponse | ApiError:
    """The rest of a login whose password was right; a refusal is returned (so that its audit
    entry commits), not raised."""
    user = conn.execute(sa.select(t.users).where(t.users.c.id == user_id)).one()
    audit_detail = {"address": _clean(address, 100)}
    if not user.active:
        write_audit(conn, now, user.username, "login_refused_inactive", req.device_id,
                    audit_detail)
        # Signed only for a device of this user: a deactivated user's password must not
        # buy a wipe order for another user's device.
        owner = conn.execute(sa.select(t.devices.c.user_id)
                             .where(t.devices.c.id == req.device_id)).scalar_one_or_none()
        return _revoked("This account is deactivated; ask an administrator.",
                        req.device_id if owner is not None and str(owner) == str(user_id)
                        else None)
    client_version = _clean(req.client_version, 64)
    # Register the device on its first login; insert-if-absent, as a double-clicked first
    # login arrives twice at once.
    registered = insert_if_absent(conn, t.devices, {
        "id": req.device_id, "user_id": user_id, "name": _clean(req.device_name, 200),
        "registered_at": iso_utc(now), "last_seen_at": iso_utc(now),
        "client_version": client_version, "last_client_seq": 0})
    if registered:
        write_audit(conn, now, user.username, "device_registered", req.device_id)
    device = conn.execute(sa.select(t.devices.c.user_id, t.devices.c.revoked_at)
                          .where(t.devices.c.id == req.device_id).with_for_update()).one()
    if device.user_id != user_id:
        write_audit(conn, now, user.username, "login_refused_device_taken", req.device_id,
                    audit_detail)
        return ApiError(403, "device_taken", "This device is registered to another user; "
                                             "ask an administrator.")
    if device.revoked_at is not None:
        write_audit(conn, now, user.username, "login_refused_revoked", req.device_id,
                    audit_detail)
        return _revoked("This device was revoked by an administrator.", req.device_id)
    if not registered:
        conn.execute(sa.update(t.devices).where(t.devices.c.id == req.device_id)
                     .values(last_seen_at=iso_utc(now), client_version=client_version))
    if upgraded_hash:
        conn.execute(sa.update(t.users).where(t.users.c.id == user_id)
                     .values(password_hash=upgraded_hash))

    if req.escrow_key is not None:
        sealed = keys.escrow_seal(req.device_id, base64.b64decode(req.escrow_key))
        conn.execute(sa.update(t.devices).where(t.devices.c.id == req.device_id)
                     .values(escrowed_key=sealed))
        write_audit(conn, now, user.username, "escrow_key_stored", req.device_id)
    escrowed_key = None
    if req.want_key:
        escrowed_key = _escrowed_key(conn, req.device_id, user.username, keys, now)

    conn.execute(sa.delete(t.login_attempts)
                 .where(t.login_attempts.c.key == f"user:{req.username.lower()}"))
    teams = _teams_of(conn, user_id)
    tokens = _issue_tokens(conn, req.device_id, settings, now)
    write_audit(conn, now, user.username, "login", req.device_id, audit_detail)
    return LoginResponse(
        tokens=tokens, user=UserInfo(username=user.username, role=user.role, teams=teams),
        lease=_signed_lease(user.username, req.device_id, user.role, teams, settings, keys, now),
        epoch=read_epoch(conn), server_public_key=keys.public_key_b64,
        escrowed_key=escrowed_key)


def _escrowed_key(conn: sa.Connection, device_id: str, username: str, keys: ServerKeys,
                  now: int) -> str | None:
    """The device's escrowed data key in base64, or None if it has none this server opens."""
    blob = conn.execute(sa.select(t.devices.c.escrowed_key)
                        .where(t.devices.c.id == device_id)).scalar_one_or_none()
    if blob is None:
        write_audit(conn, now, username, "escrow_key_absent", device_id)
        return None
    try:
        data_key = keys.escrow_open(device_id, bytes(blob))
    except EscrowUnreadable:
        write_audit(conn, now, username, "escrow_key_unreadable", device_id)
        return None
    write_audit(conn, now, username, "escrow_key_returned", device_id)
    return base64.b64encode(data_key).decode("ascii")


def _device_is_revoked(conn: sa.Connection, device_id: str | None) -> bool:
    """Whether `device_id` names a revoked device or one of a deactivated user."""
    if device_id is None:
        return False
    row = conn.execute(sa.select(t.devices.c.revoked_at, t.users.c.active)
                       .join(t.users, t.users.c.id == t.devices.c.user_id)
                       .where(t.devices.c.id == device_id)).first()
    return row is not None and (row.revoked_at is not None or not row.active)


def _token_row(conn: sa.Connection, token: str, settings: Settings) -> Any:
    return conn.execute(_TOKEN_ROW, {"b_token_hash": token_hash(settings, token)}).first()


def _unknown_token(conn: sa.Connection, claimed_device_id: str | None) -> ApiError:
    # Revocation deletes the tokens; the device id the client states still lets its next
    # request learn that it was revoked, which is what makes it wipe itself.
    if _device_is_revoked(conn, claimed_device_id):
        return _revoked("This device was revoked, or its user deactivated.", claimed_device_id)
    return ApiError(401, "unauthenticated", "This session has ended; log in again.")


def device_for_token(conn: sa.Connection, token: str, settings: Settings,
                     now: int | None = None,
                     claimed_device_id: str | None = None) -> DeviceContext:
    """The device an access token belongs to (and note that it was seen); 401 with reason
    "expired" for an expired token, "revoked" for a revoked device or deactivated user."""
    now = _now(now)
    row = _token_row(conn, token, settings)
    if row is None or row.kind != "access":
        raise _unknown_token(conn, claimed_device_id)
    if claimed_device_id is not None and claimed_device_id != row.device_id:
        raise ApiError(401, "unauthenticated", "This token belongs to another device.")
    if row.revoked_at is not None or not row.active:
        raise _revoked("This device was revoked, or its user deactivated.", row.device_id)
    if _ms(row.expires_at) <= now:
        raise ApiError(401, "expired", "The access token has expired; refresh it.",
                       reason="expired")
    conn.execute(_SEEN, {"b_device_id": row.device_id, "b_seen": iso_utc(now)})
    return DeviceContext(device_id=row.device_id, user_id=row.user_id, username=row.username,
                         role=Role(row.role), teams=frozenset(_teams_of(conn, row.user_id)))


def refresh(engine: sa.Engine, req: RefreshRequest, settings: Settings, now: int) -> Tokens:
    """New tokens for a refresh token, which stops working (rotation)."""
    require_protocol(req.protocol_version)
    # Its own transaction, committed before a refusal: a refresh token is used up even then.
    with engine.begin() as conn:
        outcome = _rotate_tokens(conn, req, settings, now)
    if isinstance(outcome, ApiError):
        raise outcome
    return outcome


def _rotate_tokens(conn: sa.Connection, req: RefreshRequest, settings: Settings,
                   now: int) -> Tokens | ApiError:
    """Rotation with a grace window: the first use of a refresh token gets the pair derived
    from it (security.successor_tokens) and marks it used; presented again within
    `refresh_grace_s` (the device was killed before it stored the pair) it gets the same pair
    back; presented after that, or once its successor was used, it is a replay and the
    device's session ends (OAuth 2.0 Security BCP, refresh token rotation)."""
    used_hash = token_hash(settings, req.refresh_token)
    row = _token_row(conn, req.refresh_token, settings)
    if row is None or row.kind != "refresh":
        return _unknown_token(conn, req.device_id)
    if row.device_id != req.device_id:
        return ApiError(401, "unauthenticated", "This token belongs to another device.")
    if row.revoked_at is not None or not row.active:
        return _revoked("This device was revoked, or its user deactivated.", row.device_id)
    if _ms(row.expires_at) <= now:
        conn.execute(sa.delete(t.tokens).where(t.tokens.c.token_hash == used_hash))
        return ApiError(401, "expired", "The session has expired; log in again.",
                        reason="expired")
    pair = successor_tokens(settings, req.refresh_token)
    claimed = 0 if row.rotated_at is not None else conn.execute(
        sa.update(t.tokens).where(t.tokens.c.token_hash == used_hash,
                                  t.tokens.c.rotated_at.is_(None))
        .values(rotated_at=iso_utc(now))).rowcount
    if claimed != 1:  # used before (or by a concurrent refresh a moment ago)
        return _successor_again(conn, req, settings, now, used_hash, pair, row.username)
    conn.execute(sa.update(t.devices).where(t.devices.c.id == req.device_id).values(
        last_seen_at=iso_utc(now), client_version=_clean(req.client_version, 64)))
    return _issue_tokens(conn, req.device_id, settings, now, pair=pair, keep=used_hash)


def _successor_again(conn: sa.Connection, req: RefreshRequest, settings: Settings, now: int,
                     used_hash: str, pair: tuple[str, str], username: str
                     ) -> Tokens | ApiError:
    """A used refresh token presented again: the same new pair within the grace window while
    that pair is still the device's live one; otherwise the device's tokens are revoked."""
    rotated_at = conn.execute(sa.select(t.tokens.c.rotated_at)
                              .where(t.tokens.c.token_hash == used_hash)).scalar()
    live = {r.kind: r for r in conn.execute(
        sa.select(t.tokens.c.kind, t.tokens.c.expires_at, t.tokens.c.rotated_at)
        .where(t.tokens.c.token_hash.in_([token_hash(settings, pair[0]),
                                          token_hash(settings, pair[1])]),
               t.tokens.c.device_id == req.device_id))}
    fresh = rotated_at is not None and now - _ms(rotated_at) <= settings.refresh_grace_s * 1000
    if fresh and "refresh" in live and live["refresh"].rotated_at is None and "access" in live:
        write_audit(conn, now, username, "refresh_repeated", req.device_id)
        return Tokens(access_token=pair[0], refresh_token=pair[1],
                      access_expires_at=live["access"].expires_at,
                      refresh_expires_at=live["refresh"].expires_at)
    conn.execute(sa.delete(t.tokens).where(t.tokens.c.device_id == req.device_id))
    write_audit(conn, now, username, "refresh_token_replayed", req.device_id)
    return ApiError(401, "unauthenticated", "This session has ended; log in again.")


def logout(conn: sa.Connection, device: DeviceContext, now: int) -> None:
    """End the device's session: both its tokens stop working (its workspace stays)."""
    conn.execute(sa.delete(t.tokens).where(t.tokens.c.device_id == device.device_id))
    write_audit(conn, now, device.username, "logout", device.device_id)


def issue_lease(conn: sa.Connection, device: DeviceContext, settings: Settings,
                keys: ServerKeys, now: int, client_version: str | None = None) -> SignedLease:
    """A fresh signed lease for an authenticated device (the client asks after each sync)."""
    if client_version is not None:
        conn.execute(sa.update(t.devices).where(t.devices.c.id == device.device_id)
                     .values(client_version=_clean(client_version, 64)))
    return _signed_lease(device.username, device.device_id, device.role.value,
                         sorted(device.teams), settings, keys, now)


def escrow(conn: sa.Connection, device: DeviceContext, req: EscrowRequest, keys: ServerKeys,
           now: int) -> None:
    """Replace the device's escrowed data key (after a key rotation on the device), so that
    `casemgr recover` returns the key that opens its workspace now."""
    require_protocol(req.protocol_version)
    if req.device_id != device.device_id:
        raise ApiError(403, "wrong_device", "This request names another device than the one "
                                            "signed in.")
    sealed = keys.escrow_seal(device.device_id, base64.b64decode(req.escrow_key))
    conn.execute(sa.update(t.devices).where(t.devices.c.id == device.device_id)
                 .values(escrowed_key=sealed))
    write_audit(conn, now, device.username, "escrow_key_replaced", device.device_id)


def record_device_events(conn: sa.Connection, device: DeviceContext,
                         req: AuditEventsRequest | AccessEventsRequest, now: int) -> int:
    """Keep in the server's audit log the exports, prints and opens of case files a device
    recorded in its own chain (sent at its next sync), each once: one sent again (an answer
    lost on the way) is recognised by its device and number. Each names the case it
    concerns (`detail.case_id`, found here from the record, never taken from the device),
    so that the case's access log and the audit of the case find it. Returns how many were
    new."""
    require_protocol(req.protocol_version)
    if req.device_id != device.device_id:
        raise ApiError(403, "wrong_device", "This request names another device than the one "
                                            "signed in.")
    if not req.events:
        return 0
    seqs = [event.seq for event in req.events]
    seen = {(row.action, int(row.seq)) for row in conn.execute(
        device_entries(conn, device, min(seqs), max(seqs)))}
    new = 0
    for event in req.events:
        if (event.action, event.seq) in seen:
            continue
        seen.add((event.action, event.seq))  # named twice in one request: kept once
        given = event.detail if isinstance(event, AuditEvent) else {}
        detail: dict[str, Any] = {**{k: v for k, v in given.items() if k != "case_id"},
                                  "device_id": device.device_id,
                                  "device_seq": event.seq, "device_at": event.at}
        if event.record_type is not None:
            detail["record_type"] = event.record_type.value
        case_id = _case_of(conn, event.record_id, event.record_type)
        if case_id is not None:
            detail["case_id"] = case_id  # the audit of the case finds it
        write_audit(conn, now, device.username, event.action, event.record_id, detail)
        new += 1
    return new


def device_entries(conn: sa.Connection, device: DeviceContext, low: int, high: int
                   ) -> sa.Select[Any]:
    """(action, seq) of the entries this device sent already numbered `low` to `high`, in one
    read through the index of the device (migration 0006)."""
    a = t.audit
    # as_float: PostgreSQL's integer is 32 bits; a double holds every seq (< 2**53)
    device_seq = a.c.detail["device_seq"].as_float()
    return sa.select(a.c.action, device_seq.label("seq")).where(
        t.audit_detail(conn, "device_id") == device.device_id, a.c.actor == device.username,
        device_seq >= float(low), device_seq <= float(high))


def _case_of(conn: sa.Connection, record_id: str | None,
             record_type: RecordType | None) -> str | None:
    """The case a record a device names belongs to: the case itself, or the case of a record
    of it the server holds (an assessment printed, a copy of an attachment saved)."""
    if record_id is None:
        return None
    if record_type is RecordType.CASE:
        return record_id
    found = conn.scalar(sa.select(t.records.c.case_id).where(t.records.c.id == record_id))
    return str(found) if found is not None else None


def me(device: DeviceContext) -> UserInfo:
    """The signed-in user as the client shows them."""
    return UserInfo(username=device.username, role=device.role.value,
                    teams=sorted(device.teams))


def server_info(conn: sa.Connection, keys: ServerKeys, version: str, now: int) -> ServerInfo:
    """What a client checks before logging in: protocols, epoch and the lease-signing key."""
    return ServerInfo(protocol_versions=sorted(SUPPORTED_PROTOCOLS), server_version=version,
                      epoch=read_epoch(conn), server_public_key=keys.public_key_b64,
                      server_time=iso_utc(now))
