"""The service directory: Open Referral HSDS 3.0 (JSON or the CSV data package) to provider
record fields. Pure functions; the admin import writes what they return (DESIGN.md 1, 3).

One provider per HSDS service (`hsds_id` = the service id), or per organisation when the
upload lists an organisation without services. Optional parts may be missing; input that
is not HSDS raises InvalidDirectory with every problem found, so an HSDS upload is all or
nothing. A plain CSV (a spreadsheet of providers, one a row, `read_plain_csv`) is read row
by row instead: a row that cannot be a provider is refused with its reason, the others go in.
Each draft says which fields its upload `covered`: a re-import clears a covered field the
service no longer has, and leaves alone what a thinner form (a "list" page, a lone
services.csv) does not carry.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from casemgr.domain.errors import ValidationError
from casemgr.domain.records import (
    MAX_LONG_TEXT,
    MAX_TEXT,
    SERVICE_TYPES,
    RecordType,
    validate_fields,
)

MAX_PROBLEMS = 50  # enough to fix a file by; a wholly wrong file would otherwise list thousands
MAX_ID = 200
MAX_ZIP_MEMBERS = 200
MAX_UNZIPPED_BYTES = 64 * 1024 * 1024
# HSDS service statuses that mean "do not refer here".
CLOSED_STATUSES = frozenset({"inactive", "defunct"})

# Words (matched at the start of a word, case-insensitively) that name each service type, in
# taxonomy terms and service names. Anything that matches none is 'other'.
_SERVICE_WORDS: dict[str, tuple[str, ...]] = {
    "mental_health": (r"mental", r"counsel", r"psycholog", r"psychiatr", r"therap", r"trauma",
                      r"well-?being", r"bereave", r"emotional"),
    "health": (r"(?<!mental )health", r"medic", r"clinic", r"hospital", r"nurs", r"doctor",
               r"dental", r"immuni", r"vaccin", r"maternal", r"pregnan", r"hiv\b", r"disease"),
    "education": (r"educat", r"school", r"tutor", r"literacy", r"learning", r"vocational",
                  r"training", r"kindergarten", r"pre-?school", r"early childhood"),
    "legal": (r"legal", r"paralegal", r"lawyer", r"law\b", r"attorney", r"court", r"immigra",
              r"asylum", r"justice"),
    "shelter": (r"shelter", r"housing", r"homeless", r"accommodation", r"refuges?\b",
                r"safe ?house"),
    "food": (r"food", r"meals?\b", r"nutrition", r"feeding", r"pantry", r"hunger", r"grocer"),
    "cash_assistance": (r"cash", r"financ", r"benefits?\b", r"income", r"voucher", r"money",
                        r"welfare", r"allowance"),
    "family_support": (r"famil", r"parent", r"caregiv", r"child ?care", r"foster", r"kinship",
                       r"reunif"),
    "disability": (r"disab", r"wheelchair", r"special needs", r"deaf", r"blind", r"autis",
                   r"impair"),
    "substance_use": (r"substance", r"alcohol", r"drugs?\b", r"addict", r"detox", r"opioid"),
}
_SERVICE_PATTERNS = {kind: re.compile("|".join(rf"\b{w}" for w in words), re.IGNORECASE)
                     for kind, words in _SERVICE_WORDS.items()}
assert set(_SERVICE_PATTERNS) | {"other"} == set(SERVICE_TYPES)

# Control characters and lone surrogates (from JSON "\ud800"): no database stores them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")
_SPACE = re.compile(r"\s+")


class InvalidDirectory(Exception):
    """An upload that is not HSDS: `problems` lists each as {"loc": where, "msg": what}."""

    def __init__(self, problems: list[dict[str, str]]) -> None:
        self.problems = problems[:MAX_PROBLEMS]
        super().__init__("; ".join(f"{p['loc']}: {p['msg']}" for p in self.problems))


class UnsupportedUpload(Exception):
    """An upload that is neither HSDS JSON, a CSV table nor a zipped CSV data package."""


@dataclass
class ProviderDraft:
    """The provider record fields read for one HSDS service (or organisation)."""

    hsds_id: str
    fields: dict[str, Any]
    covered: frozenset[str] = frozenset()  # fields the upload speaks for, even if empty


@dataclass(frozen=True)
class LeftOut:
    """A service an upload names but that is not imported: closed (`why` its status), or a
    plain CSV row that cannot be a provider (`where` its line, `why` the reason)."""

    hsds_id: str | None
    name: str
    why: str
    where: str | None = None


@dataclass
class DirectoryUpload:
    """What an upload holds: providers to write, and what is left out (and why)."""

    format: Literal["json", "csv", "plain_csv"]  # csv: the HSDS package or one of its tables
    providers: list[ProviderDraft]
    closed: list[LeftOut] = field(default_factory=list)  # inactive or defunct services
    refused: list[LeftOut] = field(default_factory=list)  # plain CSV rows
    ignored_columns: list[str] = field(default_factory=list)  # plain CSV: no provider field


# -- small helpers -----------------------------------------------------------------------------

def service_types(texts: Iterable[str]) -> list[str]:
    """The SERVICE_TYPES named by taxonomy terms and service names, or ['other']."""
    found = {kind for text in texts if text
             for kind, pattern in _SERVICE_PATTERNS.items() if pattern.search(text)}
    return [kind for kind in SERVICE_TYPES if kind in found] or ["other"]


def _line(value: str | None) -> str | None:
    """One line of at most MAX_TEXT characters, or None when nothing is left."""
    if value is None:
        return None
    text = _SPACE.sub(" ", _CONTROL.sub(" ", value)).strip()
    return text[:MAX_TEXT] or None


def _long(value: str | None) -> str | None:
    if value is None:
        return None
    text = _CONTROL.sub("", value.replace("\r\n", "\n")).strip()
    return text[:MAX_LONG_TEXT] or None


def _phone(number: str | None, extension: str | None) -> str | None:
    # Some exports quote the number inside the value ("\"+44 1234 234567\""): drop the quotes.
    text = _line(number.strip().strip("\"'").strip() if number else None)
    if text and extension:
        text = _line(f"{text} ext. {extension}")
    return text


def _address(parts: Mapping[str, str | None]) -> str | None:
    keys = ("address_1", "address_2", "city", "state_province", "postal_code", "country")
    return _line(", ".join(p for k in keys if (p := _line(parts.get(k)))))


def _first(values: Iterable[str | None]) -> str | None:
    return next((v for v in values if v), None)


ALWAYS_COVERED = frozenset({"name", "service_types", "hsds_id"})


def _provider(*, hsds_id: str, name: str, organization: str | None, description: str | None,
              phones: Iterable[str | None], emails: Iterable[str | None],
              addresses: Iterable[str | None], type_texts: Iterable[str],
              covered: Iterable[str]) -> ProviderDraft:
    fields: dict[str, Any] = {
        "name": _line(name),
        "organization": _line(organization),
        "service_types": service_types(type_texts),
        "description": _long(description),
        "phone": _first(phones),
        "email": _first(_line(e) for e in emails),
        "address": _first(addresses),
        "hsds_id": hsds_id,
    }
    return ProviderDraft(hsds_id, fields, ALWAYS_COVERED | frozenset(covered))


def _merge(drafts: Iterable[ProviderDraft]) -> list[ProviderDraft]:
    """One draft per hsds_id: the same service listed twice (e.g. at two locations) fills gaps."""
    merged: dict[str, ProviderDraft] = {}
    for draft in drafts:
        seen = merged.get(draft.hsds_id)
        if seen is None:
            merged[draft.hsds_id] = draft
            continue
        seen.covered |= draft.covered
        for key, value in draft.fields.items():
            if key == "service_types":
                kinds = set(seen.fields[key]) | set(value)
                if len(kinds) > 1:
                    kinds.discard("other")
                seen.fields[key] = [k for k in SERVICE_TYPES if k in kinds]
            elif seen.fields.get(key) is None:
                seen.fields[key] = value
    return list(merged.values())


def _checked(upload: DirectoryUpload) -> DirectoryUpload:
    """Refuse an upload with nothing in it; every draft fits the provider record type."""
    if not upload.providers and not upload.closed and not upload.refused:
        raise InvalidDirectory([{"loc": "upload", "msg":
                                 "found no HSDS services or organizations to import"}])
    for draft in upload.providers:
        draft.fields = {k: v for k, v in draft.fields.items() if v is not None}
        try:
            validate_fields(RecordType.PROVIDER, draft.fields)
        except ValidationError as exc:  # a gap in the cleaning above; report, never 5xx
            raise InvalidDirectory([{"loc": f"provider {draft.hsds_id}", "msg": f"{k} {m}"}
                                    for k, m in exc.errors.items()]) from None
    return upload


# -- JSON --------------------------------------------------------------------------------------

class _JsonReader:
    """Reads HSDS JSON objects, noting every problem with where it is instead of stopping."""

    def __init__(self) -> None:
        self.problems: list[dict[str, str]] = []
        self.providers: list[ProviderDraft] = []
        self.closed: list[LeftOut] = []

    def problem(self, loc: str, msg: str) -> None:
        self.problems.append({"loc": loc, "msg": msg})

    def text(self, obj: Mapping[str, Any], key: str, loc: str) -> str | None:
        value = obj.get(key)
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        self.problem(f"{loc}.{key}", "must be text")
        return None

    def ident(self, obj: Mapping[str, Any], loc: str) -> str | None:
        value = obj.get("id")
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            self.problem(f"{loc}.id", "is required (text)")
            return None
        if len(value) > MAX_ID or _CONTROL.search(value):
            self.problem(f"{loc}.id", f"must be one line of at most {MAX_ID} characters")
            return None
        return value.strip()

    def name(self, obj: Mapping[str, Any], loc: str) -> str | None:
        value = self.text(obj, "name", loc)
        if value is None or not _line(value):
            if f"{loc}.name" not in {p["loc"] for p in self.problems}:
                self.problem(f"{loc}.name", "is required (text)")
            return None
        return value

    def obj(self, parent: Mapping[str, Any], key: str, loc: str) -> Mapping[str, Any] | None:
        value = parent.get(key)
        if value is None or isinstance(value, Mapping):
            return value
        self.problem(f"{loc}.{key}", "must be an object")
        return None

    def objects(self, parent: Mapping[str, Any] | None, key: str,
                loc: str) -> list[tuple[str, Mapping[str, Any]]]:
        """The objects of a list (with where each is); missing or null is an empty list."""
        if parent is None:
            return []
        value = parent.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(f"{loc}.{key}", "must be a list")
            return []
        out = []
        for i, item in enumerate(value):
            if isinstance(item, Mapping):
                out.append((f"{loc}.{key}[{i}]", item))
            else:
                self.problem(f"{loc}.{key}[{i}]", "must be an object")
        return out

    # -- the parts a provider takes something from -------------------------------------------

    def phones(self, parent: Mapping[str, Any] | None, loc: str) -> list[str | None]:
        out: list[str | None] = []
        for where, phone in self.objects(parent, "phones", loc):
            out.append(_phone(self.text(phone, "number", where),
                              self.text(phone, "extension", where)))
        return out

    def contact_phones(self, parent: Mapping[str, Any] | None, loc: str) -> list[str | None]:
        return [p for where, c in self.objects(parent, "contacts", loc)
                for p in self.phones(c, where)]

    def contact_emails(self, parent: Mapping[str, Any] | None, loc: str) -> list[str | None]:
        return [self.text(c, "email", where) for where, c in self.objects(parent, "contacts", loc)]

    def addresses(self, location: Mapping[str, Any] | None, loc: str) -> list[str | None]:
        rows = self.objects(location, "addresses", loc)
        # The street address first: that is where a family would go.
        rows.sort(key=lambda r: str(r[1].get("address_type") or "") != "physical")
        return [_address({k: self.text(a, k, where) for k in a}) for where, a in rows]

    def terms(self, service: Mapping[str, Any], loc: str) -> list[str]:
        out = []
        for where, attribute in self.objects(service, "attributes", loc):
            term = self.obj(attribute, "taxonomy_term", where)
            if term is not None:
                out.append(self.text(term, "name", f"{where}.taxonomy_term") or "")
        # Older exports list the terms directly on the service.
        for where, term in self.objects(service, "taxonomy_terms", loc):
            out.append(self.text(term, "name", where) or "")
        return out

    # -- the entities ----------------------------------------------------------------------------

    def service(self, svc: Mapping[str, Any], loc: str,
                org: tuple[str, Mapping[str, Any]] | None = None,
                at: list[tuple[str, Mapping[str, Any]]] | None = None) -> None:
        """One provider from a service; `at` is the service_at_location it was listed under."""
        hsds_id, name = self.ident(svc, loc), self.name(svc, loc)
        status = self.text(svc, "status", loc)
        nested_org = self.obj(svc, "organization", loc)
        if nested_org is not None:
            org = (f"{loc}.organization", nested_org)
        org_loc, org_obj = org if org else (loc, None)
        org_name = self.text(org_obj, "name", org_loc) if org_obj is not None else None
        sals = (at or []) + self.objects(svc, "service_at_locations", loc)
        locations = [(f"{w}.location", lo) for w, sal in sals
                     if (lo := self.obj(sal, "location", w)) is not None]
        program = self.obj(svc, "program", loc)
        phones = [*self.phones(svc, loc),
                  *(p for w, sal in sals for p in self.phones(sal, w)),
                  *(p for w, lo in locations for p in self.phones(lo, w)),
                  *self.contact_phones(svc, loc),
                  *(p for w, sal in sals for p in self.contact_phones(sal, w)),
                  *self.phones(org_obj, org_loc)]
        emails = [self.text(svc, "email", loc), *self.contact_emails(svc, loc),
                  self.text(org_obj, "email", org_loc) if org_obj is not None else None]
        addresses = [a for w, lo in locations for a in self.addresses(lo, w)]
        # With no location of its own, the organisation's address is the next best contact.
        addresses += [a for w, lo in self.objects(org_obj, "locations", org_loc)
                      for a in self.addresses(lo, w)]
        names = [self.text(svc, "alternate_name", loc) or "",
                 (self.text(program, "name", f"{loc}.program") or "") if program else ""]
        if hsds_id is None or name is None:
            return
        if status and status.strip().lower() in CLOSED_STATUSES:
            self.closed.append(LeftOut(hsds_id, _line(name) or "", status.strip().lower()))
            return
        parts = {*svc, *(k for _, sal in sals for k in sal), *(org_obj or ())}
        covered = {field for field, keys in _JSON_PARTS.items() if keys & parts}
        if org_obj is not None:
            covered.add("organization")
        if locations:
            covered.add("address")
        self.providers.append(_provider(
            hsds_id=hsds_id, name=name, organization=org_name,
            description=self.text(svc, "description", loc), phones=phones, emails=emails,
            addresses=addresses, type_texts=[*self.terms(svc, loc), name, *names],
            covered=covered))

    def organization(self, org: Mapping[str, Any], loc: str) -> None:
        services = self.objects(org, "services", loc)
        if services:
            for where, svc in services:
                self.service(svc, where, org=(loc, org))
            return
        # An organisation listed without services is itself where a family can be referred.
        hsds_id, name = self.ident(org, loc), self.name(org, loc)
        phones = [*self.phones(org, loc), *self.contact_phones(org, loc)]
        emails = [self.text(org, "email", loc), *self.contact_emails(org, loc)]
        addresses = [a for w, lo in self.objects(org, "locations", loc)
                     for a in self.addresses(lo, w)]
        if hsds_id is None or name is None:
            return
        covered = {field for field, keys in _JSON_PARTS.items() if keys & set(org)}
        self.providers.append(_provider(
            hsds_id=hsds_id, name=name, organization=name,
            description=self.text(org, "description", loc), phones=phones, emails=emails,
            addresses=addresses, type_texts=[name, self.text(org, "alternate_name", loc) or ""],
            covered=covered | {"organization"}))

    def service_at_location(self, sal: Mapping[str, Any], loc: str) -> None:
        svc = self.obj(sal, "service", loc)
        if svc is None:
            if "service" not in sal or sal["service"] is None:
                self.problem(f"{loc}.service",
                             "is required: a service_at_location names no provider without it")
            return
        self.service(svc, f"{loc}.service", at=[(loc, sal)])

    def entity(self, item: Any, loc: str) -> None:
        if not isinstance(item, Mapping):
            self.problem(loc, "must be an HSDS object (organization, service or "
                              "service_at_location)")
            return
        kind = entity_kind(item)
        if kind == "service_at_location":
            self.service_at_location(item, loc)
        elif kind == "service":
            self.service(item, loc)
        else:
            self.organization(item, loc)


# The keys of a JSON object (a service, its service_at_locations, its organisation) whose
# presence means the upload speaks for a provider field, even when they hold nothing.
_JSON_PARTS: dict[str, frozenset[str]] = {
    "description": frozenset({"description"}),
    "email": frozenset({"email", "contacts"}),
    "phone": frozenset({"phones", "contacts"}),
    "address": frozenset({"service_at_locations", "locations"}),
}


def entity_kind(item: Mapping[str, Any]) -> str:
    """Which HSDS object this is, from the keys only that kind carries."""
    if isinstance(item.get("service"), Mapping) or ("location_id" in item and "service_id" in item):
        return "service_at_location"
    if {"status", "organization", "organization_id", "program", "program_id",
            "service_at_locations", "eligibility_description", "application_process"} & set(item):
        return "service"
    return "organization"


def read_json(data: Any) -> DirectoryUpload:
    """Providers from decoded HSDS JSON: one object, a list of them, or a page of `contents`."""
    reader = _JsonReader()
    if isinstance(data, Mapping) and "contents" in data:
        contents = data["contents"]
        if not isinstance(contents, list):
            raise InvalidDirectory([{"loc": "contents", "msg": "must be a list"}])
        for i, item in enumerate(contents):
            reader.entity(item, f"contents[{i}]")
    elif isinstance(data, list):
        for i, item in enumerate(data):
            reader.entity(item, f"[{i}]")
    elif isinstance(data, Mapping):
        reader.entity(data, "$")
    else:
        raise InvalidDirectory([{"loc": "upload", "msg": "must be an HSDS object, a list of "
                                 "them, or a page with 'contents'"}])
    if reader.problems:
        raise InvalidDirectory(reader.problems)
    return _checked(DirectoryUpload("json", _merge(reader.providers), reader.closed))


# -- CSV data package --------------------------------------------------------------------------

Row = dict[str, str]
TABLES = ("services", "organizations", "service_at_location", "locations", "addresses",
          "phones", "contacts", "attributes", "taxonomy_terms")


def _read_table(name: str, raw: bytes, problems: list[dict[str, str]]) -> list[Row]:
    """The rows of one CSV table, keys and values stripped; problems noted, not raised."""
    loc = f"{name}.csv"
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.append({"loc": loc, "msg": "is not UTF-8 text"})
        return []
    if "\x00" in text:
        problems.append({"loc": loc, "msg": "is not a CSV text file"})
        return []
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        rows: list[Row] = []
        for number, values in enumerate(reader, start=2):
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                problems.append({"loc": f"{loc} line {number}", "msg":
                                 f"has {len(values)} values, the header has {len(header)}"})
                continue
            rows.append({h: v.strip() for h, v in zip(header, values, strict=True)})
    except csv.Error as exc:
        problems.append({"loc": loc, "msg": f"is not valid CSV ({exc})"})
        return []
    if rows or header:
        for column in _REQUIRED_COLUMNS.get(name, ()):
            if column not in header:
                problems.append({"loc": loc, "msg": f"has no {column!r} column"})
    return rows


_REQUIRED_COLUMNS = {
    "services": ("id", "name"), "organizations": ("id", "name"),
    "service_at_location": ("service_id", "location_id"), "addresses": ("location_id",),
    "phones": ("number",), "attributes": ("link_id", "taxonomy_term_id"),
    "taxonomy_terms": ("id", "name"), "locations": ("id",), "contacts": ("id",),
}


def _index(rows: list[Row], key: str) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for row in rows:
        if row.get(key):
            out.setdefault(row[key], []).append(row)
    return out


def read_csv_tables(files: Mapping[str, bytes]) -> DirectoryUpload:
    """Providers from the tables of an HSDS CSV data package, keyed by table name."""
    problems: list[dict[str, str]] = []
    t = {name: _read_table(name, raw, problems) for name, raw in files.items() if name in TABLES}
    if not t.get("services") and not t.get("organizations") and not problems:
        problems.append({"loc": "upload", "msg": "has neither a services.csv nor an "
                                                 "organizations.csv table"})
    for table in ("services", "organizations"):
        for number, row in enumerate(t.get(table, []), start=2):
            for column in ("id", "name"):
                if column in row and not row[column]:
                    problems.append({"loc": f"{table}.csv line {number}",
                                     "msg": f"{column!r} is empty"})
            if len(row.get("id", "")) > MAX_ID:
                problems.append({"loc": f"{table}.csv line {number}",
                                 "msg": f"'id' is longer than {MAX_ID} characters"})
    if problems:
        raise InvalidDirectory(problems)

    orgs = {r["id"]: r for r in t.get("organizations", [])}
    sal_by_service = _index(t.get("service_at_location", []), "service_id")
    addresses = _index(t.get("addresses", []), "location_id")
    terms = {r["id"]: r for r in t.get("taxonomy_terms", [])}
    attributes = _index(t.get("attributes", []), "link_id")
    contacts = t.get("contacts", [])
    phones = t.get("phones", [])

    def phones_where(column: str, values: set[str]) -> list[str | None]:
        return [_phone(p.get("number"), p.get("extension")) for p in phones
                if p.get(column) and p[column] in values]

    def address_of(location_ids: Iterable[str]) -> list[str | None]:
        rows = [a for lid in location_ids for a in addresses.get(lid, [])]
        rows.sort(key=lambda a: a.get("address_type") != "physical")
        return [_address(dict(a)) for a in rows]

    upload = DirectoryUpload("csv", [])
    with_services: set[str] = set()
    present = {name for name in TABLES if name in t}
    table_covers = {"phone": {"phones"}, "address": {"addresses"},
                    "organization": {"organizations"}, "email": {"contacts", "organizations"}}
    covered = {field for field, tables in table_covers.items() if tables & present}

    def columns(table: str) -> set[str]:
        rows = t.get(table, [])
        return {name for name in ("description", "email") if rows and name in rows[0]}

    for svc in t.get("services", []):
        sid = svc["id"]
        org = orgs.get(svc.get("organization_id", ""))
        if svc.get("organization_id"):
            with_services.add(svc["organization_id"])
        if svc.get("status", "").lower() in CLOSED_STATUSES:
            upload.closed.append(LeftOut(sid, _line(svc["name"]) or "", svc["status"].lower()))
            continue
        sals = sal_by_service.get(sid, [])
        location_ids = [s["location_id"] for s in sals if s.get("location_id")]
        contact_ids = {c["id"] for c in contacts if c.get("service_id") == sid}
        org_id = {svc["organization_id"]} if svc.get("organization_id") else set()
        upload.providers.append(_provider(
            hsds_id=sid, name=svc["name"], organization=org["name"] if org else None,
            description=svc.get("description"),
            phones=[*phones_where("service_id", {sid}),
                    *phones_where("service_at_location_id", {s.get("id", "") for s in sals}),
                    *phones_where("location_id", set(location_ids)),
                    *phones_where("contact_id", contact_ids),
                    *phones_where("organization_id", org_id)],
            emails=[svc.get("email"), *(c.get("email") for c in contacts
                                        if c.get("service_id") == sid),
                    org.get("email") if org else None],
            addresses=address_of(location_ids) or address_of(
                lo["id"] for lo in t.get("locations", [])
                if org_id and lo.get("organization_id") in org_id),
            type_texts=[*(terms.get(a.get("taxonomy_term_id", ""), {}).get("name", "")
                          for a in attributes.get(sid, [])),
                        svc["name"], svc.get("alternate_name", "")],
            covered=covered | columns("services")))
    for org_id_, org in orgs.items():
        if org_id_ in with_services:
            continue
        upload.providers.append(_provider(
            hsds_id=org_id_, name=org["name"], organization=org["name"],
            description=org.get("description"),
            phones=phones_where("organization_id", {org_id_}),
            emails=[org.get("email")],
            addresses=address_of(lo["id"] for lo in t.get("locations", [])
                                 if lo.get("organization_id") == org_id_),
            type_texts=[org["name"], org.get("alternate_name", "")],
            covered=covered | columns("organizations")))
    upload.providers = _merge(upload.providers)
    return _checked(upload)


def _unzip(raw: bytes) -> dict[str, bytes]:
    """The CSV tables of a zipped data package, by table name (folders inside are ignored)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        members = [m for m in archive.infolist() if not m.is_dir()
                   and not m.filename.startswith("__MACOSX/")]
        if len(members) > MAX_ZIP_MEMBERS:
            raise InvalidDirectory([{"loc": "upload", "msg":
                                     f"the zip holds over {MAX_ZIP_MEMBERS} files"}])
        files: dict[str, bytes] = {}
        budget = MAX_UNZIPPED_BYTES
        for member in members:
            base = member.filename.rsplit("/", 1)[-1].lower()
            if not base.endswith(".csv"):
                continue
            # Read at most what is left of the budget: the header's size can lie (zip bombs).
            with archive.open(member) as fh:
                data = fh.read(budget + 1)
            budget -= len(data)
            if budget < 0:
                raise InvalidDirectory([{"loc": "upload", "msg": "the zip unpacks to over "
                                         f"{MAX_UNZIPPED_BYTES // 2**20} MiB"}])
            name = base[:-4]
            if name in files:
                raise InvalidDirectory([{"loc": member.filename,
                                         "msg": f"a second {base} in the zip"}])
            files[name] = data
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, RuntimeError,
            NotImplementedError, ValueError) as exc:
        # RuntimeError: encrypted members; NotImplementedError: unknown compression.
        raise InvalidDirectory([{"loc": "upload", "msg": f"is not a readable zip ({exc})"}]) \
            from None
    return files


