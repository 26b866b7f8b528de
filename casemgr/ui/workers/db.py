"""The database worker: one thread owns the unlocked workspace; the UI sends it operations.

Every read and write the UI makes runs on that thread (`run(func, on_done, on_error)` where
`func` gets the Casework); results come back on the main thread through the `Runner`, and a
write use case's `Changes` reach the views showing them. Nothing here touches a widget, and
the main thread never touches the workspace.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from casemgr.app import workspaces
from casemgr.app.casework import Casework
from casemgr.db.keys import DEFAULT_KDF, KdfParams
from casemgr.db.keystore import Keystore
from casemgr.db.workspace import Workspace
from casemgr.domain.clock import Clock
from casemgr.domain.permissions import Role
from casemgr.sync.account import TransportFactory
from casemgr.sync.transport import Transport
from casemgr.ui.i18n import tr
from casemgr.ui.workers.runner import ChangeFeed, Runner

T = TypeVar("T")
CaseworkFactory = Callable[[Workspace], Casework]


class NotUnlocked(Exception):
    """An operation needed the workspace, but it is locked (or was locked meanwhile)."""


@dataclass(frozen=True)
class SignedIn:
    """Who is signed in to the unlocked workspace; plain data for the UI."""

    user: str
    role: Role
    teams: frozenset[str]
    device_id: str
    server_url: str | None
    data_dir: Path
    first_login: bool = False  # just created by logging in: its caseload is still to come

    @property
    def offline_only(self) -> bool:
        return self.server_url is None

    @property
    def is_supervisor(self) -> bool:
        return self.role in (Role.SUPERVISOR, Role.ADMIN)


@dataclass(frozen=True)
class SyncHandle:
    """What the sync thread needs: its own connection to the unlocked workspace and the
    server transport (handed over: the database thread no longer uses it)."""

    workspace: Workspace
    transport: Transport


class _WorkspaceOwner:
    """Used on the database thread only: the open workspace and its Casework."""

    def __init__(self, casework_factory: CaseworkFactory) -> None:
        self._factory = casework_factory
        self.workspace: Workspace | None = None
        self.casework: Casework | None = None
        self.transport: Transport | None = None  # until the sync thread takes it

    def require_casework(self) -> Casework:
        if self.casework is None:
            raise NotUnlocked(tr("The workspace is locked."))
        return self.casework

    def open(self, ws: Workspace, transport: Transport | None = None, *,
             first_login: bool = False) -> SignedIn:
        self.close()
        self.workspace = ws
        self.transport = transport
        self.casework = self._factory(ws)
        actor = self.casework.actor
        return SignedIn(ws.user, actor.role, actor.teams, ws.device_id, ws.info.server_url,
                        ws.paths.root.parent, first_login)

    def close(self) -> None:
        ws, self.workspace, self.casework = self.workspace, None, None
        self.transport = None
        if ws is not None:
            ws.close()

    def take_sync_handle(self) -> SyncHandle:
        """A second connection and the transport, for the sync thread."""
        if self.workspace is None or self.transport is None:
            raise NotUnlocked(tr("No server-bound workspace is open."))
        handle = SyncHandle(self.workspace.open_second_connection(), self.transport)
        self.transport = None
        return handle

    def reload_casework(self) -> None:
        """A sync may have brought new form versions: build the Casework again."""
        if self.workspace is not None:
            self.casework = self._factory(self.workspace)

    def discard(self, data_dir: Path, user: str) -> None:
        """A revoked workspace (already wiped by the sync engine): close it and make sure no
        file of it is left, whatever closing the connection wrote."""
        ws, self.workspace, self.casework = self.workspace, None, None
        self.transport = None
        if ws is not None:
            with contextlib.suppress(Exception):  # its files are gone: closing may complain
                ws.close()
        workspaces.delete_files(data_dir, user)


class DbWorker(Runner):
    """The UI's handle on the database thread: submit operations, get results as signals.

    Results of operations submitted before a `lock()` are dropped, so nothing read from the
    workspace reaches a view after it was locked.
    """

    locked = Signal()
    shutting_down = Signal()  # helpers with their own threads stop first
    dropped_errors = (NotUnlocked,)

    def __init__(self, casework_factory: CaseworkFactory = Casework,
                 parent: QObject | None = None, feed: ChangeFeed | None = None) -> None:
        self._owner = _WorkspaceOwner(casework_factory)
        super().__init__("casemgr-db", feed, parent)

    def run(self, func: Callable[[Casework], T], on_done: Callable[[T], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run `func(casework)` on the database thread; then `on_done(result)` or
        `on_error(exception)` on this (the main) thread. A use case's `Outcome` arrives as
        its value; its changes go to the views."""
        owner = self._owner
        self.submit(lambda: func(owner.require_casework()), on_done, on_error)

    def call(self, func: Callable[[], T], on_done: Callable[[T], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> None:
        """Like `run` for work that needs no open workspace (listing or creating one)."""
        self.submit(func, on_done, on_error)

    def _with_owner(self, func: Callable[[_WorkspaceOwner], Any],
                    on_done: Callable[[Any], None] | None = None,
                    on_error: Callable[[BaseException], None] | None = None) -> None:
        owner = self._owner
        self.submit(lambda: func(owner), on_done, on_error)

    def unlock(self, data_dir: Path, user: str, password: str,
               on_done: Callable[[SignedIn], None],
               on_error: Callable[[BaseException], None], *, clock: Clock | None = None,
               kdf_policy: KdfParams = DEFAULT_KDF,
               transport_factory: TransportFactory | None = None,
               keystore: Keystore | None = None) -> None:
        """Unlock on the database thread (account.open_workspace: offline within the lease,
        else online); it owns the workspace after."""
        def unlock(owner: _WorkspaceOwner) -> SignedIn:
            return owner.open(*workspaces.unlock(
                data_dir, user, password, clock=clock, kdf_policy=kdf_policy,
                transport_factory=transport_factory or Transport, keystore=keystore))

        self._with_owner(unlock, on_done, on_error)

    def first_login(self, data_dir: Path, server_url: str, user: str, password: str,
                    on_done: Callable[[SignedIn], None],
                    on_error: Callable[[BaseException], None], *, clock: Clock | None = None,
                    kdf: KdfParams = DEFAULT_KDF,
                    transport_factory: TransportFactory | None = None,
                    ca_file: Path | None = None, server_pin: str | None = None,
                    keystore: Keystore | None = None) -> None:
        """Log in to a server for the first time on this device (HTTP on this thread: no
        workspace is open yet) and open the new workspace."""
        def login(owner: _WorkspaceOwner) -> SignedIn:
            owner.close()
            ws, transport = workspaces.first_login(
                data_dir, server_url, user, password, clock=clock, kdf=kdf,
                transport_factory=transport_factory or Transport, ca_file=ca_file,
                server_pin=server_pin, keystore=keystore)
            return owner.open(ws, transport, first_login=True)

        self._with_owner(login, on_done, on_error)

    def recover(self, data_dir: Path, user: str, server_password: str, new_password: str,
                on_done: Callable[[SignedIn], None],
                on_error: Callable[[BaseException], None], *, clock: Clock | None = None,
                kdf: KdfParams = DEFAULT_KDF,
                transport_factory: TransportFactory | None = None,
                keystore: Keystore | None = None) -> None:
        """After a lockout: get the data key back from the server, set a new password, open."""
        def recover(owner: _WorkspaceOwner) -> SignedIn:
            return owner.open(*workspaces.recover(
                data_dir, user, server_password, new_password, clock=clock, kdf=kdf,
                transport_factory=transport_factory or Transport, keystore=keystore))

        self._with_owner(recover, on_done, on_error)

    def create(self, data_dir: Path, user: str, password: str, profile: dict[str, str],
               on_done: Callable[[SignedIn], None],
               on_error: Callable[[BaseException], None], *, clock: Clock | None = None,
               kdf: KdfParams = DEFAULT_KDF,
               prepare: Callable[[Casework], Any] | None = None,
               keystore: Keystore | None = None) -> None:
        """Create an offline-only workspace and open it; `prepare(casework)` runs first (the
        demo seeds its cases there)."""
        def create(owner: _WorkspaceOwner) -> SignedIn:
            ws = workspaces.create_offline(data_dir, user, password, profile, clock=clock,
                                           kdf=kdf, keystore=keystore)
            session = owner.open(ws)
            if prepare is not None:
                prepare(owner.require_casework())
            return session

        self._with_owner(create, on_done, on_error)

    def take_sync_handle(self, on_done: Callable[[SyncHandle], None],
                         on_error: Callable[[BaseException], None] | None = None) -> None:
        """Open a second connection for the sync thread and hand it the transport."""
        self._with_owner(_WorkspaceOwner.take_sync_handle, on_done, on_error)

    def reload_casework(self) -> None:
        self._with_owner(_WorkspaceOwner.reload_casework)

    def discard_revoked(self, data_dir: Path, user: str,
                        on_done: Callable[[None], None] | None = None) -> None:
        """Close a workspace the server revoked and delete whatever is left of its files."""
        self._with_owner(lambda owner: owner.discard(data_dir, user), on_done)

    def lock(self) -> None:
        """Close the workspace; results still on their way are dropped."""
        self.new_epoch()
        self._with_owner(_WorkspaceOwner.close)
        self.locked.emit()

    def shutdown(self) -> None:
        """Close the workspace and stop the thread (waits for the running operation)."""
        if self.stopped:
            return
        self.shutting_down.emit()
        self.stop(self._owner.close)


__all__ = ["DbWorker", "NotUnlocked", "SignedIn", "SyncHandle"]
