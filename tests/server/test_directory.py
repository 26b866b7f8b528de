"""The HSDS importer: every example file of the Open Referral data maps to sensible providers,
the JSON and CSV forms of one directory agree, and input that is not HSDS is refused whole."""

from __future__ import annotations

import contextlib
import copy
import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casemgr.domain.records import SERVICE_TYPES, RecordType, validate_fields
from casemgr.server.directory import (
    InvalidDirectory,
    LeftOut,
    UnsupportedUpload,
    entity_kind,
    read_json,
    read_plain_csv,
    read_upload,
    service_types,
)
from tests.server.admin_support import Org, organisation, pull_all

# Open Referral HSDS examples, CC BY-SA 4.0: see tests/data/hsds/NOTICE.md
HSDS = Path(__file__).resolve().parents[1] / "data" / "hsds"
JSON_FILES = sorted(HSDS.glob("*.json"))
CSV_DIR = HSDS / "csv"


def zipped(folder: Path, prefix: str = "") -> bytes:
    """The files of a folder as a zip, as an admin would upload a CSV data package."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.iterdir()):
            archive.write(path, prefix + path.name)
    return buf.getvalue()


def ids_in(value: object) -> set[str]:
    """Every "id" anywhere in a JSON document."""
    found: set[str] = set()
    if isinstance(value, dict):
        if isinstance(value.get("id"), str):
            found.add(value["id"])
        for v in value.values():
            found |= ids_in(v)
    elif isinstance(value, list):
        for v in value:
            found |= ids_in(v)
    return found


def assert_sensible(fields: dict, source_text: str, source_ids: set[str]) -> None:
    """A provider a caseworker could refer to, made only of what the source says."""
    validate_fields(RecordType.PROVIDER, fields)
    assert fields["name"] and fields["name"] in source_text
    assert fields["hsds_id"] in source_ids
    assert fields["service_types"] and set(fields["service_types"]) <= set(SERVICE_TYPES)
    if "phone" in fields:
        assert '"' not in fields["phone"] and any(c.isdigit() for c in fields["phone"])
    if "email" in fields:
        assert "@" in fields["email"]
    if "organization" in fields:
        assert fields["organization"] in source_text


def test_the_example_data_is_all_there():
    # If the data folder moved, every test below would pass vacuously.
    assert len(JSON_FILES) >= 5
    assert (CSV_DIR / "services.csv").is_file()


@pytest.mark.parametrize("path", JSON_FILES, ids=lambda p: p.name)
def test_every_hsds_json_example_gives_sensible_providers(path):
    raw = path.read_bytes()
    upload = read_upload(raw, "application/json")
    doc = json.loads(raw)
    assert upload.format == "json" and upload.providers
    for draft in upload.providers:
        assert_sensible(draft.fields, raw.decode(), ids_in(doc))
        assert draft.fields["hsds_id"] == draft.hsds_id


@pytest.mark.parametrize("path", [p for p in JSON_FILES if "list" not in p.name],
                         ids=lambda p: p.name)
def test_full_examples_carry_contact_details(path):
    """The "full" forms embed phones and locations: the provider keeps them."""
    (draft,) = read_upload(path.read_bytes(), "application/json").providers
    assert {"phone", "address", "email", "description"} <= set(draft.fields)


def test_json_and_csv_forms_of_one_directory_give_the_same_provider():
    from_json = read_upload((HSDS / "service_full.json").read_bytes(), "application/json")
    from_csv = read_upload(zipped(CSV_DIR, "hsds/"), "application/zip")
    assert from_csv.format == "csv"
    assert [d.fields for d in from_csv.providers] == [d.fields for d in from_json.providers]


@pytest.mark.parametrize("table", ["services.csv", "organizations.csv"])
def test_a_lone_csv_table_is_enough(table):
    raw = (CSV_DIR / table).read_bytes()
    upload = read_upload(raw, "text/csv; charset=utf-8")
    (draft,) = upload.providers
    assert_sensible(draft.fields, raw.decode(), {r.split(",")[0] for r in raw.decode().split("\n")})


def test_every_csv_file_of_the_package_is_read_or_ignored_without_error():
    """Each table of the package, uploaded alone with services.csv, never breaks the import."""
    services = (CSV_DIR / "services.csv").read_bytes()
    for path in sorted(CSV_DIR.glob("*.csv")):
        if path.name == "services.csv":
            continue
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as archive:
            archive.writestr("services.csv", services)
            archive.writestr(path.name, path.read_bytes())
        (draft,) = read_upload(buf.getvalue(), "application/zip").providers
        assert draft.fields["name"] == "Community Counselling"


def test_content_type_is_sniffed_when_the_client_sends_none():
    assert read_upload(zipped(CSV_DIR), None).format == "csv"
    assert read_upload((HSDS / "service_list.json").read_bytes(),
                       "application/octet-stream").format == "json"
    with pytest.raises(UnsupportedUpload):
        read_upload(b"name,id\nx,1\n", "application/pdf")
    with pytest.raises(UnsupportedUpload):
        read_upload(b"\x89PNG....", None)


@pytest.mark.parametrize(("texts", "expected"), [
    (["Community Counselling"], ["mental_health"]),
    (["Mental Health Support"], ["mental_health"]),  # not also "health"
    (["Maternal health clinic"], ["health"]),
    (["Emergency Shelter", "Food Pantry"], ["shelter", "food"]),
    (["Legal aid for families"], ["legal", "family_support"]),
    (["Refugee resettlement"], ["other"]),  # "refugee" is not a refuge (shelter)
    (["Alcohol and drug recovery"], ["substance_use"]),
    (["Parenting classes"], ["family_support"]),
    (["Wheelchair repair"], ["disability"]),
    (["After-school tutoring"], ["education"]),
    (["Cash transfers"], ["cash_assistance"]),
    (["Bicycle club"], ["other"]),
    ([], ["other"]),
])
def test_service_types_come_from_words_in_terms_and_names(texts, expected):
    assert service_types(texts) == expected


def service() -> dict:
    return copy.deepcopy(json.loads((HSDS / "service_full.json").read_bytes()))


def test_taxonomy_terms_name_the_service_type():
    svc = service()
    svc["name"] = "Drop-in centre"
    svc["alternate_name"] = None
    svc["program"] = None
    svc["attributes"][0]["taxonomy_term"]["name"] = "Emergency Food"
    (draft,) = read_json(svc).providers
    assert draft.fields["service_types"] == ["food"]


def test_missing_optional_parts_are_tolerated():
    minimal = {"id": "svc-1", "name": "Night shelter", "status": "active",
               "phones": None, "service_at_locations": [], "organization": None}
    (draft,) = read_json(minimal).providers
    assert draft.fields == {"name": "Night shelter", "service_types": ["shelter"],
                            "hsds_id": "svc-1"}


def test_one_service_listed_at_two_locations_is_one_provider():
    svc = service()
    sal = svc["service_at_locations"][0]
    other = copy.deepcopy(sal)
    other["id"] = "second-sal"
    svc["service_at_locations"] = [{"id": "bare", "location": None}, other]
    svc["phones"] = []
    page = {"contents": [{"id": "x", "service": svc, "location": None},
                         {**sal, "service": svc}]}
    (draft,) = read_json(page).providers
    assert draft.fields["address"].startswith("1-30 Main Street")


def test_a_thin_form_speaks_only_for_what_it_carries():
    """A "list" page has no phones or locations: re-importing it must not wipe them."""
    (full,) = read_upload((HSDS / "service_full.json").read_bytes(), "application/json").providers
    (thin,) = read_upload((HSDS / "service_list.json").read_bytes(), "application/json").providers
    assert {"phone", "address", "email", "description", "organization"} <= full.covered
    assert "phone" not in thin.covered and "address" not in thin.covered
    (lone,) = read_upload((CSV_DIR / "services.csv").read_bytes(), "text/csv").providers
    assert not {"phone", "address", "organization"} & lone.covered


def test_closed_services_are_left_out_and_reported():
    svc = service()
    svc["status"] = "defunct"
    upload = read_json({"contents": [svc]})
    assert upload.providers == []
    assert upload.closed == [LeftOut(svc["id"], "Community Counselling", "defunct")]


# -- a plain CSV: a spreadsheet of providers -----------------------------------------------------

PLAIN = (
    "Name,Organisation,Services,Phone,Email,Address,Opening hours\n"
    "Hope Food Bank,Hope Trust,food,0123 456 789,help@hope.example,1 High St,Mon-Fri\n"
    ",Nobody,shelter,,,,\n"
    "Safe Nights,,Night shelter; counselling,0123 000 111,,2 Low St,\n"
    "hope food bank,Hope Trust,food,,,,\n"
    "Legal Aid Desk,,legal,,,\n"
)


def test_a_plain_csv_is_read_row_by_row_and_bad_rows_are_refused_with_their_line():
    upload = read_upload(PLAIN.encode(), "text/csv")
    assert upload.format == "plain_csv"
    assert [d.fields["name"] for d in upload.providers] == ["Hope Food Bank", "Safe Nights"]
    food, shelter = (d.fields for d in upload.providers)
    assert food == {"name": "Hope Food Bank", "organization": "Hope Trust",
                    "service_types": ["food"], "phone": "0123 456 789",
                    "email": "help@hope.example", "address": "1 High St",
                    "hsds_id": "name:hope food bank"}
    assert shelter["service_types"] == ["mental_health", "shelter"]
    assert [(r.where, r.name, r.why) for r in upload.refused] == [
        ("line 3", "", "has no name"),
        ("line 5", "hope food bank",
         "line 2 is the same provider (same id, or same name without one)"),
        ("line 6", "Legal Aid Desk", "has 6 values, the header has 7")]
    assert upload.ignored_columns == ["Opening hours"]


def test_a_plain_csv_with_ids_and_semicolons_as_a_spreadsheet_saves_it():
    raw = "id;name;type\nP-1;Family Centre;family support\nP-2;Clinic;\n".encode("utf-8-sig")
    upload = read_plain_csv(raw)
    assert [(d.hsds_id, d.fields["service_types"]) for d in upload.providers] == [
        ("P-1", ["family_support"]), ("P-2", ["health"])]
    assert "phone" not in upload.providers[0].covered  # no phone column: phones left alone


@pytest.mark.parametrize(("raw", "problem"), [
    (b"organisation,phone\nHope Trust,123\n", "has no 'name' column"),
    (b"name,provider\nA,B\n", "has two columns for name"),
    (b"name,phone\n", "has no providers under its header"),
    ("name\nCaf\u00e9\n".encode("latin-1"), "is not UTF-8 text"),
])
def test_a_plain_csv_that_is_no_list_of_providers_is_refused_whole(raw, problem):
    with pytest.raises(InvalidDirectory) as refused:
        read_upload(raw, "text/csv")
    assert problem in str(refused.value)


def test_an_organisation_without_services_is_a_provider_itself():
    org = json.loads((HSDS / "organization_full.json").read_bytes())
    org["services"] = []
    (draft,) = read_json(org).providers
    assert draft.hsds_id == org["id"] and draft.fields["organization"] == org["name"]
    assert draft.fields["phone"].startswith("+44")


def test_entity_kinds_are_told_apart_by_their_keys():
    assert entity_kind(json.loads((HSDS / "organization_full.json").read_bytes())) \
        == "organization"
    assert entity_kind(service()) == "service"
    assert entity_kind(json.loads((HSDS / "service_at_location_full.json").read_bytes())) \
        == "service_at_location"


def problems_of(raw: bytes, content_type: str = "application/json") -> list[dict]:
    with pytest.raises(InvalidDirectory) as exc:
        read_upload(raw, content_type)
    assert exc.value.problems
    for p in exc.value.problems:
        assert set(p) == {"loc", "msg"} and p["msg"]
    return exc.value.problems


def test_malformed_json_is_refused_with_every_problem_and_where():
    bad = service()
    del bad["name"]
    bad["phones"] = "0123"
    bad["service_at_locations"][0]["location"]["addresses"] = [42]
    problems = problems_of(json.dumps({"contents": [bad, "text"]}).encode())
    locs = {p["loc"] for p in problems}
    assert {"contents[0].name", "contents[0].phones", "contents[1]",
            "contents[0].service_at_locations[0].location.addresses[0]"} <= locs


@pytest.mark.parametrize(("raw", "content_type"), [
    (b"", "application/json"),
    (b"{not json", "application/json"),
    (b"42", "application/json"),
    (b'"a string"', "application/json"),
    (b"[]", "application/json"),
    (b'{"contents": {}}', "application/json"),
    (b'{"contents": []}', "application/json"),
    (b'{"id": "1"}', "application/json"),
    (b'{"id": {"x": 1}, "name": "A", "status": "active"}', "application/json"),
    (b'{"id": "1", "name": ["A"], "status": "active"}', "application/json"),
    (b'{"id": "1", "service": "x"}', "application/json"),
    (b"[" * 100_000 + b"]" * 100_000, "application/json"),
    (b'{"id": 1' + b"0" * 5000 + b', "name": "A"}', "application/json"),
    (b"\xff\xfe garbage", "application/json"),
    (b"PK\x03\x04 truncated", "application/zip"),
    (b"not a zip", "application/zip"),
    (b"id,name\n", "text/csv"),
    (b"id,description\n1,no name column\n", "text/csv"),
    (b"id,name,status\n1,,active\n", "text/csv"),
    (b"id,name,status\n1,A\n", "text/csv"),
    (b"\xff\xfe\x00", "text/csv"),
])
def test_malformed_uploads_are_refused_clearly(raw, content_type):
    problems_of(raw, content_type)


def test_a_zip_without_hsds_tables_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert problems_of(buf.getvalue(), "application/zip")[0]["msg"].startswith("has neither")


def test_a_zip_bomb_is_refused_without_unpacking_it_all():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("services.csv", b"id,name\n" + b"x" * (65 * 1024 * 1024))
    assert len(buf.getvalue()) < 1024 * 1024
    assert "MiB" in problems_of(buf.getvalue(), "application/zip")[0]["msg"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.sampled_from(["id", "name", "status", "phones", "service",
                                       "location", "organization", "contents", "addresses",
                                       "service_at_locations", "attributes", "number",
                                       "taxonomy_term", "services", "locations", "email"]),
                      children, max_size=5),
    max_leaves=20)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_any_json_is_imported_or_refused_never_crashes(value):
    try:
        upload = read_json(value)
    except InvalidDirectory:
        return
    for draft in upload.providers:
        validate_fields(RecordType.PROVIDER, draft.fields)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_damaging_a_real_file_is_imported_or_refused_never_crashes(data):
    doc = service()
    node: dict = doc
    # Walk down to some object in the file and replace one of its values with anything.
    for _ in range(data.draw(st.integers(0, 3))):
        children = [v for v in node.values() if isinstance(v, dict)] + [
            v[0] for v in node.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        if not children:
            break
        node = data.draw(st.sampled_from(children))
    node[data.draw(st.sampled_from(sorted(node)))] = data.draw(json_values)
    try:
        upload = read_json(doc)
    except InvalidDirectory:
        return
    for draft in upload.providers:
        validate_fields(RecordType.PROVIDER, draft.fields)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.text(max_size=8), max_size=4), max_size=4),
       st.sampled_from(["services", "organizations", "phones", "service_at_location"]))
def test_any_csv_is_imported_or_refused_never_crashes(rows, table):
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(["id", "name", "organization_id", "status"])
    writer.writerows(rows)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr(f"{table}.csv", text.getvalue())
    with contextlib.suppress(InvalidDirectory):
        read_upload(buf.getvalue(), "application/zip")


# -- the import endpoint, on SQLite and PostgreSQL ------------------------------------------------

@pytest.fixture
def org(db_url, tmp_path):
    with organisation(db_url, tmp_path, people={"ada": ("admin", ()),
                                                "amina": ("caseworker", ("North",))}) as o:
        yield o


def upload(org: Org, raw: bytes, content_type: str, who: str = "ada"):  # type: ignore[no-untyped-def]
    return org.post("/api/v1/admin/providers/import", who=who, content=raw,
                    headers={"Content-Type": content_type})


def providers(org: Org) -> dict[str, dict]:
    """The providers a caseworker's device receives, by hsds_id."""
    records, _, _ = pull_all(org, "amina")
    found = {r["fields"]["hsds_id"]: r for r in records if r["type"] == "provider"}
    assert all(r["case_id"] is None for r in found.values())
    return found


