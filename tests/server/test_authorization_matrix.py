"""Who may call what: every route of the app (enumerated from the app itself, so a new route
cannot escape) × caseworker, supervisor, admin, anonymous and a revoked device × a case of
the caller's own team and of another team, on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.routing import iter_route_contexts

from casemgr.sync.protocol import PROTOCOL_VERSION
from tests.server.admin_support import (
    PASSWORD,
    PEOPLE,
    Org,
    op,
    organisation,
    pull_all,
    push,
    register_case,
)

ROLES = ("caseworker", "supervisor", "admin", "anonymous", "revoked")
WHO: dict[str, str | None] = {"caseworker": "amina", "supervisor": "sam", "admin": "ada",
                              "anonymous": None, "revoked": "rex"}
TEAMS = ("own", "other")  # a North case (the team of amina and sam) and a South case
SERVICE = Path(__file__).resolve().parents[1] / "data" / "hsds" / "service_full.json"


@dataclass
class Blob:
    record_id: str
    sha256: str
    data: bytes


@dataclass
class World:
    """The organisation, a case of each team with a complete attachment, a spare case,
    a quarantined change, and rex's revoked device."""

    org: Org
    cases: dict[str, str]  # "own" | "other" -> case id
    blobs: dict[str, Blob]
    quarantined: str

    def client_info(self, who: str | None) -> dict[str, Any]:
        device = self.org.devices.get(who or "", str(uuid.uuid4()))
        return {"protocol_version": PROTOCOL_VERSION, "client_version": "0.1.0",
                "device_id": device}


def build_world(org: Org) -> World:
    cases = {"own": register_case(org, "amina", "North"),
             "other": register_case(org, "carl", "South")}
    blobs = {}
    for team, who in (("own", "amina"), ("other", "carl")):
        data = os.urandom(1000)
        blob = Blob(str(uuid.uuid4()), hashlib.sha256(data).hexdigest(), data)
        assert push(org, who, [op(blob.record_id, "attachment", cases[team], {
            "filename": "photo.jpg.enc", "size": len(data), "sha256": blob.sha256})]
                    )[0]["status"] == "applied"
        info = {"protocol_version": PROTOCOL_VERSION, "client_version": "0.1.0",
                "device_id": org.devices[who]}
        assert org.post("/api/v1/attachments/init", who=who, json={
            **info, "sha256": blob.sha256, "size": len(data), "record_id": blob.record_id,
        }).status_code == 200
        assert org.put(f"/api/v1/attachments/{blob.sha256}/chunks/0", who=who, content=data,
                       headers={"Content-Type": "application/octet-stream"}).status_code == 200
        assert org.post(f"/api/v1/attachments/{blob.sha256}/finalize", who=who
                        ).json()["complete"] is True
        blobs[team] = blob
    assert push(org, "carl", [op(cases["own"], "case", cases["own"], {"summary": "x"},
                                 kind="update", base_rev=1)])[0]["status"] == "rejected"
    (item,) = org.get("/api/v1/admin/quarantine").json()
    assert org.post(f"/api/v1/admin/devices/{org.devices['rex']}/revoke").status_code == 200
    return World(org, cases, blobs, item["id"])


# -- one valid request per route ------------------------------------------------------------------

Request = tuple[str, dict[str, Any]]  # the concrete path, and the client's keyword arguments
Build = Callable[[World, str | None, str], Request]


def login(w: World, who: str | None, team: str) -> Request:
    if who is None:
        return "/api/v1/auth/login", {"json": {**w.client_info(None), "username": "nobody",
                                               "password": PASSWORD}}
    return "/api/v1/auth/login", {"json": {**w.client_info(who), "username": who,
                                           "password": PASSWORD}}


def refresh(w: World, who: str | None, team: str) -> Request:
    token = w.org.refresh_tokens.get(who or "", "x" * 43)
    return "/api/v1/auth/refresh", {"json": {**w.client_info(who), "refresh_token": token}}


def escrow(w: World, who: str | None, team: str) -> Request:
    key = base64.b64encode(os.urandom(32)).decode()
    return "/api/v1/devices/me/escrow", {"json": {**w.client_info(who), "escrow_key": key}}


