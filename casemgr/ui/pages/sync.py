"""The Sync page, and the progress of the first sync after logging in.

The page: the server, how long offline use is allowed, the last sync, the changes waiting to
be sent, and the changes the server refused, with its reason and the values (never dropped).
An offline-only workspace has no server: the page says so plainly.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casemgr.app.casework import Casework
from casemgr.app.syncing import SyncOverview
from casemgr.db.queries import OutboxEntry, RefusedChange
from casemgr.sync.engine import SyncProgress, SyncSummary
from casemgr.ui.dialogs.base import FittedDialog, field_words, record_words
from casemgr.ui.dialogs.conflict import show_value
from casemgr.ui.i18n import local_moment, num, plural, tr
from casemgr.ui.labels import field_text, vocabulary_of
from casemgr.ui.pages.base import NO_SERVER, Page, state_label
from casemgr.ui.widgets.tables import Column, RowsModel, RowsTable
from casemgr.ui.workers.db import DbWorker, SignedIn
from casemgr.ui.workers.sync_controller import (
    SyncStatus,
    SyncStatusKind,
    progress_text,
    summary_text,
)


def _values_text(change: RefusedChange) -> str:
    def shown(name: str, value: object) -> str:
        if vocabulary_of(change.record_type, name) and value not in (None, "", []):
            return field_text(change.record_type, name, value)
        return show_value(value)
    return "; ".join(f"{field_words(change.record_type, name)}: {shown(name, value)}"
                     for name, value in change.values) or tr("(deleted)")


def _kind_text(kind: str) -> str:
    return {"create": tr("Added"), "update": tr("Changed"), "delete": tr("Deleted")}.get(kind,
                                                                                       kind)


def lease_text(overview: SyncOverview, now: datetime | None = None) -> str:
    """"Offline use allowed until …" in local time, with the days left."""
    if not overview.offline_until:
        return overview.lease_note or tr("No offline permission yet: connect to the server.")
    try:
        until = datetime.fromisoformat(overview.offline_until)
    except ValueError:
        return overview.lease_note
    until = until.replace(tzinfo=UTC) if until.tzinfo is None else until
    if not overview.offline_allowed:
        return overview.lease_note
    days = (until - (now or datetime.now(UTC))).days
    left = plural(days, tr(" (in %Ln day)", "", days),
                  tr(" (in %Ln days)", "", days)) if days >= 0 else ""
    return tr("Offline use allowed until {time}{left}; each sync extends it.").format(
        time=local_moment(overview.offline_until), left=left)


class SyncPage(Page):
    """The server and offline lease, the last sync, changes waiting and changes refused."""

    sync_requested = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self._offline_only = False
        layout = QVBoxLayout(self)
        self.state = state_label("syncState")
        layout.addWidget(self.state)
        self.lease = QLabel()
        self.lease.setObjectName("leaseValidity")
        self.lease.setWordWrap(True)
        layout.addWidget(self.lease)
        top = QHBoxLayout()
        self.last_sync = QLabel()
        self.last_sync.setObjectName("lastSyncSummary")
        self.last_sync.setWordWrap(True)
        top.addWidget(self.last_sync, 1)
        self.sync_now = QPushButton(tr("Sync now"))
        self.sync_now.setObjectName("syncNow")
        self.sync_now.setEnabled(False)
        self.sync_now.clicked.connect(self.sync_requested)
        top.addWidget(self.sync_now)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("syncSummary")
        layout.addWidget(self.summary)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("syncTabs")
        self.model = RowsModel[OutboxEntry]([
            Column("#", lambda e: str(e.client_seq)),
            Column(tr("Change"), lambda e: _kind_text(e.kind)),
            Column(tr("Record"), lambda e: record_words(e.record_type)),
            Column(tr("Case"), lambda e: e.case_number),
            Column(tr("When"), lambda e: local_moment(e.created_at)),
        ], lambda e: str(e.client_seq), self)
        self.table = RowsTable(self.model, "outboxTable")
        self.tabs.addTab(self.table, tr("Waiting to sync"))
        refused_page = QWidget()
        refused_layout = QVBoxLayout(refused_page)
        explain = QLabel(tr("The server refused these changes (for example a case reassigned "
                            "meanwhile, or a step no longer allowed). They were taken back out "
                            "of the case file but are kept here with the values you entered, so "
                            "nothing is lost: re-enter what still applies."))
        explain.setWordWrap(True)
        refused_layout.addWidget(explain)
        self.refused = RowsModel[RefusedChange]([
            Column(tr("When"), lambda r: local_moment(r.at)),
            Column(tr("Case"), lambda r: r.case_number),
            Column(tr("Record"), lambda r: record_words(r.record_type)),
            Column(tr("Change"), lambda r: _kind_text(r.kind)),
            Column(tr("Values refused"), _values_text),
            Column(tr("Reason"), lambda r: r.reason),
        ], lambda r: r.op_id, self)
        self.refused_table = RowsTable(self.refused, "refusedTable")
        self.refused_table.fit_columns(stretch=(4, 5))
        refused_layout.addWidget(self.refused_table, 1)
        self.tabs.addTab(refused_page, tr("Refused by the server"))
        layout.addWidget(self.tabs, 1)

    def start(self, session: SignedIn) -> None:
        self.activate()
        self._offline_only = session.offline_only
        if session.offline_only:
            self.state.setText(tr(NO_SERVER) + tr(" The changes below wait in the outbox; they "
                                                  "would be sent if this workspace were linked "
                                                  "to a server."))
            self.sync_now.setEnabled(False)
            self.sync_now.setToolTip(tr("This workspace has no server to sync with."))
        else:
            self.state.setText(tr("Server: {server_url}").format(server_url=session.server_url))
            self.sync_now.setEnabled(True)
            self.sync_now.setToolTip(tr("Send and receive changes now (Ctrl+Shift+S)"))

    def show_status(self, status: SyncStatus) -> None:
        """The controller's view of syncing: the last result, and Sync now while idle."""
        if not self.active or self._offline_only:
            return
        parts = [status.text]
        if status.detail:
            parts.append(status.detail)
        self.last_sync.setText(" — ".join(parts))
        self.sync_now.setEnabled(status.state not in (SyncStatusKind.SYNCING,
                                                      SyncStatusKind.LOCKED))

    def show_progress(self, step: SyncProgress) -> None:
        if self.active:
            self.last_sync.setText(tr("Syncing… {progress}").format(progress=progress_text(step)))

    def show_summary(self, summary: SyncSummary) -> None:
        if self.active:
            self.last_sync.setText(tr("Last sync: {summary}").format(
                summary=summary_text(summary)))

    def load(self, cw: Casework) -> SyncOverview:
        return cw.sync_overview()

    def show_loaded(self, overview: SyncOverview) -> None:
        self.model.set_rows(overview.outbox)
        self.refused.set_rows(overview.refused)
        total = overview.outbox_total
        shown = (tr(" (the oldest {count} are listed)").format(count=num(len(overview.outbox)))
                 if total > len(overview.outbox) else "")
        self.summary.setText(plural(total, tr("%Ln change waiting to sync{shown}", "", total),
                                    tr("%Ln changes waiting to sync{shown}", "", total))
                             .format(shown=shown))
        self.tabs.setTabText(0, tr("Waiting to sync ({count})").format(count=num(total)))
        self.tabs.setTabText(1, tr("Refused by the server ({count})").format(
                                    count=num(len(overview.refused))))
        if overview.server_url:
            self.lease.setText(lease_text(overview))
            if not self.last_sync.text():
                self.last_sync.setText(tr("Last sync: {summary}").format(
                    summary=local_moment(overview.last_sync_at))
                    if overview.last_sync_at else tr("Never synced yet."))
        else:
            self.lease.clear()

    def clear_view(self) -> None:
        self.model.clear()
        self.refused.clear()
        for label in (self.summary, self.state, self.lease, self.last_sync):
            label.clear()
        self.sync_now.setEnabled(False)


