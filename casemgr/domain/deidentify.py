"""De-identification of exported records (issue 12): which field of each exported record type
identifies someone, and what a de-identified export keeps of it.

Every field of every exported record type is listed in `TREATMENT`, on purpose by hand: a new
field added to a schema (casemgr.domain.records.FIELDS) without a decision here fails
tests/unit/domain/test_deidentify.py, so nothing new leaves de-identified by default.

- DROP: names, addresses, area, phone numbers, free text (summaries, notes, reasons,
  observations, goals), case numbers, hashes: left out of the file entirely.
- KEEP: codes and numbers (status, risk, service type, sex, scores) and staff user names.
- MONTH: a date or time stamp cut to its month, "YYYY-MM".
- REF / REFS: a record id (or a list of them) replaced by its pseudonym.
- AGE: the date of birth (and the estimated age) replaced by an age band on the export day.
- ANSWERS: assessment answers, each by its question's type (`answer_treatment`).

Pseudonyms are HMAC-SHA256 of the record id under a random key made for each export
(`Pseudonyms`): the same person or case has the same pseudonym throughout one export, and
another in the next, so two exports cannot be linked unless the user keeps the key.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from casemgr.domain.records import RecordType


class Treatment(StrEnum):
    KEEP = "keep"
    DROP = "drop"
    MONTH = "month"
    REF = "ref"
    REFS = "refs"
    AGE = "age"
    ANSWERS = "answers"


K, D, M, R, RS = (Treatment.KEEP, Treatment.DROP, Treatment.MONTH, Treatment.REF,
                  Treatment.REFS)

# The record types an export holds, and what de-identification does to each of their fields.
TREATMENT: Mapping[RecordType, Mapping[str, Treatment]] = {
    RecordType.CASE: {
        "case_number": D, "family_id": R, "status": K, "risk": K, "risk_reason": D,
        "assigned_to": K, "team": K, "protection_concerns": K, "legal_basis": K,
        "consent_given_by": D, "consent_date": M, "opened_on": M, "closed_on": M,
        "closure_reason": D, "summary": D, "abuse_disclosure": D, "legal_proceedings": D,
    },
    RecordType.FAMILY: {
        "name": D, "address": D, "area": D, "phone": D, "language": K,
    },
    RecordType.PERSON: {
        "family_id": R, "given_name": D, "family_name": D, "role": K, "sex": K,
        "date_of_birth": Treatment.AGE, "estimated_age": Treatment.AGE,
        "relationship": D, "school": D, "disability": K, "hiv_status": D,
    },
    RecordType.VISIT: {
        "visit_date": M, "visit_type": K, "child_seen": K, "children_seen": RS,
        "participants": D, "observations": D, "safety_concern": K, "follow_up": D,
    },
    RecordType.ASSESSMENT: {
        "form_id": K, "form_version": K, "answers": Treatment.ANSWERS, "score": K,
        "suggested_risk": K, "completed_on": M, "person_id": R,
    },
    RecordType.CASE_PLAN: {
        "status": K, "summary": D, "review_date": M, "submitted_by": K, "submitted_hash": D,
        "approved_by": K, "approved_hash": D,
    },
    RecordType.PLAN_GOAL: {
        "plan_id": R, "goal": D, "actions": D, "responsible": D, "due_date": M, "status": K,
    },
    RecordType.REFERRAL: {
        "person_id": R, "service_type": K, "provider_id": K, "urgency": K, "reason": D,
        "consent": K, "consent_override_reason": D, "status": K, "sent_on": M,
        "response": D, "outcome": D,
    },
    RecordType.TASK: {
        "title": D, "kind": K, "due_date": M, "status": K, "assigned_to": K,
        "completed_on": M,
    },
}

# The columns every exported row has besides its fields (see casemgr.app.exports).
META_TREATMENT: Mapping[str, Treatment] = {
    "id": R, "case_id": R, "created_at": M, "created_by": K, "updated_at": M,
}

# What happens to an assessment answer, by its question's type (casemgr.domain.forms).
_ANSWER_TREATMENT: Mapping[str, Treatment] = {
    "text": D, "long_text": D, "date": M, "number": K, "single_choice": K,
    "multiple_choice": K, "yes_no": K, "scale": K,
}

AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("0–4", 0, 4), ("5–11", 5, 11), ("12–14", 12, 14), ("15–17", 15, 17), ("18+", 18, None))

# The prefix of each kind of pseudonym: a case, a person, a family, any other record.
_PREFIX = {RecordType.CASE: "C-", RecordType.PERSON: "P-", RecordType.FAMILY: "F-"}
PSEUDONYM_HEX = 12  # 48 bits: no collision to expect among a few million records
KEY_BYTES = 32


def answer_treatment(question_type: str | None) -> Treatment:
    """What a de-identified export does with an answer to a question of this type; an answer
    to a question the device does not know (a form version it never received) is dropped
    unless it is a number or yes/no (`deidentify_answer`)."""
    return _ANSWER_TREATMENT.get(question_type or "", Treatment.DROP)


def deidentify_answer(question_type: str | None, value: Any) -> Any:
    """An answer as a de-identified export has it (None: dropped)."""
    if question_type is None:
        return value if isinstance(value, bool | int | float) else None
    treatment = answer_treatment(question_type)
    if treatment is Treatment.DROP:
        return None
    if treatment is Treatment.MONTH:
        return month(value)
    return value


def month(value: Any) -> str | None:
    """A date or an ISO time stamp cut to its month ("2026-11-18" -> "2026-11")."""
    if not isinstance(value, str) or len(value) < 7:
        return None
    return value[:7]


def age_years(born: date, on: date) -> int:
    """Whole years from `born` to `on`."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def age_band(date_of_birth: str | None, estimated_age: int | None, on: date) -> str:
    """The age band on `on` ("0–4", "5–11", "12–14", "15–17", "18+"): from the date of birth,
    else the estimated age as recorded; "" when neither is known."""
    years: int | None = None
    if date_of_birth:
        try:
            years = age_years(date.fromisoformat(date_of_birth), on)
        except ValueError:
            years = None
    if years is None and isinstance(estimated_age, int) and not isinstance(estimated_age, bool):
        years = estimated_age
    if years is None:
        return ""
    years = max(0, years)
    return next(label for label, lo, hi in AGE_BANDS
                if years >= lo and (hi is None or years <= hi))


