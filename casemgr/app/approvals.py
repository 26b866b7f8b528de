"""The supervisor's approval queue as use cases: every plan and closure waiting for a
decision in the cases the workspace holds (the supervisor's teams'), oldest first, and what
each asks to approve: the plan against its last approved version (goals added, removed,
and changed field by field since, from the records' change log), or the closure's reason
with the closure checklist's result. A request the subject has changed since is marked
out of date (it can no longer be decided; a newer request replaces it), and a decision the
server refused when it synced (the plan had changed meanwhile) is reported until dismissed.
Above the queue, the break-glass notices still open for the user (emergency_notices)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from casemgr.db import queries
from casemgr.db.store import GLASS_NOTICES
from casemgr.db.sync_store import SyncStore
from casemgr.domain import workflow
from casemgr.domain.clock import iso_utc
from casemgr.domain.labels import choice_label, field_text, vocabulary_of
from casemgr.domain.records import (
    FIELDS,
    ApprovalKind,
    Decision,
    PlanStatus,
    Record,
    RecordType,
    TaskStatus,
)
from casemgr.domain.text import msg
from casemgr.domain.workflow import Fields
from casemgr.sync.protocol import GlassNotice

if TYPE_CHECKING:
    from casemgr.app.casework import Casework

CLOSURE_CHECKLIST = "case_closure_checklist"


@dataclass(frozen=True)
class QueueItem:
    approval_id: str
    case_id: str
    case_number: str
    family_name: str
    worker: str
    risk: str | None
    kind: str  # case_plan | closure
    requested_by: str
    requested_at: str
    days_waiting: int
    # The plan (or the case) changed since the request was made: it cannot be decided, and
    # the caseworker must ask again.
    out_of_date: bool = False


@dataclass(frozen=True)
class RefusedDecision:
    """A decision of this user that the server refused when it synced, with its reason
    (typically: the plan changed on another device before the decision reached the server)."""

    op_id: str
    case_number: str
    kind: str
    decision: str
    reason: str
    at: str


@dataclass(frozen=True)
class ReviewLine:
    """One line of what is asked to be approved, with what happened to it since the last
    approval: "added", "changed", "removed" or "" (as approved before)."""

    text: str
    change: str = ""
    detail: str = ""  # for a change: each field, from what to what


@dataclass(frozen=True)
class Review:
    item: QueueItem
    heading: str
    lines: list[ReviewLine]
    since: str  # when the last version was approved ("" never)

    def text(self, say: Callable[[str], str] = str) -> str:
        """The lines, marked with their change; `say` puts each in the reader's language
        (the desktop's i18n.localize)."""
        marks = {"added": "+ ", "changed": "~ ", "removed": "− "}
        return "\n".join(marks.get(line.change, "  ") + say(line.text)
                         + (f"\n      {say(line.detail)}" if line.detail else "")
                         for line in self.lines)


@dataclass(frozen=True)
class EmergencyNotice:
    """A break-glass notice for this supervisor (or admin): `holder` opened the case outside
    their caseload at `granted_at` with a reason (a protocol.BREAK_GLASS_REASONS code) and
    their words, until `expires_at`; `ended_at`/`ended_by` if it was ended early. It came as
    the personal task `task_id` (also on Today); acknowledging it marks that task done."""

    task_id: str
    grant_id: str
    case_id: str
    case_number: str
    holder: str
    reason: str
    note: str
    granted_at: str
    expires_at: str
    ended_at: str | None
    ended_by: str | None
    running: bool  # the access still runs (as far as this device knows)


def emergency_notices(cw: Casework) -> list[EmergencyNotice]:
    """The break-glass notices still open for this user, newest first: those the last sync
    brought (meta GLASS_NOTICES) whose task this device holds open (one acknowledged here,
    even offline, leaves at once)."""
    try:
        raw = json.loads(cw.ws.meta(GLASS_NOTICES) or "[]")
    except ValueError:
        return []
    now = iso_utc(cw.ws.clock.now_ms())
    found = []
    for item in raw if isinstance(raw, list) else []:
        try:
            n = GlassNotice.model_validate(item)
        except ValidationError:
            continue
        task = cw.store.get(n.task_id)
        if task is None or task.deleted or task.fields.get("status") != TaskStatus.OPEN.value:
            continue
        found.append(EmergencyNotice(
            n.task_id, n.grant_id, n.case_id, n.case_number, n.holder, n.reason, n.note,
            n.granted_at, n.expires_at, n.ended_at, n.ended_by,
            n.ended_at is None and n.expires_at > now))
    return sorted(found, key=lambda n: n.granted_at, reverse=True)


def approval_queue(cw: Casework) -> list[QueueItem]:
    """Every request waiting for a decision that this user may take, oldest first (a
    supervisor does not decide their own requests). A request that a later one about the
    same plan or closure replaced is left out."""
    on = cw.today()
    items = []
    for p in queries.pending_requests(cw.ws, cw.actor.user):
        items.append(QueueItem(
            p.approval_id, p.case_id, p.case_number, p.family_name, p.assigned_to, p.risk,
            p.kind, p.requested_by, p.requested_at,
            max(0, (on - date.fromisoformat(p.requested_at[:10])).days),
            _out_of_date(p.kind, p.subject_hash, p.subject)))
    return items


def _out_of_date(kind: str, subject_hash: str, subject: Fields | None) -> bool:
    """Whether the plan or case the request is about changed since it was made: a plan
    edited since is a draft again (workflow.plan_changes_after_edit, on every device and
    the server); a closure binds to the case's reason and status."""
    if subject is None:
        return True
    if kind == ApprovalKind.CASE_PLAN.value:
        return not (subject.get("status") == PlanStatus.SUBMITTED.value
                    and subject.get("submitted_hash") == subject_hash)
    return workflow.closure_content_hash(subject) != subject_hash


def refused_decisions(cw: Casework) -> list[RefusedDecision]:
    """This user's approval decisions the server refused, oldest first, until dismissed."""
    issues = [i for i in SyncStore(cw.ws).issues()
              if i["record_type"] == RecordType.APPROVAL.value
              and isinstance(i["op"], dict) and "decision" in (i["op"].get("changes") or {})]
    numbers = queries.case_numbers(cw.ws, (i["case_id"] for i in issues))
    found = []
    for issue in issues:
        decision = issue["op"]["changes"]["decision"]
        record = cw.store.get(str(issue["record_id"]))
        found.append(RefusedDecision(
            str(issue["op_id"]), numbers.get(issue["case_id"] or "", ""),
            str(record.fields.get("kind") or "") if record else "",
            str(decision.get("value") if isinstance(decision, dict) else decision),
            str(issue["reason"]), str(issue["at"])))
    return found


def review(cw: Casework, item: QueueItem) -> Review:
    """What `item` asks the supervisor to approve, with its changes since the last approval."""
    if item.kind == ApprovalKind.CASE_PLAN.value:
        return _plan_review(cw, item)
    return _closure_review(cw, item)


def _last_approved(cw: Casework, case_id: str, kind: str) -> str:
    decided = [str(r.fields.get("decided_at") or "")
               for r in cw.store.case_records(case_id, RecordType.APPROVAL)
               if r.fields.get("kind") == kind
               and r.fields.get("decision") == Decision.APPROVED.value]
    return max(decided, default="")


def _change(record: Record, since: str) -> str:
    if not since:
        return "added"  # never approved: all of it is new to the supervisor
    if record.deleted:
        return "removed" if record.updated_at > since else "gone"
    if record.created_at > since:
        return "added"
    return "changed" if record.updated_at > since else ""


def _what_changed(cw: Casework, ids: list[str], since: str
                  ) -> dict[str, dict[str, tuple[Any, Any]]]:
    """For each record, the fields a caseworker reads that changed after `since`: name ->
    (value then, value now), from the records' change log; a field changed and changed back
    is not listed."""
    entries, _ = cw.record_history(ids)
    found: dict[str, dict[str, tuple[Any, Any]]] = {}
    for entry in sorted(entries, key=lambda e: e.at):
        if entry.at <= since or not entry.changes or entry.record_id is None:
            continue
        fields = found.setdefault(entry.record_id, {})
        for name, (old, new) in entry.changes.items():
            fields[name] = (fields[name][0] if name in fields else old, new)
    return {rid: {n: v for n, v in f.items() if v[0] != v[1]} for rid, f in found.items()}


def _words(record_type: RecordType, changes: dict[str, tuple[Any, Any]]) -> str:
    """"Status: Not started → In progress; Due: 2026-12-01 → 2026-12-15" for the fields a
    caseworker reads (labelled ones), in words."""
    parts = []
    for name, (old, new) in sorted(changes.items()):
        spec = FIELDS[record_type].get(name)
        if spec is None or not spec.label:
            continue  # the workflow's own fields (status of a plan, hashes)
        then = _value(record_type, name, old)
        now = _value(record_type, name, new)
        parts.append(msg("{field}: {old} → {new}", field=msg(spec.label), old=then, new=now))
    said: str = ""
    for part in reversed(parts):  # "a; b; c", each part kept translatable
        said = msg("{first}; {rest}", first=part, rest=said) if said else part
    return said


def _value(record_type: RecordType, name: str, value: Any) -> str:
    """A field's value in a review line: words for codes (translatable), the text as
    written otherwise."""
    words = field_text(record_type.value, name, value)
    if not words:
        return msg("(empty)")
    if isinstance(value, bool) or (vocabulary_of(record_type.value, name) and isinstance(
            value, str)):
        return msg(words)  # "Yes", "In progress": the catalogue has the labels
    return words


def _plan_review(cw: Casework, item: QueueItem) -> Review:
    since = _last_approved(cw, item.case_id, ApprovalKind.CASE_PLAN.value)
    plans = cw.store.case_records(item.case_id, RecordType.CASE_PLAN)
    lines: list[ReviewLine] = []
    if plans:
        plan = plans[0]
        goals = [g for g in cw.store.case_records(item.case_id, RecordType.PLAN_GOAL,
                                                  include_deleted=True)
                 if g.fields.get("plan_id") == plan.id]
        changed = _what_changed(cw, [plan.id, *(g.id for g in goals)], since) if since else {}
        summary = str(plan.fields.get("summary") or "") or msg("(no summary)")
        summary_words = _words(RecordType.CASE_PLAN, {
            k: v for k, v in changed.get(plan.id, {}).items() if k == "summary"})
        lines.append(ReviewLine(msg("Summary: {summary}", summary=summary),
                                "added" if not since else (
                                    "changed" if summary_words else ""), summary_words))
        for goal in sorted(goals, key=lambda g: g.created_at):
            change = _change(goal, since)
            if change == "gone":
                continue  # removed before the last approval: not part of this decision
            detail = _words(RecordType.PLAN_GOAL, changed.get(goal.id, {})) \
                if change == "changed" else ""
            status = field_text("plan_goal", "status", goal.fields.get("status"))
            due = goal.fields.get("due_date")
            said = str(goal.fields.get("goal", ""))
            lines.append(ReviewLine(
                (msg("Goal: {goal} ({status}, by {due})", goal=said, status=msg(status),
                     due=due) if due else
                 msg("Goal: {goal} ({status})", goal=said, status=msg(status))) if status
                else msg("Goal: {goal}", goal=said), change, detail))
    heading = (msg("Case plan of {case_number} ({family}), last approved {date}",
                   case_number=item.case_number, family=item.family_name, date=since[:10])
               if since else
               msg("Case plan of {case_number} ({family}), never approved before",
                   case_number=item.case_number, family=item.family_name))
    return Review(item, heading, lines, since)


def _closure_review(cw: Casework, item: QueueItem) -> Review:
    case = cw.store.require(item.case_id)
    lines = [ReviewLine(msg("Reason: {reason}", reason=str(
        case.fields.get("closure_reason") or "") or msg("(none given)")))]
    checklists = sorted((a for a in cw.store.case_records(item.case_id, RecordType.ASSESSMENT)
                         if a.fields.get("form_id") == CLOSURE_CHECKLIST),
                        key=lambda a: str(a.fields.get("completed_on") or ""))
    if checklists:
        last = checklists[-1].fields
        risk = last.get("suggested_risk")
        done, score = str(last.get("completed_on", "")), last.get("score", "?")
        lines.append(ReviewLine(
            msg("Closure checklist of {date}: score {score}, risk remaining {risk}", date=done,
                score=score, risk=msg(choice_label("risk", risk).lower())) if risk else
            msg("Closure checklist of {date}: score {score}", date=done, score=score)))
    else:
        lines.append(ReviewLine(msg("No closure checklist was completed for this case.")))
    open_tasks = [t for t in cw.store.case_records(item.case_id, RecordType.TASK)
                  if t.fields.get("status") == "open"]
    if open_tasks:
        n = len(open_tasks)
        lines.append(ReviewLine(msg("{n} open tasks (cancelled if approved)", n=n) if n != 1
                                else msg("1 open task (cancelled if approved)")))
    heading = msg("Closure of {case_number} ({family})", case_number=item.case_number,
                  family=item.family_name)
    return Review(item, heading, lines, "")


__all__ = ["EmergencyNotice", "QueueItem", "RefusedDecision", "Review", "ReviewLine",
           "approval_queue", "emergency_notices", "refused_decisions", "review"]
