"""TaskDialog: a task on the case (what, by when, what kind)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from casemgr.domain.records import TASK_KINDS, RecordType
from casemgr.ui.dialogs._common import (
    CaseworkDialog,
    choice_combo,
    field_label,
    fields_problems,
    set_combo_value,
)
from casemgr.ui.forms.widgets import DateField


class TaskDialog(CaseworkDialog):
    """Add a task; due in a week unless changed. After Accepted, `value()` is
    {"title", "due_date", "kind"}: the arguments of Casework.add_task."""

    def __init__(self, parent: QWidget | None = None, *, today: date,
                 value: Mapping[str, Any] | None = None, due_in_days: int = 7) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add a task")
        self.setObjectName("task_dialog")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText("e.g. Call the school about attendance")
        self.add_row(form, "title", field_label(RecordType.TASK, "title"), self.title,
                     required=True)
        self.due_date = DateField(today=today)
        self.due_date.line_edit.setObjectName("due_date")
        self.due_date.set_date(today + timedelta(days=due_in_days))
        self.add_row(form, "due_date", "Due date", self.due_date, required=True,
                     focus=self.due_date.line_edit)
        self.kind = choice_combo("task_kind", TASK_KINDS)
        self.kind.setObjectName("kind")
        set_combo_value(self.kind, "follow_up")
        self.add_row(form, "kind", field_label(RecordType.TASK, "kind"), self.kind,
                     required=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.main_layout.addLayout(form)
        self.main_layout.addWidget(self.buttons)
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
        if self.due_date.date_text() and self.due_date.date() is None:
            errors["due_date"] = "Write the date as YYYY-MM-DD."
        return errors

    @Slot()
    def _save(self) -> None:
        errors = self.problems()
        if errors:
            self.show_errors(errors)
            return
        self.accept()
