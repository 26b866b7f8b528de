"""The seeded demo caseload looks like a real one whenever it is seeded: seeded into real
encrypted workspaces at two "todays" a year apart, each read through the same store queries
and use cases the app shows it with (the case list and its Overdue filter, the task list,
the supervisor's pending approvals)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from casemgr.app.casework import Casework
from casemgr.db.store import CaseQuery, CaseRow, CaseSort
from casemgr.db.workspace import Workspace, create_workspace
from casemgr.demo.seed import DEMO_SUPERVISOR, DEMO_TEAM, seed_demo
from casemgr.domain.clock import FixedClock, today
from casemgr.domain.permissions import Actor, Role
from casemgr.domain.records import Record, RecordType
from casemgr.domain.schedule import TaskState, task_state
from tests.support.workspaces import FAST_KDF, PASSWORD, START_MS

CASES = 200
YEAR_MS = 365 * 86_400_000
TODAYS = {"2026": START_MS, "a year later": START_MS + YEAR_MS}


@dataclass
class Seeded:
    ws: Workspace
    cw: Casework
    today: date

    @property
    def rows(self) -> list[CaseRow]:
        return self.cw.list_cases(CaseQuery(limit=CASES + 1))

    def records(self, record_type: RecordType) -> list[Record]:
        return self.ws.store.records_of_type(record_type)

    def supervisor(self) -> Casework:
        """The supervisor of the caseworker's team, on the same cases."""
        return Casework(self.ws, actor=Actor(DEMO_SUPERVISOR, Role.SUPERVISOR,
                                             frozenset({"North"})))


def _seed(root: Path, now_ms: int, *, cases: int = CASES, teams: str = "North",
          seed: int = 1) -> Seeded:
    clock = FixedClock(now_ms)
    ws = create_workspace(root, "amina", PASSWORD, clock=clock, kdf=FAST_KDF,
                          profile={"role": "caseworker", "teams": teams})
    cw = Casework(ws)
    summary = seed_demo(cw, cases, seed=seed)
    assert summary.cases == cases
    return Seeded(ws, cw, today(clock))


@pytest.fixture(scope="module", params=list(TODAYS.values()), ids=list(TODAYS))
def seeded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[Seeded]:
    s = _seed(tmp_path_factory.mktemp("demo"), request.param)
    yield s
    s.ws.close()


def test_about_one_case_in_ten_is_overdue_and_by_weeks_not_years(seeded: Seeded) -> None:
    """The case list's Overdue filter (the app's own query) finds 5-20% of the cases, the
    worst a few weeks late; the task list says the same of the tasks."""
    overdue_filter = CaseQuery(overdue_on=seeded.today.isoformat(), sort=CaseSort.NEXT_DUE,
                               limit=CASES)
    total = seeded.cw.count_cases(CaseQuery())
    overdue = seeded.cw.list_cases(overdue_filter)
    assert total == CASES
    assert 0.05 <= len(overdue) / total <= 0.20, len(overdue)
    worst = date.fromisoformat(overdue[0].next_due or "")
    assert worst >= seeded.today - timedelta(days=60), worst
    assert len(overdue) == seeded.cw.count_cases(overdue_filter)

    states = Counter(task_state({"status": t.status, "due_date": t.due_date}, seeded.today)
                     for t in seeded.cw.open_tasks())
    assert states[TaskState.OVERDUE] >= len(overdue)  # a late case has a late task or more
    assert states[TaskState.UPCOMING] + states[TaskState.DUE_TODAY] > 5 * states[
        TaskState.OVERDUE]
    this_week = [t for t in seeded.cw.open_tasks() if t.kind == "follow_up"
                 and seeded.today <= date.fromisoformat(t.due_date)
                 <= seeded.today + timedelta(days=7)]
    assert len(this_week) >= 10, "follow-ups due this week"


def test_cases_in_every_stage_with_plans_approved_and_waiting(seeded: Seeded) -> None:
    statuses = Counter(row.status for row in seeded.rows)
    assert set(statuses) == {"open", "active", "closure_requested", "closed"}, statuses
    assert statuses["active"] == max(statuses.values())
    assert statuses["closed"] >= 0.05 * CASES
    plans = Counter(p.fields["status"] for p in seeded.records(RecordType.CASE_PLAN))
    assert plans["approved"] > plans["submitted"] > 0, plans
    assert plans["approved"] > 0.4 * CASES


