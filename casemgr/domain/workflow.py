"""The casework workflow: case lifecycle, plan and closure approvals, referrals.

Pure functions on field dicts, run by the client before it writes and by the server when a
change arrives (DESIGN.md 3). "Changes" are dicts of field -> new value; None clears a field.
A request or decision is written before the status change it causes (the approval, then the
plan or case), so that the server, validating op by op, finds the approval when the status
change arrives. Compute every change of an operation before writing any of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Final, TypeVar

from casemgr.domain.errors import PermissionDenied, ValidationError, WorkflowError
from casemgr.domain.labels import choice_label
from casemgr.domain.permissions import (
    Action,
    Actor,
    CaseAccess,
    WorkerAccess,
    in_scope,
    require,
    require_supervisor_of,
)
from casemgr.domain.records import (
    FIELDS,
    ApprovalKind,
    CaseStatus,
    Decision,
    Kind,
    PlanStatus,
    RecordType,
    ReferralStatus,
    RiskLevel,
    TaskStatus,
    content_hash,
    validate_fields,
    worker_of,
)
from casemgr.domain.text import Text, msg

Fields = Mapping[str, Any]
_E = TypeVar("_E", bound=StrEnum)


def _word(vocabulary: str, code: str) -> Text:
    """The caseworker's word for a code, kept translatable (the catalogue lists the labels)."""
    return msg(choice_label(vocabulary, code))


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _status(enum: type[_E], fields: Fields, name: str = "status") -> _E:
    value = fields.get(name)
    try:
        return enum(value if isinstance(value, str) else "")
    except ValueError:
        choices = ", ".join(e.value for e in enum)
        raise ValidationError({name: msg("must be one of: {choices}", choices=choices)}) from None


def _changed(old: Fields, new: Fields) -> set[str]:
    return {k for k in old.keys() | new.keys() if old.get(k) != new.get(k)}


# -- case lifecycle ----------------------------------------------------------------------------

CASE_TRANSITIONS: Final[Mapping[CaseStatus, frozenset[CaseStatus]]] = MappingProxyType({
    CaseStatus.OPEN: frozenset({CaseStatus.ACTIVE, CaseStatus.CLOSURE_REQUESTED}),
    CaseStatus.ACTIVE: frozenset({CaseStatus.CLOSURE_REQUESTED}),
    CaseStatus.CLOSURE_REQUESTED: frozenset({CaseStatus.ACTIVE, CaseStatus.CLOSED}),
    CaseStatus.CLOSED: frozenset({CaseStatus.ACTIVE}),
})

# What each status change the lifecycle refuses is told (closing has its own message).
_CASE_REFUSED = {
    (CaseStatus.ACTIVE, CaseStatus.OPEN): msg("An active case cannot go back to open."),
    (CaseStatus.CLOSURE_REQUESTED, CaseStatus.OPEN):
        msg("A case waiting for closure approval cannot go back to open."),
    (CaseStatus.CLOSED, CaseStatus.OPEN): msg("A closed case cannot go back to open."),
    (CaseStatus.CLOSED, CaseStatus.CLOSURE_REQUESTED):
        msg("A closed case cannot have its closure requested."),
}

CLOSE_BY_REQUEST = msg("A case cannot be closed directly: request closure, and the case closes "
                       "when a supervisor approves the request.")
CASE_IS_CLOSED = msg("This case is closed. A supervisor must reopen it before anything in it "
                     "can be added or changed.")


def check_case_transition(current: CaseStatus, target: CaseStatus, actor: Actor,
                          case: CaseAccess, *, approval: Fields | None = None) -> None:
    """Refuse a case status change the lifecycle or the actor's role does not allow.

    Closing carries out `approval`, the closure request the acting supervisor approved.
    """
    if current is target:
        return
    if target is CaseStatus.CLOSED and (current is not CaseStatus.CLOSURE_REQUESTED
                                        or approval is None):
        raise WorkflowError(CLOSE_BY_REQUEST)
    if target not in CASE_TRANSITIONS[current]:
        raise WorkflowError(_CASE_REFUSED.get((current, target)) or msg(
            "A case cannot go from {current} to {target}.",
            current=_word("case_status", current), target=_word("case_status", target)))
    if target is CaseStatus.CLOSED:
        _carried_out(approval, ApprovalKind.CLOSURE, Decision.APPROVED, actor)
        require(actor, Action.DECIDE_CLOSURE, case)
        return
    action = {
        CaseStatus.ACTIVE: Action.REOPEN_CASE if current is CaseStatus.CLOSED
        # Sent back by a supervisor's decision, or withdrawn by whoever may request closure.
        else Action.REQUEST_CLOSURE if current is CaseStatus.CLOSURE_REQUESTED
        else Action.EDIT_CASE,
        CaseStatus.CLOSURE_REQUESTED: Action.REQUEST_CLOSURE,
    }[target]
    require(actor, action, case)


def closure_content_hash(case_fields: Fields) -> str:
    """What a closure approval binds to: the reason given and the case status it saw."""
    return content_hash({"closure_reason": _text_or_none(case_fields.get("closure_reason")),
                         "status": case_fields.get("status")})


