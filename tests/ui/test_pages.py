"""The Tasks and Referrals pages on the real app (offscreen widgets, a real encrypted workspace,
the database worker): the "only mine" filter after a reassignment, overdue words from the
injected clock, marking a task done, reading again only when shown, referrals by urgency."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from casemgr.app.casework import Casework
from casemgr.db.workspace import unlock_workspace
from casemgr.domain import schedule
from casemgr.domain.clock import FixedClock
from casemgr.ui.casefile.view import TABS, TASK_STATE_TEXT
from casemgr.ui.context import AppContext
from casemgr.ui.dialogs import ReferralDialog
from casemgr.ui.mainwindow import MainWindow
from tests.conftest import FAST_KDF, PASSWORD, add_case
from tests.support.desktop import open_zzyzx
from tests.ui.conftest import FakeMonotonic, desktop_ctx, make_workspace, unlock

USER = "sam"  # a supervisor of the north team: reassigning is theirs to do
OVERDUE = TASK_STATE_TEXT[schedule.TaskState.OVERDUE]
DUE_TODAY = TASK_STATE_TEXT[schedule.TaskState.DUE_TODAY]
UPCOMING = TASK_STATE_TEXT[schedule.TaskState.UPCOMING]
DONE = TASK_STATE_TEXT[schedule.TaskState.DONE]
# Tasks page columns
DUE, STATE, TITLE, CASE, FAMILY, ASSIGNED = range(6)
# Referrals page columns
URGENCY, STATUS, SERVICE = range(3)
CTRL = Qt.KeyboardModifier.ControlModifier


def prepare(data_dir: Path, clock: FixedClock,
            build: Callable[[Casework], Any] = lambda cw: None) -> Any:
    """A closed workspace of USER (the Zzyzx case of make_workspace, no seeded cases), then
    `build(casework)` on it before the app starts; returns what build returned."""
    make_workspace(data_dir, clock, USER, cases=0, role="supervisor", teams="north")
    ws = unlock_workspace(data_dir, USER, PASSWORD, clock=clock, kdf_policy=FAST_KDF)
    try:
        return build(Casework(ws))
    finally:
        ws.close()


@pytest.fixture
def open_app(qtbot: Any, start_window: Callable[[AppContext], MainWindow], data_dir: Path,
             clock: FixedClock, monotonic: FakeMonotonic) -> Callable[[], MainWindow]:
    """Start the app on the prepared workspace and unlock it by typing the password."""
    def start() -> MainWindow:
        # These tests begin at the case list.
        window = start_window(desktop_ctx(data_dir, clock, monotonic, start_page="cases"))
        unlock(qtbot, window)
        return window
    return start


def go(qtbot: Any, window: MainWindow, key: Qt.Key) -> None:
    """Ctrl+<key> on the active window, as a caseworker switches sections."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, key, CTRL)


def show_tasks(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.tasks.shown, timeout=5000):
        go(qtbot, window, Qt.Key.Key_2)
    assert window.pages.currentWidget() is window.tasks


def rows(model: Any, *columns: int) -> list[tuple[str, ...]]:
    return [tuple(model.index(r, c).data() for c in columns) for r in range(model.rowCount())]


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot: Any, table: Any, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def settle(qtbot: Any, window: MainWindow) -> None:
    """Wait until every operation queued on the database worker so far has been delivered
    (it runs them in order): a read a change would have started has arrived by then."""
    done: list[bool] = []
    window.worker.run(lambda _cw: True, done.append)
    qtbot.waitUntil(lambda: done == [True], timeout=5000)


# -- Tasks ---------------------------------------------------------------------------------------