def audit_events(w: World, who: str | None, team: str) -> Request:
    event = {"seq": 1, "at": "2026-11-18T10:00:00Z", "action": "export",
             "detail": {"format": "csv", "deidentified": True, "rows": {"cases": 3}}}
    return "/api/v1/sync/audit", {"json": {**w.client_info(who), "events": [event]}}


def access_events(w: World, who: str | None, team: str) -> Request:
    event = {"seq": 2, "at": "2026-11-18T10:00:00Z", "action": "open_case",
             "record_id": w.cases[team], "record_type": "case"}
    return "/api/v1/sync/access", {"json": {**w.client_info(who), "events": [event]}}


def case_access(w: World, who: str | None, team: str) -> Request:
    return f"/api/v1/cases/{w.cases[team]}/access", {}


def push_edit(w: World, who: str | None, team: str) -> Request:
    seqs = w.org.__dict__.setdefault("_seqs", {})
    seq = seqs.get(who, 0) + 1
    edit = op(w.cases[team], "case", w.cases[team], {"summary": f"seen by {who}"},
              kind="update", base_rev=1)
    return "/api/v1/sync/push", {"json": {**w.client_info(who), "client_seq_from": seq,
                                          "ops": [{**edit, "client_seq": seq}]}}


def attachment_init(w: World, who: str | None, team: str) -> Request:
    blob = w.blobs[team]
    return "/api/v1/attachments/init", {"json": {
        **w.client_info(who), "sha256": blob.sha256, "size": len(blob.data),
        "record_id": blob.record_id}}


def chunk(w: World, who: str | None, team: str) -> Request:
    blob = w.blobs[team]
    return f"/api/v1/attachments/{blob.sha256}/chunks/0", {
        "content": blob.data, "headers": {"Content-Type": "application/octet-stream"}}


def finalize(w: World, who: str | None, team: str) -> Request:
    return f"/api/v1/attachments/{w.blobs[team].sha256}/finalize", {}


def plain(path: str, **kwargs: Any) -> Build:
    return lambda w, who, team: (path, kwargs)


def reassign(w: World, who: str | None, team: str) -> Request:
    owner = "amina" if team == "own" else "carl"  # to whom it is assigned already
    return f"/api/v1/admin/cases/{w.cases[team]}/reassign", {"json": {"assigned_to": owner}}


def next_form_version(w: World, who: str | None, team: str) -> Request:
    forms = w.org.get("/api/v1/forms", who="ada").json()["forms"]
    latest = max(forms, key=lambda f: (f["form_id"] == "initial_risk_screening", f["version"]))
    return "/api/v1/admin/forms", {"json": {"definition": {
        **latest["definition"], "version": latest["version"] + 1}}}


def break_glass(w: World, who: str | None, team: str) -> Request:
    return "/api/v1/sync/break-glass", {"json": {
        **w.client_info(who), "case": w.cases[team], "reason": "immediate_risk",
        "note": "The police called about the child"}}


def end_break_glass(w: World, who: str | None, team: str) -> Request:
    """The caller ends their own access (made by the break-glass route just before)."""
    return "/api/v1/sync/break-glass/end", {"json": {
        **w.client_info(who), "case_id": w.cases[team]}}


def new_person(w: World) -> str:
    """A child added to the own team's case, by amina's device."""
    person_id = str(uuid.uuid4())
    family_id = next(r["id"] for r in pull_all(w.org, "amina")[0]
                     if r["type"] == "family" and r["case_id"] == w.cases["own"])
    (result,) = push(w.org, "amina", [op(person_id, "person", w.cases["own"], {
        "family_id": family_id, "given_name": "Ami", "family_name": "Hassan",
        "role": "child"})])
    assert result["status"] == "applied"
    return person_id


def subject_access(w: World, who: str | None, team: str) -> Request:
    return f"/api/v1/admin/people/{new_person(w)}/subject-access", {}


