"""Sync end to end: a real server process on 127.0.0.1 and real encrypted client
workspaces, as caseworkers and supervisors on several laptops would use them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from casemgr.app.casework import Casework
from casemgr.db.store import CaseQuery
from casemgr.domain.records import Decision
from casemgr.sync import protocol
from casemgr.sync.account import OnlineLoginNeeded, first_login, open_workspace
from casemgr.sync.engine import SyncEngine
from casemgr.sync.transport import Revoked, UpgradeRequired
from tests.support.laptops import recover_after_lockout
from tests.support.live_server import DEMO_PASSWORD, LiveServer
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.workspaces import FAST_KDF


class Device:
    """One laptop: a workspace, its transport, and the use cases on it."""

    def __init__(self, root: Path, server: LiveServer, user: str) -> None:
        self.root = root
        self.user = user
        self.ws, self.transport = first_login(root, server.url, user, DEMO_PASSWORD, kdf=FAST_KDF)
        self.cw = Casework(self.ws)
        self.sync()

    def sync(self):
        return SyncEngine(self.ws, self.transport).sync()

    def rows(self) -> dict[str, tuple]:
        """Every live record's (type, fields) on this device, conflicts included."""
        return {r[0]: (r[1], r[2]) for r in self.ws.conn.execute(
            "SELECT id, type, fields FROM records WHERE deleted = 0")}


def test_two_devices_edit_one_case_offline_and_end_identical(live_server, tmp_path):
    a = Device(tmp_path / "laptop-a", live_server, "amina")
    case_id = a.cw.register_family(FAMILY, [CHILD], CASE).value
    a.sync()
    b = Device(tmp_path / "laptop-b", live_server, "amina")
    assert case_id in {r.case_id for r in b.cw.list_cases(CaseQuery())}

    # Offline on both: the same field changed differently, other fields and new notes.
    a.cw.edit_record(case_id, {"risk": "high", "summary": "Mother lost her job."})
    a.cw.add_note(case_id, "A: school confirms absences")
    b.cw.edit_record(case_id, {"risk": "low", "protection_concerns": ["neglect"]})
    b.cw.add_note(case_id, "B: grandmother helps with meals")
    a.sync()
    summary = b.sync()
    a.sync()

    assert summary.conflicts == 1
    assert a.rows() == b.rows()  # converged, record for record
    case = a.ws.store.require(case_id).fields
    assert case["risk"] == "high"  # the first to arrive is kept...
    assert case["summary"] == "Mother lost her job."  # ...non-overlapping changes merged
    assert case["protection_concerns"] == ["neglect"]
    notes = sorted(n.fields["text"] for n in a.cw.case_file(case_id).notes)
    assert notes == ["A: school confirms absences", "B: grandmother helps with meals"]
    [conflict] = a.cw.open_conflicts()  # ...and the other value is shown, not lost
    assert (conflict.fields["field"], conflict.fields["server_value"],
            conflict.fields["client_value"], conflict.fields["base_value"]) == (
        "risk", "high", "low", "medium")

    b.cw.resolve_conflict(b.cw.open_conflicts()[0].id, "low")
    b.sync()
    a.sync()
    assert a.ws.store.require(case_id).fields["risk"] == "low"
    assert a.cw.open_conflicts() == [] and a.rows() == b.rows()
    assert a.ws.store.outbox() == [] and b.ws.store.outbox() == []


def test_a_supervisor_approves_offline_and_the_server_accepts_it(live_server, tmp_path):
    worker = Device(tmp_path / "amina", live_server, "amina")
    case_id = worker.cw.register_family(FAMILY, [CHILD], CASE).value
    plan = worker.cw.start_case_plan(case_id, "Keep Wanjiru in school").value
    worker.cw.add_goal(plan.id, {"goal": "Attends every day"})
    request = worker.cw.submit_case_plan(plan.id).value
    worker.sync()
    sam = Device(tmp_path / "sam", live_server, "sam")
    sam.cw.decide(request.id, Decision.APPROVED)
    assert sam.sync().rejected == 0
    worker.sync()
    assert worker.ws.store.require(plan.id).fields["status"] == "approved"


def test_a_change_the_server_refuses_is_kept_visible(live_server, tmp_path):
    a = Device(tmp_path / "amina", live_server, "amina")
    case_id = a.cw.register_family(FAMILY, [CHILD], CASE).value
    a.sync()
    sam = Device(tmp_path / "sam", live_server, "sam")
    sam.cw.reassign_case(case_id, "brian")
    sam.sync()
    a.cw.add_note(case_id, "written before I knew it was reassigned")
    summary = a.sync()
    # The note went to the server before the case was taken away: refused or evicted, it
    # is never silently lost — either the server quarantined it or it arrived first.
    rows = sa.create_engine(live_server.settings.database_url)
    with rows.connect() as conn:
        quarantined = conn.execute(sa.text("SELECT count(*) FROM quarantine")).scalar()
        kept = conn.execute(sa.text(
            "SELECT count(*) FROM records WHERE type = 'note'")).scalar()
    assert quarantined + kept == 1
    assert summary.evicted == 1


