"""The admin console's use cases where no server is needed to see them work: what is checked
before anything is sent (a form file, a directory file, a new user), the temporary password,
which devices lag, the server's refusals as messages by field, and a server that cannot be
reached. (Against a real server: tests/ui/test_admin.py.)"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from casemgr.app.admin import (
    AdminConsole,
    AuditFilter,
    DeviceOut,
    Refused,
    ServerUnreachable,
    field_errors,
    is_lagging,
    read_directory_file,
    read_form_file,
    temporary_password,
    user_problems,
)
from casemgr.paths import RESOURCES
from casemgr.sync.transport import Transport
from tests.support.live_server import free_port

HSDS = Path(__file__).resolve().parents[1] / "data" / "hsds"  # CC BY-SA 4.0: see NOTICE.md
NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)


def iso(t: datetime) -> str:
    return t.isoformat().replace("+00:00", "Z")


def device(*, pushed: datetime | None = None, registered: datetime = NOW - timedelta(days=30),
           revoked: bool = False) -> DeviceOut:
    return DeviceOut(id="0190a1b2-0000-7000-8000-000000000001", name="", username="amina",
                     registered_at=iso(registered), last_seen_at=None,
                     last_push_at=iso(pushed) if pushed else None, last_pull_at=None,
                     outbox_lag=None, client_version="0.1.0", revoked=revoked,
                     revoked_at=iso(NOW) if revoked else None)


def test_a_device_lags_after_three_days_without_a_sync():
    assert not is_lagging(device(pushed=NOW - timedelta(days=2, hours=23)), NOW)
    assert is_lagging(device(pushed=NOW - timedelta(days=3, hours=1)), NOW)
    assert is_lagging(device(), NOW)  # registered a month ago, never synced
    assert not is_lagging(device(registered=NOW - timedelta(hours=1)), NOW)  # just signed in
    assert not is_lagging(device(revoked=True), NOW)  # revoked: nothing to wait for


def test_temporary_passwords_are_random_and_easy_to_read_out():
    passwords = {temporary_password() for _ in range(50)}
    assert len(passwords) == 50
    for password in passwords:
        groups = password.split("-")
        assert [len(g) for g in groups] == [4, 4, 4, 4]
        assert not set(password) & set("01ilo")  # no look-alikes


def test_a_new_user_needs_a_valid_name_and_a_caseworker_a_team():
    assert user_problems("nadia", "caseworker", ["North"]) == {}
    assert user_problems("ada", "admin", []) == {}
    problems = user_problems("nadia k", "supervisor", [])
    assert set(problems) == {"username", "teams"}
    assert "supervisor needs a team" in problems["teams"]


def test_a_form_file_is_checked_by_the_forms_engine_before_it_is_sent(tmp_path):
    shipped = RESOURCES / "forms" / "initial_risk_screening.json"
    assert read_form_file(shipped) == json.loads(shipped.read_text())
    cases = {
        '{"id": "x",\n  "version": }': "not valid JSON: Expecting value (line 2, column 14)",
        "[1, 2]": "one JSON object",
    }
    for text, expected in cases.items():
        path = tmp_path / "form.json"
        path.write_text(text)
        with pytest.raises(Refused) as refused:
            read_form_file(path)
        assert expected in refused.value.errors["file"]
    definition = json.loads(shipped.read_text())
    definition["version"] = 0
    path.write_text(json.dumps(definition))
    with pytest.raises(Refused) as refused:
        read_form_file(path)
    assert refused.value.errors == {"version": "must be a whole number of at least 1, not 0"}


def test_a_directory_folder_is_sent_as_the_zip_of_its_csv_tables(tmp_path):
    package = read_directory_file(HSDS / "csv")
    assert package.content_type == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(package.data)).namelist()
    assert "services.csv" in names and all(n.endswith(".csv") for n in names)
    assert read_directory_file(HSDS / "service_full.json").content_type == "application/json"
    assert read_directory_file(HSDS / "csv" / "services.csv").content_type == "text/csv"
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes.txt").write_text("not a directory")
    for path, expected in ((tmp_path / "empty", "holds no CSV files"),
                           (tmp_path / "notes.txt", "Choose an HSDS JSON file"),
                           (tmp_path / "gone.json", "could not be read")):
        with pytest.raises(Refused) as refused:
            read_directory_file(path)
        assert expected in refused.value.errors["file"]


def test_the_servers_refusals_become_messages_by_field():
    assert field_errors("There is already a user called nadia.") == {
        "": "There is already a user called nadia."}
    assert field_errors([{"loc": ["body", "teams", 0], "msg": "too long"},
                         {"loc": ["body", "teams"], "msg": "there is no team 'X'"}]) == {
        "teams": "too long there is no team 'X'"}
    assert field_errors([{"loc": ["body", "definition", "field 'q1', show_if"],
                          "msg": "unknown field"}]) == {"field 'q1', show_if": "unknown field"}
    assert field_errors([{"loc": "services.csv line 3", "msg": "'name' is empty"}]) == {
        "services.csv line 3": "'name' is empty"}
    assert field_errors(None) == {"": "The server refused this."}


def test_a_server_that_cannot_be_reached_says_the_console_needs_it():
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    console = AdminConsole(Transport(url, "0190a1b2-0000-7000-8000-000000000001", retries=0))
    with pytest.raises(ServerUnreachable) as offline:
        console.users()
    assert str(offline.value).startswith("Offline: the admin console needs the server.")
    assert url in str(offline.value)


def test_an_audit_filter_asks_for_whole_local_days_and_a_real_case_id():
    chosen = AuditFilter("amina", "", date(2026, 11, 2), date(2026, 11, 3))
    since = datetime.fromisoformat(chosen.params()["since"])
    until = datetime.fromisoformat(chosen.params()["until"])
    assert (since.date(), since.time(), until.date()) == (date(2026, 11, 2), time(),
                                                          date(2026, 11, 4))
    assert since.utcoffset() is not None  # this computer's midnight, not the server's
    assert chosen.problem() is None and chosen.params()["user"] == "amina"
    assert "case's id" in AuditFilter(case_id="NOR-2026-0001").problem()
    assert "From is after To" in AuditFilter(since=date(2026, 11, 3),
                                             until=date(2026, 11, 2)).problem()
