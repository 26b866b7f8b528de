"""SummaryDialog: before a case summary is printed or saved as a PDF, whether to withhold the
family's names, addresses and phone numbers, where the copy goes, and the user's password
once more (the summary leaves the encrypted workspace: issue 12, item 4). The password is
checked on the database thread (`Workspace.verify_password`, counted like an unlock) before
the dialog closes."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from casemgr.db.errors import UnlockBackoff, WrongPassword
from casemgr.ui.dialogs.base import CaseworkDialog, not_input
from casemgr.ui.i18n import tr
from casemgr.ui.workers.db import DbWorker


class SummaryDialog(CaseworkDialog):
    """`to_pdf`: saving to a file (else printing). `redact()`: the box is ticked."""

    def __init__(self, parent: QWidget | None, case_number: str, *, to_pdf: bool,
                 worker: DbWorker) -> None:
        super().__init__(parent, summary=False)
        self.worker = worker
        self.setObjectName("summary_dialog")
        self.setWindowTitle(tr("Case summary of {case}").format(case=case_number))
        intro = QLabel(tr("The summary goes to a PDF file that is not encrypted: keep it only "
                          "where your organisation allows. Saving it is recorded in the case's "
                          "audit log.") if to_pdf else
                       tr("The summary goes to the printer you choose. Printing it is recorded "
                          "in the case's audit log."))
        intro.setWordWrap(True)
        self.main_layout.addWidget(intro)
        self.redact_box = QCheckBox(tr("Redact names, addresses and phone numbers"))
        self.redact_box.setObjectName("redact")
        self.redact_box.setToolTip(tr("The family's people appear by role and number "
                                      "(\"[child 1]\"), also inside notes"))
        not_input(self.redact_box)
        self.main_layout.addWidget(self.redact_box)
        form = self.new_form()
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(form, "password", tr("Your password"), self.password, required=True)
        self.main_layout.addLayout(form)
        self.add_buttons(tr("Choose where to save…") if to_pdf else tr("Print…"))

    def redact(self) -> bool:
        return self.redact_box.isChecked()

    def problems(self) -> dict[str, str]:
        if not self.password.text():
            return {"password": tr("Enter your password: the summary leaves the encrypted "
                                   "workspace.")}
        return {}

    @Slot()
    def save(self) -> None:
        """The password checked on the database thread; then the dialog closes."""
        if not self.checked():
            return
        password = self.password.text()
        self.save_button.setEnabled(False)
        self.worker.run(lambda cw: cw.ws.verify_password(password), self._verified,
                        self._refused)

    def _verified(self, _none: object) -> None:
        self.password.clear()
        self.save_button.setEnabled(True)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.password.clear()
        if isinstance(exc, WrongPassword | UnlockBackoff):
            self.show_errors({"password": str(exc)})
        else:
            self.show_errors({"": tr("The password could not be checked; nothing left the "
                                     "workspace.")})


__all__ = ["SummaryDialog"]
