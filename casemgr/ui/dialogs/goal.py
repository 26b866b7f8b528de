"""GoalDialog: one goal of a case plan (goal, actions, who is responsible, due date, status)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from casemgr.domain.records import GOAL_STATUS, RecordType
from casemgr.ui.dialogs.base import (
    CaseworkDialog,
    choice_combo,
    date_problem,
    field_label,
    fields_problems,
    set_combo_value,
)
from casemgr.ui.i18n import tr

_PLACEHOLDER_ID = "00000000-0000-7000-8000-000000000000"
GOAL_FIELDS = ("goal", "actions", "responsible", "due_date", "status")


class GoalDialog(CaseworkDialog):
    """Add or edit a plan goal. After Accepted: `value()` for Casework.add_goal, `changes()`
    (only what was changed, None to clear) for Casework.edit_goal."""

    def __init__(self, parent: QWidget | None = None, *, today: date,
                 value: Mapping[str, Any] | None = None, people: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("goal_dialog")
        self.setWindowTitle(tr("Edit goal") if value else tr("Add a goal"))
        self._initial = {k: value.get(k) for k in GOAL_FIELDS} if value else {}
        form = self.new_form()
        self.goal = QLineEdit()
        self.goal.setObjectName("goal")
        self.goal.setPlaceholderText(tr("What should change for the child, e.g. attends school "
                                        "every day"))
        self.add_row(form, "goal", field_label(RecordType.PLAN_GOAL, "goal"), self.goal,
                     required=True)
        self.actions_edit = QPlainTextEdit()
        self.actions_edit.setObjectName("actions")
        self.actions_edit.setTabChangesFocus(True)
        self.actions_edit.setPlaceholderText(tr("Who does what to get there"))
        lines = self.actions_edit.fontMetrics().lineSpacing()
        self.actions_edit.setMaximumHeight(lines * 6 + 12)
        self.add_row(form, "actions", field_label(RecordType.PLAN_GOAL, "actions"),
                     self.actions_edit)
        self.responsible = QLineEdit()
        self.responsible.setObjectName("responsible")
        if people:
            completer = QCompleter(list(people), self.responsible)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.responsible.setCompleter(completer)
        self.add_row(form, "responsible", field_label(RecordType.PLAN_GOAL, "responsible"),
                     self.responsible)
        self.due_date = self.add_date_row(form, "due_date", tr("Due date"), today=today)
        self.status = choice_combo("goal_status", GOAL_STATUS)
        self.status.setObjectName("status")
        self.add_row(form, "status", field_label(RecordType.PLAN_GOAL, "status"), self.status,
                     required=True)
        self.main_layout.addLayout(form)
        self.add_buttons()
        if value:
            self.goal.setText(str(value.get("goal") or ""))
            self.actions_edit.setPlainText(str(value.get("actions") or ""))
            self.responsible.setText(str(value.get("responsible") or ""))
            self.due_date.set_date(value.get("due_date"))
            set_combo_value(self.status, value.get("status", "not_started"))
        self.goal.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(560, 380)

    def value(self) -> dict[str, Any]:
        """The goal's fields (blank ones left out); plan_id is added by the use case."""
        goal = {
            "goal": self.goal.text().strip() or None,
            "actions": self.actions_edit.toPlainText().strip() or None,
            "responsible": self.responsible.text().strip() or None,
            "due_date": self.due_date.date_text(),
            "status": self.status.currentData(),
        }
        return {k: v for k, v in goal.items() if v is not None}

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the goal as it was given (None clears a field)."""
        now = self.value()
        return {k: now.get(k) for k in GOAL_FIELDS if now.get(k) != self._initial.get(k)}

    def problems(self) -> dict[str, str]:
        errors = fields_problems(RecordType.PLAN_GOAL, {**self.value(),
                                                        "plan_id": _PLACEHOLDER_ID})
        due = date_problem(self.due_date)
        if due:
            errors["due_date"] = due
        return errors
