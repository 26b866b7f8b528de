"""Forms engine: assessments are JSON data, validated and scored alike on client and server.

The definition format is documented for form authors in docs/forms.md (DESIGN.md, 4).
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import math
import random
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Any, NoReturn, TypeAlias, TypeVar

from casemgr.domain import text as said
from casemgr.domain.errors import DomainError, ValidationError
from casemgr.domain.records import MAX_LONG_TEXT, MAX_TEXT, ROLE_NAMES, CaseStatus, RiskLevel
from casemgr.domain.text import msg

K = TypeVar("K")
V = TypeVar("V")


class FrozenMap(Mapping[K, V]):
    """An immutable, hashable mapping, so that parsed definitions stay frozen all the way down."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[K, V] | Iterable[tuple[K, V]] = ()) -> None:
        self._data: dict[K, V] = dict(data)

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(frozenset(self._data.items()))

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"


# A user-facing string: plain, or translations keyed by language code ({"en": ..., "fr": ...}).
Text: TypeAlias = "str | Mapping[str, str]"


def text(value: Text, lang: str | None, default_language: str) -> str:
    """The translation of `value` for `lang`, else its base language, else the default, else any."""
    if isinstance(value, str):
        return value
    candidates = [lang, lang.split("-")[0].split("_")[0]] if lang else []
    for candidate in [*candidates, default_language]:
        if candidate in value:
            return value[candidate]
    return next(iter(value.values()), "")


class FormDefinitionError(DomainError):
    """A form definition that cannot be used; the message names the form, where, and the problem."""

    def __init__(self, form_id: str, where: str, problem: str) -> None:
        self.form_id = form_id
        self.where = where
        self.problem = problem
        place = f"form {form_id!r}, {where}" if where else f"form {form_id!r}"
        super().__init__(f"{place}: {problem}")


class FieldType(StrEnum):
    TEXT = "text"  # one line
    LONG_TEXT = "long_text"
    NUMBER = "number"
    DATE = "date"  # YYYY-MM-DD
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    YES_NO = "yes_no"
    SCALE = "scale"  # whole numbers from scale_min to scale_max


class Op(StrEnum):
    """The comparisons a condition can make on one field's answer."""

    EQUALS = "equals"
    NOT_EQUALS = "not_equals"
    IN = "in"
    CONTAINS = "contains"
    GTE = "gte"
    LTE = "lte"
    ANSWERED = "answered"


@dataclass(frozen=True)
class FieldCondition:
    """True when the answer to `field` compares as `op` says with `value` (a tuple for `in`)."""

    field: str
    op: Op
    value: Any


@dataclass(frozen=True)
class AllOf:
    conditions: tuple[Condition, ...]


@dataclass(frozen=True)
class AnyOf:
    conditions: tuple[Condition, ...]


@dataclass(frozen=True)
class Not:
    condition: Condition


Condition: TypeAlias = "FieldCondition | AllOf | AnyOf | Not"


@dataclass(frozen=True)
class Choice:
    value: str
    label: Text
    score: float = 0
    exclusive: bool = False  # multiple choice only: cannot be combined ("None of these")
    # single choice only: the ages in whole years (from, to) this choice stands for; a field
    # whose choices all have ages is answered from the child's date of birth when known.
    ages: tuple[int, int] | None = None


@dataclass(frozen=True)
class Validation:
    """The rules an answer must meet beyond its type; each applies to some field types only."""

    min: float | None = None  # number
    max: float | None = None  # number
    integer: bool = False  # number: whole numbers only
    min_length: int | None = None  # text, long_text
    max_length: int | None = None  # text, long_text
    pattern: str | None = None  # text, long_text: the whole answer must match
    pattern_message: Text | None = None  # shown instead of the generic "expected format" message
    not_in_future: bool = False  # date
    min_selections: int | None = None  # multiple_choice
    max_selections: int | None = None  # multiple_choice


@dataclass(frozen=True)
class FormField:
    id: str
    type: FieldType
    label: Text
    help: Text | None = None
    required: bool = False
    show_if: Condition | None = None
    validation: Validation = Validation()
    choices: tuple[Choice, ...] = ()
    scale_min: int | None = None
    scale_max: int | None = None
    scale_labels: Mapping[int, Text] = FrozenMap()  # anchor labels for some scale points
    scale_points: Mapping[int, float] = FrozenMap()  # score added for a scale answer
    example: str | None = None  # a valid answer: placeholder, and sample data for pattern fields
    # The roles that may read the answer (casemgr.domain.restricted); () for everyone. The
    # server withholds it from anyone else and refuses their setting or changing it.
    restricted_to: tuple[str, ...] = ()

    def readable_by(self, role: str) -> bool:
        """Whether a user of `role` may read (and so set or change) this answer."""
        return not self.restricted_to or role in self.restricted_to

    @property
    def asks_age(self) -> bool:
        """Whether this is an age question its choices' `ages` can answer."""
        return bool(self.choices) and all(c.ages is not None for c in self.choices)

    def age_answer(self, age: int) -> str | None:
        """The choice for a child of `age` whole years (None if no choice covers it)."""
        for c in self.choices:
            if c.ages is not None and c.ages[0] <= age <= c.ages[1]:
                return c.value
        return None

    def choice(self, value: str) -> Choice:
        """The choice with this value (KeyError if there is none)."""
        for c in self.choices:
            if c.value == value:
                return c
        raise KeyError(value)


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    fields: tuple[FormField, ...]
    description: Text | None = None
    show_if: Condition | None = None  # hides every field of the section


@dataclass(frozen=True)
class ScoreRule:
    """Adds `points` to the score when `when` holds; `reason` tells the caseworker why."""

    when: Condition
    points: float
    reason: Text


@dataclass(frozen=True)
class Threshold:
    """A score of at least `min` suggests `risk` (the highest threshold reached wins)."""

    min: float
    risk: RiskLevel


@dataclass(frozen=True)
class RiskOverride:
    """When `when` holds, the suggested risk is at least `risk`, whatever the score."""

    when: Condition
    risk: RiskLevel
    reason: Text


@dataclass(frozen=True)
class Scoring:
    rules: tuple[ScoreRule, ...] = ()
    thresholds: tuple[Threshold, ...] = ()
    overrides: tuple[RiskOverride, ...] = ()


