"""Fixtures for the desktop app's tests: a real encrypted workspace with synthetic cases, the
main window on a real database worker, and clocks the tests move by hand."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from casemgr.domain.clock import FixedClock
from casemgr.ui.context import AppContext
from casemgr.ui.main import build_app
from casemgr.ui.mainwindow import MainWindow
from casemgr.ui.settings import Settings
from casemgr.ui.workers.db import DbWorker
from tests.support.desktop import SEEDED_CASES, FakeMonotonic, make_workspace, unlock
from tests.support.network import HeldNetwork
from tests.support.synced_desktop import sync_context
from tests.support.workspaces import FAST_KDF

__all__ = ["SEEDED_CASES", "make_workspace", "unlock"]  # older imports from here


def desktop_ctx(data_dir: Path, clock: FixedClock, monotonic: FakeMonotonic,
                **settings: Any) -> AppContext:
    """The app as a user starts it on `data_dir`: the settings a new user has, but for
    `settings`; the test's clocks; no auto-lock while it runs; no waiting for live updates
    (tests/ui/test_live_updates.py tries them)."""
    chosen = Settings.in_memory()
    for name, value in settings.items():
        chosen.set(name, value)
    return AppContext(data_dir=data_dir, settings=chosen, clock=clock, monotonic=monotonic,
                      kdf=FAST_KDF, idle_check_ms=60_000, status_count_delay_ms=0,
                      log_path=data_dir / "logs" / "d.log", live_updates=False)


@pytest.fixture
def network() -> HeldNetwork:
    return HeldNetwork()


@pytest.fixture
def sync_ctx(tmp_path: Path, network: HeldNetwork) -> Callable[..., AppContext]:
    """Contexts of the app on this test's folder, syncing with a real server when asked."""
    return lambda **overrides: sync_context(tmp_path, network, **overrides)


@pytest.fixture
def monotonic() -> FakeMonotonic:
    return FakeMonotonic()


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
        settings.set("start_page", "cases")  # these tests begin at the case list
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


@pytest.fixture
def unlocked(qtbot: Any, window: MainWindow) -> MainWindow:
    unlock(qtbot, window)
    return window
