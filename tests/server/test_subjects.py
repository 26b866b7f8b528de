"""Subject access and erasure on the server (casemgr.server.subjects) through the real admin
and sync routes, on SQLite and PostgreSQL: what one person's subject access holds and leaves
out, the second admin's approval, and what an erasure leaves in the database."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import uuid
from typing import Any

import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from casemgr.server import tables as t
from casemgr.sync.protocol import PROTOCOL_VERSION, SignedErasure, canonical_json, eviction_nonce
from tests.server.admin_support import PEOPLE, Org, op, organisation, pull_all, push
from tests.support.server_dump import dump

SECRET = "ZQX-ERASE-9931"
OTHER_FAMILY = "Kowalczyk-Other"


@pytest.fixture
def org(db_url, tmp_path):
    with organisation(db_url, tmp_path, people={**PEOPLE, "abe": ("admin", ())}) as org:
        yield org


def register(org: Org, family_name: str, people: list[dict[str, Any]]
             ) -> tuple[str, str, list[str]]:
    """A case of amina's with its family and people: (case id, family id, person ids)."""
    case_id, family_id = str(uuid.uuid4()), str(uuid.uuid4())
    person_ids = [str(uuid.uuid4()) for _ in people]
    ops = [op(family_id, "family", case_id, {"name": family_name}),
           op(case_id, "case", case_id, {
               "case_number": f"T-{case_id[:5]}", "family_id": family_id, "status": "open",
               "assigned_to": "amina", "team": "North", "legal_basis": "consent",
               "opened_on": "2026-11-01", "risk": "medium"})]
    ops += [op(pid, "person", case_id, {"family_id": family_id, "family_name": family_name,
                                         **p}) for pid, p in zip(person_ids, people, strict=True)]
    assert {r["status"] for r in push(org, "amina", ops)} == {"applied"}
    return case_id, family_id, person_ids


def add(org: Org, case_id: str, record_type: str, fields: dict[str, Any]) -> str:
    record_id = str(uuid.uuid4())
    (result,) = push(org, "amina", [op(record_id, record_type, case_id, fields)])
    assert result["status"] == "applied", result
    return record_id


def everything(org: Org) -> str:
    """Every row of every table of the server database, as text (a dump to grep)."""
    return dump(org.settings.database_url)


@pytest.fixture
def household(org):
    """Two families: the Mwangi (a child whose school is SECRET, her brother, their mother)
    and another family (OTHER_FAMILY) that must stay out of the child's subject access."""
    case_id, family_id, (child, brother, mother) = register(org, "Mwangi", [
        {"given_name": "Wanjiru", "role": "child", "school": SECRET},
        {"given_name": "Otieno", "role": "child"},
        {"given_name": "Grace", "role": "caregiver"}])
    mine = {
        "assessment": add(org, case_id, "assessment", {
            "form_id": "f", "form_version": 1, "answers": {"q": SECRET}, "person_id": child}),
        "referral": add(org, case_id, "referral", {
            "person_id": child, "service_type": "education", "urgency": "routine",
            "status": "draft", "reason": f"school {SECRET}"}),
        "visit_alone": add(org, case_id, "visit", {
            "visit_date": "2026-11-02", "visit_type": "home", "children_seen": [child],
            "observations": f"Wanjiru at {SECRET}"}),
        "task": add(org, case_id, "task", {"title": "Call the school", "kind": "other",
                                           "due_date": "2026-12-01", "status": "open"}),
    }
    shared_visit = add(org, case_id, "visit", {
        "visit_date": "2026-11-03", "visit_type": "home",
        "children_seen": [child, brother], "observations": "Both well"})
    brothers = add(org, case_id, "referral", {
        "person_id": brother, "service_type": "health", "urgency": "routine",
        "status": "draft", "reason": "Otieno's check-up"})
    other_case, _, _ = register(org, OTHER_FAMILY, [{"given_name": "Jan", "role": "child"}])
    return {"case": case_id, "family": family_id, "child": child, "brother": brother,
            "mother": mother, "mine": mine, "shared_visit": shared_visit,
            "brothers": brothers, "other_case": other_case}