def erasure_of(w: World, action: str) -> Request:
    """A new erasure request by abe (the second admin), to approve or cancel."""
    answer = w.org.post("/api/v1/admin/erasures", who="abe",
                        json={"person_id": new_person(w)})
    assert answer.status_code == 201, answer.text
    return f"/api/v1/admin/erasures/{answer.json()['id']}/{action}", {}


@dataclass(frozen=True)
class Route:
    access: str  # "public" | "device" | "admin"
    build: Build
    ok: int = 200  # what an allowed caller gets
    # for a route about a case: role -> (status on an own-team case, on an other-team case)
    scoped: dict[str, tuple[int, int]] | None = None
    ends_session: bool = False  # the caller signs in again afterwards


UPLOAD = {"caseworker": (200, 403), "supervisor": (200, 403), "admin": (403, 403)}
DOWNLOAD = {"caseworker": (200, 403), "supervisor": (200, 403), "admin": (200, 200)}
# Break-glass is for a case outside one's scope: one in it is 409 (admins reach every case).
BREAK_GLASS = {"caseworker": (409, 200), "supervisor": (409, 200), "admin": (409, 409)}
# Ending one's own access: the other team's case, opened by break-glass just before (none
# runs on one's own team's case, nor for an admin).
END_GLASS = {"caseworker": (404, 200), "supervisor": (404, 200), "admin": (404, 404)}
ANY_CASE = {"caseworker": (200, 200), "supervisor": (200, 200), "admin": (200, 200)}
# Who looked at a case: its team's supervisor and admins, never a caseworker (issue 15).
WATCHERS = {"caseworker": (403, 403), "supervisor": (200, 403), "admin": (200, 200)}

