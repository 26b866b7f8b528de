"""Exports of the user's scope (issue 12): the records of the cases that reach the user, as
tables, written as CSV, XLSX or JSON, de-identified by default (casemgr.domain.deidentify).

An export is deliberate and recorded: the role must allow it (permissions.require_export),
the password is checked again (Workspace.verify_password) before anything leaves the
encrypted store, and the audit chain gets an "export" entry with the format, the tables and
their row counts, the scope and whether it was de-identified: no case data.

The command line imports this module to build its parser: the database layer is imported
only when an export runs.

Each table is read in one statement over the records of the cases in scope (case_index
carries the scope), so an export of 20,000 cases reads nine statements, not one per case.
docs/exports.md describes the tables and their columns.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from casemgr.domain import deidentify as deid
from casemgr.domain.deidentify import Pseudonyms, Treatment
from casemgr.domain.errors import PermissionDenied
from casemgr.domain.permissions import CaseAccess, Role, in_scope, require_export
from casemgr.domain.records import FIELDS, Kind, RecordType
from casemgr.domain.text import msg

if TYPE_CHECKING:
    from casemgr.app.casework import Casework

# The tables of an export, in order, and the record type each holds.
TABLES: Mapping[str, RecordType] = {
    "cases": RecordType.CASE,
    "families": RecordType.FAMILY,
    "people": RecordType.PERSON,
    "visits": RecordType.VISIT,
    "assessments": RecordType.ASSESSMENT,
    "plans": RecordType.CASE_PLAN,
    "plan_goals": RecordType.PLAN_GOAL,
    "referrals": RecordType.REFERRAL,
    "tasks": RecordType.TASK,
}
FORMATS = ("csv", "xlsx", "json")
AUDIT_ACTION = "export"

# A column's kind, for the writers: how its values are typed in XLSX and JSON.
TEXT, INT, NUMBER, BOOL, DATE, DATETIME, MONTH, LIST = (
    "text", "int", "number", "bool", "date", "datetime", "month", "list")
_KIND_OF: Mapping[Kind, str] = {
    Kind.INT: INT, Kind.NUMBER: NUMBER, Kind.BOOL: BOOL, Kind.DATE: DATE,
    Kind.DATETIME: DATETIME, Kind.CHOICES: LIST, Kind.REFS: LIST,
}
_ANSWER_KIND: Mapping[str, str] = {
    "number": NUMBER, "scale": INT, "date": DATE, "yes_no": BOOL, "multiple_choice": LIST,
}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = TEXT


@dataclass
class Table:
    name: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)


@dataclass
class ExportData:
    """What an export holds: its tables, and what it was made of."""

    tables: list[Table]
    deidentified: bool
    scope: str  # "own", "team", "all" or "case"
    cases: int
    made_on: date
    pseudonyms: Pseudonyms | None = None  # de-identified: the key of this export's pseudonyms

    @property
    def counts(self) -> dict[str, int]:
        return {t.name: len(t.rows) for t in self.tables}


@dataclass(frozen=True)
class ExportRequest:
    format: str
    deidentify: bool = True
    case: str | None = None  # a case number or id: only that case
    tables: tuple[str, ...] = tuple(TABLES)
    keep_key: bool = False  # de-identified: the pseudonym key is given to the user


@dataclass(frozen=True)
class ExportResult:
    """What was exported, for the message at the end."""

    path: Path | None  # None: written to a stream (standard output)
    counts: Mapping[str, int]
    deidentified: bool
    key_hex: str | None  # the pseudonym key, only when the user asked to keep it


def scope_code(cw: Casework, case_key: str | None) -> str:
    if case_key:
        return "case"
    return {Role.ADMIN: "all", Role.SUPERVISOR: "team"}.get(cw.actor.role, "own")


def _scope(cw: Casework) -> Any:
    from casemgr.app.dashboard import case_scope  # the database layer, only when exporting

    return case_scope(cw.actor)


def _one_case(cw: Casework, case_key: str) -> str:
    case = cw.store.find_case(case_key)
    if not in_scope(cw.actor, CaseAccess.of_case(case.fields)):
        raise PermissionDenied(msg("This case is not in your scope: you can export only the "
                                   "cases you can open."))
    return case.id


def count_cases(cw: Casework, case_key: str | None = None) -> int:
    """How many cases an export of this user would hold."""
    from casemgr.db import queries

    case_id = _one_case(cw, case_key) if case_key else None
    return queries.export_case_count(cw.ws, _scope(cw), case_id)


def check_allowed(cw: Casework, request: ExportRequest) -> int:
    """Refuse (PermissionDenied) an export the user's role does not allow; the cases it
    would hold."""
    unknown = [t for t in request.tables if t not in TABLES]
    if unknown:
        raise ValueError(f"No table {', '.join(unknown)}; the tables are: {', '.join(TABLES)}.")
    if request.format not in FORMATS:
        raise ValueError(f"No export format {request.format}; use one of {', '.join(FORMATS)}.")
    cases = count_cases(cw, request.case)
    require_export(cw.actor, identified=not request.deidentify, cases=cases)
    return cases


# -- reading --------------------------------------------------------------------------------

_META = (Column("id"), Column("case_id"))
_STAMPS = (Column("created_at", DATETIME), Column("created_by"), Column("updated_at", DATETIME))


def gather(cw: Casework, request: ExportRequest, *, key: bytes | None = None,
           cases: int | None = None) -> ExportData:
    """The tables of the export, read in one statement per table (`cases`: what
    `check_allowed` said, when it was asked already)."""
    if cases is None:
        cases = check_allowed(cw, request)
    from casemgr.db import queries

    case_id = _one_case(cw, request.case) if request.case else None
    scope = _scope(cw)
    on = cw.today()
    pseudonyms = Pseudonyms(key) if request.deidentify else None
    tables = []
    for name in request.tables:
        record_type = TABLES[name]
        records = queries.export_rows(cw.ws, scope, record_type, case_id)
        tables.append(_table(cw, name, record_type, records, pseudonyms, on))
    return ExportData(tables, request.deidentify, scope_code(cw, request.case), cases, on,
                      pseudonyms)


Raw = tuple[str, str, dict[str, Any], str, str, str]


def _table(cw: Casework, name: str, record_type: RecordType, records: list[Raw],
           pseudonyms: Pseudonyms | None, on: date) -> Table:
    specs = FIELDS[record_type]
    treatment = deid.TREATMENT[record_type]
    # (column, how to get its value from the fields)
    getters: list[tuple[Column, Callable[[dict[str, Any]], Any]]] = []
    for fname, spec in specs.items():
        kind = _KIND_OF.get(spec.kind, TEXT)
        if fname == "answers":
            continue  # one column per question, after the fields
        if pseudonyms is None:
            getters.append((Column(fname, kind), _plain(fname)))
            continue
        how = treatment[fname]
        if how is Treatment.DROP:
            continue
        if how is Treatment.MONTH:
            getters.append((Column(fname, MONTH), _month(fname)))
        elif how is Treatment.AGE:
            if fname == "date_of_birth":
                getters.append((Column("age_band"), _age(on)))
        elif how is Treatment.REF:
            getters.append((Column(fname), _ref(pseudonyms, fname)))
        elif how is Treatment.REFS:
            getters.append((Column(fname, LIST), _refs(pseudonyms, fname)))
        else:
            getters.append((Column(fname, kind), _plain(fname)))
    answers = _answer_columns(cw, records, pseudonyms is not None) \
        if record_type is RecordType.ASSESSMENT else []
    columns = [*_META, *(c for c, _ in getters), *(c for c, _, _ in answers), *_STAMPS]
    if pseudonyms is not None:
        columns = [Column(c.name, MONTH) if c.kind == DATETIME else c for c in columns]
    table = Table(name, columns)
    for rid, cid, fields, created_at, created_by, updated_at in records:
        values = [get(fields) for _, get in getters]
        raw = fields.get("answers")
        given: dict[str, Any] = raw if isinstance(raw, dict) else {}
        for _, (form, version, question), qtype in answers:
            if (fields.get("form_id"), fields.get("form_version")) != (form, version):
                values.append(None)
                continue
            value = given.get(question)
            values.append(value if pseudonyms is None
                          else deid.deidentify_answer(qtype, value))
        if pseudonyms is None:
            table.rows.append([rid, cid, *values, created_at, created_by, updated_at])
        else:
            table.rows.append([pseudonyms.of(rid, record_type),
                               pseudonyms.of(cid, RecordType.CASE), *values,
                               deid.month(created_at), created_by, deid.month(updated_at)])
    return table


def _plain(name: str) -> Callable[[dict[str, Any]], Any]:
    return lambda f: f.get(name)


def _month(name: str) -> Callable[[dict[str, Any]], Any]:
    return lambda f: deid.month(f.get(name))


def _age(on: date) -> Callable[[dict[str, Any]], Any]:
    return lambda f: deid.age_band(f.get("date_of_birth"), f.get("estimated_age"), on) or None


def _ref(p: Pseudonyms, name: str) -> Callable[[dict[str, Any]], Any]:
    kind = deid.REF_KIND.get(name)
    return lambda f: p.of(f.get(name), kind)


def _refs(p: Pseudonyms, name: str) -> Callable[[dict[str, Any]], Any]:
    kind = deid.REF_KIND.get(name)
    return lambda f: [p.of(v, kind) for v in f.get(name) or []]


def _answer_columns(cw: Casework, records: list[Raw], deidentified: bool
                    ) -> list[tuple[Column, tuple[str, int, str], str | None]]:
    """One column per question of each form version the assessments use, named
    "<form>.v<version>.<question>", in the form's order (a version this device does not
    know: the questions answered, by name). De-identified: only the questions whose answers
    may leave (deidentify.answer_treatment)."""
    versions: dict[tuple[str, int], set[str]] = {}
    for _, _, fields, _, _, _ in records:
        key = (str(fields.get("form_id")), int(fields.get("form_version") or 0))
        answers = fields.get("answers")
        versions.setdefault(key, set()).update(answers if isinstance(answers, dict) else ())
    columns = []
    for (form_id, version), answered in sorted(versions.items()):
        form = cw.forms.get((form_id, version))
        if form is not None:
            questions: list[tuple[str, str | None]] = [(q.id, q.type.value) for q in form.fields]
        else:
            questions = [(q, None) for q in sorted(answered)]
        for question, qtype in questions:
            if deidentified and qtype is not None and \
                    deid.answer_treatment(qtype) is Treatment.DROP:
                continue
            kind = _ANSWER_KIND.get(qtype or "", TEXT)
            if deidentified and kind == DATE:
                kind = MONTH
            columns.append((Column(f"{form_id}.v{version}.{question}", kind),
                            (form_id, version, question), qtype))
    return columns


# -- writing --------------------------------------------------------------------------------

def _text(value: Any) -> str:
    """A value as a CSV cell: lists joined with "; ", yes/no as true/false, none empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def write_csv_table(table: Table, stream: IO[str]) -> None:
    out = csv.writer(stream, lineterminator="\r\n")
    out.writerow([c.name for c in table.columns])
    for row in table.rows:
        out.writerow([_text(v) for v in row])


