"""The main screens under a dark system palette, and under the light one: the app's real
window on a real workspace with cases of every risk level and work overdue and due today.
Every coloured cell of the case list, the Tasks page and Today, and a form's error message,
reaches WCAG AA (4.5:1) against what it is painted on: the colours the model hands the view,
and the pixels the view paints. A palette changed while the app runs restyles what was on
screen."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget

from casemgr.app.casework import Casework
from casemgr.db.workspace import unlock_workspace
from casemgr.domain.clock import FixedClock, today
from casemgr.domain.records import RiskLevel
from casemgr.ui.context import AppContext
from casemgr.ui.lock.unlock import CreateWorkspaceDialog
from casemgr.ui.mainwindow import MainWindow
from casemgr.ui.pages.caselist import COLUMNS
from casemgr.ui.widgets.palette import AA, contrast_ratio, fusion_dark, is_dark
from tests.support.desktop import FakeMonotonic, make_workspace, unlock
from tests.support.workspaces import FAST_KDF, PASSWORD, add_case
from tests.ui.conftest import desktop_ctx

FG, BG = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole
RISK_COLUMN = [c.header for c in COLUMNS].index("Risk")
DUE_COLUMN = [c.header for c in COLUMNS].index("Next due")


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[Callable[[str], QPalette]]:
    """Set the application's palette to "dark" (a dark system theme's, with a faint
    placeholder colour) or "light" (Fusion's own); the palette the app had is back after the
    test."""
    saved = QPalette(qapp.palette())

    def use(name: str) -> QPalette:
        pal = fusion_dark() if name == "dark" else qapp.style().standardPalette()
        qapp.setPalette(pal)
        return pal

    yield use
    qapp.setPalette(saved)


def prepare(data_dir: Path, clock: FixedClock) -> None:
    """amina's workspace: the demo caseload (low, medium and high risk; reviews overdue and
    due today), a critical case, and in it a task overdue and one due today."""
    make_workspace(data_dir, clock)
    ws = unlock_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf_policy=FAST_KDF)
    try:
        case_id = add_case(ws, family="Achieng", child="Baraka", risk="critical")
        cw = Casework(ws)
        on = today(clock)
        cw.add_task(case_id, "Call the clinic", (on - timedelta(days=2)).isoformat())
        cw.add_task(case_id, "Bring the school form", on.isoformat())
    finally:
        ws.close()


@pytest.fixture
def app_on(qtbot: Any, start_window: Callable[[AppContext], MainWindow], data_dir: Path,
           clock: FixedClock, monotonic: FakeMonotonic) -> Callable[[], MainWindow]:
    """The app started (on the case list) and unlocked, on the prepared workspace."""
    def start() -> MainWindow:
        prepare(data_dir, clock)
        window = start_window(desktop_ctx(data_dir, clock, monotonic, start_page="cases"))
        window.resize(1366, 768)
        unlock(qtbot, window)
        return window
    return start


def intended(view: QTableView, index: QModelIndex) -> tuple[QColor, QColor]:
    """The text and background colours a cell asks for: its own roles, else the view's
    (its rows alternate)."""
    pal = view.palette()
    fg, bg = index.data(FG), index.data(BG)
    alternate = view.alternatingRowColors() and index.row() % 2 == 1
    base = pal.color(QPalette.ColorRole.AlternateBase if alternate else QPalette.ColorRole.Base)
    return (fg.color() if fg is not None else pal.color(QPalette.ColorRole.Text),
            bg.color() if bg is not None else base)


def painted(widget: QWidget, rect: Any) -> tuple[QColor, QColor]:
    """What the widget painted in `rect`: the background (its commonest pixel) and the
    text (the pixel that differs most from it)."""
    image = widget.grab(rect.adjusted(1, 1, -1, -1)).toImage()
    counts = Counter(image.pixel(x, y) for x in range(image.width())
                     for y in range(image.height()))
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    text = max((QColor.fromRgb(p) for p in counts),
               key=lambda c: contrast_ratio(c, background))
    return text, background


def close(a: QColor, b: QColor, slack: int = 3) -> bool:
    return all(abs(x - y) <= slack for x, y in ((a.red(), b.red()), (a.green(), b.green()),
                                                 (a.blue(), b.blue())))


def check_coloured_cells(qtbot: Any, view: QTableView) -> list[QModelIndex]:
    """Every cell with a colour of its own is AA, as asked for and as painted; the cells."""
    model = view.model()
    view.clearSelection()
    view.setCurrentIndex(QModelIndex())
    coloured = [model.index(r, c) for r in range(model.rowCount())
                for c in range(model.columnCount())
                if model.index(r, c).data(FG) is not None or model.index(r, c).data(BG) is not None]
    assert coloured
    for index in coloured:
        fg, bg = intended(view, index)
        assert contrast_ratio(fg, bg) >= AA, (index.data(), fg.name(), bg.name())
        view.scrollTo(index)
        qtbot.waitUntil(lambda i=index: view.viewport().rect().contains(view.visualRect(i)))
        text, background = painted(view.viewport(), view.visualRect(index))
        assert close(background, bg), (index.data(), background.name(), bg.name())
        assert contrast_ratio(text, background) >= AA, (index.data(), text.name())
    return coloured


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_risk_and_overdue_cells_are_readable(qtbot, themed, app_on, theme):
    pal = themed(theme)
    assert is_dark(pal) is (theme == "dark")
    window = app_on()

    cases = window.cases
    qtbot.waitUntil(lambda: cases.model.rowCount() > 0 and all(
        cases.model.case_row(r) is not None for r in range(cases.model.rowCount())))
    coloured = check_coloured_cells(qtbot, cases.table)
    risks = {i.data() for i in coloured if i.column() == RISK_COLUMN}
    assert {r.value.capitalize() for r in RiskLevel} <= {str(r).split()[0] for r in risks}
    due = {i.data().split()[0] for i in coloured if i.column() == DUE_COLUMN}
    assert due == {"Overdue", "Due"}  # "Overdue since …", "Due today (…)"

    with qtbot.waitSignal(window.tasks.shown, timeout=5000):
        window.show_page("tasks")
    states = {i.data() for i in check_coloured_cells(qtbot, window.tasks.table)}
    assert states == {"Overdue", "Due today"}

    with qtbot.waitSignal(window.today.shown, timeout=5000):
        window.show_page("today")
    for key in ("visits", "tasks"):  # each has work overdue: its date in the error colour
        model = window.today.models[key]
        late = check_coloured_cells(qtbot, window.today.tables[key])
        assert {(i.row(), i.column()) for i in late} == {
            (r, 0) for r in range(model.rowCount()) if model.row_at(r).late}


def refused(qtbot: Any) -> tuple[CreateWorkspaceDialog, QLabel]:
    """The new-workspace form with two passwords that differ, refused: its message."""
    dialog = CreateWorkspaceDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.user, "chidi")
    qtbot.keyClicks(dialog.password, "long enough password")
    qtbot.keyClicks(dialog.repeat, "another password")
    dialog.understood.click()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    error = dialog._errors["repeat"]
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "The two passwords differ."
    return dialog, error


def check_label(qtbot: Any, dialog: QWidget, label: QLabel) -> QColor:
    """The label's text is AA on the dialog, as its palette says and as painted; its colour."""
    colour = label.palette().color(QPalette.ColorRole.WindowText)
    window = dialog.palette().color(QPalette.ColorRole.Window)
    assert contrast_ratio(colour, window) >= AA, (colour.name(), window.name())
    text, background = painted(label, label.contentsRect())
    assert close(background, window), (background.name(), window.name())
    assert contrast_ratio(text, background) >= AA, (text.name(), background.name())
    return colour


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_refused_field_says_so_readably(qtbot, themed, theme):
    themed(theme)
    dialog, error = refused(qtbot)
    check_label(qtbot, dialog, error)


def test_a_palette_changed_while_the_app_runs_restyles_the_messages(qtbot, themed):
    """The system turns dark with a message on screen: the message turns light with it."""
    themed("light")
    dialog, error = refused(qtbot)
    on_light = check_label(qtbot, dialog, error)
    dark = themed("dark")
    qtbot.waitUntil(lambda: dialog.palette().color(QPalette.ColorRole.Window)
                    == dark.color(QPalette.ColorRole.Window))
    on_dark = check_label(qtbot, dialog, error)
    assert on_dark.lightness() > on_light.lightness()
