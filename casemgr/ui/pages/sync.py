"""The Conflicts and Sync pages, and the progress of the first sync after logging in.

Conflicts: each open conflict (a field changed on two devices before they synced) with both
values, who changed each and when; "Resolve…" opens the ConflictResolver side by side.
Sync: the server, how long offline use is allowed, the last sync, the changes waiting to be
sent, and the changes the server refused, with its reason and the values (never dropped).
An offline-only workspace has no server: both pages say so plainly.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casemgr.app.casework import Casework
from casemgr.app.changes import Changes
from casemgr.app.syncing import SyncOverview
from casemgr.db.queries import ConflictRow, OutboxEntry, RefusedChange
from casemgr.domain.records import RecordType
from casemgr.sync.engine import SyncProgress, SyncSummary
from casemgr.ui.dialogs.base import field_label
from casemgr.ui.dialogs.conflict import ConflictResolver, show_value
from casemgr.ui.errors import ErrorKind, ErrorReporter, kind_of, user_message
from casemgr.ui.pages.base import Page
from casemgr.ui.widgets import palette
from casemgr.ui.widgets.tables import Column, RowsModel, RowsTable
from casemgr.ui.workers.db import DbWorker, SignedIn
from casemgr.ui.workers.sync_controller import (
    SyncState,
    SyncStatus,
    local_time,
    progress_text,
    summary_text,
)

NO_SERVER = ("Offline-only workspace: no server. Everything stays on this device, "
             "encrypted; nothing is sent anywhere.")
# The two sides of a conflict as the server recorded them: the value it kept arrived first;
# the other was sent later, by this device or another one of the same caseload.
KEPT_TITLE = "Kept by the server (first)"
SENT_LATER_TITLE = "Sent later (not applied)"


def _state_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(palette.panel_style())
    return label


def _who_when(by: Any, at: Any) -> str:
    return ", ".join(x for x in (str(by or ""), local_time(str(at)) if at else "") if x)


def _fit_columns(table: RowsTable, stretch: tuple[int, ...]) -> None:
    """Short columns fit their contents; the ones with values share the rest."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(table.model().columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)


def _record_words(record_type: str) -> str:
    return record_type.replace("_", " ").capitalize()


def _field_words(record_type: str, name: str) -> str:
    try:
        return field_label(RecordType(record_type), name)
    except ValueError:
        return name.replace("_", " ").capitalize()


