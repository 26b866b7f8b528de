"""The Supervision page on the real app: a supervisor records a session with a caseworker of
their team in the "New session…" dialog (her open cases to discuss, wellbeing and workload,
agreed actions), the session is listed and read back, and its actions are the caseworker's
tasks on the Tasks page, labelled as agreed in supervision; a caseworker reads and records
none."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casemgr.app.casework import Casework
from casemgr.db.sync_store import SyncStore
from casemgr.db.workspace import unlock_workspace
from casemgr.domain.clock import FixedClock
from casemgr.domain.permissions import Actor, Role
from casemgr.ui.context import AppContext
from casemgr.ui.dialogs.supervision import SessionDialog, SessionReadDialog
from casemgr.ui.mainwindow import PAGES, MainWindow
from tests.conftest import FAST_KDF, PASSWORD
from tests.support.desktop import make_workspace, unlock
from tests.support.qt import click
from tests.support.records import CASE, CHILD, FAMILY
from tests.ui.conftest import FakeMonotonic, desktop_ctx

DIRECTORY = [("sam", "supervisor", ["north"], True), ("amina", "caseworker", ["north"], True),
             ("brian", "caseworker", ["north"], True), ("carla", "caseworker", ["south"], True),
             ("nora", "caseworker", ["north"], False)]


@pytest.fixture
def sam_app(qtbot: Any, start_window: Callable[[AppContext], MainWindow], data_dir: Path,
            clock: FixedClock, monotonic: FakeMonotonic) -> MainWindow:
    """sam, supervisor of the north team, with two of amina's cases (one closed) and one of
    brian's on his laptop, and the organisation's directory as his last sync brought it."""
    make_workspace(data_dir, clock, "sam", cases=0, role="supervisor", teams="north")
    ws = unlock_workspace(data_dir, "sam", PASSWORD, clock=clock, kdf_policy=FAST_KDF)
    try:
        SyncStore(ws).save_directory(DIRECTORY)
        amina = Casework(ws, actor=Actor("amina", Role.CASEWORKER, frozenset({"north"})))
        amina.register_family({**FAMILY, "name": "Otieno"}, [CHILD], CASE)
        closed = amina.register_family({**FAMILY, "name": "Wambui"}, [CHILD], CASE).value
        with ws.store.write("amina") as tx:  # closed long ago (its approval not needed here)
            tx.update(closed, {"status": "closed", "closed_on": "2026-11-01"})
        brian = Casework(ws, actor=Actor("brian", Role.CASEWORKER, frozenset({"north"})))
        brian.register_family({**FAMILY, "name": "Kamau"}, [CHILD], CASE)
    finally:
        ws.close()
    window = start_window(desktop_ctx(data_dir, clock, monotonic))
    unlock(qtbot, window)
    return window


def open_page(qtbot: Any, window: MainWindow) -> None:
    window.show_page("supervision")
    qtbot.waitUntil(lambda: window.supervision.new_session.isEnabled())


def new_session(qtbot: Any, window: MainWindow) -> SessionDialog:
    click(qtbot, window.supervision.new_session)
    qtbot.waitUntil(lambda: isinstance(window.supervision.dialog, SessionDialog)
                    and window.supervision.dialog.isVisible())
    dialog = window.supervision.dialog
    assert isinstance(dialog, SessionDialog)
    return dialog


def choose(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def test_recording_a_session_lists_it_and_makes_the_caseworkers_tasks(qtbot, sam_app):
    window = sam_app
    open_page(qtbot, window)
    assert window.supervision.summary.text() == "No supervision session on this device yet."
    dialog = new_session(qtbot, window)
    # Whom sam may record a session with: his team's active caseworkers, not himself.
    offered = [dialog.worker.itemText(i) for i in range(1, dialog.worker.count())]
    assert offered == ["amina", "brian"]
    choose(dialog.worker, "amina")
    # amina's open cases only (the closed one is not offered, nor brian's).
    assert [row.case.family_name for row in dialog.case_rows] == ["Otieno"]
    otieno = dialog.case_rows[0]
    assert not otieno.decision.isEnabled()
    click(qtbot, otieno.discussed)
    qtbot.keyClicks(otieno.decision, "Keep open; ask the school about attendance")
    click(qtbot, dialog.wellbeing.button("strained"))
    click(qtbot, dialog.workload.button("heavy"))
    qtbot.keyClicks(dialog.training_needs, "Trauma-informed care")
    first = dialog.action_rows[0]
    qtbot.keyClicks(first.action, "Visit the school")
    choose(first.case, f"Case {otieno.case.case_number}")  # offered once discussed
    click(qtbot, dialog.add_action_button)
    qtbot.keyClicks(dialog.action_rows[1].action, "Attend the trauma-informed care training")
    with qtbot.waitSignal(window.supervision.shown, timeout=5000):
        click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: window.supervision.dialog is None)

    model = window.supervision.model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "2026-11-18", "amina", "sam", "Under strain", "Heavy", "1", "2 (2 open)"]
    choose(window.supervision.worker_filter, "brian")  # one caseworker's sessions only
    assert model.rowCount() == 0
    assert window.supervision.summary.text() == "No supervision session with brian on this " \
        "device yet."
    choose(window.supervision.worker_filter, "amina")
    assert model.rowCount() == 1

    window.show_page("tasks")
    tasks = window.tasks.model
    qtbot.waitUntil(lambda: any(tasks.index(r, 2).data() == "Visit the school"
                                for r in range(tasks.rowCount())))
    by_title = {tasks.index(r, 2).data(): r for r in range(tasks.rowCount())}
    school, training = (by_title["Visit the school"],
                        by_title["Attend the trauma-informed care training"])
    assert tasks.index(school, 3).data() == otieno.case.case_number
    assert tasks.index(training, 3).data() == "No case"
    assert tasks.index(training, 5).data() == "amina"
    assert tasks.index(school, 6).data() == tasks.index(training, 6).data() == \
        "Supervision with sam"
    window.tasks.table.selectRow(training)
    assert window.tasks.complete.isEnabled() and not window.tasks.open_case.isEnabled()


def test_the_dialog_says_what_is_missing_and_keeps_what_was_typed(qtbot, sam_app):
    window = sam_app
    open_page(qtbot, window)
    dialog = new_session(qtbot, window)
    click(qtbot, dialog.save_button)
    errors = dialog.errors()
    assert errors["worker"] == "Choose the caseworker this session was with."
    assert errors["wellbeing"] == "Say how the worker is doing."
    assert errors["workload"] == "Say how heavy the workload is."
    choose(dialog.worker, "amina")
    click(qtbot, dialog.case_rows[0].discussed)
    qtbot.keyClicks(dialog.action_rows[0].action, "Call the family")
    dialog.action_rows[0].due.set_date("2026-11-01")
    click(qtbot, dialog.save_button)
    errors = dialog.errors()
    assert "worker" not in errors
    assert errors["cases_discussed"].startswith("Note the decision taken for case")
    assert "due before the session" in errors["actions"]
    assert dialog.isVisible()  # nothing saved, nothing lost
    assert dialog.action_rows[0].action.text() == "Call the family"


def test_reading_a_session_shows_each_action_and_its_task_now(qtbot, qtmodeltester, sam_app):
    window = sam_app
    open_page(qtbot, window)
    dialog = new_session(qtbot, window)
    choose(dialog.worker, "brian")
    click(qtbot, dialog.wellbeing.button("well"))
    click(qtbot, dialog.workload.button("manageable"))
    qtbot.keyClicks(dialog.action_rows[0].action, "Shadow a home visit")
    with qtbot.waitSignal(window.supervision.shown, timeout=5000):
        click(qtbot, dialog.save_button)
    qtmodeltester.check(window.supervision.model, force_py=True)
    window.supervision.table.selectRow(0)
    click(qtbot, window.supervision.read)
    qtbot.waitUntil(lambda: isinstance(window.supervision.dialog, SessionReadDialog))
    read = window.supervision.dialog
    assert isinstance(read, SessionReadDialog)
    assert read.windowTitle() == "Supervision of brian on 2026-11-18"
    actions = read.actions_model
    assert [actions.index(0, c).data() for c in range(4)] == [
        "Shadow a home visit", "2026-12-02", "No case", "Open"]
    assert read.cases_model.rowCount() == 0
    qtmodeltester.check(actions, force_py=True)
    qtmodeltester.check(read.cases_model, force_py=True)
    window.lock()  # locking closes it: nothing of the session stays on screen
    assert window.supervision.dialog is None and window.supervision.model.rowCount() == 0


def test_a_caseworker_reads_sessions_and_records_none(qtbot, unlocked):
    window = unlocked
    assert not window.navigation.item(PAGES.index("supervision")).isHidden()
    window.show_page("supervision")
    qtbot.waitUntil(lambda: window.supervision.summary.text() != "")
    assert window.supervision.summary.text() == "No supervision session on this device yet."
    assert not window.supervision.new_session.isVisible()
    assert not window.supervision.worker_filter.isVisible()
