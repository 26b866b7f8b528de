"""The database worker: one thread owns the unlocked workspace; the UI sends it operations.

Every read and write the UI makes runs on that thread as an operation (Anki's CollectionOp,
Picard's run_task): `run(func, on_done, on_error)` where `func` gets the Casework. The result
or the exception comes back to the main thread by a queued signal, with the records the
operation wrote (`Changes`), so that only the views showing them refresh. Nothing here
touches a widget, and the main thread never touches the workspace.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from casemgr.app.casework import Casework
from casemgr.db.errors import WorkspaceExists
from casemgr.db.keys import DEFAULT_KDF, KdfParams
from casemgr.db.store import Store, WriteTx
from casemgr.db.workspace import (
    Workspace,
    WorkspaceInfo,
    WorkspacePaths,
    create_workspace,
    delete_workspace_files,
)
from casemgr.domain.clock import Clock, SystemClock
from casemgr.domain.permissions import Role
from casemgr.domain.records import Record, RecordType
from casemgr.sync import account
from casemgr.sync.transport import Transport

T = TypeVar("T")
CaseworkFactory = Callable[[Workspace], Casework]


class NotUnlocked(Exception):
    """An operation needed the workspace, but it is locked (or was locked meanwhile)."""


@dataclass(frozen=True)
class Changes:
    """What one operation wrote: each record (id and type) and the cases they belong to (a
    sync, on its own connection, reports only cases and `record_types`)."""

    records: frozenset[tuple[str, RecordType]] = frozenset()
    case_ids: frozenset[str] = frozenset()
    deleted_cases: frozenset[str] = frozenset()
    ops: int = 0  # outbox entries written (one per record change)
    record_types: frozenset[RecordType] = frozenset()

    @classmethod
    def of(cls, written: Iterable[Record]) -> Changes:
        written = list(written)
        return cls(
            records=frozenset((r.id, r.type) for r in written),
            case_ids=frozenset(r.case_id for r in written if r.case_id),
            deleted_cases=frozenset(r.id for r in written
                                    if r.type is RecordType.CASE and r.deleted),
            ops=len(written))

    @property
    def types(self) -> frozenset[RecordType]:
        return frozenset(t for _, t in self.records) | self.record_types

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.records | other.records, self.case_ids | other.case_ids,
                       self.deleted_cases | other.deleted_cases, self.ops + other.ops,
                       self.record_types | other.record_types)

    def __bool__(self) -> bool:
        return bool(self.records or self.case_ids or self.deleted_cases or self.record_types)


@dataclass(frozen=True)
class Session:
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


class _RecordingStore(Store):
    """The workspace's store, also noting what each committed write transaction changed."""

    def __init__(self, ws: Workspace, sink: list[Record]) -> None:
        super().__init__(ws)
        self._sink = sink

    @contextmanager
    def write(self, actor: str) -> Iterator[WriteTx]:
        with super().write(actor) as tx:
            yield tx
        self._sink.extend(tx.changed)  # only once committed


