"""The rules of supervision records, as the client and the server both run them: what a session
must say, who may record and change it and the tasks agreed in it, where such records live and
whom they reach."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from casemgr.domain.errors import PermissionDenied, ValidationError, WorkflowError
from casemgr.domain.permissions import Actor, Role, WorkerAccess
from casemgr.domain.records import (
    RecordType,
    audience_of,
    placement_problem,
    validate_fields,
)
from casemgr.domain.workflow import check_record_delete, check_record_edit

SAM = Actor("sam", Role.SUPERVISOR, frozenset({"North"}))
SOFIA = Actor("sofia", Role.SUPERVISOR, frozenset({"South"}))
AMINA = Actor("amina", Role.CASEWORKER, frozenset({"North"}))
ADMIN = Actor("admin", Role.ADMIN)
AMINA_NORTH = WorkerAccess("amina", frozenset({"North"}))
CASE_A = "0192f0c0-0000-7000-8000-00000000000a"
TASK_1 = "0192f0c0-0000-7000-8000-000000000001"
TASK_2 = "0192f0c0-0000-7000-8000-000000000002"


def session(**extra: Any) -> dict[str, Any]:
    return {"worker": "amina", "session_date": "2026-11-17", "wellbeing": "coping",
            "workload": "heavy",
            "cases_discussed": [{"case_id": CASE_A, "case_number": "AB12-00001",
                                 "decision": "Keep open; review next month"}],
            "actions": [{"action": "Visit the school", "due_date": "2026-11-30",
                         "case_id": CASE_A, "task_id": TASK_1},
                        {"action": "Attend the training", "due_date": "2026-12-15",
                         "task_id": TASK_2}],
            **extra}


def task(**extra: Any) -> dict[str, Any]:
    return {"title": "Attend the training", "kind": "follow_up", "due_date": "2026-12-15",
            "status": "open", "assigned_to": "amina", **extra}


def test_a_session_lists_its_cases_and_actions_as_checked_entries() -> None:
    validate_fields(RecordType.SUPERVISION, session())
    with pytest.raises(ValidationError) as refused:
        validate_fields(RecordType.SUPERVISION, session(actions=[{"action": "Visit",
                                                                 "task_id": TASK_1}]))
    assert refused.value.errors == {"actions": "entry 1: Due is required"}
    with pytest.raises(ValidationError) as refused:
        validate_fields(RecordType.SUPERVISION, session(cases_discussed=[
            {"case_id": CASE_A, "case_number": "AB12-00001", "decision": "x", "risk": "high"}]))
    assert refused.value.errors == {"cases_discussed": "entry 1: risk is not part of an entry"}
    with pytest.raises(ValidationError) as refused:
        validate_fields(RecordType.SUPERVISION, session(cases_discussed="AB12-00001"))
    assert "must be a list" in refused.value.errors["cases_discussed"]


@pytest.mark.parametrize(("change", "field", "message"), [
    ({"cases_discussed": session()["cases_discussed"] * 2}, "cases_discussed", "discussed once"),
    ({"cases_discussed": [{**session()["cases_discussed"][0], "decision": " "}]},
     "cases_discussed", "decision taken"),
    ({"actions": [{"action": "Call", "due_date": "2026-11-30", "task_id": TASK_1,
                   "case_id": TASK_2}]}, "actions", "one of the cases discussed"),
    ({"actions": [{"action": "Call", "due_date": "2026-11-30", "task_id": TASK_1}] * 2},
     "actions", "task of its own"),
    ({"session_date": "2026-11-20"}, "session_date", "in the future"),
])
def test_a_session_that_does_not_hold_together_is_refused(change: dict[str, Any], field: str,
                                                          message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_record_edit(RecordType.SUPERVISION, None, session(**change), SAM, None,
                          worker=AMINA_NORTH, today=date(2026, 11, 18))
    assert message in refused.value.errors[field]


def test_who_records_a_session() -> None:
    check_record_edit(RecordType.SUPERVISION, None, session(), SAM, None, worker=AMINA_NORTH)
    check_record_edit(RecordType.SUPERVISION, None, session(), ADMIN, None, worker=AMINA_NORTH)
    for actor in (SOFIA, AMINA):
        with pytest.raises(PermissionDenied):
            check_record_edit(RecordType.SUPERVISION, None, session(), actor, None,
                              worker=AMINA_NORTH)


def test_a_session_is_changed_by_its_author_and_keeps_its_worker() -> None:
    old = session()
    check_record_edit(RecordType.SUPERVISION, old, {**old, "training_needs": "Case notes"},
                      SAM, None, worker=AMINA_NORTH, author="sam")
    with pytest.raises(PermissionDenied, match="Only its author, sam"):
        check_record_edit(RecordType.SUPERVISION, old, {**old, "wellbeing": "well"}, AMINA,
                          None, worker=AMINA_NORTH, author="sam")
    with pytest.raises(WorkflowError, match="stays with the worker"):
        check_record_edit(RecordType.SUPERVISION, old, {**old, "worker": "brian"}, SAM, None,
                          worker=AMINA_NORTH, author="sam")
    check_record_delete(RecordType.SUPERVISION, old, SAM, None, author="sam",
                        worker=AMINA_NORTH)
    with pytest.raises(PermissionDenied):
        check_record_delete(RecordType.SUPERVISION, old, AMINA, None, author="sam",
                            worker=AMINA_NORTH)


def test_the_worker_closes_a_personal_task_and_only_the_author_changes_what_it_says() -> None:
    old = task()
    done = {**old, "status": "done", "completed_on": "2026-11-18"}
    check_record_edit(RecordType.TASK, old, done, AMINA, None, worker=AMINA_NORTH, author="sam")
    with pytest.raises(PermissionDenied, match="done or cancelled by its worker"):
        check_record_edit(RecordType.TASK, old, {**old, "title": "Skip it"}, AMINA, None,
                          worker=AMINA_NORTH, author="sam")
    check_record_edit(RecordType.TASK, old, {**old, "due_date": "2027-01-10"}, SAM, None,
                      worker=AMINA_NORTH, author="sam")
    with pytest.raises(WorkflowError, match="stays with the worker"):
        check_record_edit(RecordType.TASK, old, {**old, "assigned_to": "brian"}, SAM, None,
                          worker=AMINA_NORTH, author="sam")
    with pytest.raises(WorkflowError, match="starts open"):
        check_record_edit(RecordType.TASK, None, done, SAM, None, worker=AMINA_NORTH)


def test_where_records_live_and_whom_personal_ones_reach() -> None:
    assert placement_problem(RecordType.SUPERVISION, TASK_1, None) is None
    assert placement_problem(RecordType.TASK, TASK_1, None) is None  # a personal task
    assert placement_problem(RecordType.TASK, TASK_1, CASE_A) is None
    assert placement_problem(RecordType.SUPERVISION, TASK_1, CASE_A) is not None
    assert placement_problem(RecordType.NOTE, TASK_1, None) is not None
    assert audience_of(RecordType.SUPERVISION, session(), "sam") == {"amina", "sam"}
    assert audience_of(RecordType.TASK, task(), "sam") == {"amina", "sam"}
