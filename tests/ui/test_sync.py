"""The desktop app syncing with a real server process (tests/support/live_server) and real
encrypted workspaces: logging in from the lock screen, Sync now with its progress, an offline
edit waiting then sent, a conflict resolved by clicks, revocation, recovery, and a UI thread
that keeps running while the sync waits on the network."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel

from casemgr.app.casework import Casework
from casemgr.db.sync_store import PushOutcome, SyncStore
from casemgr.db.workspace import WorkspacePaths
from casemgr.domain.clock import FixedClock, SystemClock
from casemgr.ui.mainwindow import PreferencesDialog
from casemgr.ui.workers.sync_controller import SyncStatusKind
from tests.support.desktop import unlock
from tests.support.laptops import Laptop
from tests.support.live_server import DEMO_PASSWORD
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.synced_desktop import bound_workspace, press_sync_now, read, sync_now
from tests.support.workspaces import FAST_KDF

# -- logging in and syncing ------------------------------------------------------------------


def test_log_in_from_the_lock_screen_then_sync_now_brings_the_new_case(
        qtbot, start_window, sync_ctx, live_server, tmp_path):
    office = Laptop(tmp_path / "office", live_server)
    office_cases = {office.cw.register_family({**FAMILY, "name": f"Office{i}"}, [CHILD], CASE).value
                    for i in range(3)}
    office.sync()
    window = start_window(sync_ctx())
    screen = window.lock_screen
    assert "no workspace" in screen.heading.text()

    qtbot.mouseClick(screen.login_button, Qt.MouseButton.LeftButton)
    dialog = screen.login_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.server, live_server.url)
    qtbot.keyClicks(dialog.user, "amina")
    qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
    steps: list[tuple[str, int, int, str]] = []

    def watch_first_sync(_session: object) -> None:  # connected after the dialog's own slot
        window.syncing.progress.connect(lambda s: steps.append(
            (s.phase, s.done, s.bytes_received,
             window.first_sync.detail.text() if window.first_sync else "")))

    window.syncing.first_sync_started.connect(watch_first_sync)
    with qtbot.waitSignal(window.syncing.synced, timeout=20_000):
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.first_sync is not None, timeout=10_000)
    assert window.session is not None and window.session.server_url == live_server.url
    pulls = [s for s in steps if s[0] == "pull"]
    assert pulls and pulls[-1][1] > 0 and pulls[-1][2] > 0  # records and bytes arrived
    assert any(detail.startswith("Receiving") for *_, detail in pulls)  # shown as they came
    qtbot.waitUntil(lambda: window.first_sync is None)  # closes itself when done
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 3)
    listed = {window.cases.model.case_id_at(r) for r in range(3)}
    assert listed == office_cases
    qtbot.waitUntil(lambda: window.status.connection.text().startswith("Online"))
    qtbot.waitUntil(lambda: window.status.outbox.text() == "Nothing waiting to sync"
                    and window.status.last_sync.text().startswith("Last sync: "))

    # A case registered in the office arrives at the next "Sync now", with live progress.
    office.cw.register_family({**FAMILY, "name": "Newcomer"}, [CHILD], CASE)
    office.sync()
    seen: list[str] = []
    window.syncing.progress.connect(lambda _s: seen.append(window.status.sync_progress.text()))
    sync_now(qtbot, window)
    assert any(text.startswith("Receiving: ") and "received" in text for text in seen)
    assert not window.status.progress_bar.isVisible()  # gone once the sync is over
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 4)

    # Nothing new anywhere: a "Sync now" says so, in the status bar and the message bar.
    sync_now(qtbot, window)
    qtbot.waitUntil(lambda: window.status.connection.text().startswith("Up to date · synced"))
    assert "Up to date" in window.message_bar.text.text()
    assert "nothing to send or receive" in window.status.connection.toolTip()
    office.close()


def test_an_edit_made_offline_waits_then_syncs(qtbot, start_window, sync_ctx, live_server,
                                               network, tmp_path):
    ctx = sync_ctx()
    [case_id] = bound_workspace(ctx, live_server)
    window = start_window(ctx)
    unlock(qtbot, window, DEMO_PASSWORD)  # offline within the lease: no server needed
    assert window.windowTitle() == "casemgr — amina"
    network.up = False
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.case_file.case_id == case_id)
    view = window.case_file
    view.note_edit.setPlainText("Grandmother now helps with meals")
    with qtbot.waitSignal(window.casework_actions.note_saved, timeout=5000):
        qtbot.mouseClick(view.add_note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.status.outbox.text() == "1 change waiting to sync")
    view.show_tab("history")
    qtbot.waitUntil(lambda: "Waiting to sync (1 change)" in history_states(view))

    sync_now(qtbot, window)  # the server cannot be reached: keep working
    assert window.syncing.status.state is SyncStatusKind.OFFLINE
    assert window.status.connection.text() == "Offline · working offline"
    assert "cannot be reached" in window.message_bar.text.text()
    assert window.message_bar.isVisible()
    qtbot.waitUntil(lambda: window.status.outbox.text() == "1 change waiting to sync")

    network.up = True
    sync_now(qtbot, window)
    assert window.syncing.status.state is SyncStatusKind.ONLINE
    qtbot.waitUntil(lambda: window.status.outbox.text() == "Nothing waiting to sync")
    qtbot.waitUntil(lambda: "Waiting to sync (1 change)" not in history_states(view)
                    and any(s.startswith("Synced (revision") for s in history_states(view)))
    other = Laptop(tmp_path / "other", live_server)
    notes = [n.fields["text"] for n in other.cw.case_file(case_id).notes]
    assert notes == ["Grandmother now helps with meals"]
    other.close()


def test_a_server_that_needs_a_newer_app_stops_syncing_and_keeps_the_changes(
        qtbot, start_window, sync_ctx, live_server, monkeypatch):
    ctx = sync_ctx()
    [case_id] = bound_workspace(ctx, live_server)
    window = start_window(ctx)
    unlock(qtbot, window, DEMO_PASSWORD)
    read(qtbot, window, lambda cw: cw.add_note(case_id, "Kept until the update"))
    from casemgr.sync import protocol

    monkeypatch.setattr(protocol, "PROTOCOL_VERSION", 99)
    sync_now(qtbot, window)
    assert window.syncing.status.state is SyncStatusKind.STOPPED
    assert window.status.connection.text() == "Sync stopped: update casemgr"
    assert "changes are kept" in window.message_bar.text.text()
    assert read(qtbot, window, lambda cw: cw.store.outbox_count()) == 1
    assert not window.syncing.sync_now(by_user=False)  # no automatic retry meanwhile


def history_states(view: Any) -> set[str]:
    return {view.history.index(r, 4).data() for r in range(view.history.rowCount())}


def test_a_conflict_is_resolved_side_by_side_and_both_laptops_agree(
        qtbot, qtmodeltester, start_window, sync_ctx, live_server, tmp_path):
    ctx = sync_ctx()
    [case_id] = bound_workspace(ctx, live_server)
    other = Laptop(tmp_path / "other", live_server)
    window = start_window(ctx)
    unlock(qtbot, window, DEMO_PASSWORD)

    # The same field changed on both laptops before either synced; the other one first.
    read(qtbot, window, lambda cw: cw.edit_record(case_id, {"risk": "high"}))
    other.cw.edit_record(case_id, {"risk": "low"})
    other.sync()
    sync_now(qtbot, window)
    assert window.syncing.status.summary is not None
    assert window.syncing.status.summary.conflicts == 1
    assert "Conflicts" in window.message_bar.text.text()

    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.conflicts
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtmodeltester.check(page.model)
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert texts[1:4] == ["Case", "Risk", "low"]  # the server kept the value first there
    assert texts[5] == "high"  # ours, sent later, not applied
    assert texts[0].endswith("00001")  # the case's number
    assert not page.resolve.isEnabled()
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.resolve.isEnabled()
    qtbot.mouseClick(page.resolve, Qt.MouseButton.LeftButton)
    resolver = page.resolver
    assert resolver is not None
    assert resolver.side_views["mine"].toPlainText() == "high"
    assert resolver.side_views["theirs"].toPlainText() == "low"
    assert resolver.side_views["base"].toPlainText() == "medium"
    qtbot.mouseClick(resolver.choice_row.button("mine"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.resolved, timeout=5000):
        qtbot.mouseClick(resolver.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)

    sync_now(qtbot, window)
    other.sync()
    assert other.ws.store.require(case_id).fields["risk"] == "high"
    mine = read(qtbot, window, lambda cw: {r[0]: (r[1], r[2]) for r in cw.ws.conn.execute(
        "SELECT id, type, fields FROM records WHERE deleted = 0")})
    assert mine == other.rows()  # record for record, the conflict record included
    assert other.cw.open_conflicts() == []
    other.close()


def test_revocation_wipes_the_workspace_and_returns_to_the_lock_screen(
        qtbot, start_window, sync_ctx, live_server):
    ctx = sync_ctx()
    bound_workspace(ctx, live_server)
    window = start_window(ctx)
    unlock(qtbot, window, DEMO_PASSWORD)
    assert window.session is not None
    device_id = window.session.device_id
    from casemgr.server.accounts import revoke_device

    engine = sa.create_engine(live_server.settings.database_url)
    with engine.begin() as conn:
        revoke_device(conn, device_id, "admin", SystemClock().now_ms())
    engine.dispose()
    with qtbot.waitSignal(window.session_locked, timeout=15_000):
        press_sync_now(qtbot, window)
    assert window.screens.currentWidget() is window.lock_screen
    assert "revoked" in window.lock_screen.message.text()
    assert window.cases.model.rowCount() == 0
    root = WorkspacePaths.for_user(ctx.data_dir, "amina").root
    qtbot.waitUntil(lambda: not any(p.is_file() for p in root.rglob("*")) if root.exists()
                    else True)
    qtbot.waitUntil(lambda: window.lock_screen.profile.count() == 0)


def test_the_ui_thread_runs_on_while_the_sync_waits_on_the_network(
        qtbot, start_window, sync_ctx, live_server, network):
    ctx = sync_ctx()
    [case_id] = bound_workspace(ctx, live_server)
    window = start_window(ctx)
    unlock(qtbot, window, DEMO_PASSWORD)
    network.hold_requests()
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    try:
        press_sync_now(qtbot, window)
        qtbot.waitUntil(network.held.is_set)
        assert window.sync_worker.running
        assert window.status.connection.text() == "Syncing…"
        assert "Syncing" not in window.status.sync_progress.text()  # said once, not twice
        timer.start()
        qtbot.waitUntil(lambda: len(ticks) >= 20)  # the main thread's timers keep firing
        # ...and the database worker answers: its connection is not the sync's.
        opened = read(qtbot, window, lambda cw: cw.case_file(case_id).case.id)
        assert opened == case_id
        assert window.sync_worker.running  # the sync is still waiting on the network
    finally:
        timer.stop()
        network.hold.set()
    qtbot.waitUntil(lambda: not window.sync_worker.running, timeout=15_000)
    assert window.syncing.status.state is SyncStatusKind.ONLINE
    assert network.threads == {"casemgr-sync"}  # no HTTP on the UI (or database) thread


def test_the_sync_page_shows_refused_changes_with_their_values_and_the_lease(
        qtbot, qtmodeltester, start_window, sync_ctx, live_server):
    ctx = sync_ctx()
    [case_id] = bound_workspace(ctx, live_server)
    # A note the server refused (an answer as the server gives it; the refusal itself is
    # tested end to end in tests/e2e/test_sync.py).
    from casemgr.db.workspace import unlock_workspace

    ws = unlock_workspace(ctx.data_dir, "amina", DEMO_PASSWORD, kdf_policy=FAST_KDF)
    try:
        Casework(ws).add_note(case_id, "Written after the case was reassigned")
        [op] = ws.store.outbox()
        SyncStore(ws).apply_push_results([op], [PushOutcome(
            op.client_seq, op.op_id, "rejected", 0, "The case is no longer assigned to you.")])
    finally:
        ws.close()
    window = start_window(ctx)
    unlock(qtbot, window, DEMO_PASSWORD)
    window.show_page("sync")
    page = window.sync
    qtbot.waitUntil(lambda: page.refused.rowCount() == 1)
    qtmodeltester.check(page.refused)
    qtmodeltester.check(page.model)
    row = [page.refused.index(0, c).data() for c in range(page.refused.columnCount())]
    assert row[2:] == ["Note", "Added", "Note: Written after the case was reassigned",
                       "The case is no longer assigned to you."]
    assert page.tabs.tabText(1) == "Refused by the server (1)"
    assert page.lease.text().startswith("Offline use allowed until ")
    assert "(in 13 days)" in page.lease.text() or "(in 14 days)" in page.lease.text()
    assert live_server.url in page.state.text()


# -- unlocking a server-bound workspace --------------------------------------------------------


def test_past_the_lease_without_the_server_the_unlock_says_what_to_do(
        qtbot, start_window, sync_ctx, live_server, network):
    ctx = sync_ctx()
    bound_workspace(ctx, live_server)
    later = FixedClock(SystemClock().now_ms() + 15 * 86_400_000)
    network.up = False
    window = start_window(sync_ctx(clock=later))
    screen = window.lock_screen
    qtbot.keyClicks(screen.password, DEMO_PASSWORD)
    with qtbot.waitSignal(screen.unlock_failed, timeout=10_000) as failed:
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert "needs the server" in failed.args[0]
    assert "Connect this computer to the network" in failed.args[0]
    assert window.session is None


def test_a_locked_out_workspace_is_recovered_with_the_server(qtbot, start_window, sync_ctx,
                                                             live_server):
    ctx = sync_ctx()
    [case_id] = bound_workspace(ctx, live_server)
    WorkspacePaths.for_user(ctx.data_dir, "amina").key.unlink()  # as after ten failures
    window = start_window(ctx)
    screen = window.lock_screen
    qtbot.keyClicks(screen.password, DEMO_PASSWORD)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.recover_button.isVisible())
    assert "too many failed attempts" in screen.message.text()
    qtbot.mouseClick(screen.recover_button, Qt.MouseButton.LeftButton)
    dialog = screen.recover_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.server_password, DEMO_PASSWORD)
    qtbot.keyClicks(dialog.new_password, "a new password 1")
    qtbot.keyClicks(dialog.repeat, "a new password 1")
    with qtbot.waitSignal(window.settled, timeout=10_000,
                          check_params_cb=lambda what: what == "cases"):
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert window.cases.model.case_id_at(0) == case_id  # nothing lost
    window.lock()
    unlock(qtbot, window, "a new password 1")


def test_the_demo_title_says_so(qtbot, start_window, sync_ctx, live_server):
    ctx = sync_ctx(demo=True)
    bound_workspace(ctx, live_server)
    window = start_window(ctx)
    unlock(qtbot, window, DEMO_PASSWORD)
    assert "demo" in window.windowTitle()


def test_no_second_connection_without_an_open_workspace(workspace):
    workspace.close()
    with pytest.raises(Exception, match="not open"):
        workspace.open_second_connection()


def test_the_second_connection_sees_what_the_first_commits(workspace):
    from tests.support.workspaces import add_case

    other = workspace.open_second_connection()
    try:
        case_id = add_case(workspace)
        assert other.store.find_case(case_id).id == case_id
        assert other.hlc is workspace.hlc
        assert other.store.outbox_count() == workspace.store.outbox_count() > 0
    finally:
        other.close()


def test_quick_local_edits_are_synced_together_shortly_after(qtbot, start_window, sync_ctx,
                                                             live_server):
    ctx = sync_ctx(auto_sync=True, sync_at_unlock_ms=0, sync_after_write_ms=300)
    [case_id] = bound_workspace(ctx, live_server)
    window = start_window(ctx)
    with qtbot.waitSignal(window.syncing.synced, timeout=15_000):  # the sync at unlock
        unlock(qtbot, window, DEMO_PASSWORD)
    syncs: list[object] = []
    window.syncing.synced.connect(syncs.append)
    for text in ("First", "Second", "Third"):
        window.worker.run(lambda cw, t=text: cw.add_note(case_id, t))
    qtbot.waitUntil(lambda: len(syncs) == 1, timeout=15_000)
    assert syncs[0].pushed == 3  # one sync for the three edits
    qtbot.waitUntil(lambda: window.status.outbox.text() == "Nothing waiting to sync")
    with qtbot.assertNotEmitted(window.syncing.synced, wait=500):
        pass  # nothing else is pending: no further sync
    assert window.syncing.interval_ms == 5 * 60_000  # and every 5 minutes from now on

    # The interval is a preference (0: only when asked and after changes).
    window.open_preferences()
    dialog = window.findChild(PreferencesDialog, "preferences")
    dialog.sync_interval.setValue(0)
    dialog.accept()
    assert window.syncing.interval_ms == 0
    assert ctx.settings.get("sync_interval_minutes") == 0
    window.lock()
    assert window.syncing.interval_ms == 0


def test_a_case_reassigned_elsewhere_leaves_the_list_and_its_open_file(
        qtbot, start_window, sync_ctx, live_server, tmp_path):
    ctx = sync_ctx()
    kept, moved = bound_workspace(ctx, live_server, cases=2)
    window = start_window(ctx)
    unlock(qtbot, window, DEMO_PASSWORD)
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 2)
    window.open_case(moved)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.case_file)
    sam = Laptop(tmp_path / "sam", live_server, "sam")  # amina's supervisor
    sam.cw.reassign_case(moved, "brian")
    sam.sync()
    removed: list[object] = []
    window.syncing.cases_removed.connect(removed.append)
    sync_now(qtbot, window)
    assert removed == [frozenset({moved})]
    assert window.pages.currentWidget() is window.cases
    assert "no longer assigned to you" in window.message_bar.text.text()
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 1)
    assert window.cases.model.case_id_at(0) == kept
    sam.close()


def test_the_login_dialog_refuses_plain_http_to_another_computer_and_says_why(
        qtbot, start_window, sync_ctx, tmp_path):
    window = start_window(sync_ctx())
    screen = window.lock_screen
    qtbot.mouseClick(screen.login_button, Qt.MouseButton.LeftButton)
    dialog = screen.login_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.server, "http://10.20.30.40:8765")
    qtbot.keyClicks(dialog.user, "amina")
    qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
    with qtbot.assertNotEmitted(window.worker.busy_changed):
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "serverError")
    assert error.isVisible() and "https://" in error.text() and "network" in error.text()
    assert dialog.isVisible() and dialog.submit_button.isEnabled()
    assert not list(tmp_path.rglob("workspace.json"))  # nothing was created


def test_a_server_pin_that_is_not_a_sha256_is_refused_in_the_dialog(
        qtbot, start_window, sync_ctx, live_server):
    window = start_window(sync_ctx())
    qtbot.mouseClick(window.lock_screen.login_button, Qt.MouseButton.LeftButton)
    dialog = window.lock_screen.login_dialog
    qtbot.keyClicks(dialog.server, live_server.url)
    qtbot.keyClicks(dialog.user, "amina")
    qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
    qtbot.keyClicks(dialog.server_pin, "not-a-pin")
    with qtbot.assertNotEmitted(window.worker.busy_changed):
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "serverPinError")
    assert error.isVisible() and "SHA-256" in error.text()
