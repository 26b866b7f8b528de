"""The supervisor's approval queue on a real workspace: what waits, oldest first, and what
each request asks to approve — the plan against its last approved version, the closure with
its checklist."""

from __future__ import annotations

import random

import pytest

from casemgr.domain import forms
from casemgr.domain.errors import PermissionDenied
from casemgr.domain.records import Decision
from tests.support.records import CASE, CHILD, FAMILY

DAY_S = 86_400


def register(cw, name):
    return cw.register_family({**FAMILY, "name": name}, [CHILD], CASE).value


def test_the_queue_holds_whats_waiting_oldest_first_never_ones_own(worker, supervisor, clock):
    first = register(worker, "Otieno")
    plan = worker.start_case_plan(first, "Safe at home").value
    worker.add_goal(plan.id, {"goal": "Food every day"})
    worker.submit_case_plan(plan.id)
    clock.advance(2 * DAY_S)
    second = register(worker, "Wambui")
    worker.request_closure(second, "Family moved away")
    own = register(supervisor, "Kariuki")
    supervisor.request_closure(own, "Goals met")  # sam's own: someone else decides

    queue = supervisor.approval_queue()
    assert [(i.family_name, i.kind, i.days_waiting) for i in queue] == [
        ("Otieno", "case_plan", 2), ("Wambui", "closure", 0)]
    assert queue[0].worker == "amina" and queue[0].requested_by == "amina"
    assert queue[0].risk == CASE["risk"]

    supervisor.decide(queue[0].approval_id, Decision.APPROVED)
    assert [i.family_name for i in supervisor.approval_queue()] == ["Wambui"]


def test_a_resubmitted_plan_shows_what_changed_since_it_was_approved(worker, supervisor, clock):
    case_id = register(worker, "Otieno")
    plan = worker.start_case_plan(case_id, "Safe at home").value
    worker.add_goal(plan.id, {"goal": "Food every day"})
    school = worker.add_goal(plan.id, {"goal": "Back to school"}).value
    clinic = worker.add_goal(plan.id, {"goal": "Clinic visits"}).value
    worker.submit_case_plan(plan.id)
    [item] = supervisor.approval_queue()
    first = supervisor.review(item)
    assert first.since == "" and {line.change for line in first.lines} == {"added"}
    supervisor.decide(item.approval_id, Decision.APPROVED)

    clock.advance(DAY_S)
    worker.edit_goal(school.id, {"status": "in_progress"})
    worker.remove_goal(clinic.id)
    worker.add_goal(plan.id, {"goal": "Birth certificate"})
    worker.submit_case_plan(plan.id)
    [again] = supervisor.approval_queue()
    changes = {line.text.split(" (")[0]: line.change for line in supervisor.review(again).lines}
    assert changes == {"Summary: Safe at home": "", "Goal: Food every day": "",
                       "Goal: Back to school": "changed", "Goal: Clinic visits": "removed",
                       "Goal: Birth certificate": "added"}
    text = supervisor.review(again).text()
    assert "+ Goal: Birth certificate" in text and "− Goal: Clinic visits" in text
    # What changed in a goal, field by field, from the change log.
    school_line = next(line for line in supervisor.review(again).lines
                       if line.text.startswith("Goal: Back to school"))
    assert school_line.detail == "Status: Not started → In progress"
    assert "      Status: Not started → In progress" in text


def test_a_closure_shows_its_reason_and_checklist(worker, supervisor):
    case_id = register(worker, "Wambui")
    request = worker.request_closure(case_id, "Family moved away").value
    form = worker.form("case_closure_checklist")
    answers = forms.sample_answers(form, random.Random(3), today=worker.today())
    worker.run_assessment(case_id, form.id, answers)
    [item] = supervisor.approval_queue()
    assert item.approval_id == request.id
    lines = [line.text for line in supervisor.review(item).lines]
    assert lines[0] == "Reason: Family moved away"
    assert lines[1].startswith(f"Closure checklist of {worker.today()}: score ")
    with pytest.raises(PermissionDenied):
        worker.decide(item.approval_id, Decision.APPROVED)  # not theirs to decide


def test_a_changed_summary_shows_from_what_to_what(worker, supervisor, clock):
    case_id = register(worker, "Otieno")
    plan = worker.start_case_plan(case_id, "Safe at home").value
    worker.add_goal(plan.id, {"goal": "Food every day"})
    worker.submit_case_plan(plan.id)
    [item] = supervisor.approval_queue()
    supervisor.decide(item.approval_id, Decision.APPROVED)
    clock.advance(DAY_S)
    worker.edit_case_plan(plan.id, {"summary": "Safe at home and at school"})
    worker.submit_case_plan(plan.id)
    [again] = supervisor.approval_queue()
    summary = supervisor.review(again).lines[0]
    assert summary.change == "changed"
    assert summary.detail == "Plan summary: Safe at home → Safe at home and at school"


def test_a_plan_changed_since_it_was_asked_cannot_be_decided_until_asked_again(
        worker, supervisor, clock):
    case_id = register(worker, "Otieno")
    plan = worker.start_case_plan(case_id, "Safe at home").value
    goal = worker.add_goal(plan.id, {"goal": "Food every day"}).value
    worker.submit_case_plan(plan.id)
    [asked] = supervisor.approval_queue()
    assert not asked.out_of_date

    clock.advance(DAY_S)
    worker.edit_goal(goal.id, {"goal": "Two meals every day"})  # the plan is a draft again
    [stale] = supervisor.approval_queue()
    assert stale.approval_id == asked.approval_id and stale.out_of_date
    with pytest.raises(Exception, match="submitted again"):
        supervisor.decide(stale.approval_id, Decision.APPROVED)

    clock.advance(DAY_S)
    worker.submit_case_plan(plan.id)
    [again] = supervisor.approval_queue()  # the new request replaces the stale one
    assert again.approval_id != asked.approval_id and not again.out_of_date
    assert "Two meals every day" in supervisor.review(again).text()
