"""The admin API on SQLite and PostgreSQL: each endpoint does what an administrator expects,
and each change lands in the server audit with ids and counts, never field values."""

from __future__ import annotations

import base64
import json
import uuid

import pytest

from casemgr.domain.forms import parse_form
from tests.server.admin_support import (
    PASSWORD,
    Org,
    op,
    organisation,
    pull_all,
    push,
    register_case,
)


@pytest.fixture
def org(db_url, tmp_path):
    with organisation(db_url, tmp_path) as o:
        yield o


def audit(org: Org, **params) -> list[dict]:
    response = org.get("/api/v1/admin/audit", params={"limit": 500, **params})
    assert response.status_code == 200, response.text
    entries: list[dict] = response.json()["entries"]
    return entries


# -- users and teams -------------------------------------------------------------------------

def test_users_are_listed_with_role_teams_and_devices(org):
    users = {u["username"]: u for u in org.get("/api/v1/admin/users").json()}
    assert users["sam"]["role"] == "supervisor" and users["sam"]["teams"] == ["North"]
    assert users["ada"]["teams"] == [] and users["amina"]["active"] is True
    assert all(u["devices"] == 1 for u in users.values())
    assert not any("password" in key for u in users.values() for key in u
                   if key != "password_reset_at")


def test_creating_a_user_who_then_signs_in_with_their_role_and_teams(org):
    response = org.post("/api/v1/admin/users", json={
        "username": "nadia", "role": "caseworker", "password": "a long first password",
        "teams": ["North", "South"]})
    assert response.status_code == 201, response.text
    assert response.json()["teams"] == ["North", "South"]
    login = org.login("nadia", "a long first password")
    assert login["user"]["role"] == "caseworker"
    assert login["lease"]["lease"]["teams"] == ["North", "South"]
    (entry,) = audit(org, action="user_created", actor="ada")
    assert entry["target"] == "nadia"
    assert "a long first password" not in json.dumps(entry)


@pytest.mark.parametrize(("body", "status"), [
    ({"username": "amina", "role": "caseworker", "password": "long enough pw"}, 409),
    ({"username": "x", "role": "caseworker", "password": "short"}, 422),
    ({"username": "x", "role": "boss", "password": "long enough pw"}, 422),
    ({"username": "bad name", "role": "caseworker", "password": "long enough pw"}, 422),
    ({"username": "x", "role": "caseworker", "password": "long enough pw",
      "teams": ["Nowhere"]}, 422),
])
def test_a_user_that_cannot_be_created_is_refused_and_nothing_is_written(org, body, status):
    before = org.get("/api/v1/admin/users").json()
    response = org.post("/api/v1/admin/users", json=body)
    assert response.status_code == status, response.text
    assert response.json()["error"]
    assert org.get("/api/v1/admin/users").json() == before
    assert audit(org, action="user_created", actor="ada") == []


def test_changing_role_and_teams_takes_effect_at_the_next_login(org):
    response = org.patch("/api/v1/admin/users/amina",
                         json={"role": "supervisor", "teams": ["South"]})
    assert response.status_code == 200, response.text
    assert response.json()["role"] == "supervisor" and response.json()["teams"] == ["South"]
    login = org.login("amina")
    assert login["user"] == {"username": "amina", "role": "supervisor", "teams": ["South"],
                             "active": True}
    (entry,) = audit(org, action="user_updated")
    assert entry["target"] == "amina" and sorted(entry["detail"]["changed"]) == ["role", "teams"]


def test_an_update_that_changes_nothing_is_not_audited(org):
    assert org.patch("/api/v1/admin/users/amina", json={"role": "caseworker"}).status_code == 200
    assert audit(org, action="user_updated") == []


def test_deactivating_a_user_wipes_their_devices_and_reactivating_lets_them_back(org):
    assert org.patch("/api/v1/admin/users/carl", json={"active": False}).status_code == 200
    response = org.get("/api/v1/me", who="carl")
    assert response.status_code == 401 and response.json()["reason"] == "revoked"
    assert org.patch("/api/v1/admin/users/carl", json={"active": True}).status_code == 200
    org.login("carl", device_id=str(uuid.uuid4()))
    assert org.get("/api/v1/me", who="carl").status_code == 200
    actions = [e["action"] for e in audit(org, actor="ada")]
    assert {"user_deactivated", "user_reactivated"} <= set(actions)


