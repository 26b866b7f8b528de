"""The desktop app against a real server process: its context with a network the test can
hold, a server-bound workspace made before the app starts, "Sync now" pressed and waited
for, and reads through the app's own database worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casemgr.app.casework import Casework
from casemgr.domain.clock import SystemClock
from casemgr.sync.account import first_login
from casemgr.sync.engine import SyncEngine
from casemgr.ui.context import AppContext
from casemgr.ui.mainwindow import MainWindow
from casemgr.ui.settings import Settings
from tests.support.live_server import DEMO_PASSWORD, LiveServer
from tests.support.network import HeldNetwork
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.workspaces import FAST_KDF


def sync_context(root: Path, network: HeldNetwork, **overrides: Any) -> AppContext:
    """The app on `root/data`, syncing only when asked (no live updates either, unless
    overridden), beginning at the case list."""
    data = root / "data"
    data.mkdir(exist_ok=True)
    settings = Settings.in_memory()
    settings.set("start_page", "cases")  # these tests begin at the case list
    values: dict[str, Any] = dict(
        data_dir=data, settings=settings, clock=SystemClock(), kdf=FAST_KDF,
        idle_check_ms=60_000, status_count_delay_ms=0, log_path=data / "logs" / "d.log",
        transport_factory=network.transport, auto_sync=False, sync_refresh_ms=0,
        live_updates=False)
    values.update(overrides)
    return AppContext(**values)


def bound_workspace(ctx: AppContext, server: LiveServer, cases: int = 1,
                    user: str = "amina") -> list[str]:
    """This laptop's server-bound workspace of `user`, made headless before the app starts,
    with `cases` new cases synced."""
    ws, transport = first_login(ctx.data_dir, server.url, user, DEMO_PASSWORD, kdf=FAST_KDF)
    try:
        cw = Casework(ws)
        ids = [cw.register_family({**FAMILY, "name": f"Family{i}"}, [CHILD], CASE).value
               for i in range(cases)]
        SyncEngine(ws, transport).sync()
        return ids
    finally:
        ws.close()


def press_sync_now(qtbot: Any, window: MainWindow) -> None:
    """Ctrl+Shift+S, as a caseworker would (the window active, as after a dialog closed)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)


def sync_now(qtbot: Any, window: MainWindow, *, timeout: int = 15_000) -> None:
    """Press Ctrl+Shift+S and wait until the sync is over (whatever its outcome)."""
    with qtbot.waitSignal(window.sync_worker.running_changed, timeout=timeout,
                          check_params_cb=lambda running: running == 0):
        press_sync_now(qtbot, window)


def read(qtbot: Any, window: MainWindow, func: Callable[[Casework], Any]) -> Any:
    """Read through the app's database worker (never on the UI thread)."""
    box: list[Any] = []
    window.worker.run(func, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=5000)
    return box[0]


__all__ = ["bound_workspace", "press_sync_now", "read", "sync_context",
           "sync_now"]
