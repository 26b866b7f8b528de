"""Exports on a real encrypted workspace (a supervisor's team seeded through the use cases,
tests/support/dashboard.py): each format parsed back and checked against the records; the
de-identified files hold no name, address, phone number, free text or date of birth;
pseudonyms; rights; the password asked again; the audit entry."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from casemgr.app.casework import Casework
from casemgr.app.exports import TABLES, ExportRequest, export
from casemgr.db.audit import verify_chain
from casemgr.db.errors import UnlockBackoff, WrongPassword
from casemgr.db.workspace import Workspace, unlock_workspace
from casemgr.domain.clock import FixedClock
from casemgr.domain.errors import PermissionDenied
from casemgr.domain.permissions import Actor, CaseAccess, Role, in_scope
from casemgr.domain.records import RecordType
from tests.support.dashboard import SAM, SUPERVISOR, make_team_workspace
from tests.support.workspaces import FAST_KDF, PASSWORD, START_MS, add_case

AMINA = Actor("amina", Role.CASEWORKER, frozenset({"north"}))
ADMIN = Actor("root", Role.ADMIN)


@pytest.fixture(scope="module")
def team_ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    data_dir = tmp_path_factory.mktemp("exports")
    clock = FixedClock(START_MS)
    make_team_workspace(data_dir, clock, cases_per_worker=8)
    ws = unlock_workspace(data_dir, SUPERVISOR, PASSWORD, clock=clock, kdf_policy=FAST_KDF)
    yield ws
    ws.close()


def records_in_scope(ws: Workspace, actor: Actor) -> dict[str, list[Any]]:
    """Each table's records counted again in plain Python: the cases that reach the actor
    (permissions.in_scope) and their records."""
    cases = {r.id: r for r in ws.store.records_of_type(RecordType.CASE)
             if in_scope(actor, CaseAccess.of_case(r.fields))}
    return {name: [r for r in ws.store.records_of_type(t) if r.case_id in cases]
            for name, t in TABLES.items()}


def parse(path: Path, fmt: str) -> dict[str, list[dict[str, Any]]]:
    """Each table of an export file as a list of rows (column -> value)."""
    if fmt == "json":
        body = json.loads(path.read_text("utf-8"))
        return {name: body[name] for name in TABLES if name in body}
    if fmt == "csv":
        with zipfile.ZipFile(path) as archive:
            return {name.removesuffix(".csv"): list(csv.DictReader(io.StringIO(
                archive.read(name).decode("utf-8-sig")))) for name in archive.namelist()}
    book = load_workbook(path)
    tables = {}
    for sheet in book.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        tables[sheet.title] = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    return tables


def raw_text(path: Path) -> bytes:
    """Every byte a reader could see: the file, and inside a ZIP (XLSX, CSV) every member."""
    data = path.read_bytes()
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            data += b"".join(archive.read(n) for n in archive.namelist())
    return data


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_an_identified_export_holds_the_records_of_the_scope(team_ws, tmp_path, fmt):
    cw = Casework(team_ws, actor=SAM)
    path = tmp_path / f"export.{'zip' if fmt == 'csv' else fmt}"
    result = export(cw, ExportRequest(fmt, deidentify=False), PASSWORD, path)
    tables = parse(path, fmt)
    expected = records_in_scope(team_ws, SAM)
    assert set(tables) == set(TABLES)
    for name, records in expected.items():
        assert len(tables[name]) == len(records) == result.counts[name], name
    assert len(expected["cases"]) > 20 and all(expected[n] for n in TABLES)
    # sampled values: every case number and child's name, a visit's date, a score
    assert {r["case_number"] for r in tables["cases"]} == \
        {r.fields["case_number"] for r in expected["cases"]}
    assert {r["given_name"] for r in tables["people"]} == \
        {r.fields["given_name"] for r in expected["people"]}
    assert "olga" not in {r["assigned_to"] for r in tables["cases"]}  # south: not sam's
    visit = expected["visits"][0]
    row = next(r for r in tables["visits"] if r["id"] == visit.id)
    want_date: Any = visit.fields["visit_date"]
    if fmt == "xlsx":  # a date cell, not text
        want_date = datetime.fromisoformat(want_date)
    assert row["visit_date"] == want_date
    assessment = expected["assessments"][0]
    row = next(r for r in tables["assessments"] if r["id"] == assessment.id)
    assert float(row["score"]) == float(assessment.fields["score"])
    form = f"{assessment.fields['form_id']}.v{assessment.fields['form_version']}."
    answered = {k: v for k, v in assessment.fields["answers"].items()
                if not isinstance(v, list | bool)}
    question, value = next(iter(answered.items()))
    cell = row[form + question]
    assert (str(cell) if fmt == "csv" else cell) == (
        str(value) if fmt == "csv" else value) or isinstance(cell, datetime)


def test_the_workbook_has_typed_cells_and_a_frozen_header(team_ws, tmp_path):
    path = tmp_path / "export.xlsx"
    export(Casework(team_ws, actor=SAM), ExportRequest("xlsx", deidentify=False), PASSWORD,
           path)
    book = load_workbook(path)
    assert book.sheetnames == list(TABLES)
    cases = book["cases"]
    assert cases.freeze_panes == "A2"
    header = [c.value for c in cases[1]]
    assert cases[1][0].font.bold
    first = dict(zip(header, (c.value for c in cases[2]), strict=True))
    assert isinstance(first["opened_on"], datetime)
    assert isinstance(first["created_at"], datetime)
    people = book["people"]
    header = [c.value for c in people[1]]
    ages = [dict(zip(header, (c.value for c in r), strict=True)).get("estimated_age")
            for r in people.iter_rows(min_row=2)]
    assert all(a is None or isinstance(a, int) for a in ages)


def identifying_values(ws: Workspace) -> set[str]:
    """Every name, address, phone number, date of birth, case number and free text of the
    workspace (the ones long enough to be searched for without false alarms)."""
    found: set[str] = set()
    wanted = {
        RecordType.FAMILY: ("name", "address", "area", "phone"),
        RecordType.PERSON: ("given_name", "family_name", "date_of_birth", "school"),
        RecordType.CASE: ("case_number", "summary", "risk_reason", "closure_reason",
                          "consent_given_by"),
        RecordType.VISIT: ("observations", "participants", "follow_up"),
        RecordType.REFERRAL: ("reason", "outcome", "response"),
        RecordType.PLAN_GOAL: ("goal", "actions"),
        RecordType.CASE_PLAN: ("summary",),
        RecordType.TASK: ("title",),
    }
    for record_type, names in wanted.items():
        for record in ws.store.records_of_type(record_type):
            for name in names:
                value = record.fields.get(name)
                if isinstance(value, str) and len(value) >= 4:
                    found.add(value)
            found.add(record.id)
    return found


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_a_deidentified_export_holds_no_name_address_phone_or_birth_date(team_ws, tmp_path,
                                                                          fmt):
    path = tmp_path / f"export.{'zip' if fmt == 'csv' else fmt}"
    result = export(Casework(team_ws, actor=SAM), ExportRequest(fmt), PASSWORD, path)
    assert result.deidentified and result.key_hex is None
    data = raw_text(path)
    needles = identifying_values(team_ws)
    assert len(needles) > 200
    leaked = sorted(n for n in needles if n.encode() in data)
    assert leaked == []
    tables = parse(path, fmt)
    people = tables["people"]
    assert {p["age_band"] for p in people} <= {"0–4", "5–11", "12–14", "15–17", "18+", None,
                                               ""}
    assert any(p["age_band"] for p in people)
    assert "given_name" not in people[0] and "date_of_birth" not in people[0]
    assert all(str(c["opened_on"]).count("-") == 1 for c in tables["cases"])  # YYYY-MM
    assert all(str(c["id"]).startswith("C-") for c in tables["cases"])


def test_pseudonyms_link_within_an_export_and_not_across(team_ws, tmp_path):
    cw = Casework(team_ws, actor=SAM)
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    kept = export(cw, ExportRequest("json", keep_key=True), PASSWORD, first)
    export(cw, ExportRequest("json"), PASSWORD, second)
    one, two = parse(first, "json"), parse(second, "json")
    case_ids = {c["id"] for c in one["cases"]}
    families = {f["id"] for f in one["families"]}
    people = {p["id"] for p in one["people"]}
    assert {c["family_id"] for c in one["cases"]} <= families
    assert {p["case_id"] for p in one["people"]} <= case_ids
    assert {p["family_id"] for p in one["people"]} <= families
    assert {r["person_id"] for r in one["referrals"] if r["person_id"]} <= people
    assert {s for v in one["visits"] for s in v["children_seen"] or []} <= people
    assert case_ids.isdisjoint({c["id"] for c in two["cases"]})
    assert len(kept.key_hex or "") == 64  # asked for: the user can link them again


def test_a_caseworker_exports_her_own_cases_and_names_of_only_one(team_ws, tmp_path):
    amina = Casework(team_ws, actor=AMINA)
    with pytest.raises(PermissionDenied, match="more than one case"):
        export(amina, ExportRequest("json", deidentify=False), PASSWORD, tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()
    result = export(amina, ExportRequest("json"), PASSWORD, tmp_path / "mine.json")
    assert result.counts["cases"] == len(records_in_scope(team_ws, AMINA)["cases"])
    assert result.counts["cases"] < len(records_in_scope(team_ws, SAM)["cases"])
    own = records_in_scope(team_ws, AMINA)["cases"][0]
    number = own.fields["case_number"]
    result = export(amina, ExportRequest("json", deidentify=False, case=number), PASSWORD,
                    tmp_path / "one.json")
    assert result.counts["cases"] == 1
    body = json.loads((tmp_path / "one.json").read_text("utf-8"))
    assert body["cases"][0]["case_number"] == number
    brians = next(r for r in records_in_scope(team_ws, SAM)["cases"]
                  if r.fields["assigned_to"] == "brian")
    with pytest.raises(PermissionDenied, match="not in your scope"):
        export(amina, ExportRequest("json", case=brians.fields["case_number"]), PASSWORD,
               tmp_path / "y.json")


def test_an_admin_exports_every_case(team_ws, tmp_path):
    result = export(Casework(team_ws, actor=ADMIN), ExportRequest("json", deidentify=False),
                    PASSWORD, tmp_path / "all.json")
    assert result.counts["cases"] == len(team_ws.store.records_of_type(RecordType.CASE))


def test_every_export_is_in_the_audit_chain_without_case_data(team_ws, tmp_path):
    cw = Casework(team_ws, actor=SAM)
    export(cw, ExportRequest("xlsx", tables=("cases", "people")), PASSWORD,
           tmp_path / "e.xlsx")
    entry = [e for e in team_ws.store.audit_entries() if e["action"] == "export"][-1]
    assert entry["actor"] == "sam"
    detail = entry["detail"]
    assert detail["format"] == "xlsx" and detail["deidentified"] is True
    assert detail["scope"] == "team" and detail["key_kept"] is False
    assert detail["rows"] == {"cases": len(records_in_scope(team_ws, SAM)["cases"]),
                              "people": len(records_in_scope(team_ws, SAM)["people"])}
    text = json.dumps(detail)
    assert not [n for n in identifying_values(team_ws) if n in text]
    assert verify_chain(team_ws.conn).ok


def test_a_wrong_password_is_refused_and_counted_like_a_failed_unlock(workspace, tmp_path):
    add_case(workspace, "Hassan", "Zawadi")
    cw = Casework(workspace)
    target = tmp_path / "x.json"
    for _ in range(2):  # the free attempts
        with pytest.raises(WrongPassword):
            export(cw, ExportRequest("json"), "not the password", target)
    with pytest.raises(WrongPassword) as third:
        export(cw, ExportRequest("json"), "still not it", target)
    assert third.value.wait_seconds > 0
    with pytest.raises(UnlockBackoff):  # even the right one waits now
        export(cw, ExportRequest("json"), PASSWORD, target)
    assert not target.exists()
    assert not [e for e in workspace.store.audit_entries() if e["action"] == "export"]
    guard = json.loads(workspace.paths.guard.read_text("utf-8"))
    assert guard["failures"] == 3
    workspace.clock.advance(10)
    export(cw, ExportRequest("json"), PASSWORD, target)  # the wait over: it goes, and resets
    assert json.loads(workspace.paths.guard.read_text("utf-8"))["failures"] == 0
    assert json.loads(target.read_text("utf-8"))["cases"][0]["case_id"].startswith("C-")
