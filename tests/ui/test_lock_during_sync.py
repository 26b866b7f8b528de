"""Locking while a sync waits on the network: by Ctrl+L while the push of a change is held,
and by the idle auto-lock while the pull is held. A real server process
(tests/support/live_server), real encrypted workspaces, the held HTTP request injected through
AppContext.transport_factory, the idle clock faked through AppContext.monotonic.

After the lock, what the released request brings must not reach a view, the sync thread must
let go of its connection to the workspace, the change made before the lock must reach the
server exactly once, and the next unlock syncs again.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casemgr.app.casework import Casework
from casemgr.db.workspace import WorkspacePaths
from casemgr.domain.clock import SystemClock
from casemgr.server.bootstrap import init_db
from casemgr.server.demo import seed_demo
from casemgr.server.settings import Settings
from casemgr.sync.account import first_login
from casemgr.sync.engine import SyncEngine, SyncSummary
from casemgr.ui.context import AppContext
from casemgr.ui.mainwindow import MainWindow
from casemgr.ui.settings import Settings as UiSettings
from casemgr.ui.workers.sync_controller import SyncStatusKind
from tests.conftest import FAST_KDF
from tests.support.laptops import Laptop
from tests.support.live_server import LiveServer
from tests.support.network import HeldNetwork
from tests.ui.conftest import FakeMonotonic, unlock

PASSWORD = "demo-password-2026"  # amina's, on the demo organisation of casemgr.server.demo
CHILD = {"given_name": "Wanjiru", "family_name": "Mwangi", "role": "child",
         "date_of_birth": "2016-04-02"}
CASE = {"risk": "medium", "legal_basis": "consent", "consent_given_by": "Grace Mwangi"}
NOTE = "Grandmother now helps with meals"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'server.db'}",
                        key_dir=tmp_path / "server-keys", password_memory_kib=1024,
                        password_time_cost=1, dev_mode=True)
    init_db(settings)
    seed_demo(settings)
    live = LiveServer(settings)
    yield live
    live.stop()


@pytest.fixture
def network() -> HeldNetwork:
    return HeldNetwork()


@pytest.fixture
def ctx(tmp_path: Path, network: HeldNetwork, monotonic: FakeMonotonic) -> AppContext:
    """Syncs at unlock (at once); after a local write only when asked (the test decides when
    the sync runs); auto-lock after one minute of the fake idle clock."""
    data = tmp_path / "data"
    data.mkdir()
    settings = UiSettings.in_memory()
    settings.set("auto_lock_minutes", 1)
    settings.set("sync_interval_minutes", 0)
    settings.set("start_page", "cases")  # these tests begin at the case list
    return AppContext(
        data_dir=data, settings=settings, clock=SystemClock(), monotonic=monotonic,
        kdf=FAST_KDF, idle_check_ms=10, status_count_delay_ms=0,
        log_path=data / "logs" / "d.log", transport_factory=network.transport,
        auto_sync=True, sync_at_unlock_ms=0, sync_after_write_ms=3_600_000,
        sync_refresh_ms=0, live_updates=False)  # only the syncs the test starts


def bound_workspace(ctx: AppContext, server: LiveServer) -> str:
    """This laptop's server-bound workspace with one synced case, made before the app starts."""
    ws, transport = first_login(ctx.data_dir, server.url, "amina", PASSWORD, kdf=FAST_KDF)
    try:
        case_id = Casework(ws).register_family({"name": "Mwangi"}, [CHILD], CASE).value
        SyncEngine(ws, transport).sync()
        return case_id
    finally:
        ws.close()


def unlock_and_sync(qtbot: Any, window: MainWindow) -> SyncSummary:
    """Type the password; the sync at unlock runs to its end."""
    with qtbot.waitSignal(window.syncing.synced, timeout=15_000) as synced:
        unlock(qtbot, window, PASSWORD)
    return synced.args[0]  # type: ignore[no-any-return]


def write_note(qtbot: Any, window: MainWindow, case_id: str) -> None:
    """Open the case and add a note by typing and clicking; it waits in the outbox."""
    with qtbot.waitSignal(window.case_file.shown, timeout=5000):
        window.open_case(case_id)
    view = window.case_file
    qtbot.keyClicks(view.note_edit, NOTE)
    with qtbot.waitSignal(window.casework_actions.note_saved, timeout=5000):
        qtbot.mouseClick(view.add_note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.status.outbox.text() == "1 change waiting to sync")


