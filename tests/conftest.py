"""Fixtures shared by every test: a fixed clock, real workspaces, a live demo server. The
constants and helpers they use live in tests/support."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casemgr.db.workspace import Workspace, create_workspace
from casemgr.domain.clock import FixedClock
from tests.support.live_server import LiveServer, demo_settings
from tests.support.workspaces import FAST_KDF, PASSWORD, START_MS, add_case

__all__ = ["FAST_KDF", "PASSWORD", "START_MS", "add_case"]  # older imports from here


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START_MS)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def workspace(data_dir: Path, clock: FixedClock) -> Iterator[Workspace]:
    ws = create_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf=FAST_KDF)
    yield ws
    ws.close()


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    """A real `casemgr-server serve` process on 127.0.0.1, its SQLite database seeded with
    the demo organisation (tests/support/live_server.py); stopped after the test."""
    live = LiveServer(demo_settings(tmp_path))
    yield live
    live.stop()