@dataclass(frozen=True)
class FormDefinition:
    id: str
    version: int
    title: Text
    description: Text
    default_language: str
    languages: tuple[str, ...]
    sections: tuple[Section, ...]
    scoring: Scoring = Scoring()
    # The case statuses at which the form is the one to fill in (the assessment chooser
    # proposes it first); () for any stage.
    stages: tuple[str, ...] = ()

    def fits(self, case_status: str | None) -> bool:
        """Whether this form is meant for a case at `case_status`."""
        return not self.stages or case_status in self.stages

    @cached_property
    def fields(self) -> tuple[FormField, ...]:
        """Every field of the form, in the order a caseworker sees them."""
        return tuple(f for s in self.sections for f in s.fields)

    def field(self, field_id: str) -> FormField:
        """The field with this id (KeyError if the form has none)."""
        return self._by_id[field_id]

    def text(self, value: Text, lang: str | None = None) -> str:
        """`value` translated for `lang`, falling back to this form's default language."""
        return text(value, lang, self.default_language)

    @cached_property
    def _by_id(self) -> dict[str, FormField]:
        return {f.id: f for f in self.fields}

    @cached_property
    def _conditions(self) -> dict[str, Condition | None]:
        """Each field's full visibility condition: its section's and its own."""
        out: dict[str, Condition | None] = {}
        for s in self.sections:
            for f in s.fields:
                both = [c for c in (s.show_if, f.show_if) if c is not None]
                out[f.id] = both[0] if len(both) == 1 else AllOf(tuple(both)) if both else None
        return out

    @cached_property
    def _evaluation_order(self) -> tuple[FormField, ...]:
        """Fields ordered so that a field comes after every field its visibility depends on."""
        done: dict[str, FormField] = {}
        pending = list(self.fields)
        while pending:
            ready = [
                f for f in pending
                if all(d in done or d not in self._by_id
                       for d in _depends_on(self._conditions[f.id]))
            ]
            if not ready:  # a cycle: parse_form refuses these, but never loop forever
                ready = pending[:1]
            for f in ready:
                done[f.id] = f
            pending = [f for f in pending if f.id not in done]
        return tuple(done.values())


@dataclass(frozen=True)
class ScoreResult:
    score: float
    suggested_risk: RiskLevel | None
    reasons: tuple[str, ...]  # the rules that fired, for showing the caseworker why


# --- conditions -----------------------------------------------------------------------------


def _depends_on(cond: Condition | None) -> Iterator[str]:
    """The ids of the fields a condition looks at."""
    if cond is None:
        return
    if isinstance(cond, FieldCondition):
        yield cond.field
    elif isinstance(cond, Not):
        yield from _depends_on(cond.condition)
    else:
        for c in cond.conditions:
            yield from _depends_on(c)


def _holds(cond: Condition, answers: Mapping[str, Any]) -> bool:
    """Evaluate `cond` on well-typed answers of visible fields; unanswered compares as false."""
    if isinstance(cond, AllOf):
        return all(_holds(c, answers) for c in cond.conditions)
    if isinstance(cond, AnyOf):
        return any(_holds(c, answers) for c in cond.conditions)
    if isinstance(cond, Not):
        return not _holds(cond.condition, answers)
    if cond.op is Op.ANSWERED:
        return (cond.field in answers) is cond.value
    if cond.field not in answers:
        return False
    answer = answers[cond.field]
    if cond.op is Op.EQUALS:
        return bool(answer == cond.value)
    if cond.op is Op.NOT_EQUALS:
        return bool(answer != cond.value)
    if cond.op is Op.IN:
        return bool(answer in cond.value)
    if cond.op is Op.CONTAINS:
        return bool(cond.value in answer)
    if cond.op is Op.GTE:
        return bool(answer >= cond.value)
    return bool(answer <= cond.value)  # Op.LTE


# --- answers --------------------------------------------------------------------------------

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class _Problem:
    """Why an answer is refused: a message key with its parameters, or the author's own text."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()
    custom: Text | None = None


def _is_empty(field: FormField, value: Any) -> bool:
    """Unanswered: missing, null, blank text, or no selection for a multiple choice."""
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    return field.type is FieldType.MULTIPLE_CHOICE and isinstance(value, list) and not value


def _whole(value: Any) -> int | None:
    """`value` as an int if it is a whole JSON number (3 or 3.0, never a bool), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _coerce(field: FormField, value: Any) -> tuple[Any, _Problem | None]:
    """Check the JSON type of a non-empty answer; return it normalised, or the problem."""
    t = field.type
    if t in (FieldType.TEXT, FieldType.LONG_TEXT):
        if not isinstance(value, str):
            return None, _Problem("expected_text")
        if _CONTROL.search(value):
            return None, _Problem("control_chars")
        if t is FieldType.TEXT and ("\n" in value or "\r" in value):
            return None, _Problem("single_line")
        return value, None
    if t is FieldType.NUMBER:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None, _Problem("expected_number")
        if isinstance(value, float) and not math.isfinite(value):
            return None, _Problem("expected_number")
        if field.validation.integer:
            whole = _whole(value)
            return (whole, None) if whole is not None else (None, _Problem("expected_integer"))
        return value, None
    if t is FieldType.DATE:
        if not isinstance(value, str) or not _DATE.fullmatch(value):
            return None, _Problem("expected_date")
        try:
            date.fromisoformat(value)
        except ValueError:
            return None, _Problem("invalid_date")
        return value, None
    if t is FieldType.SINGLE_CHOICE:
        if isinstance(value, str) and any(c.value == value for c in field.choices):
            return value, None
        return None, _Problem("expected_choice")
    if t is FieldType.MULTIPLE_CHOICE:
        known = {c.value for c in field.choices}
        if isinstance(value, list) and all(isinstance(v, str) and v in known for v in value):
            return list(value), None
        return None, _Problem("expected_choices")
    if t is FieldType.YES_NO:
        return (value, None) if isinstance(value, bool) else (None, _Problem("expected_yes_no"))
    # FieldType.SCALE
    whole = _whole(value)
    lo, hi = field.scale_min or 0, field.scale_max or 0
    if whole is None or not lo <= whole <= hi:
        return None, _Problem("expected_scale", (("min", lo), ("max", hi)))
    return whole, None


def _max_length(field: FormField) -> int:
    cap = MAX_TEXT if field.type is FieldType.TEXT else MAX_LONG_TEXT
    return field.validation.max_length if field.validation.max_length is not None else cap