def write_csv(data: ExportData, target: Path | IO[str]) -> None:
    """To a stream: the cases table (or the only table). To a file: a ZIP of one CSV per
    table, or one plain CSV when the export has one table and the name ends in .csv."""
    if not isinstance(target, Path):
        write_csv_table(data.tables[0], target)
        return
    if len(data.tables) == 1 and target.suffix.lower() == ".csv":
        with target.open("w", encoding="utf-8-sig", newline="") as f:
            write_csv_table(data.tables[0], f)
        return
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for table in data.tables:
            buffer = io.StringIO()
            write_csv_table(table, buffer)
            # UTF-8 with a byte-order mark: spreadsheets then read accents and Arabic right.
            archive.writestr(f"{table.name}.csv", "\ufeff" + buffer.getvalue())


def _cell(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == DATE and isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    if kind == DATETIME and isinstance(value, str):
        try:  # Excel has no time zones: the UTC time, as docs/exports.md says
            return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)
        except ValueError:
            return value
    if isinstance(value, list | dict):
        return _text(value)
    return value


def write_xlsx(data: ExportData, target: Path | IO[bytes]) -> None:
    """One sheet per table, typed cells (dates as dates, numbers as numbers, yes/no as
    booleans), the header row bold and frozen."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    for table in data.tables:
        sheet = book.create_sheet(table.name)
        sheet.freeze_panes = "A2"
        header = []
        for column in table.columns:
            cell = WriteOnlyCell(sheet, value=column.name)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        kinds = [c.kind for c in table.columns]
        for row in table.rows:
            sheet.append([_cell(k, v) for k, v in zip(kinds, row, strict=True)])
    book.save(target)


def write_json(data: ExportData, target: Path | IO[str]) -> None:
    """One object: "export" (what it is) and a list of row objects per table."""
    body: dict[str, Any] = {"export": {
        "format": "casemgr-export", "version": 1, "made_on": data.made_on.isoformat(),
        "deidentified": data.deidentified, "scope": data.scope, "cases": data.cases}}
    for table in data.tables:
        names = [c.name for c in table.columns]
        body[table.name] = [dict(zip(names, row, strict=True)) for row in table.rows]
    if isinstance(target, Path):
        with target.open("w", encoding="utf-8") as f:
            json.dump(body, f, ensure_ascii=False, indent=1)
            f.write("\n")
    else:
        json.dump(body, target, ensure_ascii=False, indent=1)
        target.write("\n")


# The writer of each format: the lead adds "pdf" (the case summary) here.
Writer = Callable[[ExportData, Any], None]
WRITERS: dict[str, Writer] = {"csv": write_csv, "xlsx": write_xlsx, "json": write_json}


# -- the use case ---------------------------------------------------------------------------

def audit_detail(data: ExportData, fmt: str, *, key_kept: bool, what: str = "records"
                 ) -> dict[str, Any]:
    """The audit entry's detail: what was exported, never what it holds."""
    return {"what": what, "format": fmt, "scope": data.scope, "cases": data.cases,
            "deidentified": data.deidentified, "key_kept": key_kept, "rows": data.counts}


