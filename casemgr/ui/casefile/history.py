"""The case file's History tab: who did what to each record of the case, newest first; for a
change, which fields it changed from what to what, in words ("Visit · amina · Changed:
Observations, Follow-up"; a risk level with the reason given for it); whether it was made on
this device or received by sync, and whether it waits to sync. Read on the database worker
(`load_history`), shown by casefile.view."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from casemgr.app.assessment_report import answer_words
from casemgr.app.casework import Casework
from casemgr.domain.forms import FormDefinition
from casemgr.domain.records import FIELDS, Record, RecordType, display_name
from casemgr.ui.dialogs.base import field_words
from casemgr.ui.i18n import N_, current_language, local_moment, localize, plural, tr
from casemgr.ui.labels import choice_label, field_text


@dataclass(frozen=True)
class HistoryRow:
    key: str  # unique in the list: "local:<audit seq>" or "sync:<change id>"
    at: str
    actor: str
    action: str  # in words: "Changed: Observations, Follow-up"
    record: str
    sync_state: str
    details: tuple[str, ...] = ()  # each field changed: "Follow-up: Call the school → (empty)"


ACTIONS = {"create": N_("Created"), "update": N_("Changed"), "delete": N_("Deleted"),
           "open_case": N_("Opened the case file"), "print": N_("Printed"),
           "open_attachment": N_("Saved a copy of the file"),
           "summary_pdf": N_("Saved the case summary as a PDF"),
           "summary_pdf_redacted": N_("Saved the case summary as a PDF (redacted)"),
           "summary_print": N_("Printed the case summary"),
           "summary_print_redacted": N_("Printed the case summary (redacted)")}
# (each translated where it is shown)
EMPTY = N_("(empty)")
RECEIVED = N_("Received by sync")


# Bookkeeping no caseworker reads (what an approval is bound to, an attachment's key): kept in
# the log, left out of the words.
HIDDEN = frozenset({"submitted_hash", "approved_hash", "subject_hash", "file_key", "sha256"})


def _order(record_type: str, names: list[str]) -> list[str]:
    """The fields a caseworker reads, in the order the record declares them (as its dialog
    shows them)."""
    try:
        declared = list(FIELDS[RecordType(record_type)])
    except ValueError:
        declared = []
    return sorted((n for n in names if n not in HIDDEN),
                  key=lambda n: (declared.index(n) if n in declared else len(declared), n))


def value_words(record_type: str, name: str, value: Any,
                names: Mapping[str, str] | None = None) -> str:
    """A value as the History shows it: words for codes, a person or provider by name (from
    `names`, by record id), 7 for a score of 7.0, "(empty)"."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    names = names or {}
    if isinstance(value, str) and value in names:
        return names[value]
    if isinstance(value, list) and value and all(isinstance(v, str) and v in names
                                                 for v in value):
        return ", ".join(names[v] for v in value)
    text = field_text(record_type, name, value)
    return text if text.strip() else tr(EMPTY)


def change_summary(record_type: str, changes: Mapping[str, tuple[Any, Any]]) -> str:
    """What a change did, on one line: the fields it changed; for a case's risk level, from
    what to what and the reason given."""
    names = _order(record_type, list(changes))
    if not names:
        return tr(ACTIONS["update"])
    if record_type == RecordType.CASE.value and "risk" in changes:
        old, new = changes["risk"]
        text = tr("Changed the risk: {old} → {new}").format(
            old=choice_label("risk", old) or tr("not set"),
            new=choice_label("risk", new) or tr("not set"))
        reason = changes.get("risk_reason", (None, None))[1]
        if isinstance(reason, str) and reason.strip():
            text += tr(". Reason: {reason}").format(reason=" ".join(reason.split()))
        rest = [field_words(record_type, n) for n in names if n not in ("risk", "risk_reason")]
        return text + (tr("; also changed: {fields}").format(fields=", ".join(rest))
                       if rest else "")
    return tr("Changed: {fields}").format(
        fields=", ".join(field_words(record_type, n) for n in names))


def change_details(record_type: str, changes: Mapping[str, tuple[Any, Any]],
                   form: FormDefinition | None = None,
                   names: Mapping[str, str] | None = None) -> list[str]:
    """Each field a change changed, "Label: old → new" in words (`names`: the names of the
    records ids refer to); an assessment's answers question by question (with its form)."""
    lines = []
    for name in _order(record_type, list(changes)):
        old, new = changes[name]
        if name == "answers" and isinstance(old, dict) and isinstance(new, dict):
            lines += _answer_lines(old, new, form)
            continue
        lines.append(f"{field_words(record_type, name)}: "
                     f"{value_words(record_type, name, old, names)} → "
                     f"{value_words(record_type, name, new, names)}")
    return lines


