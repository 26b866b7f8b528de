"""Logging in to a server: the first login creates the workspace, later unlocks work offline
while the signed lease allows, and a lost password or a lockout is recovered online.

DESIGN.md section 5: the device's data key is escrowed with the server at first login; an
online login after a lockout or an admin's password reset returns it, and the user sets a
new workspace password with no case data lost.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casemgr import __version__
from casemgr.db.errors import EscrowedKeyOutdated, LockedOut, NotAWorkspace
from casemgr.db.keys import DEFAULT_KDF, KdfParams, new_data_key
from casemgr.db.keystore import Keystore
from casemgr.db.sync_store import SyncStore
from casemgr.db.workspace import (
    Workspace,
    WorkspaceInfo,
    WorkspacePaths,
    create_workspace,
    restore_key,
    unlock_workspace,
)
from casemgr.domain.clock import Clock, SystemClock, iso_utc
from casemgr.domain.ids import uuid7
from casemgr.sync import protocol
from casemgr.sync.engine import wipe
from casemgr.sync.lease import (
    LeaseInvalid,
    client_too_old,
    lease_allows_offline,
    verify_lease,
)
from casemgr.sync.transport import (
    AccountRefused,
    NeedsLogin,
    Revoked,
    ServerTrouble,
    Session,
    SyncError,
    Transport,
    UnverifiedRevocation,
    UpgradeRequired,
    check_server_url,
    normalise_pin,
)

TransportFactory = Callable[[str, str], Transport]


class OnlineLoginNeeded(Exception):
    """The workspace may not be opened offline now (lease expired, clock set back, or no
    lease yet): connect to the server and log in."""


def _default_transport(url: str, device_id: str) -> Transport:
    return Transport(url, device_id)


def _keep_tokens(ws: Workspace, transport: Transport) -> None:
    """Keep the refresh token inside the encrypted workspace whenever it changes, and trust
    the server's key learnt at first login for orders to wipe."""

    def save(session: Session) -> None:
        SyncStore(ws).set_meta("refresh_token", session.refresh_token)

    transport.on_tokens = save
    transport.trust(ws.meta("server_public_key"), ws.meta("last_server_time"))
    if not transport.session.refresh_token:
        transport.session = Session("", ws.meta("refresh_token"))


def _login_without_workspace(transport: Transport, user: str, password: str,
                             **kwargs: Any) -> protocol.LoginResponse:
    """A login before the workspace is open (first login, recovery): a revocation answer
    cannot be checked yet and there is nothing open to wipe, so it is a plain refusal."""
    try:
        return transport.login(user, password, **kwargs)
    except UnverifiedRevocation:
        raise AccountRefused("The server refused this login: the account is deactivated or "
                             "this device was revoked. Ask an administrator.") from None


def connect(info: WorkspaceInfo, paths: WorkspacePaths,
            transport_factory: TransportFactory = _default_transport) -> Transport:
    """The transport to a workspace's server, checking its certificate as set at login."""
    if info.server_url is None:
        raise ValueError("An offline-only workspace has no server.")
    transport = transport_factory(check_server_url(info.server_url), info.device_id)
    transport.configure_tls(str(paths.server_ca) if info.server_ca else None, info.server_pin)
    return transport


def _read_ca(ca_file: Path) -> bytes:
    try:
        pem = Path(ca_file).read_bytes()
    except OSError as exc:
        raise ValueError(f"Cannot read the CA file {ca_file}: {exc.strerror}.") from None
    if b"-----BEGIN CERTIFICATE-----" not in pem:
        raise ValueError(f"{ca_file} is not a PEM certificate file.")
    return pem


def _profile(answer: protocol.LoginResponse, user: str, device_id: str) -> dict[str, str]:
    try:
        verify_lease(answer.lease, answer.server_public_key, user=user, device_id=device_id)
    except LeaseInvalid as exc:
        raise ServerTrouble(f"The server's answer does not check out: {exc}") from None
    return {
        "role": answer.user.role, "teams": ",".join(answer.user.teams),
        "server_public_key": answer.server_public_key, "lease": answer.lease.model_dump_json(),
        "refresh_token": answer.tokens.refresh_token, "sync_epoch": answer.epoch,
        "last_server_time": answer.lease.lease.server_time,
    }


def first_login(data_dir: Path, server_url: str, user: str, password: str, *,
                device_name: str = "", clock: Clock | None = None,
                kdf: KdfParams = DEFAULT_KDF,
                transport_factory: TransportFactory = _default_transport,
                ca_file: Path | None = None, server_pin: str | None = None,
                keystore: Keystore | None = None) -> tuple[Workspace, Transport]:
    """Log in for the first time on this device: a new encrypted workspace bound to the
    server, its data key escrowed there. The caller then syncs to download the caseload.

    `ca_file`: the organisation's CA certificate, when the server's certificate is not from
    a public authority; `server_pin`: the SPKI SHA-256 its key must have. Both are kept in
    the workspace and used on every later connection."""
    check_server_url(server_url)
    pin = normalise_pin(server_pin) if server_pin else None
    ca_pem = _read_ca(ca_file) if ca_file is not None else None
    device_id = uuid7()
    data_key = new_data_key()
    transport = transport_factory(server_url, device_id)
    transport.configure_tls(str(ca_file) if ca_file is not None else None, pin)
    answer = _login_without_workspace(transport, user, password, device_name=device_name,
                                      escrow_key=base64.b64encode(data_key).decode())
    profile = _profile(answer, user, device_id)
    too_old = client_too_old(answer.lease.lease, __version__)
    if too_old:  # before anything is created on this device
        raise UpgradeRequired(too_old)
    ws = create_workspace(data_dir, user, password, clock=clock, kdf=kdf, server_url=server_url,
                          device_id=device_id, data_key=data_key, profile=profile,
                          server_ca_pem=ca_pem, server_pin=pin, keystore=keystore)
    if ca_pem is not None:  # from now on the copy kept in the workspace
        transport.configure_tls(str(ws.paths.server_ca), pin)
    _keep_tokens(ws, transport)
    return ws, transport


