"""Printed reports of the desktop app, with a header naming the agency, who printed it and
when, and page numbers (casemgr.ui.widgets.pdf lays the pages out):

- the case summary as a PDF file or on paper (casemgr.app.case_summary builds it);
- the indicators for evidence as a one-page PDF (casemgr.app.indicators counts them): the
  Dashboard's six charts over the same months, then the monthly totals.

Both need only a QGuiApplication (`ensure_gui_application` starts one on the offscreen
platform when there is none), so the command line calls them too."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QImage

from casemgr.app.admin import SubjectAccess
from casemgr.app.case_summary import CaseSummary, case_summary, record_summary_output, to_html
from casemgr.app.casework import Casework
from casemgr.app.dashboard import number_text
from casemgr.app.indicators import SUPPRESSED, Indicators, Value
from casemgr.app.subject_access import person_name
from casemgr.app.subject_access import to_html as subject_access_html
from casemgr.ui.i18n import N_, localize, num, tr
from casemgr.ui.widgets.pdf import write_pdf

# The indicators PDF's table: one row a month, these totals (indicator, measure, heading).
INDICATOR_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("caseload", "open_cases", N_("Open cases at the month's end")),
    ("first_visit", "cases_opened", N_("Cases opened")),
    ("first_visit", "visited_in_time", N_("First visit in time")),
    ("visits_on_time", "share_on_time", N_("Tasks done on time")),
    ("plan_approval", "decided", N_("Plans decided")),
    ("plan_approval", "median_days", N_("Median days to decision")),
    ("referral_completion", "sent", N_("Referrals sent")),
    ("referral_completion", "share_completed", N_("Referrals completed")),
    ("closure_reasons", "closed_cases", N_("Cases closed")),
)
CHART_WIDTH_IN, CHART_HEIGHT_IN = 3.5, 2.4


def summary_headers(summary: CaseSummary, agency: str, printed_by: str) -> tuple[str, str]:
    """The page header's two texts: whose document about which case; who printed it when."""
    left = " · ".join(x for x in (agency, tr("Case {number}").format(
        number=summary.case_number), tr("redacted") if summary.redacted else "") if x)
    return left, tr("Printed by {user} on {when}").format(user=printed_by,
                                                          when=summary.printed_at)


def summary_file_name(case_number: str) -> str:
    return f"case-summary-{case_number}.pdf"


def write_summary(summary: CaseSummary, path: Path, agency: str, printed_by: str) -> int:
    """The summary as an A4 PDF at `path`; the pages written. Not audited (the caller is)."""
    left, right = summary_headers(summary, agency, printed_by)
    html = to_html(summary, agency, printed_by, summary.printed_at, localize)
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


def _cell(value: Value) -> str:
    if value is None:
        return "–"
    if value == SUPPRESSED:
        return tr("<5")
    if isinstance(value, float) and 0 <= value <= 1:  # a share
        return tr("{percent}%").format(percent=num(round(value * 100)))
    if isinstance(value, int):
        return num(value)
    return number_text(value) if isinstance(value, float) else str(value)


def indicators_html(data: Indicators) -> tuple[str, dict[str, QImage]]:
    """The one-page indicators report as HTML, and the chart images it shows by name."""
    from casemgr.ui.widgets.charts import chart_image  # matplotlib: only when drawing

    images: dict[str, QImage] = {}
    first, last = data.months[0], data.months[-1]
    title = tr("Indicators for evidence, {first} to {last}").format(first=first, last=last)
    parts = [f"<h2>{escape(title)}</h2>"]
    about = [tr("Counted from this device's workspace.")]
    if data.board is not None:
        about.insert(0, localize(data.board.scope).capitalize() + ".")
    about.append(tr("De-identified: counts under 5 are shown as <5, and a count that a total "
                    "would give away is left out (–).") if data.deidentified else
                 tr("Not de-identified: small counts are shown as they are."))
    parts.append(f"<p>{escape(' '.join(about))}</p>")
    if data.board is not None:
        cells = []
        for i, figure in enumerate(data.board.figures):
            name = f"chart{i}"
            images[name] = chart_image(figure, CHART_WIDTH_IN, 150, CHART_HEIGHT_IN)
            cells.append(f"<td width='50%'><b>{escape(localize(figure.title))}</b><br>"
                         f"<img src='{name}' width='330'></td>")
        rows = "".join(f"<tr>{''.join(cells[i:i + 2])}</tr>" for i in range(0, len(cells), 2))
        parts.append(f"<table cellspacing='0' cellpadding='3' width='100%'>{rows}</table>")
        period = tr("The charts count {period}.").format(
            period=localize(data.board.period_text))
        parts.append(f"<p><small>{escape(period)}</small></p>")
    month_word = tr("Month")
    head = "".join(f"<th align='right'>{escape(tr(title))}</th>"
                   for _, _, title in INDICATOR_COLUMNS)
    body = "".join(
        f"<tr><td>{escape(month)}</td>" + "".join(
            f"<td align='right'>{escape(_cell(data.value(ind, month, 'all', measure)))}</td>"
            for ind, measure, _ in INDICATOR_COLUMNS) + "</tr>"
        for month in data.months)
    parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                 f"<tr><th align='left'>{escape(month_word)}</th>{head}</tr>{body}</table>")
    return "".join(parts), images


def indicators_file_name(data: Indicators) -> str:
    return f"casemgr-indicators-{data.months[-1]}.pdf"


def write_indicators_pdf(data: Indicators, path: Path, agency: str, printed_by: str) -> int:
    """The indicators (counted with_board, and audited, by the caller:
    casemgr.app.indicators.prepare_indicators) as a one-page A4 PDF at `path`."""
    ensure_gui_application()
    html, images = indicators_html(data)
    left = " · ".join(x for x in (agency, tr("Indicators for evidence"),
                                  tr("de-identified") if data.deidentified else "") if x)
    right = tr("Printed by {user} on {when}").format(user=printed_by, when=data.counted_at)
    return write_pdf(html, path, left, right, title=tr("Indicators for evidence"),
                     images=images, one_page=True)


def write_subject_access_pdf(data: SubjectAccess, path: Path, agency: str = "") -> int:
    """A person's subject access (casemgr.app.subject_access, fetched and audited there) as
    an A4 PDF at `path`; the pages written. The file's title does not name the person."""
    ensure_gui_application()
    left = " · ".join(x for x in (agency, f"Subject access: {person_name(data)}") if x)
    right = f"Produced by {data.produced_by} on {data.produced_at[:10]}"
    return write_pdf(subject_access_html(data), path, left, right, title="Subject access")


__all__ = ["INDICATOR_COLUMNS", "ensure_gui_application", "indicators_file_name",
           "indicators_html", "summary_file_name", "summary_headers",
           "write_case_summary_pdf", "write_indicators_pdf", "write_subject_access_pdf",
           "write_summary"]
