"""The Dashboard's charts, drawn by matplotlib on a Qt canvas (`FigureCanvasQTAgg`; QtCharts
would bring PySide6-Addons, and QtWebEngine with it, into the bundle). One drawing per figure
of casemgr.app.dashboard, in two styles: the screen's (colours from widgets.palette, light or
dark) and print's (black on white, greys and hatching, so that a black-and-white printer keeps
every series apart).

The Dashboard imports this module on the database thread with its first figures: matplotlib
takes half a second to import, which a caseworker (who has no Dashboard) never waits for and
the window does not freeze for. PySide6 is imported before it, so matplotlib's Qt backend
uses PySide6.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

# PySide6 first: matplotlib's Qt backend takes the binding already imported.
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

# isort: split
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure as Drawing
from matplotlib.ticker import MaxNLocator

from casemgr.app.dashboard import (
    Caseload,
    CasesByRiskAndStatus,
    Figure,
    FirstVisits,
    OverdueWork,
    PlanTurnaround,
    ReferralOutcomes,
    Row,
    number_text,
)
from casemgr.ui.i18n import localize, tr
from casemgr.ui.widgets import palette

FONT_POINTS = 9
ROW_PX = 26  # the height of one bar of a horizontal bar chart
MIN_HEIGHT_PX = 230
# Room around the axes, in points (a fixed layout: matplotlib's constrained layout measures
# every label and would double the cost of a draw). A label's width is estimated from its
# length at 0.62 em a character (DejaVu Sans averages 0.58; the bold of the caseload, more).
CHAR_POINTS = 0.62 * FONT_POINTS
MARGIN_POINTS = {"top": 26.0, "bottom": 22.0, "right": 26.0, "left": 40.0}


@dataclass(frozen=True)
class ChartStyle:
    """What a chart is drawn with: matplotlib colours ("#rrggbb") and hatch patterns."""

    background: str
    text: str
    grid: str
    edge: str  # the outline of each bar (apart stacked parts)
    series: tuple[str, ...]
    hatches: tuple[str, ...]
    risk: Callable[[str], str]
    risk_hatch: Callable[[str], str]
    # Each bar's number at its end: on paper, read in grey and without the screen beside it;
    # on screen the table beside says it, and a chart draws in half the time without them.
    values: bool = False


def screen_style(pal: QPalette) -> ChartStyle:
    """The screen's: the palette's colours, so a dark theme gets a dark chart."""
    series = tuple(c.name() for c in palette.chart_series(pal))
    return ChartStyle(
        background=palette.chart_background(pal).name(), text=palette.chart_text(pal).name(),
        grid=palette.separator(pal).name(), edge=palette.chart_background(pal).name(),
        series=series, hatches=("",) * len(series),
        risk=lambda risk: palette.chart_risk(risk, pal).name(), risk_hatch=lambda _risk: "")


_PRINT_SERIES = (("#404040", ""), ("#ffffff", "////"), ("#b0b0b0", ""), ("#ffffff", "...."),
                 ("#ffffff", ""), ("#d9d9d9", "xx"))
_PRINT_RISK = {"critical": "#202020", "high": "#606060", "medium": "#a8a8a8", "low": "#e8e8e8"}

PRINT_STYLE = ChartStyle(
    background="#ffffff", text="#000000", grid="#c0c0c0", edge="#000000",
    series=tuple(fill for fill, _ in _PRINT_SERIES),
    hatches=tuple(hatch for _, hatch in _PRINT_SERIES),
    risk=lambda risk: _PRINT_RISK.get(risk, "#ffffff"),
    risk_hatch=lambda risk: "" if risk in _PRINT_RISK else "////", values=True)


def draw(drawing: Drawing, figure: Figure, style: ChartStyle) -> None:
    """Draw `figure` on `drawing` (cleared first), or say there is nothing to draw."""
    drawing.clear()
    drawing.set_facecolor(style.background)
    ax = drawing.add_subplot()
    ax.set_facecolor(style.background)
    _place(drawing, figure)
    if figure.is_empty:
        ax.set_axis_off()
        ax.text(0.5, 0.5, localize(figure.empty), ha="center", va="center", transform=ax.transAxes,
                color=style.text, fontsize=FONT_POINTS + 1)
        return
    for spine in ax.spines.values():
        spine.set_color(style.grid)
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(colors=style.text, labelsize=FONT_POINTS)
    ax.set_axisbelow(True)
    _DRAWERS[type(figure)](ax, figure, style)
    _legend(drawing, ax, style)


def _place(drawing: Drawing, figure: Figure) -> None:
    """Leave room for the legend above, the tick labels below and the row labels on the
    left (a horizontal chart's are its rows' names)."""
    width, height = drawing.get_size_inches() * 72
    margins = dict(MARGIN_POINTS)
    if _horizontal(figure) and figure.rows:
        margins["left"] = 12 + CHAR_POINTS * max(len(label) for label in _labels(figure.rows))
    drawing.subplots_adjust(
        left=min(0.45, margins["left"] / width), right=1 - margins["right"] / width,
        bottom=min(0.3, margins["bottom"] / height), top=1 - margins["top"] / height)


def _horizontal(figure: Figure) -> bool:
    return not isinstance(figure, (FirstVisits, PlanTurnaround))


def height_px(figure: Figure) -> int:
    """The height a chart of `figure` needs: one bar row each for a horizontal chart."""
    if not _horizontal(figure) or figure.is_empty:
        return MIN_HEIGHT_PX
    return max(MIN_HEIGHT_PX, 90 + ROW_PX * len(figure.rows))


def _legend(drawing: Drawing, ax: Axes, style: ChartStyle) -> None:
    """What each colour (or pattern) means, across the top; on two lines when one would not
    hold it (and the axes move down to make room)."""
    handles, labels = ax.get_legend_handles_labels()
    width = drawing.get_size_inches()[0] * 72
    # each entry: its mark (1.4 em), the gap to its text (0.8 em), the text, the gap to the
    # next (2 em)
    wanted = sum(4.2 * FONT_POINTS + CHAR_POINTS * len(label) for label in labels)
    lines = 1 if wanted < width - 12 else 2
    drawing.legend(handles, labels, loc="upper left", bbox_to_anchor=(0.0, 1.0),
                   ncols=-(-len(labels) // lines), fontsize=FONT_POINTS, frameon=False,
                   borderaxespad=0.3, handlelength=1.4, labelcolor=style.text)
    if lines > 1:
        top = (MARGIN_POINTS["top"] + 1.3 * FONT_POINTS) / (drawing.get_size_inches()[1] * 72)
        drawing.subplots_adjust(top=1 - top)


def _count_axis(ax: Axes, horizontal: bool, style: ChartStyle) -> None:
    axis = ax.xaxis if horizontal else ax.yaxis
    axis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    ax.grid(axis="x" if horizontal else "y", color=style.grid, linewidth=0.6)


def _stacked_bars(ax: Axes, labels: Sequence[str], series: Sequence[tuple[str, list[float]]],
                  style: ChartStyle, *, horizontal: bool = True) -> None:
    """One bar per label, its parts stacked in series order (on paper, its total at its end)."""
    positions = list(range(len(labels)))
    base = [0.0] * len(labels)
    container = None
    for i, (name, values) in enumerate(series):
        kwargs = dict(label=name, color=style.series[i % len(style.series)],
                      hatch=style.hatches[i % len(style.hatches)], edgecolor=style.edge,
                      linewidth=0.6)
        if horizontal:
            container = ax.barh(positions, values, 0.7, left=base, **kwargs)
        else:
            container = ax.bar(positions, values, 0.7, bottom=base, **kwargs)
        base = [b + v for b, v in zip(base, values, strict=True)]
    if container is not None and style.values:
        ax.bar_label(container, labels=[number_text(int(t)) if t else "" for t in base],
                     padding=3, color=style.text, fontsize=FONT_POINTS)
    _rows_axis(ax, labels, horizontal)
    _count_axis(ax, horizontal, style)


def _rows_axis(ax: Axes, labels: Sequence[str], horizontal: bool) -> None:
    positions = list(range(len(labels)))
    if horizontal:
        ax.set_yticks(positions, labels)
        ax.invert_yaxis()  # the first row on top, as in the table
        ax.margins(x=0.08)
    else:
        ax.set_xticks(positions, labels)
        ax.margins(y=0.1)


def _labels(rows: Iterable[Row]) -> list[str]:
    """The rows' labels in the user's language."""
    return [localize(r.label) for r in rows]


def _series(figure: Figure, headers: Sequence[str]) -> list[tuple[str, list[float]]]:
    """(the column's name in the user's language, its numbers) for each of `headers`."""
    return [(localize(h), [float(v or 0) for v in figure.column(h)]) for h in headers]


def _risk_and_status(ax: Axes, figure: Figure, style: ChartStyle) -> None:
    _stacked_bars(ax, _labels(figure.rows),
                  _series(figure, figure.columns[:-1]), style)  # not the total: the bar's end


def _overdue(ax: Axes, figure: Figure, style: ChartStyle) -> None:
    """Two bars per worker, side by side: overdue now, done late in the period."""
    positions = list(range(len(figure.rows)))
    height = 0.38
    for i, header in enumerate(figure.columns):
        values = [float(v or 0) for v in figure.column(header)]
        shift = (i - 0.5) * height
        bars = ax.barh([p + shift for p in positions], values, height, label=localize(header),
                       color=style.series[i], hatch=style.hatches[i], edgecolor=style.edge,
                       linewidth=0.6)
        if style.values:
            ax.bar_label(bars, labels=[number_text(int(v)) if v else "" for v in values],
                         padding=3, color=style.text, fontsize=FONT_POINTS)
    _rows_axis(ax, _labels(figure.rows), True)
    _count_axis(ax, True, style)


def _first_visits(ax: Axes, figure: Figure, style: ChartStyle) -> None:
    """The median days to the first visit per risk level, and the target as a dashed mark."""
    rows = figure.rows
    positions = list(range(len(rows)))
    medians = [float(m) if m is not None else 0.0 for m in figure.column("Median")]
    bars = ax.bar(positions, medians, 0.6, label=tr("Median days to the first visit"),
                  color=[style.risk(r.key) for r in rows], edgecolor=style.edge, linewidth=0.6)
    for bar, row in zip(bars, rows, strict=True):
        bar.set_hatch(style.risk_hatch(row.key))
    if style.values:
        ax.bar_label(bars, labels=[number_text(m) for m in figure.column("Median")],
                     padding=2, color=style.text, fontsize=FONT_POINTS)
    targets = [float(t or 0) for t in figure.column("Target")]
    ax.hlines(targets, [p - 0.4 for p in positions], [p + 0.4 for p in positions],
              colors=style.text, linestyles="dashed", linewidth=1.4, label=tr("Target (days)"))
    ax.set_ylabel(tr("Days"), color=style.text, fontsize=FONT_POINTS)
    _rows_axis(ax, _labels(rows), False)
    _count_axis(ax, False, style)


def _plan_turnaround(ax: Axes, figure: Figure, style: ChartStyle) -> None:
    _stacked_bars(ax, _labels(figure.rows), _series(figure, figure.columns), style,
                  horizontal=False)
    ax.set_ylabel(tr("Case plans"), color=style.text, fontsize=FONT_POINTS)


def _referrals(ax: Axes, figure: Figure, style: ChartStyle) -> None:
    _stacked_bars(ax, _labels(figure.rows),
                  _series(figure, figure.columns[:-1]), style)  # "Sent" is the bar's end


def _caseload(ax: Axes, figure: Figure, style: ChartStyle) -> None:
    """Each worker's cases, the high or critical ones first, against the ceiling's line."""
    assert isinstance(figure, Caseload)
    high = [float(v or 0) for v in figure.column("High or critical")]
    other = [float(c or 0) - h for c, h in zip(figure.column("Cases"), high, strict=True)]
    labels = _labels(figure.rows)
    positions = list(range(len(labels)))
    ax.barh(positions, high, 0.7, label=tr("High or critical risk"), color=style.risk("high"),
            hatch=style.risk_hatch("high"), edgecolor=style.edge, linewidth=0.6)
    totals = ax.barh(positions, other, 0.7, left=high, label=tr("Other cases"),
                     color=style.series[4], hatch=style.hatches[4], edgecolor=style.edge,
                     linewidth=0.6)
    if style.values:
        ax.bar_label(totals, labels=[number_text(c) for c in figure.column("Cases")],
                     padding=3, color=style.text, fontsize=FONT_POINTS)
    ax.axvline(figure.ceiling, color=style.text, linestyle="dashed", linewidth=1.4,
               label=tr("Ceiling ({ceiling} cases)").format(ceiling=figure.ceiling))
    _rows_axis(ax, labels, True)
    for tick, row in zip(ax.get_yticklabels(), figure.rows, strict=True):
        if row.key in figure.over:
            tick.set_fontweight("bold")  # the table says by how many
    _count_axis(ax, True, style)


_DRAWERS: dict[type[Figure], Callable[[Axes, Figure, ChartStyle], None]] = {
    CasesByRiskAndStatus: _risk_and_status, OverdueWork: _overdue,
    FirstVisits: _first_visits, PlanTurnaround: _plan_turnaround,
    ReferralOutcomes: _referrals, Caseload: _caseload,
}


class ChartView(FigureCanvasQTAgg):
    """A chart on the page. It is drawn when it is painted, and only then: a chart scrolled
    out of sight costs nothing when the period or the palette changes. A paint that finds it
    out of date shows what it showed and hands it to the page's `DrawQueue`. `drawn` is the
    figure on screen."""

    def __init__(self, name: str, queue: DrawQueue, parent: QWidget | None = None) -> None:
        super().__init__(Drawing())
        self.setParent(parent)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.shown: Figure | None = None  # what it is to show
        self.drawn: Figure | None = None  # what it shows
        self._style: ChartStyle | None = None
        self._queue = queue
        self._pending = False  # its artists are out of date

    def show_figure(self, figure: Figure, style: ChartStyle) -> None:
        self.shown, self._style = figure, style
        self.setFixedHeight(height_px(figure))
        self.draw_idle()

    def clear(self) -> None:
        self.shown = self.drawn = None
        self.draw_idle()

    def draw_idle(self) -> None:
        """Out of date (a new figure, style or size): drawn once it is painted."""
        self._pending = True
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._pending:
            self._queue.add(self)
            if self.drawn is None:  # nothing drawn yet: the page, not an empty (black) buffer
                painter = QPainter(self)
                painter.fillRect(event.rect(), self.palette().window())
                painter.end()
                return
        super().paintEvent(event)

    def draw_step(self) -> bool:
        """The next step of drawing: the artists, then the pixels. True when it is drawn."""
        if self._pending:
            self._pending = False
            if self.shown is not None and self._style is not None:
                draw(self.figure, self.shown, self._style)
            else:
                self.figure.clear()
            return False
        if self.width() > 0 and self.height() > 0:
            FigureCanvasAgg.draw(self)  # not FigureCanvasQTAgg.draw: it would paint now
            self.drawn = self.shown
        self.update()
        return True


class DrawQueue(QObject):
    """Draws the charts handed to it one step at a time (a chart's artists, or its pixels),
    each step in its own turn of the event loop, so the window never waits for more than one
    step of one chart (tens of milliseconds) whatever the number of charts out of date."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: list[ChartView] = []
        self._running = False

    def add(self, view: ChartView) -> None:
        if view not in self._waiting:
            self._waiting.append(view)
        if not self._running:
            self._running = True
            QTimer.singleShot(1, self, self._step)

    def _step(self) -> None:
        if not self._waiting:
            self._running = False
            return
        if self._waiting[0].draw_step():
            self._waiting.pop(0)
        # A timer, not a queued call (what a 0 ms single shot is): the timers and input
        # that came due meanwhile go first.
        QTimer.singleShot(1, self, self._step)


def chart_image(figure: Figure, width_in: float, dpi: int = 150,
                height_in: float | None = None) -> QImage:
    """`figure` drawn for print, as an image `width_in` inches wide (and `height_in` high;
    by default as high as its rows need)."""
    height_in = height_in or height_px(figure) / 90
    drawing = Drawing(figsize=(width_in, height_in), dpi=dpi)
    canvas = FigureCanvasAgg(drawing)
    draw(drawing, figure, PRINT_STYLE)
    buffer = io.BytesIO()
    canvas.print_png(buffer)
    image = QImage()
    image.loadFromData(buffer.getvalue(), "PNG")
    return image


__all__ = ["PRINT_STYLE", "ChartStyle", "ChartView", "DrawQueue", "chart_image", "draw",
           "height_px", "screen_style"]