def _check_rules(field: FormField, value: Any, today: date) -> _Problem | None:
    """Check a well-typed answer against the field's validation rules."""
    v = field.validation
    if field.type in (FieldType.TEXT, FieldType.LONG_TEXT):
        if v.min_length is not None and len(value) < v.min_length:
            return _Problem("min_length", (("n", v.min_length),))
        if len(value) > _max_length(field):
            return _Problem("max_length", (("n", _max_length(field)),))
        if v.pattern is not None and not re.fullmatch(v.pattern, value):
            return _Problem("pattern", custom=v.pattern_message)
    elif field.type is FieldType.NUMBER:
        if v.min is not None and value < v.min:
            return _Problem("min_value", (("min", v.min),))
        if v.max is not None and value > v.max:
            return _Problem("max_value", (("max", v.max),))
    elif field.type is FieldType.DATE:
        if v.not_in_future and date.fromisoformat(value) > today:
            return _Problem("future_date")
    elif field.type is FieldType.MULTIPLE_CHOICE:
        if len(set(value)) != len(value):
            return _Problem("duplicate_choice")
        for c in field.choices:
            if c.exclusive and c.value in value and len(value) > 1:
                return _Problem("exclusive_choice", (("label", c.label),))
        if v.min_selections is not None and len(value) < v.min_selections:
            return _Problem("min_selections", (("n", v.min_selections),))
        if v.max_selections is not None and len(value) > v.max_selections:
            return _Problem("max_selections", (("n", v.max_selections),))
    return None


def _resolve(form: FormDefinition, answers: Mapping[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """The visible fields, and the well-typed answers of visible fields that conditions may see."""
    seen: dict[str, Any] = {}
    visible: set[str] = set()
    if not isinstance(answers, Mapping):
        answers = {}
    for f in form._evaluation_order:
        cond = form._conditions[f.id]
        if cond is not None and not _holds(cond, seen):
            continue
        visible.add(f.id)
        raw = answers.get(f.id)
        if not _is_empty(f, raw):
            value, problem = _coerce(f, raw)
            if problem is None:
                seen[f.id] = value
    return seen, visible


def is_visible(form: FormDefinition, field: FormField | str, answers: Mapping[str, Any]) -> bool:
    """Whether the field is shown (and so asked, validated and scored) given these answers."""
    field_id = field if isinstance(field, str) else field.id
    form.field(field_id)
    return field_id in _resolve(form, answers)[1]


def visible_fields(form: FormDefinition, answers: Mapping[str, Any]) -> list[FormField]:
    """The fields shown given these answers, in form order."""
    visible = _resolve(form, answers)[1]
    return [f for f in form.fields if f.id in visible]


_MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "required": msg("This field is required."),
        "unknown_field": msg("This is not a question of this form."),
        "not_an_object": msg("The answers must be a JSON object."),
        "expected_text": msg("Must be text."),
        "control_chars": msg("Must not contain control characters."),
        "single_line": msg("Must be a single line."),
        "min_length": msg("Must be at least {n} characters long."),
        "max_length": msg("Must be at most {n} characters long."),
        "pattern": msg("Does not match the expected format."),
        "expected_number": msg("Must be a number."),
        "expected_integer": msg("Must be a whole number."),
        "min_value": msg("Must be at least {min}."),
        "max_value": msg("Must be at most {max}."),
        "expected_date": msg("Must be a date (YYYY-MM-DD)."),
        "invalid_date": msg("This date does not exist."),
        "future_date": msg("The date cannot be in the future."),
        "expected_choice": msg("Must be one of the listed options."),
        "expected_choices": msg("Must be a list of the listed options."),
        "duplicate_choice": msg("Each option can be chosen only once."),
        "exclusive_choice": msg("“{label}” cannot be combined with other options."),
        "min_selections": msg("Select at least {n}."),
        "max_selections": msg("Select at most {n}."),
        "expected_yes_no": msg("Must be yes or no."),
        "expected_scale": msg("Must be a whole number from {min} to {max}."),
    },
    "fr": {
        "required": "Ce champ est obligatoire.",
        "unknown_field": "Cette question ne fait pas partie de ce formulaire.",
        "not_an_object": "Les réponses doivent être un objet JSON.",
        "expected_text": "Doit être du texte.",
        "control_chars": "Ne doit pas contenir de caractères de contrôle.",
        "single_line": "Doit tenir sur une seule ligne.",
        "min_length": "Doit comporter au moins {n} caractères.",
        "max_length": "Doit comporter au plus {n} caractères.",
        "pattern": "Ne correspond pas au format attendu.",
        "expected_number": "Doit être un nombre.",
        "expected_integer": "Doit être un nombre entier.",
        "min_value": "Doit être supérieur ou égal à {min}.",
        "max_value": "Doit être inférieur ou égal à {max}.",
        "expected_date": "Doit être une date (AAAA-MM-JJ).",
        "invalid_date": "Cette date n'existe pas.",
        "future_date": "La date ne peut pas être dans le futur.",
        "expected_choice": "Doit être l'une des options proposées.",
        "expected_choices": "Doit être une liste d'options proposées.",
        "duplicate_choice": "Chaque option ne peut être choisie qu'une fois.",
        "exclusive_choice": "« {label} » ne peut pas être combiné avec d'autres options.",
        "min_selections": "Sélectionnez-en au moins {n}.",
        "max_selections": "Sélectionnez-en au plus {n}.",
        "expected_yes_no": "Doit être oui ou non.",
        "expected_scale": "Doit être un nombre entier de {min} à {max}.",
    },
    "es": {
        "required": "Este campo es obligatorio.",
        "unknown_field": "Esta pregunta no forma parte de este formulario.",
        "not_an_object": "Las respuestas deben ser un objeto JSON.",
        "expected_text": "Debe ser texto.",
        "control_chars": "No debe contener caracteres de control.",
        "single_line": "Debe ser una sola línea.",
        "min_length": "Debe tener al menos {n} caracteres.",
        "max_length": "Debe tener como máximo {n} caracteres.",
        "pattern": "No corresponde al formato esperado.",
        "expected_number": "Debe ser un número.",
        "expected_integer": "Debe ser un número entero.",
        "min_value": "Debe ser mayor o igual que {min}.",
        "max_value": "Debe ser menor o igual que {max}.",
        "expected_date": "Debe ser una fecha (AAAA-MM-DD).",
        "invalid_date": "Esta fecha no existe.",
        "future_date": "La fecha no puede estar en el futuro.",
        "expected_choice": "Debe ser una de las opciones indicadas.",
        "expected_choices": "Debe ser una lista de las opciones indicadas.",
        "duplicate_choice": "Cada opción solo puede elegirse una vez.",
        "exclusive_choice": "«{label}» no puede combinarse con otras opciones.",
        "min_selections": "Seleccione al menos {n}.",
        "max_selections": "Seleccione como máximo {n}.",
        "expected_yes_no": "Debe ser sí o no.",
        "expected_scale": "Debe ser un número entero de {min} a {max}.",
    },
}