def test_only_my_tasks_after_a_case_is_reassigned(qtbot, open_app, data_dir, clock):
    def build(cw: Casework) -> str:
        kept = add_case(cw.ws, family="Achieng", child="Baraka")
        moved = add_case(cw.ws, family="Otieno", child="Imani")
        cw.add_task(kept, "Visit the school", "2026-11-25")
        cw.add_task(moved, "Call the grandmother", "2026-11-26")
        cw.add_task(kept, "Home visit with Brian", "2026-11-27", assigned_to="brian")
        return moved

    moved = prepare(data_dir, clock, build)
    window = open_app()
    show_tasks(qtbot, window)
    page = window.tasks
    assert rows(page.model, TITLE, FAMILY, ASSIGNED) == [
        ("Visit the school", "Achieng", "sam"), ("Call the grandmother", "Otieno", "sam"),
        ("Home visit with Brian", "Achieng", "brian")]

    assert not page.only_mine.isChecked()
    click(qtbot, page.only_mine)
    assert page.only_mine.isChecked()
    assert rows(page.model, TITLE) == [("Visit the school",), ("Call the grandmother",)]
    assert page.summary.text() == "2 open tasks, 0 overdue"

    # The Otieno case goes to Brian (the supervisor's own decision, on the database worker);
    # the page is on screen, so it reads again at once and keeps the filter.
    with qtbot.waitSignal(page.shown, timeout=5000):
        window.worker.run(lambda cw: cw.reassign_case(moved, "brian", "north"))
    assert page.only_mine.isChecked()
    # The case's open task went with it: it leaves sam's "only mine".
    assert rows(page.model, TITLE, FAMILY, ASSIGNED) == [("Visit the school", "Achieng", "sam")]
    moved_to: list[str] = []  # the case itself did move
    window.worker.run(lambda cw: cw.case_file(moved).case.fields["assigned_to"],
                      moved_to.append)
    qtbot.waitUntil(lambda: moved_to == ["brian"])

    # Without the filter every open task is listed with its assignee.
    click(qtbot, page.only_mine)
    assert not page.only_mine.isChecked()
    assert rows(page.model, TITLE, ASSIGNED) == [
        ("Visit the school", "sam"), ("Call the grandmother", "brian"),
        ("Home visit with Brian", "brian")]
    assert page.summary.text() == "3 open tasks, 0 overdue"


