"""The sync worker: the sync use case (casemgr.app.syncing) runs on its own thread, on its
own connection to the workspace.

The database thread (workers.db.DbWorker) owns the workspace's first connection; a SQLite
connection must never be used by two threads at once, and a long sync must not queue the
UI's reads behind its HTTP waits. So the sync thread gets a second SQLCipher connection to
the same file, opened with the key the unlocked workspace holds in memory
(`Workspace.open_second_connection`): WAL lets the two read side by side, and BEGIN IMMEDIATE
with a busy timeout queues their writes (a pulled page is one short transaction). The UI
thread runs neither SQL nor HTTP; progress comes back to it through the Runner.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from casemgr.app import glass, syncing
from casemgr.app.changes import Changes
from casemgr.app.glass import EmergencyAccess
from casemgr.app.syncing import SyncCancelled
from casemgr.db.workspace import Workspace
from casemgr.sync.engine import SyncProgress, SyncSummary
from casemgr.sync.transport import Revoked, Transport
from casemgr.ui.i18n import tr
from casemgr.ui.workers.db import SyncHandle
from casemgr.ui.workers.runner import ChangeFeed, Job, Runner


class NotAttached(SyncCancelled):
    """No server-bound workspace is open on the sync thread (it was locked before the sync
    began): nothing was synced."""


class _Connection:
    """Used on the sync thread only: its connection to the workspace and the transport."""

    def __init__(self) -> None:
        self.workspace: Workspace | None = None
        self.transport: Transport | None = None

    def attach(self, handle: SyncHandle) -> None:
        self.detach()
        self.workspace, self.transport = handle.workspace, handle.transport
        # The refresh token lives in the encrypted workspace: written on this connection.
        syncing.keep_tokens(handle.workspace, handle.transport)

    def detach(self) -> None:
        ws, self.workspace, self.transport = self.workspace, None, None
        if ws is not None and ws.conn is not None:
            ws.close()

    def require(self) -> tuple[Workspace, Transport]:
        if self.workspace is None or self.workspace.conn is None or self.transport is None:
            raise NotAttached(tr("No server-bound workspace is open."))
        return self.workspace, self.transport


class SyncWorker(Runner):
    """The UI's handle on the sync thread: attach a workspace, sync, get results as signals;
    results of a sync started before `detach()` are dropped. `progress` carries
    (SyncProgress, Changes) of the running sync."""

    running_changed = Signal(int)  # 1 syncing, 0 not (an int: see Runner.busy_changed)
    attached_changed = Signal(int)  # 1 a workspace's connection was handed over, 0 locked
    quiet_errors = (NotAttached, SyncCancelled)

    def __init__(self, parent: QObject | None = None, feed: ChangeFeed | None = None) -> None:
        self._cancel = threading.Event()
        self._conn = _Connection()
        self._sync_job: Job | None = None
        super().__init__("casemgr-sync", feed, parent)
        self.attached = False

    # -- the session ---------------------------------------------------------------------------

    def attach(self, handle: SyncHandle) -> None:
        """Take the connection and transport of a newly unlocked server-bound workspace."""
        self.attached = True
        self._cancel.clear()
        conn = self._conn
        self.submit(lambda: conn.attach(handle))
        self.attached_changed.emit(1)

    def detach(self) -> None:
        """Locked: stop the running sync at its next step, close the connection, and drop
        every result still on its way."""
        if not self.attached:
            return
        self.attached = False
        self.new_epoch()
        self._cancel.set()
        self.submit(self._conn.detach, session=False)
        self._set_running(None)
        self.attached_changed.emit(0)

    @property
    def running(self) -> bool:
        return self._sync_job is not None

    def sync(self, on_done: Callable[[SyncSummary], None],
             on_error: Callable[[BaseException], None]) -> bool:
        """Push and pull now; False (and nothing queued) if a sync is already running."""
        if not self.attached or self.running or self.stopped:
            return False
        epoch, conn, cancel = self.epoch, self._conn, self._cancel

        def progress(step: SyncProgress, changes: Changes) -> None:
            if cancel.is_set() and step.phase != "finish":
                raise SyncCancelled()
            self.report((step, changes), epoch)

        def run() -> SyncSummary:
            ws, transport = conn.require()
            if cancel.is_set():
                raise SyncCancelled()
            try:
                # Only the summary: what each step wrote went to the views with its progress.
                return syncing.sync(ws, transport, progress).value
            except Revoked:
                conn.workspace = conn.transport = None  # the engine wiped it and closed this
                raise

        self._set_running(self.submit(run, on_done, on_error))
        return True

    def break_glass(self, case: str, reason: str, note: str,
                    on_done: Callable[[EmergencyAccess], None],
                    on_error: Callable[[BaseException], None]) -> bool:
        """Ask the server for emergency access to a case outside the caseload, then sync it
        here (casemgr.app.glass); False (nothing asked) without a server-bound workspace."""
        if not self.attached or self.stopped:
            return False
        epoch, conn = self.epoch, self._conn

        def progress(step: SyncProgress, changes: Changes) -> None:
            self.report((step, changes), epoch)

        def run() -> EmergencyAccess:
            ws, transport = conn.require()
            return glass.open_outside_caseload(ws, transport, case, reason, note,
                                               progress).value

        self.submit(run, on_done, on_error)
        return True

    def end_break_glass(self, case_id: str, holder: str | None,
                        on_done: Callable[[str], None],
                        on_error: Callable[[BaseException], None]) -> bool:
        """End a break-glass access now (the user's own: `holder` None; or, for the case's
        supervisor, `holder`'s), then sync (casemgr.app.glass); on_done gets when it ended.
        False (nothing asked) without a server-bound workspace."""
        if not self.attached or self.stopped:
            return False
        epoch, conn = self.epoch, self._conn

        def progress(step: SyncProgress, changes: Changes) -> None:
            self.report((step, changes), epoch)

        def run() -> str:
            ws, transport = conn.require()
            return glass.end_emergency_access(ws, transport, case_id, holder, progress).value

        self.submit(run, on_done, on_error)
        return True

    def call(self, func: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run other network work here (starting the demo server), never on the UI thread."""
        self.submit(func, on_done, on_error, session=False)

    def with_transport(self, func: Callable[[Transport], Any],
                       on_done: Callable[[Any], None] | None = None,
                       on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run `func(transport)` on this thread (logging in again after a session ended)."""
        conn = self._conn
        self.submit(lambda: func(conn.require()[1]), on_done, on_error)

    def shutdown(self) -> None:
        """Stop the running sync at its next step and the thread (an HTTP request in flight
        ends at its timeout)."""
        self._cancel.set()
        self.attached = False
        self.stop(self._conn.detach)

    # -- which job is the sync -----------------------------------------------------------------

    def _set_running(self, job: Job | None) -> None:
        was, self._sync_job = self._sync_job, job
        if (was is None) != (job is None):
            self.running_changed.emit(0 if job is None else 1)

    def _before_delivery(self, job: Job) -> None:
        if self._sync_job is not None and job is self._sync_job:
            self._set_running(None)  # first, so that on_done may start the next one


__all__ = ["NotAttached", "SyncWorker"]
