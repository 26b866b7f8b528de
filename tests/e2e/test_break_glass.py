"""Break-glass through a real server process (issue 15, item 3): carla, a caseworker of
another team, opens amina's case only online and only with a reason; sam, the case's
supervisor, finds a notice on his Today list; what carla does in it is marked in her audit
chain and in the server's audit; when the access ends on the server's clock, her next sync
evicts the case. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casemgr.app.glass import (
    NEEDS_SERVER,
    NeedsConnection,
    end_emergency_access,
    open_outside_caseload,
)
from casemgr.app.today import today_view
from casemgr.db.errors import RecordNotFound
from casemgr.db.store import GLASS_NOTICES
from casemgr.sync.transport import Refused, Transport
from tests.support.laptops import Laptop
from tests.support.live_server import free_port
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.timed_server import TimedServer, admin_call, server

__all__ = ["server"]  # the fixture


def test_an_outsider_opens_a_case_for_a_day_with_a_reason_and_the_supervisor_is_told(
        server: TimedServer, tmp_path: Path) -> None:
    amina = Laptop(tmp_path / "amina", server, "amina")
    case_id = amina.cw.register_family(FAMILY, [CHILD], CASE).value
    number = amina.cw.case_file(case_id).case.fields["case_number"]
    letter = tmp_path / "school-letter.txt"
    letter.write_bytes(b"The school says Wanjiru missed a week.")
    attachment = amina.cw.attach_file(case_id, letter).value
    amina.sync()
    carla = Laptop(tmp_path / "carla", server, "carla")  # South: not her case
    sam = Laptop(tmp_path / "sam", server, "sam")
    with pytest.raises(RecordNotFound):
        carla.cw.open_case_file(number)  # not hers: it never reached her laptop

    # Offline: refused, saying why, and nothing asked of anyone.
    dead = Transport(f"http://127.0.0.1:{free_port()}", carla.ws.device_id, retries=0)
    with pytest.raises(NeedsConnection, match="needs a connection to the server") as offline:
        open_outside_caseload(carla.ws, dead, number, "immediate_risk", "Police called")
    assert str(offline.value) == NEEDS_SERVER
    # A case that does not exist: the server says so.
    with pytest.raises(Refused, match="There is no case with this number"):
        open_outside_caseload(carla.ws, carla.transport, "NOPE-1", "immediate_risk",
                              "Police called")
    # amina's own case is in her caseload already.
    with pytest.raises(Refused, match="already in your caseload"):
        open_outside_caseload(amina.ws, amina.transport, number, "other", "just checking")

    access = open_outside_caseload(carla.ws, carla.transport, number, "out_of_hours",
                                   "Night duty: the police brought the child in").value
    assert (access.case_id, access.case_number, access.told) == (case_id, number, ("sam",))
    opened = carla.cw.open_case_file(number)  # arrived whole with the sync, and opens
    assert [p.fields["given_name"] for p in opened.persons] == ["Wanjiru"]
    # Its attachment's file came too (the server lets a grant holder download it).
    assert b"".join(carla.cw.read_attachment(attachment.id)) == letter.read_bytes()
    assert carla.cw.emergency_access_until(case_id) == access.expires_at
    # Her audit chain marks what she did to the case under break-glass.
    marked = [(e["action"], (e["detail"] or {}).get("break_glass"))
              for e in carla.ws.store.audit_entries(case_id)]
    assert ("open_case", True) in marked
    carla.cw.record_printed(case_id)  # printed: the server's audit gets it, marked too
    carla.sync()

    # sam's Today list tells him, with who, which case, until when and why.
    sam.sync()
    notices = [t for t in today_view(sam.cw).tasks if "Emergency access" in t.title]
    assert len(notices) == 1
    assert f"carla opened case {number} until" in notices[0].title
    assert "Out-of-hours emergency call: Night duty" in notices[0].title
    assert not [t for t in today_view(amina.cw).tasks if "Emergency access" in t.title]

    # Asking again while it lasts: the same access, no second notice.
    again = open_outside_caseload(carla.ws, carla.transport, number, "out_of_hours",
                                  "again").value
    assert again.expires_at == access.expires_at and again.told == ()
    sam.sync()
    assert len([t for t in today_view(sam.cw).tasks if "Emergency access" in t.title]) == 1

    # The server's audit log: the grant, marked, with the reason's code (not her words).
    admin = Laptop(tmp_path / "admin", server, "admin")
    entries = admin_call(admin, "GET", f"/api/v1/admin/audit?case_id={case_id}")["entries"]
    (opened_entry,) = [e for e in entries if e["action"] == "break_glass_opened"]
    assert opened_entry["actor"] == "carla"
    assert opened_entry["detail"]["break_glass"] is True
    assert opened_entry["detail"]["reason"] == "out_of_hours"
    assert "Night duty" not in json.dumps(entries)
    (printed,) = [e for e in entries if e["action"] == "print"]
    assert printed["actor"] == "carla" and printed["detail"]["break_glass"] is True

    # A day later, less a minute: still there. Past the end: evicted at the next sync.
    server.move(24 * 3600 - 60)
    assert carla.sync().evicted == 0
    server.move(120)
    assert carla.sync().evicted == 1
    with pytest.raises(RecordNotFound):
        carla.ws.store.find_case(case_id)
    assert carla.ws.store.case_records(case_id, include_deleted=True) == []
    assert amina.sync().evicted == 0 and amina.ws.store.find_case(case_id)
    for laptop in (amina, carla, sam, admin):
        laptop.close()


def test_the_supervisor_sees_the_notice_in_approvals_and_ends_the_access_early(
        server: TimedServer, tmp_path: Path) -> None:
    """sam finds carla's break-glass notice on his Approvals page after a sync, whole (who,
    which case, why, until when); a caseworker and another team's supervisor cannot end it;
    sam ends it, and carla's next sync evicts the case; he acknowledges the notice, which
    closes its task on Today and stays closed after the next sync."""
    amina = Laptop(tmp_path / "amina", server, "amina")
    case_id = amina.cw.register_family(FAMILY, [CHILD], CASE).value
    number = amina.cw.case_file(case_id).case.fields["case_number"]
    amina.sync()
    carla = Laptop(tmp_path / "carla", server, "carla")
    sam = Laptop(tmp_path / "sam", server, "sam")
    sofia = Laptop(tmp_path / "sofia", server, "sofia")  # South's supervisor, not the case's
    access = open_outside_caseload(carla.ws, carla.transport, number, "immediate_risk",
                                   "Neighbour called about the child").value
    assert carla.ws.store.find_case(case_id)

    assert sam.cw.emergency_notices() == []  # not synced yet
    sam.sync()
    (notice,) = sam.cw.emergency_notices()
    assert (notice.holder, notice.case_id, notice.case_number, notice.reason, notice.note,
            notice.expires_at, notice.running) == (
        "carla", case_id, number, "immediate_risk", "Neighbour called about the child",
        access.expires_at, True)
    assert notice.granted_at < notice.expires_at and notice.ended_at is None
    # The same notice is the plain task on Today that every client shows.
    assert [t.title for t in today_view(sam.cw).tasks if t.record_id == notice.task_id]
    assert amina.sync() and amina.cw.emergency_notices() == []
    # A client that does not ask for them never gets the key (an older client refuses it).
    raw = sam.transport.request("GET", "/api/v1/sync/pull", None, params={"cursor": 0})
    assert b'"notices"' not in raw

    # Neither a caseworker of the case's team nor another team's supervisor may end it.
    for laptop in (amina, sofia):
        with pytest.raises(Refused, match="Only the case's supervisor or an administrator") \
                as refused:
            end_emergency_access(laptop.ws, laptop.transport, case_id, holder="carla")
        assert refused.value.status == 403
    assert carla.sync().evicted == 0

    ended_at = end_emergency_access(sam.ws, sam.transport, case_id, holder="carla").value
    (notice,) = sam.cw.emergency_notices()  # the sync after it says it ended
    assert (notice.running, notice.ended_at, notice.ended_by) == (False, ended_at, "sam")
    assert carla.sync().evicted == 1  # the ordinary signed eviction
    with pytest.raises(RecordNotFound):
        carla.ws.store.find_case(case_id)
    with pytest.raises(Refused, match="No emergency access to this case is running"):
        end_emergency_access(sam.ws, sam.transport, case_id, holder="carla")

    sam.cw.acknowledge_notice(notice.task_id)
    assert sam.cw.emergency_notices() == []  # at once, offline too
    assert not [t for t in today_view(sam.cw).tasks if t.record_id == notice.task_id]
    sam.sync()
    assert sam.cw.emergency_notices() == []
    assert json.loads(sam.ws.meta(GLASS_NOTICES)) == []  # the server no longer sends it

    admin = Laptop(tmp_path / "admin", server, "admin")
    entries = admin_call(admin, "GET", f"/api/v1/admin/audit?case_id={case_id}")["entries"]
    (ended,) = [e for e in entries if e["action"] == "break_glass_ended"]
    assert ended["actor"] == "sam"
    assert (ended["detail"]["holder"], ended["detail"]["break_glass"]) == ("carla", True)
    assert "Neighbour" not in json.dumps(entries)
    for laptop in (amina, carla, sam, sofia, admin):
        laptop.close()


def test_the_holder_ends_their_own_access_and_the_case_leaves_at_once(
        server: TimedServer, tmp_path: Path) -> None:
    amina = Laptop(tmp_path / "amina", server, "amina")
    case_id = amina.cw.register_family(FAMILY, [CHILD], CASE).value
    number = amina.cw.case_file(case_id).case.fields["case_number"]
    amina.sync()
    carla = Laptop(tmp_path / "carla", server, "carla")
    open_outside_caseload(carla.ws, carla.transport, number, "covering_colleague",
                          "Covering for amina today")
    assert carla.cw.emergency_access_until(case_id)

    dead = Transport(f"http://127.0.0.1:{free_port()}", carla.ws.device_id, retries=0)
    with pytest.raises(NeedsConnection, match="Ending emergency access needs a connection"):
        end_emergency_access(carla.ws, dead, case_id)
    assert carla.ws.store.find_case(case_id)  # nothing changed offline

    end_emergency_access(carla.ws, carla.transport, case_id)
    with pytest.raises(RecordNotFound):  # its own sync evicted it
        carla.ws.store.find_case(case_id)
    assert carla.cw.emergency_access_until(case_id) is None
    with pytest.raises(Refused, match="No emergency access to this case is running") as again:
        end_emergency_access(carla.ws, carla.transport, case_id)
    assert again.value.status == 404
    # The notice sam got says she ended it herself.
    sam = Laptop(tmp_path / "sam", server, "sam")
    (notice,) = sam.cw.emergency_notices()
    assert (notice.running, notice.ended_by) == (False, "carla")
    for laptop in (amina, carla, sam):
        laptop.close()