class ConflictsPage(Page):
    """Open conflicts: a field changed on two devices at once, both values kept."""

    resolved = Signal(str)  # the conflict's id, once the choice is saved

    def __init__(self, worker: DbWorker, reporter: ErrorReporter | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self._reporter = reporter
        self.resolver: ConflictResolver | None = None
        layout = QVBoxLayout(self)
        self.state = _state_label("conflictsState")
        layout.addWidget(self.state)
        top = QHBoxLayout()
        top.addStretch(1)
        self.resolve = QPushButton("Resolve…")
        self.resolve.setObjectName("resolveConflict")
        self.resolve.setEnabled(False)
        self.resolve.setToolTip("Choose the value to keep for the selected conflict (Enter)")
        self.resolve.clicked.connect(self.open_resolver)
        top.addWidget(self.resolve)
        layout.addLayout(top)
        self.model = RowsModel[ConflictRow]([
            Column("Case", lambda c: c.case_number),
            Column("Record", lambda c: _record_words(str(c.conflict.fields.get("record_type")))),
            Column("Field", lambda c: _field_words(str(c.conflict.fields.get("record_type")),
                                                   str(c.conflict.fields.get("field")))),
            Column(KEPT_TITLE, lambda c: show_value(c.conflict.fields.get("server_value"))),
            Column("By, when", lambda c: _who_when(c.conflict.fields.get("server_by"),
                                                           c.conflict.fields.get("server_at"))),
            Column(SENT_LATER_TITLE,
                   lambda c: show_value(c.conflict.fields.get("client_value"))),
            Column("By, when", lambda c: _who_when(c.conflict.fields.get("client_by"),
                                                            c.conflict.fields.get("client_at"))),
        ], lambda c: c.conflict.id, self)
        self.table = RowsTable(self.model, "conflictsTable")
        _fit_columns(self.table, stretch=(3, 5))
        self.table.activated.connect(lambda _index: self.open_resolver())
        self.table.selectionModel().selectionChanged.connect(self._selection)
        layout.addWidget(self.table, 1)

    def start(self, session: SignedIn) -> None:
        self.activate()
        if session.offline_only:
            self.state.setText(NO_SERVER + " Conflicts arise only when the same field is "
                               "changed on two devices before they sync, so there are none "
                               "here.")
        else:
            self.state.setText("When the same field was changed on two devices before they "
                               "synced, the server keeps the value that arrived first and "
                               "both values are listed here. Choose the value to keep; the "
                               "choice is synced like any other change.")
        self.refresh()  # the count in the navigation needs it at once

    def load(self, cw: Casework) -> list[ConflictRow]:
        return cw.conflict_rows()

    def affected_by(self, changes: Changes) -> bool:
        return RecordType.CONFLICT in changes.types

    def show_loaded(self, rows: list[ConflictRow]) -> None:
        selected = self.table.selected_id()
        self.model.set_rows(rows)
        self.table.select_id(selected)
        self._selection()

    def clear_view(self) -> None:
        if self.resolver is not None:
            self.resolver.blockSignals(True)
            self.resolver.reject()
            self.resolver.deleteLater()
            self.resolver = None
        self.model.clear()
        self.state.clear()
        self._selection()

    @Slot()
    def _selection(self) -> None:
        self.resolve.setEnabled(self._selected() is not None)

    def _selected(self) -> ConflictRow | None:
        conflict_id = self.table.selected_id()
        row = self.model.row_of(conflict_id) if conflict_id else None
        return self.model.row_at(row) if row is not None else None

    @Slot()
    def open_resolver(self) -> ConflictResolver | None:
        """The selected conflict side by side; the value chosen is saved on the worker."""
        row = self._selected()
        if row is None or self.resolver is not None:
            return None
        conflict = row.conflict
        dialog = ConflictResolver(conflict.fields, self.window(),
                                  mine_title=SENT_LATER_TITLE, theirs_title=KEPT_TITLE)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.resolver = dialog

        def forget() -> None:
            if self.resolver is dialog:
                self.resolver = None
            dialog.deleteLater()

        def saved(_record: object) -> None:
            forget()
            self.resolved.emit(conflict.id)

        def refused(exc: BaseException) -> None:
            if self.resolver is not dialog:
                return  # locked meanwhile
            if kind_of(exc) is ErrorKind.REFUSED_INPUT:
                dialog.show_errors({"value": "; ".join(getattr(exc, "errors", {}).values())})
            elif kind_of(exc) is ErrorKind.BUG:
                dialog.show_errors({"": "Not saved because of an internal error."})
                if self._reporter is not None:
                    self._reporter.report_bug(exc, "resolving a conflict")
            else:
                dialog.show_errors({"": user_message(exc)})
            dialog.open()

        def accepted() -> None:
            value = dialog.value()
            self._worker.run(lambda cw: cw.resolve_conflict(conflict.id, value), saved,
                             refused)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(forget)
        dialog.open()
        return dialog

    def _changed(self, changes: Changes) -> None:
        # Shown or not, its count in the navigation stays current.
        if self.active and self.affected_by(changes):
            self.refresh()


def _values_text(change: RefusedChange) -> str:
    return "; ".join(f"{_field_words(change.record_type, name)}: {show_value(value)}"
                     for name, value in change.values) or "(deleted)"


def lease_text(overview: SyncOverview, now: datetime | None = None) -> str:
    """"Offline use allowed until …" in local time, with the days left."""
    if not overview.offline_until:
        return overview.lease_note or "No offline permission yet: connect to the server."
    try:
        until = datetime.fromisoformat(overview.offline_until)
    except ValueError:
        return overview.lease_note
    until = until.replace(tzinfo=UTC) if until.tzinfo is None else until
    if not overview.offline_allowed:
        return overview.lease_note
    days = (until - (now or datetime.now(UTC))).days
    left = f" (in {days} day{'s' if days != 1 else ''})" if days >= 0 else ""
    return (f"Offline use allowed until {local_time(overview.offline_until)}{left}; each sync "
            "extends it.")


class SyncPage(Page):
    """The server and offline lease, the last sync, changes waiting and changes refused."""

    sync_requested = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self._offline_only = False
        layout = QVBoxLayout(self)
        self.state = _state_label("syncState")
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
        self.sync_now = QPushButton("Sync now")
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
            Column("Change", lambda e: {"create": "Added", "update": "Changed",
                                        "delete": "Deleted"}.get(e.kind, e.kind)),
            Column("Record", lambda e: e.record_type.replace("_", " ")),
            Column("Case", lambda e: e.case_number),
            Column("When", lambda e: local_time(e.created_at)),
        ], lambda e: str(e.client_seq), self)
        self.table = RowsTable(self.model, "outboxTable")
        self.tabs.addTab(self.table, "Waiting to sync")
        refused_page = QWidget()
        refused_layout = QVBoxLayout(refused_page)
        explain = QLabel("The server refused these changes (for example a case reassigned "
                         "meanwhile, or a step no longer allowed). They were taken back out "
                         "of the case file but are kept here with the values you entered, so "
                         "nothing is lost: re-enter what still applies.")
        explain.setWordWrap(True)
        refused_layout.addWidget(explain)
        self.refused = RowsModel[RefusedChange]([
            Column("When", lambda r: local_time(r.at)),
            Column("Case", lambda r: r.case_number),
            Column("Record", lambda r: _record_words(r.record_type)),
            Column("Change", lambda r: {"create": "Added", "update": "Changed",
                                        "delete": "Deleted"}.get(r.kind, r.kind)),
            Column("Values refused", _values_text),
            Column("Reason", lambda r: r.reason),
        ], lambda r: r.op_id, self)
        self.refused_table = RowsTable(self.refused, "refusedTable")
        _fit_columns(self.refused_table, stretch=(4, 5))
        refused_layout.addWidget(self.refused_table, 1)
        self.tabs.addTab(refused_page, "Refused by the server")
        layout.addWidget(self.tabs, 1)

    def start(self, session: SignedIn) -> None:
        self.activate()
        self._offline_only = session.offline_only
        if session.offline_only:
            self.state.setText(NO_SERVER + " The changes below wait in the outbox; they "
                               "would be sent if this workspace were linked to a server.")
            self.sync_now.setEnabled(False)
            self.sync_now.setToolTip("This workspace has no server to sync with.")
        else:
            self.state.setText(f"Server: {session.server_url}")
            self.sync_now.setEnabled(True)
            self.sync_now.setToolTip("Send and receive changes now (Ctrl+Shift+S)")

    def show_status(self, status: SyncStatus) -> None:
        """The controller's view of syncing: the last result, and Sync now while idle."""
        if not self.active or self._offline_only:
            return
        parts = [status.text]
        if status.detail:
            parts.append(status.detail)
        self.last_sync.setText(" — ".join(parts))
        self.sync_now.setEnabled(status.state not in (SyncState.SYNCING, SyncState.LOCKED))

    def show_progress(self, step: SyncProgress) -> None:
        if self.active:
            self.last_sync.setText("Syncing… " + progress_text(step))

    def show_summary(self, summary: SyncSummary) -> None:
        if self.active:
            self.last_sync.setText("Last sync: " + summary_text(summary))

    def load(self, cw: Casework) -> SyncOverview:
        return cw.sync_overview()

    def show_loaded(self, overview: SyncOverview) -> None:
        self.model.set_rows(overview.outbox)
        self.refused.set_rows(overview.refused)
        total = overview.outbox_total
        shown = (f" (the oldest {len(overview.outbox):,} are listed)"
                 if total > len(overview.outbox) else "")
        self.summary.setText(f"{total:,} change{'s' if total != 1 else ''} waiting to "
                             f"sync{shown}")
        self.tabs.setTabText(0, f"Waiting to sync ({total:,})")
        self.tabs.setTabText(1, f"Refused by the server ({len(overview.refused):,})")
        if overview.server_url:
            self.lease.setText(lease_text(overview))
            if not self.last_sync.text():
                self.last_sync.setText(f"Last sync: {local_time(overview.last_sync_at)}"
                                       if overview.last_sync_at else "Never synced yet.")
        else:
            self.lease.clear()

    def clear_view(self) -> None:
        self.model.clear()
        self.refused.clear()
        for label in (self.summary, self.state, self.lease, self.last_sync):
            label.clear()
        self.sync_now.setEnabled(False)