def test_the_supervisor_has_recent_plans_and_closures_to_decide(seeded: Seeded) -> None:
    """The supervisor's pending approvals hold plans and closures asked for in the last
    week (older ones he has decided); a closure waiting is a case waiting for closure."""
    pending = seeded.supervisor().pending_approvals()
    kinds = Counter(a.fields["kind"] for a in pending)
    assert kinds["case_plan"] >= 1 and kinds["closure"] >= 1, kinds
    assert len(pending) <= 0.2 * CASES
    now = datetime.fromtimestamp(seeded.ws.clock.now_ms() / 1000, UTC)
    for approval in pending:
        asked = datetime.fromisoformat(approval.fields["requested_at"])
        assert timedelta(0) <= now - asked < timedelta(days=7), approval.fields
    waiting_closure = {a.case_id for a in pending if a.fields["kind"] == "closure"}
    status = {row.case_id: row.status for row in seeded.rows}
    assert waiting_closure == {c for c, s in status.items() if s == "closure_requested"}
    decided = [a for a in seeded.records(RecordType.APPROVAL)
               if a.fields["decision"] != "pending"]
    assert decided and {a.fields["decided_by"] for a in decided} == {DEMO_SUPERVISOR}
    closed = [c for c in seeded.records(RecordType.CASE) if c.fields["status"] == "closed"]
    assert closed and all(c.fields["closed_on"] < seeded.today.isoformat() for c in closed)


def test_no_date_is_later_than_today_where_only_the_past_makes_sense(seeded: Seeded) -> None:
    last = seeded.today.isoformat()
    now = datetime.fromtimestamp(seeded.ws.clock.now_ms() / 1000, UTC)
    past_only = {
        RecordType.CASE: ("opened_on", "closed_on"),
        RecordType.PERSON: ("date_of_birth",),
        RecordType.VISIT: ("visit_date",),
        RecordType.ASSESSMENT: ("completed_on",),
        RecordType.TASK: ("completed_on",),
        RecordType.REFERRAL: ("sent_on",),
    }
    seen: Counter[str] = Counter()
    for record_type, names in past_only.items():
        for record in seeded.records(record_type):
            for name in names:
                value = record.fields.get(name)
                if value:
                    assert value <= last, (record_type, name, value)
                    seen[name] += 1
    for approval in seeded.records(RecordType.APPROVAL):
        for name in ("requested_at", "decided_at"):
            if approval.fields.get(name):
                assert datetime.fromisoformat(approval.fields[name]) <= now
    assert all(seen[n] for names in past_only.values() for n in names), seen

    # ... and they spread over the past months rather than piling up on one day.
    opened = [date.fromisoformat(row.opened_on) for row in seeded.rows]
    assert min(opened) >= seeded.today - timedelta(days=3 * 365)
    assert len({d.isoformat()[:7] for d in opened}) >= 12
    sent = Counter(r.fields["sent_on"] for r in seeded.records(RecordType.REFERRAL)
                   if r.fields.get("sent_on"))
    assert sent.most_common(1)[0][1] < 0.1 * sent.total()


def test_last_visits_are_recent_and_reviews_mostly_ahead(seeded: Seeded) -> None:
    active = {row.case_id for row in seeded.rows if row.status == "active"}
    last_visit: dict[str, str] = {}
    for visit in seeded.records(RecordType.VISIT):
        if visit.case_id in active:
            last_visit[visit.case_id] = max(last_visit.get(visit.case_id, ""),
                                            visit.fields["visit_date"])
    month_ago = (seeded.today - timedelta(days=31)).isoformat()
    recent = sum(day >= month_ago for day in last_visit.values())
    assert recent >= 0.7 * len(last_visit), (recent, len(last_visit))

    reviews = [t for t in seeded.records(RecordType.TASK)
               if t.fields["kind"] == "review" and t.fields["status"] == "open"]
    ahead = sum(t.fields["due_date"] >= seeded.today.isoformat() for t in reviews)
    assert reviews and ahead >= 0.85 * len(reviews)
    # A case waiting for closure or closed has nothing left to do: never on the Overdue list.
    ending = [row for row in seeded.rows if row.status in ("closure_requested", "closed")]
    assert ending and all(row.next_due is None for row in ending)


def test_referrals_in_every_status(seeded: Seeded) -> None:
    statuses = Counter(r.fields["status"] for r in seeded.records(RecordType.REFERRAL))
    assert {"draft", "sent", "accepted", "declined", "completed"} <= set(statuses), statuses


def test_same_seed_and_day_same_caseload(tmp_path: Path) -> None:
    def caseload(root: Path) -> list[tuple[str | None, ...]]:
        s = _seed(root, START_MS, cases=30, seed=5)
        try:
            return [(r.family_name, r.children, r.status, r.risk, r.opened_on, r.next_due)
                    for r in s.rows]
        finally:
            s.ws.close()

    first = caseload(tmp_path / "a")
    assert len(first) == 30
    assert first == caseload(tmp_path / "b")


def test_a_user_without_a_team_gets_the_demo_team_and_its_supervisor(tmp_path: Path) -> None:
    """Offline and without a team, the seeded cases are the demo team's, so that its
    supervisor reaches and decides them."""
    s = _seed(tmp_path, START_MS, cases=40, teams="")
    try:
        assert {row.team for row in s.rows} == {DEMO_TEAM}
        assert {row.assigned_to for row in s.rows} == {"amina"}
        decided = [a for a in s.records(RecordType.APPROVAL)
                   if a.fields["decision"] == "approved"]
        assert decided
    finally:
        s.ws.close()
