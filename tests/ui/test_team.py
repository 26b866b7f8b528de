"""The supervisor's Team caseload page on the real app: each worker's caseload with what is
late, a click on a worker showing their cases, the filters and sort of My cases, two cases
given to another worker with their open tasks (and, through a real server, gone from the old
worker's laptop at her next sync), and no such page for a caseworker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from casemgr.db.store import CaseQuery
from casemgr.db.workspace import create_workspace
from casemgr.domain.clock import FixedClock
from casemgr.ui.context import AppContext
from casemgr.ui.dialogs import ReassignCasesDialog
from casemgr.ui.mainwindow import PAGES, MainWindow
from casemgr.ui.pages.team import TeamPage
from tests.conftest import FAST_KDF, PASSWORD
from tests.support.desktop import unlock
from tests.support.laptops import Laptop
from tests.support.live_server import DEMO_PASSWORD
from tests.support.qt import choose, click
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.synced_desktop import sync_now
from tests.support.team import seed_team
from tests.ui.conftest import FakeMonotonic, desktop_ctx

NUMBER, FAMILY_NAME, RISK, OVERDUE, LAST_VISIT = 0, 1, 3, 6, 7


@pytest.fixture
def sam_app(qtbot: Any, start_window: Callable[[AppContext], MainWindow], data_dir: Path,
            clock: FixedClock, monotonic: FakeMonotonic) -> MainWindow:
    """sam, supervisor of the north team, on a laptop-sized window; amina's and brian's cases
    (tests/support/team.py) on his workspace."""
    ws = create_workspace(data_dir, "sam", PASSWORD, clock=clock, kdf=FAST_KDF,
                          profile={"role": "supervisor", "teams": "north"})
    try:
        seed_team(ws)
    finally:
        ws.close()
    window = start_window(desktop_ctx(data_dir, clock, monotonic))
    window.resize(1366, 768)
    unlock(qtbot, window)
    return window


def shown_team(qtbot: Any, window: MainWindow) -> TeamPage:
    """Ctrl+7, as a supervisor goes there, and the page once its caseload and the first
    rows of its cases are in."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignals([window.team.shown, window.team.cases.loaded], timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.team
    return window.team


def column(page: TeamPage, index: int) -> list[str]:
    return [page.cases.index(r, index).data() for r in range(page.cases.rowCount())]


def click_row(qtbot: Any, table: Any, row: int, modifier: Any = Qt.KeyboardModifier.NoModifier
              ) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_each_workers_caseload_and_a_click_shows_their_cases(qtbot, qtmodeltester, sam_app):
    page = shown_team(qtbot, sam_app)
    qtmodeltester.check(page.workers)
    qtmodeltester.check(page.cases, force_py=True)
    rows = [[page.workers.index(r, c).data() for c in range(6)]
            for r in range(page.workers.rowCount())]
    assert rows == [["Whole team", "4", "2", "1", "2", "2"],
                    ["amina", "2", "1", "1", "1", "1"],
                    ["brian", "2", "1", "0", "1", "1"]]
    assert page.summary.text().startswith(
        "Team north: 4 open cases, 2 at high or critical risk; 1 first visit and 2 reviews "
        "overdue; 2 cases without a visit in 30 days.")
    assert sorted(column(page, FAMILY_NAME)) == ["Achieng", "Kamau", "Otieno", "Wambui"]
    otieno = column(page, FAMILY_NAME).index("Otieno")
    assert page.cases.index(otieno, LAST_VISIT).data() == "Never"
    assert page.cases.index(otieno, OVERDUE).data() == "1 first visit, 1 review"

    with qtbot.waitSignal(page.cases.loaded, timeout=5000):
        click_row(qtbot, page.workers_table, 2)  # brian
    assert sorted(column(page, FAMILY_NAME)) == ["Achieng", "Kamau"]
    assert page.filters.worker.currentData() == "brian"
    assert page.count.text() == "2 cases"
    with qtbot.waitSignal(page.cases.loaded, timeout=5000):
        click_row(qtbot, page.workers_table, 0)  # the whole team again
    assert page.cases.rowCount() == 4 and page.filters.worker.currentData() is None