def _message_language(form: FormDefinition, lang: str | None) -> str:
    """The language of the engine's messages: `lang` if the form offers it, else the form's own."""
    if lang is not None:
        for candidate in (lang, lang.split("-")[0].split("_")[0]):
            if candidate in form.languages and candidate in _MESSAGES:
                return candidate
    return form.default_language if form.default_language in _MESSAGES else "en"


def _format_number(value: float) -> str:
    """3 rather than 3.0; 2.5 stays 2.5."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _render(problem: _Problem, form: FormDefinition, lang: str | None) -> str:
    if problem.custom is not None:
        return text(problem.custom, lang, form.default_language)
    params: dict[str, str] = {}
    for name, value in problem.params:
        if isinstance(value, int | float):
            params[name] = _format_number(value)
        else:
            params[name] = text(value, lang, form.default_language)
    template = _MESSAGES[_message_language(form, lang)][problem.key]
    if isinstance(template, said.Text):  # English: the desktop says it in its own language
        return msg(template.template, **params)
    return template.format(**params)


def validate_answers(
    form: FormDefinition,
    answers: Mapping[str, Any],
    *,
    lang: str | None = None,
    today: date | None = None,
    withheld: Iterable[str] = (),
) -> dict[str, Any]:
    """Check answers and return them cleaned: hidden and blank answers dropped, numbers normalised.

    `withheld`: restricted questions the user may not read, so cannot answer: not asked (never
    required here); the server keeps their answers (casemgr.domain.restricted).
    Raises ValidationError with one message per failing field, in `lang` when the form has it.
    """
    skipped = frozenset(withheld)
    if not isinstance(answers, Mapping):
        raise ValidationError({"": _render(_Problem("not_an_object"), form, lang)})
    today = today or date.today()
    errors: dict[str, str] = {}
    for key in answers:
        if not isinstance(key, str) or key not in form._by_id:
            errors[str(key)] = _render(_Problem("unknown_field"), form, lang)
    visible = _resolve(form, answers)[1]
    cleaned: dict[str, Any] = {}
    for f in form.fields:
        if f.id not in visible or f.id in skipped:
            continue
        raw = answers.get(f.id)
        if _is_empty(f, raw):
            if f.required:
                errors[f.id] = _render(_Problem("required"), form, lang)
            continue
        value, problem = _coerce(f, raw)
        if problem is None:
            problem = _check_rules(f, value, today)
        if problem is not None:
            errors[f.id] = _render(problem, form, lang)
        else:
            cleaned[f.id] = value
    if errors:
        raise ValidationError(errors)
    return cleaned


# --- scoring --------------------------------------------------------------------------------


def _signed(points: float) -> str:
    return ("+" if points >= 0 else "−") + _format_number(abs(points))


def score(
    form: FormDefinition, answers: Mapping[str, Any], *, lang: str | None = None
) -> ScoreResult:
    """Score validated answers and suggest a risk level; hidden fields never score.

    Overrides can only raise the suggested risk; reasons are in `lang` (else the default).
    """
    seen, _ = _resolve(form, answers)
    total = 0.0
    reasons: list[str] = []

    def add(points: float, why: str) -> None:
        nonlocal total
        total += points
        reasons.append(f"{why} ({_signed(points)})")

    for f in form.fields:
        if f.id not in seen:
            continue
        label = form.text(f.label, lang)
        answer = seen[f.id]
        if f.type is FieldType.SINGLE_CHOICE:
            chosen = [answer]
        elif f.type is FieldType.MULTIPLE_CHOICE:
            chosen = list(dict.fromkeys(answer))
        else:
            chosen = []
        for value in chosen:
            c = f.choice(value)
            if c.score:
                add(c.score, f"{label} — {form.text(c.label, lang)}")
        if f.type is FieldType.SCALE and f.scale_points.get(answer, 0):
            anchor = f.scale_labels.get(answer)
            shown = f"{answer} = {form.text(anchor, lang)}" if anchor is not None else str(answer)
            add(f.scale_points[answer], f"{label} — {shown}")
    for rule in form.scoring.rules:
        if _holds(rule.when, seen):
            add(rule.points, form.text(rule.reason, lang))
    total = round(total, 6)
    risk: RiskLevel | None = None
    for threshold in form.scoring.thresholds:
        if total >= threshold.min:
            risk = threshold.risk
    for override in form.scoring.overrides:
        if _holds(override.when, seen):
            reasons.append(form.text(override.reason, lang))
            if risk is None or override.risk.rank > risk.rank:
                risk = override.risk
    return ScoreResult(total, risk, tuple(reasons))


# --- sample answers -------------------------------------------------------------------------

_WORDS = (
    "child", "family", "home", "visit", "school", "caregiver", "support", "safe", "plan",
    "discussed", "agreed", "neighbour", "clinic", "meeting", "weekly", "grandmother", "food",
    "attends", "follow-up", "referral", "calm", "worried", "teacher", "routine",
)


def _sample_text(field: FormField, rng: random.Random) -> str | None:
    v = field.validation
    if v.pattern is not None:
        return field.example  # None skips an optional field: parse_form insists on an example
    low = max(v.min_length or 1, 1)
    high = min(_max_length(field), low + (200 if field.type is FieldType.LONG_TEXT else 40))
    length = rng.randint(low, high)
    words = [rng.choice(_WORDS).capitalize()]
    while sum(len(w) + 1 for w in words) <= length:
        words.append(rng.choice(_WORDS))
    out = " ".join(words)[:length]
    return out[:-1] + "." if out.endswith(" ") else out


def _sample_value(field: FormField, rng: random.Random, today: date) -> Any:
    """A random answer that passes the field's validation, or None to leave it unanswered."""
    v = field.validation
    t = field.type
    if t in (FieldType.TEXT, FieldType.LONG_TEXT):
        return _sample_text(field, rng)
    if t is FieldType.NUMBER:
        low = v.min if v.min is not None else (min(0, v.max - 100) if v.max is not None else 0)
        high = v.max if v.max is not None else low + 100
        if v.integer:
            return rng.randint(math.ceil(low), math.floor(high))
        x = rng.uniform(low, high)
        rounded = round(x, 1)
        return rounded if low <= rounded <= high else x
    if t is FieldType.DATE:
        # At least a day back, so that the answer stays valid if midnight passes meanwhile.
        return (today - timedelta(days=rng.randint(1, 3 * 365))).isoformat()
    if t is FieldType.SINGLE_CHOICE:
        return rng.choice(field.choices).value
    if t is FieldType.MULTIPLE_CHOICE:
        combinable = [c for c in field.choices if not c.exclusive]
        alone = [c for c in field.choices if c.exclusive]
        low = max(v.min_selections or 1, 1)
        high = min(v.max_selections or len(combinable), len(combinable))
        if alone and low <= 1 and (high < low or rng.random() < 0.2):
            return [rng.choice(alone).value]
        picked = set(rng.sample(range(len(combinable)), rng.randint(low, high)))
        return [c.value for i, c in enumerate(combinable) if i in picked]
    if t is FieldType.YES_NO:
        return rng.random() < 0.5
    return rng.randint(field.scale_min or 0, field.scale_max or 0)  # FieldType.SCALE


