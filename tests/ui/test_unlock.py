"""Unlocking: wrong then right password, the failed-unlock wait counted down, creating an
offline-only workspace with its no-recovery warning, and choosing a profile."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.support.desktop import SEEDED_CASES, make_workspace, unlock
from tests.support.workspaces import PASSWORD


def test_wrong_password_then_right_one_opens_the_case_list(qtbot, window):
    screen = window.lock_screen
    assert window.screens.currentWidget() is screen
    assert window.windowTitle() == "casemgr — locked"
    qtbot.keyClicks(screen.password, "not the password")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.message.text() == "Wrong password.")
    assert window.session is None
    assert screen.password.text() == ""

    unlock(qtbot, window)
    assert window.screens.currentWidget() is window.workspace
    assert window.cases.count.text() == f"{SEEDED_CASES + 1} cases"
    assert window.windowTitle() == "casemgr — amina (offline-only)"


def test_repeated_failures_disable_unlocking_and_count_the_wait_down(qtbot, window, clock,
                                                                     monotonic):
    screen = window.lock_screen
    for _ in range(3):  # two free attempts, then a wait of 2 s
        qtbot.waitUntil(screen.unlock_button.isEnabled)
        qtbot.keyClicks(screen.password, "guess")
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "Wrong password" in screen.message.text())
    qtbot.waitUntil(lambda: "Try again in 2 s" in screen.message.text())
    assert not screen.unlock_button.isEnabled()

    monotonic.advance(1.1)
    qtbot.waitUntil(lambda: "Try again in 1 s" in screen.message.text())
    assert not screen.unlock_button.isEnabled()
    monotonic.advance(1.0)
    clock.advance(2.1)  # the workspace's own guard counts on the wall clock
    qtbot.waitUntil(screen.unlock_button.isEnabled)
    assert screen.message.text() == "You can try again now."

    unlock(qtbot, window)
    assert window.session is not None


def test_a_wait_already_due_at_start_is_shown_before_trying(qtbot, window, clock):
    screen = window.lock_screen
    for _ in range(3):
        qtbot.waitUntil(screen.unlock_button.isEnabled)
        qtbot.keyClicks(screen.password, "guess")
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "Wrong password" in screen.message.text())
    # The app restarted during the wait: the lock screen learns it from the workspace.
    screen._wait_until = None
    screen._countdown.stop()
    screen.unlock_button.setEnabled(True)
    qtbot.keyClicks(screen.password, PASSWORD)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Too many failed attempts. Try again in" in screen.message.text())
    assert not screen.unlock_button.isEnabled()
    assert window.session is None


def test_profiles_are_listed_and_user_preselects_one(qtbot, start_window, make_ctx, seeded_dir,
                                                     clock):
    make_workspace(seeded_dir, clock, "bilal", cases=0)
    window = start_window(make_ctx())
    screen = window.lock_screen
    qtbot.waitUntil(lambda: screen.profile.count() == 2)
    assert [screen.profile.itemData(i) for i in range(2)] == ["amina", "bilal"]
    assert "offline-only" in screen.profile.itemText(0)
    screen.select_profile("bilal")
    assert screen.current_user() == "bilal"
    unlock(qtbot, window)
    assert window.session.user == "bilal"
    assert window.cases.count.text() == "1 case"


def test_creating_an_offline_only_workspace_warns_there_is_no_recovery(qtbot, start_window,
                                                                      make_ctx, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    window = start_window(make_ctx(data_dir=empty))
    screen = window.lock_screen
    assert "no workspace" in screen.heading.text()
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    dialog = screen.create_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "no password recovery" in dialog.findChild(type(dialog.status),
                                                      "noRecoveryWarning").text()
    assert not dialog.create_button.isEnabled()  # not before the warning is acknowledged
    qtbot.keyClicks(dialog.user, "chidi")
    qtbot.keyClicks(dialog.password, "long enough password")
    qtbot.keyClicks(dialog.repeat, "another password")
    dialog.understood.click()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog._errors["repeat"].text() == "The two passwords differ."
    assert dialog.isVisible()

    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "long enough password")
    with qtbot.waitSignal(window.settled, timeout=5000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert window.session.user == "chidi"
    assert window.session.offline_only
    assert window.cases.count.text() == "0 cases"
    assert (empty / "chidi" / "workspace.db").exists()