# -- plain CSV ---------------------------------------------------------------------------------
# A spreadsheet of providers, one a row, as an organisation without HSDS keeps its list. The
# first line names the columns (any order, any case; "name" is required); other columns are
# ignored and named in the report. Without an `id` column a provider is matched by its name
# on re-import.

PLAIN_COLUMNS: dict[str, str] = {
    "id": "hsds_id", "hsds_id": "hsds_id",
    "name": "name", "provider": "name",
    "organization": "organization", "organisation": "organization",
    "services": "service_types", "service_types": "service_types", "type": "service_types",
    "description": "description",
    "phone": "phone", "telephone": "phone",
    "email": "email",
    "address": "address",
}
# Columns neither services.csv nor organizations.csv of HSDS has: a CSV with one is a plain list.
_PLAIN_ONLY = frozenset(PLAIN_COLUMNS) - {"id", "name", "description", "email"}
_SEPARATORS = re.compile(r"[;,|/]")


def _delimiter(first_line: str) -> str:
    """A spreadsheet saved where the decimal mark is a comma separates with ";"."""
    return ";" if first_line.count(";") > first_line.count(",") else ","


def _column(heading: str) -> str:
    return "_".join(heading.strip().strip('"').lower().split())


def _is_plain(text: str) -> bool:
    """Whether a lone CSV is a plain list of providers rather than an HSDS table."""
    first = text.split("\n", 1)[0]
    try:
        header = {_column(h) for h in next(csv.reader([first], delimiter=_delimiter(first)), [])}
    except csv.Error:
        return False
    return "id" not in header or bool(header & _PLAIN_ONLY)


