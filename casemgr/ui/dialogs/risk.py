"""RiskDialog: change a case's risk level, saying why (the reason is kept with the case and
shown in its history)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from casemgr.domain.records import RiskLevel
from casemgr.domain.workflow import NO_RISK_REASON, SAME_RISK_LEVEL
from casemgr.ui.dialogs.base import CaseworkDialog, RadioRow
from casemgr.ui.forms.widgets import HelpLabel
from casemgr.ui.i18n import tr
from casemgr.ui.labels import choice_label


class RiskDialog(CaseworkDialog):
    """The new level and the reason for it: `value()` is {"risk", "risk_reason"} for
    Casework.set_risk. `current`: the case's level now; `suggested`: a level an assessment
    just suggested (chosen to start with), and `suggestion` what to say about it."""

    def __init__(self, parent: QWidget | None = None, *, current: str | None,
                 suggested: str | None = None, suggestion: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Change the risk level"))
        self.setObjectName("risk_dialog")
        self._current = current
        form = self.new_form()
        now = HelpLabel(tr("The case is now recorded as {risk} risk.").format(
            risk=choice_label("risk", current).lower()) if current
            else tr("The case has no risk level yet."))
        now.setObjectName("current_risk")
        form.addRow("", now)
        self.level = RadioRow("risk", [r.value for r in RiskLevel], name="risk")
        if suggested and suggested != current:
            self.level.set_value(suggested)
        self.add_row(form, "risk", tr("New risk level"), self.level, required=True)
        if suggestion:
            note = HelpLabel(suggestion)
            note.setObjectName("risk_suggestion")
            form.addRow("", note)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("risk_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(tr("What you learned that changes the risk, e.g. the "
                                          "father moved back in; the screening of today"))
        self.reason.setMaximumHeight(self.reason.fontMetrics().lineSpacing() * 6 + 12)
        self.add_row(form, "risk_reason", tr("Why it changes"), self.reason, required=True)
        form.addRow("", HelpLabel(tr("The reason is kept with the case and shown in its "
                                     "history. First visit and review dates move forward when "
                                     "the risk rises.")))
        self.main_layout.addLayout(form)
        self.main_layout.addStretch(1)
        self.add_buttons(tr("Change the risk level"), name="change_risk", enter_saves=False)
        self.ctrl_enter_saves()
        self.level.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(560, 400)

    def value(self) -> dict[str, Any]:
        return {"risk": self.level.value(), "risk_reason": self.reason.toPlainText().strip()}

    def problems(self) -> dict[str, str]:
        value, errors = self.value(), {}
        if value["risk"] is None:
            errors["risk"] = tr("Choose the new risk level.")
        elif value["risk"] == self._current:
            errors["risk"] = SAME_RISK_LEVEL
        if not value["risk_reason"]:
            errors["risk_reason"] = NO_RISK_REASON
        return errors
