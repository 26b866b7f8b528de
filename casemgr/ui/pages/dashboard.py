"""The Dashboard page (supervisors and admins): six charts over the cases in the user's scope
for the last 30, 90 or 365 days, each with its numbers in a table beside it, counted from the
workspace on the database thread (casemgr.app.dashboard) and drawn on the main thread with
matplotlib (widgets.charts), in the palette's colours, light or dark. Print… sends them, in
black on white with hatching, and their tables to a printer or a PDF file. The caseload
ceiling is a setting, changed here.
"""

from __future__ import annotations

import gc
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl, Slot
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casemgr.app.casework import Casework
from casemgr.app.changes import Changes
from casemgr.app.dashboard import (
    MAX_CASELOAD_CEILING,
    PERIODS,
    Dashboard,
    Figure,
    Row,
    dashboard,
    number_text,
)
from casemgr.domain.records import RecordType
from casemgr.ui.i18n import localize, tr
from casemgr.ui.pages.base import Page, state_label
from casemgr.ui.settings import Settings
from casemgr.ui.widgets.printing import open_print_dialog
from casemgr.ui.widgets.tables import Column, RowsModel, RowsTable
from casemgr.ui.workers.db import DbWorker

if TYPE_CHECKING:
    from casemgr.ui.widgets.charts import ChartStyle, ChartView, DrawQueue

# What the figures count: a change to any other record type leaves them as they are.
COUNTED = frozenset({RecordType.CASE, RecordType.TASK, RecordType.VISIT, RecordType.APPROVAL,
                     RecordType.REFERRAL})
# The section of each figure, by its place in Dashboard.figures (object names of its widgets).
SECTIONS = ("riskStatus", "overdue", "firstVisits", "planTurnaround", "referrals", "caseload")
PRINT_WIDTH_PX = 620  # a chart's width on the printed page (A4 or Letter, portrait)
PRINT_CHART_INCHES = 5.2  # drawn this wide, then fitted to it: larger type on paper


class FigureSection(QWidget):
    """One figure: its title, what it counts, the chart, and the same numbers in a table."""

    def __init__(self, name: str, figure: Figure, queue: DrawQueue,
                 parent: QWidget | None = None) -> None:
        from casemgr.ui.widgets.charts import ChartView  # matplotlib: see widgets/charts.py

        super().__init__(parent)
        self.setObjectName(f"{name}Section")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 12)
        self.title = QLabel(localize(figure.title))
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.explanation = QLabel(localize(figure.explanation))
        self.explanation.setObjectName(f"{name}Explanation")
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        row = QHBoxLayout()
        self.chart: ChartView = ChartView(f"{name}Chart", queue, self)
        row.addWidget(self.chart, 1)
        right = Qt.AlignmentFlag.AlignRight
        self.model = RowsModel[Row](
            [Column(localize(figure.label_header), lambda r: localize(r.label)),
             *(Column(localize(header), lambda r, i=i: number_text(r.values[i]),
                      align=right)
               for i, header in enumerate(figure.columns))],
            lambda r: r.key, self)
        self.table = RowsTable(self.model, f"{name}Table")
        self.table.horizontalHeader().setStretchLastSection(False)
        row.addWidget(self.table, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)

    def show_figure(self, figure: Figure, style: ChartStyle) -> None:
        self.explanation.setText(localize(figure.explanation))
        self.model.set_rows(figure.rows)
        self.chart.show_figure(figure, style)
        self._fit_table()

    def _fit_table(self) -> None:
        """As wide as its columns (the chart takes the rest) and as tall as its rows, up to
        the chart's height (then it scrolls)."""
        table = self.table
        table.resizeColumnsToContents()
        frame = 2 * table.frameWidth()
        height = (table.horizontalHeader().height() + table.verticalHeader().length()
                  + frame)
        scrolls = height > self.chart.height()
        table.setFixedHeight(min(height, self.chart.height()))
        table.setFixedWidth(table.horizontalHeader().length() + frame + (
            table.verticalScrollBar().sizeHint().width() if scrolls else 0))

    def clear(self) -> None:
        self.model.clear()
        self.chart.clear()


