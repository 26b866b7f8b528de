"""Due dates that follow risk: the first visit and the case reviews, and the state of a task.

Defaults from DESIGN.md 1 (first visit within 2 / 5 / 10 days for high / medium / low, review
every 30 / 60 / 90 days), with critical at 1 and 14; an organisation may configure its own.
A case whose risk is not yet known is scheduled as high risk: no assessment is no evidence
that the child is safe.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise
from types import MappingProxyType
from typing import Any

from casemgr.domain.errors import ValidationError
from casemgr.domain.records import Record, RiskLevel, TaskStatus
from casemgr.domain.text import msg

UNKNOWN_RISK_AS = RiskLevel.HIGH
FIRST_VISIT_TITLE = "First visit to the child and family"
REVIEW_TITLE = "Case review"
MAX_DAYS = 366

# A risk level as "must not allow more days than low risk" names it.
_RISK_WORDS = {RiskLevel.LOW: msg("low"), RiskLevel.MEDIUM: msg("medium"),
               RiskLevel.HIGH: msg("high"), RiskLevel.CRITICAL: msg("critical")}


def _days(values: Mapping[RiskLevel, int]) -> Mapping[RiskLevel, int]:
    return MappingProxyType(dict(values))


DEFAULT_FIRST_VISIT_DAYS = _days({RiskLevel.CRITICAL: 1, RiskLevel.HIGH: 2,
                                  RiskLevel.MEDIUM: 5, RiskLevel.LOW: 10})
DEFAULT_REVIEW_DAYS = _days({RiskLevel.CRITICAL: 14, RiskLevel.HIGH: 30,
                             RiskLevel.MEDIUM: 60, RiskLevel.LOW: 90})


@dataclass(frozen=True)
class DuePolicy:
    """Days allowed, per risk level, for the first visit after opening and between reviews."""

    first_visit_days: Mapping[RiskLevel, int] = field(
        default_factory=lambda: DEFAULT_FIRST_VISIT_DAYS)
    review_days: Mapping[RiskLevel, int] = field(default_factory=lambda: DEFAULT_REVIEW_DAYS)

    def __post_init__(self) -> None:
        errors: dict[str, str] = {}
        for name, lowest in (("first_visit_days", 0), ("review_days", 1)):
            days: Mapping[RiskLevel, int] = getattr(self, name)
            for risk in RiskLevel:
                value = days.get(risk)
                if type(value) is not int or not lowest <= value <= MAX_DAYS:
                    errors[f"{name}.{risk.value}"] = (
                        msg("must be a whole number of days from {lowest} to {highest}",
                            lowest=lowest, highest=MAX_DAYS))
            if any(f"{name}." in key for key in errors):
                continue
            ordered = sorted(RiskLevel, key=lambda r: r.rank)
            for lower, higher in pairwise(ordered):
                if days[higher] > days[lower]:
                    errors[f"{name}.{higher.value}"] = (
                        msg("must not allow more days than {risk} risk",
                            risk=_RISK_WORDS[lower]))
            # Frozen and shared: keep a read-only copy whatever mapping was given.
            object.__setattr__(self, name, _days(days))
        if errors:
            raise ValidationError(errors)

    @classmethod
    def from_mapping(cls, settings: Mapping[str, Any]) -> DuePolicy:
        """A policy from settings such as {"first_visit_days": {"high": 1}}; the rest default."""
        unknown: dict[str, str] = {str(k): msg("is not a due-date setting")
                   for k in settings if k not in ("first_visit_days", "review_days")}
        parts: dict[str, dict[RiskLevel, int]] = {}
        for name, defaults in (("first_visit_days", DEFAULT_FIRST_VISIT_DAYS),
                               ("review_days", DEFAULT_REVIEW_DAYS)):
            given = settings.get(name, {})
            if not isinstance(given, Mapping):
                unknown[name] = msg("must map risk levels to days")
                continue
            parts[name] = dict(defaults)
            for key, value in given.items():
                try:
                    parts[name][RiskLevel(key)] = value
                except ValueError:
                    unknown[f"{name}.{key}"] = msg("is not a risk level")
        if unknown:
            raise ValidationError(unknown)
        return cls(parts["first_visit_days"], parts["review_days"])


def first_visit_due(opened_on: date, risk: RiskLevel | None, policy: DuePolicy) -> date:
    """The day by which the child must first be visited."""
    return opened_on + timedelta(days=policy.first_visit_days[risk or UNKNOWN_RISK_AS])


def review_due(from_date: date, risk: RiskLevel | None, policy: DuePolicy) -> date:
    """The day the next case review is due, counted from the opening or the last review."""
    return from_date + timedelta(days=policy.review_days[risk or UNKNOWN_RISK_AS])


def tasks_for_new_case(opened_on: date, risk: RiskLevel | None, assigned_to: str | None,
                       policy: DuePolicy) -> list[dict[str, Any]]:
    """The first-visit and first-review tasks of a newly registered case (task fields)."""
    tasks: list[dict[str, Any]] = [
        {"title": FIRST_VISIT_TITLE, "kind": "first_visit",
         "due_date": first_visit_due(opened_on, risk, policy).isoformat(),
         "status": TaskStatus.OPEN.value},
        {"title": REVIEW_TITLE, "kind": "review",
         "due_date": review_due(opened_on, risk, policy).isoformat(),
         "status": TaskStatus.OPEN.value},
    ]
    if assigned_to:
        for task in tasks:
            task["assigned_to"] = assigned_to
    return tasks


class TaskState(StrEnum):
    DONE = "done"
    CANCELLED = "cancelled"
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    UPCOMING = "upcoming"


def task_state(task_fields: Mapping[str, Any], today: date) -> TaskState:
    """Where a task stands today, as a task list shows it."""
    status = task_fields.get("status")
    if status == TaskStatus.DONE.value:
        return TaskState.DONE
    if status == TaskStatus.CANCELLED.value:
        return TaskState.CANCELLED
    due = date.fromisoformat(task_fields["due_date"])
    if due < today:
        return TaskState.OVERDUE
    return TaskState.DUE_TODAY if due == today else TaskState.UPCOMING


def retime_for_risk(task_fields: Mapping[str, Any], opened_on: date,
                    new_risk: RiskLevel | None, policy: DuePolicy, today: date
                    ) -> dict[str, Any]:
    """Changes that bring an open first-visit or review task forward after the risk changed.

    First visit: counted from the opening. Review: the new interval counted from today, as the
    review period in progress may not have started at the opening. A task never moves later:
    lower risk keeps the date the family was already promised.
    """
    if task_fields.get("status") != TaskStatus.OPEN.value:
        return {}
    kind = task_fields.get("kind")
    if kind == "first_visit":
        wanted = first_visit_due(opened_on, new_risk, policy)
    elif kind == "review":
        wanted = review_due(max(today, opened_on), new_risk, policy)
    else:
        return {}
    if wanted >= date.fromisoformat(task_fields["due_date"]):
        return {}
    return {"due_date": wanted.isoformat()}


# Days a service provider has to answer a sent referral, by urgency, before the caseworker
# should chase it (an emergency the next day).
REFERRAL_ANSWER_DAYS: Mapping[str, int] = MappingProxyType(
    {"emergency": 1, "priority": 3, "routine": 10})
# The days of "this week" on the Today page: today and the six after.
WEEK_DAYS = 7


def referral_days_late(referral_fields: Mapping[str, Any], today: date) -> int:
    """Days past the answer a sent referral should have had (0 if not late or not sent)."""
    sent_on = referral_fields.get("sent_on")
    if referral_fields.get("status") != "sent" or not sent_on:
        return 0
    allowed = REFERRAL_ANSWER_DAYS.get(str(referral_fields.get("urgency")),
                                       REFERRAL_ANSWER_DAYS["routine"])
    return max(0, (today - date.fromisoformat(str(sent_on))).days - allowed)


def last_seen(children: Sequence[Record], visits: Sequence[Record]) -> dict[str, str]:
    """The date each child was last seen on a visit (person id -> YYYY-MM-DD); a child never
    seen is absent. A visit names the children it saw (`children_seen`); one recorded before
    that, with only `child_seen`, counts for the child of a family that has just one."""
    ids = {c.id for c in children}
    only = next(iter(ids)) if len(ids) == 1 else None
    seen: dict[str, str] = {}
    for visit in visits:
        if visit.deleted or not visit.fields.get("visit_date"):
            continue
        day = str(visit.fields["visit_date"])
        named = visit.fields.get("children_seen")
        who = [c for c in named if c in ids] if isinstance(named, list) else (
            [only] if only and visit.fields.get("child_seen") is True else [])
        for child in who:
            if day > seen.get(child, ""):
                seen[child] = day
    return seen


def age_on(date_of_birth: str | None, on: date) -> int | None:
    """Whole years of age on `on` for a YYYY-MM-DD date of birth (None if not known)."""
    if not date_of_birth:
        return None
    try:
        born = date.fromisoformat(date_of_birth)
    except ValueError:
        return None
    if born > on:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
