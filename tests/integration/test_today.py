"""The Today page's use case on a real encrypted workspace: what is due this week, what the
supervisor sent back, referrals waiting past their time, and what others changed since the
caseworker last looked."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from casemgr.app.casework import Casework
from casemgr.domain.errors import WorkflowError
from casemgr.domain.records import Decision
from tests.support.records import CASE, CHILD, FAMILY

TODAY = date(2026, 11, 18)  # the conftest clock's day
DAY_S = 86_400


def register(cw: Casework, name: str = "Mwangi", **case) -> str:
    return cw.register_family({**FAMILY, "name": name}, [CHILD],
                              {**CASE, "risk": "low", **case}).value


def day(n: int) -> str:
    return (TODAY + timedelta(days=n)).isoformat()


def test_due_this_week_visits_apart_from_tasks_overdue_first(worker):
    case_id = register(worker)  # low risk: its first visit is due in 10 days
    worker.add_task(case_id, "Call the school", day(3))
    worker.add_task(case_id, "Case review", day(-2), kind="review")
    worker.add_task(case_id, "Home visit", day(6), kind="first_visit")
    worker.add_task(case_id, "Court report", day(8))  # next week
    worker.add_task(case_id, "Brian's call", day(1), assigned_to="brian")

    view = worker.today_view()

    assert [(i.when, i.what) for i in view.visits] == [
        (day(-2), "Case review (overdue by 2 days)"), (day(6), "Home visit")]
    assert [i.late for i in view.visits] == [True, False]
    assert [i.what for i in view.tasks] == ["Call the school"]  # not brian's, not next week


def test_a_plan_sent_back_shows_with_the_supervisors_comment_until_resubmitted(
        worker, supervisor, clock):
    case_id = register(worker)
    plan = worker.start_case_plan(case_id, "Plan").value
    worker.add_goal(plan.id, {"goal": "Safe at home"})
    request = worker.submit_case_plan(plan.id).value
    clock.advance(DAY_S)
    supervisor.decide(request.id, Decision.RETURNED, "Add a goal about school.")

    [back] = worker.today_view().sent_back
    assert back.what == "Case plan sent back by sam"
    assert back.detail == "Add a goal about school."
    assert back.case_id == case_id and back.late

    worker.add_goal(plan.id, {"goal": "Attends school every day"})
    worker.submit_case_plan(plan.id)
    assert worker.today_view().sent_back == []


def test_a_referral_waiting_past_its_time_by_urgency(worker, clock):
    case_id = register(worker)
    routine = worker.refer(case_id, {"service_type": "education", "urgency": "routine",
                                     "consent": True}).value
    emergency = worker.refer(case_id, {"service_type": "shelter", "urgency": "emergency",
                                       "consent": True}).value
    worker.send_referral(routine.id)
    worker.send_referral(emergency.id)
    clock.advance(3 * DAY_S)  # an emergency has a day, a routine referral ten

    [late] = worker.today_view().waiting_referrals
    assert late.record_id == emergency.id
    assert late.what == "Shelter referral (emergency): no answer, 2 days past its time"
    clock.advance(10 * DAY_S)
    assert {i.record_id for i in worker.today_view().waiting_referrals} == {
        routine.id, emergency.id}


def test_what_others_changed_since_the_last_look(worker, supervisor, clock):
    case_id = register(worker)
    worker.mark_today_seen()
    clock.advance(60)
    worker.add_note(case_id, "My own note")  # one's own changes are not news
    request = worker.request_closure(case_id, "Goals met").value
    clock.advance(60)
    supervisor.decide(request.id, Decision.RETURNED, "One more visit first.")

    changed = worker.today_view().changed
    assert [(i.what, i.detail) for i in changed if i.record_id == request.id] == [
        ("Closure sent back", "Changed by sam: “One more visit first.”")]
    assert not [i for i in changed if "My own note" in i.what]
    # The decision also changed the case's status: said once, as the decision.
    assert not [i for i in changed if i.what.startswith("Case:") and "sam" in i.detail]

    worker.mark_today_seen()
    assert worker.today_view().changed == []
    clock.advance(60)
    supervisor.add_note(case_id, "Spoke to the teacher")
    [news] = worker.today_view().changed
    assert news.what == "Note" and news.detail == "Added by sam"


def test_a_visits_follow_up_becomes_a_task_in_one_step(worker):
    case_id = register(worker)
    visit = worker.record_visit(case_id, {
        "visit_date": str(TODAY), "visit_type": "home", "participants": "Mother, Wanjiru",
        "observations": "Food in the house", "child_seen": True,
        "follow_up": "Check the school attendance record"}).value
    task = worker.task_from_follow_up(visit.id).value
    assert task.fields["title"] == "Check the school attendance record"
    assert task.fields["due_date"] == day(7) and task.fields["assigned_to"] == "amina"
    assert task.id in {t.task_id for t in worker.open_tasks()}

    bare = worker.record_visit(case_id, {"visit_date": str(TODAY), "visit_type": "phone",
                                         "observations": "All well", "child_seen": False,
                                         "participants": "Mother"}).value
    with pytest.raises(WorkflowError, match="no follow-up"):
        worker.task_from_follow_up(bare.id)
