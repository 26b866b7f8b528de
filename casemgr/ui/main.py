"""Starting the desktop app: `casemgr [--data-dir DIR] [--user U] [--demo] [--screenshot PNG]`.

The GUI asks for the password on its lock screen; it never reads CASEMGR_PASSWORD, except in a
`--screenshot` run, which unlocks with it (if set) to render the main window and exits.
`--demo` starts a local demo server (a child process, stopped when the app quits) and signs
in as its caseworker "amina": the first time it logs in, syncs, seeds synthetic cases and
syncs them; afterwards it unlocks her workspace like any other.
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

    from casemgr.app.casework import Casework
    from casemgr.demo.launcher import DemoServer
    from casemgr.sync.engine import SyncSummary
    from casemgr.ui.context import AppContext
    from casemgr.ui.mainwindow import MainWindow
    from casemgr.ui.workers.db import DbWorker

SCREENSHOT_TIMEOUT_MS = 60_000
DEMO_SCREENSHOT_TIMEOUT_MS = 240_000  # the first demo start logs in, seeds and syncs


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

    from casemgr.db.keystore import system_keystore
    from casemgr.paths import default_log_dir
    from casemgr.ui.context import AppContext
    from casemgr.ui.i18n import install_language, system_language
    from casemgr.ui.logs import DesktopLog
    from casemgr.ui.settings import Settings
    from casemgr.ui.widgets.icon import DESKTOP_ID, app_icon

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("casemgr")
    app.setApplicationDisplayName("casemgr")
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    data_dir = Path(args.data_dir)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    settings = Settings.load(data_dir) if not args.screenshot else Settings.in_memory()
    language = getattr(args, "language", None) or settings.get("language") or system_language()
    install_language(app, language)  # before any window is built
    log_path = default_log_dir(data_dir) / "casemgr-desktop.log"
    log = DesktopLog(log_path)
    ctx = AppContext(data_dir=data_dir, settings=settings,
                     keystore=system_keystore() if not args.screenshot else None,
                     log_path=log_path, demo=bool(getattr(args, "demo", False)))
    window, worker = build_app(ctx, app)
    demo = _demo_server(data_dir) if ctx.demo else None
    previous_hook = sys.excepthook
    sys.excepthook = _bug_hook(window)
    try:
        if args.screenshot:
            return _screenshot(app, window, ctx, args, demo)
        window.show()
        _start(window, ctx, args.user, password=None, demo=demo)
        return int(app.exec())
    finally:
        sys.excepthook = previous_hook
        worker.shutdown()  # the sync thread stops first
        log.close()
        if demo is not None and demo.proc is not None:
            demo.stop()
            print(f"casemgr: demo server stopped (process {demo.proc.pid})", file=sys.stderr)


def _demo_server(data_dir: Path) -> DemoServer:
    from casemgr.demo.launcher import DemoServer

    return DemoServer(data_dir)


def build_app(ctx: AppContext, app: QApplication) -> tuple[MainWindow, DbWorker]:
    """The database worker and the main window on it (also used by tests and benchmarks)."""
    from casemgr.ui.mainwindow import MainWindow
    from casemgr.ui.workers.db import DbWorker

    worker = DbWorker(ctx.casework_factory)
    window = MainWindow(ctx, worker, app)
    return window, worker


def _start(window: MainWindow, ctx: AppContext, user: str | None, password: str | None,
           *, demo: DemoServer | None = None,
           demo_ready: Callable[[], None] | None = None) -> None:
    """Preselect `--user` and unlock with `password`; or start the demo."""
    screen = window.lock_screen
    if demo is not None:
        start_demo(window, ctx, demo, demo_ready)
        return
    if user:
        screen.select_profile(user)
    if password is not None:
        chosen = user or screen.current_user() or str(ctx.settings.get("last_profile"))
        if chosen:
            screen.unlock_with(chosen, password)


def start_demo(window: MainWindow, ctx: AppContext, demo: DemoServer,
               ready: Callable[[], None] | None = None) -> None:
    """Start the demo server off the UI thread, then log in as its caseworker (or unlock her
    workspace); the first time, seed her cases, sync them, let the demo supervisor decide
    the requests of theirs that are due (from his own workspace here, through the server)
    and sync again. `ready` runs once her cases are synced or when the demo cannot go on."""
    from casemgr.app import workspaces
    from casemgr.db.store import CaseQuery
    from casemgr.demo.seed import seed_demo, supervise_on_server
    from casemgr.ui.context import DEMO_CASES, DEMO_PASSWORD, DEMO_USER
    from casemgr.ui.i18n import tr
    from casemgr.ui.workers.sync_controller import SyncStatus, SyncStatusKind

    screen = window.lock_screen
    screen.show_notice(tr("Starting the local demo server…"))
    state = {"stage": "first sync", "ready": False}

    def finish() -> None:
        if not state["ready"]:
            state["ready"] = True
            if ready is not None:
                ready()

    def seed_if_empty(cw: Casework) -> int:
        """Her cases, once: a demo workspace that already has cases is left as it is."""
        if cw.count_cases(CaseQuery()):
            return 0
        return seed_demo(cw, DEMO_CASES).cases

    def seeded(count: int) -> None:
        if count and window.syncing.sync_now(by_user=False):
            state["stage"] = "sync of the seeded cases"
        else:
            finish()

    def supervise() -> int:
        return supervise_on_server(ctx.data_dir, demo.url, DEMO_PASSWORD, clock=ctx.clock,
                                   kdf=ctx.kdf, transport_factory=demo.transport_factory(),
                                   keystore=ctx.keystore)

    def decided(count: int) -> None:
        if count and window.syncing.sync_now(by_user=False):
            state["stage"] = "sync of the decisions"
        else:
            finish()

    def not_decided(exc: BaseException) -> None:
        # Her cases are there; only the supervisor's decisions are missing.
        print(f"casemgr: the demo supervisor could not decide: {exc}", file=sys.stderr)
        finish()

    def synced(_summary: SyncSummary) -> None:
        if state["stage"] == "first sync":
            state["stage"] = "seeding"
            window.worker.run(seed_if_empty, seeded, window.reporter.report)
        elif state["stage"] == "sync of the seeded cases":
            state["stage"] = "supervisor"
            window.sync_worker.call(supervise, decided, not_decided)
        elif state["stage"] == "sync of the decisions":
            finish()

    def status(now: SyncStatus) -> None:
        if now.state in (SyncStatusKind.OFFLINE, SyncStatusKind.FAILED, SyncStatusKind.STOPPED):
            finish()

    def started(url: str) -> None:
        pid = demo.proc.pid if demo.proc is not None else 0
        print(f"casemgr: demo server at {url} (process {pid})", file=sys.stderr)
        ctx.transport_factory = demo.transport_factory()
        window.syncing.synced.connect(synced)
        window.syncing.status_changed.connect(status)
        screen.unlock_failed.connect(lambda _message: finish())
        if workspaces.exists(ctx.data_dir, DEMO_USER):
            screen.select_profile(DEMO_USER)
            screen.unlock_with(DEMO_USER, DEMO_PASSWORD)
        else:
            screen.login_with(url, DEMO_USER, DEMO_PASSWORD)

    def failed(exc: BaseException) -> None:
        screen.show_notice(tr("The demo server could not start: {exc}").format(exc=exc))
        print(f"casemgr: the demo server could not start: {exc}", file=sys.stderr)
        finish()

    window.sync_worker.call(demo.start, started, failed)


def _screenshot(app: QApplication, window: MainWindow, ctx: AppContext,
                args: argparse.Namespace, demo: DemoServer | None = None) -> int:
    """Render the main window to a PNG once its screen has its data, then exit."""
    from PySide6.QtCore import QTimer

    from casemgr.app.workspaces import list_profiles

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

    if demo is not None:
        def after_queued_reads() -> None:
            # The status bar's recount is queued; painting then asks for the visible rows.
            app.processEvents()
            window.worker.call(lambda: None, lambda _none: save())

        _start(window, ctx, None, None, demo=demo,
               demo_ready=lambda: window.worker.call(lambda: None,
                                                     lambda _none: after_queued_reads()))
        QTimer.singleShot(DEMO_SCREENSHOT_TIMEOUT_MS, save)
        app.exec()
        return outcome["code"]
    wants_unlock = password is not None and (
        args.user or ctx.settings.get("last_profile") or len(list_profiles(ctx.data_dir)) == 1)
    if wants_unlock:
        window.settled.connect(lambda screen: save() if screen in ("today", "cases") else None)
        window.lock_screen.unlock_failed.connect(failed_unlock)
        user = args.user
        if not user:
            profiles = list_profiles(ctx.data_dir)
            user = profiles[0].user if len(profiles) == 1 else None
        _start(window, ctx, user, password)
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
