"""VisitDialog: record a visit fast; today, a home visit, type what you saw, Ctrl+Enter."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from casemgr.domain.records import VISIT_TYPES, RecordType
from casemgr.ui.dialogs._common import CaseworkDialog, RadioRow, field_label, fields_problems
from casemgr.ui.forms.widgets import DateField, HelpLabel


class VisitDialog(CaseworkDialog):
    """A visit in under a minute: today and a home visit are filled in, focus starts on "Child
    seen", Ctrl+Enter saves. `value()` is the fields for Casework.record_visit."""

    def __init__(self, parent: QWidget | None = None, *, today: date,
                 people: Sequence[str] = (), value: Mapping[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Record a visit")
        self.setObjectName("visit_dialog")
        self._today = today
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.visit_date = DateField(today=today)
        self.visit_date.line_edit.setObjectName("visit_date")
        self.visit_date.set_range(maximum=today)
        self.visit_date.set_date(today)
        self.add_row(form, "visit_date", field_label(RecordType.VISIT, "visit_date"),
                     self.visit_date, required=True, focus=self.visit_date.line_edit)
        self.visit_type = RadioRow("visit_type", VISIT_TYPES, name="visit_type")
        self.visit_type.set_value("home")
        self.add_row(form, "visit_type", field_label(RecordType.VISIT, "visit_type"),
                     self.visit_type, required=True)
        self.child_seen = QCheckBox("The child was seen")
        self.child_seen.setObjectName("child_seen")
        self.add_row(form, "child_seen", field_label(RecordType.VISIT, "child_seen"),
                     self.child_seen)
        self.participants = QLineEdit()
        self.participants.setObjectName("participants")
        self.participants.setPlaceholderText("e.g. mother, the child, grandmother")
        if people:
            completer = QCompleter(list(people), self.participants)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.participants.setCompleter(completer)
        self.add_row(form, "participants", field_label(RecordType.VISIT, "participants"),
                     self.participants)
        self.observations = QPlainTextEdit()
        self.observations.setObjectName("observations")
        self.observations.setTabChangesFocus(True)
        self.observations.setPlaceholderText(
            "What you saw and heard. Keep facts apart from your interpretation.")
        self.observations.setMinimumHeight(self.observations.fontMetrics().lineSpacing() * 10)
        self.add_row(form, "observations", field_label(RecordType.VISIT, "observations"),
                     self.observations)
        self.safety_concern = QCheckBox("I am concerned for the child's safety")
        self.safety_concern.setObjectName("safety_concern")
        self.safety_note = HelpLabel(
            "Describe the concern in the observations, tell your supervisor, and consider a "
            "new risk screening.")
        self.safety_note.setObjectName("safety_note")
        self.safety_note.setStyleSheet("color: #8a2c00;")
        self.safety_note.setVisible(False)
        self.safety_concern.toggled.connect(self.safety_note.setVisible)
        self.add_row(form, "safety_concern", field_label(RecordType.VISIT, "safety_concern"),
                     self.safety_concern)
        form.addRow("", self.safety_note)
        self.follow_up = QLineEdit()
        self.follow_up.setObjectName("follow_up")
        self.follow_up.setPlaceholderText("Next step, e.g. visit again next week")
        self.add_row(form, "follow_up", field_label(RecordType.VISIT, "follow_up"),
                     self.follow_up)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("Save visit",
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setToolTip("Save (Ctrl+Enter)")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter in a line must not save half a visit
        self.save_button.clicked.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self._save)

        self.main_layout.addLayout(form, 1)
        self.main_layout.addWidget(self.buttons)
        chain: list[QWidget] = [self.visit_date.line_edit, *self.visit_type.buttons,
                                self.child_seen, self.participants, self.observations,
                                self.safety_concern, self.follow_up, self.save_button,
                                self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        if value:
            self.set_value(value)
        self.resize(640, 620)
        self.child_seen.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_value(self, value: Mapping[str, Any]) -> None:
        """Fill in a visit recorded before (to correct it)."""
        self.visit_date.set_date(value.get("visit_date"))
        self.visit_type.set_value(value.get("visit_type", "home"))
        self.child_seen.setChecked(value.get("child_seen") is True)
        self.participants.setText(str(value.get("participants") or ""))
        self.observations.setPlainText(str(value.get("observations") or ""))
        self.safety_concern.setChecked(value.get("safety_concern") is True)
        self.follow_up.setText(str(value.get("follow_up") or ""))

    def value(self) -> dict[str, Any]:
        """The visit's fields for Casework.record_visit (blank text left out)."""
        visit: dict[str, Any] = {
            "visit_date": self.visit_date.date_text(),
            "visit_type": self.visit_type.value(),
            "child_seen": self.child_seen.isChecked(),
            "participants": self.participants.text().strip() or None,
            "observations": self.observations.toPlainText().strip() or None,
            "safety_concern": self.safety_concern.isChecked(),
            "follow_up": self.follow_up.text().strip() or None,
        }
        return {k: v for k, v in visit.items() if v is not None}

    def problems(self) -> dict[str, str]:
        errors = fields_problems(RecordType.VISIT, self.value())
        day = self.visit_date.date()
        if self.visit_date.date_text() and day is None:
            errors["visit_date"] = "Write the date as YYYY-MM-DD."
        elif day is not None and day > self._today:
            errors["visit_date"] = "A visit cannot be recorded in the future."
        return errors

    @Slot()
    def _save(self) -> None:
        errors = self.problems()
        if errors:
            self.show_errors(errors)
            return
        self.field_errors.clear()
        self.accept()