def test_a_task_due_yesterday_reads_overdue_and_counts_in_the_summary(
        qtbot, open_app, data_dir, clock):
    assert clock.now_ms() == 1_795_000_000_000  # 2026-11-18 (UTC): the injected "today"

    def tasks(cw: Casework) -> None:
        case_id = add_case(cw.ws, family="Wekesa", child="Neema")
        cw.add_task(case_id, "Report to the court", "2026-11-17")
        cw.add_task(case_id, "Check the school attendance", "2026-11-18")
        cw.add_task(case_id, "Review the plan", "2026-11-25")

    prepare(data_dir, clock, tasks)
    window = open_app()
    show_tasks(qtbot, window)
    page = window.tasks
    assert rows(page.model, DUE, STATE, TITLE) == [
        ("2026-11-17", OVERDUE, "Report to the court"),
        ("2026-11-18", DUE_TODAY, "Check the school attendance"),
        ("2026-11-25", UPCOMING, "Review the plan")]
    assert OVERDUE == "Overdue"
    assert page.summary.text() == "3 open tasks, 1 overdue"

    # A week later (the same injected clock), F5 reads again: two are overdue now.
    clock.advance(7 * 86_400)
    with qtbot.waitSignal(page.shown, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert [s for (s,) in rows(page.model, STATE)] == [OVERDUE, OVERDUE, DUE_TODAY]
    assert page.summary.text() == "3 open tasks, 2 overdue"


def test_mark_done_removes_the_task_and_the_case_file_shows_it_done(
        qtbot, open_app, data_dir, clock):
    def build(cw: Casework) -> str:
        case_id = add_case(cw.ws, family="Kamau", child="Jabari")
        cw.add_task(case_id, "Collect the birth certificate", "2026-11-17")
        cw.add_task(case_id, "Plan the review meeting", "2026-11-30")
        return case_id

    case_id = prepare(data_dir, clock, build)
    window = open_app()
    show_tasks(qtbot, window)
    page = window.tasks
    assert page.summary.text() == "2 open tasks, 1 overdue"
    assert not page.complete.isEnabled()  # nothing selected

    click_row(qtbot, page.table, 0)
    assert page.complete.isEnabled()
    with qtbot.waitSignal(page.shown, timeout=5000):  # the page reads again after the write
        click(qtbot, page.complete)
    assert rows(page.model, TITLE) == [("Plan the review meeting",)]
    assert page.summary.text() == "1 open task, 0 overdue"

    click_row(qtbot, page.table, 0)
    with qtbot.waitSignal(window.case_file.shown, timeout=5000):
        click(qtbot, page.open_case)
    view = window.case_file
    assert window.pages.currentWidget() is view and view.case_id == case_id
    view.show_tab("tasks")
    done = {r[0]: r[1:] for r in rows(view.tasks, 0, 2, 4)}
    assert done["Collect the birth certificate"] == (DONE, "2026-11-18")  # completed today
    assert done["Plan the review meeting"] == (UPCOMING, "")
    assert view.tabs.tabText(TABS.index("tasks")) == "Tasks"  # none overdue any more


@pytest.mark.parametrize("which", ["tasks", "referrals"])
def test_a_hidden_page_reads_the_change_when_shown(qtbot, open_app, data_dir, clock, which):
    def build(cw: Casework) -> tuple[str, str]:
        case_id = add_case(cw.ws, family="Njeri", child="Amani")
        child = cw.case_file(case_id).children[0].id
        cw.add_task(case_id, "First visit", "2026-11-20")
        cw.refer(case_id, {"person_id": child, "service_type": "health",
                           "urgency": "routine", "consent": True})
        return case_id, child

    case_id, child = prepare(data_dir, clock, build)
    window = open_app()
    page = window.tasks if which == "tasks" else window.referrals
    key = Qt.Key.Key_2 if which == "tasks" else Qt.Key.Key_3
    with qtbot.waitSignal(page.shown, timeout=5000):
        go(qtbot, window, key)
    assert page.model.rowCount() == 1

    # A change that does not concern the page, made while it is hidden: shown again, it
    # does not read.
    go(qtbot, window, Qt.Key.Key_1)  # back to My cases: the page is hidden
    assert window.pages.currentWidget() is window.cases and not page.isVisible()
    window.worker.run(lambda cw: cw.add_note(case_id, "Called the clinic"))
    settle(qtbot, window)
    with qtbot.assertNotEmitted(page.shown):
        go(qtbot, window, key)
        settle(qtbot, window)
    assert window.pages.currentWidget() is page

    # A change that does concern it: no read while it is hidden...
    go(qtbot, window, Qt.Key.Key_1)
    assert not page.isVisible()

    def write(cw: Casework) -> Any:
        if which == "tasks":
            return cw.add_task(case_id, "Second visit", "2026-11-21")
        return cw.refer(case_id, {"person_id": child, "service_type": "education",
                                  "urgency": "priority", "consent": True})

    changed: list[object] = []
    window.worker.changes_made.connect(changed.append)
    with qtbot.assertNotEmitted(page.shown):
        window.worker.run(write)
        qtbot.waitUntil(lambda: bool(changed), timeout=5000)
        settle(qtbot, window)  # a read started by the change would have arrived by now
    assert page.model.rowCount() == 1  # still what it showed before

    # ...and the new row when it is shown.
    with qtbot.waitSignal(page.shown, timeout=5000):
        go(qtbot, window, key)
    assert window.pages.currentWidget() is page
    assert page.model.rowCount() == 2
    if which == "tasks":
        assert rows(page.model, TITLE) == [("First visit",), ("Second visit",)]
    else:
        assert rows(page.model, URGENCY, SERVICE) == [("Priority", "Education"),
                                                      ("Routine", "Health care")]


# -- Referrals -----------------------------------------------------------------------------------


def refer_through_the_dialog(qtbot: Any, window: MainWindow, service: str, urgency: str, *,
                             send: bool, override: str | None = None) -> None:
    """Ctrl+Shift+R in the open case file, fill in the dialog by clicks and keys."""
    view = window.case_file
    before = view.referrals.rowCount()
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(isinstance(d, ReferralDialog) and d.isVisible()
                                for d in window.casework_actions.open_dialogs))
    dialog = next(d for d in window.casework_actions.open_dialogs
                  if isinstance(d, ReferralDialog))
    dialog.service_type.setCurrentIndex(dialog.service_type.findData(service))
    click(qtbot, dialog.urgency.button(urgency))
    if override is None:
        click(qtbot, dialog.consent.button(True))
    else:
        click(qtbot, dialog.consent.button(False))
        qtbot.keyClicks(dialog.override_reason, override)
    qtbot.keyClicks(dialog.reason, f"Needs {service.replace('_', ' ')}.")
    click(qtbot, dialog.send_button if send else dialog.draft_button)
    qtbot.waitUntil(lambda: view.referrals.rowCount() == before + 1, timeout=5000)


