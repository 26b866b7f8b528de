"""The casework workflow as caseworkers and supervisors meet it: closure, plans, referrals."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from casemgr.domain.errors import PermissionDenied, WorkflowError
from casemgr.domain.permissions import Actor, CaseAccess, Role
from casemgr.domain.records import (
    CaseStatus,
    Decision,
    RecordType,
    ReferralStatus,
    validate_fields,
)
from casemgr.domain.workflow import (
    CASE_IS_CLOSED,
    CLOSE_BY_REQUEST,
    NO_CONSENT,
    case_changes_after_closure_decision,
    check_case_transition,
    check_record_delete,
    check_record_edit,
    check_referral_transition,
    closure_content_hash,
    decide,
    plan_changes_after_decision,
    plan_changes_after_edit,
    plan_content_hash,
    referral_changes,
    reopen_case,
    request_closure,
    submit_plan,
)

WORKER = Actor("wanjiru", Role.CASEWORKER, frozenset({"north"}))
COLLEAGUE = Actor("omar", Role.CASEWORKER, frozenset({"north"}))
SUPERVISOR = Actor("amina", Role.SUPERVISOR, frozenset({"north"}))
SECOND_SUPERVISOR = Actor("peter", Role.SUPERVISOR, frozenset({"north"}))
OTHER_TEAM_SUPERVISOR = Actor("lena", Role.SUPERVISOR, frozenset({"south"}))
ADMIN = Actor("root", Role.ADMIN)
EVERYONE = (WORKER, COLLEAGUE, SUPERVISOR, SECOND_SUPERVISOR, OTHER_TEAM_SUPERVISOR, ADMIN)
# Who does casework on wanjiru's case in team north, and who decides on it.
CASEWORKERS_OF_CASE = {"wanjiru", "amina", "peter"}
DECIDERS_OF_CASE = {"amina", "peter"}

CASE = CaseAccess("wanjiru", "north")
CASE_ID = "0190a0b0-0000-7000-8000-000000000001"
PLAN_ID = "0190a0b0-0000-7000-8000-000000000002"
FAMILY_ID = "0190a0b0-0000-7000-8000-000000000003"
NOW = "2024-05-02T09:30:00.000Z"
TODAY = "2024-05-02"
REFUSED = (WorkflowError, PermissionDenied)


def applied(fields: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """Fields after changes, as the workspace stores them (a cleared field is absent)."""
    return {k: v for k, v in {**fields, **changes}.items() if v is not None}


def new_case(**overrides: Any) -> dict[str, Any]:
    return {"case_number": "AB12-00001", "family_id": FAMILY_ID, "status": "open",
            "assigned_to": "wanjiru", "team": "north", "legal_basis": "consent",
            "opened_on": "2024-05-01", "risk": "high", **overrides}


def goal_id(n: int) -> str:
    return f"0190a0b0-0000-7000-8000-{n:012d}"


def new_goal(text: str = "Child attends school every day", status: str = "not_started"
             ) -> dict[str, Any]:
    return {"plan_id": PLAN_ID, "goal": text, "status": status}


def new_referral(**overrides: Any) -> dict[str, Any]:
    return {"service_type": "health", "urgency": "priority", "status": "draft",
            "reason": "Untreated asthma", **overrides}


# -- the use cases as the client runs them: compute everything, check everything, then write --

def ask_closure(case: dict[str, Any], actor: Actor, reason: str
                ) -> tuple[dict[str, Any], dict[str, Any]]:
    changes, request = request_closure(CASE_ID, case, actor, CASE, reason, NOW)
    after = applied(case, changes)
    check_record_edit(RecordType.APPROVAL, None, request, actor, CASE,
                      current_subject_hash=closure_content_hash(after))
    check_record_edit(RecordType.CASE, case, after, actor, CASE, approval=request)
    return after, request


def decide_closure(case: dict[str, Any], request: dict[str, Any], actor: Actor,
                   decision: Decision, comment: str | None = None, *,
                   latest: dict[str, Any] | None = None
                   ) -> tuple[dict[str, Any], dict[str, Any]]:
    subject_hash = closure_content_hash(case)
    decided = applied(request, decide(request, decision, actor, CASE, subject_hash, NOW, comment))
    check_record_edit(RecordType.APPROVAL, request, decided, actor, CASE,
                      current_subject_hash=subject_hash)
    after = applied(case, case_changes_after_closure_decision(case, decided, TODAY))
    # The server passes the subject's latest request: the one decided, unless it was superseded.
    check_record_edit(RecordType.CASE, case, after, actor, CASE,
                      approval=decided if latest is None or latest is request else latest)
    return after, decided


def submit(plan: dict[str, Any], goals: dict[str, dict[str, Any]], actor: Actor
           ) -> tuple[dict[str, Any], dict[str, Any]]:
    content = plan_content_hash(plan, goals.items())
    changes, request = submit_plan(PLAN_ID, plan, content, len(goals), actor, CASE, NOW)
    check_record_edit(RecordType.APPROVAL, None, request, actor, CASE,
                      current_subject_hash=content)
    after = applied(plan, changes)
    check_record_edit(RecordType.CASE_PLAN, plan, after, actor, CASE, approval=request,
                      current_subject_hash=content)
    return after, request


def decide_plan(plan: dict[str, Any], goals: dict[str, dict[str, Any]],
                request: dict[str, Any], actor: Actor, decision: Decision,
                comment: str | None = None, *, latest: dict[str, Any] | None = None
                ) -> tuple[dict[str, Any], dict[str, Any]]:
    content = plan_content_hash(plan, goals.items())
    decided = applied(request, decide(request, decision, actor, CASE, content, NOW, comment))
    check_record_edit(RecordType.APPROVAL, request, decided, actor, CASE,
                      current_subject_hash=content)
    after = applied(plan, plan_changes_after_decision(plan, decided))
    check_record_edit(RecordType.CASE_PLAN, plan, after, actor, CASE,
                      approval=decided if latest is None or latest is request else latest,
                      current_subject_hash=content)
    return after, decided


def edit_goal(plan: dict[str, Any], goals: dict[str, dict[str, Any]], gid: str,
              fields: dict[str, Any], actor: Actor) -> dict[str, Any]:
    """Write a goal, then what that does to its plan; returns the plan after both."""
    check_record_edit(RecordType.PLAN_GOAL, goals.get(gid), fields, actor, CASE)
    goals[gid] = fields
    after = applied(plan, plan_changes_after_edit(plan, plan_content_hash(plan, goals.items())))
    check_record_edit(RecordType.CASE_PLAN, plan, after, actor, CASE)
    return after


# -- case lifecycle ---------------------------------------------------------------------------

def test_new_case_starts_open_and_a_caseworker_registers_only_their_own() -> None:
    check_record_edit(RecordType.CASE, None, new_case(), WORKER, CASE)
    with pytest.raises(WorkflowError, match="starts open"):
        check_record_edit(RecordType.CASE, None, new_case(status="active"), WORKER, CASE)
    with pytest.raises(PermissionDenied):
        check_record_edit(RecordType.CASE, None, new_case(assigned_to="omar"), WORKER, CASE)
    with pytest.raises(PermissionDenied, match=r"\(admin\)"):
        check_record_edit(RecordType.CASE, None, new_case(), ADMIN, CASE)


@pytest.mark.parametrize("current", [CaseStatus.OPEN, CaseStatus.ACTIVE,
                                     CaseStatus.CLOSURE_REQUESTED])
def test_closing_a_case_directly_is_refused_and_says_to_request_closure(
        current: CaseStatus) -> None:
    case = new_case(status=current.value, closure_reason="Goals achieved")
    closed = {**case, "status": "closed", "closed_on": TODAY}
    for actor in (WORKER, SUPERVISOR):
        with pytest.raises(WorkflowError, match="request closure") as refused:
            check_record_edit(RecordType.CASE, case, closed, actor, CASE)
        assert str(refused.value) == CLOSE_BY_REQUEST


def test_case_lifecycle_allows_exactly_the_agreed_moves() -> None:
    allowed = {("open", "active"), ("open", "closure_requested"),
               ("active", "closure_requested"), ("closure_requested", "active"),
               ("closure_requested", "closed"), ("closed", "active")}
    approved = {"kind": "closure", "decision": "approved", "requested_by": "wanjiru",
                "decided_by": "amina"}
    for current in CaseStatus:
        for target in set(CaseStatus) - {current}:
            try:
                check_case_transition(current, target, SUPERVISOR, CASE, approval=approved)
            except WorkflowError:
                assert (current.value, target.value) not in allowed
            else:
                assert (current.value, target.value) in allowed


def test_closure_approved_by_a_supervisor_closes_the_case_that_day() -> None:
    case = new_case(status="active")
    waiting, request = ask_closure(case, WORKER, "Goals of the plan achieved")
    assert waiting["status"] == "closure_requested"
    assert request["decision"] == "pending" and request["requested_by"] == "wanjiru"
    validate_fields(RecordType.APPROVAL, request)
    closed, decided = decide_closure(waiting, request, SUPERVISOR, Decision.APPROVED)
    assert closed["status"] == "closed" and closed["closed_on"] == TODAY
    assert decided["decided_by"] == "amina" and decided["decided_at"] == NOW


def test_a_case_with_no_concern_found_is_closed_without_becoming_active() -> None:
    waiting, request = ask_closure(new_case(), WORKER, "No protection concern found")
    closed, _ = decide_closure(waiting, request, SUPERVISOR, Decision.APPROVED)
    assert closed["status"] == "closed"


def test_closure_sent_back_needs_a_reason_and_makes_the_case_active_again() -> None:
    waiting, request = ask_closure(new_case(status="active"), WORKER, "Family moved away")
    with pytest.raises(WorkflowError, match="Say why"):
        decide_closure(waiting, request, SUPERVISOR, Decision.RETURNED, "  ")
    active, decided = decide_closure(waiting, request, SUPERVISOR, Decision.RETURNED,
                                     "Confirm the new address first")
    assert active["status"] == "active"
    assert decided["comment"] == "Confirm the new address first"


def test_closure_request_needs_a_reason() -> None:
    with pytest.raises(WorkflowError, match="reason for closing"):
        request_closure(CASE_ID, new_case(status="active"), WORKER, CASE, " ", NOW)


def test_a_supervisor_cannot_approve_a_closure_they_requested_but_another_can() -> None:
    waiting, request = ask_closure(new_case(status="active"), SUPERVISOR, "Goals achieved")
    with pytest.raises(PermissionDenied, match="own request"):
        decide_closure(waiting, request, SUPERVISOR, Decision.APPROVED)
    closed, _ = decide_closure(waiting, request, SECOND_SUPERVISOR, Decision.APPROVED)
    assert closed["status"] == "closed"


@pytest.mark.parametrize("actor", [WORKER, COLLEAGUE, OTHER_TEAM_SUPERVISOR, ADMIN])
def test_only_a_supervisor_of_the_team_decides_closure(actor: Actor) -> None:
    waiting, request = ask_closure(new_case(status="active"), WORKER, "Goals achieved")
    with pytest.raises(PermissionDenied):
        decide_closure(waiting, request, actor, Decision.APPROVED)


def test_closure_request_withdrawn_then_made_again_cannot_be_closed_on_the_old_one() -> None:
    waiting, first = ask_closure(new_case(status="active"), WORKER, "Goals achieved")
    with pytest.raises(WorkflowError, match="Withdraw"):
        check_record_edit(RecordType.CASE, waiting, {**waiting, "closure_reason": "Moved"},
                          WORKER, CASE)
    active = applied(waiting, {"status": "active"})
    check_record_edit(RecordType.CASE, waiting, active, WORKER, CASE)
    with pytest.raises(WorkflowError, match="changed since closure was requested"):
        decide(first, Decision.APPROVED, SUPERVISOR, CASE, closure_content_hash(active), NOW)
    again, second = ask_closure(active, WORKER, "Goals achieved")
    # The first request matches the case again, but the server carries out only the latest.
    with pytest.raises(WorkflowError):
        decide_closure(again, first, SUPERVISOR, Decision.APPROVED, latest=second)
    closed, _ = decide_closure(again, second, SUPERVISOR, Decision.APPROVED)
    assert closed["status"] == "closed"


def test_only_a_supervisor_reopens_a_closed_case_and_it_loses_its_closing_date() -> None:
    waiting, request = ask_closure(new_case(status="active"), WORKER, "Goals achieved")
    closed, _ = decide_closure(waiting, request, SUPERVISOR, Decision.APPROVED)
    with pytest.raises(PermissionDenied, match=r"\(caseworker\).*reopen"):
        reopen_case(closed, WORKER, CASE)
    with pytest.raises(WorkflowError, match="closing date"):
        check_record_edit(RecordType.CASE, closed, {**closed, "status": "active"},
                          SUPERVISOR, CASE)
    reopened = applied(closed, reopen_case(closed, SUPERVISOR, CASE))
    check_record_edit(RecordType.CASE, closed, reopened, SUPERVISOR, CASE)
    assert reopened["status"] == "active" and "closed_on" not in reopened


def test_a_closed_case_takes_no_new_work_but_its_tasks_can_be_closed() -> None:
    closed = CaseStatus.CLOSED
    visit = {"visit_date": TODAY, "visit_type": "home", "observations": "Nobody at home."}
    with pytest.raises(WorkflowError) as refused:
        check_record_edit(RecordType.VISIT, None, visit, WORKER, CASE, case_status=closed)
    assert str(refused.value) == CASE_IS_CLOSED
    case = applied(new_case(status="closed"), {"closed_on": TODAY})
    with pytest.raises(WorkflowError, match="reopen"):
        check_record_edit(RecordType.CASE, case, {**case, "risk": "low"}, SUPERVISOR, CASE)
    task = {"title": "Case review", "kind": "review", "due_date": TODAY, "status": "open"}
    check_record_edit(RecordType.TASK, task, {**task, "status": "cancelled"}, WORKER, CASE,
                      case_status=closed)
    with pytest.raises(WorkflowError):
        check_record_edit(RecordType.TASK, task, {**task, "due_date": "2024-06-01"}, WORKER,
                          CASE, case_status=closed)


def test_reassigning_is_for_supervisors_within_their_teams_and_admins() -> None:
    case = new_case(status="active")
    to_omar = {**case, "assigned_to": "omar"}
    check_record_edit(RecordType.CASE, case, to_omar, SUPERVISOR, CASE)
    check_record_edit(RecordType.CASE, case, {**case, "team": "south"}, ADMIN, CASE)
    with pytest.raises(PermissionDenied, match=r"\(caseworker\).*reassign"):
        check_record_edit(RecordType.CASE, case, to_omar, WORKER, CASE)
    with pytest.raises(PermissionDenied, match="within your teams"):
        check_record_edit(RecordType.CASE, case, {**to_omar, "team": "south"}, SUPERVISOR,
                          CASE)
    with pytest.raises(PermissionDenied, match=r"\(admin\)"):
        check_record_edit(RecordType.CASE, case, {**case, "risk": "low"}, ADMIN, CASE)
    with pytest.raises(WorkflowError, match="case number"):
        check_record_edit(RecordType.CASE, case, {**case, "case_number": "ZZ99-00001"},
                          SUPERVISOR, CASE)


# -- case plans -------------------------------------------------------------------------------

def test_plan_hash_follows_content_not_goal_progress_or_order() -> None:
    plan = {"status": "draft", "summary": "Keep the children safe at home"}
    goals = [(goal_id(1), new_goal("School")), (goal_id(2), new_goal("Clinic"))]
    base = plan_content_hash(plan, goals)
    assert plan_content_hash(plan, reversed(goals)) == base
    progressed = [(goal_id(1), new_goal("School", "achieved")), goals[1]]
    assert plan_content_hash(plan, progressed) == base
    assert plan_content_hash({**plan, "status": "approved"}, goals) == base
    assert plan_content_hash({**plan, "review_date": ""}, goals) == base
    assert plan_content_hash({**plan, "summary": "Keep the children safe"}, goals) != base
    assert plan_content_hash(plan, [goals[0], (goal_id(2), new_goal("Hospital"))]) != base
    assert plan_content_hash(plan, goals[:1]) != base


def test_a_plan_without_goals_cannot_be_submitted() -> None:
    plan = {"status": "draft", "summary": "Support the family"}
    with pytest.raises(WorkflowError, match="at least one goal"):
        submit_plan(PLAN_ID, plan, plan_content_hash(plan, []), 0, WORKER, CASE, NOW)


def test_submitted_plan_approved_by_supervisor_records_who_and_what() -> None:
    goals = {goal_id(1): new_goal()}
    plan, request = submit({"status": "draft", "summary": "Back to school"}, goals, WORKER)
    assert plan["status"] == "submitted" and plan["submitted_by"] == "wanjiru"
    with pytest.raises(WorkflowError, match="already waiting"):
        submit_plan(PLAN_ID, plan, plan["submitted_hash"], 1, WORKER, CASE, NOW)
    approved, _ = decide_plan(plan, goals, request, SUPERVISOR, Decision.APPROVED)
    assert approved["status"] == "approved" and approved["approved_by"] == "amina"
    assert approved["approved_hash"] == plan_content_hash(approved, goals.items())
    with pytest.raises(WorkflowError, match="already been decided"):
        decide(applied(request, {"decision": "approved", "decided_by": "amina",
                                 "decided_at": NOW}),
               Decision.RETURNED, SECOND_SUPERVISOR, CASE, approved["approved_hash"], NOW, "x")


def test_a_supervisor_cannot_approve_their_own_plan() -> None:
    goals = {goal_id(1): new_goal()}
    plan, request = submit({"status": "draft"}, goals, SUPERVISOR)
    with pytest.raises(PermissionDenied, match="own request"):
        decide_plan(plan, goals, request, SUPERVISOR, Decision.APPROVED)
    approved, _ = decide_plan(plan, goals, request, SECOND_SUPERVISOR, Decision.APPROVED)
    assert approved["approved_by"] == "peter"


def test_an_edit_that_sets_a_plan_approved_is_refused() -> None:
    goals = {goal_id(1): new_goal()}
    plan, request = submit({"status": "draft"}, goals, WORKER)
    forged = {**plan, "status": "approved", "approved_by": "amina",
              "approved_hash": plan["submitted_hash"]}
    for approval in (None, request):
        with pytest.raises(WorkflowError):
            check_record_edit(RecordType.CASE_PLAN, plan, forged, SUPERVISOR, CASE,
                              approval=approval)
    with pytest.raises(WorkflowError):
        check_record_edit(RecordType.CASE_PLAN, {"status": "draft"},
                          {"status": "approved"}, SUPERVISOR, CASE)


def test_a_plan_or_case_waits_for_a_decision_only_with_a_request_a_supervisor_sees() -> None:
    goals = {goal_id(1): new_goal()}
    draft = {"status": "draft"}
    submitted = {"status": "submitted", "submitted_by": "wanjiru",
                 "submitted_hash": plan_content_hash(draft, goals.items())}
    with pytest.raises(WorkflowError, match="approval request"):
        check_record_edit(RecordType.CASE_PLAN, draft, submitted, WORKER, CASE)
    active = new_case(status="active")
    with pytest.raises(WorkflowError, match="closure request"):
        check_record_edit(RecordType.CASE, active, {**active, "status": "closure_requested",
                                                    "closure_reason": "Moved"}, WORKER, CASE)


def test_a_plan_changed_after_submission_goes_back_to_draft_and_the_request_is_stale() -> None:
    goals = {goal_id(1): new_goal()}
    plan, request = submit({"status": "draft"}, goals, WORKER)
    plan = edit_goal(plan, goals, goal_id(1), new_goal("Child sees a counsellor weekly"),
                     WORKER)
    assert plan == {"status": "draft"}
    with pytest.raises(WorkflowError, match="The plan changed since it was submitted"):
        decide_plan(plan, goals, request, SUPERVISOR, Decision.APPROVED)


def test_goal_progress_keeps_the_approval_but_a_content_change_undoes_it() -> None:
    goals = {goal_id(1): new_goal()}
    plan, request = submit({"status": "draft"}, goals, WORKER)
    plan, _ = decide_plan(plan, goals, request, SUPERVISOR, Decision.APPROVED)
    plan = edit_goal(plan, goals, goal_id(1), {**goals[goal_id(1)], "status": "in_progress"},
                     WORKER)
    assert plan["status"] == "approved"
    with pytest.raises(WorkflowError, match="back to draft"):
        check_record_edit(RecordType.CASE_PLAN, plan, {**plan, "summary": "New"}, WORKER, CASE)
    plan = edit_goal(plan, goals, goal_id(2), new_goal("Birth certificate obtained"), WORKER)
    assert plan == {"status": "draft"}


def test_a_returned_plan_goes_back_to_draft_with_the_supervisors_comment() -> None:
    goals = {goal_id(1): new_goal()}
    plan, request = submit({"status": "draft"}, goals, WORKER)
    with pytest.raises(WorkflowError, match="Say why"):
        decide_plan(plan, goals, request, SUPERVISOR, Decision.RETURNED)
    plan, decided = decide_plan(plan, goals, request, SUPERVISOR, Decision.RETURNED,
                                "Add who takes the child to the clinic")
    assert plan == {"status": "draft"}
    assert decided["comment"] == "Add who takes the child to the clinic"


def test_a_decision_is_final_and_signed_by_whoever_makes_it() -> None:
    goals = {goal_id(1): new_goal()}
    _, request = submit({"status": "draft"}, goals, WORKER)
    content = request["subject_hash"]
    as_peter = {**request, "decision": "approved", "decided_by": "peter", "decided_at": NOW}
    with pytest.raises(PermissionDenied, match="whoever makes it"):
        check_record_edit(RecordType.APPROVAL, request, as_peter, SUPERVISOR, CASE,
                          current_subject_hash=content)
    decided = {**as_peter, "decided_by": "amina"}
    check_record_edit(RecordType.APPROVAL, request, decided, SUPERVISOR, CASE,
                      current_subject_hash=content)
    with pytest.raises(WorkflowError, match="already been decided"):
        check_record_edit(RecordType.APPROVAL, decided, {**decided, "comment": "Later"},
                          SUPERVISOR, CASE)
    with pytest.raises(WorkflowError, match="cannot be altered"):
        check_record_edit(RecordType.APPROVAL, request, {**request, "subject_hash": "0" * 64},
                          WORKER, CASE)
    with pytest.raises(WorkflowError, match="starts undecided"):
        check_record_edit(RecordType.APPROVAL, None, decided, SUPERVISOR, CASE)


def test_the_server_refuses_consequences_that_do_not_match_their_decision() -> None:
    """Ops arriving by sync are checked on their own: a forged or mismatched decision fails."""
    goals = {goal_id(1): new_goal()}
    plan, request = submit({"status": "draft"}, goals, WORKER)
    approve = {**plan, "status": "approved", "approved_by": "amina",
               "approved_hash": plan["submitted_hash"]}
    decided = {**request, "decision": "approved", "decided_by": "amina", "decided_at": NOW}
    check_record_edit(RecordType.CASE_PLAN, plan, approve, SUPERVISOR, CASE, approval=decided)
    by_herself = {**decided, "requested_by": "amina"}
    with pytest.raises(PermissionDenied):
        check_record_edit(RecordType.CASE_PLAN, plan, approve, SUPERVISOR, CASE,
                          approval=by_herself)
    her_plan = {**plan, "submitted_by": "amina"}
    with pytest.raises(PermissionDenied, match="you submitted"):
        check_record_edit(RecordType.CASE_PLAN, her_plan, {**approve, "submitted_by": "amina"},
                          SUPERVISOR, CASE, approval=decided)
    with pytest.raises(WorkflowError, match="changed since it was submitted"):
        check_record_edit(RecordType.CASE_PLAN, plan, approve, SUPERVISOR, CASE,
                          approval=decided, current_subject_hash="0" * 64)

    waiting = new_case(status="closure_requested", closure_reason="Goals achieved")
    closing = {**waiting, "status": "closed", "closed_on": TODAY}
    closure = {"kind": "closure", "subject_id": CASE_ID,
               "subject_hash": closure_content_hash(waiting), "requested_by": "wanjiru",
               "requested_at": NOW, "decision": "approved", "decided_by": "amina",
               "decided_at": NOW}
    check_record_edit(RecordType.CASE, waiting, closing, SUPERVISOR, CASE, approval=closure)
    other_reason = {**closure, "subject_hash": closure_content_hash(
        {**waiting, "closure_reason": "Family moved away"})}
    with pytest.raises(WorkflowError, match="changed since closure was requested"):
        check_record_edit(RecordType.CASE, waiting, closing, SUPERVISOR, CASE,
                          approval=other_reason)
    with pytest.raises(PermissionDenied, match="who decided"):
        check_record_edit(RecordType.CASE, waiting, closing, SECOND_SUPERVISOR, CASE,
                          approval=closure)
    with pytest.raises(PermissionDenied, match="another supervisor"):
        check_record_edit(RecordType.CASE, waiting, closing, SUPERVISOR, CASE,
                          approval={**closure, "requested_by": "amina"})


# -- referrals --------------------------------------------------------------------------------

def test_a_referral_is_not_sent_without_consent_or_a_reason_to_refer_without_it() -> None:
    draft = new_referral()
    with pytest.raises(WorkflowError) as refused:
        referral_changes(draft, ReferralStatus.SENT, TODAY)
    assert str(refused.value) == NO_CONSENT
    with pytest.raises(WorkflowError, match="consent"):
        referral_changes({**draft, "consent": False, "consent_override_reason": "  "},
                         ReferralStatus.SENT, TODAY)
    with pytest.raises(WorkflowError, match="consent"):
        check_record_edit(RecordType.REFERRAL, None, {**draft, "status": "sent",
                                                      "sent_on": TODAY}, WORKER, CASE)
    sent = referral_changes({**draft, "consent": True}, ReferralStatus.SENT, TODAY)
    assert sent == {"status": "sent", "sent_on": TODAY}
    urgent = referral_changes(draft, ReferralStatus.SENT, TODAY,
                              consent_override_reason="Child in immediate danger")
    assert urgent["consent_override_reason"] == "Child in immediate danger"


@pytest.mark.parametrize("final", [ReferralStatus.DECLINED, ReferralStatus.COMPLETED,
                                   ReferralStatus.CANCELLED])
def test_a_finished_referral_stays_finished(final: ReferralStatus) -> None:
    for target in set(ReferralStatus) - {final}:
        with pytest.raises(WorkflowError, match="final"):
            check_referral_transition(final, target, {"consent": True})


def test_what_was_sent_cannot_change_but_the_outcome_can_be_recorded() -> None:
    sent = new_referral(consent=True, status="sent", sent_on=TODAY)
    with pytest.raises(WorkflowError, match="cancel it and make a new one"):
        check_record_edit(RecordType.REFERRAL, sent, {**sent, "consent": False}, WORKER, CASE)
    accepted = applied(sent, referral_changes(sent, ReferralStatus.ACCEPTED, TODAY,
                                              response="Appointment on Monday"))
    check_record_edit(RecordType.REFERRAL, sent, accepted, WORKER, CASE)
    check_record_edit(RecordType.REFERRAL, accepted, {**accepted, "outcome": "Treated"},
                      WORKER, CASE)


def test_declined_referral_cannot_be_completed_and_a_draft_cannot_be_accepted() -> None:
    with pytest.raises(WorkflowError, match="declined"):
        referral_changes(new_referral(status="declined"), ReferralStatus.COMPLETED, TODAY)
    with pytest.raises(WorkflowError, match="draft referral cannot be accepted"):
        referral_changes(new_referral(consent=True), ReferralStatus.ACCEPTED, TODAY)


# -- other records, deletes -------------------------------------------------------------------

def test_record_types_need_the_matching_permission() -> None:
    visit = {"visit_date": TODAY, "visit_type": "home", "child_seen": True,
             "participants": "The child, the mother"}
    check_record_edit(RecordType.VISIT, None, visit, WORKER, CASE)
    check_record_edit(RecordType.VISIT, None, visit, SUPERVISOR, CASE)
    for actor in (COLLEAGUE, OTHER_TEAM_SUPERVISOR, ADMIN):
        with pytest.raises(PermissionDenied):
            check_record_edit(RecordType.VISIT, None, visit, actor, CASE)
    provider = {"name": "District clinic", "service_types": ["health"]}
    check_record_edit(RecordType.PROVIDER, None, provider, ADMIN, None)
    with pytest.raises(PermissionDenied, match="service directory"):
        check_record_edit(RecordType.PROVIDER, None, provider, SUPERVISOR, None)


def test_conflicts_come_from_sync_and_are_resolved_once_by_casework() -> None:
    conflict = {"record_id": CASE_ID, "record_type": "case", "field": "risk",
                "server_value": "high", "client_value": "medium", "status": "open"}
    with pytest.raises(WorkflowError, match="recorded by sync"):
        check_record_edit(RecordType.CONFLICT, None, conflict, WORKER, CASE)
    resolved = {**conflict, "status": "resolved", "resolution": "high"}
    with pytest.raises(PermissionDenied):
        check_record_edit(RecordType.CONFLICT, conflict, resolved, ADMIN, CASE)
    check_record_edit(RecordType.CONFLICT, conflict, resolved, WORKER, CASE)
    with pytest.raises(WorkflowError, match="already resolved"):
        check_record_edit(RecordType.CONFLICT, resolved, {**resolved, "resolution": "medium"},
                          SUPERVISOR, CASE)


def test_what_the_case_record_must_keep_cannot_be_deleted() -> None:
    for record_type, fields in ((RecordType.CASE, new_case()),
                                (RecordType.APPROVAL, {"decision": "pending"}),
                                (RecordType.REFERRAL, new_referral(status="sent")),
                                (RecordType.CASE_PLAN, {"status": "approved"})):
        with pytest.raises(WorkflowError):
            check_record_delete(record_type, fields, SUPERVISOR, CASE)
    check_record_delete(RecordType.REFERRAL, new_referral(), WORKER, CASE)
    check_record_delete(RecordType.NOTE, {"text": "typo"}, WORKER, CASE)
    with pytest.raises(PermissionDenied):
        check_record_delete(RecordType.NOTE, {"text": "typo"}, COLLEAGUE, CASE)
    with pytest.raises(WorkflowError, match="reopen"):
        check_record_delete(RecordType.NOTE, {"text": "typo"}, WORKER, CASE,
                            case_status=CaseStatus.CLOSED)


# -- state machines: any sequence of attempts by anyone ---------------------------------------

actors = st.sampled_from(EVERYONE)
# Deciding is tried by everyone, but by the case's supervisors half of the time.
deciders = st.one_of(st.sampled_from([SUPERVISOR, SECOND_SUPERVISOR]), actors)
reasons = st.sampled_from(["No protection concern found", "Goals achieved", "Family moved away",
                           "", "  "])
comments = st.sampled_from([None, "", "Visit the school first", "Confirm consent"])
decisions = st.sampled_from([Decision.APPROVED, Decision.RETURNED])
STATEFUL = settings(max_examples=150, stateful_step_count=40, deadline=None)


def attempt(expected: bool, operation: Any) -> Any:
    """Run an operation that should succeed exactly when `expected`; refusals are DomainErrors."""
    if expected:
        return operation()
    with pytest.raises(REFUSED):
        operation()
    return None


class CaseLifecycle(RuleBasedStateMachine):
    """Case statuses and closure requests, tried by every role, in any order."""

    def __init__(self) -> None:
        super().__init__()
        self.case = new_case()
        self.requests: list[dict[str, Any]] = []
        self.closed_by: dict[str, Any] | None = None

    @rule(actor=actors, to=st.sampled_from(list(CaseStatus)))
    def set_status_by_plain_edit(self, actor: Actor, to: CaseStatus) -> None:
        target = to
        current = CaseStatus(self.case["status"])
        if target is current:
            return
        after = applied(self.case, {"status": target.value})
        if target is CaseStatus.CLOSED:
            after["closed_on"] = TODAY
            with pytest.raises(WorkflowError, match="request closure"):
                check_record_edit(RecordType.CASE, self.case, after, actor, CASE,
                                  approval=self.requests[-1] if self.requests else None)
            return
        # Starting work, or withdrawing a closure request; requesting needs a request.
        moves = {(CaseStatus.OPEN, CaseStatus.ACTIVE),
                 (CaseStatus.CLOSURE_REQUESTED, CaseStatus.ACTIVE)}
        expected = (current, target) in moves and actor.user in CASEWORKERS_OF_CASE
        attempt(expected, lambda: check_record_edit(RecordType.CASE, self.case, after, actor,
                                                    CASE))
        if expected:
            self.case = after

    @rule(actor=actors, reason=reasons)
    def request_closure(self, actor: Actor, reason: str) -> None:
        expected = (self.case["status"] in ("open", "active")
                    and actor.user in CASEWORKERS_OF_CASE and bool(reason.strip()))
        result = attempt(expected, lambda: ask_closure(self.case, actor, reason))
        if expected:
            self.case, request = result
            self.requests.append(request)

    @precondition(lambda self: bool(self.requests))
    @rule(actor=deciders, data=st.data(), decision=decisions, comment=comments)
    def decide_a_request(self, actor: Actor, data: st.DataObject, decision: Decision,
                         comment: str | None) -> None:
        request = data.draw(st.one_of(st.just(self.requests[-1]),
                                      st.sampled_from(self.requests)))
        # A superseded request (withdrawn, then asked again) can be sent back, not carried out.
        expected = (request["decision"] == "pending"
                    and actor.user in DECIDERS_OF_CASE and actor.user != request["requested_by"]
                    and request["subject_hash"] == closure_content_hash(self.case)
                    and (request is self.requests[-1] if decision is Decision.APPROVED
                         else bool(comment and comment.strip())))
        before = self.case
        result = attempt(expected, lambda: decide_closure(self.case, request, actor, decision,
                                                          comment, latest=self.requests[-1]))
        if expected:
            self.case, decided = result
            self.requests[self.requests.index(request)] = decided
            if decision is Decision.APPROVED:
                self.closed_by = {**decided, "hash_before": closure_content_hash(before)}

    @rule(actor=actors, reason=reasons)
    def change_closure_reason(self, actor: Actor, reason: str) -> None:
        if reason == self.case.get("closure_reason"):
            return
        after = {**self.case, "closure_reason": reason}
        expected = (self.case["status"] in ("open", "active")
                    and actor.user in CASEWORKERS_OF_CASE)
        attempt(expected, lambda: check_record_edit(RecordType.CASE, self.case, after, actor,
                                                    CASE))
        if expected:
            self.case = after

    @precondition(lambda self: self.case["status"] == "closed")
    @rule(actor=deciders)
    def reopen(self, actor: Actor) -> None:
        expected = self.case["status"] == "closed" and actor.user in DECIDERS_OF_CASE

        def reopen_and_check() -> dict[str, Any]:
            after = applied(self.case, reopen_case(self.case, actor, CASE))
            check_record_edit(RecordType.CASE, self.case, after, actor, CASE)
            return after

        result = attempt(expected, reopen_and_check)
        if expected:
            self.case, self.closed_by = result, None

    @invariant()
    def closed_only_by_another_supervisors_approval_of_what_they_saw(self) -> None:
        validate_fields(RecordType.CASE, self.case)
        if self.case["status"] != "closed":
            assert self.closed_by is None and "closed_on" not in self.case
            return
        assert self.case["closed_on"] == TODAY
        approval = self.closed_by
        assert approval is not None and approval["decision"] == "approved"
        assert approval["decided_by"] in DECIDERS_OF_CASE
        assert approval["decided_by"] != approval["requested_by"]
        assert approval["subject_hash"] == approval["hash_before"]

    @invariant()
    def a_case_waiting_for_closure_has_a_matching_pending_request(self) -> None:
        if self.case["status"] == "closure_requested":
            latest = self.requests[-1]
            assert latest["decision"] == "pending"
            assert latest["subject_hash"] == closure_content_hash(self.case)

    @invariant()
    def every_decision_is_by_another_supervisor_and_a_return_says_why(self) -> None:
        for request in self.requests:
            validate_fields(RecordType.APPROVAL, request)
            if request["decision"] != "pending":
                assert request["decided_by"] in DECIDERS_OF_CASE
                assert request["decided_by"] != request["requested_by"]
            if request["decision"] == "returned":
                assert request["comment"].strip()


class PlanCycle(RuleBasedStateMachine):
    """A case plan drafted, submitted, approved, returned and edited by anyone, in any order."""

    def __init__(self) -> None:
        super().__init__()
        self.plan: dict[str, Any] = {"status": "draft"}
        self.goals: dict[str, dict[str, Any]] = {}
        self.requests: list[dict[str, Any]] = []

    def content(self) -> str:
        return plan_content_hash(self.plan, self.goals.items())

    @precondition(lambda self: len(self.goals) < 3)
    @rule(actor=actors, text=st.sampled_from(["School every day", "Clinic visit", "Safe bed"]))
    def add_goal(self, actor: Actor, text: str) -> None:
        gid = goal_id(len(self.goals) + 1)
        goals = dict(self.goals)
        expected = actor.user in CASEWORKERS_OF_CASE
        plan = attempt(expected, lambda: edit_goal(self.plan, goals, gid, new_goal(text), actor))
        if expected:
            assert plan["status"] == "draft"
            self.plan, self.goals = plan, goals

    @rule(actor=actors, data=st.data(),
          text=st.sampled_from(["School every day", "Clinic visit", "Counselling", ""]))
    def change_content(self, actor: Actor, data: st.DataObject, text: str) -> None:
        """Reword a goal or the plan summary; what was submitted or approved goes to draft."""
        goals = dict(self.goals)
        if len(goals) > 0 and data.draw(st.booleans()):
            gid = data.draw(st.sampled_from(sorted(goals)))
            reworded = goals[gid]["goal"] != (text or "Counselling")
            plan = attempt(actor.user in CASEWORKERS_OF_CASE, lambda: edit_goal(
                self.plan, goals, gid, {**goals[gid], "goal": text or "Counselling"}, actor))
        else:
            reworded = (self.plan.get("summary") or "") != text
            edited = {**self.plan, "summary": text}
            plan = applied(edited, plan_changes_after_edit(
                self.plan, plan_content_hash(edited, goals.items())))
            attempt(actor.user in CASEWORKERS_OF_CASE, lambda: check_record_edit(
                RecordType.CASE_PLAN, self.plan, plan, actor, CASE))
        if actor.user in CASEWORKERS_OF_CASE:
            assert plan["status"] == ("draft" if reworded else self.plan["status"])
            self.plan, self.goals = plan, goals

    @precondition(lambda self: bool(self.goals))
    @rule(data=st.data(), status=st.sampled_from(["in_progress", "achieved", "dropped"]))
    def record_goal_progress(self, data: st.DataObject, status: str) -> None:
        gid = data.draw(st.sampled_from(sorted(self.goals)))
        before = self.plan
        self.plan = edit_goal(self.plan, self.goals, gid, {**self.goals[gid], "status": status},
                              WORKER)
        assert self.plan == before

    @rule(actor=actors)
    def submit(self, actor: Actor) -> None:
        expected = (self.plan["status"] == "draft" and bool(self.goals)
                    and actor.user in CASEWORKERS_OF_CASE)
        result = attempt(expected, lambda: submit(self.plan, self.goals, actor))
        if expected:
            self.plan, request = result
            self.requests.append(request)

    @precondition(lambda self: bool(self.requests))
    @rule(actor=deciders, data=st.data(), decision=decisions, comment=comments)
    def decide_a_request(self, actor: Actor, data: st.DataObject, decision: Decision,
                         comment: str | None) -> None:
        request = data.draw(st.one_of(st.just(self.requests[-1]),
                                      st.sampled_from(self.requests)))
        expected = (request["decision"] == "pending" and self.plan["status"] == "submitted"
                    and actor.user in DECIDERS_OF_CASE and actor.user != request["requested_by"]
                    and request["subject_hash"] == self.content()
                    and (request is self.requests[-1] if decision is Decision.APPROVED
                         else bool(comment and comment.strip())))
        result = attempt(expected, lambda: decide_plan(self.plan, self.goals, request, actor,
                                                       decision, comment,
                                                       latest=self.requests[-1]))
        if expected:
            self.plan, decided = result
            self.requests[self.requests.index(request)] = decided

    @rule(actor=actors)
    def approve_by_plain_edit(self, actor: Actor) -> None:
        after = {**self.plan, "status": "approved", "approved_by": actor.user,
                 "approved_hash": self.content()}
        if after == self.plan:
            return
        with pytest.raises(REFUSED):
            check_record_edit(RecordType.CASE_PLAN, self.plan, after, actor, CASE,
                              approval=self.requests[-1] if self.requests else None,
                              current_subject_hash=self.content())

    @invariant()
    def approved_only_as_it_is_now_by_a_supervisor_who_did_not_submit_it(self) -> None:
        validate_fields(RecordType.CASE_PLAN, self.plan)
        status = self.plan["status"]
        if status == "approved":
            assert self.plan["approved_hash"] == self.content()
            assert self.plan["approved_by"] in DECIDERS_OF_CASE
            assert self.plan["approved_by"] != self.plan["submitted_by"]
            assert any(r["decision"] == "approved" and r["decided_by"] == self.plan["approved_by"]
                       and r["subject_hash"] == self.content() for r in self.requests)
        elif status == "submitted":
            assert self.plan["submitted_hash"] == self.content()
            assert self.requests[-1]["decision"] == "pending"
            assert self.requests[-1]["requested_by"] == self.plan["submitted_by"]
        else:
            assert not {"submitted_by", "submitted_hash", "approved_by",
                        "approved_hash"} & set(self.plan)


FINAL = {"declined", "completed", "cancelled"}


class ReferralLife(RuleBasedStateMachine):
    """A referral moved and edited by anyone, consent given or not, in any order."""

    def __init__(self) -> None:
        super().__init__()
        self.referral = new_referral()
        self.final: str | None = None

    @initialize(consent=st.sampled_from([None, False, True]))
    def start(self, consent: bool | None) -> None:
        self.referral = applied(self.referral, {"consent": consent})

    def consented(self) -> bool:
        return (self.referral.get("consent") is True
                or bool(self.referral.get("consent_override_reason", "").strip()))

    @rule(actor=actors, data=st.data())
    def edit_consent(self, actor: Actor, data: st.DataObject) -> None:
        field, value = data.draw(st.one_of(
            st.tuples(st.just("consent"), st.sampled_from([None, True, False])),
            st.tuples(st.just("consent_override_reason"),
                      st.sampled_from([None, "", "Child in immediate danger"]))))
        after = applied(self.referral, {field: value})
        if after == self.referral:
            return
        expected = self.referral["status"] == "draft" and actor.user in CASEWORKERS_OF_CASE
        attempt(expected, lambda: check_record_edit(RecordType.REFERRAL, self.referral, after,
                                                    actor, CASE))
        if expected:
            self.referral = after

    @rule(actor=st.one_of(st.just(WORKER), actors), data=st.data())
    def move(self, actor: Actor, data: st.DataObject) -> None:
        current = self.referral["status"]
        moves = {"draft": {"sent", "cancelled"}, "sent": {"accepted", "declined", "cancelled"},
                 "accepted": {"completed", "cancelled"}}
        anything = st.sampled_from(list(ReferralStatus))
        # Half of the moves go onward (cancelling aside), to reach every status often.
        onward = [ReferralStatus(v) for v in sorted(moves.get(current, set()) - {"cancelled"})]
        target = data.draw(st.one_of(anything, st.sampled_from(onward)) if onward else anything)
        if target == current:
            return
        expected = (target.value in moves.get(current, set())
                    and (target is not ReferralStatus.SENT or self.consented())
                    and actor.user in CASEWORKERS_OF_CASE)

        def move_and_check() -> dict[str, Any]:
            after = applied(self.referral, referral_changes(self.referral, target, TODAY))
            check_record_edit(RecordType.REFERRAL, self.referral, after, actor, CASE)
            return after

        result = attempt(expected, move_and_check)
        if expected:
            self.referral = result

    @rule(text=st.sampled_from(["Seen by the nurse", "No places left", ""]))
    def record_outcome(self, text: str) -> None:
        after = {**self.referral, "outcome": text}
        check_record_edit(RecordType.REFERRAL, self.referral, after, WORKER, CASE)
        self.referral = after

    @invariant()
    def never_sent_without_consent_or_a_reason(self) -> None:
        validate_fields(RecordType.REFERRAL, self.referral)
        if self.referral["status"] in ("sent", "accepted", "declined", "completed"):
            assert self.referral["sent_on"] == TODAY
        if "sent_on" in self.referral:
            assert self.consented()

    @invariant()
    def finished_stays_finished(self) -> None:
        if self.final is not None:
            assert self.referral["status"] == self.final
        elif self.referral["status"] in FINAL:
            self.final = self.referral["status"]


TestCaseLifecycle = STATEFUL(CaseLifecycle).TestCase
TestPlanCycle = STATEFUL(PlanCycle).TestCase
TestReferralLife = STATEFUL(ReferralLife).TestCase


def test_dates_of_what_has_happened_cannot_be_in_the_future():
    from datetime import date

    from casemgr.domain.errors import ValidationError
    from casemgr.domain.workflow import check_not_in_the_future

    today = date(2026, 11, 18)
    check_not_in_the_future(RecordType.VISIT, None, {"visit_date": "2026-11-18"}, today)
    with pytest.raises(ValidationError) as refused:
        check_not_in_the_future(RecordType.VISIT, None, {"visit_date": "2026-11-19"}, today)
    assert refused.value.errors == {"visit_date": "A visit cannot be recorded in the future."}
    with pytest.raises(ValidationError):
        check_not_in_the_future(RecordType.PERSON, {"date_of_birth": "2010-01-01"},
                                {"date_of_birth": "2027-01-01"}, today)
    # A date stored before (a device whose clock ran ahead) does not block other edits.
    check_not_in_the_future(RecordType.CASE, {"opened_on": "2026-12-01"},
                            {"opened_on": "2026-12-01", "risk": "high"}, today)


# -- corrections by their author -----------------------------------------------------------------

VISIT = {"visit_date": "2024-05-01", "visit_type": "home", "participants": "Mother",
         "observations": "Child at school."}
TASK = {"title": "Call the school", "kind": "follow_up", "due_date": "2024-05-09",
        "status": "open", "assigned_to": "wanjiru"}
REASSIGNED = CaseAccess("omar", "north")
ASSESSMENT = {"form_id": "initial_screening", "form_version": 1, "answers": {"q1": "yes"},
              "score": 3, "suggested_risk": "medium"}


@pytest.mark.parametrize("record_type, old, change", [
    (RecordType.VISIT, VISIT, {"observations": "Child at home, unwell."}),
    (RecordType.ASSESSMENT, ASSESSMENT, {"answers": {"q1": "no"}, "score": 0}),
    (RecordType.REFERRAL, new_referral(), {"reason": "Asthma and an eye test"}),
    (RecordType.TASK, TASK, {"title": "Call the head teacher"}),
])
def test_what_a_saved_record_says_is_corrected_by_its_author_only(record_type, old, change):
    """The client and the server run this check on every update (`author`: who created it)."""
    new = applied(old, change)
    check_record_edit(record_type, old, new, WORKER, CASE, author="wanjiru")
    # Neither the team's supervisor nor omar, once the case is given to him, may.
    for someone_else, case in ((SUPERVISOR, CASE), (COLLEAGUE, REASSIGNED)):
        with pytest.raises(PermissionDenied) as refused:
            check_record_edit(record_type, old, new, someone_else, case, author="wanjiru")
        what = record_type.value
        assert str(refused.value) == f"Only its author, wanjiru, can correct this {what}."
    # A caller that does not say who the author is (an older check) is not held to it.
    check_record_edit(record_type, old, new, COLLEAGUE, REASSIGNED)


def test_the_workflow_still_moves_records_others_wrote():
    """A colleague or supervisor marks a task done, brings it forward with the risk, moves it
    with the case, and sends a draft referral: none of that corrects what its author wrote."""
    for changes in ({"status": "done", "completed_on": "2024-05-02"},
                    {"due_date": "2024-05-03"}, {"assigned_to": "omar"}):
        check_record_edit(RecordType.TASK, TASK, applied(TASK, changes), SUPERVISOR, CASE,
                          author="wanjiru")
    draft = new_referral(consent=True)
    sent = applied(draft, referral_changes(draft, ReferralStatus.SENT, TODAY))
    check_record_edit(RecordType.REFERRAL, draft, sent, COLLEAGUE, REASSIGNED,
                      author="wanjiru")
    # ...but what a task is stays its author's.
    with pytest.raises(PermissionDenied):
        check_record_edit(RecordType.TASK, TASK, applied(TASK, {"kind": "review"}), SUPERVISOR,
                          CASE, author="wanjiru")


def test_what_can_be_corrected_and_why_not():
    from casemgr.domain.workflow import check_correction, correction_blocker

    assert correction_blocker(RecordType.VISIT, VISIT, "wanjiru", WORKER) is None
    assert correction_blocker(RecordType.VISIT, VISIT, "wanjiru", COLLEAGUE) == \
        "Only its author, wanjiru, can correct this visit."
    assert correction_blocker(RecordType.REFERRAL, new_referral(), "wanjiru", WORKER) is None
    assert correction_blocker(RecordType.REFERRAL, new_referral(status="sent"), "wanjiru",
                              WORKER) == ("A sent referral cannot be corrected; cancel it and "
                                          "make a new one.")
    assert correction_blocker(RecordType.TASK, {**TASK, "status": "done"}, "wanjiru",
                              WORKER) == "Only an open task can be corrected."
    with pytest.raises(PermissionDenied):
        check_correction(RecordType.TASK, TASK, "wanjiru", COLLEAGUE)
    with pytest.raises(WorkflowError):
        check_correction(RecordType.NOTE, {"text": "x"}, "wanjiru", WORKER)


def test_a_correction_sets_what_its_dialog_shows_and_clears_what_it_left_out():
    from casemgr.domain.errors import ValidationError
    from casemgr.domain.workflow import correction_changes

    corrected = {"visit_date": "2024-05-01", "visit_type": "phone",
                 "observations": "Child at school."}
    assert correction_changes(RecordType.VISIT, VISIT, corrected) == {
        "participants": None, "visit_type": "phone"}
    # The dialog's unticked "Child seen" on a visit that never said: no change.
    assert correction_changes(RecordType.VISIT, VISIT, {
        **VISIT, "child_seen": False, "safety_concern": True}) == {"safety_concern": True}
    with pytest.raises(ValidationError) as refused:
        correction_changes(RecordType.REFERRAL, new_referral(), {"status": "sent"})
    assert refused.value.errors == {"status": "cannot be changed by a correction"}


def test_a_changed_risk_level_needs_a_reason():
    from casemgr.domain.errors import ValidationError
    from casemgr.domain.records import RiskLevel
    from casemgr.domain.workflow import risk_change

    case = new_case(risk="high")
    assert risk_change(case, RiskLevel.MEDIUM, " Father moved out. ") == {
        "risk": "medium", "risk_reason": "Father moved out."}
    with pytest.raises(ValidationError) as refused:
        risk_change(case, RiskLevel.MEDIUM, "  ")
    assert refused.value.errors == {"risk_reason": "Say why the risk level changes."}
    with pytest.raises(ValidationError) as same:
        risk_change(case, RiskLevel.HIGH, "Still high")
    assert set(same.value.errors) == {"risk"}
    # The reason is a case field: it syncs with the case like any other.
    check_record_edit(RecordType.CASE, case, applied(case, risk_change(
        case, RiskLevel.CRITICAL, "Disclosure at school")), WORKER, CASE)