def test_subject_access_holds_the_person_and_what_concerns_them_only(org, household):
    h = household
    answer = org.get(f"/api/v1/admin/people/{h['child']}/subject-access")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["person"]["fields"]["school"] == SECRET
    assert body["family"]["fields"]["name"] == "Mwangi"
    assert [c["id"] for c in body["cases"]] == [h["case"]]
    ids = {r["id"] for r in body["records"]}
    assert set(h["mine"].values()) | {h["shared_visit"]} <= ids
    assert h["brothers"] not in ids  # names only her brother
    assert "Otieno" not in json.dumps(body["records"]) and OTHER_FAMILY not in answer.text
    assert h["brother"] not in {body["person"]["id"], *ids}
    # Audited, with counts only; the audit entry appears in the next subject access.
    audit = org.get("/api/v1/admin/audit", params={"action": "subject_access"}).json()
    (entry,) = audit["entries"]
    assert entry["target"] == h["child"] and SECRET not in json.dumps(entry)
    again = org.get(f"/api/v1/admin/people/{h['child']}/subject-access").json()
    assert "subject_access" in {a["action"] for a in again["audit"]}
    assert org.get(f"/api/v1/admin/people/{uuid.uuid4()}/subject-access").status_code == 404
    assert org.get(f"/api/v1/admin/people/{h['child']}/subject-access",
                   who="sam").status_code == 403


def test_an_erasure_needs_a_second_admin_and_leaves_no_trace_of_the_person(org, household):
    h = household
    _, _, cursor = pull_all(org, "amina")
    asked = org.post("/api/v1/admin/erasures", json={"person_id": h["child"]})
    assert asked.status_code == 201, asked.text
    erasure = asked.json()
    assert erasure["status"] == "requested" and erasure["requested_by"] == "ada"
    refused = org.post(f"/api/v1/admin/erasures/{erasure['id']}/approve")
    assert refused.status_code == 403 and "another administrator" in refused.text
    assert SECRET in everything(org)  # nothing erased yet

    done = org.post(f"/api/v1/admin/erasures/{erasure['id']}/approve", who="abe")
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "erased" and done.json()["approved_by"] == "abe"
    assert done.json()["records"] == 1 + 3  # she, her assessment, referral, visit alone
    dump = everything(org)
    assert SECRET not in dump and "Wanjiru" not in dump
    for kept in ("Otieno", "Grace", "Both well", "Call the school"):
        assert kept in dump  # the case's other people and the records about them remain
    (entry,) = org.get("/api/v1/admin/audit", params={"action": "erasure_approved"}
                       ).json()["entries"]
    assert entry["actor"] == "abe" and entry["detail"]["requested_by"] == "ada"
    assert entry["detail"]["records"] == 4 and SECRET not in json.dumps(entry)
    assert entry["detail"]["unnamed_in"] == 1

    # A device pulling from before the erasure gets it, signed for it with the pull's nonce,
    # and the visit that saw her and her brother, which no longer names her.
    page = org.get("/api/v1/sync/pull", who="amina", params={"cursor": cursor}).json()
    (shared,) = [r for r in page["records"] if r["id"] == h["shared_visit"]]
    assert shared["fields"]["children_seen"] == [h["brother"]]
    assert shared["fields"]["observations"] == "Both well"
    assert h["child"] not in json.dumps(page["records"])
    (order,) = [SignedErasure.model_validate(e) for e in page["erase"]]
    assert set(order.erasure.record_ids) == {h["child"], *(
        h["mine"][k] for k in ("assessment", "referral", "visit_alone"))}
    assert order.erasure.case_ids == [] and order.erasure.device_id == org.devices["amina"]
    assert order.erasure.nonce == eviction_nonce(page["epoch"], cursor)
    info = org.get("/api/v1/server-info").json()
    Ed25519PublicKey.from_public_bytes(base64.b64decode(info["server_public_key"])).verify(
        base64.b64decode(order.signature), canonical_json(order.erasure))
    # One from past it does not; a page without one has no `erase` key (older clients).
    later = org.get("/api/v1/sync/pull", who="amina",
                    params={"cursor": page["next_cursor"]}).json()
    assert "erase" not in later

    # An offline edit of the erased child comes back refused, and its value is not kept.
    (result,) = push(org, "amina", [op(h["child"], "person", h["case"], {"school": SECRET},
                                       kind="update", base_rev=1)])
    assert result["status"] == "rejected" and "erased" in result["reason"]
    (new,) = push(org, "amina", [op(str(uuid.uuid4()), "referral", h["case"], {
        "person_id": h["child"], "service_type": "health", "urgency": "routine",
        "status": "draft", "reason": SECRET})])
    assert new["status"] == "rejected"
    assert SECRET not in everything(org)
    assert org.get(f"/api/v1/admin/people/{h['child']}/subject-access").status_code == 404