def sample_answers(
    form: FormDefinition, rng: random.Random, *, today: date | None = None
) -> dict[str, Any]:
    """Random answers that always pass validate_answers: for demo data and property tests.
    Restricted questions (`restricted_to`) are left unanswered: not every role may set them."""
    today = today or date.today()
    answers: dict[str, Any] = {}
    for f in form._evaluation_order:
        cond = form._conditions[f.id]
        if cond is not None and not _holds(cond, answers):
            continue
        if f.restricted_to and not f.required:
            continue
        if not f.required and rng.random() < 0.25:
            continue
        value = _sample_value(f, rng, today)
        if value is not None:
            answers[f.id] = value
    return {f.id: answers[f.id] for f in form.fields if f.id in answers}


# --- parsing definitions --------------------------------------------------------------------

_ID = re.compile(r"[a-z][a-z0-9_]*")
_VALIDATION_KEYS: dict[FieldType, frozenset[str]] = {
    FieldType.TEXT: frozenset({"min_length", "max_length", "pattern", "pattern_message"}),
    FieldType.LONG_TEXT: frozenset({"min_length", "max_length", "pattern", "pattern_message"}),
    FieldType.NUMBER: frozenset({"min", "max", "integer"}),
    FieldType.DATE: frozenset({"not_in_future"}),
    FieldType.MULTIPLE_CHOICE: frozenset({"min_selections", "max_selections"}),
    FieldType.SINGLE_CHOICE: frozenset(),
    FieldType.YES_NO: frozenset(),
    FieldType.SCALE: frozenset(),
}
_CHOICE_TYPES = (FieldType.SINGLE_CHOICE, FieldType.MULTIPLE_CHOICE)
_TEXT_TYPES = (FieldType.TEXT, FieldType.LONG_TEXT)
_ORDERED_TYPES = (FieldType.NUMBER, FieldType.SCALE, FieldType.DATE)


