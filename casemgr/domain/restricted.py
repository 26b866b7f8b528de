"""Restricted fields: sensitive values only some roles may read (docs/sync.md, "Restricted
fields").

A field of the record schema (`records.FIELDS`, `FieldSpec.restricted_to`) or a question of an
assessment form (`"restricted_to": ["supervisor", "admin"]`, `forms.FormField.restricted_to`)
names the roles that may read it. The server withholds such a value from anyone else on every
path that carries a record (`redact`, called by the server's one choke point), and refuses an
op that sets or changes one its author may not read (`refused_names`); an update of the other
fields keeps the withheld values (`restore_withheld`), and an assessment's score is then
computed by the server from every answer (`rescore`).

Names of withheld values: a record field by its name (`abuse_disclosure`), an answer of an
assessment as `answers.<question id>`, a value of a conflict record as `<value>` (the whole of
`server_value` when the conflicting field is restricted) or `<value>.<question id>` (one answer
inside a conflict on an assessment's answers).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from casemgr.domain.forms import FormDefinition, ScoreResult, score
from casemgr.domain.records import FIELDS, RecordType

ANSWERS = "answers"
# The values of a conflict record that hold the conflicting field's values.
CONFLICT_VALUES = ("base_value", "server_value", "client_value", "resolution")

Forms = Mapping[tuple[str, int], FormDefinition]


@dataclass(frozen=True)
class Redacted:
    """A record's fields as a role may see them, and the names of the values withheld."""

    fields: dict[str, Any]
    withheld: tuple[str, ...]


def answer_name(question_id: str) -> str:
    return f"{ANSWERS}.{question_id}"


def form_of(fields: Mapping[str, Any], forms: Forms) -> FormDefinition | None:
    """The form an assessment's fields name, if known (None: nothing of it is restricted
    here, as nothing can be told of its questions)."""
    form_id, version = fields.get("form_id"), fields.get("form_version")
    if not isinstance(form_id, str) or type(version) is not int:
        return None
    return forms.get((form_id, version))


def unreadable_questions(form: FormDefinition | None, role: str) -> frozenset[str]:
    """The questions of `form` whose answers `role` may not read."""
    if form is None:
        return frozenset()
    return frozenset(f.id for f in form.fields if not f.readable_by(role))


def hidden_questions(fields: Mapping[str, Any], forms: Forms, role: str) -> frozenset[str]:
    """The questions of the form an assessment's fields name whose answers `role` may not
    read, in ANY published version of that form: a restriction added in a later version
    covers the answers given on earlier ones (they hold the same question), so publishing a
    restricted version protects what is already stored."""
    form_id = fields.get("form_id")
    if not isinstance(form_id, str):
        return frozenset()
    return frozenset(q for (fid, _), form in forms.items() if fid == form_id
                     for q in unreadable_questions(form, role))


def unreadable_fields(record_type: RecordType, role: str) -> frozenset[str]:
    """The fields of the record schema of `record_type` that `role` may not read."""
    return frozenset(name for name, spec in FIELDS[record_type].items()
                     if not spec.readable_by(role))


def _restricted_anywhere(forms: Forms, role: str) -> frozenset[str]:
    """Every question id restricted from `role` in any known form: a conflict on an
    assessment's answers does not say which form, so each of them is withheld."""
    return frozenset(q for form in forms.values() for q in unreadable_questions(form, role))


def redact(record_type: RecordType, fields: Mapping[str, Any], role: str,
           forms: Forms) -> Redacted:
    """The record's fields as `role` may see them: every restricted value it may not read
    removed, and named in `withheld` (only values that exist: an unanswered question is not
    withheld, just unanswered)."""
    out = dict(fields)
    withheld: list[str] = []
    for name in unreadable_fields(record_type, role):
        if out.get(name) is not None:
            del out[name]
            withheld.append(name)
    if record_type is RecordType.ASSESSMENT and isinstance(out.get(ANSWERS), dict):
        hidden = hidden_questions(out, forms, role)
        answers = dict(out[ANSWERS])
        for q in sorted(hidden & answers.keys()):
            del answers[q]
            withheld.append(answer_name(q))
        out[ANSWERS] = answers
    if record_type is RecordType.CONFLICT:
        withheld += _redact_conflict(out, role, forms)
    return Redacted(out, tuple(sorted(withheld)))