def start_held_sync(qtbot: Any, window: MainWindow, network: HeldNetwork, path: str) -> None:
    """Ctrl+Shift+S; the sync's request to `path` waits on the network."""
    network.hold_requests(path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(network.held.is_set, timeout=10_000)
    assert window.sync_worker.running
    assert window.status.connection.text() == "Syncing…"


def open_files_of(path: Path) -> list[str]:
    """The files under `path` this process holds open (Linux: /proc/self/fd)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)):
            found.append(target)
    return found


def release_after_lock(qtbot: Any, window: MainWindow, network: HeldNetwork) -> None:
    """Release the held request: the server answers, and nothing of it reaches the UI."""
    assert window.sync_worker.running is False  # the lock let go of the sync at once
    assert window.sync_worker.attached is False
    with ExitStack() as quiet:
        for signal in (window.sync_worker.progress, window.syncing.progress,
                       window.syncing.synced, window.syncing.status_changed,
                       window.syncing.cases_removed, window.worker.changes_made,
                       window.cases.model.rowsInserted, window.cases.model.loaded,
                       window.tasks.shown, window.referrals.shown, window.case_file.shown):
            quiet.enter_context(qtbot.assertNotEmitted(signal))
        network.hold.set()
        qtbot.waitUntil(network.answered.is_set, timeout=15_000)
        # The sync job and the closing of its connection have both come back (dropped).
        qtbot.waitUntil(lambda: not window.sync_worker.busy, timeout=15_000)


def assert_locked_and_empty(window: MainWindow, data_dir: Path) -> None:
    assert window.session is None
    assert window.screens.currentWidget() is window.lock_screen
    assert window.windowTitle() == "casemgr — locked"
    assert window.status.connection.text() == "Locked"
    assert window.status.outbox.text() == ""
    assert window.syncing.status.state is SyncStatusKind.LOCKED
    for model in (window.cases.model, window.tasks.model, window.referrals.model,
                  window.case_file.notes):
        assert model.rowCount() == 0
    assert not window.message_bar.isVisible()  # the dropped sync says nothing either
    # Neither the database thread nor the sync thread holds the workspace file open.
    assert open_files_of(WorkspacePaths.for_user(data_dir, "amina").root) == []


def test_ctrl_l_while_the_push_waits_drops_the_sync_and_sends_the_change_once(
        qtbot, start_window, ctx, server, network, tmp_path):
    case_id = bound_workspace(ctx, server)
    office = Laptop(tmp_path / "office", server)
    window = start_window(ctx)
    unlock_and_sync(qtbot, window)
    assert window.syncing.status.state is SyncStatusKind.ONLINE
    assert " · synced at " in window.status.connection.text()
    office_case = office.cw.register_family({"name": "Ouma"}, [CHILD], CASE).value
    office.sync()  # waiting on the server for this laptop's next pull
    write_note(qtbot, window, case_id)

    start_held_sync(qtbot, window, network, "/sync/push")
    with qtbot.waitSignal(window.session_locked, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    release_after_lock(qtbot, window, network)
    assert_locked_and_empty(window, ctx.data_dir)
    assert "locked" in window.lock_screen.message.text()

    # The push the server answered was recorded before the sync stopped: the note is on
    # the server once...
    office.sync()
    assert office.notes(case_id) == [NOTE]

    # ...and the next unlock syncs: nothing sent again, the office's case arrives.
    network.holding = False
    summary = unlock_and_sync(qtbot, window)
    assert summary.pushed == 0
    assert window.syncing.status.state is SyncStatusKind.ONLINE
    assert window.status.connection.text().startswith("Online")
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 2)
    listed = {window.cases.model.case_id_at(r) for r in range(2)}
    assert listed == {case_id, office_case}
    qtbot.waitUntil(lambda: window.status.outbox.text() == "Nothing waiting to sync")
    office.sync()
    assert office.notes(case_id) == [NOTE]  # exactly once
    assert network.threads == {"casemgr-sync"}  # no HTTP on the UI or database thread
    office.close()


def test_auto_lock_while_the_pull_waits_drops_what_it_brings_until_unlocked(
        qtbot, start_window, ctx, server, network, tmp_path, monotonic):
    case_id = bound_workspace(ctx, server)
    office = Laptop(tmp_path / "office", server)
    window = start_window(ctx)
    unlock_and_sync(qtbot, window)
    assert window.idle.minutes == 1
    office_case = office.cw.register_family({"name": "Ouma"}, [CHILD], CASE).value
    office.sync()
    write_note(qtbot, window, case_id)

    start_held_sync(qtbot, window, network, "/sync/pull")  # the note was pushed first
    with qtbot.waitSignal(window.session_locked, timeout=5000):
        monotonic.advance(61)  # a minute without input
    release_after_lock(qtbot, window, network)  # the page with the office's case comes
    assert_locked_and_empty(window, ctx.data_dir)
    assert "locked" in window.lock_screen.message.text()
    office.sync()
    assert office.notes(case_id) == [NOTE]

    network.holding = False
    summary = unlock_and_sync(qtbot, window)
    assert summary.pushed == 0  # the note is not sent again
    assert window.syncing.status.state is SyncStatusKind.ONLINE
    assert " · synced at " in window.status.connection.text()
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 2)
    assert {window.cases.model.case_id_at(r) for r in range(2)} == {case_id, office_case}
    qtbot.waitUntil(lambda: window.status.outbox.text() == "Nothing waiting to sync")
    office.sync()
    assert office.notes(case_id) == [NOTE]
    office.close()
