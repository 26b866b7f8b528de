#!/usr/bin/env python3
"""Save a PNG of each main screen of the desktop app at a laptop's 1366×768: the lock screen,
Today, the case list, every tab of a case file, tasks, referrals, conflicts and sync.

Runs on a throwaway demo workspace with synthetic cases, offscreen or under xvfb-run:

    .venv/bin/python scripts/screenshots.py --out docs/screenshots
    xvfb-run -a .venv/bin/python scripts/screenshots.py --out /tmp/shots
    xvfb-run -a .venv/bin/python scripts/screenshots.py --dark --out /tmp/dark

--dark gives the app a dark system palette (widgets.palette.fusion_dark) before it starts;
--lang fr|es|ar shows the interface in that language (Arabic right to left), as the language
setting does:

    xvfb-run -a .venv/bin/python scripts/screenshots.py --lang ar --out /tmp/ar
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from casemgr.app.casework import Casework
from casemgr.db.keys import KdfParams
from casemgr.db.workspace import create_workspace
from casemgr.demo.seed import seed_demo
from casemgr.ui.casefile.view import TABS
from casemgr.ui.context import AppContext
from casemgr.ui.i18n import CODES, install_language
from casemgr.ui.main import build_app
from casemgr.ui.mainwindow import MainWindow
from casemgr.ui.settings import Settings
from casemgr.ui.widgets.palette import fusion_dark

USER = "amina"
PASSWORD = "screenshot password"  # noqa: S105 - a throwaway workspace
CHEAP_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)  # throwaway data only


def wait_for(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    if condition():
        return
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: loop.quit() if condition() or time.monotonic() > deadline
                          else None)
    timer.start()
    loop.exec()
    timer.stop()
    if not condition():
        raise TimeoutError("the screen did not get its data in time")


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def seeded_workspace(cases: int, prefix: str) -> Path:
    """A throwaway data folder holding amina's workspace with `cases` synthetic cases."""
    data_dir = Path(tempfile.mkdtemp(prefix=prefix))
    ws = create_workspace(data_dir, USER, PASSWORD, kdf=CHEAP_KDF,
                          profile={"role": "caseworker", "teams": "north"})
    try:
        seed_demo(Casework(ws), cases, seed=7)
    finally:
        ws.close()
    return data_dir


def richest_case(data_dir: Path) -> str:
    """A case with visits, a plan, referrals and tasks: the most telling case file."""
    from casemgr.db.workspace import unlock_workspace

    ws = unlock_workspace(data_dir, USER, PASSWORD, kdf_policy=CHEAP_KDF)
    try:
        row = ws.conn.execute(
            "SELECT case_id FROM records WHERE case_id IN (SELECT case_id FROM records "
            "WHERE type = 'referral') AND case_id IN (SELECT case_id FROM records WHERE "
            "type = 'plan_goal') GROUP BY case_id ORDER BY count(*) DESC LIMIT 1").fetchone()
        return str(row[0])
    finally:
        ws.close()


def shoot(window: MainWindow, out: Path, name: str) -> Path:
    settle()
    path = out / f"{name}.png"
    if not window.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    print(path)
    return path


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", type=Path, default=Path("screenshots"))
    p.add_argument("--cases", type=int, default=120)
    p.add_argument("--dark", action="store_true", help="as under a dark system theme")
    p.add_argument("--lang", choices=CODES, default="en", help="the interface's language")
    args = p.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    data_dir = seeded_workspace(args.cases, "casemgr-shots-")
    case_id = richest_case(data_dir)

    app = QApplication(sys.argv[:1])
    if args.dark:
        app.setPalette(fusion_dark())
    install_language(app, args.lang)
    ctx = AppContext(data_dir=data_dir, settings=Settings.in_memory(), kdf=CHEAP_KDF,
                     status_count_delay_ms=0)
    window, worker = build_app(ctx, app)
    window.resize(1366, 768)
    window.show()
    try:
        screen = window.lock_screen
        wait_for(lambda: screen.profile.count() > 0)
        shoot(window, args.out, "01-lock-screen")
        screen.unlock_with(USER, PASSWORD)
        wait_for(lambda: window.session is not None and window.today.view is not None
                 and window.status.outbox.text() != ""
                 and not window.status.outbox.text().endswith("…"))
        shoot(window, args.out, "02-today")
        window.show_page("cases")
        wait_for(lambda: window.cases.model.case_row(0) is not None)
        shoot(window, args.out, "02-case-list")
        window.cases.overdue.click()
        wait_for(lambda: window.cases.model.is_loaded and not worker.busy)
        shoot(window, args.out, "03-case-list-overdue")
        window.cases.overdue.click()
        wait_for(lambda: not worker.busy)

        window.open_case(case_id)
        wait_for(lambda: window.case_file.case_id == case_id
                 and window.pages.currentWidget() is window.case_file)
        view = window.case_file
        for i, tab in enumerate(TABS, start=1):
            view.show_tab(tab)
            if tab == "history":
                wait_for(lambda: view.history.rowCount() > 0)
            if tab == "visits" and view.visits.rowCount():
                view.visits_table.selectRow(0)
            shoot(window, args.out, f"04-case-file-{i:02d}-{tab}")
        for i, page in enumerate(("tasks", "referrals", "conflicts", "sync"), start=5):
            window.show_page(page)
            model = {"tasks": window.tasks.model, "referrals": window.referrals.model,
                     "conflicts": window.conflicts.model, "sync": window.sync.model}[page]
            wait_for(lambda m=model, n=page: n == "conflicts" or m.rowCount() > 0)
            shoot(window, args.out, f"{i:02d}-{page}")
    finally:
        worker.shutdown()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
