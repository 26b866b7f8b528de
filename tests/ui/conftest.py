"""Fixtures for the desktop app's tests: a real encrypted workspace with synthetic cases, the
main window on a real database worker, and clocks the tests move by hand."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from casemgr.app.casework import Casework
from casemgr.db.workspace import create_workspace
from casemgr.demo.seed import seed_demo
from casemgr.domain.clock import FixedClock
from casemgr.ui.context import AppContext
from casemgr.ui.main import build_app
from casemgr.ui.mainwindow import MainWindow
from casemgr.ui.settings import Settings
from casemgr.ui.workers.db import DbWorker
from tests.conftest import FAST_KDF, PASSWORD, add_case

USER = "amina"
SEEDED_CASES = 24


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform cannot pass size hints to a window system; harmless here.
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(
                "This plugin does not support propagateSizeHints"))


class FakeMonotonic:
    """A monotonic clock for idle time and countdowns that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def monotonic() -> FakeMonotonic:
    return FakeMonotonic()


def make_workspace(data_dir: Path, clock: FixedClock, user: str = USER, *,
                   cases: int = SEEDED_CASES, role: str = "caseworker",
                   teams: str = "north") -> None:
    """A closed workspace with `cases` synthetic cases and one case we know by name."""
    ws = create_workspace(data_dir, user, PASSWORD, clock=clock, kdf=FAST_KDF,
                          profile={"role": role, "teams": teams})
    try:
        cw = Casework(ws)
        if cases:
            seed_demo(cw, cases, seed=3)
        add_case(ws, family="Zzyzx", child="Quillon", note="school visit planned",
                 risk="high")
    finally:
        ws.close()


@pytest.fixture
def seeded_dir(data_dir: Path, clock: FixedClock) -> Path:
    make_workspace(data_dir, clock)
    return data_dir


@pytest.fixture
def make_ctx(seeded_dir: Path, clock: FixedClock, monotonic: FakeMonotonic
             ) -> Callable[..., AppContext]:
    def make(**overrides: Any) -> AppContext:
        settings = Settings.in_memory()
        settings.set("search_delay_ms", 5)
        values: dict[str, Any] = dict(
            data_dir=seeded_dir, settings=settings, clock=clock, monotonic=monotonic,
            kdf=FAST_KDF, idle_check_ms=10, countdown_tick_ms=10, status_count_delay_ms=0,
            log_path=seeded_dir / "logs" / "desktop.log")
        values.update(overrides)
        return AppContext(**values)
    return make


@pytest.fixture
def start_window(qtbot: Any, qapp: Any) -> Iterator[Callable[[AppContext], MainWindow]]:
    """Build main windows on real workers; each worker is stopped after the test."""
    workers: list[DbWorker] = []

    def start(ctx: AppContext) -> MainWindow:
        window, worker = build_app(ctx, qapp)
        assert isinstance(window, MainWindow) and isinstance(worker, DbWorker)
        workers.append(worker)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.lock_screen.profile.count() > 0
                        or "no workspace" in window.lock_screen.heading.text())
        return window

    yield start
    for worker in workers:
        worker.shutdown()


@pytest.fixture
def window(start_window: Callable[[AppContext], MainWindow],
           make_ctx: Callable[..., AppContext]) -> MainWindow:
    return start_window(make_ctx())


def unlock(qtbot: Any, window: MainWindow, password: str = PASSWORD) -> None:
    """Type the password and press Enter, as a caseworker would; wait for the case list."""
    from PySide6.QtCore import Qt

    screen = window.lock_screen
    qtbot.waitUntil(screen.unlock_button.isEnabled)
    screen.password.setFocus()
    qtbot.keyClicks(screen.password, password)
    with qtbot.waitSignal(window.settled, timeout=5000,
                          check_params_cb=lambda what: what == "cases"):
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)


@pytest.fixture
def unlocked(qtbot: Any, window: MainWindow) -> MainWindow:
    unlock(qtbot, window)
    return window