def _answer_lines(old: Mapping[str, Any], new: Mapping[str, Any],
                  form: FormDefinition | None) -> list[str]:
    changed = [q for q in sorted(old.keys() | new.keys()) if old.get(q) != new.get(q)]
    if form is None:
        return [tr("Answer {question}: {old} → {new}").format(
            question=q, old=old.get(q, tr(EMPTY)), new=new.get(q, tr(EMPTY))) for q in changed]
    lang = current_language() if current_language() in form.languages \
        else form.default_language
    order = [f.id for f in form.fields]
    lines = []
    for q in sorted(changed, key=lambda q: order.index(q) if q in order else len(order)):
        try:
            field = form.field(q)
        except KeyError:
            lines.append(tr("Answer {question}: {old} → {new}").format(
                question=q, old=old.get(q, tr(EMPTY)), new=new.get(q, tr(EMPTY))))
            continue
        lines.append(f"{form.text(field.label, lang)}: "
                     f"{answer_words(form, field, old.get(q), lang)} → "
                     f"{answer_words(form, field, new.get(q), lang)}")
    return lines


def _form_of(cw: Casework, record: Record | None) -> FormDefinition | None:
    if record is None or record.type is not RecordType.ASSESSMENT:
        return None
    version = record.fields.get("form_version")
    if not isinstance(version, int):
        return None
    return cw.forms.get((str(record.fields.get("form_id")), version))


def load_history(cw: Casework, records: list[Record]) -> list[HistoryRow]:
    """Who did what to each record of the case (the audit chain, with the fields each change
    changed, and the changes received by sync), and whether each record is waiting in the
    outbox or synced."""
    by_id = {r.id: r for r in records}
    entries, pending = cw.record_history(by_id)
    names = {r.id: display_name(r.type, r.fields) for r in records
             if r.type is RecordType.PERSON}
    names.update(cw.provider_names(
        v for e in entries for pair in e.changes.values() for v in pair
        if isinstance(v, str) and len(v) == 36))
    rows = []
    for e in entries:
        record = by_id.get(e.record_id or "")
        record_type = e.record_type or (record.type.value if record else "")
        kind = choice_label("record_type", record_type)
        form = _form_of(cw, record)
        if record is not None and form is not None:  # the form's title, not its id
            name = f"{form.text(form.title)} {record.fields.get('completed_on', '')}".strip()
        else:
            name = localize(display_name(record.type, record.fields)) if record else ""
        label = f"{kind}: {name}" if name and name != kind else kind
        if e.source == "sync":
            state = tr(RECEIVED)
        elif record is None:
            state = ""
        elif pending.get(record.id):
            n = pending[record.id]
            state = plural(n, tr("Waiting to sync (%Ln change)", "", n),
                           tr("Waiting to sync (%Ln changes)", "", n))
        elif record.rev > 0:
            state = tr("Synced (revision {rev})").format(rev=record.rev)
        else:
            state = tr("Not synced")
        if e.action == "update":
            action = change_summary(record_type, e.changes)
            details = tuple(change_details(record_type, e.changes, form, names))
        else:
            action, details = (tr(ACTIONS[e.action]) if e.action in ACTIONS
                               else e.action.replace("_", " ")), ()
        rows.append(HistoryRow(f"{e.source}:{e.seq}", e.at, e.actor, action, label, state,
                               details))
    return rows


def row_tooltip(row: HistoryRow, limit: int = 200) -> str:
    """The row's changes, one field a line (long values cut short; the pane shows them
    whole)."""
    if not row.details:
        return row.action
    return "\n".join(line if len(line) <= limit else line[:limit - 1] + "…"
                     for line in row.details)


def row_text(row: HistoryRow) -> str:
    """The detail pane's text for a row: when, who, what, and each field changed."""
    head = f"{local_moment(row.at)} · {row.actor} · {row.record}"
    lines = [head, row.action]
    if row.details:
        lines += ["", *row.details]
    if row.sync_state:
        lines += ["", row.sync_state]
    return "\n".join(lines)


__all__ = ["ACTIONS", "HistoryRow", "change_details", "change_summary", "load_history",
           "row_text", "row_tooltip"]
