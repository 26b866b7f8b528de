"""Subject access: everything the server holds about one person, for an administrator to
hand to them (or to whoever asks on their behalf), as JSON and as a readable document.

The administrator's password is checked again before the data is fetched (as an export's:
`Workspace.verify_password`), and the output is recorded in the workspace's audit chain
with the format and counts only (the server records its own `subject_access` entry).
Qt-free: `to_html` is Qt's rich-text subset, which the desktop and the command line turn
into a PDF (casemgr.ui.reports.write_subject_access_pdf).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any, Literal

from casemgr.app.admin import AdminConsole
from casemgr.app.case_summary import html_text, pairs_html
from casemgr.app.exports import write_to
from casemgr.db.workspace import Workspace
from casemgr.domain.labels import field_text
from casemgr.domain.records import FIELDS, RecordType
from casemgr.sync.protocol import RecordOut, SubjectAccess

AUDIT_ACTION = "subject_access"
Format = Literal["json", "pdf"]
FORMATS: tuple[Format, ...] = ("json", "pdf")


def fetch(ws: Workspace, console: AdminConsole, person_id: str, password: str,
          fmt: Format) -> SubjectAccess:
    """The password again (WrongPassword, UnlockBackoff, LockedOut as at unlock), then the
    person's data from the server, then the audit entry, before anything is written."""
    ws.verify_password(password)
    data = console.subject_access(person_id)
    record_output(ws, data, fmt)
    return data


def record_output(ws: Workspace, data: SubjectAccess, fmt: str) -> None:
    """The output in the workspace's audit chain (format and counts), before it is written.
    The desktop runs the three steps of `fetch` on the threads that own each: the password
    and this on the database thread, the request on the sync thread."""
    ws.store.audit_only(AUDIT_ACTION, data.person_id, RecordType.PERSON.value,
                        detail=audit_detail(data, fmt))


def audit_detail(data: SubjectAccess, fmt: str) -> dict[str, Any]:
    """What the audit chain keeps of an output: its format and counts, never its content."""
    return {"format": fmt, "cases": len(data.cases), "records": len(data.records) + 1,
            "audit_entries": len(data.audit)}


def write_json(data: SubjectAccess, target: Path | IO[str]) -> None:
    """The whole answer as indented JSON (UTF-8, names as written)."""
    def write(d: SubjectAccess, stream: Any) -> None:
        if isinstance(stream, Path):
            stream.write_text(_json(d), encoding="utf-8")
        else:
            stream.write(_json(d))

    write_to(write, data, target)


def _json(data: SubjectAccess) -> str:
    return json.dumps(data.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def person_name(data: SubjectAccess) -> str:
    f = data.person.fields
    return " ".join(str(f[k]) for k in ("given_name", "family_name") if f.get(k)) or "—"


def file_name(data: SubjectAccess, fmt: str) -> str:
    """A file name without the person's name in it (it shows in folders and mail)."""
    return f"subject-access-{data.person_id[:8]}.{fmt}"


# -- the readable document -----------------------------------------------------------------------

def _value(record_type: str, name: str, value: Any) -> str:
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, dict):  # assessment answers
        return "; ".join(f"{k}: {_value(record_type, k, v)}" for k, v in value.items())
    if isinstance(value, list) and any(isinstance(v, dict) for v in value):
        return json.dumps(value, ensure_ascii=False)
    return field_text(record_type, name, value)


def _pairs(pairs: Iterable[tuple[str, str]]) -> str:
    return pairs_html(str, pairs)  # the case summary's label/value table, in English


def _record(rec: RecordOut) -> str:
    specs = FIELDS.get(rec.type, {})
    pairs = [(spec.label or name.replace("_", " ").capitalize(),
              _value(rec.type.value, name, rec.fields.get(name)))
             for name, spec in specs.items() if name in rec.fields]
    pairs += [("Recorded", f"{rec.created_at[:16].replace('T', ' ')} by {rec.created_by}"),
              ("Last changed", f"{rec.updated_at[:16].replace('T', ' ')} by {rec.updated_by}")]
    title = rec.type.value.replace("_", " ").capitalize() + (" (deleted)" if rec.deleted else "")
    return f"<h3>{html_text(title)}</h3>" + _pairs(pairs)


def to_html(data: SubjectAccess) -> str:
    """The document: who it is about and who produced it when, then each record with its
    fields as labelled, then the audit entries."""
    parts = [f"<h1>{html_text('Subject access: ' + person_name(data))}</h1>",
             "<p>" + html_text(f"Produced by {data.produced_by} on "
                        f"{data.produced_at[:16].replace('T', ' ')} UTC. Person id "
                        f"{data.person_id}.") + "</p>",
             "<p>" + html_text("Everything the server holds about this person: their record, their "
                        "household, their cases, the records of those cases that concern "
                        "them, and who did what with these records.") + "</p>",
             "<h2>The person</h2>", _record(data.person)]
    if data.family is not None:
        parts += ["<h2>The household</h2>", _record(data.family)]
    parts.append("<h2>Cases</h2>")
    parts += [_record(c) for c in data.cases] or ["<p><i>No case.</i></p>"]
    parts.append("<h2>Records of the cases that concern them</h2>")
    parts += [_record(r) for r in data.records] or ["<p><i>None.</i></p>"]
    parts.append("<h2>Audit entries</h2>")
    if data.audit:
        rows = "".join(f"<tr><td>{html_text(a.at[:16].replace('T', ' '))}</td>"
                       f"<td>{html_text(a.actor)}</td>"
                       f"<td>{html_text(a.action.replace('_', ' '))}</td></tr>"
                       for a in data.audit)
        parts.append('<table width="100%" border="1" cellspacing="0" cellpadding="3">'
                     "<thead><tr><th>When</th><th>Who</th><th>What</th></tr></thead>"
                     + rows + "</table>")
    else:
        parts.append("<p><i>None.</i></p>")
    return "\n".join(parts)


__all__ = ["AUDIT_ACTION", "FORMATS", "audit_detail", "fetch", "file_name", "person_name",
           "record_output", "to_html", "write_json"]
