"""Record types and their fields: one flat JSON object per record, checked here on every write.

Anything a user adds independently to a list (a household member, a plan goal, a visit, a
note) is its own record, so that two people adding items never conflict (DESIGN.md, 3).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from casemgr.domain.errors import ValidationError
from casemgr.domain.labels import choice_label
from casemgr.domain.text import msg


class RecordType(StrEnum):
    FAMILY = "family"
    PERSON = "person"
    CASE = "case"
    VISIT = "visit"
    ASSESSMENT = "assessment"
    CASE_PLAN = "case_plan"
    PLAN_GOAL = "plan_goal"
    APPROVAL = "approval"
    REFERRAL = "referral"
    TASK = "task"
    NOTE = "note"
    ATTACHMENT = "attachment"
    PROVIDER = "provider"
    CONFLICT = "conflict"
    SUPERVISION = "supervision"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _RISK_RANK[self]


_RISK_RANK = {RiskLevel.LOW: 1, RiskLevel.MEDIUM: 2, RiskLevel.HIGH: 3, RiskLevel.CRITICAL: 4}


class CaseStatus(StrEnum):
    OPEN = "open"
    ACTIVE = "active"
    CLOSURE_REQUESTED = "closure_requested"
    CLOSED = "closed"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"


class ApprovalKind(StrEnum):
    CASE_PLAN = "case_plan"
    CLOSURE = "closure"


class Decision(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    RETURNED = "returned"


class ReferralStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class Kind(StrEnum):
    """The kind of value a record field holds."""

    TEXT = "text"  # one line, at most 500 characters
    LONG_TEXT = "long_text"  # free text, at most 20,000 characters
    INT = "int"
    NUMBER = "number"
    BOOL = "bool"
    DATE = "date"  # YYYY-MM-DD
    DATETIME = "datetime"  # ISO-8601 UTC
    CHOICE = "choice"  # one of `choices`
    CHOICES = "choices"  # a list of distinct `choices`
    REF = "ref"  # the id of another record
    REFS = "refs"  # a list of distinct ids of other records (at most MAX_REFS)
    OBJECT = "object"  # a JSON object (assessment answers)
    ITEMS = "items"  # a list of objects, each with the fields of `items` (at most MAX_ITEMS)
    ANY = "any"  # any JSON value (conflict values)


# The roles of casemgr.domain.permissions.Role, by name (a restricted field names them).
ROLE_NAMES = ("caseworker", "supervisor", "admin")
# Who may read the fields of the record schema marked sensitive (`restricted_to`).
SUPERVISORS = ("supervisor", "admin")


@dataclass(frozen=True)
class FieldSpec:
    kind: Kind
    required: bool = False
    choices: tuple[str, ...] = ()
    label: str = ""
    items: tuple[tuple[str, FieldSpec], ...] = ()  # Kind.ITEMS: each item's fields
    # A sensitive field: the roles that may read it (and so set or change it); () for
    # everyone. The server withholds it from anyone else (casemgr.domain.restricted).
    restricted_to: tuple[str, ...] = ()

    def readable_by(self, role: str) -> bool:
        return not self.restricted_to or role in self.restricted_to


def _f(kind: Kind, required: bool = False, choices: type[StrEnum] | tuple[str, ...] = (),
       label: str = "", items: Mapping[str, FieldSpec] | None = None,
       restricted_to: tuple[str, ...] = ()) -> FieldSpec:
    values = tuple(c.value for c in choices) if isinstance(choices, type) else choices
    return FieldSpec(kind, required, values, label, tuple((items or {}).items()), restricted_to)


SEX = ("female", "male", "other", "unknown")
PERSON_ROLES = ("child", "caregiver", "other")
LEGAL_BASES = ("consent", "court_order", "statutory_duty", "vital_interest")
PROTECTION_CONCERNS = (
    "physical_abuse", "sexual_abuse", "emotional_abuse", "neglect", "exploitation",
    "child_labour", "family_separation", "trafficking", "domestic_violence",
    "child_marriage", "other",
)
VISIT_TYPES = ("home", "office", "school", "phone", "other")
URGENCY = ("routine", "priority", "emergency")
SERVICE_TYPES = (
    "health", "mental_health", "education", "legal", "shelter", "food", "cash_assistance",
    "family_support", "disability", "substance_use", "other",
)
GOAL_STATUS = ("not_started", "in_progress", "achieved", "dropped")
TASK_KINDS = ("first_visit", "review", "follow_up", "other")
WELLBEING = ("well", "coping", "strained", "struggling")
WORKLOAD = ("light", "manageable", "heavy", "too_heavy")

FIELDS: dict[RecordType, dict[str, FieldSpec]] = {
    RecordType.FAMILY: {
        "name": _f(Kind.TEXT, True, label="Family name"),
        "address": _f(Kind.TEXT, label="Address"),
        "area": _f(Kind.TEXT, label="Area"),
        "phone": _f(Kind.TEXT, label="Phone"),
        "language": _f(Kind.TEXT, label="Language"),
    },
    RecordType.PERSON: {
        "family_id": _f(Kind.REF, True),
        "given_name": _f(Kind.TEXT, True, label="Given name"),
        "family_name": _f(Kind.TEXT, True, label="Family name"),
        "role": _f(Kind.CHOICE, True, PERSON_ROLES, label="Role"),
        "sex": _f(Kind.CHOICE, False, SEX, label="Sex"),
        "date_of_birth": _f(Kind.DATE, label="Date of birth"),
        "estimated_age": _f(Kind.INT, label="Estimated age"),
        "relationship": _f(Kind.TEXT, label="Relationship to child"),
        "school": _f(Kind.TEXT, label="School"),
        "disability": _f(Kind.BOOL, label="Disability"),
        # Health information only supervisors and admins read (e.g. "positive, on treatment").
        "hiv_status": _f(Kind.TEXT, label="HIV status", restricted_to=SUPERVISORS),
    },
    RecordType.CASE: {
        "case_number": _f(Kind.TEXT, True, label="Case number"),
        "family_id": _f(Kind.REF, True),
        "status": _f(Kind.CHOICE, True, CaseStatus, label="Status"),
        "risk": _f(Kind.CHOICE, False, RiskLevel, label="Risk"),
        "risk_reason": _f(Kind.LONG_TEXT, label="Reason for the risk level"),
        "assigned_to": _f(Kind.TEXT, True, label="Caseworker"),
        "team": _f(Kind.TEXT, label="Team"),
        "protection_concerns": _f(Kind.CHOICES, False, PROTECTION_CONCERNS,
                                  label="Protection concerns"),
        "legal_basis": _f(Kind.CHOICE, True, LEGAL_BASES, label="Consent or legal basis"),
        "consent_given_by": _f(Kind.TEXT, label="Consent given by"),
        "consent_date": _f(Kind.DATE, label="Consent date"),
        "opened_on": _f(Kind.DATE, True, label="Opened on"),
        "closed_on": _f(Kind.DATE, label="Closed on"),
        "closure_reason": _f(Kind.LONG_TEXT, label="Closure reason"),
        "summary": _f(Kind.LONG_TEXT, label="Summary"),
        # What a child disclosed of abuse, and legal proceedings: supervisors and admins only.
        "abuse_disclosure": _f(Kind.LONG_TEXT, label="Disclosure of abuse",
                               restricted_to=SUPERVISORS),
        "legal_proceedings": _f(Kind.LONG_TEXT, label="Legal proceedings",
                                restricted_to=SUPERVISORS),
    },
    RecordType.VISIT: {
        "visit_date": _f(Kind.DATE, True, label="Date"),
        "visit_type": _f(Kind.CHOICE, True, VISIT_TYPES, label="Type"),
        "child_seen": _f(Kind.BOOL, label="Child seen"),
        # The children seen (their person ids); `child_seen` says whether any was.
        "children_seen": _f(Kind.REFS, label="Children seen"),
        "participants": _f(Kind.TEXT, label="Who was present"),
        "observations": _f(Kind.LONG_TEXT, label="Observations"),
        "safety_concern": _f(Kind.BOOL, label="Safety concern"),
        "follow_up": _f(Kind.TEXT, label="Follow-up"),
    },
    RecordType.ASSESSMENT: {
        "form_id": _f(Kind.TEXT, True),
        "form_version": _f(Kind.INT, True),
        "answers": _f(Kind.OBJECT, True),
        "score": _f(Kind.NUMBER),
        "suggested_risk": _f(Kind.CHOICE, False, RiskLevel, label="Suggested risk"),
        "completed_on": _f(Kind.DATE, label="Completed on"),
        "person_id": _f(Kind.REF),
    },
    RecordType.CASE_PLAN: {
        "status": _f(Kind.CHOICE, True, PlanStatus, label="Status"),
        "summary": _f(Kind.LONG_TEXT, label="Plan summary"),
        "review_date": _f(Kind.DATE, label="Review date"),
        "submitted_by": _f(Kind.TEXT),
        "submitted_hash": _f(Kind.TEXT),
        "approved_by": _f(Kind.TEXT),
        "approved_hash": _f(Kind.TEXT),
    },
    RecordType.PLAN_GOAL: {
        "plan_id": _f(Kind.REF, True),
        "goal": _f(Kind.TEXT, True, label="Goal"),
        "actions": _f(Kind.LONG_TEXT, label="Actions"),
        "responsible": _f(Kind.TEXT, label="Responsible"),
        "due_date": _f(Kind.DATE, label="Due"),
        "status": _f(Kind.CHOICE, True, GOAL_STATUS, label="Status"),
    },
    RecordType.APPROVAL: {
        "kind": _f(Kind.CHOICE, True, ApprovalKind),
        "subject_id": _f(Kind.REF, True),
        "subject_hash": _f(Kind.TEXT, True),
        "requested_by": _f(Kind.TEXT, True),
        "requested_at": _f(Kind.DATETIME, True),
        "decision": _f(Kind.CHOICE, True, Decision),
        "decided_by": _f(Kind.TEXT),
        "decided_at": _f(Kind.DATETIME),
        "comment": _f(Kind.LONG_TEXT),
    },
    RecordType.REFERRAL: {
        "person_id": _f(Kind.REF, label="Child"),
        "service_type": _f(Kind.CHOICE, True, SERVICE_TYPES, label="Service"),
        "provider_id": _f(Kind.REF, label="Provider"),
        "urgency": _f(Kind.CHOICE, True, URGENCY, label="Urgency"),
        "reason": _f(Kind.LONG_TEXT, label="Reason"),
        "consent": _f(Kind.BOOL, label="Consent recorded"),
        "consent_override_reason": _f(Kind.LONG_TEXT, label="Reason to refer without consent"),
        "status": _f(Kind.CHOICE, True, ReferralStatus, label="Status"),
        "sent_on": _f(Kind.DATE, label="Sent on"),
        "response": _f(Kind.LONG_TEXT, label="Response"),
        "outcome": _f(Kind.LONG_TEXT, label="Outcome"),
    },
    RecordType.TASK: {
        "title": _f(Kind.TEXT, True, label="Task"),
        "kind": _f(Kind.CHOICE, True, TASK_KINDS, label="Kind"),
        "due_date": _f(Kind.DATE, True, label="Due"),
        "status": _f(Kind.CHOICE, True, TaskStatus, label="Status"),
        "assigned_to": _f(Kind.TEXT, label="Assigned to"),
        "completed_on": _f(Kind.DATE, label="Completed on"),
    },
    RecordType.NOTE: {
        "text": _f(Kind.LONG_TEXT, True, label="Note"),
    },
    RecordType.ATTACHMENT: {
        "filename": _f(Kind.TEXT, True, label="File"),
        "media_type": _f(Kind.TEXT),
        "size": _f(Kind.INT),
        "sha256": _f(Kind.TEXT),
        "file_key": _f(Kind.TEXT),
        "description": _f(Kind.TEXT, label="Description"),
    },
    RecordType.PROVIDER: {
        "name": _f(Kind.TEXT, True, label="Provider"),
        "organization": _f(Kind.TEXT, label="Organisation"),
        "service_types": _f(Kind.CHOICES, False, SERVICE_TYPES, label="Services"),
        "description": _f(Kind.LONG_TEXT),
        "phone": _f(Kind.TEXT),
        "email": _f(Kind.TEXT),
        "address": _f(Kind.TEXT),
        "hsds_id": _f(Kind.TEXT),
    },
    RecordType.CONFLICT: {
        "record_id": _f(Kind.REF, True),
        "record_type": _f(Kind.CHOICE, True, RecordType),
        "field": _f(Kind.TEXT, True),
        "base_value": _f(Kind.ANY),
        "server_value": _f(Kind.ANY),
        "server_by": _f(Kind.TEXT),
        "server_at": _f(Kind.DATETIME),
        "client_value": _f(Kind.ANY),
        "client_by": _f(Kind.TEXT),
        "client_at": _f(Kind.DATETIME),
        "status": _f(Kind.CHOICE, True, ("open", "resolved")),
        "resolution": _f(Kind.ANY),
    },
    # A supervisor's supportive supervision of one worker: about the worker, not a case, so
    # it belongs to no case and reaches only its audience (`audience_of`).
    RecordType.SUPERVISION: {
        "worker": _f(Kind.TEXT, True, label="Caseworker"),
        "session_date": _f(Kind.DATE, True, label="Date"),
        "cases_discussed": _f(Kind.ITEMS, label="Cases discussed", items={
            "case_id": _f(Kind.REF, True),
            "case_number": _f(Kind.TEXT, True, label="Case"),
            "decision": _f(Kind.TEXT, True, label="Decision"),
        }),
        "wellbeing": _f(Kind.CHOICE, True, WELLBEING, label="Wellbeing"),
        "workload": _f(Kind.CHOICE, True, WORKLOAD, label="Workload"),
        "wellbeing_note": _f(Kind.LONG_TEXT, label="About wellbeing and workload"),
        "training_needs": _f(Kind.LONG_TEXT, label="Training needs"),
        # Each agreed action is also a task of the worker (`task_id`): in its case when it
        # names one of the cases discussed, else a personal task (no case).
        "actions": _f(Kind.ITEMS, label="Agreed actions", items={
            "action": _f(Kind.TEXT, True, label="Action"),
            "due_date": _f(Kind.DATE, True, label="Due"),
            "case_id": _f(Kind.REF),
            "task_id": _f(Kind.REF, True),
        }),
    },
}

# Where a record lives. Record types that hang off a case (case_id set) reach whoever the
# case reaches. A record with no case is a directory entry, which reaches every device, or a
# personal record: about a worker, not a case (a supervision session, a task agreed in one
# that names no case), reaching only its audience (`audience_of`) and administrators.
CASE_SCOPED = frozenset(RecordType) - {RecordType.PROVIDER, RecordType.SUPERVISION}
DIRECTORY = frozenset({RecordType.PROVIDER})
PERSONAL = frozenset({RecordType.SUPERVISION, RecordType.TASK})


def placement_problem(record_type: RecordType, record_id: str, case_id: str | None
                      ) -> str | None:
    """Why a record cannot be where it says (its case, or none), or None: a case is its own
    case, a directory entry and a supervision session have none, a task may have none (a
    personal task), every other record has one."""
    if record_type is RecordType.CASE and case_id != record_id:
        return "a case record's case_id is its own id"
    if case_id is None and record_type not in DIRECTORY | PERSONAL:
        return f"a {record_type.value} record belongs to a case"
    if case_id is not None and record_type not in CASE_SCOPED:
        return f"a {record_type.value} record belongs to no case"
    return None


def is_personal(record_type: RecordType, case_id: str | None) -> bool:
    """Whether a record is a personal one: no case, and not a directory entry."""
    return case_id is None and record_type in PERSONAL


def worker_of(record_type: RecordType, fields: Mapping[str, Any]) -> str:
    """The worker a personal record is about: a session's worker, a task's assignee."""
    name = "worker" if record_type is RecordType.SUPERVISION else "assigned_to"
    value = fields.get(name)
    return value if isinstance(value, str) else ""


def audience_of(record_type: RecordType, fields: Mapping[str, Any],
                created_by: str) -> frozenset[str]:
    """Who a personal record reaches besides administrators: the worker it is about and who
    recorded it. Neither changes after it is made (workflow refuses it), so a personal record
    never has to leave a device the way an evicted case does."""
    return frozenset(u for u in (worker_of(record_type, fields), created_by) if u)


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
_REF = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
MAX_TEXT = 500
MAX_LONG_TEXT = 20_000
MAX_REFS = 50
MAX_ITEMS = 50


@dataclass
class Record:
    """One record as stored on a device and on the server."""

    id: str
    type: RecordType
    case_id: str | None
    fields: dict[str, Any]
    rev: int = 0
    created_at: str = ""
    created_by: str = ""
    updated_at: str = ""
    updated_by: str = ""
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    # Restricted values the server withheld from this user (casemgr.domain.restricted): the
    # record holds no value for them, and shows "Restricted", never a blank.
    withheld: tuple[str, ...] = ()


def _check_value(spec: FieldSpec, value: Any) -> str | None:
    """None if `value` fits `spec`, else a message a caseworker can act on."""
    k = spec.kind
    if k in (Kind.TEXT, Kind.LONG_TEXT):
        if not isinstance(value, str):
            return msg("must be text")
        limit = MAX_TEXT if k is Kind.TEXT else MAX_LONG_TEXT
        if len(value) > limit:
            return msg("must be at most {limit} characters", limit=limit)
        if "\x00" in value:
            return msg("must not contain control characters")
        if k is Kind.TEXT and ("\n" in value or "\r" in value):
            return msg("must be a single line")
        return None
    if k is Kind.INT:
        return None if type(value) is int and abs(value) < 2**53 else msg("must be a whole number")
    if k is Kind.NUMBER:
        ok = type(value) in (int, float) and value == value and abs(value) < 1e15
        return None if ok else msg("must be a number")
    if k is Kind.BOOL:
        return None if isinstance(value, bool) else msg("must be yes or no")
    if k is Kind.DATE:
        if not isinstance(value, str) or not _DATE.match(value):
            return msg("must be a date (YYYY-MM-DD)")
        try:
            date.fromisoformat(value)
        except ValueError:
            return msg("is not a real date")
        return None
    if k is Kind.DATETIME:
        ok = isinstance(value, str) and _DATETIME.match(value)
        return None if ok else msg("must be a date and time (ISO 8601)")
    if k is Kind.CHOICE:
        if value not in spec.choices:
            return msg("must be one of: {choices}", choices=", ".join(spec.choices))
        return None
    if k is Kind.CHOICES:
        if not isinstance(value, list) or any(v not in spec.choices for v in value):
            return msg("must be a list of: {choices}", choices=", ".join(spec.choices))
        return None if len(set(value)) == len(value) else msg("must not repeat a choice")
    if k is Kind.REF:
        ok = isinstance(value, str) and _REF.match(value)
        return None if ok else msg("must be a record id")
    if k is Kind.REFS:
        if not isinstance(value, list) or len(value) > MAX_REFS or not all(
                isinstance(v, str) and _REF.match(v) for v in value):
            return msg("must be a list of at most {n} record ids", n=MAX_REFS)
        return None if len(set(value)) == len(value) else msg("must not name a record twice")
    if k is Kind.OBJECT:
        return None if isinstance(value, dict) else msg("must be an object")
    if k is Kind.ITEMS:
        return _check_items(spec, value)
    return None  # Kind.ANY: any JSON value


def _named(spec: FieldSpec, name: str) -> str:
    """A field as a message names it: its label (translatable), else its name."""
    return msg(spec.label) if spec.label else name


def _check_items(spec: FieldSpec, value: Any) -> str | None:
    """None if `value` is a list of entries that each fit `spec.items`, else what is wrong
    with the first one that does not ("entry 2: Due is required")."""
    if not isinstance(value, list) or len(value) > MAX_ITEMS or not all(
            isinstance(item, dict) for item in value):
        return msg("must be a list of at most {n} entries", n=MAX_ITEMS)
    fields = dict(spec.items)
    for n, item in enumerate(value, start=1):
        for name, item_value in item.items():
            item_spec = fields.get(name)
            if item_spec is None:
                return msg("entry {n}: {name} is not part of an entry", n=n, name=name)
            if item_value is None:
                if item_spec.required:
                    return msg("entry {n}: {field} is required", n=n,
                               field=_named(item_spec, name))
            elif (problem := _check_value(item_spec, item_value)) is not None:
                return msg("entry {n}: {field} {problem}", n=n, field=_named(item_spec, name),
                           problem=problem)
        for name, item_spec in fields.items():
            if item_spec.required and item.get(name) is None:
                return msg("entry {n}: {field} is required", n=n, field=_named(item_spec, name))
    return None


def validate_fields(
    record_type: RecordType, fields: Mapping[str, Any], *, complete: bool = True
) -> None:
    """Refuse unknown fields, wrong kinds and (when `complete`) missing required fields.

    `None` clears an optional field. Raises ValidationError with one message per field.
    """
    specs = FIELDS[record_type]
    errors: dict[str, str] = {}
    for name, value in fields.items():
        spec = specs.get(name)
        if spec is None:
            errors[name] = msg("is not a field of a {record} record", record=record_type.value)
        elif value is None:
            if spec.required:
                errors[name] = msg("is required")
        elif (problem := _check_value(spec, value)) is not None:
            errors[name] = problem
    if complete:
        for name, spec in specs.items():
            if spec.required and fields.get(name) is None and name not in errors:
                errors[name] = msg("is required")
    if errors:
        raise ValidationError(errors)


def parse_field_text(record_type: RecordType, name: str, text: str) -> Any:
    """Turn text typed on a command line (`--set risk=high`) into the field's value."""
    spec = FIELDS[record_type].get(name)
    if spec is None:
        raise ValidationError({name: msg("is not a field of a {record} record",
                                         record=record_type.value)})
    if text == "":
        return None
    try:
        if spec.kind is Kind.INT:
            return int(text)
        if spec.kind is Kind.NUMBER:
            return float(text)
        if spec.kind is Kind.BOOL:
            lowered = text.strip().lower()
            if lowered in ("yes", "true", "1", "y"):
                return True
            if lowered in ("no", "false", "0", "n"):
                return False
            raise ValueError(text)
        if spec.kind in (Kind.CHOICES, Kind.REFS):
            return [part.strip() for part in text.split(",") if part.strip()]
        if spec.kind in (Kind.OBJECT, Kind.ITEMS, Kind.ANY):
            return json.loads(text)
    except ValueError:
        raise ValidationError({name: msg("cannot read {text} as {kind}", text=repr(text),
                                         kind=spec.kind.value)}) from None
    return text