def test_an_admin_cannot_lock_themselves_out(org):
    for change in ({"active": False}, {"role": "caseworker"}):
        response = org.patch("/api/v1/admin/users/ada", json=change)
        assert response.status_code == 409, response.text
    assert org.get("/api/v1/admin/users").status_code == 200


def test_unknown_user_and_unknown_team_are_named(org):
    assert org.patch("/api/v1/admin/users/nobody", json={"active": False}).status_code == 404
    response = org.patch("/api/v1/admin/users/amina", json={"teams": ["North", "Atlantis"]})
    assert response.status_code == 422
    assert "Atlantis" in json.dumps(response.json()["detail"])


def test_password_reset_ends_sessions_and_the_device_recovers_its_key(org):
    data_key = base64.b64encode(bytes(range(32))).decode()
    device = str(uuid.uuid4())
    response = org.client.post("/api/v1/auth/login", json={
        "protocol_version": 1, "client_version": "0.1.0", "device_id": device,
        "username": "amina", "password": PASSWORD, "escrow_key": data_key})
    assert response.status_code == 200, response.text
    org.devices["amina"], org.tokens["amina"] = device, response.json()["tokens"]["access_token"]

    response = org.post("/api/v1/admin/users/amina/reset-password",
                        json={"password": "a brand new password"})
    assert response.status_code == 200, response.text
    assert response.json()["password_reset_at"]
    assert org.get("/api/v1/me", who="amina").status_code == 401  # the old session ended
    old = org.client.post("/api/v1/auth/login", json={
        "protocol_version": 1, "client_version": "0.1.0", "device_id": device,
        "username": "amina", "password": PASSWORD})
    assert old.status_code == 401
    recovered = org.client.post("/api/v1/auth/login", json={
        "protocol_version": 1, "client_version": "0.1.0", "device_id": device,
        "username": "amina", "password": "a brand new password", "want_key": True})
    assert recovered.status_code == 200 and recovered.json()["escrowed_key"] == data_key
    (entry,) = audit(org, action="password_reset")
    assert entry["actor"] == "ada" and "a brand new password" not in json.dumps(entry)


def test_teams_are_listed_created_once_and_named_sensibly(org):
    teams = {t["name"]: t for t in org.get("/api/v1/admin/teams").json()}
    assert teams["North"]["members"] == 3 and teams["South"]["members"] == 2
    response = org.post("/api/v1/admin/teams", json={"name": "East"})
    assert response.status_code == 201 and response.json()["members"] == 0
    assert org.post("/api/v1/admin/teams", json={"name": "East"}).status_code == 409
    for bad in ("", " East", "East\n", "x" * 201):
        assert org.post("/api/v1/admin/teams", json={"name": bad}).status_code == 422, bad
    assert [t["name"] for t in org.get("/api/v1/admin/teams").json()] == [
        "East", "North", "South"]
    assert "East" in org.get("/api/v1/directory", who="amina").json()["teams"]
    (entry,) = audit(org, action="team_created")
    assert entry["target"] == "East" and entry["detail"]["team_id"] == response.json()["id"]


def test_every_device_can_download_the_user_directory(org):
    response = org.get("/api/v1/directory", who="carl")
    assert response.status_code == 200, response.text
    users = {u["username"]: u for u in response.json()["users"]}
    assert users["sam"] == {"username": "sam", "role": "supervisor", "teams": ["North"],
                            "active": True}
    assert set(users) == {"ada", "sam", "sue", "amina", "carl", "rex"}
    assert response.json()["teams"] == ["North", "South"]


# -- devices -----------------------------------------------------------------------------------

def test_devices_are_listed_with_their_user_and_last_contact(org):
    devices = {d["username"]: d for d in org.get("/api/v1/admin/devices").json()}
    rex = devices["rex"]
    assert rex["id"] == org.devices["rex"] and rex["name"] == "rex's laptop"
    assert rex["client_version"] == "0.1.0" and rex["last_seen_at"]
    assert rex["revoked"] is False and rex["outbox_lag"] is None


def test_revoking_a_device_wipes_it_on_its_next_request(org):
    device = org.devices["rex"]
    assert org.get("/api/v1/me", who="rex").status_code == 200
    response = org.post(f"/api/v1/admin/devices/{device}/revoke")
    assert response.status_code == 200 and response.json()["revoked"] is True
    answer = org.get("/api/v1/me", who="rex")
    assert answer.status_code == 401 and answer.json()["reason"] == "revoked"
    again = org.post(f"/api/v1/admin/devices/{device}/revoke")
    assert again.status_code == 200
    (entry,) = audit(org, action="device_revoked")
    assert entry["actor"] == "ada" and entry["target"] == device
    assert org.post(f"/api/v1/admin/devices/{uuid.uuid4()}/revoke").status_code == 404


