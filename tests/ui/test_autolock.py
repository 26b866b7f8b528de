"""Auto-lock: after the idle time with no input, every case disappears until unlocked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.support.desktop import open_zzyzx, unlock


def test_idle_time_locks_and_hides_every_case(qtbot, unlocked, monotonic):
    view = open_zzyzx(qtbot, unlocked)
    unlocked.casework_actions.start_task()  # a dialog with case data is open
    qtbot.waitUntil(lambda: len(unlocked.casework_actions.open_dialogs) == 1)
    dialog = unlocked.casework_actions.open_dialogs[0]
    assert unlocked.idle.minutes == 10

    idle = unlocked.idle
    monotonic.advance(9 * 60)
    with qtbot.assertNotEmitted(unlocked.session_locked):
        idle.check()  # what the timer runs: at nine minutes it does not lock yet
    assert idle.armed and unlocked.session is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Shift)  # input restarts the idle time
    assert idle.idle_seconds() == 0
    monotonic.advance(9 * 60)
    with qtbot.assertNotEmitted(unlocked.session_locked):
        idle.check()
    assert idle.armed and unlocked.session is not None

    with qtbot.waitSignal(unlocked.session_locked, timeout=5000):
        monotonic.advance(10 * 60 + 1)
    assert unlocked.screens.currentWidget() is unlocked.lock_screen
    assert unlocked.cases.model.rowCount() == 0
    assert unlocked.cases.search.text() == ""
    assert view.case_id is None and view.title.text() == ""
    for model in (view.members, view.notes, view.tasks, view.history):
        assert model.rowCount() == 0
    assert unlocked.casework_actions.open_dialogs == []
    assert not dialog.isVisible()
    assert not unlocked.casework_actions.record_visit.isEnabled()
    assert not unlocked.search_action.isEnabled()
    assert unlocked.status.outbox.text() == ""
    assert "locked" in unlocked.lock_screen.message.text()
    assert unlocked.lock_screen.current_user() == "amina"

    unlock(qtbot, unlocked)
    assert unlocked.cases.model.rowCount() > 0


def test_ctrl_l_locks_and_results_on_their_way_are_dropped(qtbot, unlocked):
    model = unlocked.cases.model
    arrived = []
    unlocked.worker.run(lambda cw: cw.list_cases(__import__(
        "casemgr.db.store", fromlist=["CaseQuery"]).CaseQuery()), arrived.append)
    with qtbot.waitSignal(unlocked.session_locked, timeout=5000):
        qtbot.keyClick(unlocked, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert model.rowCount() == 0
    # the worker ran the read, but its rows never reach the main thread after the lock
    done = []
    unlocked.worker.call(lambda: True, done.append)
    qtbot.waitUntil(lambda: done == [True])
    assert arrived == []


def test_the_auto_lock_minutes_come_from_the_settings(qtbot, start_window, make_ctx,
                                                      monotonic):
    ctx = make_ctx()
    ctx.settings.set("auto_lock_minutes", 2)
    window = start_window(ctx)
    unlock(qtbot, window)
    with qtbot.waitSignal(window.session_locked, timeout=5000):
        monotonic.advance(2 * 60 + 1)
