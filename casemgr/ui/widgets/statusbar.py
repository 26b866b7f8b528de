"""The status bar: online or offline (the last sync's result), changes waiting to sync, the last
sync time, the progress of a running sync (records and bytes), and work in progress."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from casemgr.app.casework import Casework
from casemgr.app.changes import Changes
from casemgr.sync.engine import SyncProgress
from casemgr.ui.i18n import local_moment, plural, tr
from casemgr.ui.widgets import palette
from casemgr.ui.workers.db import DbWorker, SignedIn
from casemgr.ui.workers.sync_controller import SyncStatus, SyncStatusKind, progress_text

STATE_COLOURS = {SyncStatusKind.ONLINE: palette.success, SyncStatusKind.OFFLINE: palette.warning,
                 SyncStatusKind.FAILED: palette.error, SyncStatusKind.STOPPED: palette.error}


def _last_sync(cw: Casework) -> tuple[int, str]:
    return cw.last_sync()


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
        self.sync_progress = QLabel()
        self.sync_progress.setObjectName("syncProgress")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("syncProgressBar")
        self.progress_bar.setMaximumWidth(140)
        self.progress_bar.setMaximumHeight(14)
        self.progress_bar.setTextVisible(False)
        self.sync_button = QToolButton()
        self.sync_button.setObjectName("statusSyncNow")
        self.addWidget(self.working, 1)
        self.addWidget(self.progress_bar)
        self.addWidget(self.sync_progress)
        for label in (self.connection, self.outbox, self.last_sync):
            palette.apply_style(label, lambda pal: palette.status_field_style(palette=pal))
            self.addPermanentWidget(label)
        self.addPermanentWidget(self.sync_button)
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
        self._busy_delay.timeout.connect(lambda: self.working.setText(tr("Working…")))
        worker.busy_changed.connect(self._busy)
        worker.changes_made.connect(self._changed)
        self.clear_session()

    def set_sync_action(self, action: QAction) -> None:
        self.sync_button.setDefaultAction(action)

    def show_session(self, session: SignedIn) -> None:
        if session.offline_only:
            self.connection.setText(tr("Offline-only workspace: no server"))
            self.connection.setToolTip(tr("This workspace was created without a server. Its "
                                          "changes stay on this device."))
            self.sync_button.hide()
        else:
            self.connection.setText(tr("Not synced yet"))
            self.connection.setToolTip(tr("Server: {server_url}").format(
                                           server_url=session.server_url))
            self.sync_button.show()
        self.outbox.setText(tr("Counting changes waiting to sync…"))
        # The case list goes first on the worker; the count follows.
        self._first_count.start()

    def clear_session(self) -> None:
        """Locked: nothing about the workspace is shown."""
        self._generation += 1
        self._pending = None
        self._recount.stop()
        self._first_count.stop()
        self.connection.setText(tr("Locked"))
        self.connection.setToolTip("")
        palette.apply_style(self.connection,
                            lambda pal: palette.status_field_style(palette=pal))
        self.outbox.clear()
        self.last_sync.clear()
        self._hide_progress()
        self.sync_button.hide()

    @Slot()
    def refresh(self) -> None:
        generation = self._generation
        self._worker.run(_last_sync, lambda r: self._show(generation, *r))

    def _show(self, generation: int, pending: int, last_sync: str) -> None:
        if generation != self._generation:
            return
        self._pending = pending
        self._show_pending()
        self.last_sync.setText(tr("Last sync: {summary}").format(summary=local_moment(last_sync))
                               if last_sync else tr("Never synced"))

    def _show_pending(self) -> None:
        n = self._pending or 0
        self.outbox.setText(tr("Nothing waiting to sync") if n == 0 else
                            plural(n, tr("%Ln change waiting to sync", "", n),
                                   tr("%Ln changes waiting to sync", "", n)))

    # -- syncing -------------------------------------------------------------------------------

    @Slot(object)
    def show_sync_status(self, status: SyncStatus) -> None:
        """The controller's state: online or offline, with what to do in the tooltip."""
        if status.state in (SyncStatusKind.LOCKED, SyncStatusKind.NO_SERVER):
            return
        self.connection.setText(status.text)
        self.connection.setToolTip(status.detail)
        colour = STATE_COLOURS.get(status.state)
        palette.apply_style(self.connection, lambda pal: palette.status_field_style(
            colour(pal) if colour else None, pal))
        if status.state is SyncStatusKind.SYNCING:
            # The connection field says "Syncing…"; the progress text waits for a step.
            self.progress_bar.setRange(0, 0)
            self.progress_bar.show()
            self.sync_progress.clear()
            self.sync_progress.hide()
        else:
            self._hide_progress()
            if self._pending is not None:
                self.refresh()  # the exact count and time after a sync (even a failed one)

    @Slot(object)
    def show_sync_progress(self, step: SyncProgress) -> None:
        if step.phase == "push" and step.total:
            self.progress_bar.setRange(0, step.total)
            self.progress_bar.setValue(step.done)
        else:
            self.progress_bar.setRange(0, 0)  # the records to come are not known
        self.progress_bar.show()
        self.sync_progress.setText(progress_text(step))
        self.sync_progress.show()

    def _hide_progress(self) -> None:
        self.progress_bar.hide()
        self.sync_progress.clear()
        self.sync_progress.hide()

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
