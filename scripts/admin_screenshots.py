#!/usr/bin/env python3
"""Save a PNG of each tab of the admin console at a laptop's 1366×768 (Users, Teams, Devices,
Sync health, Forms, Directory, Audit), against a local demo server where two caseworkers'
laptops have synced.

Throwaway data only (a temporary data folder, synthetic cases), offscreen or under xvfb-run:

    .venv/bin/python scripts/admin_screenshots.py --out /tmp/shots
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Throwaway demo users: cheap server-side password hashing keeps the script quick.
os.environ.setdefault("CASEMGR_SERVER_PASSWORD_MEMORY_KIB", "1024")
os.environ.setdefault("CASEMGR_SERVER_PASSWORD_TIME_COST", "1")

from PySide6.QtWidgets import QApplication

# The same cheap key, waiting and saving as the screens' script beside this one.
from screenshots import CHEAP_KDF, shoot, wait_for

from casemgr.app.casework import Casework
from casemgr.demo.launcher import DemoServer
from casemgr.demo.seed import seed_demo
from casemgr.sync.account import first_login
from casemgr.sync.engine import SyncEngine
from casemgr.ui.context import AppContext
from casemgr.ui.main import build_app
from casemgr.ui.pages.admin import TABS
from casemgr.ui.settings import Settings

PASSWORD = "demo-password-2026"  # noqa: S105 - the published demo password



def main() -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", type=Path, default=Path("screenshots"))
    p.add_argument("--cases", type=int, default=20)
    args = p.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="casemgr-admin-shots-"))
    demo = DemoServer(data / "server")
    url = demo.start()
    try:
        for i, user in enumerate(("amina", "brian")):
            ws, transport = first_login(data / f"{user}-laptop", url, user, PASSWORD,
                                        kdf=CHEAP_KDF)
            seed_demo(Casework(ws), args.cases, seed=21 + i)
            SyncEngine(ws, transport, pull_limit=200).sync()
            ws.close()
        desk = data / "admin-desk"
        ws, _ = first_login(desk, url, "admin", PASSWORD, kdf=CHEAP_KDF)
        ws.close()

        app = QApplication(sys.argv[:1])
        settings = Settings.in_memory()
        settings.set("start_page", "cases")
        ctx = AppContext(data_dir=desk, settings=settings, kdf=CHEAP_KDF,
                         status_count_delay_ms=0, auto_sync=False)
        window, worker = build_app(ctx, app)
        window.resize(1366, 768)
        window.show()
        try:
            wait_for(lambda: window.lock_screen.profile.count() > 0)
            window.lock_screen.unlock_with("admin", PASSWORD)
            wait_for(lambda: window.session is not None)
            page = window.admin
            loaded: list[str] = []
            page.tab_loaded.connect(loaded.append)
            window.show_page("admin")
            for name in TABS:
                loaded.clear()
                page.show_tab(name)
                page.refresh()
                if name != "directory":  # the directory tab reads nothing until an import
                    wait_for(lambda n=name: n in loaded)
                shoot(window, args.out, f"admin-{name}")
        finally:
            worker.shutdown()
            window.close()
    finally:
        demo.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
