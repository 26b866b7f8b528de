"""Dependencies of the routes (in the spirit of the FastAPI template's api/deps.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import Depends, Header, Request

from casemgr.domain.clock import Clock, SystemClock
from casemgr.domain.permissions import Actor, Role
from casemgr.server.errors import ApiError
from casemgr.server.keys import ServerKeys
from casemgr.server.logs import note_device
from casemgr.server.settings import Settings
from casemgr.sync.protocol import SUPPORTED_PROTOCOLS, ErrorBody


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_engine(request: Request) -> sa.Engine:
    engine: sa.Engine = request.app.state.engine
    return engine


def get_keys(request: Request) -> ServerKeys:
    keys: ServerKeys = request.app.state.keys
    return keys


class FileOffsetClock:
    """The system clock plus the seconds written in a file (Settings.clock_file, dev mode
    only): tests move a running server's time by writing the file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def now_ms(self) -> int:
        try:
            offset = float(self.path.read_text().strip() or 0)
        except (OSError, ValueError):
            offset = 0.0
        return SystemClock().now_ms() + int(offset * 1000)


def server_clock(settings: Settings) -> Clock:
    """The server's wall clock: the system's, moved by Settings.clock_file in dev mode."""
    if settings.dev_mode and settings.clock_file is not None:
        return FileOffsetClock(settings.clock_file)
    return SystemClock()


def get_clock(request: Request) -> Clock:
    """The wall clock: the system's, unless a test set `app.state.clock` (e.g. a FixedClock)."""
    clock: Clock | None = getattr(request.app.state, "clock", None)
    return clock if clock is not None else SystemClock()


def client_address(request: Request) -> str:
    """The address a request came from (per-address login limits)."""
    return request.client.host if request.client else "unknown"


# The dependencies that only read the request are `async def` (here, or as the wrappers
# below, since get_clock and get_keys are called directly too): FastAPI runs a plain `def`
# dependency in its thread pool, a hand-over to another thread and back for each, which cost
# more than all they do; what touches the database stays a `def` (in the pool).


async def _settings_dep(request: Request) -> Settings:
    return get_settings(request)


async def _engine_dep(request: Request) -> sa.Engine:
    return get_engine(request)


async def _keys_dep(request: Request) -> ServerKeys:
    return get_keys(request)


async def _clock_dep(request: Request) -> Clock:
    return get_clock(request)


async def _client_address_dep(request: Request) -> str:
    return client_address(request)


SettingsDep = Annotated[Settings, Depends(_settings_dep)]
EngineDep = Annotated[sa.Engine, Depends(_engine_dep)]
KeysDep = Annotated[ServerKeys, Depends(_keys_dep)]
ClockDep = Annotated[Clock, Depends(_clock_dep)]
ClientAddress = Annotated[str, Depends(_client_address_dep)]


def get_conn(engine: EngineDep) -> Iterator[sa.Connection]:
    """The route's connection in one transaction: committed when the route has returned
    (before the answer is sent), rolled back if it raises, an ApiError included.

    Declare it after CurrentDevice or AdminDevice: those run a transaction of their own
    first, and on SQLite every transaction begins with BEGIN IMMEDIATE.
    """
    with engine.begin() as conn:
        yield conn


async def request_body(request: Request) -> bytes:
    """The raw request body (read before a Conn declared after it begins its transaction)."""
    return await request.body()


Conn = Annotated[sa.Connection, Depends(get_conn, scope="function")]
RequestBody = Annotated[bytes, Depends(request_body)]


_ERROR_DESCRIPTIONS = {
    400: "Bad request", 401: "Not logged in, token expired (reason expired), or device "
    "revoked (reason revoked)", 403: "Not allowed", 404: "Not found", 409: "Conflict",
    413: "Request body too large", 422: "Invalid request", 426: "Protocol version not "
    "supported (reason upgrade_required)", 429: "Too many failed logins (reason "
    "rate_limited, Retry-After header)", 503: "Server not initialised",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for a route: each status answered with an ErrorBody."""
    return {status: {"model": ErrorBody, "description": _ERROR_DESCRIPTIONS.get(status, "Error")}
            for status in statuses}


def require_protocol(version: int) -> None:
    """Refuse a client speaking a protocol version this server does not (N and N-1 only)."""
    if version not in SUPPORTED_PROTOCOLS:
        raise ApiError(426, "upgrade_required",
                       f"Protocol version {version} is not supported (this server speaks "
                       f"{', '.join(map(str, sorted(SUPPORTED_PROTOCOLS)))}); update casemgr.",
                       reason="upgrade_required")


@dataclass(frozen=True)
class ClientHeaders:
    """Who is asking, for requests without a JSON body (the body's ClientInfo otherwise)."""

    protocol_version: int
    client_version: str
    device_id: str | None


_UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
DeviceIdHeader = Annotated[str | None, Header(pattern=_UUID_PATTERN)]


async def client_headers(
    x_casemgr_protocol_version: Annotated[int, Header()],
    x_casemgr_client_version: Annotated[str, Header(max_length=200)] = "",
    x_casemgr_device_id: DeviceIdHeader = None,
) -> ClientHeaders:
    """X-Casemgr-Protocol-Version (required; 426 if unsupported), X-Casemgr-Client-Version,
    X-Casemgr-Device-Id."""
    require_protocol(x_casemgr_protocol_version)
    return ClientHeaders(x_casemgr_protocol_version, x_casemgr_client_version,
                         x_casemgr_device_id)


ClientHeadersDep = Annotated[ClientHeaders, Depends(client_headers)]


@dataclass(frozen=True)
class DeviceContext:
    """The authenticated device and its user, as every authorised route sees them."""

    device_id: str
    user_id: str
    username: str
    role: Role
    teams: frozenset[str]

    @property
    def actor(self) -> Actor:
        return Actor(self.username, self.role, self.teams)


async def bearer_token(authorization: Annotated[str | None, Header()] = None) -> str:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise ApiError(401, "unauthenticated", "Log in first: this request has no token.")
    return authorization[7:].strip()


def current_device(
    engine: EngineDep, settings: SettingsDep, clock: ClockDep,
    token: Annotated[str, Depends(bearer_token)],
    x_casemgr_device_id: DeviceIdHeader = None,
) -> DeviceContext:
    """The device the access token belongs to; 401 {"reason": "revoked"} for a revoked device
    or a deactivated user, on its very next request; 401 for a token presented with another
    device's X-Casemgr-Device-Id."""
    from casemgr.server.accounts import device_for_token

    # Its own transaction, not Conn: push and pull (server.sync) run outside of any.
    with engine.begin() as conn:
        device = device_for_token(conn, token, settings, clock.now_ms(), x_casemgr_device_id)
    note_device(device.device_id, device.user_id)  # ids, for the request's access line
    return device


CurrentDevice = Annotated[DeviceContext, Depends(current_device)]


async def current_admin(device: CurrentDevice) -> DeviceContext:
    if device.role is not Role.ADMIN:
        raise ApiError(403, "forbidden", "This needs an administrator.")
    return device


AdminDevice = Annotated[DeviceContext, Depends(current_admin)]
