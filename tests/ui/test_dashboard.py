"""The Dashboard page on the real app (offscreen widgets at a laptop's 1366×768, a supervisor's
real encrypted workspace, the database worker): every chart shows the numbers of the table
beside it, and the table those counted again from the records (tests/support/dashboard.py);
choosing a period counts and draws again; the charts follow a dark palette and back; the
ceiling moves its line; Print… writes every figure to a PDF; a caseworker has no Dashboard and
locking empties it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from matplotlib.colors import to_hex
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from casemgr.app.dashboard import Figure, number_text
from casemgr.db.workspace import unlock_workspace
from casemgr.domain.clock import FixedClock, today
from casemgr.ui.context import AppContext
from casemgr.ui.mainwindow import PAGES, MainWindow
from casemgr.ui.pages.dashboard import DashboardPage, FigureSection
from tests.support.dashboard import SAM, SUPERVISOR, expected_figures, make_team_workspace
from tests.support.desktop import make_workspace, unlock
from tests.support.qt import click, type_into
from tests.support.workspaces import FAST_KDF, PASSWORD, START_MS
from tests.ui.conftest import FakeMonotonic, desktop_ctx

NAMES = ("risk_and_status", "overdue", "first_visits", "plan_turnaround", "referrals",
         "caseload")


@pytest.fixture(scope="module")
def team_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """sam's team workspace, and amina's own (a caseworker), made once for these tests."""
    data_dir = tmp_path_factory.mktemp("dashboard-ui")
    make_team_workspace(data_dir, FixedClock(START_MS))
    make_workspace(data_dir, FixedClock(START_MS), "amina", cases=0)
    return data_dir


@pytest.fixture
def start(qtbot: Any, start_window: Callable[[AppContext], MainWindow], team_dir: Path,
          clock: FixedClock, monotonic: FakeMonotonic) -> Callable[..., MainWindow]:
    def started(user: str = SUPERVISOR, **settings: Any) -> MainWindow:
        window = start_window(desktop_ctx(team_dir, clock, monotonic, last_profile=user,
                                          **settings))
        window.resize(1366, 768)
        unlock(qtbot, window)
        return window
    return started


def expected(team_dir: Path, clock: FixedClock, days: int, ceiling: int = 20
             ) -> dict[str, dict[str, tuple]]:
    ws = unlock_workspace(team_dir, SUPERVISOR, PASSWORD, clock=clock, kdf_policy=FAST_KDF)
    try:
        return expected_figures(ws, SAM, days, today(clock), ceiling)
    finally:
        ws.close()


def show_dashboard(qtbot: Any, window: MainWindow) -> DashboardPage:
    """Ctrl+<its place>, as a supervisor switches sections; the figures counted and shown."""
    page = window.dashboard
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    key = Qt.Key(Qt.Key.Key_0.value + PAGES.index("dashboard"))
    with qtbot.waitSignal(page.shown, timeout=10_000):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is page
    return page


def seen(qtbot: Any, page: DashboardPage, section: FigureSection) -> None:
    """Scroll the chart into view (once the page knows how far it scrolls): a chart is drawn
    when it is seen."""
    chart = section.chart

    def drawn_in_view() -> bool:
        page.scroll.ensureWidgetVisible(chart, 0, 0)
        return (not chart.visibleRegion().isEmpty() and chart.shown is not None
                and chart.drawn is chart.shown)

    qtbot.waitUntil(drawn_in_view)


def table(section: FigureSection) -> dict[str, tuple[str, ...]]:
    """The table's rows by what they are about (their key), each cell as shown."""
    model = section.model
    return {model.index(r, 0).data(Qt.ItemDataRole.UserRole):
            tuple(model.index(r, c).data() for c in range(1, model.columnCount()))
            for r in range(model.rowCount())}


def as_text(rows: dict[str, tuple]) -> dict[str, tuple[str, ...]]:
    return {key: tuple(number_text(v) for v in values) for key, values in rows.items()}


