"""Scope on pull (issue 9, item 3): the engine refuses what a forging server sends of a case
this device was not given, counts it in SyncSummary, and goes on with the sync."""

from __future__ import annotations

from typing import Any

from casemgr.domain.ids import uuid7
from casemgr.sync import protocol
from casemgr.sync.engine import SyncEngine, SyncSummary

AT = "2026-11-17T10:00:00Z"


def out(record_id: str, rtype: str, case_id: str | None, fields: dict[str, Any],
        seq: int) -> protocol.RecordOut:
    return protocol.RecordOut(id=record_id, type=protocol.RecordType(rtype), case_id=case_id,
                              fields=fields, rev=1, seq=seq, created_at=AT, created_by="sam",
                              updated_at=AT, updated_by="sam", deleted=False)


class ForgingServer:
    """A pull feed of two pages: a whole case (its record last), then a forged page."""

    def __init__(self) -> None:
        self.case_id, family_id = uuid7(), uuid7()
        self.foreign = uuid7()
        self.pages = [
            protocol.PullResponse(records=[
                out(family_id, "family", self.case_id, {"name": "Banda"}, 1),
                out(uuid7(), "note", self.case_id, {"text": "Visited"}, 2),
                out(self.case_id, "case", self.case_id, {
                    "case_number": "SRVR-00001", "family_id": family_id, "status": "open",
                    "assigned_to": "amina", "team": "North", "legal_basis": "consent",
                    "opened_on": "2026-10-01", "risk": "medium"}, 3),
            ], evict=[], next_cursor=3, has_more=True, epoch="e1"),
            protocol.PullResponse(records=[
                out(uuid7(), "note", self.foreign, {"text": "Another family"}, 4),
                out(uuid7(), "note", self.case_id, {"text": "Later"}, 5),
            ], evict=[], next_cursor=5, has_more=False, epoch="e1"),
        ]
        self.bytes_sent = self.bytes_received = 0

    def pull(self, cursor: int, limit: int, with_catalog: bool = False,
             with_notices: bool = False) -> protocol.PullResponse:
        return self.pages[0] if cursor == 0 else self.pages[1]


def test_a_forged_record_is_refused_counted_and_the_sync_goes_on(workspace: Any) -> None:
    server = ForgingServer()
    engine = SyncEngine(workspace, server)  # type: ignore[arg-type]
    summary = SyncSummary()
    engine.pull(summary)
    assert (summary.pulled, summary.refused) == (5, 1)
    assert "refused 1 records" in summary.line()
    assert engine.store.state().cursor == 5
    assert len(workspace.store.case_records(server.case_id)) == 4
    assert workspace.store.case_records(server.foreign) == []


class PersonalFeed:
    """One page of personal records (no case): some for amina, some for others."""

    def __init__(self) -> None:
        self.hers = {uuid7(), uuid7()}
        session = {"worker": "amina", "session_date": "2026-11-17", "wellbeing": "well",
                   "workload": "light"}
        task = {"title": "Training", "kind": "follow_up", "due_date": "2026-12-01",
                "status": "open", "assigned_to": "amina"}
        first, second = sorted(self.hers)
        self.page = protocol.PullResponse(records=[
            out(first, "supervision", None, session, 1),
            out(second, "task", None, task, 2),
            out(uuid7(), "supervision", None, {**session, "worker": "brian"}, 3),
            out(uuid7(), "task", None, {**task, "assigned_to": "carla"}, 4),
            out(uuid7(), "note", None, {"text": "In no case"}, 5),
        ], evict=[], next_cursor=5, has_more=False, epoch="e1")
        self.bytes_sent = self.bytes_received = 0

    def pull(self, cursor: int, limit: int, with_catalog: bool = False,
             with_notices: bool = False) -> protocol.PullResponse:
        return self.page


def test_a_personal_record_is_taken_only_by_its_audience(workspace: Any) -> None:
    """A supervision session or a task agreed in one reaches the worker it is about and who
    recorded it (sam, here); one about someone else is refused like a forged case record."""
    feed = PersonalFeed()
    summary = SyncSummary()
    SyncEngine(workspace, feed).pull(summary)  # type: ignore[arg-type]
    assert (summary.pulled, summary.refused) == (5, 3)
    held = {r[0] for r in workspace.conn.execute("SELECT id FROM records")}
    assert held == feed.hers


def test_an_admin_takes_every_personal_record_but_none_that_should_be_in_a_case(
        workspace: Any) -> None:
    with workspace.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('role', 'admin')")
    summary = SyncSummary()
    SyncEngine(workspace, PersonalFeed()).pull(summary)  # type: ignore[arg-type]
    assert (summary.pulled, summary.refused) == (5, 1)
    assert workspace.store.record_count() == 4
