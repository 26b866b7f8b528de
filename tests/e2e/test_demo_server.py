"""The demo caseload on a demo server, as `casemgr --demo` makes it: the caseworker's
workspace seeded and synced, then the demo supervisor's decisions made on his own workspace
and brought to her through the server. Both ends hold the same caseload, and nothing was
refused on the way."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import UTC, datetime, timedelta

from casemgr.app.casework import Casework
from casemgr.db import queries
from casemgr.db.store import CaseQuery
from casemgr.demo.seed import DEMO_SUPERVISOR, seed_demo, supervise_on_server
from casemgr.domain.clock import FixedClock, SystemClock
from casemgr.domain.records import RecordType
from casemgr.sync.account import first_login
from casemgr.sync.engine import SyncEngine
from tests.support.live_server import DEMO_PASSWORD
from tests.support.workspaces import FAST_KDF

CASES = 60


def _server_rows(live_server, record_type: str, field: str) -> dict[str, str]:
    db = sqlite3.connect(live_server.settings.database_url.removeprefix("sqlite:///"))
    try:
        return dict(db.execute(
            "SELECT id, json_extract(fields, ?) FROM records WHERE type = ? AND deleted = 0",
            (f"$.{field}", record_type)).fetchall())
    finally:
        db.close()


def test_the_supervisor_decides_through_the_server_and_both_ends_agree(live_server, tmp_path):
    clock = FixedClock(SystemClock().now_ms())  # the server keeps the real time
    data = tmp_path / "laptop"
    ws, transport = first_login(data, live_server.url, "amina", DEMO_PASSWORD, kdf=FAST_KDF,
                                clock=clock)
    try:
        SyncEngine(ws, transport).sync()  # the server's service directory, as the demo does
        cw = Casework(ws)
        assert cw.providers()
        summary = seed_demo(cw, CASES, seed=2)
        assert summary.providers == 0
        # Bound to a server, her workspace holds no decision of anyone else's making.
        assert summary.decisions == 0
        SyncEngine(ws, transport).sync()
        waiting = len(cw.pending_approvals())

        decided = supervise_on_server(data, live_server.url, DEMO_PASSWORD, clock=clock,
                                      kdf=FAST_KDF)
        assert 0 < decided < waiting
        SyncEngine(ws, transport).sync()

        assert ws.store.outbox_count() == 0
        assert queries.refused_changes(ws) == []
        pending = cw.pending_approvals()
        assert len(pending) == waiting - decided
        kinds = Counter(a.fields["kind"] for a in pending)
        assert kinds["case_plan"] >= 1 and kinds["closure"] >= 1, kinds
        now = datetime.fromtimestamp(clock.now_ms() / 1000, UTC)
        assert all(now - datetime.fromisoformat(a.fields["requested_at"]) < timedelta(days=7)
                   for a in pending)

        mine = {c.id: c.fields["status"] for c in ws.store.records_of_type(RecordType.CASE)}
        assert set(mine.values()) == {"open", "active", "closure_requested", "closed"}
        assert _server_rows(live_server, "case", "status") == mine
        approvals = {a.id: a.fields["decision"]
                     for a in ws.store.records_of_type(RecordType.APPROVAL)}
        assert _server_rows(live_server, "approval", "decision") == approvals
        deciders = _server_rows(live_server, "approval", "decided_by")
        assert {who for who in deciders.values() if who} == {DEMO_SUPERVISOR}

        overdue = cw.count_cases(CaseQuery(overdue_on=cw.today().isoformat()))
        assert 0 < overdue <= 0.2 * CASES
    finally:
        ws.close()
