"""A device's exports and prints (POST /api/v1/sync/audit) and the case files it opened
(POST /api/v1/sync/access) in the server's audit log: kept once each, with the device and
its number, found by the audit of a case, shown to an admin and, as the case's access log
(GET /api/v1/cases/{case_id}/access), to its team's supervisor; on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa

from casemgr.domain.permissions import Role
from casemgr.server.access import access_entries
from casemgr.server.accounts import device_entries
from casemgr.server.api.deps import DeviceContext
from casemgr.sync.protocol import PROTOCOL_VERSION
from tests.server.admin_support import op, organisation, push, register_case


@pytest.fixture
def org(db_url, tmp_path):
    with organisation(db_url, tmp_path) as o:
        yield o


def send(org, who, events):
    return org.post("/api/v1/sync/audit", who, json={
        "protocol_version": PROTOCOL_VERSION, "client_version": "0.1.0",
        "device_id": org.devices[who], "events": events})


def test_each_export_is_kept_once_and_found_by_its_case(org):
    case_id = str(uuid.uuid4())
    events = [
        {"seq": 7, "at": "2026-11-18T10:00:00.000Z", "action": "export",
         "detail": {"what": "records", "format": "xlsx", "scope": "own", "cases": 12,
                    "deidentified": True, "key_kept": False,
                    "rows": {"cases": 12, "people": 40}}},
        {"seq": 9, "at": "2026-11-18T10:05:00.000Z", "action": "export", "record_id": case_id,
         "record_type": "case", "detail": {"format": "json", "deidentified": False}},
    ]
    assert send(org, "amina", events).status_code == 204
    assert send(org, "amina", events).status_code == 204  # sent again: an answer was lost
    page = org.get("/api/v1/admin/audit?action=export").json()
    assert page["total"] == 2
    newest, oldest = page["entries"]
    assert oldest["actor"] == "amina" and oldest["detail"]["rows"] == {"cases": 12,
                                                                       "people": 40}
    assert oldest["detail"]["device_id"] == org.devices["amina"]
    assert oldest["detail"]["device_seq"] == 7
    assert newest["target"] == case_id
    by_case = org.get(f"/api/v1/admin/audit?case_id={case_id}").json()
    assert [e["detail"]["device_seq"] for e in by_case["entries"]] == [9]


def test_another_device_and_case_data_are_refused(org):
    other = {"protocol_version": PROTOCOL_VERSION, "client_version": "0.1.0",
             "device_id": org.devices["sam"], "events": []}
    assert org.post("/api/v1/sync/audit", "amina", json=other).status_code == 403
    free_text = [{"seq": 1, "at": "2026-11-18T10:00:00Z", "action": "export",
                  "detail": {"note": "Zawadi said\nher uncle…"}}]
    assert send(org, "amina", free_text).status_code == 422
    assert org.get("/api/v1/admin/audit?action=export").json()["total"] == 0


def send_opens(org, who, events):
    return org.post("/api/v1/sync/access", who, json={
        "protocol_version": PROTOCOL_VERSION, "client_version": "0.1.0",
        "device_id": org.devices[who], "events": events})


def test_who_opened_printed_and_exported_a_case_is_its_access_log(org):
    """Opens (POST /sync/access), a print of one of its assessments and an export of it
    (POST /sync/audit) are the case's access log, newest first, each once, for its team's
    supervisor and admins; a print names its case though the device named the assessment."""
    case_id = register_case(org, "amina", "North")
    other_case = register_case(org, "amina", "North")
    assessment = str(uuid.uuid4())
    assert push(org, "amina", [op(assessment, "assessment", case_id, {
        "form_id": "initial_risk_screening", "form_version": 1, "answers": {},
        "completed_on": "2026-11-18"})])[0]["status"] == "applied"
    opens = [{"seq": 3, "at": "2026-11-18T09:00:00.000Z", "action": "open_case",
              "record_id": case_id, "record_type": "case"},
             {"seq": 4, "at": "2026-11-18T09:01:00.000Z", "action": "open_case",
              "record_id": other_case, "record_type": "case"}]
    assert send_opens(org, "amina", opens).status_code == 204
    assert send_opens(org, "amina", opens).status_code == 204  # an answer lost: kept once
    assert send(org, "amina", [
        {"seq": 5, "at": "2026-11-18T09:05:00.000Z", "action": "print",
         "record_id": assessment, "record_type": "assessment", "detail": {}},
        {"seq": 6, "at": "2026-11-18T09:10:00.000Z", "action": "export", "record_id": case_id,
         "record_type": "case", "detail": {"format": "json", "deidentified": False}},
    ]).status_code == 204
    for who in ("sam", "ada"):
        answer = org.get(f"/api/v1/cases/{case_id}/access", who=who)
        assert answer.status_code == 200, answer.text
        log = answer.json()
        assert log["total"] == 3
        assert [(e["actor"], e["action"], e["record_type"], e["at"]) for e in log["entries"]
                ] == [("amina", "export", "case", "2026-11-18T09:10:00.000Z"),
                      ("amina", "print", "assessment", "2026-11-18T09:05:00.000Z"),
                      ("amina", "open_case", "case", "2026-11-18T09:00:00.000Z")]
        assert log["entries"][0]["detail"] == {"format": "json", "deidentified": False}
        assert {e["device_id"] for e in log["entries"]} == {org.devices["amina"]}
    for who in ("amina", "sue", "carl"):  # its caseworker; another team's supervisor
        assert org.get(f"/api/v1/cases/{case_id}/access", who=who).status_code == 403
    assert org.get(f"/api/v1/cases/{uuid.uuid4()}/access", who="ada").status_code == 404
    by_case = org.get(f"/api/v1/admin/audit?case_id={case_id}&action=open_case").json()
    assert [e["detail"]["device_seq"] for e in by_case["entries"]] == [3]


def test_an_open_and_a_print_in_the_same_millisecond_keep_the_devices_order(org):
    """A print sent before the open it followed (they go by two endpoints), both stamped in
    one millisecond by the device: the log still says the print came last."""
    case_id = register_case(org, "amina", "North")
    at = "2026-11-18T09:00:00.000Z"
    assert send(org, "amina", [{"seq": 8, "at": at, "action": "summary_print",
                                "record_id": case_id, "record_type": "case",
                                "detail": {}}]).status_code == 204
    assert send_opens(org, "amina", [{"seq": 7, "at": at, "action": "open_case",
                                      "record_id": case_id,
                                      "record_type": "case"}]).status_code == 204
    log = org.get(f"/api/v1/cases/{case_id}/access", who="sam").json()
    assert [e["action"] for e in log["entries"]] == ["summary_print", "open_case"]


def test_an_open_names_a_record_and_nothing_else(org):
    case_id = register_case(org, "amina", "North")
    with_detail = [{"seq": 1, "at": "2026-11-18T10:00:00Z", "action": "open_case",
                    "record_id": case_id, "record_type": "case",
                    "detail": {"family": "Hassan"}}]
    assert send_opens(org, "amina", with_detail).status_code == 422
    an_export = [{"seq": 1, "at": "2026-11-18T10:00:00Z", "action": "export",
                  "record_id": case_id, "record_type": "case"}]
    assert send_opens(org, "amina", an_export).status_code == 422
    assert org.get(f"/api/v1/cases/{case_id}/access", who="sam").json()["total"] == 0


def test_the_access_log_and_a_devices_entries_are_read_through_their_indexes(org):
    """The audit log grows with every open of every case: a case's access log, and what a
    device sent already (each kept once), are found through the indexes of migration 0006,
    not by reading it all."""
    case_id = register_case(org, "amina", "North")
    device = DeviceContext(org.devices["amina"], str(uuid.uuid4()), "amina",
                           Role.CASEWORKER, frozenset({"North"}))
    engine = sa.create_engine(org.settings.database_url)
    plans = {}
    with engine.connect() as conn:
        for index, query in (("ix_audit_case_id", access_entries(conn, case_id)),
                             ("ix_audit_device_id", device_entries(conn, device, 1, 100))):
            sql = query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SET enable_seqscan = off"))  # a small table: as if large
                plans[index] = "\n".join(conn.execute(sa.text(f"EXPLAIN {sql}")).scalars())
            else:
                plans[index] = "\n".join(str(row[-1]) for row in conn.execute(
                    sa.text(f"EXPLAIN QUERY PLAN {sql}")))
    engine.dispose()
    for index, plan in plans.items():
        assert index in plan, plan
