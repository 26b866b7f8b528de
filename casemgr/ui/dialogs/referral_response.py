"""ReferralResponseDialog: the provider's answer to a sent referral, or the outcome at the end."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from casemgr.ui.dialogs.base import CaseworkDialog, RadioRow
from casemgr.ui.forms.widgets import HelpLabel
from casemgr.ui.i18n import tr


class ReferralResponseDialog(CaseworkDialog):
    """A sent referral's answer ({"accepted", "response"} for record_referral_response), or an
    accepted referral's outcome ({"outcome"} for complete_referral)."""

    def __init__(self, parent: QWidget | None = None, *, status: str, summary: str = "") -> None:
        super().__init__(parent)
        if status not in ("sent", "accepted"):
            raise ValueError(f"a {status} referral takes no response")
        self.setObjectName("referral_response_dialog")
        self._mode = "response" if status == "sent" else "outcome"
        form = self.new_form()
        if summary:
            form.addRow(HelpLabel(summary))
        self.answer: RadioRow | None = None
        self.response: QPlainTextEdit | None = None
        self.outcome: QPlainTextEdit | None = None
        if self._mode == "response":
            self.setWindowTitle(tr("Provider's response"))
            self.answer = RadioRow("answer", [True, False], name="accepted",
                                   labels=[tr("Accepted"), tr("Declined")])
            self.add_row(form, "accepted", tr("The provider has"), self.answer, required=True)
            self.response = QPlainTextEdit()
            self.response.setObjectName("response")
            self.response.setTabChangesFocus(True)
            self.response.setPlaceholderText(tr("What the provider said: first appointment, or "
                                                "why they declined"))
            self.add_row(form, "response", tr("Response"), self.response)
            self.answer.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.setWindowTitle(tr("Complete the referral"))
            self.outcome = QPlainTextEdit()
            self.outcome.setObjectName("outcome")
            self.outcome.setTabChangesFocus(True)
            self.outcome.setPlaceholderText(tr("What the child received, and how it went"))
            self.add_row(form, "outcome", tr("Outcome"), self.outcome, required=True)
            self.outcome.setFocus(Qt.FocusReason.OtherFocusReason)
        self.main_layout.addLayout(form)
        self.main_layout.addStretch(1)
        self.add_buttons()
        self.resize(520, 360)

    def value(self) -> dict[str, Any]:
        if self.answer is not None and self.response is not None:
            return {"accepted": self.answer.value(),
                    "response": self.response.toPlainText().strip() or None}
        assert self.outcome is not None
        return {"outcome": self.outcome.toPlainText().strip()}

    def problems(self) -> dict[str, str]:
        value = self.value()
        if self._mode == "response":
            return {} if value["accepted"] is not None else {
                "accepted": tr("Say whether the provider accepted or declined.")}
        return {} if value["outcome"] else {
            "outcome": tr("Describe the outcome before completing the referral.")}
