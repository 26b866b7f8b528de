"""The case files opened on a device reach the server at the next sync (issue 15, the access
log): oldest first, each once, the record and the time only; a server older than
POST /sync/access (404) keeps them waiting for a later sync, and the exports and prints go
on through their own endpoint meanwhile."""

from __future__ import annotations

from typing import Any

from casemgr.app.casework import Casework
from casemgr.db.sync_store import AUDIT_CHECKED_STEP
from casemgr.sync import protocol
from casemgr.sync.engine import SyncEngine
from casemgr.sync.transport import Refused
from tests.support.records import CASE, CHILD, FAMILY


class Server:
    """Takes the device's audit events; `knows_access` False: a server older than them."""

    def __init__(self, knows_access: bool) -> None:
        self.knows_access = knows_access
        self.opens: list[protocol.AccessEvent] = []
        self.prints: list[protocol.AuditEvent] = []

    def access_events(self, events: list[protocol.AccessEvent]) -> None:
        if not self.knows_access:
            raise Refused(404, "http_error", "Not Found", None)
        self.opens += events

    def audit_events(self, events: list[protocol.AuditEvent]) -> None:
        self.prints += events


def test_opens_wait_for_a_server_that_takes_them_and_are_sent_once(workspace: Any) -> None:
    cw = Casework(workspace)
    case_id = cw.register_family(FAMILY, [CHILD], CASE).value
    cw.open_case_file(case_id)
    cw.record_printed(case_id)
    cw.open_case_file(case_id)

    old = Server(knows_access=False)
    engine = SyncEngine(workspace, old)  # type: ignore[arg-type]
    assert engine.send_access_events() == 0
    assert engine.send_audit_events() == 1  # the print goes on regardless
    assert [e.action for e in old.prints] == ["print"]

    new = Server(knows_access=True)
    engine = SyncEngine(workspace, new)  # type: ignore[arg-type]
    assert engine.send_access_events() == 2
    assert engine.send_access_events() == 0  # nothing twice
    assert [(e.action, e.record_id, e.record_type) for e in new.opens] == [
        ("open_case", case_id, protocol.RecordType.CASE)] * 2
    assert new.opens[0].seq < new.opens[1].seq
    sent = "".join(e.model_dump_json() for e in new.opens)
    for value in (FAMILY["name"], CHILD["given_name"]):
        assert value not in sent


def test_a_sync_reads_the_audit_chain_only_past_what_it_already_looked_through(
        workspace: Any) -> None:
    """Hundreds of entries with no export, print or case file opened among them are read
    once: the next sync starts past them (an empty sync does not read the whole chain since
    the last export again), and what is recorded after them is still sent."""
    cw = Casework(workspace)
    server = Server(knows_access=True)
    engine = SyncEngine(workspace, server)  # type: ignore[arg-type]
    for i in range(AUDIT_CHECKED_STEP):
        cw.register_family({**FAMILY, "name": f"Family {i}"}, [CHILD], CASE)
    assert engine.send_audit_events() == 0
    assert engine.send_access_events() == 0
    head = engine.store.audit_head_seq()
    assert head >= AUDIT_CHECKED_STEP
    # The next (empty) sync starts past all of them.
    assert int(workspace.meta("audit_events_sent")) == head
    assert int(workspace.meta("access_events_sent")) == head

    case_id = cw.register_family(FAMILY, [CHILD], CASE).value
    cw.record_printed(case_id)
    cw.open_case_file(case_id)
    assert engine.send_audit_events() == 1
    assert engine.send_access_events() == 1
    assert [e.action for e in server.prints] == ["print"]
    assert [e.record_id for e in server.opens] == [case_id]
