"""ApprovalDecisionDialog: a supervisor approves a plan or closure, or sends it back with why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from casemgr.ui.dialogs.base import CaseworkDialog, RadioRow
from casemgr.ui.forms.widgets import HelpLabel
from casemgr.ui.i18n import N_, tr

_KINDS = {"case_plan": (N_("Case plan"), N_("submitted")),
          "closure": (N_("Closure"), N_("requested"))}  # translated where shown


class ApprovalDecisionDialog(CaseworkDialog):
    """Approve, or send back with the comment the caseworker needs; `value()` is {"decision":
    "approved" | "returned", "comment"} for Casework.decide."""

    def __init__(self, parent: QWidget | None = None, *, kind: str, subject: str = "",
                 requested_by: str = "", requested_at: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("approval_dialog")
        what, verb = (tr(word) for word in _KINDS.get(kind, (N_("Request"), N_("made"))))
        self.setWindowTitle(tr("Decide: {what}").format(what=what.lower()))
        form = self.new_form()
        who = tr(" by {requested_by}").format(
                  requested_by=requested_by) if requested_by else ""
        when = tr(" on {requested_at}").format(
                   requested_at=requested_at[:10]) if requested_at else ""
        heading = QLabel(tr("{what} {verb}{who}{when}").format(
                             what=what, verb=verb, who=who, when=when))
        heading.setObjectName("heading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        form.addRow(heading)
        if subject:
            body = QPlainTextEdit(subject)
            body.setObjectName("subject")
            body.setReadOnly(True)
            body.setTabChangesFocus(True)
            body.setAccessibleName(tr("{what} to decide on").format(what=what))
            body.setMaximumHeight(body.fontMetrics().lineSpacing() * 12 + 12)
            form.addRow(body)
        self.decision = RadioRow("decision", ["approved", "returned"], name="decision",
                                 labels=[tr("Approve"), tr("Send back")])
        self.add_row(form, "decision", tr("Decision"), self.decision, required=True)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(self.comment.fontMetrics().lineSpacing() * 6 + 12)
        self.add_row(form, "comment", tr("Comment"), self.comment)
        comment_block = self.comment.parentWidget()
        assert comment_block is not None
        self.comment_label = form.labelForField(comment_block)
        self.reason = HelpLabel()
        self.reason.setObjectName("decide_reason")
        self.main_layout.addLayout(form)
        self.main_layout.addStretch(1)
        self.main_layout.addWidget(self.reason)
        self.decide_button = self.add_buttons(tr("Record decision"), name="decide")
        self.decision.group.idToggled.connect(lambda _i, _on: self._update())
        self.comment.textChanged.connect(self._update)
        self._update()
        self.decision.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(560, 480)

    def blocker(self) -> str | None:
        """Why the decision cannot be recorded yet, or None."""
        decision = self.decision.value()
        if decision is None:
            return tr("Choose to approve or to send back.")
        if decision == "returned" and not self.comment.toPlainText().strip():
            return tr("Say why you are sending it back, so the caseworker knows what to change.")
        return None

    @Slot()
    def _update(self) -> None:
        returned = self.decision.value() == "returned"
        if isinstance(self.comment_label, QLabel):
            self.comment_label.setText(tr("Comment *") if returned else tr("Comment"))
        self.comment.setPlaceholderText(tr("What to change before it can be approved") if returned
                                        else tr("Optional"))
        self.comment.setAccessibleName(tr("Comment (required)") if returned else tr("Comment"))
        blocker = self.blocker()
        self.decide_button.setEnabled(blocker is None)
        self.reason.set_help(blocker or "")
        if blocker is None:
            self.field_errors.clear()

    def value(self) -> dict[str, Any]:
        return {"decision": self.decision.value(),
                "comment": self.comment.toPlainText().strip() or None}

    @Slot()
    def save(self) -> None:
        # Record decision is disabled while blocked, and the reason is shown beside it.
        if self.blocker() is None:
            super().save()
