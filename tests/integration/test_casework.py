"""The case workflows end to end on a real encrypted workspace, as a caseworker and a
supervisor carry them out (no Qt: the same use cases the desktop app and the CLI call)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from casemgr.app.casework import Casework
from casemgr.db.store import CaseQuery
from casemgr.domain import forms
from casemgr.domain.errors import PermissionDenied, ValidationError, WorkflowError
from casemgr.domain.permissions import Actor, Role
from casemgr.domain.records import Decision, RiskLevel
from tests.support.records import CASE, CHILD, FAMILY, MOTHER

TODAY = date(2026, 11, 18)  # the conftest clock's day

# The sample case as opened here: high risk (the first visit is due within days), neglect,
# the school's referral in its summary, consent recorded today.
REFERRED_CASE = {**CASE, "risk": "high", "protection_concerns": ["neglect"],
                 "consent_given_by": "Grace Mwangi (mother)", "consent_date": "2026-11-18",
                 "summary": "Referred by the school: child often absent and hungry."}


def register(cw: Casework, **case) -> str:
    return cw.register_family(FAMILY, [CHILD, MOTHER], {**REFERRED_CASE, **case}).value


def outbox_len(cw):
    return len(cw.store.outbox())


def test_registration_creates_the_case_with_its_first_tasks(worker):
    case_id = register(worker)
    cf = worker.open_case_file(case_id)
    assert cf.case.fields["status"] == "open"
    assert cf.case.fields["case_number"].endswith("-00001")
    assert cf.case.fields["team"] == "north"
    assert [p.fields["given_name"] for p in cf.children] == ["Wanjiru"]
    due = {t.fields["kind"]: t.fields["due_date"] for t in cf.tasks}
    assert due == {"first_visit": str(TODAY + timedelta(days=2)),
                   "review": str(TODAY + timedelta(days=30))}
    row = worker.list_cases(CaseQuery())[0]
    assert (row.family_name, row.children, row.next_due) == (
        "Mwangi", "Wanjiru", str(TODAY + timedelta(days=2)))
    assert worker.store.audit_entries()[-1]["action"] == "open_case"


def test_registration_refuses_bad_input_per_field_and_writes_nothing(worker):
    bad_child = {**CHILD, "date_of_birth": "2030-01-01"}
    with pytest.raises(ValidationError) as info:
        worker.register_family({"name": ""} | {"name": None}, [bad_child],
                               {**REFERRED_CASE, "consent_given_by": None, "risk": "extreme"})
    assert info.value.errors == {
        "family.name": "is required",
        "member1.date_of_birth": "A date of birth cannot be in the future.",
        "case.consent_given_by": "Record who gave consent.",
        "case.risk": "must be one of: low, medium, high, critical",
    }
    assert outbox_len(worker) == 0
    with pytest.raises(ValidationError) as info:
        worker.register_family(FAMILY, [MOTHER], REFERRED_CASE)
    assert "members" in info.value.errors


def test_an_adult_cannot_be_registered_as_a_child(worker):
    with pytest.raises(ValidationError) as info:
        worker.register_family(FAMILY, [{**CHILD, "date_of_birth": "2001-01-01"}], REFERRED_CASE)
    assert "member1.date_of_birth" in info.value.errors


def test_duplicate_check_finds_similar_names_with_matching_birth(worker):
    register(worker)
    found = worker.possible_duplicates("Wanjiru", "Mwangi", "2016-04-02")
    assert [d.name for d in found] == ["Wanjiru Mwangi"]
    assert found[0].case_number.endswith("-00001")
    assert worker.possible_duplicates("Wanjiro", "Mwangie", "2016-05-01")  # misspelt
    assert worker.possible_duplicates("Mwangi", "Wanjiru", None)  # names swapped
    assert worker.possible_duplicates("Wanjiru", "Mwangi", "2010-04-02") == []  # other child
    assert worker.possible_duplicates("Achieng", "Otieno", "2016-04-02") == []


def test_first_visit_activates_the_case_and_ticks_the_task(worker):
    case_id = register(worker)
    worker.record_visit(case_id, {"visit_date": "2026-11-18", "visit_type": "home",
                                  "child_seen": True, "observations": "Child at home, fed."})
    cf = worker.case_file(case_id)
    assert cf.case.fields["status"] == "active"
    first = next(t for t in cf.tasks if t.fields["kind"] == "first_visit")
    assert first.fields["status"] == "done"
    assert worker.list_cases(CaseQuery())[0].next_due == str(TODAY + timedelta(days=30))
    with pytest.raises(ValidationError):
        worker.record_visit(case_id, {"visit_date": "2026-12-01", "visit_type": "home",
                                      "participants": "Mother"})


def test_assessment_is_validated_scored_and_can_raise_the_risk(worker):
    case_id = register(worker, risk="low")
    form = worker.form("initial_risk_screening")
    with pytest.raises(ValidationError) as info:
        worker.run_assessment(case_id, form.id, {"no_such_question": 1})
    assert "no_such_question" in info.value.errors
    assert worker.case_file(case_id).assessments == []
    import random

    from casemgr.domain.forms import sample_answers
    answers = sample_answers(form, random.Random(3), today=TODAY)
    record, result = worker.run_assessment(case_id, form.id, answers).value
    assert record.fields["score"] == result.score
    assert record.fields["form_version"] == form.version
    worker.set_risk(case_id, RiskLevel.CRITICAL, "The screening found a disclosure.")
    cf = worker.case_file(case_id)
    first = next(t for t in cf.tasks if t.fields["kind"] == "first_visit")
    assert first.fields["due_date"] == str(TODAY + timedelta(days=1))  # was 10 days at low


def test_plan_is_submitted_approved_and_goes_back_to_draft_on_change(worker, supervisor):
    case_id = register(worker)
    plan = worker.start_case_plan(case_id, "Keep Wanjiru in school and fed.", "2027-02-01").value
    with pytest.raises(WorkflowError, match="at least one goal"):
        worker.submit_case_plan(plan.id)
    goal = worker.add_goal(plan.id, {"goal": "Child attends school every day",
                                     "responsible": "Grace", "due_date": "2027-01-15"}).value
    request = worker.submit_case_plan(plan.id).value
    assert request.fields["decision"] == "pending"
    with pytest.raises(PermissionDenied):
        worker.decide(request.id, Decision.APPROVED)
    supervisor.decide(request.id, Decision.APPROVED)
    plan_now = worker.store.require(plan.id)
    assert plan_now.fields["status"] == "approved"
    assert plan_now.fields["approved_by"] == "sam"
    worker.edit_goal(goal.id, {"status": "in_progress"})  # progress keeps the approval
    assert worker.store.require(plan.id).fields["status"] == "approved"
    worker.edit_goal(goal.id, {"due_date": "2027-03-01"})  # content change voids it
    assert worker.store.require(plan.id).fields["status"] == "draft"
    assert "approved_hash" not in worker.store.require(plan.id).fields


def test_an_approval_of_an_older_version_is_refused(worker, supervisor):
    case_id = register(worker)
    plan = worker.start_case_plan(case_id, "Plan").value
    worker.add_goal(plan.id, {"goal": "Safe at home"})
    request = worker.submit_case_plan(plan.id).value
    worker.add_goal(plan.id, {"goal": "Back at school"})  # changed after submission
    with pytest.raises(WorkflowError, match="changed since it was submitted"):
        supervisor.decide(request.id, Decision.APPROVED)


def test_a_supervisor_cannot_approve_their_own_plan(supervisor):
    case_id = supervisor.register_family(FAMILY, [CHILD], REFERRED_CASE).value
    plan = supervisor.start_case_plan(case_id, "Plan").value
    supervisor.add_goal(plan.id, {"goal": "Safe at home"})
    request = supervisor.submit_case_plan(plan.id).value
    before = outbox_len(supervisor)
    with pytest.raises(PermissionDenied, match="own"):
        supervisor.decide(request.id, Decision.APPROVED)
    assert outbox_len(supervisor) == before


def test_returning_a_plan_needs_a_reason_and_puts_it_back_to_draft(worker, supervisor):
    case_id = register(worker)
    plan = worker.start_case_plan(case_id, "Plan").value
    worker.add_goal(plan.id, {"goal": "Safe at home"})
    request = worker.submit_case_plan(plan.id).value
    with pytest.raises(WorkflowError):
        supervisor.decide(request.id, Decision.RETURNED)
    supervisor.decide(request.id, Decision.RETURNED, "Add a goal about school.")
    assert worker.store.require(plan.id).fields["status"] == "draft"


def test_referral_needs_consent_before_it_is_sent(worker):
    case_id = register(worker)
    child = worker.case_file(case_id).children[0]
    referral = worker.refer(case_id, {"person_id": child.id, "service_type": "health",
                                      "urgency": "priority", "reason": "Malnutrition check"}).value
    with pytest.raises(WorkflowError, match="consent"):
        worker.send_referral(referral.id)
    assert worker.store.require(referral.id).fields["status"] == "draft"
    worker.edit_record(referral.id, {"consent": True})
    sent = worker.send_referral(referral.id).value
    assert (sent.fields["status"], sent.fields["sent_on"]) == ("sent", str(TODAY))
    worker.record_referral_response(referral.id, True, "Seen on Monday")
    done = worker.complete_referral(referral.id, "Treated; gaining weight").value
    assert done.fields["status"] == "completed"
    with pytest.raises(WorkflowError):
        worker.cancel_referral(referral.id)


def test_referral_without_consent_can_go_with_a_recorded_reason(worker):
    case_id = register(worker)
    referral = worker.refer(case_id, {"service_type": "legal", "urgency": "emergency",
                                      "consent_override_reason": "Child at immediate risk"}).value
    assert worker.send_referral(referral.id).value.fields["status"] == "sent"


def test_closure_needs_a_supervisor_and_a_closed_case_is_read_only(worker, supervisor):
    case_id = register(worker)
    request = worker.request_closure(case_id, "Goals met").value
    assert worker.case_file(case_id).case.fields["status"] == "closure_requested"
    with pytest.raises(WorkflowError):
        worker.edit_record(case_id, {"status": "closed"})
    supervisor.decide(request.id, Decision.APPROVED)
    case = worker.case_file(case_id).case
    assert (case.fields["status"], case.fields["closed_on"]) == ("closed", str(TODAY))
    # Its open tasks (the first visit and the review) went with it: nothing overdue later.
    assert {t.fields["status"] for t in worker.case_file(case_id).tasks} == {"cancelled"}
    later = (TODAY + timedelta(days=400)).isoformat()
    assert case_id not in [r.case_id for r in worker.list_cases(CaseQuery(overdue_on=later))]
    with pytest.raises(WorkflowError, match="closed"):
        worker.add_note(case_id, "one more thing")
    with pytest.raises(PermissionDenied):
        worker.reopen_case(case_id)
    supervisor.reopen_case(case_id)
    worker.add_note(case_id, "Family asked for help again")


def test_a_caseworker_cannot_touch_another_workers_case(worker, workspace):
    case_id = register(worker)
    other = Casework(workspace, actor=Actor("bob", Role.CASEWORKER, frozenset({"north"})))
    with pytest.raises(PermissionDenied):
        other.add_note(case_id, "not mine")
    with pytest.raises(PermissionDenied):
        other.open_case_file(case_id)


def test_a_batch_is_kept_whole_or_not_at_all(worker):
    case_id = register(worker)
    before = outbox_len(worker)
    with pytest.raises(ValidationError), worker.batch():
        worker.add_note(case_id, "first")
        worker.record_visit(case_id, {"visit_date": "not a date", "visit_type": "home",
                                      "participants": "Mother"})
    assert outbox_len(worker) == before
    assert worker.case_file(case_id).notes == []


def test_the_forms_for_the_cases_stage_are_proposed_first(worker):
    case_id = register(worker)  # open: the first screening is what is due
    forms = [f.id for f in worker.assessment_forms(case_id)]
    assert forms[0] == "initial_risk_screening"
    assert forms[-1] == "case_closure_checklist"  # listed, but not proposed on an open case
    assert len(forms) == len(set(forms))  # one entry per form: its latest version
    worker.request_closure(case_id, "Goals met")
    assert worker.assessment_forms(case_id)[0].id == "case_closure_checklist"


# -- reading and correcting what was saved -------------------------------------------------------

VISIT = {"visit_date": "2026-11-18", "visit_type": "home", "child_seen": True,
         "participants": "Mother", "observations": "Child at home, fed.",
         "follow_up": "Call the school"}


def test_a_visit_is_corrected_by_its_author_and_the_history_says_what_changed(worker,
                                                                              supervisor):
    case_id = register(worker)
    visit = worker.record_visit(case_id, VISIT).value
    corrected = {**VISIT, "observations": "Child at home, fed; mother tired."}
    del corrected["follow_up"]  # cleared in the dialog
    outcome = worker.correct_record(visit.id, corrected)
    assert outcome.value.fields["observations"] == "Child at home, fed; mother tired."
    assert "follow_up" not in outcome.value.fields
    assert outcome.changes.records == {(visit.id, visit.type)}
    op = worker.store.outbox()[-1]  # an edit that syncs like any other
    assert (op.kind, op.record_id) == ("update", visit.id)
    assert op.changes["follow_up"] == {"base": "Call the school", "value": None}

    entries, pending = worker.record_history([visit.id])
    assert [e.action for e in entries] == ["update", "create"]
    assert entries[0].actor == "amina"
    assert entries[0].changes == {
        "follow_up": ("Call the school", None),
        "observations": ("Child at home, fed.", "Child at home, fed; mother tired.")}
    assert pending[visit.id] == 2

    with pytest.raises(PermissionDenied, match=r"Only its author, amina, can correct this "
                                               r"visit\."):
        supervisor.correct_record(visit.id, VISIT)
    with pytest.raises(ValidationError):  # a status is not the visit's to correct
        worker.correct_record(visit.id, {**VISIT, "status": "done"})


def test_a_corrected_visit_names_the_cases_children_and_keeps_an_unnamed_child_seen(worker):
    case_id = register(worker, risk="low")
    child = worker.case_file(case_id).children[0].id
    mother = next(p.id for p in worker.case_file(case_id).persons if p.id != child)
    old = worker.record_visit(case_id, VISIT).value  # "child seen", before children were named
    kept = worker.correct_record(old.id, {**VISIT, "children_seen": []}).value
    assert kept.fields["child_seen"] is True and "children_seen" not in kept.fields
    named = worker.correct_record(old.id, {**VISIT, "children_seen": [child]}).value
    assert (named.fields["child_seen"], named.fields["children_seen"]) == (True, [child])
    with pytest.raises(ValidationError) as refused:
        worker.correct_record(old.id, {**VISIT, "children_seen": [mother]})
    assert "children_seen" in refused.value.errors
    none = worker.correct_record(old.id, {**VISIT, "children_seen": []}).value
    assert none.fields["child_seen"] is False  # named before: now none was seen


def test_a_sent_referral_and_a_done_task_are_not_corrected(worker):
    case_id = register(worker)
    child = worker.case_file(case_id).children[0].id
    draft = worker.refer(case_id, {"person_id": child, "service_type": "health",
                                   "urgency": "routine", "consent": True}).value
    fixed = worker.correct_record(draft.id, {"person_id": child, "service_type": "education",
                                             "urgency": "priority", "consent": True}).value
    assert (fixed.fields["service_type"], fixed.fields["status"]) == ("education", "draft")
    worker.send_referral(draft.id)
    with pytest.raises(WorkflowError, match="A sent referral cannot be corrected"):
        worker.correct_record(draft.id, {"person_id": child, "service_type": "health",
                                         "urgency": "routine", "consent": True})
    task = worker.add_task(case_id, "Call the school", "2026-11-25").value
    moved = worker.correct_record(task.id, {"title": "Call the head teacher",
                                            "due_date": "2026-11-27", "kind": "follow_up"})
    assert moved.value.fields["title"] == "Call the head teacher"
    worker.complete_task(task.id)
    with pytest.raises(WorkflowError, match="Only an open task"):
        worker.correct_record(task.id, {"title": "x", "due_date": "2026-11-27",
                                        "kind": "follow_up"})


def test_an_assessment_is_read_in_words_and_corrected_with_a_new_score(worker, supervisor):
    import random

    from casemgr.domain.forms import (
        FieldType,
        sample_answers,
        score,
        validate_answers,
        visible_fields,
    )

    case_id = register(worker, risk="low")
    form = worker.form("initial_risk_screening")
    rng = random.Random(5)
    answers = sample_answers(form, rng, today=TODAY)
    skipped = next(f for f in visible_fields(form, answers) if not f.required)
    answers.pop(skipped.id, None)  # a question left unanswered
    record = worker.run_assessment(case_id, form.id, answers).value[0]

    report = worker.assessment_report(record.id)
    assert (report.title, report.version, report.completed_by, report.completed_on) == (
        "Initial risk screening", form.version, "amina", "2026-11-18")
    assert report.score == f"{record.fields['score']:g}"
    shown = {a.question: a.answer for a in report.answers()}
    assert list(shown) == [form.text(f.label) for f in visible_fields(form, answers)]
    assert shown[form.text(skipped.label)] == "Not answered"  # never blank
    for f in form.fields:  # words, not codes
        value = record.fields["answers"].get(f.id)
        if f.type is FieldType.YES_NO and value is not None:
            assert shown[form.text(f.label)] == ("Yes" if value else "No")
        if f.type is FieldType.SINGLE_CHOICE and value is not None:
            assert shown[form.text(f.label)] == form.text(f.choice(value).label)
    assert report.reasons == score(form, record.fields["answers"]).reasons
    assert report.changed == ""

    for _ in range(30):  # other answers with another score
        other = sample_answers(form, rng, today=TODAY)
        if score(form, other).score != record.fields["score"]:
            break
    record2, result = worker.correct_assessment(record.id, other).value
    assert record2.fields["score"] == result.score == score(form, other).score
    assert record2.fields["answers"] == validate_answers(form, other, today=TODAY)
    assert worker.assessment_report(record.id).changed == "Corrected by amina on 2026-11-18 " \
        + worker.store.get(record.id).updated_at[11:16]
    entries, _ = worker.record_history([record.id])
    assert {"answers", "score"} <= set(entries[0].changes)
    with pytest.raises(PermissionDenied):
        supervisor.correct_assessment(record.id, other)


def test_a_changed_risk_level_keeps_its_reason_in_the_history(worker):
    case_id = register(worker)  # high
    with pytest.raises(ValidationError) as refused:
        worker.set_risk(case_id, RiskLevel.MEDIUM, " ")
    assert refused.value.errors == {"risk_reason": "Say why the risk level changes."}
    worker.set_risk(case_id, RiskLevel.MEDIUM, "Father moved out; mother has support.")
    case = worker.case_file(case_id).case
    assert case.fields["risk_reason"] == "Father moved out; mother has support."
    entry = worker.record_history([case_id])[0][0]
    assert entry.changes == {"risk": ("high", "medium"), "risk_reason": (
        None, "Father moved out; mother has support.")}


def test_a_visit_names_the_children_seen_and_an_assessment_is_about_one_child(worker):
    case_id = register(worker)
    cf = worker.case_file(case_id)
    [child] = cf.children
    mother = next(p for p in cf.persons if p.fields["role"] == "caregiver")
    visit = worker.record_visit(case_id, {
        "visit_date": str(TODAY), "visit_type": "home", "participants": "Mother",
        "children_seen": [child.id]}).value
    assert visit.fields["child_seen"] is True  # follows the names
    with pytest.raises(ValidationError) as not_a_child:
        worker.record_visit(case_id, {"visit_date": str(TODAY), "visit_type": "home",
                                      "participants": "Mother", "children_seen": [mother.id]})
    assert "children_seen" in not_a_child.value.errors
    form = worker.form("initial_risk_screening")
    answers = forms.sample_answers(form, random.Random(1), today=TODAY)
    with pytest.raises(ValidationError):
        worker.run_assessment(case_id, form.id, answers, person_id=mother.id)
    record, _ = worker.run_assessment(case_id, form.id, answers, person_id=child.id).value
    assert record.fields["person_id"] == child.id
