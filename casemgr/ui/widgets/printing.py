"""The system's print dialog as every "Print…" opens it: window-modal (the event loop runs on,
so the window is never frozen behind it), printing on OK; "Print to File (PDF)" included."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def open_print_dialog(parent: QWidget, doc_name: str, print_to: Callable[[QPrinter], None],
                      closed: Callable[[], None]) -> QPrintDialog:
    """Open the print dialog for a document named `doc_name`; `print_to(printer)` on OK,
    `closed()` first either way. Returns the dialog (open: tests drive it)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc_name)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("print_dialog")

    def finished(result: int) -> None:
        closed()
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            print_to(printer)

    dialog.finished.connect(finished)
    QDialog.open(dialog)  # window-modal, as QDialog.open (QPrintDialog's also takes a slot)
    return dialog


__all__ = ["open_print_dialog"]
