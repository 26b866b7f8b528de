#!/usr/bin/env python3
"""Save a PNG of each page of the supervisor's desk at a laptop's 1366×768: Approvals (and
a request opened), Team caseload, Supervision (and a session recorded), the Dashboard.

Runs on a throwaway offline workspace of a supervisor ("sam", team north) holding the cases
of four caseworkers of the team, offscreen or under xvfb-run:

    .venv/bin/python scripts/desk_screenshots.py --out /tmp/shots

--dark gives the app a dark system palette (widgets.palette.fusion_dark) before it starts;
--lang fr|es|ar shows it in that language (Arabic right to left).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

# The same cheap key, waiting and saving as the screens' script beside this one.
from screenshots import CHEAP_KDF, settle, shoot, wait_for

from casemgr.app.casework import Casework
from casemgr.app.supervision import AgreedAction, NewSession
from casemgr.db.store import GLASS_NOTICES, CaseQuery
from casemgr.db.sync_store import SyncStore
from casemgr.db.workspace import Workspace, create_workspace
from casemgr.demo.seed import seed_demo
from casemgr.domain.clock import iso_utc
from casemgr.domain.ids import uuid7
from casemgr.domain.permissions import Actor, Role
from casemgr.domain.records import RecordType
from casemgr.sync.protocol import GlassNotice
from casemgr.ui.context import AppContext
from casemgr.ui.i18n import CODES, install_language
from casemgr.ui.main import build_app
from casemgr.ui.settings import Settings
from casemgr.ui.widgets.palette import fusion_dark

SUPERVISOR = "sam"
TEAM = "north"
WORKERS = ("amina", "brian", "chidi", "dina")
PASSWORD = "screenshot password"  # noqa: S105 - a throwaway workspace


def supervisor_workspace(per_worker: int) -> Path:
    """sam's workspace: the team's cases, as sam's device holds them after a sync, the
    team's directory, and a supervision session with amina."""
    data_dir = Path(tempfile.mkdtemp(prefix="casemgr-desk-shots-"))
    ws = create_workspace(data_dir, SUPERVISOR, PASSWORD, kdf=CHEAP_KDF,
                          profile={"role": "supervisor", "teams": TEAM})
    try:
        SyncStore(ws).save_directory(
            [(SUPERVISOR, "supervisor", [TEAM], True)]
            + [(w, "caseworker", [TEAM], True) for w in WORKERS])
        for i, worker in enumerate(WORKERS):
            seed_demo(Casework(ws, actor=Actor(worker, Role.CASEWORKER, frozenset({TEAM}))),
                      per_worker, seed=11 + i)
        sam = Casework(ws)
        cases = sam.list_cases(CaseQuery(status="active", assigned_to=WORKERS[0], limit=2))
        today = sam.today()
        discussed = [(c.case_id, "Keep weekly visits until the school place is confirmed.")
                     for c in cases]
        sam.record_session(NewSession(
            worker=WORKERS[0], session_date=today, cases_discussed=discussed,
            wellbeing="strained", workload="heavy",
            wellbeing_note="Three new high-risk cases this month; evening visits.",
            training_needs="Trauma-informed interviewing.",
            actions=[AgreedAction("Book the trauma-informed interviewing course",
                                  today + timedelta(days=21))]))
        emergency_notice(ws)
    finally:
        ws.close()
    return data_dir


def emergency_notice(ws: Workspace) -> None:
    """A break-glass notice as sam's last sync would have brought it: brian (of another team
    in real life) opened one of amina's cases at night, with a reason."""
    case = Casework(ws).list_cases(CaseQuery(status="active", assigned_to=WORKERS[0],
                                             limit=1))[0]
    now = ws.clock.now_ms()
    with ws.store.write("server") as tx:
        task = tx.create(RecordType.TASK, {
            "title": f"Emergency access: brian opened case {case.case_number}",
            "kind": "other", "status": "open", "due_date": iso_utc(now)[:10],
            "assigned_to": SUPERVISOR}, case_id=None)
    notice = GlassNotice(
        task_id=task.id, grant_id=uuid7(), case_id=case.case_id,
        case_number=case.case_number, holder="brian", reason="out_of_hours",
        note="Police called at 23:10 about the younger child; the assigned worker is on leave.",
        granted_at=iso_utc(now - 3_600_000), expires_at=iso_utc(now + 23 * 3_600_000))
    SyncStore(ws).set_meta(GLASS_NOTICES, json.dumps([notice.model_dump(mode="json")]))


def shoot_dialog(open_it: Callable[[], None], path: Path) -> None:
    """Open a dialog, save a PNG of it, close it unsaved."""
    before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
    open_it()
    wait_for(lambda: any(isinstance(w, QDialog) and w.isVisible() and w not in before
                         for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QDialog) and w.isVisible() and w not in before)
    settle()
    if not dialog.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    print(path)
    dialog.reject()  # nothing typed: closes without asking


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", type=Path, default=Path("screenshots"))
    p.add_argument("--cases-per-worker", type=int, default=40)
    p.add_argument("--dark", action="store_true", help="as under a dark system theme")
    p.add_argument("--lang", choices=CODES, default="en", help="the interface's language")
    args = p.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    data_dir = supervisor_workspace(args.cases_per_worker)

    app = QApplication(sys.argv[:1])
    if args.dark:
        app.setPalette(fusion_dark())
    install_language(app, args.lang)
    settings = Settings.in_memory()
    settings.set("start_page", "cases")
    ctx = AppContext(data_dir=data_dir, settings=settings, kdf=CHEAP_KDF,
                     status_count_delay_ms=0)
    window, worker = build_app(ctx, app)
    window.resize(1366, 768)
    window.show()
    try:
        wait_for(lambda: window.lock_screen.profile.count() > 0)
        window.lock_screen.unlock_with(SUPERVISOR, PASSWORD)
        wait_for(lambda: window.session is not None
                 and window.cases.model.case_row(0) is not None)
        for name in ("approvals", "team", "supervision", "dashboard"):
            page = window.page_widgets.get(name)
            if page is None:
                print(f"(no {name} page in this build)")
                continue
            shown = [False]
            page.shown.connect(lambda s=shown: s.__setitem__(0, True))
            window.show_page(name)
            page.refresh()
            wait_for(lambda s=shown: s[0] and not worker.busy)
            shoot(window, args.out, f"desk-{name}")
            if name == "approvals" and page.model.rowCount():
                # (again until it holds: a reload that lands meanwhile clears the selection)
                wait_for(lambda p=page: (p.table.selectRow(0), p.decide.isEnabled())[1])
                shoot_dialog(page.decide.click, args.out / "desk-approval-decision.png")
            if name == "supervision":
                wait_for(page.new_session.isEnabled)
                shoot_dialog(page.new_session.click, args.out / "desk-new-session.png")
    finally:
        window.close()  # as the app quits: the window first, then its threads
        worker.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
