"""BreakGlassDialog: open a case outside one's caseload in an emergency (casemgr.app.glass):
the case number, a reason from the list and the user's own words, saying plainly how long
the access lasts, that the supervisor is told and that everything is recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from casemgr.app.glass import REASONS
from casemgr.ui.dialogs.base import CaseworkDialog
from casemgr.ui.forms.widgets import HelpLabel
from casemgr.ui.i18n import N_, tr

MIN_NOTE = 3  # as the server asks (protocol.BreakGlassRequest)
# The reasons' words as the desktop shows them (translated where shown); protocol's codes.
REASON_WORDS = {
    "immediate_risk": N_("A child is at immediate risk"),
    "covering_colleague": N_("Covering for an absent colleague"),
    "out_of_hours": N_("Out-of-hours emergency call"),
    "official_request": N_("Request from police, court or hospital"),
    "other": N_("Other (say why below)"),
}
assert set(REASON_WORDS) == set(REASONS)


class BreakGlassDialog(CaseworkDialog):
    """`value()`: (case number, reason code, the user's words)."""

    def __init__(self, parent: QWidget | None = None, *, hours: int = 24) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Open a case outside my caseload"))
        self.setObjectName("break_glass_dialog")
        self.main_layout.addWidget(HelpLabel(tr(
            "Only in an emergency. The server must be reachable: it decides and records it. "
            "The case is yours to read for {hours} hours (unless your organisation set "
            "another limit), then it leaves this computer. The case's supervisor is told "
            "at once, and everything you do in the case is recorded as emergency access."
        ).format(hours=hours)))
        form = self.new_form()
        self.case = QLineEdit()
        self.case.setObjectName("breakGlassCase")
        self.case.setPlaceholderText(tr("For example NRB-00042"))
        self.add_row(form, "case", tr("Case number"), self.case, required=True)
        self.reason = QComboBox()
        self.reason.setObjectName("breakGlassReason")
        for code, words in REASON_WORDS.items():
            self.reason.addItem(tr(words), code)
        self.add_row(form, "reason", tr("Reason"), self.reason, required=True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("breakGlassNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(tr("Why you need this case now, in your own words"))
        self.add_row(form, "note", tr("In your words"), self.note, required=True)
        self.main_layout.addLayout(form, 1)
        self.open_button = self.add_buttons(tr("Open the case"), name="open_break_glass")
        self.case.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(520, 420)

    def problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.case.text().strip():
            errors["case"] = tr("Give the case number.")
        if len(self.note.toPlainText().strip()) < MIN_NOTE:
            errors["note"] = tr("Say why you need this case.")
        return errors

    def value(self) -> tuple[str, str, str]:
        return (self.case.text().strip(), str(self.reason.currentData()),
                self.note.toPlainText().strip())


__all__ = ["REASON_WORDS", "BreakGlassDialog"]
