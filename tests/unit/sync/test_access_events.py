"""The case files opened on a device reach the server at the next sync (issue 15, the access
log): oldest first, each once, the record and the time only; a server older than
POST /sync/access (404) keeps them waiting for a later sync, and the exports and prints go
on through their own endpoint meanwhile."""

from __future__ import annotations

from typing import Any

from casemgr.app.casework import Casework
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
