"""A device's exports and prints in the server's audit log (POST /api/v1/sync/audit): kept
once each, with the device and its number, found by the audit of a case, shown to an admin;
on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

import pytest

from casemgr.sync.protocol import PROTOCOL_VERSION
from tests.server.admin_support import organisation


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
