"""The Tasks page: open tasks across the workspace's cases, and the worker's own tasks agreed
in supervision (in no case), soonest due first, overdue marked in words and colour; each
task agreed in a supervision session says so; complete one, or open its case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casemgr.app.casework import Casework
from casemgr.app.changes import Changes
from casemgr.db.queries import TaskRow
from casemgr.domain import schedule
from casemgr.domain.records import RecordType
from casemgr.ui.casefile.view import TASK_STATE_TEXT, task_state_colour
from casemgr.ui.i18n import N_, local_date, num, plural, tr
from casemgr.ui.pages.base import Page
from casemgr.ui.widgets.tables import Column, RowsModel, RowsTable
from casemgr.ui.workers.db import DbWorker

NO_CASE = N_("No case")


class TasksPage(Page):
    open_case_requested = Signal(str)
    complete_requested = Signal(str)  # task id

    def __init__(self, worker: DbWorker, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self._today = today
        self.user = ""
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("tasksSummary")
        top.addWidget(self.summary, 1)
        self.only_mine = QCheckBox(tr("Only tasks assigned to me"))
        self.only_mine.setObjectName("onlyMine")
        self.only_mine.toggled.connect(self._filter)
        top.addWidget(self.only_mine)
        self.complete = QPushButton(tr("Mark done"))
        self.complete.setObjectName("completeTask")
        self.complete.setEnabled(False)
        self.complete.clicked.connect(self._complete_clicked)
        top.addWidget(self.complete)
        self.open_case = QPushButton(tr("Open case"))
        self.open_case.setObjectName("openTaskCase")
        self.open_case.setEnabled(False)
        self.open_case.clicked.connect(self._open_clicked)
        top.addWidget(self.open_case)
        layout.addLayout(top)
        self.model = RowsModel[TaskRow]([
            Column(tr("Due"), lambda t: local_date(t.due_date)),
            Column(tr("State"), self._state_text, foreground=lambda t: task_state_colour(
                self._state(t)), bold=lambda t: self._state(t) is schedule.TaskState.OVERDUE),
            Column(tr("Task"), lambda t: tr(t.title)),  # the words of tasks casemgr makes
            Column(tr("Case"), lambda t: t.case_number if t.case_id else tr(NO_CASE)),
            Column(tr("Family"), lambda t: t.family_name),
            Column(tr("Assigned to"), lambda t: t.assigned_to),
            Column(tr("Agreed in"), lambda t: tr("Supervision with {supervisor}").format(
                supervisor=t.supervisor) if t.supervisor else ""),
        ], lambda t: t.task_id, self)
        self.table = RowsTable(self.model, "tasksTable")
        self.table.doubleClicked.connect(self._open_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        layout.addWidget(self.table, 1)
        self._all: list[TaskRow] = []

    def _state(self, t: TaskRow) -> schedule.TaskState:
        return schedule.task_state({"status": t.status, "due_date": t.due_date}, self._today())

    def _state_text(self, t: TaskRow) -> str:
        return tr(TASK_STATE_TEXT[self._state(t)])

    def start(self, user: str) -> None:
        self.user = user
        self.activate()

    def load(self, cw: Casework) -> list[TaskRow]:
        return cw.open_tasks()

    def affected_by(self, changes: Changes) -> bool:
        return bool({RecordType.TASK, RecordType.CASE, RecordType.SUPERVISION} & changes.types)

    def show_loaded(self, rows: list[TaskRow]) -> None:
        keep = self.table.selected_id()
        self._all = rows
        self._filter()
        self.table.select_id(keep)

    @Slot()
    def _filter(self) -> None:
        rows = [t for t in self._all if not self.only_mine.isChecked()
                or t.assigned_to == self.user]
        self.model.set_rows(rows)
        overdue = sum(self._state(t) is schedule.TaskState.OVERDUE for t in rows)
        n = len(rows)
        self.summary.setText(plural(n, tr("%Ln open task, {overdue} overdue", "", n),
                                    tr("%Ln open tasks, {overdue} overdue", "", n))
                             .format(overdue=num(overdue)) if self.active else "")
        self._selection()

    def clear_view(self) -> None:
        self._all = []
        self.model.clear()
        self.summary.clear()
        self._selection()

    @Slot()
    def _selection(self) -> None:
        task = self._selected()
        self.complete.setEnabled(task is not None)
        self.open_case.setEnabled(task is not None and task.case_id is not None)
        self.open_case.setToolTip("" if task is None or task.case_id else
                                  tr("This task was agreed in supervision and is in no case."))

    def _selected(self) -> TaskRow | None:
        task_id = self.table.selected_id()
        row = self.model.row_of(task_id) if task_id else None
        return self.model.row_at(row) if row is not None else None

    @Slot()
    def _complete_clicked(self) -> None:
        task = self._selected()
        if task is not None:
            self.complete_requested.emit(task.task_id)

    @Slot()
    def _open_clicked(self) -> None:
        task = self._selected()
        if task is not None and task.case_id is not None:
            self.open_case_requested.emit(task.case_id)


__all__ = ["TasksPage"]
