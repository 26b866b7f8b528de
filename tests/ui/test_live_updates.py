"""Live updates in the desktop app (issue 13, item 4): sam's laptop, online, shows a case
amina registers on hers without anyone pressing Sync, and without a timer: the app waits on
the server for news (casemgr.sync.live) and syncs when there is some."""

from __future__ import annotations

from tests.support.desktop import unlock
from tests.support.live_server import DEMO_PASSWORD
from tests.support.synced_desktop import bound_workspace, read

NEWS_WITHIN_MS = 10_000  # far less than a wait lasts (25 s) and no interval sync is set


def test_a_case_registered_elsewhere_appears_without_a_sync_by_hand(
        qtbot, start_window, sync_ctx, live_server, tmp_path):
    ctx = sync_ctx(auto_sync=True, live_updates=True, sync_at_unlock_ms=0)
    ctx.settings.set("sync_interval_minutes", 0)  # no timer: only news can start a sync
    bound_workspace(ctx, live_server, cases=0, user="sam")
    window = start_window(ctx)
    with qtbot.waitSignal(window.syncing.synced, timeout=15_000):  # the sync at unlock
        unlock(qtbot, window, DEMO_PASSWORD)

    amina_ctx = sync_ctx(data_dir=tmp_path / "amina-laptop")
    assert window.syncing.live is not None  # waiting for news
    [case_id] = bound_workspace(amina_ctx, live_server, cases=1, user="amina")

    with qtbot.waitSignal(window.syncing.synced, timeout=NEWS_WITHIN_MS):
        pass  # the app syncs by itself
    assert read(qtbot, window, lambda cw: cw.store.get(case_id)) is not None
    assert window.syncing.interval_ms == 0

    window.lock()  # locking stops the waiting
    assert window.syncing.live is None
