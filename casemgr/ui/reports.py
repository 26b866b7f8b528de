"""Printed reports of the desktop app: the case summary as a PDF file or on paper, with a
header naming the agency, the case, who printed it and when, and page numbers
(casemgr.app.case_summary builds it; casemgr.ui.widgets.pdf lays the pages out).

`write_case_summary_pdf` needs only a QGuiApplication (one is started on the offscreen
platform when there is none), so the command line can call it too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from casemgr.app.admin import SubjectAccess
from casemgr.app.case_summary import CaseSummary, case_summary, record_summary_output, to_html
from casemgr.app.casework import Casework
from casemgr.app.subject_access import person_name
from casemgr.app.subject_access import to_html as subject_access_html
from casemgr.ui.widgets.pdf import write_pdf


def summary_headers(summary: CaseSummary, agency: str, printed_by: str) -> tuple[str, str]:
    """The page header's two texts: whose document about which case; who printed it when."""
    left = " · ".join(x for x in (agency, f"Case {summary.case_number}",
                                  "redacted" if summary.redacted else "") if x)
    return left, f"Printed by {printed_by} on {summary.printed_at}"


def summary_file_name(case_number: str) -> str:
    return f"case-summary-{case_number}.pdf"


def write_summary(summary: CaseSummary, path: Path, agency: str, printed_by: str) -> int:
    """The summary as an A4 PDF at `path`; the pages written. Not audited (the caller is)."""
    left, right = summary_headers(summary, agency, printed_by)
    html = to_html(summary, agency, printed_by, summary.printed_at)
    return write_pdf(html, path, left, right, title=f"Case summary {summary.case_number}")


_started: list[QCoreApplication] = []  # the application started here, kept alive


def ensure_gui_application() -> QCoreApplication:
    """The running Qt application, or a new QGuiApplication on the offscreen platform (the
    command line: no window is shown, and no display may be reachable)."""
    app = QCoreApplication.instance()
    if app is None:
        app = QGuiApplication(["casemgr", "-platform", "offscreen"])
        _started.append(app)
    return app


def write_case_summary_pdf(casework: Casework, case_id: str, path: Path, *, redact: bool,
                           printed_by: str, agency: str = "") -> int:
    """Read the case's summary (the user must be allowed to see the case), write it to
    `path` as a PDF and record that in the audit log; the pages written. A file that could
    not be audited is removed."""
    ensure_gui_application()
    summary = case_summary(casework, case_id, redact=redact)
    pages = write_summary(summary, path, agency, printed_by)
    try:
        record_summary_output(casework, summary.case_id, printed=False, redacted=redact)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return pages


def write_subject_access_pdf(data: SubjectAccess, path: Path, agency: str = "") -> int:
    """A person's subject access (casemgr.app.subject_access, fetched and audited there) as
    an A4 PDF at `path`; the pages written. The file's title does not name the person."""
    ensure_gui_application()
    left = " · ".join(x for x in (agency, f"Subject access: {person_name(data)}") if x)
    right = f"Produced by {data.produced_by} on {data.produced_at[:10]}"
    return write_pdf(subject_access_html(data), path, left, right, title="Subject access")


__all__ = ["ensure_gui_application", "summary_file_name", "summary_headers",
           "write_case_summary_pdf", "write_subject_access_pdf", "write_summary"]