def request_closure(case_id: str, case_fields: Fields, actor: Actor, case: CaseAccess,
                    closure_reason: str, now_iso: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Ask a supervisor to close the case: the case changes and the new pending approval."""
    current = _status(CaseStatus, case_fields)
    if current is CaseStatus.CLOSURE_REQUESTED:
        raise WorkflowError(msg("Closure has already been requested for this case."))
    check_case_transition(current, CaseStatus.CLOSURE_REQUESTED, actor, case)
    if _blank(closure_reason):
        raise WorkflowError(msg("Give the reason for closing the case."))
    changes: dict[str, Any] = {"status": CaseStatus.CLOSURE_REQUESTED.value,
                               "closure_reason": closure_reason}
    subject_hash = closure_content_hash({**case_fields, **changes})
    return changes, _new_request(ApprovalKind.CLOSURE, case_id, subject_hash, actor, now_iso)


def case_changes_after_closure_decision(case_fields: Fields, approval_fields: Fields,
                                        today_iso: str) -> dict[str, Any]:
    """What a decided closure request does to the case: closed when approved, else active."""
    decision = _status(Decision, approval_fields, "decision")
    if decision is Decision.PENDING:
        raise WorkflowError(msg("This closure request has not been decided yet."))
    if (_status(CaseStatus, case_fields) is not CaseStatus.CLOSURE_REQUESTED
            or closure_content_hash(case_fields) != approval_fields.get("subject_hash")):
        raise WorkflowError(_STALE[ApprovalKind.CLOSURE])
    if decision is Decision.APPROVED:
        return {"status": CaseStatus.CLOSED.value, "closed_on": today_iso}
    return {"status": CaseStatus.ACTIVE.value}


def reopen_case(case_fields: Fields, actor: Actor, case: CaseAccess) -> dict[str, Any]:
    """A supervisor reopens a closed case: active again, without its closing date and reason."""
    current = _status(CaseStatus, case_fields)
    if current is not CaseStatus.CLOSED:
        raise WorkflowError(msg("Only a closed case can be reopened."))
    check_case_transition(current, CaseStatus.ACTIVE, actor, case)
    return {"status": CaseStatus.ACTIVE.value, "closed_on": None, "closure_reason": None}


# -- approvals -----------------------------------------------------------------------------------

PLAN_CONTENT_FIELDS: Final = ("summary", "review_date")
GOAL_CONTENT_FIELDS: Final = ("goal", "actions", "responsible", "due_date")
_PLAN_BINDING = ("submitted_by", "submitted_hash", "approved_by", "approved_hash")
_DECISION_FIELDS = ("decided_by", "decided_at", "comment")
_REQUEST_FIELDS = ("kind", "subject_id", "subject_hash", "requested_by", "requested_at")

_DECIDE = {ApprovalKind.CASE_PLAN: Action.DECIDE_PLAN, ApprovalKind.CLOSURE: Action.DECIDE_CLOSURE}
_ASK = {ApprovalKind.CASE_PLAN: Action.SUBMIT_PLAN, ApprovalKind.CLOSURE: Action.REQUEST_CLOSURE}
_STALE = {
    ApprovalKind.CASE_PLAN: msg("The plan changed since it was submitted, so this request no "
                                "longer matches it; the plan must be submitted again."),
    ApprovalKind.CLOSURE: msg("The case changed since closure was requested, so this request no "
                              "longer matches it; closure must be requested again."),
}


def _text_or_none(value: Any) -> Any:
    # A field cleared in the form ("") and one never filled (None) are the same content.
    return None if value == "" else value


def plan_content_hash(plan_fields: Fields, goals: Iterable[tuple[str, Fields]]) -> str:
    """What a plan approval binds to: the plan's and its goals' content, not goal progress."""
    return content_hash({
        "plan": {k: _text_or_none(plan_fields.get(k)) for k in PLAN_CONTENT_FIELDS},
        "goals": [[goal_id, {k: _text_or_none(g.get(k)) for k in GOAL_CONTENT_FIELDS}]
                  for goal_id, g in sorted(goals, key=lambda item: item[0])],
    })


def _new_request(kind: ApprovalKind, subject_id: str, subject_hash: str, actor: Actor,
                 now_iso: str) -> dict[str, Any]:
    return {"kind": kind.value, "subject_id": subject_id, "subject_hash": subject_hash,
            "requested_by": actor.user, "requested_at": now_iso,
            "decision": Decision.PENDING.value}


def submit_plan(plan_id: str, plan_fields: Fields, content_hash: str, goal_count: int,
                actor: Actor, case: CaseAccess, now_iso: str
                ) -> tuple[dict[str, Any], dict[str, Any]]:
    """Send a draft plan for approval: the plan changes and the new pending approval."""
    require(actor, Action.SUBMIT_PLAN, case)
    status = _status(PlanStatus, plan_fields)
    if status is PlanStatus.SUBMITTED:
        raise WorkflowError(msg("This plan is already waiting for a supervisor's decision."))
    if status is PlanStatus.APPROVED:
        raise WorkflowError(msg("This plan is already approved; change it to submit a new "
                                "version."))
    if goal_count < 1:
        raise WorkflowError(msg("Add at least one goal before submitting the plan."))
    changes: dict[str, Any] = {"status": PlanStatus.SUBMITTED.value, "submitted_by": actor.user,
                               "submitted_hash": content_hash}
    return changes, _new_request(ApprovalKind.CASE_PLAN, plan_id, content_hash, actor, now_iso)


def _check_decision(approval: Fields, decision: Decision, actor: Actor, case: CaseAccess,
                    current_subject_hash: str | None, comment: str | None) -> None:
    kind = _status(ApprovalKind, approval, "kind")
    require(actor, _DECIDE[kind], case)
    if _status(Decision, approval, "decision") is not Decision.PENDING:
        raise WorkflowError(msg("This request has already been decided."))
    if decision is Decision.PENDING:
        raise WorkflowError(msg("A decision approves the request or sends it back."))
    if approval.get("requested_by") == actor.user:
        raise PermissionDenied(msg("You cannot decide on your own request; another "
                                   "supervisor must."))
    if current_subject_hash is not None and current_subject_hash != approval.get("subject_hash"):
        raise WorkflowError(_STALE[kind])
    if decision is Decision.RETURNED and _blank(comment):
        raise WorkflowError(msg("Say why you are sending it back, so the caseworker knows what "
                                "to change."))


def decide(approval_fields: Fields, decision: Decision, actor: Actor, case: CaseAccess,
           current_subject_hash: str, now_iso: str, comment: str | None = None
           ) -> dict[str, Any]:
    """A supervisor approves or sends back a pending request: the approval's changes."""
    _check_decision(approval_fields, decision, actor, case, current_subject_hash, comment)
    return {"decision": decision.value, "decided_by": actor.user, "decided_at": now_iso,
            "comment": None if _blank(comment) else comment}


def plan_changes_after_decision(plan_fields: Fields, approval_fields: Fields) -> dict[str, Any]:
    """What a decided plan approval does to the plan: approved, or back to draft."""
    decision = _status(Decision, approval_fields, "decision")
    if decision is Decision.PENDING:
        raise WorkflowError(msg("This plan has not been decided yet."))
    if (_status(PlanStatus, plan_fields) is not PlanStatus.SUBMITTED
            or plan_fields.get("submitted_hash") != approval_fields.get("subject_hash")):
        raise WorkflowError(_STALE[ApprovalKind.CASE_PLAN])
    if decision is Decision.APPROVED:
        return {"status": PlanStatus.APPROVED.value,
                "approved_by": approval_fields.get("decided_by"),
                "approved_hash": approval_fields.get("subject_hash")}
    return {"status": PlanStatus.DRAFT.value, "submitted_by": None, "submitted_hash": None}


def plan_changes_after_edit(plan_fields: Fields, new_content_hash: str) -> dict[str, Any]:
    """An edit to a submitted or approved plan (or its goals) that changes it puts it back to draft.

    Call after every change of the plan or its goals, including ones received by sync.
    """
    status = _status(PlanStatus, plan_fields)
    bound = {PlanStatus.DRAFT: None, PlanStatus.SUBMITTED: plan_fields.get("submitted_hash"),
             PlanStatus.APPROVED: plan_fields.get("approved_hash")}[status]
    if status is PlanStatus.DRAFT or bound == new_content_hash:
        return {}
    changes: dict[str, Any] = {"status": PlanStatus.DRAFT.value}
    changes.update({k: None for k in _PLAN_BINDING if plan_fields.get(k) is not None})
    return changes


def _carried_out(approval: Fields | None, kind: ApprovalKind, decision: Decision,
                 actor: Actor) -> Fields:
    """The approval a status change carries out: the actor's own request, or own decision."""
    if (approval is None or approval.get("kind") != kind.value
            or approval.get("decision") != decision.value):
        raise WorkflowError(_NEEDS_APPROVAL[kind, decision])
    if decision is Decision.PENDING:
        if approval.get("requested_by") != actor.user:
            raise PermissionDenied(msg("A request is made under the name of whoever makes it."))
        return approval
    if approval.get("decided_by") != actor.user:
        raise PermissionDenied(msg("Only the supervisor who decided the request can carry it out."))
    if approval.get("decided_by") == approval.get("requested_by"):
        raise PermissionDenied(msg("A request decided by the person who made it does not count; "
                                   "another supervisor must decide it."))
    return approval


_NEEDS_APPROVAL = {
    (ApprovalKind.CLOSURE, Decision.PENDING):
        msg("Request closure with a closure request, so that a supervisor sees it and decides."),
    (ApprovalKind.CLOSURE, Decision.APPROVED): CLOSE_BY_REQUEST,
    (ApprovalKind.CASE_PLAN, Decision.PENDING):
        msg("Submit the plan with an approval request, so that a supervisor sees it and decides."),
    (ApprovalKind.CASE_PLAN, Decision.APPROVED):
        msg("A plan is approved only by a supervisor's decision on its approval request."),
}


# -- referrals -----------------------------------------------------------------------------------

REFERRAL_TRANSITIONS: Final[Mapping[ReferralStatus, frozenset[ReferralStatus]]] = \
    MappingProxyType({
        ReferralStatus.DRAFT: frozenset({ReferralStatus.SENT, ReferralStatus.CANCELLED}),
        ReferralStatus.SENT: frozenset({ReferralStatus.ACCEPTED, ReferralStatus.DECLINED,
                                        ReferralStatus.CANCELLED}),
        ReferralStatus.ACCEPTED: frozenset({ReferralStatus.COMPLETED, ReferralStatus.CANCELLED}),
        ReferralStatus.DECLINED: frozenset(),
        ReferralStatus.COMPLETED: frozenset(),
        ReferralStatus.CANCELLED: frozenset(),
    })

# What went to the provider: fixed once sent (cancel and refer again to change it).
REFERRAL_SENT_FIELDS: Final = ("person_id", "service_type", "provider_id", "urgency", "reason",
                               "consent", "consent_override_reason", "sent_on")
_REFERRAL_FINAL = {
    ReferralStatus.DECLINED: msg("This referral is declined; that is final. Make a new referral "
                                 "if the child still needs the service."),
    ReferralStatus.COMPLETED: msg("This referral is completed; that is final. Make a new "
                                  "referral if the child still needs the service."),
    ReferralStatus.CANCELLED: msg("This referral is cancelled; that is final. Make a new "
                                  "referral if the child still needs the service."),
}
_REFERRAL_REFUSED = {
    (ReferralStatus.DRAFT, ReferralStatus.ACCEPTED): msg("A draft referral cannot be accepted."),
    (ReferralStatus.DRAFT, ReferralStatus.DECLINED): msg("A draft referral cannot be declined."),
    (ReferralStatus.DRAFT, ReferralStatus.COMPLETED):
        msg("A draft referral cannot be completed."),
    (ReferralStatus.SENT, ReferralStatus.DRAFT): msg("A sent referral cannot be draft."),
    (ReferralStatus.SENT, ReferralStatus.COMPLETED): msg("A sent referral cannot be completed."),
    (ReferralStatus.ACCEPTED, ReferralStatus.DRAFT): msg("An accepted referral cannot be draft."),
    (ReferralStatus.ACCEPTED, ReferralStatus.SENT): msg("An accepted referral cannot be sent."),
    (ReferralStatus.ACCEPTED, ReferralStatus.DECLINED):
        msg("An accepted referral cannot be declined."),
}
NO_CONSENT = msg("Record the family's consent, or the reason to refer without it, before sending")


def check_referral_transition(current: ReferralStatus, target: ReferralStatus,
                              referral_fields: Fields) -> None:
    """Refuse a referral status change the workflow does not allow; fields as after the change."""
    if current is target:
        return
    if target not in REFERRAL_TRANSITIONS[current]:
        if not REFERRAL_TRANSITIONS[current]:
            raise WorkflowError(_REFERRAL_FINAL.get(current) or msg(
                "This referral is {status}; that is final. Make a new referral if the child "
                "still needs the service.", status=_word("referral_status", current)))
        raise WorkflowError(_REFERRAL_REFUSED.get((current, target)) or msg(
            "A referral cannot go from {current} to {target}.",
            current=_word("referral_status", current), target=_word("referral_status", target)))
    if target is ReferralStatus.SENT and not (
            referral_fields.get("consent") is True
            or not _blank(referral_fields.get("consent_override_reason"))):
        raise WorkflowError(NO_CONSENT)


def referral_changes(referral_fields: Fields, target: ReferralStatus, today_iso: str,
                     **extra: Any) -> dict[str, Any]:
    """The changes that move a referral to `target` (with `extra` fields such as the response)."""
    if "status" in extra:
        raise TypeError("give the new status as `target`")
    validate_fields(RecordType.REFERRAL, extra, complete=False)
    current = _status(ReferralStatus, referral_fields)
    check_referral_transition(current, target, {**referral_fields, **extra})
    changes = {**extra, "status": target.value}
    if target is ReferralStatus.SENT and current is not ReferralStatus.SENT:
        changes["sent_on"] = today_iso
    return changes


# -- corrections: a saved record corrected by whoever wrote it ------------------------------------

# What a record says, which only its author may change once it is saved: the visit as seen, the
# answers given, the request a draft referral makes, what a task is. The workflow moves the
# rest, whoever does it: a task done, brought forward with the risk or moved with the case; a
# referral sent, answered or cancelled.
AUTHORED_FIELDS: Final[Mapping[RecordType, frozenset[str]]] = MappingProxyType({
    RecordType.VISIT: frozenset(FIELDS[RecordType.VISIT]),
    RecordType.ASSESSMENT: frozenset(FIELDS[RecordType.ASSESSMENT]),
    RecordType.REFERRAL: frozenset(REFERRAL_SENT_FIELDS) - {"sent_on"},
    RecordType.TASK: frozenset({"title", "kind"}),
})

# What the correction of each kind of record sets (the dialog that made it shows these): a
# field left out of a correction is cleared. An assessment's answers are corrected with its
# score and suggested risk (recomputed from them), never one without the others, and whom it
# is about.
CORRECTABLE_FIELDS: Final[Mapping[RecordType, frozenset[str]]] = MappingProxyType({
    RecordType.VISIT: AUTHORED_FIELDS[RecordType.VISIT],
    RecordType.ASSESSMENT: frozenset({"answers", "score", "suggested_risk", "person_id"}),
    RecordType.REFERRAL: AUTHORED_FIELDS[RecordType.REFERRAL],
    RecordType.TASK: frozenset({"title", "kind", "due_date"}),
})

_CORRECTED = {
    RecordType.VISIT: msg("Only its author, {author}, can correct this visit."),
    RecordType.ASSESSMENT: msg("Only its author, {author}, can correct this assessment."),
    RecordType.REFERRAL: msg("Only its author, {author}, can correct this referral."),
    RecordType.TASK: msg("Only its author, {author}, can correct this task."),
}
SENT_REFERRAL_IS_KEPT = msg("A sent referral cannot be corrected; cancel it and make a new one.")
ONLY_OPEN_TASKS = msg("Only an open task can be corrected.")


def only_its_author(record_type: RecordType, author: str) -> str:
    """What a correction by someone else is told: "Only its author, amina, can correct this
    visit."""
    template = _CORRECTED.get(record_type, msg("Only its author, {author}, can correct this "
                                               "record."))
    return msg(template.template, author=author or msg("who made it"))


def check_correction(record_type: RecordType, fields: Fields, author: str,
                     actor: Actor) -> None:
    """Refuse correcting a saved record that cannot be corrected, or by someone other than
    its author: a visit, an assessment, a referral still in draft, an open task."""
    if record_type not in CORRECTABLE_FIELDS:
        raise WorkflowError(msg("A {record} record cannot be corrected this way.",
                                record=_word("record_type", record_type)))
    if actor.user != author:
        raise PermissionDenied(only_its_author(record_type, author))
    if record_type is RecordType.REFERRAL and (
            fields.get("status") != ReferralStatus.DRAFT.value):
        raise WorkflowError(SENT_REFERRAL_IS_KEPT)
    if record_type is RecordType.TASK and fields.get("status") != TaskStatus.OPEN.value:
        raise WorkflowError(ONLY_OPEN_TASKS)


def correction_blocker(record_type: RecordType, fields: Fields, author: str,
                       actor: Actor) -> str | None:
    """Why `actor` cannot correct this record (to show beside the greyed action), or None."""
    try:
        check_correction(record_type, fields, author, actor)
    except (WorkflowError, PermissionDenied) as exc:
        said = exc.args[0] if exc.args else None  # a Text: the UI says it in its language
        return said if isinstance(said, str) else str(exc)
    return None


def correction_changes(record_type: RecordType, current: Fields,
                       corrected: Fields) -> dict[str, Any]:
    """The changes a correction makes: each correctable field as `corrected` has it (left
    out: cleared; an unticked box where none was ticked is no change); a field that is not
    the correction's to set is refused."""
    allowed = CORRECTABLE_FIELDS.get(record_type, frozenset())
    stray = sorted(set(corrected) - allowed)
    if stray:
        raise ValidationError(dict.fromkeys(stray, msg("cannot be changed by a correction")))
    specs = FIELDS[record_type]

    def same(name: str) -> bool:
        old, new = current.get(name), corrected.get(name)
        if name in specs and specs[name].kind is Kind.BOOL and not old and not new:
            return True  # a box left unticked says what a field never filled in said
        return bool(old == new)

    return {name: corrected.get(name) for name in sorted(allowed) if not same(name)}


def check_author_edit(record_type: RecordType, old_fields: Fields, new_fields: Fields,
                      author: str, actor: Actor) -> None:
    """Refuse a change of what a saved record says (AUTHORED_FIELDS) by anyone but its
    author; part of `check_record_edit`, so the server's push refuses it too."""
    authored = AUTHORED_FIELDS.get(record_type)
    if authored and actor.user != author and _changed(old_fields, new_fields) & authored:
        raise PermissionDenied(only_its_author(record_type, author))


# -- the risk level --------------------------------------------------------------------------------

NO_RISK_REASON = msg("Say why the risk level changes.")
SAME_RISK_LEVEL = msg("The case is already at this risk level; choose another level.")


def risk_change(case_fields: Fields, risk: RiskLevel, reason: str | None) -> dict[str, Any]:
    """The changes that set a case's risk level, with the reason for it (kept on the case as
    `risk_reason`, synced with it and shown in the case's history)."""
    problems: dict[str, str] = {}
    if case_fields.get("risk") == risk.value:
        problems["risk"] = SAME_RISK_LEVEL
    if reason is None or _blank(reason):
        problems["risk_reason"] = NO_RISK_REASON
    if problems:
        raise ValidationError(problems)
    assert reason is not None
    return {"risk": risk.value, "risk_reason": reason.strip()}


# -- the write path ------------------------------------------------------------------------------

_EditCheck = Callable[[Fields | None, Fields, Actor, CaseAccess, str | None, Fields | None], None]


# Dates that record something that has happened: none may be later than today.
NOT_IN_THE_FUTURE: dict[RecordType, dict[str, str]] = {
    RecordType.VISIT: {"visit_date": msg("A visit cannot be recorded in the future.")},
    RecordType.CASE: {"opened_on": msg("A case cannot be opened in the future.")},
    RecordType.PERSON: {"date_of_birth": msg("A date of birth cannot be in the future.")},
    RecordType.SUPERVISION: {"session_date": msg("A supervision session cannot be recorded in "
                                                 "the future.")},
}


def check_not_in_the_future(record_type: RecordType, old_fields: Fields | None,
                            new_fields: Fields, today: date) -> None:
    """Refuse a date set (created or changed) later than `today` where only the past makes
    sense: a visit, a case's opening, a birth."""
    errors = {}
    for name, message in NOT_IN_THE_FUTURE.get(record_type, {}).items():
        value = new_fields.get(name)
        if value == (old_fields or {}).get(name) or not isinstance(value, str):
            continue
        try:
            if date.fromisoformat(value) > today:
                errors[name] = message
        except ValueError:
            continue  # the field check reports a malformed date
    if errors:
        raise ValidationError(errors)


# Records that say nothing unless one of these fields is filled in: (fields, message).
NEEDS_ONE_OF: dict[RecordType, tuple[tuple[str, ...], str]] = {
    RecordType.VISIT: (("participants", "observations"),
                       msg("Record who was present or what you observed.")),
}


def content_problems(record_type: RecordType, old_fields: Fields | None,
                     new_fields: Fields) -> dict[str, str]:
    """The fields of a record that says nothing (a visit with neither who was present nor an
    observation), each with the message to show beside it; {} when it says enough. Checked
    when the record is created and when an edit changes those fields, so a record stored
    before the rule keeps taking its other edits."""
    if record_type is RecordType.SUPERVISION:
        return supervision_problems(new_fields)
    rule = NEEDS_ONE_OF.get(record_type)
    if rule is None:
        return {}
    names, message = rule
    if any(not _blank(new_fields.get(name)) for name in names):
        return {}
    if old_fields is not None and all(new_fields.get(name) == old_fields.get(name)
                                      for name in names):
        return {}
    return dict.fromkeys(names, message)


def check_record_edit(record_type: RecordType, old_fields: Fields | None, new_fields: Fields,
                      actor: Actor, case: CaseAccess | None, *,
                      current_subject_hash: str | None = None, approval: Fields | None = None,
                      case_status: CaseStatus | None = None, today: date | None = None,
                      author: str | None = None, worker: WorkerAccess | None = None) -> None:
    """Refuse a create (`old_fields` None) or update the actor or the workflow does not allow.

    The one check of the write path, on the client and on the server (old fields + changes).
    `case`: the case as stored (for a new case, as registered). `current_subject_hash`: the
    current content hash of what an approval or a plan change concerns, checked when given.
    `approval`: the approval a plan or case status change carries out: the new pending
    request when submitting or requesting closure, the decided one when approving or closing.
    `case_status`: the case's status, to keep a closed case unchanged until reopened.
    `today`: the latest date a visit, a case's opening or a birth may have (the server allows
    a day's lead for devices in time zones ahead of it).
    `author`: who created the record (its `created_by`), for an update: what a saved visit,
    assessment, referral or task says is corrected by its author only (`check_author_edit`).
    `worker`: for a personal record (no case: a supervision session, a task agreed in one),
    the worker it is about, with their teams (`check_personal_edit`).
    """
    validate_fields(record_type, new_fields)
    problems = content_problems(record_type, old_fields, new_fields)
    if today is not None:
        try:
            check_not_in_the_future(record_type, old_fields, new_fields, today)
        except ValidationError as e:
            problems = {**e.errors, **problems}
    if problems:
        raise ValidationError(problems)
    if record_type is RecordType.PROVIDER:
        require(actor, Action.IMPORT_PROVIDERS)
        return
    if case is None and worker is not None:
        check_personal_edit(record_type, old_fields, new_fields, actor, worker, author)
        return
    if case is None:
        raise ValueError(f"a {record_type.value} record belongs to a case")
    if record_type is RecordType.CASE:
        _check_case_edit(old_fields, new_fields, actor, case, approval)
        return
    if case_status is CaseStatus.CLOSED and not _allowed_on_closed_case(
            record_type, old_fields, new_fields):
        raise WorkflowError(CASE_IS_CLOSED)
    _EDIT_CHECKS[record_type](old_fields, new_fields, actor, case, current_subject_hash,
                              approval)
    if old_fields is not None and author is not None:
        check_author_edit(record_type, old_fields, new_fields, author, actor)


def check_record_delete(record_type: RecordType, fields: Fields, actor: Actor,
                        case: CaseAccess | None, *, case_status: CaseStatus | None = None,
                        author: str | None = None, worker: WorkerAccess | None = None) -> None:
    """Refuse deleting what the case record must keep: cases, families, decisions, sent work.
    A personal record (`worker` given) is deleted only by whoever recorded it (`author`)."""
    if record_type is RecordType.PROVIDER:
        require(actor, Action.IMPORT_PROVIDERS)
        return
    if case is None and worker is not None:
        _check_personal_author(record_type, actor, worker, author)
        return
    if case is None:
        raise ValueError(f"a {record_type.value} record belongs to a case")
    require(actor, _RECORD_ACTION.get(record_type, Action.EDIT_CASE), case)
    kept = {
        RecordType.CASE: msg("A case is closed, not deleted."),
        RecordType.FAMILY: msg("A family on a case stays on record; correct its details instead."),
        RecordType.APPROVAL: msg("Approval requests and decisions stay on record."),
        RecordType.CONFLICT: msg("A conflict is resolved, not deleted."),
    }
    if record_type in kept:
        raise WorkflowError(kept[record_type])
    if case_status is CaseStatus.CLOSED:
        raise WorkflowError(CASE_IS_CLOSED)
    if record_type is RecordType.REFERRAL and fields.get("status") != ReferralStatus.DRAFT.value:
        raise WorkflowError(msg("A referral that was sent stays on record; cancel it instead."))
    if record_type is RecordType.CASE_PLAN and fields.get("status") != PlanStatus.DRAFT.value:
        raise WorkflowError(msg("A plan that was submitted stays on record; change it instead."))


# -- personal records: supervision sessions and the tasks agreed in them ------------------------

SESSION_KEEPS_ITS_WORKER = msg("A supervision session stays with the worker it was recorded with; "
                               "record a new session instead.")
TASK_KEEPS_ITS_WORKER = msg("A task agreed in supervision stays with the worker it was agreed "
                            "with; agree a new one instead.")
WORKER_CLOSES_OWN_TASK = msg("A task agreed in supervision is done or cancelled by its worker; "
                             "what it says is changed by the supervisor who agreed it.")


def supervision_problems(fields: Fields) -> dict[str, str]:
    """What a supervision session must say beyond its field kinds: each case discussed once,
    with a decision; each agreed action with what to do, in a case discussed (or none), and
    a task of its own."""
    problems: dict[str, str] = {}
    discussed = fields.get("cases_discussed") or []
    cases = [c.get("case_id") for c in discussed if isinstance(c, dict)]
    if len(set(cases)) != len(cases):
        problems["cases_discussed"] = msg("Each case is discussed once; give one decision for it.")
    elif any(isinstance(c, dict) and _blank(c.get("decision")) for c in discussed):
        problems["cases_discussed"] = msg("Give the decision taken for each case discussed.")
    actions = [a for a in fields.get("actions") or [] if isinstance(a, dict)]
    tasks = [a.get("task_id") for a in actions]
    if any(_blank(a.get("action")) for a in actions):
        problems["actions"] = msg("Say what was agreed for each action.")
    elif any(a.get("case_id") is not None and a.get("case_id") not in cases for a in actions):
        problems["actions"] = msg("An action can be tied only to one of the cases discussed.")
    elif len(set(tasks)) != len(tasks):
        problems["actions"] = msg("Each agreed action has a task of its own.")
    return problems


def check_personal_edit(record_type: RecordType, old: Fields | None, new: Fields,
                        actor: Actor, worker: WorkerAccess, author: str | None) -> None:
    """A personal record (no case): a supervision session, or a task agreed in one. Made by a
    supervisor of the worker (a supervisor of one of the worker's teams, or an admin) about
    that worker; what it says is changed only by whoever recorded it, the worker never
    changes (it decides who receives the record), and the worker marks their task done or
    cancelled."""
    if record_type not in (RecordType.SUPERVISION, RecordType.TASK):
        raise ValueError(f"a {record_type.value} record belongs to a case")
    if worker.user != worker_of(record_type, old if old is not None else new):
        raise ValueError("the worker given is not the record's")
    if old is None:
        require_supervisor_of(actor, worker)
        if record_type is RecordType.TASK and new.get("status") != TaskStatus.OPEN.value:
            raise WorkflowError(msg("A task agreed in supervision starts open."))
        return
    changed = _changed(old, new)
    if not changed:
        return
    if worker_of(record_type, new) != worker.user:
        raise WorkflowError(SESSION_KEEPS_ITS_WORKER if record_type is RecordType.SUPERVISION
                            else TASK_KEEPS_ITS_WORKER)
    if (record_type is RecordType.TASK and actor.user == worker.user
            and changed <= {"status", "completed_on"}):
        return  # the worker ticks off (or drops) their own task
    if record_type is RecordType.TASK and actor.user == worker.user:
        raise PermissionDenied(WORKER_CLOSES_OWN_TASK)
    _check_personal_author(record_type, actor, worker, author)


def _check_personal_author(record_type: RecordType, actor: Actor, worker: WorkerAccess,
                           author: str | None) -> None:
    """Only whoever recorded a personal record changes or deletes it, while they still
    supervise its worker."""
    if author is None or actor.user != author:
        who = author or msg("who recorded it")
        raise PermissionDenied(
            msg("Only its author, {author}, can change this supervision session.", author=who)
            if record_type is RecordType.SUPERVISION
            else msg("Only its author, {author}, can change this task.", author=who))
    require_supervisor_of(actor, worker)


# The permission each record type needs; case, plan, approval and conflict records add their own.
_RECORD_ACTION: Final = {
    RecordType.FAMILY: Action.EDIT_CASE,
    RecordType.PERSON: Action.EDIT_CASE,
    RecordType.VISIT: Action.RECORD_VISIT,
    RecordType.ASSESSMENT: Action.RUN_ASSESSMENT,
    RecordType.CASE_PLAN: Action.EDIT_PLAN,
    RecordType.PLAN_GOAL: Action.EDIT_PLAN,
    RecordType.REFERRAL: Action.REFER,
    RecordType.TASK: Action.EDIT_CASE,
    RecordType.NOTE: Action.EDIT_CASE,
    RecordType.ATTACHMENT: Action.EDIT_CASE,
    RecordType.CONFLICT: Action.RESOLVE_CONFLICT,
}


def _allowed_on_closed_case(record_type: RecordType, old: Fields | None, new: Fields) -> bool:
    """On a closed case only its loose ends may be tied: tasks closed, conflicts resolved."""
    if old is None:
        return False
    changed = _changed(old, new)
    if record_type is RecordType.TASK:
        return changed <= {"status", "completed_on"} and new.get("status") in (
            TaskStatus.DONE.value, TaskStatus.CANCELLED.value)
    return record_type is RecordType.CONFLICT


def _check_case_edit(old: Fields | None, new: Fields, actor: Actor, case: CaseAccess,
                     approval: Fields | None) -> None:
    new_status = _status(CaseStatus, new)
    if old is None:
        require(actor, Action.REGISTER_FAMILY, CaseAccess.of_case(new))
        if new_status is not CaseStatus.OPEN or not _blank(new.get("closed_on")):
            raise WorkflowError(msg("A new case starts open."))
        return
    old_status = _status(CaseStatus, old)
    changed = _changed(old, new)
    if "case_number" in changed:
        raise WorkflowError(msg("A case keeps its case number."))
    if changed & {"assigned_to", "team"}:
        require(actor, Action.REASSIGN_CASE, case)
        if not in_scope(actor, CaseAccess.of_case(new)):
            raise PermissionDenied(msg("You can reassign cases only within your teams."))
    casework = changed - {"assigned_to", "team", "status", "closed_on"}
    if "status" in changed:
        check_case_transition(old_status, new_status, actor, case, approval=approval)
        if new_status is CaseStatus.CLOSURE_REQUESTED:
            if _blank(new.get("closure_reason")):
                raise WorkflowError(msg("Give the reason for closing the case."))
            request = _carried_out(approval, ApprovalKind.CLOSURE, Decision.PENDING, actor)
            if closure_content_hash(new) != request.get("subject_hash"):
                raise WorkflowError(_STALE[ApprovalKind.CLOSURE])
        if new_status is CaseStatus.CLOSED:
            decided = _carried_out(approval, ApprovalKind.CLOSURE, Decision.APPROVED, actor)
            if closure_content_hash(old) != decided.get("subject_hash"):
                raise WorkflowError(_STALE[ApprovalKind.CLOSURE])
            if _blank(new.get("closed_on")):
                raise WorkflowError(msg("Record the date the case was closed."))
        elif not _blank(new.get("closed_on")):
            raise WorkflowError(msg("Only a closed case has a closing date."))
    elif "closed_on" in changed:
        raise WorkflowError(msg("The closing date is set only when a case is closed."))
    elif old_status is CaseStatus.CLOSED and casework:
        raise WorkflowError(CASE_IS_CLOSED)
    elif old_status is CaseStatus.CLOSURE_REQUESTED and "closure_reason" in changed:
        raise WorkflowError(msg("Withdraw the closure request to change the reason for closing."))
    if casework:
        require(actor, Action.EDIT_CASE, case)


def _check_simple_edit(record_type: RecordType) -> _EditCheck:
    def check(old: Fields | None, new: Fields, actor: Actor, case: CaseAccess,
              current_subject_hash: str | None, approval: Fields | None) -> None:
        action = _RECORD_ACTION[record_type]
        if record_type is RecordType.FAMILY and old is None:
            action = Action.REGISTER_FAMILY
        require(actor, action, case)
    return check


def _check_plan_edit(old: Fields | None, new: Fields, actor: Actor, case: CaseAccess,
                     current_subject_hash: str | None, approval: Fields | None) -> None:
    require(actor, Action.EDIT_PLAN, case)
    new_status = _status(PlanStatus, new)
    if old is None:
        if new_status is not PlanStatus.DRAFT or any(not _blank(new.get(k))
                                                     for k in _PLAN_BINDING):
            raise WorkflowError(msg("A new plan starts as a draft; submit it for approval."))
        return
    old_status = _status(PlanStatus, old)
    changed = _changed(old, new)
    if old_status is new_status:
        if changed & set(_PLAN_BINDING):
            raise WorkflowError(msg("Who submitted or approved a plan is recorded only by "
                                    "submitting or approving it."))
        if old_status is not PlanStatus.DRAFT and any(
                _text_or_none(old.get(k)) != _text_or_none(new.get(k))
                for k in PLAN_CONTENT_FIELDS):
            raise WorkflowError(msg("Changing a submitted or approved plan puts it back to draft."))
        return
    if new_status is PlanStatus.DRAFT:
        # Sent back by a supervisor, or changed (or withdrawn) after submission.
        if any(not _blank(new.get(k)) for k in _PLAN_BINDING):
            raise WorkflowError(msg("A plan back in draft has no submission or approval."))
        return
    if old_status is PlanStatus.DRAFT and new_status is PlanStatus.SUBMITTED:
        require(actor, Action.SUBMIT_PLAN, case)
        if new.get("submitted_by") != actor.user or _blank(new.get("submitted_hash")):
            raise WorkflowError(msg("A plan is submitted under the name of whoever submits it."))
        if not all(_blank(new.get(k)) for k in ("approved_by", "approved_hash")):
            raise WorkflowError(msg("A plan is approved only after it is submitted."))
        request = _carried_out(approval, ApprovalKind.CASE_PLAN, Decision.PENDING, actor)
        if current_subject_hash not in (None, new["submitted_hash"]) or (
                request.get("subject_hash") != new["submitted_hash"]):
            raise WorkflowError(_STALE[ApprovalKind.CASE_PLAN])
        return
    if old_status is PlanStatus.SUBMITTED and new_status is PlanStatus.APPROVED:
        require(actor, Action.DECIDE_PLAN, case)
        decided = _carried_out(approval, ApprovalKind.CASE_PLAN, Decision.APPROVED, actor)
        if actor.user in (old.get("submitted_by"), decided.get("requested_by")):
            raise PermissionDenied(msg("You cannot approve a plan you submitted; another "
                                       "supervisor must."))
        if changed - {"status", "approved_by", "approved_hash"}:
            raise WorkflowError(msg("Approving a plan changes nothing else in it."))
        if (new.get("approved_by") != actor.user
                or not (new.get("approved_hash") == old.get("submitted_hash")
                        == decided.get("subject_hash"))):
            raise WorkflowError(_STALE[ApprovalKind.CASE_PLAN])
        if current_subject_hash is not None and current_subject_hash != new["approved_hash"]:
            raise WorkflowError(_STALE[ApprovalKind.CASE_PLAN])
        return
    if new_status is PlanStatus.APPROVED:
        raise WorkflowError(msg("A plan is approved only after it is submitted."))
    raise WorkflowError(msg("An approved plan is submitted again only after it is changed."))


def _check_approval_edit(old: Fields | None, new: Fields, actor: Actor, case: CaseAccess,
                         current_subject_hash: str | None, approval: Fields | None) -> None:
    kind = _status(ApprovalKind, new, "kind")
    if old is None:
        require(actor, _ASK[kind], case)
        if (_status(Decision, new, "decision") is not Decision.PENDING
                or any(not _blank(new.get(k)) for k in _DECISION_FIELDS)):
            raise WorkflowError(msg("A request starts undecided; a supervisor decides it."))
        if new.get("requested_by") != actor.user:
            raise PermissionDenied(msg("A request is made under the name of whoever makes it."))
        if current_subject_hash is not None and current_subject_hash != new.get("subject_hash"):
            raise WorkflowError(_STALE[kind])
        return
    changed = _changed(old, new)
    if not changed:
        return
    if changed & set(_REQUEST_FIELDS):
        raise WorkflowError(msg("A request cannot be altered; make a new request instead."))
    if _status(Decision, old, "decision") is not Decision.PENDING:
        require(actor, _DECIDE[kind], case)
        raise WorkflowError(msg("This request has already been decided."))
    decision = _status(Decision, new, "decision")
    if decision is Decision.PENDING:
        raise WorkflowError(msg("A pending request changes only by a supervisor's decision."))
    _check_decision(old, decision, actor, case, current_subject_hash, new.get("comment"))
    if new.get("decided_by") != actor.user:
        raise PermissionDenied(msg("A decision is recorded under the name of whoever makes it."))
    if _blank(new.get("decided_at")):
        raise WorkflowError(msg("Record when the decision was made."))


def _check_referral_edit(old: Fields | None, new: Fields, actor: Actor, case: CaseAccess,
                         current_subject_hash: str | None, approval: Fields | None) -> None:
    require(actor, Action.REFER, case)
    old_status = ReferralStatus.DRAFT if old is None else _status(ReferralStatus, old)
    new_status = _status(ReferralStatus, new)
    check_referral_transition(old_status, new_status, new)
    if old is not None and old_status is not ReferralStatus.DRAFT and (
            _changed(old, new) & set(REFERRAL_SENT_FIELDS)):
        raise WorkflowError(msg("A sent referral cannot be changed; cancel it and make a new one."))
    if (new_status is ReferralStatus.SENT and old_status is not ReferralStatus.SENT
            and _blank(new.get("sent_on"))):
        raise WorkflowError(msg("Record the date the referral was sent."))


def _check_conflict_edit(old: Fields | None, new: Fields, actor: Actor, case: CaseAccess,
                         current_subject_hash: str | None, approval: Fields | None) -> None:
    require(actor, Action.RESOLVE_CONFLICT, case)
    if old is None:
        raise WorkflowError(msg("Conflicts are recorded by sync, not by hand."))
    changed = _changed(old, new)
    if not changed:
        return
    if old.get("status") == "resolved":
        raise WorkflowError(msg("This conflict is already resolved."))
    if changed - {"status", "resolution"} or new.get("status") != "resolved":
        raise WorkflowError(msg("A conflict changes only by recording how it was resolved."))


_EDIT_CHECKS: Final[Mapping[RecordType, _EditCheck]] = MappingProxyType({
    **{t: _check_simple_edit(t) for t in (
        RecordType.FAMILY, RecordType.PERSON, RecordType.VISIT, RecordType.ASSESSMENT,
        RecordType.PLAN_GOAL, RecordType.TASK, RecordType.NOTE, RecordType.ATTACHMENT)},
    RecordType.CASE_PLAN: _check_plan_edit,
    RecordType.APPROVAL: _check_approval_edit,
    RecordType.REFERRAL: _check_referral_edit,
    RecordType.CONFLICT: _check_conflict_edit,
})