def test_the_last_person_of_a_household_takes_the_whole_case_and_its_files(org):
    case_id, _, (child,) = register(org, "Alone", [
        {"given_name": "Solo", "role": "child", "school": SECRET}])
    note = add(org, case_id, "note", {"text": f"about {SECRET}"})
    data = os.urandom(3000)
    sha = hashlib.sha256(data).hexdigest()
    attachment = add(org, case_id, "attachment", {"filename": "report.pdf.enc",
                                                  "size": len(data), "sha256": sha})
    info = {"protocol_version": PROTOCOL_VERSION, "client_version": "0.1.0",
            "device_id": org.devices["amina"]}
    assert org.post("/api/v1/attachments/init", who="amina", json={
        **info, "sha256": sha, "size": len(data), "record_id": attachment}).status_code == 200
    assert org.put(f"/api/v1/attachments/{sha}/chunks/0", who="amina", content=data,
                   headers={"Content-Type": "application/octet-stream"}).status_code == 200
    assert org.post(f"/api/v1/attachments/{sha}/finalize", who="amina").json()["complete"]
    asked = org.post("/api/v1/admin/erasures", json={"person_id": child}, who="abe").json()
    done = org.post(f"/api/v1/admin/erasures/{asked['id']}/approve").json()
    assert (done["cases"], done["files"]) == (1, 1)
    dump = everything(org)
    assert SECRET not in dump and data.hex()[:64] not in dump
    engine = sa.create_engine(org.settings.database_url)
    with engine.connect() as conn:
        assert conn.scalar(sa.select(sa.func.count()).select_from(t.records)
                           .where(t.records.c.case_id == case_id)) == 0
        assert conn.scalar(sa.select(sa.func.count()).select_from(t.blob_chunks)) == 0
        assert conn.scalar(sa.select(sa.func.count()).select_from(t.case_scope)
                           .where(t.case_scope.c.case_id == case_id)) == 0
        assert {note, attachment, case_id} <= set(conn.scalars(
            sa.select(t.erased_records.c.record_id)))
    engine.dispose()
    records, _, _ = pull_all(org, "amina")
    assert case_id not in {r["case_id"] for r in records}


def test_a_request_can_be_cancelled_and_is_then_not_approved(org, household):
    asked = org.post("/api/v1/admin/erasures", json={"person_id": household["mother"]}).json()
    assert org.post("/api/v1/admin/erasures", json={"person_id": household["mother"]}
                    ).json()["id"] == asked["id"]  # one open request per person
    assert org.post(f"/api/v1/admin/erasures/{asked['id']}/cancel").json()["status"] == \
        "cancelled"
    assert org.post(f"/api/v1/admin/erasures/{asked['id']}/approve", who="abe"
                    ).status_code == 409
    assert "Grace" in everything(org)
    listed = org.get("/api/v1/admin/erasures").json()
    assert [(e["id"], e["status"]) for e in listed] == [(asked["id"], "cancelled")]


def test_a_deleted_person_is_still_held_and_can_be_erased(org, household):
    """A deleted record keeps its fields on the server (a tombstone): subject access shows it,
    and an erasure removes it like any other."""
    h = household
    (deleted,) = push(org, "amina", [op(h["brother"], "person", h["case"], {}, kind="delete",
                                        base_rev=1)])
    assert deleted["status"] == "applied"
    held = org.get(f"/api/v1/admin/people/{h['brother']}/subject-access").json()
    assert held["person"]["deleted"] is True and held["person"]["fields"]["given_name"] == \
        "Otieno"
    asked = org.post("/api/v1/admin/erasures", json={"person_id": h["brother"]}).json()
    done = org.post(f"/api/v1/admin/erasures/{asked['id']}/approve", who="abe").json()
    assert done["records"] == 2  # him and the referral about him alone
    dump = everything(org)
    assert "Otieno" not in dump and "Wanjiru" in dump and "Both well" in dump
