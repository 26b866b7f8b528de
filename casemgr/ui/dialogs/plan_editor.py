"""PlanEditor: the case plan (summary, review date, goals) and its approval status.

It only states intents (save_requested, goal_added, …); the shell runs the use cases and calls
`set_plan` with the result, so what is shown is always what was stored.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casemgr.domain.records import RecordType
from casemgr.ui.dialogs.base import (
    FieldErrors,
    add_field_row,
    date_field,
    date_problem,
    field_label,
    fields_problems,
)
from casemgr.ui.dialogs.goal import GoalDialog
from casemgr.ui.forms.widgets import ErrorLabel, HelpLabel
from casemgr.ui.i18n import N_, tr
from casemgr.ui.labels import choice_label
from casemgr.ui.widgets import palette

_COLUMNS = (("goal", N_("Goal")), ("actions", N_("Actions")), ("responsible", N_("Responsible")),
            ("due_date", N_("Due")), ("status", N_("Status")))

NOTICES = {
    "submitted": N_("This plan is waiting for a supervisor's approval. Any change puts it back "
                 "to draft and withdraws the request: it must be submitted again."),
    "approved": N_("This plan is approved. Any change to the summary, the review date or a goal "
                "puts it back to draft: it must be submitted and approved again."),
}


class GoalsModel(QAbstractTableModel):
    """The plan's goals as table rows; each row is the goal's fields with its record "id"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._goals: list[dict[str, Any]] = []

    def set_goals(self, goals: Sequence[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self._goals = [dict(g) for g in goals]
        self.endResetModel()

    def goal(self, row: int) -> dict[str, Any]:
        return dict(self._goals[row])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._goals)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._goals):
            return None
        key = _COLUMNS[index.column()][0]
        value = self._goals[index.row()].get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return ""
            if key == "status":
                return choice_label("goal_status", value)
            text = str(value)
            return text.splitlines()[0] if key == "actions" and text else text
        if role == Qt.ItemDataRole.ToolTipRole and key == "actions" and value:
            return str(value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(_COLUMNS):
            return tr(_COLUMNS[section][1])
        return None


class PlanEditor(QWidget):
    """Edit a case plan; every change is an intent signal for the shell to carry out."""

    save_requested = Signal(dict)  # plan changes: summary / review_date (None clears)
    goal_added = Signal(dict)  # the new goal's fields
    goal_edited = Signal(str, dict)  # goal id, changed fields
    goal_removed = Signal(str)  # goal id
    submit_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None,
                 people: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("plan_editor")
        self._today = today or date.today()
        self._people = list(people)
        self._plan: dict[str, Any] = {}
        self._read_only = False

        self.status_label = QLabel()
        self.status_label.setObjectName("plan_status")
        self.status_label.setMargin(3)
        self.notice = QLabel()
        self.notice.setObjectName("plan_notice")
        self.notice.setWordWrap(True)
        palette.apply_style(self.notice, lambda pal: palette.notice_style(pal) + " padding: 6px;")
        self.notice.setVisible(False)
        self.banner = ErrorLabel(one_line=False)
        self.banner.setObjectName("errors")
        self.field_errors = FieldErrors(self.banner, lambda key: field_label(
            RecordType.CASE_PLAN, key))

        plan_box = QGroupBox(tr("Plan"))
        plan_form = QFormLayout(plan_box)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(tr("What the plan is for, agreed with the family"))
        self.summary.setMaximumHeight(self.summary.fontMetrics().lineSpacing() * 6 + 12)
        self.review_date = date_field(self._today, "review_date")
        add_field_row(plan_form, self.field_errors, "summary", tr("Plan summary"), self.summary)
        add_field_row(plan_form, self.field_errors, "review_date", tr("Review date"),
                      self.review_date, focus=self.review_date.line_edit)
        self.save_button = QPushButton(tr("Save plan"))
        self.save_button.setObjectName("save_plan")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._save)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        plan_form.addRow(save_row)
        self.summary.textChanged.connect(self._edited)
        self.review_date.changed.connect(self._edited)

        goals_box = QGroupBox(tr("Goals"))
        self.model = GoalsModel(self)
        self.table = QTableView()
        self.table.setObjectName("goals")
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Goals of the plan"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self._edit_goal())
        self.table.activated.connect(lambda _index: self._edit_goal())
        self.add_button = QPushButton(tr("Add goal"))
        self.add_button.setObjectName("add_goal")
        self.edit_button = QPushButton(tr("Edit goal"))
        self.edit_button.setObjectName("edit_goal")
        self.remove_button = QPushButton(tr("Remove goal"))
        self.remove_button.setObjectName("remove_goal")
        self.add_button.clicked.connect(self._add_goal)
        self.edit_button.clicked.connect(self._edit_goal)
        self.remove_button.clicked.connect(self._remove_goal)
        goal_buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            goal_buttons.addWidget(button)
        goal_buttons.addStretch(1)
        goals_layout = QVBoxLayout(goals_box)
        goals_layout.addWidget(self.table)
        goals_layout.addLayout(goal_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.submit_button = QPushButton(tr("Submit for approval"))
        self.submit_button.setObjectName("submit_plan")
        self.submit_button.clicked.connect(self._submit)
        self.submit_reason = HelpLabel()
        self.submit_reason.setObjectName("submit_reason")
        submit_row = QHBoxLayout()
        submit_row.addWidget(self.submit_reason, 1)
        submit_row.addWidget(self.submit_button)

        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(tr("Status:")))
        status_row.addWidget(self.status_label)
        status_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(status_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.banner)
        layout.addWidget(plan_box)
        layout.addWidget(goals_box, 1)
        layout.addLayout(submit_row)
        self.set_plan(None, [])

    # -- state from the shell ----------------------------------------------------------------

    def set_plan(self, plan: Mapping[str, Any] | None, goals: Sequence[Mapping[str, Any]]
                 ) -> None:
        """Show the plan as stored (its fields, or None for no plan yet) and its goals (each
        with its record "id"); unsaved edits are replaced."""
        self._plan = dict(plan) if plan else {"status": "draft"}
        status = str(self._plan.get("status") or "draft")
        self.summary.blockSignals(True)
        self.summary.setPlainText(str(self._plan.get("summary") or ""))
        self.summary.blockSignals(False)
        self.review_date.blockSignals(True)
        self.review_date.set_date(self._plan.get("review_date"))
        self.review_date.blockSignals(False)
        self.model.set_goals(goals)
        self.status_label.setText(choice_label("plan_status", status))
        palette.apply_style(self.status_label,
                            lambda pal: palette.plan_status_style(status, pal))
        self.notice.setText(tr(NOTICES.get(status, "")))
        self.notice.setVisible(status in NOTICES)
        self.field_errors.clear()
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """For someone who may see the plan but not change it (e.g. a closed case)."""
        self._read_only = read_only
        self.summary.setReadOnly(read_only)
        self.review_date.line_edit.setReadOnly(read_only)
        self.review_date.button.setEnabled(not read_only)
        self._update_buttons()

    def status(self) -> str:
        return str(self._plan.get("status") or "draft")

    def goals(self) -> list[dict[str, Any]]:
        return [self.model.goal(r) for r in range(self.model.rowCount())]

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Messages from the use case: "summary", "review_date", or anything else on top."""
        self.field_errors.show(errors)

    def errors(self) -> dict[str, str]:
        return self.field_errors.messages()

    # -- plan --------------------------------------------------------------------------------

    def plan_changes(self) -> dict[str, Any]:
        """What differs from the plan as stored (None clears a field)."""
        now = {"summary": self.summary.toPlainText().strip() or None,
               "review_date": self.review_date.date_text()}
        return {k: v for k, v in now.items() if v != (self._plan.get(k) or None)}

    @Slot()
    def _edited(self) -> None:
        self._update_buttons()

    @Slot()
    def _save(self) -> None:
        changes = self.plan_changes()
        errors = fields_problems(RecordType.CASE_PLAN, changes, complete=False)
        review = date_problem(self.review_date) if "review_date" in changes else None
        if review:
            errors["review_date"] = review
        if errors:
            self.show_errors(errors)
            return
        self.field_errors.clear()
        if changes:
            self.save_requested.emit(changes)

    # -- goals -------------------------------------------------------------------------------

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    @Slot()
    def _add_goal(self) -> None:
        dialog = GoalDialog(self, today=self._today, people=self._people)
        dialog.accepted.connect(lambda: self.goal_added.emit(dialog.value()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @Slot()
    def _edit_goal(self) -> None:
        row = self._selected_row()
        if row is None or self._read_only:
            return
        goal = self.model.goal(row)
        dialog = GoalDialog(self, today=self._today, value=goal, people=self._people)

        def edited() -> None:
            changes = dialog.changes()
            if changes:
                self.goal_edited.emit(str(goal["id"]), changes)

        dialog.accepted.connect(edited)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @Slot()
    def _remove_goal(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        goal = self.model.goal(row)
        box = QMessageBox(QMessageBox.Icon.Question, tr("Remove goal"),
                          tr("Remove the goal “{goal}” from the plan?").format(
                              goal=goal.get('goal', '')),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirm_remove")
        remove = box.addButton(tr("Remove goal"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)

        def answered() -> None:
            if box.clickedButton() is remove:
                self.goal_removed.emit(str(goal["id"]))

        box.finished.connect(lambda _result: answered())
        box.finished.connect(lambda _result: box.deleteLater())
        box.open()

    # -- submitting ----------------------------------------------------------------------------

    def _submit_blocker(self) -> str | None:
        """Why the plan cannot be submitted now, in words for the caseworker (None: it can)."""
        status = self.status()
        if status == "submitted":
            return tr("Submitted: waiting for a supervisor's decision.")
        if status == "approved":
            return tr("Approved. Change the plan to submit a new version.")
        if self.plan_changes():
            return tr("Save your changes before submitting.")
        if self.model.rowCount() == 0:
            return tr("Add at least one goal before submitting the plan.")
        return None

    @Slot()
    def _update_buttons(self) -> None:
        writable = not self._read_only
        selected = self._selected_row() is not None
        self.save_button.setEnabled(writable and bool(self.plan_changes()))
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and selected)
        self.remove_button.setEnabled(writable and selected)
        blocker = self._submit_blocker() if writable else tr("You cannot change this plan.")
        self.submit_button.setEnabled(blocker is None)
        self.submit_reason.set_help(blocker or "")
        self.submit_button.setToolTip(blocker or tr("Send the plan to your supervisor"))

    @Slot()
    def _submit(self) -> None:
        if self._submit_blocker() is None:
            self.submit_requested.emit()


__all__ = ["GoalsModel", "PlanEditor"]
