"""TaskDialog: a task on the case (what, by when, what kind)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from casemgr.domain.records import TASK_KINDS, RecordType
from casemgr.ui.dialogs.base import (
    CaseworkDialog,
    choice_combo,
    date_problem,
    field_label,
    fields_problems,
    set_combo_value,
)
from casemgr.ui.i18n import tr


class TaskDialog(CaseworkDialog):
    """Add a task; due in a week unless changed. After Accepted, `value()` is
    {"title", "due_date", "kind"}: the arguments of Casework.add_task."""

    def __init__(self, parent: QWidget | None = None, *, today: date,
                 value: Mapping[str, Any] | None = None, due_in_days: int = 7) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add a task"))
        self.setObjectName("task_dialog")
        form = self.new_form()
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText(tr("e.g. Call the school about attendance"))
        self.add_row(form, "title", field_label(RecordType.TASK, "title"), self.title,
                     required=True)
        self.due_date = self.add_date_row(form, "due_date", tr("Due date"), today=today,
                                          required=True,
                                          value=today + timedelta(days=due_in_days))
        self.kind = choice_combo("task_kind", TASK_KINDS)
        self.kind.setObjectName("kind")
        set_combo_value(self.kind, "follow_up")
        self.add_row(form, "kind", field_label(RecordType.TASK, "kind"), self.kind,
                     required=True)
        self.main_layout.addLayout(form)
        self.add_buttons()
        if value:
            self.title.setText(str(value.get("title") or ""))
            self.due_date.set_date(value.get("due_date"))
            set_combo_value(self.kind, value.get("kind", "follow_up"))
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(480, 220)

    def value(self) -> dict[str, Any]:
        task = {"title": self.title.text().strip() or None,
                "due_date": self.due_date.date_text(), "kind": self.kind.currentData()}
        return {k: v for k, v in task.items() if v is not None}

    def problems(self) -> dict[str, str]:
        errors = fields_problems(RecordType.TASK, {**self.value(), "status": "open"})
        due = date_problem(self.due_date)
        if due:
            errors["due_date"] = due
        return errors