def test_the_filters_and_sort_of_my_cases_and_the_unvisited(qtbot, sam_app):
    page = shown_team(qtbot, sam_app)
    with qtbot.waitSignal(page.cases.loaded, timeout=5000):
        click(qtbot, page.unvisited)
    assert column(page, FAMILY_NAME) == ["Otieno", "Kamau"]  # by case number, as registered
    assert "days ago)" in page.cases.index(1, LAST_VISIT).data()
    header = page.cases_table.horizontalHeader()
    with qtbot.waitSignal(page.cases.loaded, timeout=5000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(RISK) + 10,
                                    header.height() // 2))
    assert column(page, FAMILY_NAME) == ["Kamau", "Otieno"]  # the most severe first
    assert header.sortIndicatorSection() == RISK
    with qtbot.waitSignal(page.cases.loaded, timeout=5000):
        choose(qtbot, page.filters.risk, "high")
    assert column(page, FAMILY_NAME) == ["Otieno"]


def test_two_cases_go_to_brian_with_their_open_tasks(qtbot, sam_app):
    window = sam_app
    page = shown_team(qtbot, window)
    with qtbot.waitSignal(page.cases.loaded, timeout=5000):
        click_row(qtbot, page.workers_table, 1)  # amina
    assert not page.reassign.isEnabled()
    click_row(qtbot, page.cases_table, 0)
    click_row(qtbot, page.cases_table, 1, Qt.KeyboardModifier.ControlModifier)
    assert page.count.text() == "2 cases, 2 selected"
    assert not page.open_case.isEnabled()  # one case opens, not two
    click(qtbot, page.reassign)
    qtbot.waitUntil(lambda: any(isinstance(d, ReassignCasesDialog) and d.isVisible()
                                for d in window.casework_actions.open_dialogs))
    dialog = next(d for d in window.casework_actions.open_dialogs
                  if isinstance(d, ReassignCasesDialog))
    assert dialog.windowTitle() == "Reassign 2 cases"
    assert "(amina)" in dialog.findChild(QLabel, "cases").text()
    assert [dialog.worker.itemData(i) for i in range(1, dialog.worker.count())] == [
        "amina", "brian", "sam"]
    click(qtbot, dialog.save_button)  # nobody chosen yet
    assert dialog.errors() == {"worker": "Choose the worker who takes them."}
    choose(qtbot, dialog.worker, "brian")
    assert dialog.moving.text() == "2 cases and 4 open tasks move to brian."

    with qtbot.waitSignals([page.shown, page.cases.loaded], timeout=5000):
        click(qtbot, dialog.save_button)
    qtbot.waitUntil(window.message_bar.isVisible)
    assert window.message_bar.text.text() == "2 cases given to brian with 4 open tasks."
    # amina's filter still on: her cases went, and she holds none now (this workspace has
    # no server, so its workers are those who hold cases).
    assert page.cases.rowCount() == 0 and page.filters.worker.currentText() == "amina"
    assert [page.workers.index(r, 0).data() for r in range(page.workers.rowCount())] == [
        "Whole team", "brian"]
    assert page.workers.index(1, 1).data() == "4"


def test_a_case_opens_from_the_page_and_the_page_fits_a_laptop_screen(qtbot, sam_app):
    window = sam_app
    page = shown_team(qtbot, window)
    table = page.cases_table
    assert table.horizontalScrollBar().maximum() == 0  # every column in view
    for c in range(page.cases.columnCount()):
        if c != FAMILY_NAME:  # the one that stretches
            assert table.columnWidth(c) >= table.sizeHintForColumn(c), c
    right = page.open_case.mapTo(page, QPoint(page.open_case.width(), 0)).x()
    assert right <= page.width()
    assert page.workers_table.verticalScrollBar().maximum() == 0  # all three rows in view
    click_row(qtbot, table, 0)
    number = page.cases.index(0, NUMBER).data()
    with qtbot.waitSignal(window.case_file.shown, timeout=5000):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.case_file
    assert number in window.case_file.title.text()


def test_through_the_server_the_cases_leave_aminas_laptop_with_their_tasks(
        qtbot, start_window, sync_ctx, live_server, tmp_path):
    """sam's desktop, bound to a real server: the workers come from its directory, and the
    cases he gives brian leave amina's laptop at her next sync, their open tasks with them."""
    amina = Laptop(tmp_path / "amina", live_server, "amina")
    cases = [amina.cw.register_family({**FAMILY, "name": name}, [CHILD], CASE).value
             for name in ("Otieno", "Wambui")]
    amina.sync()
    ctx = sync_ctx()
    Laptop(ctx.data_dir, live_server, "sam").close()  # his first login, before the app starts
    window = start_window(ctx)
    window.resize(1366, 768)
    unlock(qtbot, window, DEMO_PASSWORD)
    page = shown_team(qtbot, window)
    assert [page.workers.index(r, 0).data() for r in range(page.workers.rowCount())] == [
        "Whole team", "amina", "brian"]  # brian from the directory, with no case yet
    page.cases_table.selectAll()
    click(qtbot, page.reassign)
    qtbot.waitUntil(lambda: any(isinstance(d, ReassignCasesDialog) and d.isVisible()
                                for d in window.casework_actions.open_dialogs))
    dialog = next(d for d in window.casework_actions.open_dialogs
                  if isinstance(d, ReassignCasesDialog))
    choose(qtbot, dialog.worker, "brian")
    assert dialog.moving.text() == "2 cases and 4 open tasks move to brian."
    with qtbot.waitSignals([page.shown, page.cases.loaded], timeout=5000):
        click(qtbot, dialog.save_button)
    assert window.message_bar.text.text() == (
        "2 cases given to brian with 4 open tasks. They leave the previous worker's laptop "
        "at its next sync.")
    sync_now(qtbot, window)

    assert amina.sync().evicted == 2
    assert amina.cw.list_cases(CaseQuery()) == []
    brian = Laptop(tmp_path / "brian", live_server, "brian")
    for case_id in cases:
        tasks = brian.cw.case_file(case_id).tasks
        assert len(tasks) == 2 and {t.fields["assigned_to"] for t in tasks} == {"brian"}
    for laptop in (amina, brian):
        laptop.close()


def test_a_caseworker_has_no_team_page(unlocked):
    assert unlocked.navigation.item(PAGES.index("team")).isHidden()
    assert not unlocked.page_actions["team"].isVisible()
