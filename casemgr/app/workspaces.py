"""Opening, creating and leaving a workspace: what the lock screen and the command line do
before there is a Casework (no Qt here; the UI runs these on its database worker).

Each returns the unlocked `Workspace` and, for a server-bound one, its `Transport`.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path

from casemgr.db.errors import WorkspaceExists
from casemgr.db.keys import DEFAULT_KDF, KdfParams
from casemgr.db.keystore import Keystore
from casemgr.db.workspace import (
    Workspace,
    WorkspaceInfo,
    WorkspacePaths,
    check_new_password,
    check_user_name,
    create_workspace,
    delete_workspace_files,
)
from casemgr.domain.clock import Clock, SystemClock
from casemgr.sync import account
from casemgr.sync.transport import Transport, check_server_url, normalise_pin

Opened = tuple[Workspace, Transport | None]


@dataclass(frozen=True)
class Profile:
    """A workspace in the data folder, as the lock screen lists it."""

    user: str
    offline_only: bool


def list_profiles(data_dir: Path) -> list[Profile]:
    """The workspaces in `data_dir` (reads only their plain workspace.json)."""
    found = []
    for meta in sorted(Path(data_dir).glob("*/workspace.json")):
        try:
            info = WorkspaceInfo.read(WorkspacePaths(meta.parent))
        except Exception:  # noqa: S112 - a damaged folder is left out, not fatal
            continue
        found.append(Profile(info.user, info.server_url is None))
    return found


def server_of(data_dir: Path, user: str) -> str | None:
    """The server a workspace is bound to (None: offline-only), from its plain metadata."""
    return WorkspaceInfo.read(WorkspacePaths.for_user(data_dir, user)).server_url


def exists(data_dir: Path, user: str) -> bool:
    return WorkspacePaths.for_user(data_dir, user).meta.exists()


def unlock(data_dir: Path, user: str, password: str, *, clock: Clock | None = None,
           kdf_policy: KdfParams = DEFAULT_KDF,
           transport_factory: account.TransportFactory = Transport,
           keystore: Keystore | None = None) -> Opened:
    """Offline within the lease, else online (see sync.account.open_workspace).
    `keystore`, here and below: the OS credential store (casemgr.db.keystore), if any."""
    return account.open_workspace(data_dir, user, password, clock=clock or SystemClock(),
                                  kdf_policy=kdf_policy, transport_factory=transport_factory,
                                  keystore=keystore)


def first_login(data_dir: Path, server_url: str, user: str, password: str, *,
                clock: Clock | None = None, kdf: KdfParams = DEFAULT_KDF,
                transport_factory: account.TransportFactory = Transport,
                ca_file: Path | None = None, server_pin: str | None = None,
                keystore: Keystore | None = None) -> Opened:
    """Log in to a server for the first time on this device and create its workspace;
    refused before the server is asked when the user already has one here."""
    root = WorkspacePaths.for_user(data_dir, user).root
    if root.exists() and any(root.iterdir()):
        raise WorkspaceExists(f"A workspace for {user} already exists on this device: unlock "
                              "it instead.")
    # The computer's name tells this device apart in the admin console's list of devices.
    ws, transport = account.first_login(data_dir, server_url, user, password,
                                        device_name=platform.node()[:200],
                                        clock=clock or SystemClock(), kdf=kdf,
                                        transport_factory=transport_factory,
                                        ca_file=ca_file, server_pin=server_pin,
                                        keystore=keystore)
    return ws, transport


def recover(data_dir: Path, user: str, server_password: str, new_password: str, *,
            clock: Clock | None = None, kdf: KdfParams = DEFAULT_KDF,
            transport_factory: account.TransportFactory = Transport,
            keystore: Keystore | None = None) -> Opened:
    """After a lockout: the data key back from the server, under a new password."""
    ws, transport = account.recover(data_dir, user, server_password, new_password,
                                    clock=clock or SystemClock(), kdf=kdf,
                                    transport_factory=transport_factory, keystore=keystore)
    return ws, transport


def create_offline(data_dir: Path, user: str, password: str, profile: dict[str, str], *,
                   clock: Clock | None = None, kdf: KdfParams = DEFAULT_KDF,
                   keystore: Keystore | None = None) -> Workspace:
    """A new offline-only workspace (no server, so no recovery)."""
    return create_workspace(data_dir, user, password, clock=clock or SystemClock(), kdf=kdf,
                            profile=profile, keystore=keystore)


def delete_files(data_dir: Path, user: str) -> None:
    """Whatever is left of a revoked workspace's files."""
    delete_workspace_files(WorkspacePaths.for_user(data_dir, user))


__all__ = [
    "Opened",
    "Profile",
    "check_new_password",
    "check_server_url",
    "check_user_name",
    "create_offline",
    "delete_files",
    "exists",
    "first_login",
    "list_profiles",
    "normalise_pin",
    "recover",
    "server_of",
    "unlock",
]