def chart(section: FigureSection) -> tuple[list[str], dict[str, list[float]]]:
    """What the chart draws: its row labels, and each series (bars by their legend label;
    the dashed target marks and the ceiling line by theirs)."""
    ax = section.chart.figure.axes[0]
    horizontal = not section.objectName().startswith(("firstVisits", "planTurnaround"))
    ticks = ax.get_yticklabels() if horizontal else ax.get_xticklabels()
    series = {c.get_label(): [float(v) for v in c.datavalues] for c in ax.containers}
    for lines in ax.collections:
        series[lines.get_label()] = [float(s[0][1]) for s in lines.get_segments()]
    for line in ax.lines:
        series[line.get_label()] = [float(line.get_xdata()[0])]
    return [t.get_text() for t in ticks], series


def numbers(cells: tuple[str, ...]) -> list[float]:
    return [0.0 if c == "–" else float(c.replace(",", "")) for c in cells]


def charted(name: str, figure: Figure, series: dict[str, list[float]]
            ) -> dict[str, list[float]]:
    """The chart's numbers as the table's columns: those it draws, by the table's header."""
    columns = figure.columns
    if name == "caseload":
        high, other = series["High or critical risk"], series["Other cases"]
        return {"Cases": [h + o for h, o in zip(high, other, strict=True)],
                "High or critical": high}
    if name == "first_visits":
        return {"Target": series["Target (days)"],
                "Median": series["Median days to the first visit"]}
    drawn = {h: series[h] for h in columns if h in series}
    if name in ("risk_and_status", "referrals"):  # the last column is the bar's whole length
        drawn[columns[-1]] = [sum(parts) for parts in zip(*drawn.values(), strict=True)]
    return drawn


def assert_chart_matches_table(name: str, section: FigureSection, figure: Figure) -> None:
    labels, series = chart(section)
    model = section.model
    assert labels == [model.index(r, 0).data() for r in range(model.rowCount())]
    rows = [numbers(cells) for cells in table(section).values()]
    for header, values in charted(name, figure, series).items():
        column = figure.columns.index(header)
        assert values == [row[column] for row in rows], (name, header)


def test_each_chart_shows_the_numbers_of_its_table_and_they_the_records(
        qtbot, qtmodeltester, start, team_dir, clock):
    from matplotlib.backends.qt_compat import QT_API

    window = start()
    page = show_dashboard(qtbot, window)
    assert QT_API == "PySide6"  # matplotlib draws with the app's own binding
    assert page.period.currentText() == "Last 90 days"
    assert "the last 90 days" in page.summary.text() and "north" in page.summary.text()
    want = expected(team_dir, clock, 90)
    for name, section, figure in zip(NAMES, page.sections, page.data.figures, strict=True):
        qtmodeltester.check(section.model)
        assert table(section) == as_text(want[name]), name
        assert section.title.text() == figure.title
        seen(qtbot, page, section)
        assert_chart_matches_table(name, section, figure)
        # at 1366×768 the table shows all its columns and the chart keeps room to be read
        assert section.table.horizontalScrollBar().maximum() == 0, name
        assert section.chart.width() >= 450, name
    _, series = chart(page.sections[-1])
    assert series["Ceiling (20 cases)"] == [20.0]


def test_choosing_a_period_counts_and_draws_again(qtbot, start, team_dir, clock):
    window = start()
    page = show_dashboard(qtbot, window)
    referrals = page.sections[NAMES.index("referrals")]
    seen(qtbot, page, referrals)
    before = referrals.chart.drawn
    page.period.setFocus()
    with qtbot.waitSignal(page.shown, timeout=10_000):
        qtbot.keyClick(page.period, Qt.Key.Key_Up)  # 90 → 30 days
    assert page.data.period_days == 30
    assert "the last 30 days" in page.summary.text()
    want = expected(team_dir, clock, 30)
    for name, section in zip(NAMES, page.sections, strict=True):
        assert table(section) == as_text(want[name]), name
    qtbot.waitUntil(lambda: referrals.chart.drawn is page.data.referrals)
    assert referrals.chart.drawn is not before
    assert_chart_matches_table("referrals", referrals, page.data.referrals)
    assert window.ctx.settings.get("dashboard_period_days") == 30


DARK = {QPalette.ColorRole.Window: "#2d2d2d", QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.Text: "#f0f0f0"}


def colours(section: FigureSection) -> tuple[str, str]:
    figure = section.chart.figure
    return to_hex(figure.get_facecolor()), to_hex(figure.axes[0].get_yticklabels()[0]
                                                  .get_color())


