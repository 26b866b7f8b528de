"""The Today page as a use case: where a caseworker starts the day. Visits and reviews due
this week (overdue first), other tasks due, plans and closures the supervisor sent back,
referrals waiting for an answer past their time, and what others changed in the user's cases
since they last looked (approvals and their comments included).

"The user's cases": a caseworker's own (assigned to them) and the tasks assigned to them; a
supervisor or admin sees every case the workspace holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from casemgr.db import queries
from casemgr.domain import schedule
from casemgr.domain.labels import choice_label
from casemgr.domain.permissions import Role
from casemgr.domain.records import Decision, RecordType, display_name

if TYPE_CHECKING:
    from casemgr.app.casework import Casework

VISIT_KINDS = frozenset({"first_visit", "review"})
# The first look at Today shows the changes of this many days.
FIRST_LOOK_DAYS = 7


@dataclass(frozen=True)
class TodayItem:
    """One line of the Today page, in words; `record_id` is what it is about."""

    case_id: str
    case_number: str
    family_name: str
    when: str  # a date (YYYY-MM-DD) or, for changes, a UTC time (ISO)
    what: str
    detail: str = ""
    record_id: str = ""
    late: bool = False  # overdue, or waiting past its time
    # A task's parts, for an interface that words `what` in another language: its title,
    # how many days overdue, and who it is assigned to or agreed with (empty for others).
    title: str = ""
    overdue_days: int = 0
    assigned_to: str = ""
    supervisor: str = ""
    # Other lines' parts, as stored codes: `line` says which ("sent_back", "referral",
    # "change") and `facts` holds what its words are made of.
    line: str = ""
    facts: tuple[tuple[str, str], ...] = ()

    def fact(self, name: str) -> str:
        return dict(self.facts).get(name, "")


@dataclass(frozen=True)
class TodayView:
    visits: list[TodayItem] = field(default_factory=list)
    tasks: list[TodayItem] = field(default_factory=list)
    sent_back: list[TodayItem] = field(default_factory=list)
    waiting_referrals: list[TodayItem] = field(default_factory=list)
    changed: list[TodayItem] = field(default_factory=list)
    since: str = ""  # when the user last looked ("" the first time)

    @property
    def empty(self) -> bool:
        return not (self.visits or self.tasks or self.sent_back or self.waiting_referrals
                    or self.changed)


def today_view(cw: Casework) -> TodayView:
    on = cw.today()
    user = cw.actor.user
    everyone = cw.actor.role is not Role.CASEWORKER

    def mine(assigned_to: str) -> bool:
        return everyone or assigned_to == user

    week_end = (on + timedelta(days=schedule.WEEK_DAYS - 1)).isoformat()
    visits: list[TodayItem] = []
    tasks: list[TodayItem] = []
    for t in queries.open_tasks(cw.ws):
        if t.due_date > week_end or not (everyone or t.assigned_to == user):
            continue
        late = t.due_date < on.isoformat()
        what = t.title + (f" (overdue by {_days(on, t.due_date)})" if late else "")
        detail = "" if t.assigned_to == user else f"Assigned to {t.assigned_to}"
        if t.supervisor:
            detail = "; ".join(filter(None, [f"Agreed in supervision with {t.supervisor}",
                                             detail]))
        item = TodayItem(t.case_id or "", t.case_number, t.family_name, t.due_date, what,
                         detail, t.task_id, late, title=t.title,
                         overdue_days=(on - date.fromisoformat(t.due_date)).days if late else 0,
                         assigned_to="" if t.assigned_to == user else t.assigned_to,
                         supervisor=t.supervisor or "")
        (visits if t.kind in VISIT_KINDS else tasks).append(item)

    approvals = [a for a in queries.approvals_of_cases(cw.ws) if mine(a.assigned_to)]
    latest: dict[tuple[str, str], queries.CaseRecordRow] = {}
    for a in approvals:  # oldest first: the last one of a kind per case stays
        latest[(a.record.case_id or "", str(a.record.fields.get("kind")))] = a
    sent_back = [
        TodayItem(a.record.case_id or "", a.case_number, a.family_name,
                  str(a.record.fields.get("decided_at") or "")[:10],
                  f"{choice_label('approval_kind', a.record.fields.get('kind'))} sent back by "
                  f"{a.record.fields.get('decided_by') or 'the supervisor'}",
                  str(a.record.fields.get("comment") or ""), a.record.id, True,
                  line="sent_back",
                  facts=(("kind", str(a.record.fields.get("kind") or "")),
                         ("by", str(a.record.fields.get("decided_by") or ""))))
        for a in latest.values() if a.record.fields.get("decision") == Decision.RETURNED.value]

    waiting = []
    sent = queries.referrals_in_progress(cw.ws, statuses=("sent",))
    cases = cw.case_rows({r.case_id for r in sent})
    for r in sent:
        case_row = cases.get(r.case_id)
        if case_row is None or not mine(case_row.assigned_to):
            continue
        days_late = schedule.referral_days_late(
            {"status": r.status, "sent_on": r.sent_on, "urgency": r.urgency}, on)
        if days_late:
            waiting.append(TodayItem(
                r.case_id, r.case_number, r.family_name, r.sent_on or "",
                f"{choice_label('service_type', r.service_type)} referral "
                f"({choice_label('urgency', r.urgency).lower()}): no answer, "
                f"{days_late} day{'s' if days_late != 1 else ''} past its time",
                f"Sent to {r.provider}" if r.provider else "", r.referral_id, True,
                line="referral",
                facts=(("service_type", r.service_type or ""), ("urgency", r.urgency or ""),
                       ("days_late", str(days_late)), ("provider", r.provider or ""))))

    since = queries.today_seen_at(cw.ws)
    after = since or (on - timedelta(days=FIRST_LOOK_DAYS)).isoformat()
    changed = _without_echoes([c for c in queries.changed_by_others(cw.ws, user, after)
                               if mine(c.assigned_to)])
    return TodayView(sorted(visits, key=_by_due), sorted(tasks, key=_by_due),
                     sorted(sent_back, key=lambda i: i.when), waiting, changed, since)


def _by_due(item: TodayItem) -> tuple[str, str]:
    return item.when, item.case_number


def _days(on: date, due: str) -> str:
    n = (on - date.fromisoformat(due)).days
    return f"{n} day{'s' if n != 1 else ''}"


def _without_echoes(rows: list[queries.CaseRecordRow]) -> list[TodayItem]:
    """The changes as lines, a decision once: deciding on a plan or a closure also changes
    the plan (or the case) in the same moment, which would only repeat the decision."""
    decided = {(c.record.case_id, c.record.updated_by, c.record.updated_at)
               for c in rows if c.record.type is RecordType.APPROVAL}
    echoes = {RecordType.CASE_PLAN, RecordType.CASE}
    return [_change(c) for c in rows
            if not (c.record.type in echoes and (c.record.case_id, c.record.updated_by,
                                                 c.record.updated_at) in decided)]


def _change(c: queries.CaseRecordRow) -> TodayItem:
    r = c.record
    kind = choice_label("record_type", r.type.value)
    name = display_name(r.type, r.fields)
    what = f"{kind}: {name}" if name and name != kind else kind
    detail = ""
    if r.type is RecordType.APPROVAL:
        decision = r.fields.get("decision")
        if decision == Decision.APPROVED.value:
            what = f"{choice_label('approval_kind', r.fields.get('kind'))} approved"
        elif decision == Decision.RETURNED.value:
            what = f"{choice_label('approval_kind', r.fields.get('kind'))} sent back"
        detail = str(r.fields.get("comment") or "")
    verb = "added" if r.created_at == r.updated_at else "changed"
    return TodayItem(r.case_id or "", c.case_number, c.family_name, r.updated_at,
                     what, f"{verb.capitalize()} by {r.updated_by}"
                     + (f": “{detail}”" if detail else ""), r.id, line="change",
                     facts=(("record_type", r.type.value), ("name", name),
                            ("decision", str(r.fields.get("decision") or "")
                             if r.type is RecordType.APPROVAL else ""),
                            ("kind", str(r.fields.get("kind") or "")), ("verb", verb),
                            ("by", r.updated_by or ""), ("comment", detail)))


__all__ = ["TodayItem", "TodayView", "today_view"]