def _redact_conflict(out: dict[str, Any], role: str, forms: Forms) -> list[str]:
    """Withhold, in place, a conflict record's values of a field `role` may not read."""
    try:
        rtype = RecordType(str(out.get("record_type")))
    except ValueError:
        return []
    field = out.get("field")
    withheld: list[str] = []
    if field in unreadable_fields(rtype, role):
        for name in CONFLICT_VALUES:
            if name in out:
                del out[name]
                withheld.append(name)
    elif rtype is RecordType.ASSESSMENT and field == ANSWERS:
        hidden = _restricted_anywhere(forms, role)
        for name in CONFLICT_VALUES:
            value = out.get(name)
            if isinstance(value, dict) and hidden & value.keys():
                kept = dict(value)
                for q in sorted(hidden & value.keys()):
                    del kept[q]
                    withheld.append(f"{name}.{q}")
                out[name] = kept
    return withheld


def refused_names(record_type: RecordType, stored: Mapping[str, Any] | None,
                  changes: Mapping[str, Any], role: str, forms: Forms) -> list[str]:
    """The withheld values an op by `role` would set or change (`changes`: field name ->
    new value; `stored`: the record's fields on the server, None for a new record). The
    server refuses such an op: who may not read a value may not write it either."""
    current = dict(stored or {})
    refused = sorted(name for name in unreadable_fields(record_type, role) if name in changes
                     and not (changes[name] is None and current.get(name) is None))
    if record_type is RecordType.ASSESSMENT and isinstance(changes.get(ANSWERS), dict):
        named = {**current, **{k: v for k, v in changes.items() if k in ("form_id",
                                                                         "form_version")}}
        hidden = hidden_questions(named, forms, role)
        refused += [answer_name(q) for q in sorted(hidden & changes[ANSWERS].keys())]
    if record_type is RecordType.CONFLICT:
        try:
            rtype = RecordType(str(current.get("record_type")))
        except ValueError:
            rtype = None
        if rtype is not None and current.get("field") in unreadable_fields(rtype, role):
            refused += sorted(n for n in CONFLICT_VALUES if n in changes)
    return refused


def restore_withheld(record_type: RecordType, stored: Mapping[str, Any], base: Any, value: Any,
                     role: str, forms: Forms) -> tuple[Any, Any]:
    """An update of an assessment's answers by someone who cannot read some of them, made on
    the answers they were sent: the stored answers they could not read put back into both
    the base and the new value, so the merge keeps them (field-level) and sees no change of
    them. Other fields need nothing: an op names only the fields it changes."""
    if record_type is not RecordType.ASSESSMENT:
        return base, value
    answers = stored.get(ANSWERS)
    if not isinstance(answers, dict):
        return base, value
    hidden = hidden_questions(stored, forms, role) & answers.keys()
    if not hidden:
        return base, value
    kept = {q: answers[q] for q in hidden}
    return ({**base, **kept} if isinstance(base, dict) else base,
            {**value, **kept} if isinstance(value, dict) else value)


def hides_answers(fields: Mapping[str, Any], role: str, forms: Forms) -> bool:
    """Whether an assessment has answers `role` may not read (its score is then the
    server's: `rescore`)."""
    answers = fields.get(ANSWERS)
    return isinstance(answers, dict) and bool(
        hidden_questions(fields, forms, role) & answers.keys())


def rescore(fields: Mapping[str, Any], forms: Forms) -> dict[str, Any] | None:
    """The score and suggested risk of an assessment from all its answers, as the fields'
    changes, or None if its form is not known. The server runs it when the author could not
    read every answer (their device scored only what it had)."""
    form = form_of(fields, forms)
    answers = fields.get(ANSWERS)
    if form is None or not isinstance(answers, dict):
        return None
    try:
        result: ScoreResult = score(form, answers)
    except (KeyError, TypeError, ValueError):
        return None  # answers that do not fit the form: the device's score stays
    return {"score": result.score,
            "suggested_risk": result.suggested_risk.value if result.suggested_risk else None}


def withheld_questions(withheld: Iterable[str]) -> frozenset[str]:
    """The question ids among a record's withheld names (`answers.<id>`)."""
    prefix = f"{ANSWERS}."
    return frozenset(n[len(prefix):] for n in withheld if n.startswith(prefix))


__all__ = ["ANSWERS", "CONFLICT_VALUES", "Forms", "Redacted", "answer_name", "form_of",
           "hidden_questions", "hides_answers", "redact", "refused_names", "rescore",
           "restore_withheld", "unreadable_fields", "unreadable_questions", "withheld_questions"]