def prepare_export(cw: Casework, request: ExportRequest, password: str) -> ExportData:
    """Check the right and the password, read the tables, and record the export in the audit
    chain (before anything is written: nothing leaves unrecorded). Raises PermissionDenied,
    WrongPassword (counted like a failed unlock), UnlockBackoff."""
    cases = check_allowed(cw, request)
    cw.ws.verify_password(password)
    data = gather(cw, request, cases=cases)
    record = _one_case(cw, request.case) if request.case else None
    cw.store.audit_only(AUDIT_ACTION, record, RecordType.CASE.value if record else None,
                        actor=cw.actor.user,
                        detail=audit_detail(data, request.format,
                                            key_kept=request.keep_key and data.deidentified))
    return data


def write_export(data: ExportData, request: ExportRequest, target: Path | IO[Any]
                 ) -> ExportResult:
    """Write what `prepare_export` read: it needs no workspace, so the desktop runs it off
    the database thread (a workbook of 20,000 cases takes minutes)."""
    write_to(WRITERS[request.format], data, target)
    key = data.pseudonyms.key_hex if data.pseudonyms is not None and request.keep_key else None
    return ExportResult(target if isinstance(target, Path) else None, data.counts,
                        data.deidentified, key)


def export(cw: Casework, request: ExportRequest, password: str,
           target: Path | IO[Any]) -> ExportResult:
    """`prepare_export`, then `write_export`: the whole export in one call."""
    return write_export(prepare_export(cw, request, password), request, target)


def write_to(writer: Callable[[Any, Any], None], data: Any, target: Path | IO[Any]) -> None:
    """Write to a file through a temporary one beside it, so that a failed export leaves no
    half-written file where the user looks for it."""
    if not isinstance(target, Path):
        writer(data, target)
        return
    partial = target.with_name(f".{target.stem}.partial{target.suffix}")
    try:
        writer(data, partial)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


def table_names(names: Iterable[str] | None) -> tuple[str, ...]:
    """The tables asked for (None or empty: all), in the export's order."""
    wanted = set(names or ())
    if not wanted:
        return tuple(TABLES)
    unknown = wanted - set(TABLES)
    if unknown:
        raise ValueError(f"No table {', '.join(sorted(unknown))}; the tables are: "
                         f"{', '.join(TABLES)}.")
    return tuple(t for t in TABLES if t in wanted)


__all__ = [
    "FORMATS", "TABLES", "WRITERS", "Column", "ExportData", "ExportRequest", "ExportResult",
    "Table", "audit_detail", "check_allowed", "count_cases", "export", "gather",
    "prepare_export", "table_names", "write_csv", "write_export", "write_json", "write_xlsx",
]

