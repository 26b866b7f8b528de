"""Words for the codes records store: what a caseworker reads instead of `closure_requested`
or `health`, in the desktop app and the command line's human output alike (JSON output
keeps the codes). One table per vocabulary; a code without a word is shown readable
("not_started" as "not started"), never hidden.
"""

from __future__ import annotations

from typing import Any

LABELS: dict[str, dict[str, str]] = {
    "sex": {"female": "Female", "male": "Male", "other": "Other", "unknown": "Not known"},
    "role": {"child": "Child", "caregiver": "Caregiver", "other": "Other household member"},
    "legal_basis": {
        "consent": "Consent of the family",
        "court_order": "Court order",
        "statutory_duty": "Statutory duty",
        "vital_interest": "Vital interest (the child's life or safety is at risk)",
    },
    "protection_concern": {
        "physical_abuse": "Physical abuse",
        "sexual_abuse": "Sexual abuse",
        "emotional_abuse": "Emotional abuse",
        "neglect": "Neglect",
        "exploitation": "Exploitation",
        "child_labour": "Child labour",
        "family_separation": "Unaccompanied or separated",
        "trafficking": "Trafficking",
        "domestic_violence": "Exposure to domestic violence",
        "child_marriage": "Child marriage (or at risk)",
        "other": "Other",
    },
    "visit_type": {"home": "Home", "office": "Office", "school": "School", "phone": "Phone",
                   "other": "Other"},
    "urgency": {"routine": "Routine", "priority": "Priority", "emergency": "Emergency"},
    "service_type": {
        "health": "Health care",
        "mental_health": "Mental health",
        "education": "Education",
        "legal": "Legal aid",
        "shelter": "Shelter",
        "food": "Food",
        "cash_assistance": "Cash assistance",
        "family_support": "Family support",
        "disability": "Disability services",
        "substance_use": "Substance use",
        "other": "Other",
    },
    "goal_status": {"not_started": "Not started", "in_progress": "In progress",
                    "achieved": "Achieved", "dropped": "Dropped"},
    "task_kind": {"first_visit": "First visit", "review": "Case review",
                  "follow_up": "Follow-up", "other": "Other"},
    "risk": {"low": "Low", "medium": "Medium", "high": "High", "critical": "Critical"},
    "plan_status": {"draft": "Draft", "submitted": "Submitted for approval",
                    "approved": "Approved"},
    "case_status": {"open": "Open", "active": "Active",
                    "closure_requested": "Closure requested", "closed": "Closed"},
    "referral_status": {"draft": "Draft", "sent": "Sent", "accepted": "Accepted",
                        "declined": "Declined", "completed": "Completed",
                        "cancelled": "Cancelled"},
    "task_status": {"open": "Open", "done": "Done", "cancelled": "Cancelled"},
    "conflict_status": {"open": "To decide", "resolved": "Resolved"},
    "approval_kind": {"case_plan": "Case plan", "closure": "Closure"},
    "decision": {"pending": "Waiting for a decision", "approved": "Approved",
                 "returned": "Sent back"},
    "record_type": {
        "family": "Family", "person": "Person", "case": "Case", "visit": "Visit",
        "assessment": "Assessment", "case_plan": "Case plan", "plan_goal": "Plan goal",
        "approval": "Approval request", "referral": "Referral", "task": "Task",
        "note": "Note", "attachment": "Attachment", "provider": "Service provider",
        "conflict": "Conflict", "supervision": "Supervision session",
    },
    "wellbeing": {"well": "Well", "coping": "Coping", "strained": "Under strain",
                  "struggling": "Struggling: needs support"},
    "workload": {"light": "Light", "manageable": "Manageable", "heavy": "Heavy",
                 "too_heavy": "Too heavy to manage"},
}



# The vocabulary of each coded field: by field name, and where one name means different
# things in different record types, by (record type, field name) first.
FIELD_VOCABULARY: dict[str, str] = {
    "sex": "sex", "role": "role", "legal_basis": "legal_basis",
    "protection_concerns": "protection_concern", "visit_type": "visit_type",
    "urgency": "urgency", "service_type": "service_type", "service_types": "service_type",
    "decision": "decision", "risk": "risk", "suggested_risk": "risk",
    "wellbeing": "wellbeing", "workload": "workload",
}
TYPED_VOCABULARY: dict[tuple[str, str], str] = {
    ("case", "status"): "case_status", ("case_plan", "status"): "plan_status",
    ("plan_goal", "status"): "goal_status", ("referral", "status"): "referral_status",
    ("task", "status"): "task_status", ("task", "kind"): "task_kind",
    ("approval", "kind"): "approval_kind", ("conflict", "status"): "conflict_status",
    ("conflict", "record_type"): "record_type",
}


def vocabulary_of(record_type: str, name: str) -> str | None:
    """The vocabulary that names the values of field `name` of `record_type`, if coded."""
    return TYPED_VOCABULARY.get((record_type, name)) or FIELD_VOCABULARY.get(name)


def choice_label(vocabulary: str, value: Any) -> str:
    """The caseworker's word for a stored value, or the value itself made readable."""
    if value is None:
        return ""
    return LABELS.get(vocabulary, {}).get(str(value), str(value).replace("_", " "))


def field_text(record_type: str, name: str, value: Any) -> str:
    """A stored field value as a caseworker reads it: words for codes (each item of a list),
    Yes/No for booleans, the text itself otherwise."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    vocabulary = vocabulary_of(record_type, name)
    if isinstance(value, list):
        return ", ".join(choice_label(vocabulary, v) if vocabulary else str(v) for v in value)
    return choice_label(vocabulary, value) if vocabulary else str(value)


__all__ = ["FIELD_VOCABULARY", "LABELS", "TYPED_VOCABULARY", "choice_label", "field_text",
           "vocabulary_of"]