@dataclass(eq=False)
class _Operation:
    func: Callable[..., Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    needs: str  # "casework": func(cw); "owner": func(owner); "nothing": func()
    epoch: int
    seq: int
    result: Any = None
    error: BaseException | None = None
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class SyncHandle:
    """What the sync thread needs: its own connection to the unlocked workspace and the
    server transport (handed over: the database thread no longer uses it)."""

    workspace: Workspace
    transport: Transport


class _WorkspaceOwner(QObject):
    """Lives on the database thread: holds the workspace and runs operations in order."""

    finished = Signal(object)

    def __init__(self, casework_factory: CaseworkFactory) -> None:
        super().__init__()
        self._factory = casework_factory
        self.workspace: Workspace | None = None
        self.casework: Casework | None = None
        self.transport: Transport | None = None  # until the sync thread takes it
        self._written: list[Record] = []

    @Slot(object)
    def execute(self, op: _Operation) -> None:
        self._written.clear()
        try:
            if op.needs == "casework":
                if self.casework is None:
                    raise NotUnlocked("The workspace is locked.")
                op.result = op.func(self.casework)
            elif op.needs == "owner":
                op.result = op.func(self)
            else:
                op.result = op.func()
        except BaseException as exc:
            op.error = exc
        op.changes = Changes.of(self._written)
        self._written.clear()
        self.finished.emit(op)

    def open(self, ws: Workspace, transport: Transport | None = None, *,
             first_login: bool = False) -> Session:
        """Take over an unlocked workspace; its store records what each write changes."""
        self.close()
        ws.store = _RecordingStore(ws, self._written)
        self.workspace = ws
        self.transport = transport
        self.casework = self._factory(ws)
        actor = self.casework.actor
        return Session(ws.user, actor.role, actor.teams, ws.device_id, ws.info.server_url,
                       ws.paths.root.parent, first_login)

    def close(self) -> None:
        ws, self.workspace, self.casework = self.workspace, None, None
        self.transport = None
        if ws is not None:
            ws.close()

    def take_sync_handle(self) -> SyncHandle:
        """A second connection and the transport, for the sync thread."""
        if self.workspace is None or self.transport is None:
            raise NotUnlocked("No server-bound workspace is open.")
        handle = SyncHandle(self.workspace.open_second_connection(), self.transport)
        self.transport = None
        return handle

    def reload_casework(self) -> None:
        """A sync may have brought new form versions: build the Casework again."""
        if self.workspace is not None:
            self.casework = self._factory(self.workspace)

    def discard(self, paths: WorkspacePaths) -> None:
        """A revoked workspace (already wiped by the sync engine): close it and make sure no
        file of it is left, whatever closing the connection wrote."""
        ws, self.workspace, self.casework = self.workspace, None, None
        self.transport = None
        if ws is not None:
            with contextlib.suppress(Exception):  # its files are gone: closing may complain
                ws.close()
        delete_workspace_files(paths)

    def stop(self) -> None:
        self.close()
        thread = QThread.currentThread()
        if thread is not None:
            thread.quit()


class DbWorker(QObject):
    """The UI's handle on the database thread: submit operations, get results as signals.

    Results of operations submitted before a `lock()` are dropped, so nothing read from the
    workspace reaches a view after it was locked.
    """

    changes_made = Signal(object)  # Changes, after the operation's on_done ran
    # An int, not a bool: PySide6 6.12 drops a reference to True/False each time a Python
    # signal emits one, which ends in "Fatal Python error: bool_dealloc".
    busy_changed = Signal(int)  # 1 busy, 0 idle
    locked = Signal()
    shutting_down = Signal()  # helpers with their own threads stop first
    _submit = Signal(object)

    def __init__(self, casework_factory: CaseworkFactory = Casework,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("casemgr-db")
        self._owner = _WorkspaceOwner(casework_factory)
        self._owner.moveToThread(self._thread)
        self._submit.connect(self._owner.execute, Qt.ConnectionType.QueuedConnection)
        self._owner.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._epoch = 0
        self._seq = itertools.count(1)
        self._in_flight = 0
        self._stopped = False
        self.error_reporter: Callable[[BaseException], None] | None = None
        self._thread.start()

    # -- submitting ------------------------------------------------------------------------

    def run(self, func: Callable[[Casework], T], on_done: Callable[[T], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run `func(casework)` on the database thread; then `on_done(result)` or
        `on_error(exception)` on this (the main) thread."""
        self._queue(func, on_done, on_error, "casework")

    def call(self, func: Callable[[], T], on_done: Callable[[T], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> None:
        """Like `run` for work that needs no open workspace (listing or creating one)."""
        self._queue(func, on_done, on_error, "nothing")

    def unlock(self, data_dir: Path, user: str, password: str,
               on_done: Callable[[Session], None],
               on_error: Callable[[BaseException], None], *, clock: Clock | None = None,
               kdf_policy: KdfParams = DEFAULT_KDF,
               transport_factory: account.TransportFactory | None = None) -> None:
        """Unlock on the database thread (account.open_workspace: offline within the lease,
        else online); it owns the workspace after."""
        def unlock(owner: _WorkspaceOwner) -> Session:
            ws, transport = account.open_workspace(
                data_dir, user, password, clock=clock or SystemClock(), kdf_policy=kdf_policy,
                transport_factory=transport_factory or Transport)
            return owner.open(ws, transport)

        self._queue(unlock, on_done, on_error, "owner")

    def first_login(self, data_dir: Path, server_url: str, user: str, password: str,
                    on_done: Callable[[Session], None],
                    on_error: Callable[[BaseException], None], *, clock: Clock | None = None,
                    kdf: KdfParams = DEFAULT_KDF,
                    transport_factory: account.TransportFactory | None = None) -> None:
        """Log in to a server for the first time on this device (HTTP on this thread: no
        workspace is open yet) and open the new workspace."""
        def login(owner: _WorkspaceOwner) -> Session:
            owner.close()
            root = WorkspacePaths.for_user(data_dir, user).root
            if root.exists() and any(root.iterdir()):  # refused before the server is asked
                raise WorkspaceExists(f"A workspace for {user} already exists on this "
                                      "device: unlock it instead.")
            ws, transport = account.first_login(
                data_dir, server_url, user, password, clock=clock or SystemClock(), kdf=kdf,
                transport_factory=transport_factory or Transport)
            return owner.open(ws, transport, first_login=True)

        self._queue(login, on_done, on_error, "owner")

    def recover(self, data_dir: Path, user: str, server_password: str, new_password: str,
                on_done: Callable[[Session], None],
                on_error: Callable[[BaseException], None], *, clock: Clock | None = None,
                kdf: KdfParams = DEFAULT_KDF,
                transport_factory: account.TransportFactory | None = None) -> None:
        """After a lockout: get the data key back from the server, set a new password, open."""
        def recover(owner: _WorkspaceOwner) -> Session:
            ws, transport = account.recover(
                data_dir, user, server_password, new_password, clock=clock or SystemClock(),
                kdf=kdf, transport_factory=transport_factory or Transport)
            return owner.open(ws, transport)

        self._queue(recover, on_done, on_error, "owner")

    def take_sync_handle(self, on_done: Callable[[SyncHandle], None],
                         on_error: Callable[[BaseException], None] | None = None) -> None:
        """Open a second connection for the sync thread and hand it the transport."""
        self._queue(_WorkspaceOwner.take_sync_handle, on_done, on_error, "owner")

    def reload_casework(self) -> None:
        self._queue(_WorkspaceOwner.reload_casework, None, None, "owner")

    def discard_revoked(self, paths: WorkspacePaths,
                        on_done: Callable[[None], None] | None = None) -> None:
        """Close a workspace the server revoked and delete whatever is left of its files."""
        self._queue(lambda owner: owner.discard(paths), on_done, None, "owner")

    def announce(self, changes: Changes) -> None:
        """Changes written by another connection (the sync): the views showing them refresh."""
        if changes and not self._stopped:
            self.changes_made.emit(changes)

    def create(self, data_dir: Path, user: str, password: str, profile: dict[str, str],
               on_done: Callable[[Session], None],
               on_error: Callable[[BaseException], None], *, clock: Clock | None = None,
               kdf: KdfParams = DEFAULT_KDF,
               prepare: Callable[[Casework], Any] | None = None) -> None:
        """Create an offline-only workspace and open it; `prepare(casework)` runs first (the
        demo seeds its cases there)."""
        def create(owner: _WorkspaceOwner) -> Session:
            ws = create_workspace(data_dir, user, password, clock=clock or SystemClock(),
                                  kdf=kdf, profile=profile)
            session = owner.open(ws)
            if prepare is not None and owner.casework is not None:
                prepare(owner.casework)
            return session

        self._queue(create, on_done, on_error, "owner")

    def lock(self) -> None:
        """Close the workspace; results still on their way are dropped."""
        self._epoch += 1
        self._queue(_WorkspaceOwner.close, None, None, "owner")
        self.locked.emit()

    def shutdown(self) -> None:
        """Close the workspace and stop the thread (waits for the running operation)."""
        if self._stopped:
            return
        self.shutting_down.emit()
        self._stopped = True
        self._epoch += 1
        self._submit.emit(_Operation(_WorkspaceOwner.stop, None, None, "owner", self._epoch,
                                     next(self._seq)))
        self._thread.wait()

    @property
    def busy(self) -> bool:
        return self._in_flight > 0

    def _queue(self, func: Callable[..., Any], on_done: Callable[[Any], None] | None,
               on_error: Callable[[BaseException], None] | None, needs: str) -> None:
        if self._stopped:
            return
        self._in_flight += 1
        if self._in_flight == 1:
            self.busy_changed.emit(1)
        self._submit.emit(_Operation(func, on_done, on_error, needs, self._epoch,
                                     next(self._seq)))

    # -- results (main thread) ---------------------------------------------------------------

    @Slot(object)
    def _deliver(self, op: _Operation) -> None:
        self._in_flight -= 1
        if self._in_flight == 0:
            self.busy_changed.emit(0)
        if op.epoch != self._epoch:
            return  # submitted before a lock: its data must not reach a view
        if op.error is not None:
            if isinstance(op.error, NotUnlocked):
                return
            if op.on_error is not None:
                op.on_error(op.error)
            elif self.error_reporter is not None:
                self.error_reporter(op.error)
            else:
                raise op.error
        elif op.on_done is not None:
            op.on_done(op.result)
        if op.changes:
            self.changes_made.emit(op.changes)


__all__ = ["Changes", "DbWorker", "NotUnlocked", "Profile", "Session", "SyncHandle",
           "list_profiles"]
