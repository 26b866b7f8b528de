"""The desktop app as the Qt tests drive it: a seeded workspace, a monotonic clock moved by
hand, unlocking from the lock screen, and opening a case from the list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from casemgr.app.casework import Casework
from casemgr.db.workspace import create_workspace
from casemgr.demo.seed import seed_demo
from casemgr.domain.clock import FixedClock
from casemgr.ui.mainwindow import MainWindow
from casemgr.ui.pages.caselist import COLUMNS
from tests.support.workspaces import FAST_KDF, PASSWORD, add_case

USER = "amina"
SEEDED_CASES = 24
FAMILY_COLUMN = [c.header for c in COLUMNS].index("Family")


class FakeMonotonic:
    """A monotonic clock for idle time and countdowns that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_workspace(data_dir: Path, clock: FixedClock, user: str = USER, *,
                   cases: int = SEEDED_CASES, role: str = "caseworker",
                   teams: str = "north") -> None:
    """A closed workspace with `cases` synthetic cases and one case we know by name."""
    ws = create_workspace(data_dir, user, PASSWORD, clock=clock, kdf=FAST_KDF,
                          profile={"role": role, "teams": teams})
    try:
        cw = Casework(ws)
        if cases:
            seed_demo(cw, cases, seed=3)
        add_case(ws, family="Zzyzx", child="Quillon", note="school visit planned",
                 risk="high")
    finally:
        ws.close()


def unlock(qtbot: Any, window: MainWindow, password: str = PASSWORD) -> None:
    """Type the password and press Enter, as a caseworker would; wait for the first page
    (Today or the case list, as the settings say) to have its data."""
    screen = window.lock_screen
    qtbot.waitUntil(screen.unlock_button.isEnabled)
    screen.password.setFocus()
    qtbot.keyClicks(screen.password, password)
    with qtbot.waitSignal(window.settled, timeout=5000,
                          check_params_cb=lambda what: what in ("today", "cases")):
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)


def row_of_family(window: MainWindow, family: str) -> int:
    model = window.cases.model
    window.cases.search.clear()
    return next(r for r in range(model.rowCount())
                if model.index(r, FAMILY_COLUMN).data() == family)


def open_by_double_click(qtbot: Any, window: MainWindow, row: int) -> None:
    table = window.cases.table
    table.scrollTo(window.cases.model.index(row, FAMILY_COLUMN))
    rect = table.visualRect(window.cases.model.index(row, FAMILY_COLUMN))
    with qtbot.waitSignal(window.case_file.shown, timeout=5000):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentWidget() is window.case_file


def open_zzyzx(qtbot: Any, window: MainWindow) -> Any:
    """Search for the Zzyzx family and open its case file; the case file view."""
    page = window.cases
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        qtbot.keyClicks(page.search, "Zzyzx")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.case_row(0) is not None)
    open_by_double_click(qtbot, window, 0)
    return window.case_file


def select_row(qtbot: Any, table: Any, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