class FirstSyncDialog(QDialog):
    """Right after logging in: the caseload arriving, with records and bytes as they come."""

    def __init__(self, session: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSync")
        self.setWindowTitle("Downloading your caseload")
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        heading = QLabel(f"Logged in to {session.server_url} as {session.user}. Your cases are "
                         "being downloaded and encrypted on this device; you can start working "
                         "meanwhile.")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.bar = QProgressBar()
        self.bar.setObjectName("firstSyncProgress")
        self.bar.setRange(0, 0)  # the number of records is not known in advance
        layout.addWidget(self.bar)
        self.detail = QLabel("Connecting…")
        self.detail.setObjectName("firstSyncDetail")
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton("Continue in the background",
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("closeFirstSync")
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def show_progress(self, step: SyncProgress) -> None:
        if step.phase == "push" and step.total:
            self.bar.setRange(0, step.total)
            self.bar.setValue(step.done)
        else:
            self.bar.setRange(0, 0)
        self.detail.setText(progress_text(step))

    def show_status(self, status: SyncStatus) -> None:
        if status.state is SyncState.ONLINE and status.summary is not None:
            self.bar.setRange(0, 1)
            self.bar.setValue(1)
            self.detail.setText("Done: " + summary_text(status.summary))
            self.accept()
        elif status.state in (SyncState.OFFLINE, SyncState.FAILED, SyncState.STOPPED):
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
            self.detail.setText(status.detail + " The cases arrive at the next sync.")
            self.close_button.setText("Close")


__all__ = ["KEPT_TITLE", "NO_SERVER", "SENT_LATER_TITLE", "ConflictsPage", "FirstSyncDialog",
           "SyncPage", "lease_text"]