# -- forms -----------------------------------------------------------------------------------

def shipped(org: Org, form_id: str = "initial_risk_screening") -> dict:
    forms = org.get("/api/v1/forms", who="amina").json()["forms"]
    return next(f for f in forms if f["form_id"] == form_id)


def test_every_device_downloads_the_published_forms_and_can_check_them(org):
    response = org.get("/api/v1/forms", who="carl")
    assert response.status_code == 200
    forms = response.json()["forms"]
    assert len(forms) >= 3
    for f in forms:
        form = parse_form(f["definition"])
        assert (form.id, form.version) == (f["form_id"], f["version"])


def test_publishing_a_new_form_version_reaches_every_device(org):
    current = shipped(org)
    definition = {**current["definition"], "version": current["version"] + 1,
                  "title": "Initial risk screening (revised)"}
    response = org.post("/api/v1/admin/forms", json={"definition": definition})
    assert response.status_code == 201, response.text
    versions = [f["version"] for f in org.get("/api/v1/forms", who="amina").json()["forms"]
                if f["form_id"] == current["form_id"]]
    assert versions == [current["version"], current["version"] + 1]
    (entry,) = audit(org, action="form_published", actor="ada")
    assert entry["detail"] == {"form_id": current["form_id"], "version": current["version"] + 1}


def test_published_versions_never_change_and_versions_only_go_up(org):
    current = shipped(org)
    same = {**current["definition"], "title": "Changed after publishing"}
    response = org.post("/api/v1/admin/forms", json={"definition": same})
    assert response.status_code == 409, response.text
    assert shipped(org)["definition"] == current["definition"]
    newer = {**current["definition"], "version": current["version"] + 2}
    assert org.post("/api/v1/admin/forms", json={"definition": newer}).status_code == 201
    between = {**current["definition"], "version": current["version"] + 1}
    assert org.post("/api/v1/admin/forms", json={"definition": between}).status_code == 409


def test_a_form_the_engine_refuses_is_not_published(org):
    current = shipped(org)
    broken = {**current["definition"], "version": current["version"] + 1, "sections": []}
    response = org.post("/api/v1/admin/forms", json={"definition": broken})
    assert response.status_code == 422
    assert response.json()["detail"][0]["msg"]
    assert response.json()["detail"][0]["loc"][-1] == "sections"
    assert shipped(org)["version"] == current["version"]
    assert audit(org, action="form_published", actor="ada") == []


@pytest.mark.parametrize("bad", ["\x00", "\ud800"])
def test_a_form_with_text_no_database_stores_is_refused_not_a_server_error(org, bad):
    current = shipped(org)
    definition = {**current["definition"], "version": current["version"] + 1,
                  "title": f"Screening {bad}"}
    body = json.dumps({"definition": definition}).encode()  # json escapes both as \uXXXX
    response = org.post("/api/v1/admin/forms", content=body,
                        headers={"Content-Type": "application/json"})
    assert response.status_code == 422, response.text
    assert response.json()["detail"][0]["loc"] == ["body", "definition", "title"]


# -- audit -----------------------------------------------------------------------------------

def test_audit_is_filtered_by_actor_action_and_time_and_paged(org):
    org.clock.advance(60)
    for name in ("East", "West", "Central"):
        org.clock.advance(60)
        assert org.post("/api/v1/admin/teams", json={"name": name}).status_code == 201
    created = audit(org, action="team_created")
    assert [e["target"] for e in created] == ["Central", "West", "East"]  # newest first
    first = org.get("/api/v1/admin/audit",
                    params={"action": "team_created", "limit": 2}).json()
    assert first["total"] == 3 and len(first["entries"]) == 2 and first["next_offset"] == 2
    rest = org.get("/api/v1/admin/audit", params={"action": "team_created", "limit": 2,
                                                  "offset": first["next_offset"]}).json()
    assert [e["target"] for e in rest["entries"]] == ["East"] and rest["next_offset"] is None
    west_at = created[1]["at"]
    window = audit(org, action="team_created", since=west_at, until=created[0]["at"])
    assert [e["target"] for e in window] == ["West"]
    assert audit(org, actor="sam", action="team_created") == []
    assert audit(org, action="login", until="2000-01-01T00:00:00Z") == []
    assert len(audit(org, action="login", since="2026-01-01T00:00:00+02:00")) == 6


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 501}, {"offset": -1},
                                    {"since": "yesterday"}, {"actor": "x" * 65}])