class FirstSyncDialog(FittedDialog):
    """Right after logging in: the caseload arriving, with records and bytes as they come."""

    def __init__(self, session: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSync")
        self.setWindowTitle(tr("Downloading your caseload"))
        self.setMinimumWidth(460)
        layout = self.main_layout
        heading = QLabel(tr("Logged in to {server_url} as {user}. Your cases are being "
                            "downloaded and encrypted on this device; you can start working "
                            "meanwhile.").format(server_url=session.server_url, user=session.user))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.bar = QProgressBar()
        self.bar.setObjectName("firstSyncProgress")
        self.bar.setRange(0, 0)  # the number of records is not known in advance
        layout.addWidget(self.bar)
        self.detail = QLabel(tr("Connecting…"))
        self.detail.setObjectName("firstSyncDetail")
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(tr("Continue in the background"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("closeFirstSync")
        self.set_button_box(self.buttons)

    def show_progress(self, step: SyncProgress) -> None:
        if step.phase == "push" and step.total:
            self.bar.setRange(0, step.total)
            self.bar.setValue(step.done)
        else:
            self.bar.setRange(0, 0)
        self.detail.setText(progress_text(step))

    def show_status(self, status: SyncStatus) -> None:
        if status.state is SyncStatusKind.ONLINE and status.summary is not None:
            self.bar.setRange(0, 1)
            self.bar.setValue(1)
            self.detail.setText(tr("Done: {summary}").format(summary=summary_text(status.summary)))
            self.accept()
        elif status.state in (SyncStatusKind.OFFLINE, SyncStatusKind.FAILED,
                              SyncStatusKind.STOPPED):
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
            self.detail.setText(status.detail + tr(" The cases arrive at the next sync."))
            self.close_button.setText(tr("Close"))


__all__ = ["FirstSyncDialog", "SyncPage", "lease_text"]
