"""The status bar: connection state, changes waiting to sync, last sync, and work in progress."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from casemgr.app.casework import Casework
from casemgr.db.sync_store import SyncStore
from casemgr.ui.worker import Changes, DbWorker, Session


def _last_sync(cw: Casework) -> tuple[int, str]:
    sync = SyncStore(cw.ws)
    return sync.outbox_count(), sync.state().last_sync_at


class SyncStatusBar(QStatusBar):
    """Online or offline, the outbox count and the last sync time of the open workspace."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None, *,
                 first_count_delay_ms: int = 1500) -> None:
        super().__init__(parent)
        self._worker = worker
        self.connection = QLabel()
        self.connection.setObjectName("connectionState")
        self.outbox = QLabel()
        self.outbox.setObjectName("outboxCount")
        self.last_sync = QLabel()
        self.last_sync.setObjectName("lastSync")
        self.working = QLabel()
        self.addWidget(self.working, 1)
        for label in (self.connection, self.outbox, self.last_sync):
            label.setStyleSheet("padding: 0 10px; border-left: 1px solid #c8c6c4;")
            self.addPermanentWidget(label)
        self._pending: int | None = None
        self._generation = 0
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(30_000)  # an exact recount now and then; writes add up
        self._recount.timeout.connect(self.refresh)
        self._first_count = QTimer(self)
        self._first_count.setSingleShot(True)
        self._first_count.setInterval(first_count_delay_ms)
        self._first_count.timeout.connect(self.refresh)
        self._busy_delay = QTimer(self)  # only work that takes a while is worth a word
        self._busy_delay.setSingleShot(True)
        self._busy_delay.setInterval(400)
        self._busy_delay.timeout.connect(lambda: self.working.setText("Working…"))
        worker.busy_changed.connect(self._busy)
        worker.changes_made.connect(self._changed)
        self.clear_session()

    def show_session(self, session: Session) -> None:
        if session.offline_only:
            self.connection.setText("Offline-only workspace: no server")
            self.connection.setToolTip("This workspace was created without a server. Its "
                                       "changes stay on this device.")
        else:
            self.connection.setText("Offline")
            self.connection.setToolTip(f"Server: {session.server_url}")
        self.outbox.setText("Counting changes waiting to sync…")
        # Counting a large outbox takes a moment on the worker; the case list goes first.
        self._first_count.start()

    def clear_session(self) -> None:
        """Locked: nothing about the workspace is shown."""
        self._generation += 1
        self._pending = None
        self._recount.stop()
        self._first_count.stop()
        self.connection.setText("Locked")
        self.connection.setToolTip("")
        self.outbox.clear()
        self.last_sync.clear()

    @Slot()
    def refresh(self) -> None:
        generation = self._generation
        self._worker.run(_last_sync, lambda r: self._show(generation, *r))

    def _show(self, generation: int, pending: int, last_sync: str) -> None:
        if generation != self._generation:
            return
        self._pending = pending
        self._show_pending()
        self.last_sync.setText(f"Last sync: {last_sync[:16].replace('T', ' ')}" if last_sync
                               else "Never synced")

    def _show_pending(self) -> None:
        n = self._pending or 0
        self.outbox.setText("Nothing waiting to sync" if n == 0 else
                            f"{n:,} change{'s' if n != 1 else ''} waiting to sync")

    @Slot(object)
    def _changed(self, changes: Changes) -> None:
        if self._pending is None:
            return
        self._pending += changes.ops
        self._show_pending()
        if not self._recount.isActive():
            self._recount.start()

    @Slot(int)
    def _busy(self, busy: int) -> None:
        if busy:
            self._busy_delay.start()
        else:
            self._busy_delay.stop()
            self.working.clear()


__all__ = ["SyncStatusBar"]
