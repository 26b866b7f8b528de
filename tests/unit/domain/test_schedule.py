"""Due dates from risk, the tasks of a new case, and what a task list shows day by day."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casemgr.domain import schedule
from casemgr.domain.errors import ValidationError
from casemgr.domain.records import Record, RecordType, RiskLevel, validate_fields
from casemgr.domain.schedule import (
    DuePolicy,
    TaskState,
    first_visit_due,
    retime_for_risk,
    review_due,
    task_state,
    tasks_for_new_case,
)

OPENED = date(2024, 5, 1)
DEFAULTS = DuePolicy()


@pytest.mark.parametrize(("risk", "first_visit", "review"), [
    (RiskLevel.CRITICAL, date(2024, 5, 2), date(2024, 5, 15)),
    (RiskLevel.HIGH, date(2024, 5, 3), date(2024, 5, 31)),
    (RiskLevel.MEDIUM, date(2024, 5, 6), date(2024, 6, 30)),
    (RiskLevel.LOW, date(2024, 5, 11), date(2024, 7, 30)),
])
def test_default_due_dates_follow_risk(risk: RiskLevel, first_visit: date, review: date) -> None:
    assert first_visit_due(OPENED, risk, DEFAULTS) == first_visit
    assert review_due(OPENED, risk, DEFAULTS) == review


def test_a_case_whose_risk_is_not_known_yet_is_scheduled_as_high_risk() -> None:
    assert first_visit_due(OPENED, None, DEFAULTS) == OPENED + timedelta(days=2)
    assert review_due(OPENED, None, DEFAULTS) == OPENED + timedelta(days=30)


def test_due_dates_cross_month_and_year_ends() -> None:
    assert first_visit_due(date(2024, 12, 30), RiskLevel.HIGH, DEFAULTS) == date(2025, 1, 1)
    assert first_visit_due(date(2024, 2, 27), RiskLevel.HIGH, DEFAULTS) == date(2024, 2, 29)
    assert review_due(date(2024, 12, 15), RiskLevel.HIGH, DEFAULTS) == date(2025, 1, 14)


def test_an_organisation_can_set_its_own_days_and_keeps_the_rest() -> None:
    policy = DuePolicy.from_mapping({"first_visit_days": {"high": 1, "low": 7},
                                     "review_days": {"critical": 7}})
    assert first_visit_due(OPENED, RiskLevel.HIGH, policy) == date(2024, 5, 2)
    assert first_visit_due(OPENED, RiskLevel.LOW, policy) == date(2024, 5, 8)
    assert first_visit_due(OPENED, RiskLevel.MEDIUM, policy) == date(2024, 5, 6)
    assert review_due(OPENED, RiskLevel.CRITICAL, policy) == date(2024, 5, 8)
    assert review_due(OPENED, RiskLevel.LOW, policy) == date(2024, 7, 30)
    assert DuePolicy.from_mapping({}) == DEFAULTS


@pytest.mark.parametrize(("settings", "field"), [
    ({"first_visit_days": {"high": -1}}, "first_visit_days.high"),
    ({"first_visit_days": {"high": 2.5}}, "first_visit_days.high"),
    ({"review_days": {"low": True}}, "review_days.low"),
    ({"review_days": {"low": 0}}, "review_days.low"),
    ({"review_days": {"urgent": 3}}, "review_days.urgent"),
    ({"review_days": 30}, "review_days"),
    ({"visit_days": {"high": 2}}, "visit_days"),
    ({"first_visit_days": {"high": 12}}, "first_visit_days.high"),  # later than low risk
])
def test_settings_that_make_no_sense_are_refused_naming_the_setting(
        settings: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        DuePolicy.from_mapping(settings)
    assert field in refused.value.errors


def test_a_policy_cannot_be_changed_behind_its_back() -> None:
    days = {RiskLevel.CRITICAL: 1, RiskLevel.HIGH: 2, RiskLevel.MEDIUM: 5, RiskLevel.LOW: 10}
    policy = DuePolicy(first_visit_days=days)
    days[RiskLevel.HIGH] = 9
    assert first_visit_due(OPENED, RiskLevel.HIGH, policy) == date(2024, 5, 3)


def test_a_new_case_gets_a_first_visit_and_a_review_task_for_its_worker() -> None:
    tasks = tasks_for_new_case(OPENED, RiskLevel.MEDIUM, "wanjiru", DEFAULTS)
    for task in tasks:
        validate_fields(RecordType.TASK, task)
    assert [(t["kind"], t["due_date"], t["status"], t["assigned_to"]) for t in tasks] == [
        ("first_visit", "2024-05-06", "open", "wanjiru"),
        ("review", "2024-06-30", "open", "wanjiru"),
    ]
    assert tasks[0]["title"] == "First visit to the child and family"
    assert tasks[1]["title"] == "Case review"
    unassigned = tasks_for_new_case(OPENED, None, None, DEFAULTS)
    assert all("assigned_to" not in t for t in unassigned)
    for task in unassigned:
        validate_fields(RecordType.TASK, task)


def task(due: str, status: str = "open", kind: str = "first_visit") -> dict[str, Any]:
    return {"title": "First visit", "kind": kind, "due_date": due, "status": status}


def test_a_task_turns_due_then_overdue_at_midnight_of_its_day() -> None:
    leap_day = task("2024-02-29")
    assert task_state(leap_day, date(2024, 2, 28)) is TaskState.UPCOMING
    assert task_state(leap_day, date(2024, 2, 29)) is TaskState.DUE_TODAY
    assert task_state(leap_day, date(2024, 3, 1)) is TaskState.OVERDUE
    new_year = task("2024-12-31")
    assert task_state(new_year, date(2024, 12, 31)) is TaskState.DUE_TODAY
    assert task_state(new_year, date(2025, 1, 1)) is TaskState.OVERDUE


@given(due=st.dates(), today=st.dates())
def test_done_and_cancelled_tasks_are_never_overdue(due: date, today: date) -> None:
    assert task_state(task(due.isoformat(), "done"), today) is TaskState.DONE
    assert task_state(task(due.isoformat(), "cancelled"), today) is TaskState.CANCELLED
    state = task_state(task(due.isoformat()), today)
    assert (state is TaskState.OVERDUE) == (due < today)
    assert (state is TaskState.DUE_TODAY) == (due == today)


def test_higher_risk_brings_the_first_visit_forward_from_the_opening() -> None:
    planned = task("2024-05-11")  # low risk: within 10 days of opening
    assert retime_for_risk(planned, OPENED, RiskLevel.HIGH, DEFAULTS, date(2024, 5, 2)) == {
        "due_date": "2024-05-03"}
    # Raised after the high-risk deadline passed: the visit is now overdue, as it should show.
    late = retime_for_risk(planned, OPENED, RiskLevel.CRITICAL, DEFAULTS, date(2024, 5, 6))
    assert task_state({**planned, **late}, date(2024, 5, 6)) is TaskState.OVERDUE


def test_higher_risk_brings_the_review_within_the_new_interval_from_today() -> None:
    review = task("2024-07-30", kind="review")  # low risk review
    assert retime_for_risk(review, OPENED, RiskLevel.HIGH, DEFAULTS, date(2024, 6, 1)) == {
        "due_date": "2024-07-01"}
    assert retime_for_risk(review, OPENED, RiskLevel.MEDIUM, DEFAULTS, date(2024, 6, 1)) == {}


def test_lower_risk_never_puts_a_visit_off() -> None:
    planned = task("2024-05-03")  # high risk
    assert retime_for_risk(planned, OPENED, RiskLevel.LOW, DEFAULTS, date(2024, 5, 2)) == {}


def test_finished_tasks_and_other_kinds_keep_their_dates() -> None:
    today = date(2024, 5, 2)
    for done in (task("2024-05-11", "done"), task("2024-05-11", "cancelled"),
                 task("2024-05-11", kind="follow_up")):
        assert retime_for_risk(done, OPENED, RiskLevel.CRITICAL, DEFAULTS, today) == {}


# -- per child --------------------------------------------------------------------------------

def _person(pid: str, role: str = "child") -> Record:
    return Record(pid, RecordType.PERSON, "c", {"role": role})


def _visit(day: str, **fields: object) -> Record:
    return Record(f"v-{day}", RecordType.VISIT, "c", {"visit_date": day, **fields})


def test_each_child_is_last_seen_on_the_latest_visit_that_names_them() -> None:
    wanjiru, kamau = _person("w"), _person("k")
    visits = [_visit("2026-11-01", children_seen=["w", "k"], child_seen=True),
              _visit("2026-11-20", children_seen=["w"], child_seen=True),
              _visit("2026-11-25", children_seen=[], child_seen=False),
              _visit("2026-11-10", children_seen=["k"], child_seen=True)]
    assert schedule.last_seen([wanjiru, kamau], visits) == {"w": "2026-11-20",
                                                            "k": "2026-11-10"}
    assert schedule.last_seen([wanjiru, kamau], []) == {}


def test_a_visit_from_before_children_were_named_counts_for_an_only_child() -> None:
    old = [_visit("2026-10-05", child_seen=True), _visit("2026-10-09", child_seen=False)]
    assert schedule.last_seen([_person("w")], old) == {"w": "2026-10-05"}
    assert schedule.last_seen([_person("w"), _person("k")], old) == {}  # which child? unknown


def test_age_in_whole_years_on_a_day() -> None:
    on = date(2026, 11, 18)
    assert schedule.age_on("2016-11-18", on) == 10  # the birthday itself
    assert schedule.age_on("2016-11-19", on) == 9
    assert schedule.age_on("2026-02-01", on) == 0
    assert schedule.age_on(None, on) is None
    assert schedule.age_on("2027-01-01", on) is None  # not born yet: not an age
    assert schedule.age_on("not a date", on) is None