def new_key() -> bytes:
    """A fresh random key for one export's pseudonyms."""
    return secrets.token_bytes(KEY_BYTES)


class Pseudonyms:
    """The pseudonyms of one export: HMAC-SHA256(key, record id), truncated and prefixed by
    the kind of record ("C-" a case, "P-" a person, "F-" a family, "R-" any other)."""

    def __init__(self, key: bytes | None = None) -> None:
        self.key = key if key is not None else new_key()
        if len(self.key) < 16:
            raise ValueError("a pseudonym key has at least 16 bytes")
        self._cache: dict[tuple[str, str], str] = {}

    @property
    def key_hex(self) -> str:
        return self.key.hex()

    def of(self, record_id: str | None, kind: RecordType | None = None) -> str | None:
        """The pseudonym of a record id (None stays None); `kind`: the record's type."""
        if not record_id:
            return None
        prefix = _PREFIX.get(kind, "R-") if kind is not None else "R-"
        found = self._cache.get((prefix, record_id))
        if found is None:
            digest = hmac.new(self.key, record_id.encode(), hashlib.sha256).hexdigest()
            found = self._cache[(prefix, record_id)] = prefix + digest[:PSEUDONYM_HEX]
        return found


# The type of record a reference field names (for its pseudonym's prefix).
REF_KIND: Mapping[str, RecordType] = {
    "case_id": RecordType.CASE, "family_id": RecordType.FAMILY,
    "person_id": RecordType.PERSON, "children_seen": RecordType.PERSON,
    "plan_id": RecordType.CASE_PLAN,
}


__all__ = [
    "AGE_BANDS", "META_TREATMENT", "REF_KIND", "TREATMENT", "Pseudonyms", "Treatment", "age_band",
    "answer_treatment", "deidentify_answer", "month", "new_key",
]
