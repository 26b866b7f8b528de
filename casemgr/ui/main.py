"""Starting the desktop app: `casemgr [--data-dir DIR] [--user U] [--demo] [--screenshot PNG]`.

The GUI asks for the password on its lock screen; it never reads CASEMGR_PASSWORD, except in a
`--screenshot` run, which unlocks with it (if set) to render the main window and exits.
`--demo` creates (once) an offline demo workspace "demo" with synthetic cases and opens it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from casemgr.ui.context import AppContext
    from casemgr.ui.mainwindow import MainWindow
    from casemgr.ui.worker import DbWorker

SCREENSHOT_TIMEOUT_MS = 60_000


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") in ("offscreen", "minimal", "vnc"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) \
        or sys.platform in ("win32", "darwin")


def run_app(args: argparse.Namespace) -> int:
    if not has_display() and not args.screenshot:
        print("casemgr: no display here. Use the command line (`casemgr --help`), run under "
              "xvfb-run, or set QT_QPA_PLATFORM=offscreen with --screenshot.", file=sys.stderr)
        return 0
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from casemgr.ui.context import AppContext
    from casemgr.ui.settings import Settings

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("casemgr")
    app.setApplicationDisplayName("casemgr")
    data_dir = Path(args.data_dir)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    settings = Settings.load(data_dir) if not args.screenshot else Settings.in_memory()
    ctx = AppContext(data_dir=data_dir, settings=settings,
                     log_path=data_dir / "logs" / "casemgr-desktop.log",
                     demo=bool(getattr(args, "demo", False)))
    window, worker = build_app(ctx, app)
    previous_hook = sys.excepthook
    sys.excepthook = _bug_hook(window)
    try:
        if args.screenshot:
            return _screenshot(app, window, ctx, args)
        window.show()
        _start(window, ctx, args.user, password=None)
        return int(app.exec())
    finally:
        sys.excepthook = previous_hook
        worker.shutdown()


def build_app(ctx: AppContext, app: QApplication) -> tuple[MainWindow, DbWorker]:
    """The database worker and the main window on it (also used by tests and benchmarks)."""
    from casemgr.ui.mainwindow import MainWindow
    from casemgr.ui.worker import DbWorker

    worker = DbWorker(ctx.casework_factory)
    window = MainWindow(ctx, worker, app)
    return window, worker


def _start(window: MainWindow, ctx: AppContext, user: str | None, password: str | None
           ) -> None:
    """Preselect `--user`; open the demo (creating it first) or unlock with `password`."""
    from casemgr.app.demo import seed_demo
    from casemgr.db.workspace import WorkspacePaths
    from casemgr.ui.context import DEMO_CASES, DEMO_PASSWORD, DEMO_USER

    screen = window.lock_screen
    if ctx.demo:
        if WorkspacePaths.for_user(ctx.data_dir, DEMO_USER).meta.exists():
            screen.select_profile(DEMO_USER)
            screen.unlock_with(DEMO_USER, DEMO_PASSWORD)
        else:
            screen.create_demo(DEMO_USER, DEMO_PASSWORD,
                               lambda cw: seed_demo(cw, DEMO_CASES))
        return
    if user:
        screen.select_profile(user)
    if password is not None:
        chosen = user or screen.current_user() or str(ctx.settings.get("last_profile"))
        if chosen:
            screen.unlock_with(chosen, password)


def _screenshot(app: QApplication, window: MainWindow, ctx: AppContext,
                args: argparse.Namespace) -> int:
    """Render the main window to a PNG once its screen has its data, then exit."""
    from PySide6.QtCore import QTimer

    from casemgr.ui.worker import list_profiles

    password = os.environ.get("CASEMGR_PASSWORD")
    outcome = {"code": 0}
    window.resize(1280, 800)
    window.show()

    def save(_screen: str = "") -> None:
        app.processEvents()
        ok = window.grab().save(args.screenshot, "PNG")
        if not ok:
            print(f"casemgr: could not write {args.screenshot}", file=sys.stderr)
            outcome["code"] = 1
        app.quit()

    def failed_unlock(message: str) -> None:
        print(f"casemgr: {message}", file=sys.stderr)
        outcome["code"] = 3
        save()

    wants_unlock = ctx.demo or (password is not None and (
        args.user or ctx.settings.get("last_profile") or len(list_profiles(ctx.data_dir)) == 1))
    if wants_unlock:
        window.settled.connect(lambda screen: save() if screen == "cases" else None)
        window.lock_screen.unlock_failed.connect(failed_unlock)
        user = args.user
        if not user and not ctx.demo:
            profiles = list_profiles(ctx.data_dir)
            user = profiles[0].user if len(profiles) == 1 else None
        _start(window, ctx, user, password if not ctx.demo else None)
    else:
        window.settled.connect(lambda screen: save() if screen == "lock" else None)
        if args.user:
            window.lock_screen.select_profile(args.user)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, save)
    app.exec()
    return outcome["code"]


def _bug_hook(window: MainWindow
              ) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """An uncaught exception in a slot: a crash dialog and a log line, never case data."""
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc = exc.with_traceback(tb)
        window.reporter.report_bug(exc, "the desktop app")
        print(f"casemgr: internal error {kind.__name__}; see "
              f"{window.reporter.log_path}", file=sys.stderr)

    return hook


__all__ = ["build_app", "has_display", "run_app"]