class DashboardPage(Page):
    """The figures of the chosen period; `sections` are made with the first figures."""

    def __init__(self, worker: DbWorker, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self._settings = settings
        self.data: Dashboard | None = None
        self.sections: list[FigureSection] = []
        self.print_dialog: QPrintDialog | None = None

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = state_label("dashboardSummary")
        top.addWidget(self.summary, 1)
        self.period = QComboBox()
        self.period.setObjectName("dashboardPeriod")
        for days in PERIODS:
            self.period.addItem(tr("Last {days} days").format(days=days), days)
        self.period.setCurrentIndex(PERIODS.index(int(settings.get("dashboard_period_days"))))
        self.period.currentIndexChanged.connect(self._period_chosen)
        period_label = QLabel(tr("&Period:"))
        period_label.setBuddy(self.period)
        top.addWidget(period_label)
        top.addWidget(self.period)
        self.ceiling = QSpinBox()
        self.ceiling.setObjectName("caseloadCeiling")
        self.ceiling.setRange(1, MAX_CASELOAD_CEILING)
        self.ceiling.setSuffix(tr(" cases"))
        self.ceiling.setValue(int(settings.get("caseload_ceiling")))
        self.ceiling.setToolTip(tr("The most open cases one worker should carry: a line on the "
                                   "caseload chart (saved on this computer)."))
        self.ceiling.valueChanged.connect(self._ceiling_chosen)
        ceiling_label = QLabel(tr("Caseload &ceiling:"))
        ceiling_label.setBuddy(self.ceiling)
        top.addWidget(ceiling_label)
        top.addWidget(self.ceiling)
        self.print_button = QPushButton(tr("Print…"))
        self.print_button.setObjectName("printDashboard")
        self.print_button.setToolTip(tr("Print the charts and their tables, or save them as a "
                                        "PDF file (Ctrl+P)"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(self.start_print)
        self.print_button.setEnabled(False)
        top.addWidget(self.print_button)
        layout.addLayout(top)

        self.scroll = QScrollArea()
        self.scroll.setObjectName("dashboardScroll")
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.sections_layout = QVBoxLayout(self.content)
        self.sections_layout.addStretch(1)
        self.scroll.setWidget(self.content)
        layout.addWidget(self.scroll, 1)
        self._wanted = (self.period_days, self.ceiling.value())

    @property
    def period_days(self) -> int:
        return int(self.period.currentData())

    # -- Page ------------------------------------------------------------------------------

    def load(self, cw: Casework) -> Dashboard:
        # matplotlib takes half a second to import (seconds the very first time, while it
        # builds its font cache): here, on the database thread, not in a frozen window.
        import casemgr.ui.widgets.charts  # noqa: F401

        days, ceiling = self._wanted  # set on the main thread: no widget is read here
        return dashboard(cw, days, cw.today(), ceiling)

    def affected_by(self, changes: Changes) -> bool:
        return bool(COUNTED & changes.types) or bool(changes.deleted_cases)

    def show_loaded(self, data: Dashboard) -> None:
        if data.caseload.ceiling != self.ceiling.value():  # changed while it was counted
            data = data.with_ceiling(self.ceiling.value())
        self.data = data
        self.summary.setText(tr("Counted from this device's workspace: {scope}, {period}.")
                             .format(scope=localize(data.scope),
                                     period=localize(data.period_text)))
        if not self.sections:
            from casemgr.ui.widgets.charts import DrawQueue

            # matplotlib's modules, fonts and caches live as long as the app: out of the
            # collector's reach, a full collection no longer walks them in the middle of a
            # drawing step (50 ms of the window's time, on 20,000 cases).
            gc.freeze()

            queue = DrawQueue(self)  # the charts draw one step at a time
            for name, figure in zip(SECTIONS, data.figures, strict=True):
                section = FigureSection(name, figure, queue, self.content)
                self.sections_layout.insertWidget(len(self.sections), section)
                self.sections.append(section)
        self._show_figures()
        # Lay the sections out now, before the next paint: a paint of the old layout would
        # draw charts at sizes they do not keep, and ones that end up scrolled out of sight.
        self.sections_layout.activate()
        self.print_button.setEnabled(True)

    def clear_view(self) -> None:
        self.data = None
        self.summary.clear()
        for section in self.sections:
            section.clear()
        self.print_button.setEnabled(False)

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (the system switched to dark or light): the charts follow it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.data is not None:
            self._show_figures()

    def _show_figures(self) -> None:
        """Every figure of `data`, in the page's palette (its children get a new palette
        after it does)."""
        from casemgr.ui.widgets.charts import screen_style  # matplotlib: widgets/charts.py

        assert self.data is not None
        style = screen_style(self.palette())
        for section, figure in zip(self.sections, self.data.figures, strict=True):
            section.show_figure(figure, style)

    # -- the controls ----------------------------------------------------------------------

    @Slot()
    def _period_chosen(self) -> None:
        self._settings.set("dashboard_period_days", self.period_days)
        self._wanted = (self.period_days, self.ceiling.value())
        self.refresh()

    @Slot(int)
    def _ceiling_chosen(self, ceiling: int) -> None:
        """The ceiling is a line on the caseload chart: redrawn, nothing counted again."""
        self._settings.set("caseload_ceiling", ceiling)
        self._wanted = (self.period_days, ceiling)
        if self.data is not None:
            from casemgr.ui.widgets.charts import screen_style

            self.data = self.data.with_ceiling(ceiling)
            self.sections[-1].show_figure(self.data.caseload, screen_style(self.palette()))

    @Slot()
    def start_print(self) -> None:
        """The system's print dialog (window-modal); the figures are printed on OK."""
        self.print_dialog = open_print_dialog(self, tr("casemgr dashboard"), self.print_to,
                                              self._print_closed)

    def _print_closed(self) -> None:
        self.print_dialog = None

    def print_to(self, printer: QPrinter) -> None:
        """Print the figures on screen: one page each, the chart above its table."""
        if self.data is not None:
            document = dashboard_document(self.data)
            document.print_(printer)


def dashboard_document(data: Dashboard) -> QTextDocument:
    """The Dashboard for print: a heading, then each figure on its own page with what it
    counts, its chart (print style) and its table."""
    from casemgr.ui.widgets.charts import chart_image

    document = QTextDocument()
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, tr("Dashboard"))
    parts = [f"<h1>{escape(tr('Dashboard'))}</h1><p>"
             + escape(tr("Counted from this device's workspace: {scope}, {period}.").format(
                 scope=localize(data.scope), period=localize(data.period_text))) + "</p>"]
    for i, figure in enumerate(data.figures):
        url = f"chart:{i}"
        new_page = " style='page-break-before: always'" if i else ""
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url),
                             chart_image(figure, PRINT_CHART_INCHES))
        head = "".join(f"<th align='right'>{escape(localize(c))}</th>"
                       for c in figure.columns)
        body = "".join(
            f"<tr><td>{escape(localize(row.label))}</td>"
            + "".join(f"<td align='right'>{number_text(v)}</td>" for v in row.values)
            + "</tr>" for row in figure.rows)
        parts.append(
            f"<h2{new_page}>{escape(localize(figure.title))}"
            f"</h2><p>{escape(localize(figure.explanation))}</p>"
            f"<p><img src='{url}' width='{PRINT_WIDTH_PX}'></p>"
            "<table border='1' cellspacing='0' cellpadding='4'>"
            f"<tr><th align='left'>{escape(localize(figure.label_header))}</th>{head}</tr>"
            f"{body}</table>")
    document.setHtml("".join(parts))
    return document


__all__ = ["SECTIONS", "DashboardPage", "FigureSection", "dashboard_document"]