UPLOADS = [(p.name, p.read_bytes(), "application/json") for p in JSON_FILES] + [
    ("csv package (zip)", zipped(CSV_DIR, "hsds/"), "application/zip"),
    ("services.csv", (CSV_DIR / "services.csv").read_bytes(), "text/csv"),
    ("organizations.csv", (CSV_DIR / "organizations.csv").read_bytes(), "text/csv"),
]


def test_every_hsds_upload_imports_and_a_second_import_changes_nothing(org):
    """Each file of the example data, in turn, into one directory: the same HSDS service is
    one provider however often and in whichever form it arrives."""
    seen: set[str] = set()
    for name, raw, content_type in UPLOADS:
        response = upload(org, raw, content_type)
        assert response.status_code == 200, (name, response.text)
        result = response.json()
        drafts = read_upload(raw, content_type).providers
        assert result["providers"] == len(drafts) >= 1, name
        new = {d.hsds_id for d in drafts} - seen
        assert result["created"] == len(new), name
        seen |= new
        _, _, cursor = pull_all(org, "amina")
        again = upload(org, raw, content_type).json()
        assert (again["created"], again["updated"]) == (0, 0), name
        assert again["unchanged"] == len(drafts)
        records, _, _ = pull_all(org, "amina", cursor)
        assert records == [], f"{name}: a second import wrote {len(records)} changes"
    found = providers(org)
    assert set(found) == seen
    counselling = found["ac148810-d857-441c-9679-408f346de14b"]["fields"]
    assert counselling["name"] == "Community Counselling"
    assert counselling["service_types"] == ["mental_health"]
    assert counselling["phone"].startswith("+44 1234 234567")