def test_reassignment_evicts_the_case_and_leaves_no_row(live_server, tmp_path):
    a = Device(tmp_path / "amina", live_server, "amina")
    case_id = a.cw.register_family(FAMILY, [CHILD], {**CASE, "summary": "evictme marker"}).value
    a.cw.add_note(case_id, "evictme note")
    a.sync()
    sam = Device(tmp_path / "sam", live_server, "sam")
    sam.cw.reassign_case(case_id, "brian")
    sam.sync()
    brian = Device(tmp_path / "brian", live_server, "brian")
    assert case_id in {r.case_id for r in brian.cw.list_cases(CaseQuery())}
    assert len(brian.cw.case_file(case_id).notes) == 1  # arrived whole

    assert a.sync().evicted == 1
    c = a.ws.conn
    for table, column in (("records", "case_id"), ("case_index", "case_id"),
                          ("outbox", "case_id"), ("sync_issues", "case_id")):
        assert c.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?",
                         (case_id,)).fetchone()[0] == 0, table
    assert a.ws.store.search("evictme").case_ids == []


def test_revocation_wipes_every_file_of_the_workspace(live_server, tmp_path):
    a = Device(tmp_path / "laptop", live_server, "amina")
    a.cw.register_family(FAMILY, [CHILD], CASE)
    a.sync()
    engine = sa.create_engine(live_server.settings.database_url)
    from casemgr.server.accounts import revoke_device

    with engine.begin() as conn:
        revoke_device(conn, a.ws.device_id, "admin", 1_795_000_000_000)
    with pytest.raises(Revoked):
        a.sync()
    assert not any(p.is_file() for p in (tmp_path / "laptop").rglob("*"))


def test_attachments_travel_encrypted_and_arrive_whole(live_server, tmp_path):
    a = Device(tmp_path / "a", live_server, "amina")
    case_id = a.cw.register_family(FAMILY, [CHILD], CASE).value
    report = tmp_path / "school-report.pdf"
    report.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 9000)  # > 2 MiB: several chunks
    record = a.cw.attach_file(case_id, report, "Term report").value
    assert a.sync().files_sent == 1
    b = Device(tmp_path / "b", live_server, "amina")
    assert b"".join(b.cw.read_attachment(record.id)) == report.read_bytes()


def test_a_lockout_is_recovered_online_without_losing_data(live_server, tmp_path):
    a = Device(tmp_path / "laptop", live_server, "amina")
    case_id = a.cw.register_family(FAMILY, [CHILD], CASE).value
    a.ws.close()

    recover_after_lockout(tmp_path / "laptop", case_id)


def test_past_the_lease_unlocking_needs_the_server(live_server, tmp_path):
    a = Device(tmp_path / "laptop", live_server, "amina")
    a.ws.close()
    from casemgr.domain.clock import FixedClock, SystemClock

    later = FixedClock(SystemClock().now_ms() + 15 * 86_400_000)  # past the 14-day lease
    ws, _ = open_workspace(tmp_path / "laptop", "amina", DEMO_PASSWORD, clock=later,
                           kdf_policy=FAST_KDF)  # the server is up: logs in online
    ws.close()
    live_server.stop()
    even_later = FixedClock(SystemClock().now_ms() + 30 * 86_400_000)
    with pytest.raises(OnlineLoginNeeded):
        open_workspace(tmp_path / "laptop", "amina", DEMO_PASSWORD, clock=even_later,
                       kdf_policy=FAST_KDF)
    # Within the lease it opens offline with the server down.
    open_workspace(tmp_path / "laptop", "amina", DEMO_PASSWORD, kdf_policy=FAST_KDF)[0].close()


def test_a_server_that_no_longer_speaks_our_protocol_keeps_the_outbox(live_server, tmp_path,
                                                                     monkeypatch):
    a = Device(tmp_path / "laptop", live_server, "amina")
    a.cw.register_family(FAMILY, [CHILD], CASE)
    pending = len(a.ws.store.outbox())
    monkeypatch.setattr(protocol, "PROTOCOL_VERSION", 99)
    with pytest.raises(UpgradeRequired):
        a.sync()
    assert len(a.ws.store.outbox()) == pending


def test_nothing_readable_leaves_the_workspace_files(live_server, tmp_path):
    a = Device(tmp_path / "laptop", live_server, "amina")
    a.cw.register_family({"name": "Zqxsyncmarker"}, [CHILD], CASE)
    a.sync()
    Device(tmp_path / "other", live_server, "amina")
    blob = b"".join(f.read_bytes() for f in tmp_path.glob("*/amina/*") if f.is_file())
    assert b"Zqxsyncmarker" not in blob
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(tmp_path / "other" / "amina" / "workspace.db").execute(
            "SELECT * FROM sqlite_master").fetchall()