def _code(text: str) -> str:
    return "_".join(text.lower().replace("-", " ").split())


def _plain_types(text: str, name: str) -> list[str]:
    """The service types a cell names, as codes ("food; shelter") or in words ("Food bank"),
    else as the provider's name suggests ('other' when it says nothing)."""
    parts = [p.strip() for p in _SEPARATORS.split(text) if p.strip()]
    found = {_code(p) for p in parts if _code(p) in SERVICE_TYPES}
    words = [p for p in parts if _code(p) not in SERVICE_TYPES]
    if words:
        found |= set(service_types(words)) - {"other"}
    if not found:
        found = set(service_types([name]))
    if len(found) > 1:
        found.discard("other")
    return [kind for kind in SERVICE_TYPES if kind in found]


def read_plain_csv(raw: bytes) -> DirectoryUpload:
    """Providers from a plain CSV, one a row; a row that cannot be one is refused (`refused`,
    with its line and why) and the rest are read. A file with no name column is refused."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidDirectory([{"loc": "upload", "msg": "is not UTF-8 text (in the "
                                 "spreadsheet, save it as \"CSV UTF-8\")"}]) from None
    if "\x00" in text:
        raise InvalidDirectory([{"loc": "upload", "msg": "is not a CSV text file"}])
    reader = csv.reader(io.StringIO(text, newline=""),
                        delimiter=_delimiter(text.split("\n", 1)[0]))
    try:
        headings = next(reader, [])
        rows = [(number, values) for number, values in enumerate(reader, start=2)
                if any(v.strip() for v in values)]
    except csv.Error as exc:
        raise InvalidDirectory([{"loc": "upload", "msg": f"is not valid CSV ({exc})"}]) from None
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for i, heading in enumerate(headings):
        name = PLAIN_COLUMNS.get(_column(heading))
        if name is None:
            if heading.strip():
                ignored.append(_line(heading) or "")
        elif name in columns:
            raise InvalidDirectory([{"loc": "upload", "msg": f"has two columns for {name}: "
                                     f"{headings[columns[name]]!r} and {heading!r}"}])
        else:
            columns[name] = i
    if "name" not in columns:
        raise InvalidDirectory([{"loc": "upload", "msg": "has no 'name' column (the first line "
                                 "names the columns: name, organization, services, "
                                 "description, phone, email, address, id)"}])
    if not rows:
        raise InvalidDirectory([{"loc": "upload", "msg": "has no providers under its header"}])
    upload = DirectoryUpload("plain_csv", [], ignored_columns=ignored)
    covered = ALWAYS_COVERED | set(columns)
    first_line: dict[str, int] = {}
    for number, values in rows:
        where = f"line {number}"
        cell = {f: values[i].strip() if i < len(values) else "" for f, i in columns.items()}
        name = _line(cell["name"]) or ""
        if len(values) != len(headings):
            upload.refused.append(LeftOut(None, name, f"has {len(values)} values, the header "
                                          f"has {len(headings)}", where))
            continue
        if not name:
            upload.refused.append(LeftOut(None, "", "has no name", where))
            continue
        hsds_id = cell.get("hsds_id") or ("name:" + name.casefold())[:MAX_ID]
        if len(hsds_id) > MAX_ID or _CONTROL.search(hsds_id):
            upload.refused.append(LeftOut(None, name, f"its id is not one line of at most "
                                          f"{MAX_ID} characters", where))
            continue
        if hsds_id in first_line:
            upload.refused.append(LeftOut(hsds_id, name, f"line {first_line[hsds_id]} is the "
                                          "same provider (same id, or same name without one)",
                                          where))
            continue
        fields = {"name": name, "organization": _line(cell.get("organization")),
                  "service_types": _plain_types(cell.get("service_types", ""), name),
                  "description": _long(cell.get("description")),
                  "phone": _phone(cell.get("phone"), None), "email": _line(cell.get("email")),
                  "address": _line(cell.get("address")), "hsds_id": hsds_id}
        fields = {k: v for k, v in fields.items() if v is not None}
        try:
            validate_fields(RecordType.PROVIDER, fields)
        except ValidationError as exc:
            upload.refused.append(LeftOut(hsds_id, name, "; ".join(
                f"{k} {m}" for k, m in sorted(exc.errors.items())), where))
            continue
        first_line[hsds_id] = number
        upload.providers.append(ProviderDraft(hsds_id, fields, frozenset(covered)))
    return upload


def _csv_table_name(raw: bytes) -> str:
    """Which HSDS table a lone CSV upload is, from its header."""
    first = raw.split(b"\n", 1)[0].decode("utf-8-sig", "replace").lower()
    header = {h.strip().strip('"') for h in first.split(",")}
    if "organization_id" in header or "status" in header:
        return "services"
    return "organizations"


_Reader = Callable[[bytes], DirectoryUpload]


def _from_json(raw: bytes) -> DirectoryUpload:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        # ValueError covers bad JSON, bad UTF-8 and over-long numbers; RecursionError, nesting.
        msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "cannot be read"
        raise InvalidDirectory([{"loc": "upload", "msg": f"is not valid JSON ({msg})"}]) \
            from None
    return read_json(data)


def _from_zip(raw: bytes) -> DirectoryUpload:
    return read_csv_tables(_unzip(raw))


def _from_csv(raw: bytes) -> DirectoryUpload:
    if _is_plain(raw.decode("utf-8-sig", "replace")):
        return read_plain_csv(raw)
    return read_csv_tables({_csv_table_name(raw): raw})


def read_upload(raw: bytes, content_type: str | None) -> DirectoryUpload:
    """Providers from an upload: HSDS JSON, a zipped CSV data package, one CSV table
    (services or organizations), or a plain CSV of providers. Raises InvalidDirectory or
    UnsupportedUpload."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    readers: dict[str, _Reader] = {
        "application/json": _from_json, "application/zip": _from_zip,
        "application/x-zip-compressed": _from_zip, "text/csv": _from_csv,
    }
    if media.endswith("+json"):
        media = "application/json"
    reader = readers.get(media)
    if reader is None:
        if media not in ("", "application/octet-stream"):
            raise UnsupportedUpload(media)
        reader = _sniff(raw)
    return reader(raw)


def _sniff(raw: bytes) -> _Reader:
    head = raw.lstrip()[:1]
    if raw.startswith(b"PK\x03\x04"):
        return _from_zip
    if head in (b"{", b"["):
        return _from_json
    raise UnsupportedUpload("unknown")
