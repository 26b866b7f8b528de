"""`casemgr --self-test`: does this installation work? For a desktop bundle (packaging/) and
for whoever installs one, on any machine, without touching anyone's data.

In a temporary folder, removed afterwards: it creates an encrypted workspace (the real key
derivation), registers a synthetic family and case through the use cases, checks that the
database file on the disk is encrypted (no SQLite header, not one of the family's words in
it), unlocks it again and reads the case back; then starts the desktop app on it, unlocks it
from the lock screen, finds the case in My cases, renders the main window, and draws a chart
with matplotlib on its Qt canvas. Each step prints one line; the first that fails stops it
with exit status 1 and says which step and why (never a value of the case: there is none but
the synthetic one). Qt runs offscreen unless QT_QPA_PLATFORM says otherwise
(`QT_QPA_PLATFORM=xcb casemgr --self-test` tries the window system's plugin).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from casemgr.app.selftest import (
    FAMILY,
    USER,
    SelfTestFailed,
    check_encrypted,
    read_case,
    write_case,
)

WAIT_S = 60.0  # for the app to unlock and list the case: far beyond a slow laptop's


def run_self_test(out: TextIO = sys.stdout) -> int:
    """Run every step; 0 when all pass, 1 at the first that fails."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    step = "starting"
    try:
        with tempfile.TemporaryDirectory(prefix="casemgr-self-test-") as tmp:
            data_dir = Path(tmp)
            password = os.urandom(12).hex()
            for step, check in _steps(data_dir, password):
                began = time.monotonic()
                detail = check()
                print(f"ok   {step} ({(time.monotonic() - began) * 1000:.0f} ms)"
                      + (f": {detail}" if detail else ""), file=out, flush=True)
    except Exception as exc:  # every failure is reported, as what failed and where
        if not isinstance(exc, SelfTestFailed):  # the data is synthetic: all of it may show
            traceback.print_exc()
        print(f"FAIL {step}: {exc}" if isinstance(exc, SelfTestFailed) else
              f"FAIL {step}: {type(exc).__name__}: {exc}", file=out, flush=True)
        return 1
    print(f"self-test passed in {time.monotonic() - started:.1f} s", file=out, flush=True)
    return 0


def _steps(data_dir: Path, password: str) -> Iterator[tuple[str, Callable[[], str]]]:
    found: dict[str, str] = {}
    yield "encrypted workspace created, case written", lambda: _write(data_dir, password,
                                                                        found)
    yield "workspace file is encrypted", lambda: _encrypted_on_disk(data_dir)
    yield "workspace unlocked again, case read back", lambda: _read(data_dir, password,
                                                                      found["case_id"])
    yield "desktop app unlocked and listed the case", lambda: _desktop(data_dir, password)
    yield "chart drawn on a Qt canvas", _chart
    yield "interface languages load", _languages


def _write(data_dir: Path, password: str, found: dict[str, str]) -> str:
    found["case_id"], forms = write_case(data_dir, password)
    return f"{forms} shipped forms"


def _encrypted_on_disk(data_dir: Path) -> str:
    return f"{check_encrypted(data_dir)} files checked"


def _read(data_dir: Path, password: str, case_id: str) -> str:
    read_case(data_dir, password, case_id)
    return "integrity and audit chain checked"


def _desktop(data_dir: Path, password: str) -> str:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from casemgr.ui.context import AppContext
    from casemgr.ui.logs import DesktopLog
    from casemgr.ui.main import build_app
    from casemgr.ui.settings import Settings
    from casemgr.ui.widgets.icon import ICON_SIZES, app_icon

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    if len(app_icon().availableSizes()) != len(ICON_SIZES):
        raise SelfTestFailed("the application's icons are not all there")
    log_path = data_dir / "logs" / "casemgr-desktop.log"
    log = DesktopLog(log_path)  # Qt's messages go there, shown only if the step fails
    ctx = AppContext(data_dir=data_dir, settings=Settings.in_memory(), auto_sync=False,
                     log_path=log_path)
    window, worker = build_app(ctx, app)
    outcome: dict[str, str] = {}

    def settled(screen: str) -> None:
        if screen == "lock":
            window.lock_screen.select_profile(USER)
            window.lock_screen.unlock_with(USER, password)
        elif screen in ("today", "cases") and "listed" not in outcome:
            window.show_page("cases")
            model = window.cases.model
            model.loaded.connect(check_rows)
            check_rows()

    def check_rows() -> None:
        model = window.cases.model
        cells = {str(model.index(r, c).data()) for r in range(model.rowCount())
                 for c in range(model.columnCount())}
        if FAMILY["name"] in cells and "listed" not in outcome:
            outcome["listed"] = "yes"
            app.processEvents()
            image = window.grab().toImage()
            outcome["render"] = f"{image.width()}x{image.height()}" if not image.isNull() else ""
            app.quit()

    def failed(message: str) -> None:
        outcome["error"] = "unlock failed on the lock screen"
        del message  # it may name the user; the step says enough
        app.quit()

    window.settled.connect(settled)
    window.lock_screen.unlock_failed.connect(failed)
    timer = QTimer(singleShot=True, interval=int(WAIT_S * 1000))
    timer.timeout.connect(lambda: (outcome.setdefault("error", "timed out"), app.quit()))
    try:
        window.resize(1366, 768)
        window.show()
        timer.start()
        app.exec()
    finally:
        timer.stop()
        window.close()
        worker.shutdown()
        log.close()
    if "error" in outcome:
        sys.stderr.write(log_path.read_text(encoding="utf-8") if log_path.exists() else "")
        raise SelfTestFailed(outcome["error"])
    if not outcome.get("render"):
        raise SelfTestFailed("the main window rendered nothing")
    return f"main window rendered at {outcome['render']} on Qt's " \
           f"{app.platformName()} platform"


def _languages() -> str:
    from PySide6.QtCore import QTranslator

    from casemgr.ui.i18n import LANGUAGES, SOURCE_LANGUAGE, TRANSLATIONS_DIR

    loaded = []
    for language in LANGUAGES:
        if language.code == SOURCE_LANGUAGE:
            continue
        translator = QTranslator()
        if not translator.load(str(TRANSLATIONS_DIR / f"casemgr_{language.code}.qm")) \
                or not translator.translate("", "Preferences"):
            raise SelfTestFailed(f"the {language.native_name} translation does not load")
        loaded.append(language.code)
    return ", ".join(loaded)


def _chart() -> str:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(3, 2), dpi=100)
    figure.add_subplot().bar(["low", "medium", "high"], [3, 5, 2])
    canvas = FigureCanvasQTAgg(figure)
    canvas.draw()
    width, height = canvas.get_width_height()
    if width <= 0 or height <= 0:
        raise SelfTestFailed("matplotlib drew nothing")
    canvas.deleteLater()
    return f"{width}x{height}"


__all__ = ["run_self_test"]
