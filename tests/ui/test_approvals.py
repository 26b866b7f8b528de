"""The supervisor's Approvals page on the real app: the queue oldest first, its count in the
navigation, deciding from the page with the plan's changes in view, and no such page for a
caseworker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from casemgr.app.casework import Casework
from casemgr.db.workspace import unlock_workspace
from casemgr.domain.clock import FixedClock
from casemgr.domain.permissions import Actor, Role
from casemgr.ui.context import AppContext
from casemgr.ui.dialogs import ApprovalDecisionDialog
from casemgr.ui.mainwindow import PAGES, MainWindow
from tests.conftest import FAST_KDF, PASSWORD
from tests.support.desktop import make_workspace, unlock
from tests.support.qt import click
from tests.support.records import CASE, CHILD, FAMILY
from tests.ui.conftest import FakeMonotonic, desktop_ctx

DAY_S = 86_400


@pytest.fixture
def sam_app(qtbot: Any, start_window: Callable[[AppContext], MainWindow], data_dir: Path,
            clock: FixedClock, monotonic: FakeMonotonic) -> MainWindow:
    """sam, supervisor of the north team, with a plan of amina's waiting two days and a
    closure asked for today."""
    make_workspace(data_dir, clock, "sam", cases=0, role="supervisor", teams="north")
    ws = unlock_workspace(data_dir, "sam", PASSWORD, clock=clock, kdf_policy=FAST_KDF)
    try:
        amina = Casework(ws, actor=Actor("amina", Role.CASEWORKER, frozenset({"north"})))
        first = amina.register_family({**FAMILY, "name": "Otieno"}, [CHILD], CASE).value
        plan = amina.start_case_plan(first, "Safe at home").value
        amina.add_goal(plan.id, {"goal": "Food every day"})
        amina.submit_case_plan(plan.id)
        clock.advance(2 * DAY_S)
        second = amina.register_family({**FAMILY, "name": "Wambui"}, [CHILD], CASE).value
        amina.request_closure(second, "Family moved away")
    finally:
        ws.close()
    window = start_window(desktop_ctx(data_dir, clock, monotonic))
    with qtbot.waitSignal(window.approvals.count_changed, timeout=10_000):
        unlock(qtbot, window)
    return window


def nav_text(window: MainWindow) -> str:
    return window.navigation.item(PAGES.index("approvals")).text()


def test_the_queue_oldest_first_and_its_count_in_the_navigation(qtbot, sam_app):
    window = sam_app
    assert nav_text(window) == "Approvals (2)"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.approvals  # read already, for the count
    model = window.approvals.model
    rows = [tuple(model.index(r, c).data() for c in (0, 1, 3, 4)) for r in range(2)]
    assert rows == [("2 days", "Case plan", "Otieno", "amina"),
                    ("0 days", "Closure", "Wambui", "amina")]
    assert "2 requests waiting for your decision" in window.approvals.summary.text()


def test_deciding_from_the_page_shows_the_plan_and_empties_the_queue(qtbot, sam_app):
    window = sam_app
    window.show_page("approvals")
    qtbot.waitUntil(lambda: window.approvals.model.rowCount() == 2)
    window.approvals.table.selectRow(0)
    click(qtbot, window.approvals.decide)
    qtbot.waitUntil(lambda: any(isinstance(d, ApprovalDecisionDialog) and d.isVisible()
                                for d in window.casework_actions.open_dialogs))
    dialog = next(d for d in window.casework_actions.open_dialogs
                  if isinstance(d, ApprovalDecisionDialog))
    subject = dialog.findChild(QPlainTextEdit, "subject").toPlainText()
    assert "never approved before" in subject and "+ Goal: Food every day" in subject
    dialog.decision.set_value("approved")
    with qtbot.waitSignal(window.approvals.count_changed, timeout=5000):
        click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: nav_text(window) == "Approvals (1)")
    assert window.approvals.model.index(0, 3).data() == "Wambui"


def test_a_caseworker_has_no_approvals_page(unlocked):
    assert unlocked.navigation.item(PAGES.index("approvals")).isHidden()
    assert not unlocked.page_actions["approvals"].isVisible()
