"""Routes: login, token refresh, logout, offline lease, server info and the signed-in user."""

from __future__ import annotations

from fastapi import APIRouter, Response

from casemgr import __version__
from casemgr.server import accounts
from casemgr.server.api.deps import (
    ClientAddress,
    ClientHeadersDep,
    ClockDep,
    Conn,
    CurrentDevice,
    EngineDep,
    KeysDep,
    SettingsDep,
    error_responses,
)
from casemgr.sync.protocol import (
    EscrowRequest,
    LoginRequest,
    LoginResponse,
    RefreshRequest,
    ServerInfo,
    SignedLease,
    Tokens,
    UserInfo,
)

router = APIRouter(prefix="/api/v1", tags=["auth"])


@router.post("/auth/login", response_model=LoginResponse,
             responses=error_responses(400, 401, 403, 413, 422, 426, 429, 503))
def login(req: LoginRequest, engine: EngineDep, settings: SettingsDep, keys: KeysDep,
          clock: ClockDep, address: ClientAddress) -> LoginResponse:
    """Log in a device: tokens, a signed offline lease, and (want_key) the escrowed data key."""
    return accounts.login(engine, req, address, settings, keys, clock.now_ms())


@router.post("/auth/refresh", response_model=Tokens,
             responses=error_responses(400, 401, 413, 422, 426))
def refresh(req: RefreshRequest, engine: EngineDep, settings: SettingsDep,
            clock: ClockDep) -> Tokens:
    """New tokens for a refresh token; the refresh token used stops working."""
    return accounts.refresh(engine, req, settings, clock.now_ms())


@router.post("/auth/logout", status_code=204, response_class=Response,
             responses=error_responses(401, 422))
def logout(device: CurrentDevice, conn: Conn, clock: ClockDep) -> Response:
    """End this device's session (its tokens stop working); the local workspace stays."""
    accounts.logout(conn, device, clock.now_ms())
    return Response(status_code=204)


@router.post("/auth/lease", response_model=SignedLease,
             responses=error_responses(401, 422, 426))
def lease(client: ClientHeadersDep, device: CurrentDevice, conn: Conn,
          settings: SettingsDep, keys: KeysDep, clock: ClockDep) -> SignedLease:
    """A fresh signed offline lease for this device (the client asks after each sync)."""
    return accounts.issue_lease(conn, device, settings, keys, clock.now_ms(),
                                client.client_version or None)


@router.post("/devices/me/escrow", status_code=204, response_class=Response,
             responses=error_responses(400, 401, 403, 413, 422, 426))
def escrow(req: EscrowRequest, device: CurrentDevice, conn: Conn, keys: KeysDep,
           clock: ClockDep) -> Response:
    """Replace this device's escrowed data key (sent after a key rotation on the device), so
    that recovery after a lockout returns the key that opens its workspace now."""
    accounts.escrow(conn, device, req, keys, clock.now_ms())
    return Response(status_code=204)


@router.get("/server-info", response_model=ServerInfo, responses=error_responses(503))
def server_info(conn: Conn, keys: KeysDep, clock: ClockDep) -> ServerInfo:
    """Public: protocol versions, epoch and the key that signs leases."""
    return accounts.server_info(conn, keys, __version__, clock.now_ms())


@router.get("/me", response_model=UserInfo, responses=error_responses(401, 422, 426))
def me(client: ClientHeadersDep, device: CurrentDevice) -> UserInfo:
    """The signed-in user: name, role, teams."""
    return accounts.me(device)