ROUTES: dict[tuple[str, str], Route] = {
    ("GET", "/openapi.json"): Route("public", plain("/openapi.json")),
    ("GET", "/api/v1/server-info"): Route("public", plain("/api/v1/server-info")),
    ("GET", "/healthz"): Route("public", plain("/healthz")),
    ("GET", "/readyz"): Route("public", plain("/readyz")),
    ("GET", "/metrics"): Route("public", plain("/metrics")),
    ("POST", "/api/v1/auth/login"): Route("public", login, ends_session=True),
    ("POST", "/api/v1/auth/refresh"): Route("public", refresh, ends_session=True),
    ("POST", "/api/v1/auth/logout"): Route("device", plain("/api/v1/auth/logout"), ok=204,
                                           ends_session=True),
    ("POST", "/api/v1/auth/lease"): Route("device", plain("/api/v1/auth/lease")),
    ("GET", "/api/v1/me"): Route("device", plain("/api/v1/me")),
    ("POST", "/api/v1/devices/me/escrow"): Route("device", escrow, ok=204),
    ("POST", "/api/v1/sync/push"): Route("device", push_edit, scoped=ANY_CASE),
    ("GET", "/api/v1/sync/pull"): Route("device", plain("/api/v1/sync/pull")),
    ("GET", "/api/v1/sync/quarantine"): Route("device", plain("/api/v1/sync/quarantine")),
    ("GET", "/api/v1/sync/wait"): Route("device", plain("/api/v1/sync/wait?cursor=0&wait_s=1")),
    ("POST", "/api/v1/sync/audit"): Route("device", audit_events, ok=204),
    ("POST", "/api/v1/sync/access"): Route("device", access_events, ok=204),
    ("GET", "/api/v1/cases/{case_id}/access"): Route("device", case_access, scoped=WATCHERS),
    ("POST", "/api/v1/attachments/init"): Route("device", attachment_init, scoped=UPLOAD),
    ("PUT", "/api/v1/attachments/{sha256}/chunks/{idx}"): Route("device", chunk,
                                                                 scoped=UPLOAD),
    ("POST", "/api/v1/attachments/{sha256}/finalize"): Route("device", finalize,
                                                              scoped=UPLOAD),
    ("GET", "/api/v1/attachments/{sha256}/chunks/{idx}"): Route("device", chunk,
                                                                 scoped=DOWNLOAD),
    ("GET", "/api/v1/forms"): Route("device", plain("/api/v1/forms")),
    ("GET", "/api/v1/directory"): Route("device", plain("/api/v1/directory")),
    ("GET", "/api/v1/admin/users"): Route("admin", plain("/api/v1/admin/users")),
    ("POST", "/api/v1/admin/users"): Route("admin", plain("/api/v1/admin/users", json={
        "username": "newbie", "role": "caseworker", "password": "a first password",
        "teams": ["North"]}), ok=201),
    ("PATCH", "/api/v1/admin/users/{username}"): Route("admin", plain(
        "/api/v1/admin/users/zed", json={"role": "supervisor"})),
    ("POST", "/api/v1/admin/users/{username}/reset-password"): Route("admin", plain(
        "/api/v1/admin/users/zed/reset-password", json={"password": "another password"})),
    ("GET", "/api/v1/admin/teams"): Route("admin", plain("/api/v1/admin/teams")),
    ("POST", "/api/v1/admin/teams"): Route("admin", plain("/api/v1/admin/teams",
                                                          json={"name": "East"}), ok=201),
    ("GET", "/api/v1/admin/devices"): Route("admin", plain("/api/v1/admin/devices")),
    ("POST", "/api/v1/admin/devices/{device_id}/revoke"): Route(
        "admin", lambda w, who, team: (f"/api/v1/admin/devices/{w.org.devices['zed']}/revoke",
                                       {})),
    ("POST", "/api/v1/admin/cases/{case_id}/reassign"): Route(
        "admin", reassign, scoped={"admin": (200, 200)}),
    ("GET", "/api/v1/admin/sync-health"): Route("admin", plain("/api/v1/admin/sync-health")),
    ("GET", "/api/v1/admin/conflicts"): Route("admin", plain("/api/v1/admin/conflicts")),
    ("GET", "/api/v1/admin/quarantine"): Route("admin", plain("/api/v1/admin/quarantine")),
    ("POST", "/api/v1/admin/quarantine/{item_id}/review"): Route(
        "admin", lambda w, who, team: (f"/api/v1/admin/quarantine/{w.quarantined}/review", {})),
    ("POST", "/api/v1/admin/forms"): Route("admin", next_form_version, ok=201),
    ("POST", "/api/v1/admin/providers/import"): Route("admin", plain(
        "/api/v1/admin/providers/import", content=SERVICE.read_bytes(),
        headers={"Content-Type": "application/json"})),
    ("GET", "/api/v1/admin/audit"): Route("admin", plain("/api/v1/admin/audit")),
    ("GET", "/api/v1/admin/people/{person_id}/subject-access"): Route("admin", subject_access),
    ("GET", "/api/v1/admin/erasures"): Route("admin", plain("/api/v1/admin/erasures")),
    ("POST", "/api/v1/admin/erasures"): Route(
        "admin", lambda w, who, team: ("/api/v1/admin/erasures",
                                       {"json": {"person_id": new_person(w)}}), ok=201),
    ("POST", "/api/v1/admin/erasures/{erasure_id}/approve"): Route(
        "admin", lambda w, who, team: erasure_of(w, "approve")),
    ("POST", "/api/v1/admin/erasures/{erasure_id}/cancel"): Route(
        "admin", lambda w, who, team: erasure_of(w, "cancel")),
    ("GET", "/api/v1/admin/retention"): Route("admin", plain("/api/v1/admin/retention")),
    ("PUT", "/api/v1/admin/retention"): Route("admin", plain(
        "/api/v1/admin/retention", json={"closed_days": 30, "archive_years": 7})),
    ("POST", "/api/v1/admin/retention/run"): Route("admin",
                                                   plain("/api/v1/admin/retention/run")),
    ("GET", "/api/v1/admin/cases/archived"): Route("admin",
                                                   plain("/api/v1/admin/cases/archived")),
    # No case is archived here: an admin gets past authorisation to "no archived case".
    ("POST", "/api/v1/admin/cases/{case_id}/restore"): Route(
        "admin", lambda w, who, team: (f"/api/v1/admin/cases/{w.cases[team]}/restore", {}),
        ok=404),
    # Last: a grant puts the other team's case in the caller's scope from then on.
    ("POST", "/api/v1/sync/break-glass"): Route("device", break_glass, scoped=BREAK_GLASS),
    ("POST", "/api/v1/sync/break-glass/end"): Route("device", end_break_glass,
                                                    scoped=END_GLASS),
}