def test_audit_query_refuses_nonsense(org, params):
    assert org.get("/api/v1/admin/audit", params=params).status_code == 422


# -- cases, conflicts, quarantine, sync health -------------------------------------------------

def concurrent_edits(org: Org) -> str:
    """amina's North case; amina and sam change its risk at once (a conflict raised by sam's
    push); carl, of the South team, tries to change it too (quarantined)."""
    case_id = register_case(org, "amina", "North")
    edit = {"kind": "update", "base_rev": 1, "base": {"risk": "medium"}}
    assert push(org, "amina", [op(case_id, "case", case_id, {"risk": "high"}, **edit)],
                outbox_lag=4)[0]["status"] == "applied"
    assert push(org, "sam", [op(case_id, "case", case_id, {"risk": "low"}, **edit)]
                )[0]["status"] == "conflict"
    assert push(org, "carl", [op(case_id, "case", case_id, {"risk": "low"}, **edit)]
                )[0]["status"] == "rejected"
    return case_id


def test_sync_health_shows_each_devices_sync_conflicts_and_quarantine(org):
    concurrent_edits(org)
    pull_all(org, "amina")
    health = org.get("/api/v1/admin/sync-health").json()
    devices = {d["username"]: d for d in health["devices"]}
    assert health["open_conflicts"] == 1 and health["quarantined"] == 1
    assert devices["sam"]["open_conflicts"] == 1 and devices["sam"]["quarantined"] == 0
    assert devices["carl"]["quarantined"] == 1 and devices["carl"]["open_conflicts"] == 0
    assert devices["amina"]["outbox_lag"] == 4
    assert devices["amina"]["last_push_at"] and devices["amina"]["last_pull_at"]
    assert devices["sue"]["last_push_at"] is None and devices["sue"]["last_pull_at"] is None


def test_open_conflicts_name_their_case_but_not_the_values(org):
    case_id = concurrent_edits(org)
    (conflict,) = org.get("/api/v1/admin/conflicts").json()
    assert conflict["case_id"] == case_id and conflict["record_id"] == case_id
    assert conflict["field"] == "risk" and conflict["record_type"] == "case"
    assert conflict["client_by"] == "sam" and conflict["server_by"] == "amina"
    assert not any(key.endswith("value") for key in conflict)


def test_quarantine_is_listed_without_values_and_marked_reviewed(org):
    case_id = concurrent_edits(org)
    (item,) = org.get("/api/v1/admin/quarantine", params={"status": "open"}).json()
    assert item["username"] == "carl" and item["case_id"] == case_id
    assert item["fields"] == ["risk"] and item["kind"] == "update" and item["reason"]
    assert item["device_id"] == org.devices["carl"]

    response = org.post(f"/api/v1/admin/quarantine/{item['id']}/review")  # no body: dismissed
    assert response.status_code == 200 and response.json()["status"] == "reviewed"
    assert org.get("/api/v1/admin/quarantine", params={"status": "open"}).json() == []
    assert [q["id"] for q in org.get("/api/v1/admin/quarantine",
                                     params={"status": "reviewed"}).json()] == [item["id"]]
    assert org.get("/api/v1/admin/sync-health").json()["quarantined"] == 0
    assert org.get("/api/v1/sync/quarantine", who="carl").json()["changes"] == []
    assert org.post(f"/api/v1/admin/quarantine/{item['id']}/review").status_code == 200
    (entry,) = audit(org, action="quarantine_reviewed")
    assert entry["target"] == item["id"] and entry["detail"]["case_id"] == case_id
    assert entry["detail"]["outcome"] == "dismissed"
    assert org.post(f"/api/v1/admin/quarantine/{uuid.uuid4()}/review").status_code == 404


def test_a_quarantined_change_is_marked_resolved_and_the_audit_says_so(org):
    concurrent_edits(org)
    (item,) = org.get("/api/v1/admin/quarantine").json()
    response = org.post(f"/api/v1/admin/quarantine/{item['id']}/review",
                        json={"outcome": "resolved"})
    assert response.status_code == 200 and response.json()["status"] == "reviewed"
    (entry,) = audit(org, action="quarantine_reviewed")
    assert entry["detail"]["outcome"] == "resolved"
    assert org.post(f"/api/v1/admin/quarantine/{item['id']}/review",
                    json={"outcome": "forgotten"}).status_code == 422


