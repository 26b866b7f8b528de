"""VisitDialog: record a visit fast; today, a home visit, tick the children seen, type what
you saw, Ctrl+Enter."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from casemgr.domain.records import VISIT_TYPES, RecordType
from casemgr.domain.workflow import content_problems
from casemgr.ui.dialogs.base import (
    CaseworkDialog,
    RadioRow,
    date_problem,
    field_label,
    fields_problems,
)
from casemgr.ui.forms.widgets import HelpLabel
from casemgr.ui.i18n import tr
from casemgr.ui.widgets import palette


class VisitDialog(CaseworkDialog):
    """A visit in under a minute: today and a home visit are filled in, focus starts on "Child
    seen", Ctrl+Enter saves; who was present or an observation must be given. `value()` is the
    fields for Casework.record_visit."""

    def __init__(self, parent: QWidget | None = None, *, today: date,
                 people: Sequence[str] = (), value: Mapping[str, Any] | None = None,
                 children: Sequence[tuple[str, str]] = ()) -> None:
        """`children`: (person id, name) of the case's children: one box each for "seen"
        (with none on file, one box for "the child")."""
        super().__init__(parent)
        self.setWindowTitle(tr("Record a visit"))
        self.setObjectName("visit_dialog")
        self._today = today
        form = self.new_form()

        self.visit_date = self.add_date_row(
            form, "visit_date", field_label(RecordType.VISIT, "visit_date"), today=today,
            required=True, value=today, latest=today)
        self.visit_type = RadioRow("visit_type", VISIT_TYPES, name="visit_type")
        self.visit_type.set_value("home")
        self.add_row(form, "visit_type", field_label(RecordType.VISIT, "visit_type"),
                     self.visit_type, required=True)
        self.child_seen = QCheckBox(tr("The child was seen"))
        self.child_seen.setObjectName("child_seen")
        self.children_seen: dict[str, QCheckBox] = {}
        if children:
            boxes = QWidget()
            boxes.setObjectName("children_seen")
            row = QHBoxLayout(boxes)
            row.setContentsMargins(0, 0, 0, 0)
            for person_id, name in children:
                box = QCheckBox(name)
                box.setObjectName(f"seen:{person_id}")
                self.children_seen[person_id] = box
                row.addWidget(box)
            row.addStretch(1)
            self.add_row(form, "children_seen",
                         field_label(RecordType.VISIT, "children_seen"), boxes)
        else:
            self.add_row(form, "child_seen", field_label(RecordType.VISIT, "child_seen"),
                         self.child_seen)
        self.participants = QLineEdit()
        self.participants.setObjectName("participants")
        self.participants.setPlaceholderText(tr("e.g. mother, the child, grandmother"))
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
            tr("What you saw and heard. Keep facts apart from your interpretation."))
        self.observations.setMinimumHeight(self.observations.fontMetrics().lineSpacing() * 10)
        self.add_row(form, "observations", field_label(RecordType.VISIT, "observations"),
                     self.observations)
        self.safety_concern = QCheckBox(tr("I am concerned for the child's safety"))
        self.safety_concern.setObjectName("safety_concern")
        self.safety_note = HelpLabel(
            tr("Describe the concern in the observations, tell your supervisor, and consider a "
               "new risk screening."))
        self.safety_note.setObjectName("safety_note")
        palette.apply_style(self.safety_note, palette.warning_style)
        self.safety_note.setVisible(False)
        self.safety_concern.toggled.connect(self.safety_note.setVisible)
        self.add_row(form, "safety_concern", field_label(RecordType.VISIT, "safety_concern"),
                     self.safety_concern)
        form.addRow("", self.safety_note)
        self.follow_up = QLineEdit()
        self.follow_up.setObjectName("follow_up")
        self.follow_up.setPlaceholderText(tr("Next step, e.g. visit again next week"))
        self.add_row(form, "follow_up", field_label(RecordType.VISIT, "follow_up"),
                     self.follow_up)

        self.main_layout.addLayout(form, 1)
        # Enter in a line must not save half a visit: Ctrl+Enter does.
        self.add_buttons(tr("Save visit"), enter_saves=False)
        self.save_button.setToolTip(tr("Save (Ctrl+Enter)"))
        self.ctrl_enter_saves()
        seen: list[QWidget] = list(self.children_seen.values()) or [self.child_seen]
        chain: list[QWidget] = [self.visit_date.line_edit, *self.visit_type.buttons,
                                *seen, self.participants, self.observations,
                                self.safety_concern, self.follow_up, self.save_button,
                                self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        if value:
            self.set_value(value)
        self.resize(640, 620)
        seen[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def set_value(self, value: Mapping[str, Any]) -> None:
        """Fill in a visit recorded before (to correct it)."""
        self.visit_date.set_date(value.get("visit_date"))
        self.visit_type.set_value(value.get("visit_type", "home"))
        self.child_seen.setChecked(value.get("child_seen") is True)
        named = value.get("children_seen")
        for person_id, box in self.children_seen.items():
            box.setChecked((isinstance(named, list) and person_id in named)
                           or (named is None and len(self.children_seen) == 1
                               and value.get("child_seen") is True))
        self.participants.setText(str(value.get("participants") or ""))
        self.observations.setPlainText(str(value.get("observations") or ""))
        self.safety_concern.setChecked(value.get("safety_concern") is True)
        self.follow_up.setText(str(value.get("follow_up") or ""))

    def value(self) -> dict[str, Any]:
        """The visit's fields for Casework.record_visit (blank text left out)."""
        seen = [pid for pid, box in self.children_seen.items() if box.isChecked()]
        visit: dict[str, Any] = {
            "visit_date": self.visit_date.date_text(),
            "visit_type": self.visit_type.value(),
            "child_seen": bool(seen) if self.children_seen else self.child_seen.isChecked(),
            "children_seen": seen if self.children_seen else None,
            "participants": self.participants.text().strip() or None,
            "observations": self.observations.toPlainText().strip() or None,
            "safety_concern": self.safety_concern.isChecked(),
            "follow_up": self.follow_up.text().strip() or None,
        }
        return {k: v for k, v in visit.items() if v is not None}

    def problems(self) -> dict[str, str]:
        """The fields' checks, the date, and the domain's rule that a visit records who was
        present or what was observed (the server checks the same)."""
        errors = fields_problems(RecordType.VISIT, self.value())
        errors.update(content_problems(RecordType.VISIT, None, self.value()))
        day = date_problem(self.visit_date, latest=self._today,
                           too_late=tr("A visit cannot be recorded in the future."))
        if day:
            errors["visit_date"] = day
        return errors
