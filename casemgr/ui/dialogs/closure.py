"""ClosureDialog: ask a supervisor to close the case, seeing what the supervisor will see."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casemgr.ui.dialogs.base import CaseworkDialog
from casemgr.ui.forms.widgets import HelpLabel
from casemgr.ui.i18n import tr


class ClosureDialog(CaseworkDialog):
    """The reason for closing (`value()`: {"reason"} for request_closure), with a live preview
    of the request; `facts` are (label, value) lines the shell knows, e.g. ("Risk", "High")."""

    def __init__(self, parent: QWidget | None = None, *, case_number: str, family_name: str = "",
                 facts: Sequence[tuple[str, str]] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Request closure"))
        self.setObjectName("closure_dialog")
        self._case_number = case_number
        self._family_name = family_name
        self._facts = list(facts)
        form = self.new_form()
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(tr("Why the case can be closed: goals met, child safe, "
                                          "who follows up"))
        self.add_row(form, "reason", tr("Reason for closing"), self.reason, required=True)
        preview_box = QGroupBox(tr("What your supervisor will see"))
        self.preview = QLabel()
        self.preview.setObjectName("supervisor_preview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview)
        preview_layout.addWidget(HelpLabel(
            tr("The case stays open until a supervisor approves. If it is sent back, you will "
               "see the supervisor's comment.")))
        self.main_layout.addLayout(form, 1)
        self.main_layout.addWidget(preview_box)
        self.request_button = self.add_buttons(tr("Request closure"), name="request_closure")
        self.reason.textChanged.connect(self._update_preview)
        self._update_preview()
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(560, 520)

    def preview_text(self) -> str:
        title = tr("Closure requested for case {case}").format(case=self._case_number)
        lines = [tr("{title} ({family})").format(title=title, family=self._family_name)
                 if self._family_name else title]
        lines += [f"{label}: {value}" for label, value in self._facts]
        reason = self.reason.toPlainText().strip()
        lines += ["", tr("Reason given:"), reason or tr("(no reason yet)")]
        return "\n".join(lines)

    @Slot()
    def _update_preview(self) -> None:
        self.preview.setText(self.preview_text())

    def value(self) -> dict[str, Any]:
        return {"reason": self.reason.toPlainText().strip()}

    def problems(self) -> dict[str, str]:
        return {} if self.value()["reason"] else {
            "reason": tr("Give the reason for closing the case.")}
