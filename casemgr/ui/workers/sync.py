"""The sync thread: SyncEngine.sync() runs there, on its own connection to the workspace.

The database thread (worker.DbWorker) owns the workspace's first connection; a SQLite
connection must never be used by two threads at once, and a long sync must not queue the
UI's reads behind its HTTP waits. So the sync thread gets a second SQLCipher connection to
the same file, opened with the key the unlocked workspace holds in memory
(`Workspace.open_second_connection`): WAL lets the two read side by side, and BEGIN IMMEDIATE
with a busy timeout queues their writes (a pulled page is one short transaction). The UI
thread runs neither SQL nor HTTP; progress comes back to it by a queued signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from casemgr.db.sync_store import SyncStore
from casemgr.db.workspace import Workspace
from casemgr.sync.engine import SyncEngine, SyncProgress, SyncSummary
from casemgr.sync.transport import Revoked, Session, Transport
from casemgr.ui.workers.db import SyncHandle


class SyncCancelled(Exception):
    """The sync stopped between two steps because the workspace was locked or the app quits
    (each step is its own transaction: nothing is half-applied)."""


class NotAttached(Exception):
    """No server-bound workspace is open on the sync thread."""


@dataclass(eq=False)
class _SyncOp:
    func: Callable[[_SyncOwner], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    epoch: int | None  # None: not tied to a session (its result is always delivered)
    is_sync: bool = False
    result: Any = None
    error: BaseException | None = None


class _SyncOwner(QObject):
    """Lives on the sync thread: its connection to the workspace, the transport, the engine."""

    finished = Signal(object)
    progressed = Signal(object, int)  # SyncProgress, session epoch

    def __init__(self, cancel: threading.Event) -> None:
        super().__init__()
        self._cancel = cancel
        self.workspace: Workspace | None = None
        self.transport: Transport | None = None

    @Slot(object)
    def execute(self, op: _SyncOp) -> None:
        try:
            op.result = op.func(self)
        except BaseException as exc:
            op.error = exc
        self.finished.emit(op)

    def attach(self, handle: SyncHandle) -> None:
        self.detach()
        self.workspace, self.transport = handle.workspace, handle.transport
        workspace = handle.workspace

        def keep_tokens(session: Session) -> None:
            # The refresh token lives in the encrypted workspace; written on this thread's
            # own connection (the transport saved through the database thread's before).
            SyncStore(workspace).set_meta("refresh_token", session.refresh_token)

        handle.transport.on_tokens = keep_tokens
        self._cancel.clear()

    def detach(self) -> None:
        ws, self.workspace, self.transport = self.workspace, None, None
        if ws is not None and ws.conn is not None:
            ws.close()

    def sync(self, epoch: int) -> SyncSummary:
        ws, transport = self.workspace, self.transport
        if ws is None or ws.conn is None or transport is None:
            raise NotAttached("No server-bound workspace is open.")
        if self._cancel.is_set():
            raise SyncCancelled()

        def progress(step: SyncProgress) -> None:
            if self._cancel.is_set() and step.phase != "finish":
                raise SyncCancelled()
            self.progressed.emit(step, epoch)

        try:
            return SyncEngine(ws, transport, progress=progress).sync()
        except Revoked:
            self.workspace = self.transport = None  # the engine wiped it and closed this
            raise


class SyncWorker(QObject):
    """The UI's handle on the sync thread (started on first use): attach a workspace, sync,
    get results as signals; results of a sync started before `detach()` are dropped."""

    progress = Signal(object)  # SyncProgress of the running sync, on the main thread
    running_changed = Signal(int)  # 1 syncing, 0 not (an int: see DbWorker.busy_changed)
    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread: QThread | None = None
        self._owner = _SyncOwner(self._cancel)
        self._epoch = 0
        self._running = 0
        self._stopped = False
        self.attached = False
        self.error_reporter: Callable[[BaseException], None] | None = None

    def _ensure_thread(self) -> None:
        if self._thread is not None:
            return
        self._thread = QThread()
        self._thread.setObjectName("casemgr-sync")
        self._owner.moveToThread(self._thread)
        self._submit.connect(self._owner.execute, Qt.ConnectionType.QueuedConnection)
        self._owner.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._owner.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._thread.start()

    def _queue(self, func: Callable[[_SyncOwner], Any], on_done: Callable[[Any], None] | None,
               on_error: Callable[[BaseException], None] | None, *, session: bool,
               is_sync: bool = False) -> None:
        if self._stopped:
            return
        self._ensure_thread()
        self._submit.emit(_SyncOp(func, on_done, on_error, self._epoch if session else None,
                                  is_sync))

    # -- the session ---------------------------------------------------------------------------

    def attach(self, handle: SyncHandle) -> None:
        """Take the connection and transport of a newly unlocked server-bound workspace."""
        self.attached = True
        self._queue(lambda owner: owner.attach(handle), None, None, session=True)

    def detach(self) -> None:
        """Locked: stop the running sync at its next step, close the connection, and drop
        every result still on its way."""
        if not self.attached:
            return
        self.attached = False
        self._epoch += 1
        self._cancel.set()
        self._queue(_SyncOwner.detach, None, None, session=False)
        self._set_running(0)

    @property
    def running(self) -> bool:
        return self._running > 0

    def sync(self, on_done: Callable[[SyncSummary], None],
             on_error: Callable[[BaseException], None]) -> bool:
        """Push and pull now; False (and nothing queued) if a sync is already running."""
        if not self.attached or self.running:
            return False
        self._set_running(1)
        epoch = self._epoch
        self._queue(lambda owner: owner.sync(epoch), on_done, on_error, session=True,
                    is_sync=True)
        return True

    def call(self, func: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run other network work here (starting the demo server), never on the UI thread."""
        self._queue(lambda _owner: func(), on_done, on_error, session=False)

    def with_transport(self, func: Callable[[Transport], Any],
                       on_done: Callable[[Any], None] | None = None,
                       on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run `func(transport)` on this thread (logging in again after a session ended)."""
        def run(owner: _SyncOwner) -> Any:
            if owner.transport is None:
                raise NotAttached("No server-bound workspace is open.")
            return func(owner.transport)

        self._queue(run, on_done, on_error, session=True)

    def shutdown(self) -> None:
        """Stop the running sync at its next step and the thread (an HTTP request in flight
        ends at its timeout)."""
        if self._stopped:
            return
        self._epoch += 1
        self._cancel.set()
        if self._thread is not None:
            self._submit.emit(_SyncOp(_SyncOwner.detach, None, None, None))
            self._submit.emit(_SyncOp(lambda _owner: _quit_thread(), None, None, None))
            self._thread.wait()
        self._stopped = True
        self.attached = False

    # -- results (main thread) -----------------------------------------------------------------

    def _set_running(self, value: int) -> None:
        if value != self._running:
            self._running = value
            self.running_changed.emit(value)

    @Slot(object, int)
    def _progressed(self, step: SyncProgress, epoch: int) -> None:
        if epoch == self._epoch:
            self.progress.emit(step)

    @Slot(object)
    def _deliver(self, op: _SyncOp) -> None:
        if op.epoch is not None and op.epoch != self._epoch:
            return  # locked meanwhile: nothing of it reaches a view
        if op.is_sync:
            self._set_running(0)  # first, so that on_done may start the next one
        if op.error is not None:
            if op.on_error is not None:
                op.on_error(op.error)
            elif isinstance(op.error, NotAttached | SyncCancelled):
                pass
            elif self.error_reporter is not None:
                self.error_reporter(op.error)
            else:
                raise op.error
        elif op.on_done is not None:
            op.on_done(op.result)


def _quit_thread() -> None:
    thread = QThread.currentThread()
    if thread is not None:
        thread.quit()


__all__ = ["NotAttached", "SyncCancelled", "SyncWorker"]