def expected(route: Route, role: str, team: str) -> tuple[int, str | None]:
    """The status (and 401 reason) this role gets from this route for a case of `team`."""
    if route.access == "public":
        if route.build in (login, refresh) and role in ("anonymous", "revoked"):
            return 401, "revoked" if role == "revoked" else None
        return route.ok, None
    if role == "anonymous":
        return 401, None
    if role == "revoked":
        return 401, "revoked"
    if route.access == "admin" and role != "admin":
        return 403, None
    if route.scoped is not None:
        return route.scoped[role][TEAMS.index(team)], None
    return route.ok, None


def app_routes(app: Any) -> set[tuple[str, str]]:
    """Every (method, path) the app answers, HEAD aside (Starlette adds it to each GET)."""
    found = set()
    for context in iter_route_contexts(app.routes):
        assert context.path and context.methods, f"a route of an unknown kind: {context!r}"
        found |= {(method, context.path) for method in context.methods if method != "HEAD"}
    return found


# zed: what admins act on; abe: the second admin, who asks for the erasures ada approves
PEOPLE_AND_ZED = {**PEOPLE, "zed": ("caseworker", ("South",)), "abe": ("admin", ())}


@pytest.fixture
def world(db_url, tmp_path):
    with organisation(db_url, tmp_path, people=PEOPLE_AND_ZED) as org:
        yield build_world(org)


def test_the_matrix_covers_every_route_of_the_app(world):
    assert app_routes(world.org.client.app) == set(ROUTES)


def test_each_role_gets_what_it_may_from_every_route(world):
    org = world.org
    answers: dict[str, tuple[int, str | None]] = {}
    wanted: dict[str, tuple[int, str | None]] = {}
    for (method, _), route in ROUTES.items():
        for role in ROLES:
            for team in TEAMS if route.scoped and role in route.scoped else ("own",):
                who = WHO[role]
                path, kwargs = route.build(world, who, team)
                headers = {**org.headers(who), **kwargs.pop("headers", {})}
                response = org.client.request(method, path, headers=headers, **kwargs)
                key = f"{method} {path.split('?')[0]} as {role} on {team}-team case"
                reason = response.json().get("reason") if response.status_code == 401 else None
                answers[key] = (response.status_code, reason)
                wanted[key] = expected(route, role, team)
                if route.ends_session and who is not None and role != "revoked":
                    org.login(who)
                if method == "POST" and path == "/api/v1/sync/push" and \
                        response.status_code == 200:
                    org.__dict__["_seqs"][who] = json.loads(
                        response.request.content)["client_seq_from"]
    assert answers == wanted


def test_a_change_reaches_only_cases_in_the_callers_scope(world):
    """Pushed edits land on the own team's case and are quarantined on the other's; a pull
    brings the own team's case only (an admin's, both; an admin's edits, neither)."""
    org = world.org
    outcomes: dict[tuple[str, str], tuple[str, bool]] = {}
    for role in ("caseworker", "supervisor", "admin"):
        who = WHO[role]
        assert who is not None
        records, _, _ = pull_all(org, who)
        held = {r["case_id"] for r in records}
        for team in TEAMS:
            case_id = world.cases[team]
            # Edit the case as this device last saw it (the other team's: as created).
            seen = next((r for r in records if r["id"] == case_id), None)
            rev, summary = (seen["rev"], seen["fields"].get("summary")) if seen else (1, None)
            (result,) = push(org, who, [op(case_id, "case", case_id, {"summary": who},
                                           kind="update", base_rev=rev,
                                           base={"summary": summary})])
            kept = "kept" if result["status"] in ("applied", "merged") else result["status"]
            outcomes[role, team] = (kept, case_id in held)
    assert outcomes == {
        ("caseworker", "own"): ("kept", True), ("caseworker", "other"): ("rejected", False),
        ("supervisor", "own"): ("kept", True), ("supervisor", "other"): ("rejected", False),
        ("admin", "own"): ("rejected", True), ("admin", "other"): ("rejected", True),
    }
