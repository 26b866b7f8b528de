"""SummaryDialog: before a case summary is printed or saved as a PDF, whether to withhold the
family's names, addresses and phone numbers, and where the copy goes."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from casemgr.ui.dialogs.base import CaseworkDialog, not_input


class SummaryDialog(CaseworkDialog):
    """`to_pdf`: saving to a file (else printing). `redact()`: the box is ticked."""

    def __init__(self, parent: QWidget | None, case_number: str, *, to_pdf: bool) -> None:
        super().__init__(parent, summary=False)
        self.setObjectName("summary_dialog")
        self.setWindowTitle(f"Case summary of {case_number}")
        where = ("a PDF file that is not encrypted: keep it only where your organisation "
                 "allows" if to_pdf else "the printer you choose")
        intro = QLabel(f"The summary goes to {where}. Printing or saving it is recorded in "
                       "the case's audit log.")
        intro.setWordWrap(True)
        self.main_layout.addWidget(intro)
        self.redact_box = QCheckBox("Redact names, addresses and phone numbers")
        self.redact_box.setObjectName("redact")
        self.redact_box.setToolTip("The family's people appear by role and number "
                                   "(\"[child 1]\"), also inside notes")
        not_input(self.redact_box)
        self.main_layout.addWidget(self.redact_box)
        self.add_buttons("Choose where to save…" if to_pdf else "Print…")

    def redact(self) -> bool:
        return self.redact_box.isChecked()


__all__ = ["SummaryDialog"]
