"""What the app's parts are given when they are built: paths, settings, clocks, costs.

Passed explicitly (no module-level state) so that tests inject a fixed clock, a cheap key
derivation, a fake idle clock or a slow Casework.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from casemgr.app.casework import Casework
from casemgr.db.keys import DEFAULT_KDF, KdfParams
from casemgr.db.keystore import Keystore
from casemgr.domain.clock import Clock, SystemClock, today
from casemgr.sync.account import TransportFactory
from casemgr.sync.transport import Transport
from casemgr.ui.settings import Settings
from casemgr.ui.workers.db import CaseworkFactory

# The demo caseworker of the demo server's organisation (casemgr.server.demo, created by
# `casemgr-server seed-demo`, which casemgr.demo.launcher runs).
DEMO_USER = "amina"
# Published in the docs: the demo server and workspace hold synthetic data only.
DEMO_PASSWORD = "demo-password-2026"  # noqa: S105
DEMO_CASES = 200


@dataclass
class AppContext:
    data_dir: Path
    settings: Settings
    clock: Clock = field(default_factory=SystemClock)  # wall clock: dates, unlock backoff
    monotonic: Callable[[], float] = time.monotonic  # idle time and countdowns
    kdf: KdfParams = DEFAULT_KDF  # key derivation for new workspaces and the unlock policy
    # The OS credential store for the failed-unlock counter's secret (main.py passes the
    # system's; None: there is none, and tests never touch the real one).
    keystore: Keystore | None = None
    casework_factory: CaseworkFactory = Casework
    idle_check_ms: int = 5000
    countdown_tick_ms: int = 250
    status_count_delay_ms: int = 1500  # the outbox count waits until the list has loaded
    log_path: Path | None = None  # the log (casemgr.logs); Help opens its folder with:
    open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
    demo: bool = False
    # Sync: the server transport (tests inject one), and when syncs start by themselves.
    transport_factory: TransportFactory = Transport
    auto_sync: bool = True  # at unlock, every `sync_interval_minutes`, after local changes
    sync_at_unlock_ms: int = 3000  # after the case list has loaded
    sync_after_write_ms: int = 10_000  # quick successive edits go in one sync
    sync_refresh_ms: int = 300  # views refresh at most this often during a sync
    # While online (and auto_sync), wait on the server for news and sync when there is some
    # (casemgr.sync.live): a change made elsewhere shows within about a second.
    live_updates: bool = True

    def today(self) -> date:
        return today(self.clock)


__all__ = ["DEMO_CASES", "DEMO_PASSWORD", "DEMO_USER", "AppContext"]