def test_the_charts_follow_a_dark_palette_and_back(qtbot, qapp, start):
    window = start()
    page = show_dashboard(qtbot, window)
    section = page.sections[0]
    seen(qtbot, page, section)
    light = qapp.palette()
    window_colour = light.color(QPalette.ColorRole.Window).name()
    assert colours(section) == (window_colour, light.color(QPalette.ColorRole.WindowText).name())
    dark = QPalette(light)
    for role, colour in DARK.items():
        dark.setColor(role, QColor(colour))
    try:
        qapp.setPalette(dark)  # the system switched to a dark theme
        qtbot.waitUntil(lambda: colours(section) == ("#2d2d2d", "#f0f0f0"))
        bars = [to_hex(p.get_facecolor()) for p in section.chart.figure.axes[0].patches]
        assert all(QColor(b).lightness() > 80 for b in bars)  # lifted to stand out
    finally:
        qapp.setPalette(light)
    qtbot.waitUntil(lambda: colours(section)[0] == window_colour)


def test_the_ceiling_moves_its_line_and_the_table_says_who_is_over(qtbot, start, team_dir,
                                                                   clock):
    window = start()
    page = show_dashboard(qtbot, window)
    caseload = page.sections[-1]
    seen(qtbot, page, caseload)
    type_into(qtbot, page.ceiling, "5")
    qtbot.waitUntil(lambda: chart(caseload)[1].get("Ceiling (5 cases)") == [5.0])
    assert table(caseload) == as_text(expected(team_dir, clock, 90, ceiling=5)["caseload"])
    assert all(cells[2] != "0" for cells in table(caseload).values())  # all over 5
    assert "ceiling of 5 cases" in caseload.explanation.text()
    assert window.ctx.settings.get("caseload_ceiling") == 5


def pages_in(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf.read_bytes()))


def test_print_writes_every_figure_to_a_pdf(qtbot, start, tmp_path):
    window = start()
    page = show_dashboard(qtbot, window)
    click(qtbot, page.print_button)
    qtbot.waitUntil(lambda: page.print_dialog is not None and page.print_dialog.isVisible())
    dialog = page.print_dialog
    printers = dialog.findChild(QComboBox, "printers")
    printers.setCurrentIndex(printers.findText("Print to File (PDF)"))
    pdf = tmp_path / "dashboard.pdf"
    dialog.findChild(QLineEdit, "filename").setText(str(pdf))
    dialog.accept()
    qtbot.waitUntil(lambda: page.print_dialog is None and pdf.exists())
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pages_in(pdf) >= len(page.sections)  # one page a figure, its table beneath


def test_a_caseworker_has_no_dashboard(qtbot, start):
    window = start("amina")
    assert window.navigation.item(PAGES.index("dashboard")).isHidden()
    assert not window.page_actions["dashboard"].isVisible()
    assert not window.dashboard.active


def test_locking_empties_the_dashboard(qtbot, start):
    window = start()
    page = show_dashboard(qtbot, window)
    window.lock()
    assert page.data is None and page.summary.text() == ""
    assert all(s.model.rowCount() == 0 and s.chart.shown is None for s in page.sections)
    assert not page.print_button.isEnabled()


def test_a_chart_not_drawn_yet_shows_the_page_not_a_black_box(qtbot):
    """A chart waits for its turn in the draw queue; until its first drawing it shows the
    page's background (an empty Agg buffer would paint black)."""
    from casemgr.app.dashboard import CasesByRiskAndStatus, Row
    from casemgr.ui.widgets.charts import ChartView, DrawQueue, screen_style

    queue = DrawQueue()
    view = ChartView("chart", queue)
    qtbot.addWidget(view)
    view.resize(400, 200)
    figure = CasesByRiskAndStatus("Chart", "", "Risk", ("Open", "Total"),
                                  (Row("low", "Low", (3, 3)),), "none")
    view.show_figure(figure, screen_style(view.palette()))
    view.show()
    qtbot.waitExposed(view)
    before = view.grab().toImage()  # painted now, before the queue's first step
    assert view.drawn is None
    window = view.palette().color(QPalette.ColorRole.Window)
    assert QColor(before.pixel(200, 100)) == window
    qtbot.waitUntil(lambda: view.drawn is figure, timeout=10_000)
    after = view.grab().toImage()
    assert {QColor(after.pixel(x, 100)).name() for x in range(0, 400, 10)} != {window.name()}
