#!/usr/bin/env python3
"""Save PNGs of the desktop app syncing with a local demo server: the first sync after logging
in, the status bar during a sync, the Conflicts page, the conflict resolver and the Sync page.

Throwaway data only (a temporary data folder, synthetic cases), offscreen or under xvfb-run:

    .venv/bin/python scripts/sync_screenshots.py --out /tmp/casemgr-screenshots
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Throwaway demo users: cheap server-side password hashing keeps the script quick.
os.environ.setdefault("CASEMGR_SERVER_PASSWORD_MEMORY_KIB", "1024")
os.environ.setdefault("CASEMGR_SERVER_PASSWORD_TIME_COST", "1")

import requests
from PySide6.QtWidgets import QApplication, QWidget

from casemgr.app.casework import Casework
from casemgr.db.keys import KdfParams
from casemgr.db.sync_store import PushOutcome, SyncStore
from casemgr.demo.launcher import DemoServer
from casemgr.demo.seed import seed_demo
from casemgr.sync.account import first_login
from casemgr.sync.engine import SyncEngine
from casemgr.sync.transport import Transport
from casemgr.ui.context import AppContext
from casemgr.ui.main import build_app
from casemgr.ui.mainwindow import MainWindow
from casemgr.ui.settings import Settings

PASSWORD = "demo-password-2026"  # noqa: S105 - the published demo password
CHEAP_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)  # throwaway data only
# Waiting as the screens' script beside this one does.
from screenshots import settle, wait_for  # noqa: E402


def shoot(widget: QWidget, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    print(path)


class HeldPulls:
    """Transports whose second pull request waits until released, so that a sync in progress
    can be photographed with its progress on screen."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.held = threading.Event()
        self.pulls = 0
        self.server_url = ""

    def transport(self, _url: str, device_id: str) -> Transport:
        return Transport(self.server_url, device_id, http=_HoldingSession(self))


class _HoldingSession(requests.Session):
    def __init__(self, holder: HeldPulls) -> None:
        super().__init__()
        self.holder = holder

    def request(self, method: Any, url: Any, *args: Any, **kwargs: Any) -> Any:
        if "/sync/pull" in str(url) and not self.holder.release.is_set():
            self.holder.pulls += 1
            if self.holder.pulls >= 2:
                self.holder.held.set()
                self.holder.release.wait(timeout=60)
        return super().request(method, url, *args, **kwargs)


def run(window: MainWindow, holder: HeldPulls, url: str, data: Path, out: Path,
        cases: int) -> None:
    office_ws, office_transport = first_login(data / "office-laptop", url, "amina", PASSWORD,
                                              kdf=CHEAP_KDF)
    office = Casework(office_ws)
    SyncEngine(office_ws, office_transport).sync()
    seed_demo(office, cases, seed=11)
    SyncEngine(office_ws, office_transport, pull_limit=200).sync()

    screen = window.lock_screen
    wait_for(lambda: screen.heading.text() != "")
    shoot(window, out, "sync-01-lock-screen")
    dialog = screen.open_login_dialog()
    dialog.server.setText(url)
    dialog.user.setText("amina")
    dialog.password.setText(PASSWORD)
    shoot(dialog, out, "sync-02-log-in-to-a-server")
    dialog.submit_button.click()
    wait_for(holder.held.is_set)
    wait_for(lambda: window.first_sync is not None
             and window.first_sync.detail.text().startswith("Receiving"))
    first = window.first_sync
    assert first is not None
    shoot(first, out, "sync-03-first-sync-dialog")
    first.close_button.click()  # continue in the background: the status bar shows it
    wait_for(lambda: window.status.sync_progress.text().startswith("Receiving"))
    shoot(window, out, "sync-04-status-bar-during-a-sync")
    holder.release.set()
    wait_for(lambda: not window.sync_worker.running
             and window.status.connection.text().startswith("Online"))
    wait_for(lambda: window.cases.model.rowCount() == cases)
    shoot(window, out, "sync-05-case-list-after-the-first-sync")

    # Two fields changed on both laptops before either synced: two conflicts.
    ids = [window.cases.model.case_id_at(r) for r in range(3)]
    done: list[object] = []
    window.worker.run(lambda cw: cw.edit_record(ids[0], {"risk": "critical"}).then(
        cw.edit_record(ids[1], {"summary": "Mother started work at the market; school fees "
                                           "paid."})), done.append)
    wait_for(lambda: bool(done))
    office.edit_record(ids[0], {"risk": "low"})
    office.edit_record(ids[1], {"summary": "Family moved to the aunt's house in Kibera."})
    SyncEngine(office_ws, office_transport).sync()
    window.sync_now()
    wait_for(lambda: not window.sync_worker.running and window.conflicts.model.rowCount() == 2)
    window.show_page("conflicts")
    window.conflicts.table.selectRow(0)
    shoot(window, out, "sync-06-conflicts-page")
    resolver = window.conflicts.open_resolver()
    assert resolver is not None
    shoot(resolver, out, "sync-07-conflict-resolver")
    resolver.reject()

    # A change the server refused (staged: the refusal itself is tested end to end) and one
    # waiting to be sent.
    staged: list[object] = []

    def refuse(cw: Casework) -> None:
        cw.add_note(ids[2], "Visited the school; the head teacher will call back.")
        [op] = cw.store.outbox()
        SyncStore(cw.ws).apply_push_results([op], [PushOutcome(
            op.client_seq, op.op_id, "rejected", 0,
            "The case was reassigned to brian before this change arrived.")])
        cw.add_note(ids[0], "Phoned the family: the visit is on Friday.")

    window.worker.run(refuse, staged.append)
    wait_for(lambda: bool(staged))
    window.status.refresh()  # the staged refusal took its note out of the outbox
    window.show_page("sync")
    wait_for(lambda: window.sync.refused.rowCount() == 1 and window.sync.model.rowCount() == 1)
    shoot(window, out, "sync-08-sync-page")
    window.sync.tabs.setCurrentIndex(1)
    shoot(window, out, "sync-09-sync-page-refused-changes")
    office_ws.close()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", type=Path, default=Path("screenshots"))
    p.add_argument("--cases", type=int, default=60)
    args = p.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="casemgr-sync-shots-"))
    demo = DemoServer(data)
    url = demo.start()
    holder = HeldPulls()
    holder.server_url = url
    app = QApplication(sys.argv[:1])
    settings = Settings.in_memory()
    ctx = AppContext(data_dir=data, settings=settings, kdf=CHEAP_KDF, status_count_delay_ms=0,
                     transport_factory=holder.transport, auto_sync=False)
    window, worker = build_app(ctx, app)
    window.resize(1280, 800)
    window.show()
    try:
        run(window, holder, url, data, args.out, args.cases)
    finally:
        holder.release.set()
        worker.shutdown()
        window.close()
        demo.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
