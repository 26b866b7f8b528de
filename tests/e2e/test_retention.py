"""Retention through a real server process (issue 15, item 4), its clock moved by the test:
a closed case leaves every device at the first sync past the organisation's retention days
(the signed eviction), is archived on the server past its retention years (`casemgr-server
retention run`), is restored by an admin and reaches its caseworker's device again. Each
step is in the server's audit log. On SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from casemgr.db.errors import RecordNotFound
from casemgr.domain.records import Decision
from casemgr.server import cli as server_cli
from tests.support.laptops import Laptop
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.timed_server import TimedServer, admin_call, server

__all__ = ["server"]  # the fixture

DAY = 24 * 3600


def actions(admin: Laptop, case_id: str) -> list[tuple[str, str]]:
    entries = admin_call(admin, "GET", f"/api/v1/admin/audit?case_id={case_id}")["entries"]
    return [(e["action"], e["actor"]) for e in reversed(entries)
            if e["action"] in ("case_left_devices", "case_archived", "case_restored")]


def test_a_closed_case_leaves_devices_is_archived_and_restored(
        server: TimedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    admin = Laptop(tmp_path / "admin", server, "admin")
    assert admin_call(admin, "GET", "/api/v1/admin/retention") == {
        "closed_days": 30, "archive_years": 7}  # the defaults
    assert admin_call(admin, "PUT", "/api/v1/admin/retention",
                      {"closed_days": 30, "archive_years": 2})["archive_years"] == 2

    amina = Laptop(tmp_path / "amina", server, "amina")
    closing, staying = (amina.cw.register_family({**FAMILY, "name": name}, [CHILD], CASE).value
                        for name in ("Otieno", "Wambui"))
    amina.cw.request_closure(closing, "The family moved to Mombasa")
    amina.sync()
    sam = Laptop(tmp_path / "sam", server, "sam")
    (request,) = sam.cw.pending_approvals()
    sam.cw.decide(request.id, Decision.APPROVED)
    assert sam.sync().rejected == 0
    amina.sync()
    assert amina.cw.case_file(closing).case.fields["status"] == "closed"

    server.move(29 * DAY)  # within the 30 days: still on every device
    assert amina.sync().evicted == 0 and sam.sync().evicted == 0
    server.move(2 * DAY)
    assert amina.sync().evicted == 1 and sam.sync().evicted == 1
    for laptop in (amina, sam):
        with pytest.raises(RecordNotFound):
            laptop.ws.store.find_case(closing)
        assert laptop.ws.store.case_records(closing, include_deleted=True) == []
        assert laptop.ws.store.find_case(staying)  # open cases stay
    assert admin_call(admin, "POST", "/api/v1/admin/retention/run") == {
        "departed": [closing], "archived": []}
    assert actions(admin, closing) == [("case_left_devices", "retention")]

    # Two years on (the devices' sessions have long ended: new ones log in), the operator
    # runs retention from the command line with the server's clock.
    server.move(2 * 365 * DAY)
    monkeypatch.setenv("CASEMGR_SERVER_DEV_MODE", "true")
    monkeypatch.setenv("CASEMGR_SERVER_CLOCK_FILE", str(server.clock_file))
    monkeypatch.setenv("CASEMGR_SERVER_KEY_DIR", str(server.settings.key_dir))
    capsys.readouterr()
    assert server_cli.main(["--database-url", server.settings.database_url,
                            "retention", "run"]) == 0
    assert capsys.readouterr().out == "0 closed cases left devices, 1 archived.\n"
    admin2 = Laptop(tmp_path / "admin2", server, "admin")
    (archived,) = admin_call(admin2, "GET", "/api/v1/admin/cases/archived")
    number = archived["case_number"]
    assert archived["case_id"] == closing and number
    amina2 = Laptop(tmp_path / "amina2", server, "amina")
    with pytest.raises(RecordNotFound):
        amina2.ws.store.find_case(closing)  # archived: on no device

    restored = admin_call(admin2, "POST", f"/api/v1/admin/cases/{closing}/restore")
    assert restored["archived_at"] is None
    assert admin_call(admin2, "GET", "/api/v1/admin/cases/archived") == []
    amina2.sync()
    assert amina2.cw.open_case_file(number).case.fields["status"] == "closed"
    assert actions(admin2, closing) == [("case_left_devices", "retention"),
                                        ("case_archived", "retention"),
                                        ("case_restored", "admin")]
    for laptop in (admin, amina, sam, admin2, amina2):
        laptop.close()


def test_the_server_runs_retention_by_itself(tmp_path: Path) -> None:
    """With retention_interval_s set, each server process notes departures on its own: the
    audit has them without anyone asking."""
    from tests.support.timed_server import timed_server

    with timed_server(tmp_path, "sqlite", retention_interval_s="1",
                      refresh_token_days="365") as live:
        amina = Laptop(tmp_path / "amina", live, "amina")
        case_id = amina.cw.register_family(FAMILY, [CHILD], CASE).value
        amina.cw.request_closure(case_id, "The family moved to Mombasa")
        amina.sync()
        sam = Laptop(tmp_path / "sam", live, "sam")
        (request,) = sam.cw.pending_approvals()
        sam.cw.decide(request.id, Decision.APPROVED)
        sam.sync()
        live.move(31 * DAY)
        live.wait_for_output(lambda lines: any(
            "retention: 1 closed cases left devices, 0 archived" in line for line in lines))
        admin = Laptop(tmp_path / "admin", live, "admin")
        assert actions(admin, case_id) == [("case_left_devices", "retention")]
        assert amina.sync().evicted == 1
        for laptop in (amina, sam, admin):
            laptop.close()