def test_referrals_drafted_and_sent_in_the_ui_are_listed_emergency_first(
        qtbot, open_app, data_dir, clock):
    case_id = prepare(data_dir, clock, lambda cw: add_case(cw.ws, family="Mutua",
                                                           child="Zuri"))
    window = open_app()
    with qtbot.waitSignal(window.case_file.shown, timeout=5000):
        window.open_case(case_id)
    view = window.case_file

    # A routine referral saved as a draft: the Referrals page lists it as not sent yet.
    refer_through_the_dialog(qtbot, window, "education", "routine", send=False)
    page = window.referrals
    with qtbot.waitSignal(page.shown, timeout=5000):
        go(qtbot, window, Qt.Key.Key_3)
    assert rows(page.model, URGENCY, STATUS, SERVICE) == [
        ("Routine", "Draft: not sent yet", "Education")]
    assert page.summary.text() == ("1 referral in progress, 0 waiting for the provider's "
                                   "answer")

    # Back to its case ("Open case"), where it is sent from the Referrals tab.
    click_row(qtbot, page.table, 0)
    with qtbot.waitSignal(view.shown, timeout=5000):
        click(qtbot, page.open_case)
    assert window.pages.currentWidget() is view
    view.show_tab("referrals")
    assert view.referrals.index(0, 4).data() == "Draft"
    click_row(qtbot, view.referrals_table, 0)
    send = window.casework_actions.send_referral
    assert send.isEnabled()
    button = next(b for b in view.findChildren(QToolButton) if b.defaultAction() is send)
    click(qtbot, button)
    qtbot.waitUntil(lambda: view.referrals.index(0, 4).data() == "Sent")

    # An hour later, an emergency one sent at once without consent (saying why).
    clock.advance(3600)
    refer_through_the_dialog(qtbot, window, "health", "emergency", send=True,
                             override="Child injured; parents unreachable")

    with qtbot.waitSignal(page.shown, timeout=5000):  # hidden meanwhile: reads when shown
        go(qtbot, window, Qt.Key.Key_3)
    assert window.pages.currentWidget() is page
    # Drafted later, listed first: the most urgent comes first.
    assert rows(page.model, URGENCY, STATUS, SERVICE) == [
        ("Emergency", "Sent: waiting for an answer", "Health care"),
        ("Routine", "Sent: waiting for an answer", "Education")]
    assert page.model.index(0, URGENCY).data(Qt.ItemDataRole.FontRole).bold()
    assert page.summary.text() == ("2 referrals in progress, 2 waiting for the provider's "
                                   "answer")


def test_a_supervisor_sees_the_decisions_a_caseworker_never_does(qtbot, open_app, data_dir,
                                                                 clock):
    prepare(data_dir, clock)
    window = open_app()
    open_zzyzx(qtbot, window)
    actions = window.casework_actions
    for theirs in (actions.decide_plan, actions.decide_closure, actions.reassign):
        assert theirs.isVisible(), theirs.text()
    assert not actions.decide_plan.isEnabled()  # nothing waits for a decision: greyed, why
    assert actions.decide_plan.toolTip() == "Nothing is waiting for a decision."
