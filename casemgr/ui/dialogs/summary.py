"""SummaryDialog: before a case summary is printed or saved as a PDF, whether to withhold the
family's names, addresses and phone numbers, and where the copy goes."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from casemgr.ui.dialogs.base import CaseworkDialog, not_input
from casemgr.ui.i18n import tr


class SummaryDialog(CaseworkDialog):
    """`to_pdf`: saving to a file (else printing). `redact()`: the box is ticked."""

    def __init__(self, parent: QWidget | None, case_number: str, *, to_pdf: bool) -> None:
        super().__init__(parent, summary=False)
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
        self.add_buttons(tr("Choose where to save…") if to_pdf else tr("Print…"))

    def redact(self) -> bool:
        return self.redact_box.isChecked()


__all__ = ["SummaryDialog"]
