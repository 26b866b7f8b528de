"""Dependencies of the routes (in the spirit of the FastAPI template's api/deps.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

import sqlalchemy as sa
from fastapi import Depends, Header, Request

from casemgr.domain.permissions import Actor, Role
from casemgr.server.errors import ApiError
from casemgr.server.keys import ServerKeys
from casemgr.server.settings import Settings


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_engine(request: Request) -> sa.Engine:
    engine: sa.Engine = request.app.state.engine
    return engine


def get_keys(request: Request) -> ServerKeys:
    keys: ServerKeys = request.app.state.keys
    return keys


SettingsDep = Annotated[Settings, Depends(get_settings)]
EngineDep = Annotated[sa.Engine, Depends(get_engine)]
KeysDep = Annotated[ServerKeys, Depends(get_keys)]


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


def bearer_token(authorization: Annotated[str | None, Header()] = None) -> str:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise ApiError(401, "unauthenticated", "Log in first: this request has no token.")
    return authorization[7:].strip()


def current_device(
    engine: EngineDep, settings: SettingsDep, token: Annotated[str, Depends(bearer_token)],
) -> DeviceContext:
    """The device the access token belongs to; 401 {"reason": "revoked"} for a revoked device
    or a deactivated user, on its very next request."""
    from casemgr.server.accounts import device_for_token

    with engine.begin() as conn:
        return device_for_token(conn, token, settings)


CurrentDevice = Annotated[DeviceContext, Depends(current_device)]


def current_admin(device: CurrentDevice) -> DeviceContext:
    if device.role is not Role.ADMIN:
        raise ApiError(403, "forbidden", "This needs an administrator.")
    return device


AdminDevice = Annotated[DeviceContext, Depends(current_admin)]
