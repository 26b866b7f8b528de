"""AssessmentView: a saved assessment to read and print: the form's title and version, who
completed it and when, every question asked with its answer in words, the score, the suggested
risk and the reasons. The text is one QTextDocument (escaped HTML), shown here and printed as
it is, through the system's print dialog (which can also print to a PDF file)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QWidget

from casemgr.app.assessment_report import AssessmentReport, word
from casemgr.ui.dialogs.base import FittedDialog
from casemgr.ui.i18n import N_, tr
from casemgr.ui.labels import RESTRICTED
from casemgr.ui.widgets.printing import open_print_dialog

JUDGEMENT = (N_("The suggested risk is a prompt for professional judgement, not a decision; the "
             "case's risk level is what the caseworker recorded."))


def report_html(report: AssessmentReport) -> str:
    """The report as HTML, every text from the record escaped."""
    e = escape
    risk = report.suggested_risk or tr("none (not enough answers)")
    facts = [tr("Form version {version}").format(
        version=report.version) if report.version is not None else "",
             tr("Completed by {completed_by} on {completed_on}").format(
                 completed_by=report.completed_by, completed_on=report.completed_on),
             report.changed, tr("About: {about}").format(
                                 about=report.about) if report.about else "",
             tr("Score {score} · suggested risk: {risk} (why: at the end)").format(
                 score=report.score, risk=risk)
             if report.score else ""]
    parts = [f"<h2>{e(report.title)}</h2>",
             "<p>" + "<br>".join(e(f) for f in facts if f) + "</p>"]
    if report.note:
        parts.append(f"<p><i>{e(report.note)}</i></p>")
    for section in report.sections:
        parts.append(f"<h3>{e(section.title)}</h3>")
        parts.append('<table width="100%" cellspacing="0" cellpadding="4" border="0">')
        for answer in section.answers:
            # No colour: the same text reads on a dark theme and on paper.
            shown = (f"<i>{e(tr(RESTRICTED))}</i>" if answer.withheld
                     else f"<b>{e(answer.answer)}</b>" if answer.answered
                     else f"<i>{e(answer.answer)}</i>")
            parts.append(f'<tr><td width="55%" valign="top">{e(answer.question)}</td>'
                         f'<td valign="top">{shown}</td></tr>')
        parts.append("</table>")
    parts.append("<h3>Score</h3>")
    score = report.score or word("not_answered", report.language)
    parts.append(f"<p>Score: <b>{e(score)}</b><br>Suggested risk: <b>{e(risk)}</b></p>")
    if report.withheld:
        parts.append("<p>" + e(tr("Some answers are restricted: the score and suggested risk "
                                  "are the server's, from every answer.")) + "</p>")
    elif report.reasons:
        parts.append("<p>Why:</p><ul>" + "".join(f"<li>{e(r)}</li>" for r in report.reasons)
                     + "</ul>")
    else:
        parts.append(tr("<p>No scoring rule applied.</p>"))
    parts.append(f"<p><small>{e(tr(JUDGEMENT))}</small></p>")
    return "\n".join(parts)


def report_document(report: AssessmentReport) -> QTextDocument:
    document = QTextDocument()
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, report.title)
    document.setHtml(report_html(report))
    return document


def print_to_pdf(document: QTextDocument, path: Path) -> None:
    """Print `document` to a PDF file at `path`, as the print dialog's "Print to file" does."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    document.print_(printer)


class AssessmentView(FittedDialog):
    """The report, read-only, with Print… and Close. `printed` is emitted once the document
    went to a printer (the app notes it in the audit log)."""

    printed = Signal()

    def __init__(self, report: AssessmentReport, parent: QWidget | None = None) -> None:
        super().__init__(parent, scroll=False)  # the text scrolls itself
        self.setObjectName("assessment_view")
        self.setWindowTitle(f"{report.title} — {report.completed_on}")
        self.report = report
        self.document = report_document(report)
        self.document.setParent(self)
        self.text = QTextBrowser()
        self.text.setObjectName("assessment_text")
        self.text.setDocument(self.document)
        self.text.setOpenLinks(False)
        self.main_layout.addWidget(self.text, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = box.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("close")
        self.print_button = box.addButton(tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("print")
        self.print_button.setToolTip(tr("Print the assessment, or save it as a PDF file (Ctrl+P)"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(self.start_print)
        self.set_button_box(box)
        self.print_dialog: QPrintDialog | None = None
        self.resize(760, 820)
        self.text.setFocus()

    @Slot()
    def start_print(self) -> None:
        """The system's print dialog (window-modal, the event loop runs); printing on OK."""
        self.print_dialog = open_print_dialog(self, self.report.title, self._print_to,
                                              self._print_closed)

    def _print_to(self, printer: QPrinter) -> None:
        self.document.print_(printer)
        self.printed.emit()

    def _print_closed(self) -> None:
        self.print_dialog = None


__all__ = ["AssessmentView", "print_to_pdf", "report_document", "report_html"]