def canonical_json(value: Any) -> str:
    """One text per JSON value: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(parts: Any) -> str:
    """SHA-256 of the canonical JSON of `parts`: what an approval binds to."""
    return hashlib.sha256(canonical_json(parts).encode()).hexdigest()


def display_name(record_type: RecordType, fields: Mapping[str, Any]) -> str:
    """The short text a list shows for a record, in words (never a code)."""
    if record_type is RecordType.PERSON:
        return f"{fields.get('given_name', '')} {fields.get('family_name', '')}".strip()
    if record_type is RecordType.APPROVAL and fields.get("kind"):
        return msg("{kind} approval",
                   kind=msg(choice_label("approval_kind", fields["kind"])))
    if record_type is RecordType.SUPERVISION:
        return msg("Supervision of {worker} {date}", worker=str(fields.get("worker", "")),
                   date=str(fields.get("session_date", "")))
    if record_type is RecordType.VISIT and fields.get("visit_type"):
        return msg("{kind} visit {date}",
                   kind=msg(choice_label("visit_type", fields["visit_type"])),
                   date=str(fields.get("visit_date", "")))
    for key in ("name", "case_number", "title", "goal", "filename", "service_type", "form_id"):
        if fields.get(key):
            return (msg(choice_label("service_type", fields[key])) if key == "service_type"
                    else str(fields[key]))
    return msg(choice_label("record_type", record_type.value))
