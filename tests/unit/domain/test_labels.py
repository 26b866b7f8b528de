"""Words for codes (casemgr.domain.labels): every value a record can store has the words a
caseworker reads, in the app and in the command line's human output."""

from __future__ import annotations

from enum import StrEnum

import pytest

from casemgr.domain.labels import LABELS, choice_label, field_text, vocabulary_of
from casemgr.domain.records import (
    FIELDS,
    GOAL_STATUS,
    LEGAL_BASES,
    PERSON_ROLES,
    PROTECTION_CONCERNS,
    SERVICE_TYPES,
    SEX,
    TASK_KINDS,
    URGENCY,
    VISIT_TYPES,
    ApprovalKind,
    CaseStatus,
    Decision,
    Kind,
    PlanStatus,
    RecordType,
    ReferralStatus,
    RiskLevel,
    TaskStatus,
    display_name,
)


def _values(vocabulary: object) -> set[str]:
    if isinstance(vocabulary, type) and issubclass(vocabulary, StrEnum):
        return {v.value for v in vocabulary}
    return set(vocabulary)  # type: ignore[call-overload]


@pytest.mark.parametrize(("name", "values"), [
    ("sex", SEX), ("role", PERSON_ROLES), ("legal_basis", LEGAL_BASES),
    ("protection_concern", PROTECTION_CONCERNS), ("visit_type", VISIT_TYPES),
    ("urgency", URGENCY), ("service_type", SERVICE_TYPES), ("goal_status", GOAL_STATUS),
    ("task_kind", TASK_KINDS), ("case_status", CaseStatus), ("plan_status", PlanStatus),
    ("referral_status", ReferralStatus), ("task_status", TaskStatus),
    ("approval_kind", ApprovalKind), ("decision", Decision), ("risk", RiskLevel),
    ("record_type", RecordType),
])
def test_every_stored_value_has_words_for_the_caseworker(name, values):
    assert set(LABELS[name]) == _values(values)
    assert all(word and "_" not in word for word in LABELS[name].values())


def test_every_coded_field_of_every_record_type_is_named_by_a_vocabulary():
    """A choice field whose values are codes: its codes must be in its vocabulary's words."""
    unnamed = []
    for record_type, fields in FIELDS.items():
        for name, spec in fields.items():
            if spec.kind not in (Kind.CHOICE, Kind.CHOICES) or not spec.choices:
                continue
            vocabulary = vocabulary_of(record_type.value, name)
            if vocabulary is None or not set(spec.choices) <= set(LABELS[vocabulary]):
                unnamed.append(f"{record_type.value}.{name}")
    assert unnamed == []


def test_field_values_read_as_words():
    assert field_text("case", "status", "closure_requested") == "Closure requested"
    assert field_text("referral", "service_type", "health") == "Health care"
    assert field_text("referral", "urgency", "priority") == "Priority"
    assert field_text("referral", "status", "accepted") == "Accepted"
    assert field_text("plan_goal", "status", "not_started") == "Not started"
    assert field_text("visit", "visit_type", "home") == "Home"
    assert field_text("case", "protection_concerns", ["neglect", "child_labour"]) == \
        "Neglect, Child labour"
    assert field_text("visit", "child_seen", True) == "Yes"
    assert field_text("visit", "observations", "Kitchen clean") == "Kitchen clean"
    assert field_text("task", "kind", "follow_up") == "Follow-up"
    assert field_text("approval", "kind", "case_plan") == "Case plan"
    # A code this version has no words for is still shown, readable.
    assert choice_label("service_type", "space_travel") == "space travel"


def test_records_are_named_in_words_never_by_their_code():
    assert display_name(RecordType.CASE_PLAN, {"status": "draft"}) == "Case plan"
    assert display_name(RecordType.APPROVAL, {"kind": "case_plan"}) == "Case plan approval"
    assert display_name(RecordType.APPROVAL, {"kind": "closure"}) == "Closure approval"
    assert display_name(RecordType.REFERRAL, {"service_type": "mental_health"}) == \
        "Mental health"
    assert display_name(RecordType.VISIT, {"visit_type": "home",
                                           "visit_date": "2026-11-30"}) == \
        "Home visit 2026-11-30"
