"""The Today page on the real app (offscreen widgets, a real encrypted workspace, the
database worker): the page shown after unlocking, what is due, what the supervisor sent back
and what others changed, a double click to the case, and "seen" once the user moves on; a
visit's follow-up becomes a task in one step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from casemgr.app.casework import Casework
from casemgr.db.workspace import unlock_workspace
from casemgr.domain.clock import FixedClock, today
from casemgr.domain.permissions import Actor, Role
from casemgr.domain.records import Decision
from casemgr.ui.context import AppContext
from casemgr.ui.mainwindow import MainWindow
from tests.conftest import FAST_KDF, PASSWORD
from tests.support.desktop import make_workspace, select_row, unlock
from tests.support.records import CASE, CHILD, FAMILY
from tests.ui.conftest import FakeMonotonic, desktop_ctx

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def app_on(qtbot: Any, start_window: Callable[[AppContext], MainWindow], data_dir: Path,
           clock: FixedClock, monotonic: FakeMonotonic) -> Callable[[], MainWindow]:
    """Start the app with the settings a new user has, and unlock it."""
    def start() -> MainWindow:
        window = start_window(desktop_ctx(data_dir, clock, monotonic))
        with qtbot.waitSignal(window.today.shown, timeout=10_000):
            unlock(qtbot, window)
        return window
    return start


def prepare(data_dir: Path, clock: FixedClock) -> dict[str, str]:
    """amina's workspace: one case with a review overdue and a task this week, its plan sent
    back by her supervisor, and a home visit that noted a follow-up."""
    make_workspace(data_dir, clock, cases=0)
    ws = unlock_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf_policy=FAST_KDF)
    try:
        amina = Casework(ws)
        case_id = amina.register_family({**FAMILY, "name": "Odhiambo"}, [CHILD], CASE).value
        on = today(clock)
        amina.add_task(case_id, "Case review", (on - timedelta(days=3)).isoformat(),
                       kind="review")
        amina.add_task(case_id, "Call the school", (on + timedelta(days=2)).isoformat())
        plan = amina.start_case_plan(case_id, "Keep the children safe at home").value
        amina.add_goal(plan.id, {"goal": "Food every day"})
        request = amina.submit_case_plan(plan.id).value
        clock.advance(3600)
        sam = Casework(ws, actor=Actor("sam", Role.SUPERVISOR, frozenset({"north"})))
        sam.decide(request.id, Decision.RETURNED, "Add a goal about school.")
        visit = amina.record_visit(case_id, {
            "visit_date": on.isoformat(), "visit_type": "home", "participants": "Mother",
            "observations": "Food in the house", "child_seen": True,
            "follow_up": "Ask the clinic about the vaccination card"}).value
        return {"case": case_id, "visit": visit.id}
    finally:
        ws.close()


def rows(window: MainWindow, section: str) -> list[tuple[str, ...]]:
    model = window.today.models[section]
    return [tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def test_today_is_where_the_day_starts(qtbot, app_on, data_dir, clock):
    ids = prepare(data_dir, clock)
    window = app_on()
    assert window.pages.currentWidget() is window.today
    assert window.navigation.currentItem().text() == "Today"

    visits = rows(window, "visits")
    assert [r[3] for r in visits] == ["Case review (overdue by 3 days)"]
    assert [r[3] for r in rows(window, "tasks")] == ["Call the school"]
    [back] = rows(window, "sent_back")
    assert back[3] == "Case plan sent back by sam" and back[4] == "Add a goal about school."
    changed = rows(window, "changed")
    assert any(r[3] == "Case plan sent back" and "sam" in r[4] for r in changed)
    assert not window.today.boxes["waiting_referrals"].isVisibleTo(window.today)
    summary = window.today.summary.text()
    assert "2 due this week, 1 overdue" in summary and "1 sent back" in summary

    # Enter (or a double click) on a line opens its case.
    table = window.today.tables["sent_back"]
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    with qtbot.waitSignal(window.case_file.shown, timeout=5000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [ids["case"]]


def test_changes_once_looked_at_are_not_news_the_next_time(qtbot, app_on, data_dir, clock):
    prepare(data_dir, clock)
    window = app_on()
    assert rows(window, "changed")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)  # to My cases: Today was seen
    assert window.pages.currentWidget() is window.cases
    clock.advance(60)
    with qtbot.waitSignal(window.today.shown, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert rows(window, "changed") == []
    assert not window.today.boxes["changed"].isVisibleTo(window.today)
    assert rows(window, "sent_back")  # still to act on: not news, work


def test_a_visits_follow_up_becomes_a_task_in_one_step(qtbot, app_on, data_dir, clock):
    ids = prepare(data_dir, clock)
    window = app_on()
    with qtbot.waitSignal(window.case_file.shown, timeout=5000):
        window.open_case(ids["case"])
    view = window.case_file
    view.show_tab("visits")
    action = window.casework_actions.follow_up_task
    assert not action.isEnabled()  # no visit selected yet
    select_row(qtbot, view.visits_table, 0)
    qtbot.waitUntil(action.isEnabled)
    [button] = [b for b in view.findChildren(QToolButton) if b.defaultAction() is action]
    with qtbot.waitSignal(view.shown, timeout=5000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Task added" in window.message_bar.text.text())
    due = (today(clock) + timedelta(days=7)).isoformat()
    titles = {(view.tasks.index(r, 0).data(), view.tasks.index(r, 1).data())
              for r in range(view.tasks.rowCount())}
    assert ("Ask the clinic about the vaccination card", due) in titles