def _is_number(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return isinstance(value, int) or math.isfinite(value)


class _Parser:
    """Reads one form definition, failing with the form id and the place of the first problem."""

    def __init__(self, form_id: str) -> None:
        self.form_id = form_id
        self.languages: tuple[str, ...] = ()

    def fail(self, where: str, problem: str) -> NoReturn:
        raise FormDefinitionError(self.form_id, where, problem)

    def obj(
        self, raw: Any, where: str, required: set[str], optional: set[str]
    ) -> Mapping[str, Any]:
        if not isinstance(raw, Mapping):
            self.fail(where, "must be a JSON object")
        for key in sorted(required - set(raw)):
            self.fail(where, f"'{key}' is missing")
        unknown = sorted(str(k) for k in set(raw) - required - optional)
        if unknown:
            self.fail(where, f"unknown key {unknown[0]!r}")
        return raw

    def ident(self, raw: Any, where: str) -> str:
        if not isinstance(raw, str) or not _ID.fullmatch(raw):
            self.fail(where, f"id {raw!r} must be lower-case letters, digits and _, starting "
                             "with a letter")
        return raw

    def text(self, raw: Any, where: str) -> Text:
        if isinstance(raw, str) and raw.strip():
            return raw
        if isinstance(raw, Mapping) and raw:
            for lang, value in raw.items():
                if lang not in self.languages:
                    self.fail(where, f"translation for {lang!r}, which is not in the form's "
                                     f"languages {list(self.languages)}")
                if not isinstance(value, str) or not value.strip():
                    self.fail(where, f"the {lang!r} text must be a non-empty string")
            return FrozenMap(raw)
        self.fail(where, "must be a non-empty string or an object of translations by language")

    def number(self, raw: Any, where: str) -> float:
        if not _is_number(raw):
            self.fail(where, f"must be a number, not {raw!r}")
        return float(raw) if isinstance(raw, float) else int(raw)

    def count(self, raw: Any, where: str) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
            self.fail(where, f"must be a whole number of at least 0, not {raw!r}")
        return raw

    def flag(self, raw: Any, where: str) -> bool:
        if not isinstance(raw, bool):
            self.fail(where, f"must be true or false, not {raw!r}")
        return raw

    def roles(self, raw: Any, where: str) -> tuple[str, ...]:
        """A non-empty list of distinct role names (who may read a restricted answer)."""
        if (not isinstance(raw, list) or not raw or len(set(map(str, raw))) != len(raw)
                or not all(isinstance(x, str) and x in ROLE_NAMES for x in raw)):
            self.fail(where, "must be a non-empty list of distinct roles ("
                      + ", ".join(ROLE_NAMES) + ")")
        return tuple(raw)

    def risk(self, raw: Any, where: str) -> RiskLevel:
        try:
            return RiskLevel(raw)
        except ValueError:
            self.fail(where, f"unknown risk level {raw!r} (use {', '.join(RiskLevel)})")

    def form(self, data: Mapping[str, Any]) -> FormDefinition:
        data = self.obj(data, "definition",
                        {"id", "version", "title", "default_language", "sections"},
                        {"description", "languages", "scoring", "stages"})
        self.ident(data["id"], "id")
        version = data["version"]
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            self.fail("version", f"must be a whole number of at least 1, not {version!r}")
        default = data["default_language"]
        if not isinstance(default, str) or not default:
            self.fail("default_language", "must be a language code such as 'en'")
        languages = data.get("languages", [default])
        if (not isinstance(languages, list) or not languages
                or not all(isinstance(x, str) and x for x in languages)):
            self.fail("languages", "must be a non-empty list of language codes")
        if len(set(languages)) != len(languages):
            self.fail("languages", "lists a language twice")
        if default not in languages:
            self.fail("languages", f"must include the default language {default!r}")
        self.languages = tuple(languages)
        title = self.text(data["title"], "title")
        description = self.text(data["description"], "description") if "description" in data else ""

        raw_sections = data["sections"]
        if not isinstance(raw_sections, list) or not raw_sections:
            self.fail("sections", "must be a non-empty list")
        sections = [self.section(raw, i) for i, raw in enumerate(raw_sections)]
        section_ids = [s.id for s in sections]
        for s in sections:
            if section_ids.count(s.id) > 1:
                self.fail(f"section {s.id!r}", "duplicate section id")
        by_id: dict[str, FormField] = {}
        for s in sections:
            for f in s.fields:
                if f.id in by_id:
                    self.fail(f"field {f.id!r}", "duplicate field id")
                by_id[f.id] = f
        # Conditions may name any field, so read them once every field is known.
        sections = [self.section_conditions(raw, s, by_id)
                    for raw, s in zip(raw_sections, sections, strict=True)]
        stages = data.get("stages", [])
        known = [s.value for s in CaseStatus]
        if (not isinstance(stages, list)
                or not all(isinstance(x, str) and x in known for x in stages)):
            self.fail("stages", f"must be a list of case statuses ({', '.join(known)})")
        form = FormDefinition(
            id=data["id"], version=version, title=title, description=description,
            default_language=default, languages=self.languages, sections=tuple(sections),
            scoring=self.scoring(data.get("scoring"), by_id), stages=tuple(stages),
        )
        self.check_cycles(form)
        return form

    def section(self, raw: Any, index: int) -> Section:
        where = f"sections[{index}]"
        if isinstance(raw, Mapping) and "id" in raw:
            where = f"section {self.ident(raw['id'], f'{where}.id')!r}"
        raw = self.obj(raw, where, {"id", "title", "fields"}, {"description", "show_if"})
        section_id: str = raw["id"]
        fields = raw["fields"]
        if not isinstance(fields, list) or not fields:
            self.fail(where, "'fields' must be a non-empty list")
        return Section(
            id=section_id,
            title=self.text(raw["title"], f"{where}, title"),
            description=self.text(raw["description"], f"{where}, description")
            if "description" in raw else None,
            fields=tuple(self.field(f, f"{where}, fields[{i}]") for i, f in enumerate(fields)),
        )

    def section_conditions(
        self, raw: Mapping[str, Any], section: Section, by_id: Mapping[str, FormField]
    ) -> Section:
        fields = []
        for raw_field, f in zip(raw["fields"], section.fields, strict=True):
            if "show_if" in raw_field:
                cond = self.condition(raw_field["show_if"], f"field {f.id!r}, show_if", by_id)
                f = dataclasses.replace(f, show_if=cond)
            fields.append(f)
        show_if = (self.condition(raw["show_if"], f"section {section.id!r}, show_if", by_id)
                   if "show_if" in raw else None)
        return dataclasses.replace(section, fields=tuple(fields), show_if=show_if)

    def field(self, raw: Any, where: str) -> FormField:
        if isinstance(raw, Mapping) and "id" in raw:
            where = f"field {self.ident(raw['id'], f'{where}.id')!r}"
        raw = self.obj(raw, where, {"id", "type", "label"},
                       {"help", "required", "show_if", "validation", "choices", "scale", "example",
                        "restricted_to"})
        field_id: str = raw["id"]
        try:
            ftype = FieldType(raw["type"])
        except ValueError:
            self.fail(where, f"unknown type {raw['type']!r} (use {', '.join(FieldType)})")
        f = FormField(
            id=field_id,
            type=ftype,
            label=self.text(raw["label"], f"{where}, label"),
            help=self.text(raw["help"], f"{where}, help") if "help" in raw else None,
            required=self.flag(raw.get("required", False), f"{where}, required"),
            restricted_to=self.roles(raw["restricted_to"], f"{where}, restricted_to")
            if "restricted_to" in raw else (),
        )
        if ftype in _CHOICE_TYPES:
            f = dataclasses.replace(f, choices=self.choices(raw.get("choices"), ftype, where))
        elif "choices" in raw:
            self.fail(where, f"a {ftype} field has no choices")
        if ftype is FieldType.SCALE:
            f = self.scale(raw.get("scale"), f, where)
        elif "scale" in raw:
            self.fail(where, f"only a scale field has 'scale' (this one is {ftype})")
        f = dataclasses.replace(f, validation=self.validation(raw.get("validation", {}), f, where))
        return self.example(raw, f, where)

    def choices(self, raw: Any, ftype: FieldType, where: str) -> tuple[Choice, ...]:
        if not isinstance(raw, list) or not raw:
            self.fail(where, f"a {ftype} field needs a non-empty list of 'choices'")
        out: list[Choice] = []
        for i, item in enumerate(raw):
            at = f"{where}, choices[{i}]"
            item = self.obj(item, at, {"value", "label"}, {"score", "exclusive", "ages"})
            value = item["value"]
            if not isinstance(value, str) or not value.strip():
                self.fail(at, "a choice value must be a non-empty string")
            if any(c.value == value for c in out):
                self.fail(where, f"duplicate choice value {value!r}")
            exclusive = self.flag(item.get("exclusive", False), f"{at}, exclusive")
            if exclusive and ftype is not FieldType.MULTIPLE_CHOICE:
                self.fail(at, "only a multiple_choice option can be exclusive")
            ages = self.ages(item["ages"], ftype, at) if "ages" in item else None
            out.append(Choice(value=value, label=self.text(item["label"], f"{at}, label"),
                              score=self.number(item.get("score", 0), f"{at}, score"),
                              exclusive=exclusive, ages=ages))
        with_ages = [c for c in out if c.ages is not None]
        if with_ages and len(with_ages) != len(out):
            self.fail(where, "either every choice has 'ages' or none has")
        spans = sorted(c.ages for c in with_ages if c.ages is not None)
        for (_low, high), (next_low, _next_high) in itertools.pairwise(spans):
            if next_low <= high:
                self.fail(where, "the choices' 'ages' overlap")
        return tuple(out)

    def ages(self, raw: Any, ftype: FieldType, at: str) -> tuple[int, int]:
        if ftype is not FieldType.SINGLE_CHOICE:
            self.fail(at, "only a single_choice option can have 'ages'")
        if (not isinstance(raw, list) or len(raw) != 2
                or not all(type(x) is int and 0 <= x <= 150 for x in raw) or raw[0] > raw[1]):
            self.fail(f"{at}, ages", "must be [from, to]: whole years, from ≤ to")
        return raw[0], raw[1]

    def scale(self, raw: Any, f: FormField, where: str) -> FormField:
        raw = self.obj(raw, f"{where}, scale", {"min", "max"}, {"labels", "points"})
        low, high = raw["min"], raw["max"]
        if _whole(low) is None or _whole(high) is None or isinstance(low, float) \
                or isinstance(high, float) or low >= high:
            self.fail(f"{where}, scale", "min and max must be whole numbers with min < max")

        def by_point(key: str) -> dict[int, Any]:
            table = raw.get(key, {})
            if not isinstance(table, Mapping):
                self.fail(f"{where}, scale.{key}", "must be an object keyed by scale point")
            out: dict[int, Any] = {}
            for point, value in table.items():
                if not (isinstance(point, str) and re.fullmatch(r"-?[0-9]+", point)
                        and low <= int(point) <= high):
                    self.fail(f"{where}, scale.{key}", f"{point!r} is not a point of the scale "
                                                       f"{low}..{high}")
                out[int(point)] = value
            return out

        labels = {p: self.text(v, f"{where}, scale.labels")
                  for p, v in by_point("labels").items()}
        points = {p: self.number(v, f"{where}, scale.points")
                  for p, v in by_point("points").items()}
        return dataclasses.replace(f, scale_min=low, scale_max=high,
                                   scale_labels=FrozenMap(labels), scale_points=FrozenMap(points))

    def validation(self, raw: Any, f: FormField, where: str) -> Validation:
        where = f"{where}, validation"
        allowed = _VALIDATION_KEYS[f.type]
        if isinstance(raw, Mapping):
            for key in raw:
                if key not in allowed and any(key in keys for keys in _VALIDATION_KEYS.values()):
                    self.fail(where, f"'{key}' does not apply to a {f.type} field")
        raw = self.obj(raw, where, set(), set(allowed))
        get = raw.get
        v = Validation(
            min=self.number(get("min"), f"{where}.min") if "min" in raw else None,
            max=self.number(get("max"), f"{where}.max") if "max" in raw else None,
            integer=self.flag(get("integer", False), f"{where}.integer"),
            min_length=self.count(get("min_length"), f"{where}.min_length")
            if "min_length" in raw else None,
            max_length=self.count(get("max_length"), f"{where}.max_length")
            if "max_length" in raw else None,
            pattern=self.pattern(get("pattern"), f"{where}.pattern") if "pattern" in raw else None,
            pattern_message=self.text(get("pattern_message"), f"{where}.pattern_message")
            if "pattern_message" in raw else None,
            not_in_future=self.flag(get("not_in_future", False), f"{where}.not_in_future"),
            min_selections=self.count(get("min_selections"), f"{where}.min_selections")
            if "min_selections" in raw else None,
            max_selections=self.count(get("max_selections"), f"{where}.max_selections")
            if "max_selections" in raw else None,
        )
        if v.min is not None and v.max is not None and v.min > v.max:
            self.fail(where, f"min {v.min} is greater than max {v.max}")
        if v.integer and v.min is not None and v.max is not None \
                and math.ceil(v.min) > math.floor(v.max):
            self.fail(where, f"no whole number lies between min {v.min} and max {v.max}")
        if f.type in _TEXT_TYPES:
            cap = MAX_TEXT if f.type is FieldType.TEXT else MAX_LONG_TEXT
            if v.max_length is not None and not 1 <= v.max_length <= cap:
                self.fail(where, f"max_length must be from 1 to {cap} for a {f.type} field")
            longest = v.max_length if v.max_length is not None else cap
            if v.min_length is not None and v.min_length > longest:
                self.fail(where, "min_length is greater than max_length")
            if v.pattern_message is not None and v.pattern is None:
                self.fail(where, "pattern_message without a pattern")
        if f.type is FieldType.MULTIPLE_CHOICE:
            low, high = v.min_selections or 0, v.max_selections
            if high is not None and (high < 1 or high < low):
                self.fail(where, "max_selections must be at least 1 and at least min_selections")
            combinable = sum(1 for c in f.choices if not c.exclusive)
            if low > combinable and not (low <= 1 and combinable < len(f.choices)):
                self.fail(where, f"min_selections {low} is more than the {combinable} options "
                                 "that can be chosen together")
        return v

    def pattern(self, raw: Any, where: str) -> str:
        if not isinstance(raw, str) or not raw:
            self.fail(where, "must be a non-empty regular expression")
        try:
            re.compile(raw)
        except re.error as e:
            self.fail(where, f"invalid regular expression {raw!r}: {e}")
        return raw

    def example(self, raw: Mapping[str, Any], f: FormField, where: str) -> FormField:
        if "example" not in raw:
            if f.required and f.validation.pattern is not None:
                self.fail(where, "a required field with a pattern needs an 'example' answer "
                                 "that matches it")
            return f
        if f.type not in _TEXT_TYPES:
            self.fail(where, "only text and long_text fields take an 'example'")
        example = raw["example"]
        value, problem = _coerce(f, example) if isinstance(example, str) and example.strip() \
            else (None, _Problem("expected_text"))
        problem = problem or _check_rules(f, value, date.max)
        if problem is not None:
            self.fail(f"{where}, example", f"{example!r} is not a valid answer to this field")
        return dataclasses.replace(f, example=value)

    def condition(self, raw: Any, where: str, by_id: Mapping[str, FormField]) -> Condition:
        if not isinstance(raw, Mapping):
            self.fail(where, "a condition must be a JSON object")
        for combinator in ("all", "any"):
            if combinator in raw:
                self.obj(raw, where, {combinator}, set())
                items = raw[combinator]
                if not isinstance(items, list) or not items:
                    self.fail(where, f"'{combinator}' must be a non-empty list of conditions")
                parts = tuple(self.condition(c, f"{where}.{combinator}[{i}]", by_id)
                              for i, c in enumerate(items))
                return AllOf(parts) if combinator == "all" else AnyOf(parts)
        if "not" in raw:
            self.obj(raw, where, {"not"}, set())
            return Not(self.condition(raw["not"], f"{where}.not", by_id))
        if "field" not in raw:
            self.fail(where, "a condition needs 'field', 'all', 'any' or 'not'")
        ops = [k for k in raw if k != "field"]
        if len(ops) != 1 or ops[0] not in set(Op):
            self.fail(where, f"a field condition needs exactly one of {', '.join(Op)}")
        op = Op(ops[0])
        name = raw["field"]
        if not isinstance(name, str) or name not in by_id:
            self.fail(where, f"refers to unknown field {name!r}")
        target = by_id[name]
        return FieldCondition(name, op, self.operand(op, raw[op], target, where))

    def operand(self, op: Op, raw: Any, target: FormField, where: str) -> Any:
        """Check that a condition compares `target` with something its answers can be."""
        def answer(value: Any) -> Any:
            normal, problem = (None, _Problem("required")) if _is_empty(target, value) \
                else _coerce(target, value)
            if problem is not None:
                self.fail(where, f"{value!r} can never be an answer to {target.type} field "
                                 f"{target.id!r}")
            return normal

        multiple = target.type is FieldType.MULTIPLE_CHOICE
        if op is Op.ANSWERED:
            return self.flag(raw, f"{where}.answered")
        if op is Op.CONTAINS:
            if not multiple:
                self.fail(where, f"'contains' needs a multiple_choice field; {target.id!r} is "
                                 f"{target.type}")
            if not any(c.value == raw for c in target.choices):
                self.fail(where, f"{raw!r} is not an option of field {target.id!r}")
            return raw
        if multiple:
            self.fail(where, f"use 'contains' or 'answered' with multiple_choice field "
                             f"{target.id!r}")
        if op in (Op.GTE, Op.LTE) and target.type not in _ORDERED_TYPES:
            self.fail(where, f"'{op}' needs a number, scale or date field; {target.id!r} is "
                             f"{target.type}")
        if op is Op.IN:
            if not isinstance(raw, list) or not raw:
                self.fail(where, "'in' needs a non-empty list of values")
            return tuple(answer(v) for v in raw)
        return answer(raw)

    def scoring(self, raw: Any, by_id: Mapping[str, FormField]) -> Scoring:
        if raw is None:
            return Scoring()
        raw = self.obj(raw, "scoring", set(), {"rules", "thresholds", "overrides"})

        def items(key: str) -> list[Any]:
            value = raw.get(key, [])
            if not isinstance(value, list):
                self.fail(f"scoring.{key}", "must be a list")
            return value

        rules = []
        for i, item in enumerate(items("rules")):
            at = f"scoring.rules[{i}]"
            item = self.obj(item, at, {"when", "points", "reason"}, set())
            rules.append(ScoreRule(self.condition(item["when"], f"{at}.when", by_id),
                                   self.number(item["points"], f"{at}.points"),
                                   self.text(item["reason"], f"{at}.reason")))
        thresholds: list[Threshold] = []
        for i, item in enumerate(items("thresholds")):
            at = f"scoring.thresholds[{i}]"
            item = self.obj(item, at, {"min", "risk"}, set())
            t = Threshold(self.number(item["min"], f"{at}.min"),
                          self.risk(item["risk"], f"{at}.risk"))
            if thresholds and t.min <= thresholds[-1].min:
                self.fail(at, f"thresholds overlap or are out of order: min {t.min} must be "
                              f"greater than the previous min {thresholds[-1].min}")
            if thresholds and t.risk.rank <= thresholds[-1].risk.rank:
                self.fail(at, f"thresholds out of order: {t.risk} must be a higher risk than "
                              f"{thresholds[-1].risk}")
            thresholds.append(t)
        overrides = []
        for i, item in enumerate(items("overrides")):
            at = f"scoring.overrides[{i}]"
            item = self.obj(item, at, {"when", "risk", "reason"}, set())
            overrides.append(RiskOverride(self.condition(item["when"], f"{at}.when", by_id),
                                          self.risk(item["risk"], f"{at}.risk"),
                                          self.text(item["reason"], f"{at}.reason")))
        return Scoring(tuple(rules), tuple(thresholds), tuple(overrides))

    def check_cycles(self, form: FormDefinition) -> None:
        """Refuse fields whose visibility depends, through other fields, on themselves."""
        state: dict[str, int] = {}  # 1 = being visited, 2 = done

        def visit(field_id: str, path: list[str]) -> None:
            if state.get(field_id) == 2:
                return
            if state.get(field_id) == 1:
                cycle = [*path[path.index(field_id):], field_id]
                self.fail(f"field {field_id!r}, show_if",
                          f"visibility conditions form a cycle: {' -> '.join(cycle)}")
            state[field_id] = 1
            for dep in _depends_on(form._conditions[field_id]):
                visit(dep, [*path, field_id])
            state[field_id] = 2

        for f in form.fields:
            visit(f.id, [])


def parse_form(data: Mapping[str, Any]) -> FormDefinition:
    """Read and check a form definition (a decoded JSON object); raises FormDefinitionError."""
    form_id = data.get("id") if isinstance(data, Mapping) else None
    return _Parser(form_id if isinstance(form_id, str) else "?").form(data)


def load_form_file(path: Path) -> FormDefinition:
    """Read one form definition file (JSON, UTF-8)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise FormDefinitionError(path.stem, str(path), f"not valid JSON: {e}") from None
    return parse_form(data)


def load_forms_dir(path: Path) -> dict[tuple[str, int], FormDefinition]:
    """Every *.json form definition in a folder, keyed by (form id, version)."""
    forms: dict[tuple[str, int], FormDefinition] = {}
    for file in sorted(path.glob("*.json")):
        form = load_form_file(file)
        key = (form.id, form.version)
        if key in forms:
            raise FormDefinitionError(form.id, str(file), f"version {form.version} is defined "
                                                          "twice in this folder")
        forms[key] = form
    return forms