def test_reimporting_a_changed_service_updates_its_provider(org):
    svc = service()
    assert upload(org, json.dumps(svc).encode(), "application/json").json()["created"] == 1
    svc["name"] = "Community Counselling and Family Therapy"
    svc["phones"] = []
    svc["service_at_locations"] = []
    svc["contacts"] = []
    svc["organization"]["phones"] = []
    result = upload(org, json.dumps(svc).encode(), "application/json").json()
    assert (result["created"], result["updated"]) == (0, 1)
    (provider,) = providers(org).values()
    assert provider["fields"]["name"] == "Community Counselling and Family Therapy"
    assert "phone" not in provider["fields"]  # no longer listed: no longer shown
    assert provider["rev"] == 2
    assert provider["fields"]["service_types"] == ["mental_health", "family_support"]


def test_the_report_names_each_provider_and_a_plain_csv_refuses_row_by_row(org):
    first = upload(org, PLAIN.encode(), "text/csv").json()
    assert (first["format"], first["created"], first["refused"]) == ("plain_csv", 2, 3)
    assert [(line["outcome"], line["name"]) for line in first["lines"]] == [
        ("created", "Hope Food Bank"), ("created", "Safe Nights"), ("refused", ""),
        ("refused", "hope food bank"), ("refused", "Legal Aid Desk")]
    assert first["lines"][2] == {"outcome": "refused", "name": "", "hsds_id": None,
                                 "where": "line 3", "reason": "has no name"}
    assert first["ignored_columns"] == ["Opening hours"]
    changed = PLAIN.replace("0123 456 789", "0123 999 999")
    again = upload(org, changed.encode(), "text/csv").json()
    assert [(line["outcome"], line["name"]) for line in again["lines"][:2]] == [
        ("updated", "Hope Food Bank"), ("unchanged", "Safe Nights")]
    assert providers(org)["name:hope food bank"]["fields"]["phone"] == "0123 999 999"
    svc = service()
    svc["status"] = "inactive"
    closed = upload(org, json.dumps(svc).encode(), "application/json").json()
    assert closed["lines"] == [{"outcome": "closed", "name": "Community Counselling",
                                "hsds_id": svc["id"], "where": None, "reason": "inactive"}]


