"""ConflictResolver: one field changed on two devices; keep mine, keep theirs, or a new value."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casemgr.domain.errors import ValidationError
from casemgr.domain.records import RecordType, parse_field_text
from casemgr.ui.dialogs.base import CaseworkDialog, RadioRow, field_words, fields_problems
from casemgr.ui.i18n import local_moment, tr


def show_value(value: Any) -> str:
    """A stored value as a caseworker reads it."""
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(empty)"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, indent=1)
    return str(value)


def _as_text(value: Any) -> str:
    """A value written as one would type it back (for the "new value" editor)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _who_when(by: Any, at: Any) -> str:
    parts = [str(by)] if by else []
    if at:
        parts.append(local_moment(str(at)))
    return ", ".join(parts)


class ConflictResolver(CaseworkDialog):
    """Side by side: the value before, mine (sent later) and theirs (kept by the server);
    `value()` is the value chosen, `choice()` "mine", "theirs" or "new"."""

    def __init__(self, conflict: Mapping[str, Any], parent: QWidget | None = None, *,
                 label: str | None = None, mine_title: str = "Mine",
                 theirs_title: str = "Theirs") -> None:
        super().__init__(parent)
        self.setObjectName("conflict_resolver")
        self._conflict = dict(conflict)
        self._value: Any = None
        try:
            self._record_type: RecordType | None = RecordType(str(conflict.get("record_type")))
        except ValueError:
            self._record_type = None
        name = str(conflict.get("field", ""))
        self._label = label or field_words(str(conflict.get("record_type")), name)
        self.setWindowTitle(tr("Resolve a conflict: {label}").format(label=self._label))
        heading = QLabel(tr("“{label}” was changed on two devices at the same time. Choose the "
                            "value to keep.").format(label=self._label))
        heading.setWordWrap(True)

        sides = QWidget()
        grid = QGridLayout(sides)
        grid.setContentsMargins(0, 0, 0, 0)
        columns = [
            ("base", tr("Before both changes"), conflict.get("base_value"),
             tr("Where both devices started")),
            ("mine", mine_title, conflict.get("client_value"),
             _who_when(conflict.get("client_by"), conflict.get("client_at"))),
            ("theirs", theirs_title, conflict.get("server_value"),
             _who_when(conflict.get("server_by"), conflict.get("server_at"))),
        ]
        self.side_views: dict[str, QPlainTextEdit] = {}
        for column, (key, title, value, who) in enumerate(columns):
            box = QGroupBox(title)
            box.setObjectName(f"side:{key}")
            view = QPlainTextEdit(show_value(value))
            view.setObjectName(f"value:{key}")
            view.setReadOnly(True)
            view.setTabChangesFocus(True)
            view.setMaximumHeight(view.fontMetrics().lineSpacing() * 8 + 12)
            view.setAccessibleName(f"{title}: {self._label}")
            box_layout = QVBoxLayout(box)
            if who:
                who_label = QLabel(who)
                who_label.setObjectName(f"who:{key}")
                box_layout.addWidget(who_label)
            box_layout.addWidget(view)
            grid.addWidget(box, 0, column)
            self.side_views[key] = view

        form = QFormLayout()
        keep = ([tr("Keep mine"), tr("Keep theirs")]
                if (mine_title, theirs_title) == ("Mine", "Theirs")
                else [tr("Keep: {side}").format(side=side) for side in (mine_title, theirs_title)])
        self.choice_row = RadioRow("choice", ["mine", "theirs", "new"], name="choice",
                                   labels=[*keep, tr("Enter a new value")])
        self.add_row(form, "choice", tr("Keep"), self.choice_row, required=True)
        self.new_value = QPlainTextEdit(_as_text(conflict.get("client_value")))
        self.new_value.setObjectName("new_value")
        self.new_value.setTabChangesFocus(True)
        self.new_value.setEnabled(False)
        self.new_value.setMaximumHeight(self.new_value.fontMetrics().lineSpacing() * 6 + 12)
        self.add_row(form, "value", tr("New value"), self.new_value)
        self.choice_row.group.idToggled.connect(lambda _i, _on: self._choice_changed())

        self.main_layout.addWidget(heading)
        self.main_layout.addWidget(sides, 1)
        self.main_layout.addLayout(form)
        self.keep_button = self.add_buttons(tr("Keep this value"), name="resolve")
        self.keep_button.setEnabled(False)
        self.choice_row.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(820, 420)

    def choice(self) -> str | None:
        value = self.choice_row.value()
        return str(value) if value is not None else None

    @Slot()
    def _choice_changed(self) -> None:
        self.new_value.setEnabled(self.choice() == "new")
        self.keep_button.setEnabled(self.choice() is not None)
        self.field_errors.clear()

    def _parse_new(self) -> Any:
        text = self.new_value.toPlainText().strip()
        if self._record_type is None:
            return text or None
        field = str(self._conflict.get("field"))
        value = parse_field_text(self._record_type, field, text)
        problems = fields_problems(self._record_type, {field: value}, complete=False)
        if problems:
            raise ValidationError(problems)
        return value

    def value(self) -> Any:
        """The value chosen (after Accepted)."""
        return self._value

    def problems(self) -> dict[str, str]:
        """Nothing chosen yet, or a new value the field refuses; when all is well, the value
        chosen is kept for `value()`."""
        choice = self.choice()
        if choice is None:
            return {"choice": tr("Choose the value to keep.")}
        try:
            self._value = (self._conflict.get("client_value") if choice == "mine"
                           else self._conflict.get("server_value") if choice == "theirs"
                           else self._parse_new())
        except ValidationError as e:
            return {"value": next(iter(e.errors.values()))}
        return {}