def test_audit_is_filtered_by_the_user_it_was_by_or_about_and_by_case(org):
    case_id = concurrent_edits(org)
    (item,) = org.get("/api/v1/admin/quarantine").json()
    assert org.post(f"/api/v1/admin/quarantine/{item['id']}/review").status_code == 200
    assert org.post(f"/api/v1/admin/cases/{case_id}/reassign",
                    json={"assigned_to": "carl", "team": "South"}).status_code == 200
    assert org.post(f"/api/v1/admin/devices/{org.devices['rex']}/revoke").status_code == 200
    assert org.patch("/api/v1/admin/users/rex", json={"role": "supervisor"}).status_code == 200
    other = register_case(org, "amina", "North")

    about_case = audit(org, case_id=case_id)
    assert [e["action"] for e in about_case] == ["case_reassigned", "quarantine_reviewed"]
    assert audit(org, case_id=other) == []
    about_rex = {(e["actor"], e["action"]) for e in audit(org, user="rex")}
    assert about_rex == {("rex", "login"), ("rex", "device_registered"),
                         ("ada", "device_revoked"), ("ada", "user_updated"),
                         ("test", "user_created")}
    assert {e["action"] for e in audit(org, user="rex", actor="ada")} == {
        "device_revoked", "user_updated"}
    for bad in ({"case_id": "not-a-case"}, {"user": "x" * 65}):
        assert org.get("/api/v1/admin/audit", params=bad).status_code == 422


def test_reassigning_a_case_moves_it_between_devices(org):
    case_id = register_case(org, "amina", "North")
    _, _, amina_cursor = pull_all(org, "amina")
    response = org.post(f"/api/v1/admin/cases/{case_id}/reassign",
                        json={"assigned_to": "carl", "team": "South"})
    assert response.status_code == 200, response.text
    assert response.json()["fields"]["assigned_to"] == "carl"
    assert response.json()["fields"]["team"] == "South"
    records, _, _ = pull_all(org, "carl")
    assert {r["type"] for r in records if r["case_id"] == case_id} == {"case", "family"}
    _, evicted, _ = pull_all(org, "amina", amina_cursor)
    assert evicted == [case_id]
    (entry,) = audit(org, action="case_reassigned")
    assert entry["actor"] == "ada" and entry["target"] == case_id
    assert "carl" not in json.dumps(entry) and "South" not in json.dumps(entry)


def test_a_case_cannot_be_reassigned_to_nobody(org):
    case_id = register_case(org, "amina", "North")
    assert org.patch("/api/v1/admin/users/rex", json={"active": False}).status_code == 200
    for body, status in [({"assigned_to": "nobody"}, 422), ({"assigned_to": "rex"}, 422),
                         ({"assigned_to": "carl", "team": "Atlantis"}, 422)]:
        response = org.post(f"/api/v1/admin/cases/{case_id}/reassign", json=body)
        assert response.status_code == status, (body, response.text)
    missing = org.post(f"/api/v1/admin/cases/{uuid.uuid4()}/reassign",
                       json={"assigned_to": "carl"})
    assert missing.status_code == 404
    assert audit(org, action="case_reassigned") == []


def test_a_reassigned_cases_open_tasks_go_with_it(org):
    case_id = register_case(org, "amina", "North")
    mine, done, someone_elses = (str(uuid.uuid4()) for _ in range(3))
    results = push(org, "amina", [
        op(mine, "task", case_id, {"title": "Home visit", "kind": "follow_up",
                                   "due_date": "2026-12-01", "status": "open",
                                   "assigned_to": "amina"}),
        op(done, "task", case_id, {"title": "First visit", "kind": "first_visit",
                                   "due_date": "2026-11-03", "status": "done",
                                   "completed_on": "2026-11-02", "assigned_to": "amina"}),
        op(someone_elses, "task", case_id, {"title": "Supervision", "kind": "follow_up",
                                            "due_date": "2026-12-02", "status": "open",
                                            "assigned_to": "sam"}),
    ])
    assert [r["status"] for r in results] == ["applied"] * 3, results
    response = org.post(f"/api/v1/admin/cases/{case_id}/reassign",
                        json={"assigned_to": "carl", "team": "South"})
    assert response.status_code == 200, response.text
    records, _, _ = pull_all(org, "carl")
    tasks = {r["id"]: r["fields"]["assigned_to"] for r in records if r["type"] == "task"}
    assert tasks == {mine: "carl", done: "amina", someone_elses: "sam"}