def test_the_audit_says_how_many_not_what(org):
    upload(org, (HSDS / "service_full.json").read_bytes(), "application/json")
    entries = org.get("/api/v1/admin/audit", params={"action": "providers_imported"}).json()
    (entry,) = entries["entries"]
    assert entry["actor"] == "ada"
    assert entry["detail"] == {"format": "json", "providers": 1, "created": 1, "updated": 0,
                               "unchanged": 0, "closed": 0, "refused": 0}
    assert "Counselling" not in json.dumps(entries)


@pytest.mark.parametrize(("raw", "content_type", "status"), [
    (b'{"contents": [{"id": "1", "status": "active"}]}', "application/json", 422),
    (b"{broken", "application/json", 422),
    (b"id,description\n1,x\n", "text/csv", 422),
    (b"PK\x03\x04junk", "application/zip", 422),
    (b"%PDF-1.4", "application/pdf", 415),
    (b"", "application/json", 422),
])
def test_a_malformed_upload_is_refused_and_nothing_is_written(org, raw, content_type, status):
    response = upload(org, raw, content_type)
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] and body["detail"]
    if status == 422:
        assert all(set(p) == {"loc", "msg"} for p in body["detail"])
    assert providers(org) == {}


def test_a_partly_bad_upload_writes_nothing(org):
    good, bad = service(), service()
    bad["id"] = "second"
    bad["name"] = None
    response = upload(org, json.dumps({"contents": [good, bad]}).encode(), "application/json")
    assert response.status_code == 422
    assert response.json()["detail"] == [{"loc": "contents[1].name", "msg": "is required (text)"}]
    assert providers(org) == {}


def test_only_an_admin_imports_the_directory(org):
    response = upload(org, (HSDS / "service_full.json").read_bytes(), "application/json",
                      who="amina")
    assert response.status_code == 403
    assert providers(org) == {}


def test_the_demo_directory_is_seeded_once_however_often_seeding_runs(org):
    from casemgr.server.demo import seed_demo_directory

    engine = org.client.app.state.engine  # type: ignore[attr-defined]
    for _ in range(2):
        with engine.begin() as conn:
            seed_demo_directory(conn, org.clock.now_ms())
    found = providers(org)
    assert len(found) >= 8
    kinds = {k for p in found.values() for k in p["fields"]["service_types"]}
    assert {"health", "mental_health", "shelter", "legal", "food"} <= kinds
