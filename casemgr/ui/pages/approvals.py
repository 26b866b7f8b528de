"""The Approvals page, the supervisor's queue: every case plan and closure waiting for their
decision, oldest first, with the worker, the case's risk and the days waiting; "Decide…"
shows what is asked (the plan against its last approved version, or the closure with its
checklist) and approves or sends back, offline too (casemgr.app.approvals)."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from casemgr.app.approvals import QueueItem
from casemgr.app.casework import Casework
from casemgr.app.changes import Changes
from casemgr.domain.labels import choice_label
from casemgr.domain.records import RecordType
from casemgr.ui.pages.base import Page, state_label
from casemgr.ui.pages.caselist import risk_text
from casemgr.ui.widgets import palette
from casemgr.ui.widgets.tables import Column, RowsModel, RowsTable
from casemgr.ui.workers.db import DbWorker

# Waiting longer than this shows in colour: a plan or a closure should not wait a week.
LONG_WAIT_DAYS = 5


class ApprovalsPage(Page):
    open_case_requested = Signal(str)
    decide_requested = Signal(object)  # the QueueItem
    count_changed = Signal(int)
    refresh_hidden = True  # the navigation shows the count, whichever page is on screen

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = state_label("approvalsSummary")
        top.addWidget(self.summary, 1)
        self.decide = QPushButton("Decide…")
        self.decide.setObjectName("decideQueued")
        self.decide.clicked.connect(self._decide_clicked)
        top.addWidget(self.decide)
        self.open_case = QPushButton("Open case")
        self.open_case.setObjectName("openQueuedCase")
        self.open_case.clicked.connect(self._open_clicked)
        top.addWidget(self.open_case)
        layout.addLayout(top)
        self.model = RowsModel[QueueItem]([
            Column("Waiting", lambda i: f"{i.days_waiting} day{'s' if i.days_waiting != 1 else ''}",
                   foreground=lambda i: palette.error() if i.days_waiting > LONG_WAIT_DAYS
                   else None),
            Column("Request", lambda i: choice_label("approval_kind", i.kind)),
            Column("Case", lambda i: i.case_number),
            Column("Family", lambda i: i.family_name),
            Column("Caseworker", lambda i: i.worker),
            Column("Risk", lambda i: risk_text(i.risk),
                   background=lambda i: palette.risk_background(i.risk)),
            Column("Asked by", lambda i: f"{i.requested_by} on {i.requested_at[:10]}"),
        ], lambda i: i.approval_id, self)
        self.table = RowsTable(self.model, "approvalsTable")
        self.table.doubleClicked.connect(self._decide_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        layout.addWidget(self.table, 1)
        self._selection()

    def start(self) -> None:
        """Unlocked as a supervisor: read the queue now, for the navigation's count."""
        self.activate()
        self.refresh()

    def load(self, cw: Casework) -> list[QueueItem]:
        return cw.approval_queue()

    def affected_by(self, changes: Changes) -> bool:
        return RecordType.APPROVAL in changes.types or bool(changes.deleted_cases)

    def show_loaded(self, items: list[QueueItem]) -> None:
        keep = self.table.selected_id()
        self.model.set_rows(items)
        self.table.select_id(keep)
        late = sum(i.days_waiting > LONG_WAIT_DAYS for i in items)
        self.summary.setText(
            "Nothing is waiting for your decision." if not items else
            f"{len(items)} request{'s' if len(items) != 1 else ''} waiting for your decision, "
            "oldest first" + (f"; {late} for more than {LONG_WAIT_DAYS} days" if late else "")
            + ".")
        self.count_changed.emit(len(items))
        self._selection()

    def clear_view(self) -> None:
        self.model.clear()
        self.summary.clear()
        self.count_changed.emit(0)
        self._selection()

    def _selected(self) -> QueueItem | None:
        approval_id = self.table.selected_id()
        row = self.model.row_of(approval_id) if approval_id else None
        item = self.model.row_at(row) if row is not None else None
        return item if isinstance(item, QueueItem) else None

    @Slot()
    def _selection(self) -> None:
        chosen = self._selected() is not None
        self.decide.setEnabled(chosen)
        self.open_case.setEnabled(chosen)

    @Slot()
    def _decide_clicked(self) -> None:
        item = self._selected()
        if item is not None:
            self.decide_requested.emit(item)

    @Slot()
    def _open_clicked(self) -> None:
        item = self._selected()
        if item is not None:
            self.open_case_requested.emit(item.case_id)


__all__ = ["LONG_WAIT_DAYS", "ApprovalsPage"]