def _refuse_if_too_old(ws: Workspace) -> None:
    """Close the workspace and raise UpgradeRequired if its lease says this casemgr is older
    than the server allows."""
    raw = ws.meta("lease")
    if not raw:
        return
    try:
        lease = protocol.SignedLease.model_validate_json(raw).lease
    except ValueError:
        return  # a damaged lease: offline_allowed refuses it and asks for the server
    too_old = client_too_old(lease, __version__)
    if too_old:
        ws.close()
        raise UpgradeRequired(too_old)


def offline_allowed(ws: Workspace) -> tuple[bool, str]:
    """Whether the lease kept in the workspace lets it be used without the server now."""
    raw = ws.meta("lease")
    if not raw:
        return False, "This workspace has no offline permission yet; connect to the server."
    try:
        signed = protocol.SignedLease.model_validate_json(raw)
        lease = verify_lease(signed, ws.meta("server_public_key"), user=ws.user,
                             device_id=ws.device_id)
    except (ValueError, LeaseInvalid):
        return False, "The offline permission is damaged; connect to the server."
    return lease_allows_offline(lease, iso_utc(ws.clock.now_ms()),
                                ws.meta("last_server_time") or None)


def open_workspace(data_dir: Path, user: str, password: str, *, clock: Clock | None = None,
                   kdf_policy: KdfParams = DEFAULT_KDF,
                   transport_factory: TransportFactory = _default_transport,
                   go_online: bool = False, keystore: Keystore | None = None,
                   ) -> tuple[Workspace, Transport | None]:
    """Unlock a workspace. A server-bound one opens offline while its lease allows; past it
    (or with `go_online`) the password is checked by the server too and a new lease kept.

    Raises OnlineLoginNeeded when offline use is not allowed and the server is unreachable,
    LockedOut when the key was deleted after too many failures (use `recover`).
    """
    clock = clock or SystemClock()
    ws = unlock_workspace(data_dir, user, password, clock=clock, kdf_policy=kdf_policy,
                          keystore=keystore)
    if ws.info.server_url is None:
        return ws, None
    _refuse_if_too_old(ws)  # the oldest version the server allows, as its last lease said
    transport = connect(ws.info, ws.paths, transport_factory)
    _keep_tokens(ws, transport)
    allowed, why = offline_allowed(ws)
    if allowed and not go_online:
        return ws, transport
    try:
        answer = transport.login(user, password)
    except Revoked:
        wipe(ws)
        raise
    except SyncError as exc:
        if allowed:
            return ws, transport
        ws.close()
        raise OnlineLoginNeeded(f"{why} ({exc})") from None
    try:
        profile = _profile(answer, user, ws.device_id)
    except SyncError:
        ws.close()
        raise
    SyncStore(ws).set_metas(profile)  # kept even when too old: offline unlock refuses too
    _refuse_if_too_old(ws)
    return ws, transport


def recover(data_dir: Path, user: str, server_password: str, new_password: str, *,
            clock: Clock | None = None, kdf: KdfParams = DEFAULT_KDF,
            transport_factory: TransportFactory = _default_transport,
            keystore: Keystore | None = None) -> tuple[Workspace, Transport]:
    """After a lockout or a forgotten password (reset by an admin): log in online, get the
    escrowed data key back, and protect it with a new workspace password."""
    paths = WorkspacePaths.for_user(data_dir, user)
    info = WorkspaceInfo.read(paths)
    if info.server_url is None:
        raise LockedOut()  # an offline-only workspace has no recovery
    transport = connect(info, paths, transport_factory)
    answer = _login_without_workspace(transport, user, server_password, want_key=True)
    if not answer.escrowed_key:
        raise NeedsLogin("The server holds no key for this device; it cannot be recovered.")
    try:
        restore_key(data_dir, user, base64.b64decode(answer.escrowed_key), new_password,
                    kdf=kdf, keystore=keystore)
    except NotAWorkspace:  # nothing was written: the workspace is as it was
        raise EscrowedKeyOutdated() from None
    ws = unlock_workspace(data_dir, user, new_password, clock=clock, kdf_policy=kdf,
                          keystore=keystore)
    profile = _profile(answer, user, info.device_id)
    SyncStore(ws).set_metas(profile)
    _refuse_if_too_old(ws)
    _keep_tokens(ws, transport)
    return ws, transport
