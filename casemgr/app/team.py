"""The supervisor's team caseload as use cases: every case of their teams by worker (open
cases, high risk, overdue first visits and reviews, cases without a visit in 30 days), the
cases themselves filtered and sorted as My cases, and one or several of them given to another
worker of their team in one transaction (their open tasks go with them).

A supervisor's workspace holds exactly the cases of the teams they lead (the server's scope),
so "the team's cases" are the workspace's cases. Who works in which team comes from the
server's directory of users, synced to the workspace; a workspace without a server knows only
the people its cases are assigned to (and the supervisor).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING

from casemgr.app.changes import Changes, Outcome
from casemgr.db import queries
from casemgr.db.store import CaseQuery, CaseRow
from casemgr.domain.errors import WorkflowError
from casemgr.domain.permissions import Action, Role, require
from casemgr.domain.records import CaseStatus, RecordType, RiskLevel, TaskStatus

if TYPE_CHECKING:
    from casemgr.app.casework import Casework

# An open case whose latest visit (or, never visited, its opening) is older than this many
# days shows as "no visit in 30 days".
NO_VISIT_DAYS = 30
HIGH_RISK = frozenset({RiskLevel.HIGH.value, RiskLevel.CRITICAL.value})
# Who may hold a case (casemgr.server.sync.push `_check_assignee`): never an admin.
HOLDS_CASES = frozenset({Role.CASEWORKER.value, Role.SUPERVISOR.value})


@dataclass(frozen=True)
class TeamCase:
    """A case of the team's caseload: its list row and what a supervisor watches in it."""

    row: CaseRow
    overdue_visits: int  # open first-visit tasks past their due date
    overdue_reviews: int  # open review tasks past their due date
    last_visit: str | None  # YYYY-MM-DD, None: never visited
    unvisited: bool  # open, and no visit in the last NO_VISIT_DAYS days

    @property
    def case_id(self) -> str:
        return self.row.case_id

    @property
    def is_open(self) -> bool:
        return self.row.status != CaseStatus.CLOSED.value


@dataclass(frozen=True)
class WorkerLoad:
    """One worker's open cases and what is late in them; `worker` "" is the whole team."""

    worker: str
    open_cases: int = 0
    high_risk: int = 0  # high or critical
    overdue_visits: int = 0
    overdue_reviews: int = 0
    unvisited: int = 0  # open cases without a visit in NO_VISIT_DAYS days
    in_team: bool = True  # False: holds cases of the team but is no longer an active member

    def counting(self, case: TeamCase) -> WorkerLoad:
        """This load with `case` counted in (a closed case counts for nothing)."""
        if not case.is_open:
            return self
        return replace(self, open_cases=self.open_cases + 1,
                       high_risk=self.high_risk + (case.row.risk in HIGH_RISK),
                       overdue_visits=self.overdue_visits + case.overdue_visits,
                       overdue_reviews=self.overdue_reviews + case.overdue_reviews,
                       unvisited=self.unvisited + case.unvisited)


@dataclass(frozen=True)
class TeamCaseload:
    teams: tuple[str, ...]  # the teams shown (a supervisor's own)
    # By name: every caseworker of the teams, and whoever else holds an open case of theirs.
    workers: list[WorkerLoad]
    total: WorkerLoad  # the whole team
    from_directory: bool  # the workers come from the server's directory (else: the cases)


@dataclass(frozen=True)
class Roster:
    """Who may hold the cases of each team: the active caseworkers and supervisors of the
    server's directory as of the last sync or, without one, the people the team's cases are
    assigned to and the supervisor."""

    members: Mapping[str | None, frozenset[str]]
    caseworkers: frozenset[str]  # the workers a caseload lists even when they hold no case
    from_directory: bool

    def of(self, team: str | None) -> frozenset[str]:
        return self.members.get(team, frozenset())


def roster(cw: Casework, rows: Iterable[CaseRow] | None = None) -> Roster:
    """The workspace's roster; `rows`: the case rows already read (else read here)."""
    users = queries.directory_users(cw.ws)
    if users:
        members: dict[str | None, set[str]] = {}
        for u in users:
            if u.active and u.role in HOLDS_CASES:
                for team in u.teams:
                    members.setdefault(team, set()).add(u.username)
        caseworkers = frozenset(u.username for u in users
                                if u.active and u.role == Role.CASEWORKER.value)
        return Roster({t: frozenset(m) for t, m in members.items()}, caseworkers, True)
    rows = list(rows) if rows is not None else _all_rows(cw)
    members = {}
    for row in rows:
        members.setdefault(row.team, set()).add(row.assigned_to)
    if cw.actor.role is Role.SUPERVISOR:
        for team in cw.actor.teams:
            members.setdefault(team, set()).add(cw.actor.user)
    return Roster({t: frozenset(m) for t, m in members.items()},
                  frozenset(r.assigned_to for r in rows), False)


def _all_rows(cw: Casework) -> list[CaseRow]:
    ids = cw.store.case_ids(CaseQuery())
    rows = cw.store.case_rows(ids)
    return [rows[i] for i in ids if i in rows]


def _team_cases(cw: Casework, rows: list[CaseRow], ids: list[str] | None) -> list[TeamCase]:
    on = cw.today()
    work = queries.case_work(cw.ws, on.isoformat(), ids)
    before = (on - timedelta(days=NO_VISIT_DAYS)).isoformat()
    found = []
    for row in rows:
        w = work.get(row.case_id, queries.CaseWork())
        found.append(TeamCase(
            row, w.overdue_visits, w.overdue_reviews, w.last_visit,
            row.status != CaseStatus.CLOSED.value and (w.last_visit or row.opened_on) < before))
    return found


def team_caseload(cw: Casework) -> TeamCaseload:
    """The caseload of the user's teams by worker (an admin: of every team)."""
    require(cw.actor, Action.VIEW_TEAM_CASELOAD)
    rows = _all_rows(cw)
    cases = _team_cases(cw, rows, None)
    people = roster(cw, rows)
    teams = (tuple(sorted(cw.actor.teams)) if cw.actor.role is Role.SUPERVISOR
             else tuple(sorted({t for t in people.members if t} | {r.team for r in rows
                                                                    if r.team})))
    in_team = {w for t in teams for w in people.of(t)}
    loads = {w: WorkerLoad(w) for w in in_team & people.caseworkers}
    total = WorkerLoad("")
    for case in cases:
        worker = case.row.assigned_to
        if worker in loads or case.is_open:
            load = loads.get(worker) or WorkerLoad(worker, in_team=worker in in_team)
            loads[worker] = load.counting(case)
        total = total.counting(case)
    return TeamCaseload(teams, [loads[w] for w in sorted(loads, key=str.casefold)], total,
                        people.from_directory)


def team_cases(cw: Casework, query: CaseQuery, *, unvisited_only: bool = False
               ) -> list[TeamCase]:
    """Every case of the list's filters in its sort order (as My cases: `query`'s limit and
    offset aside), each with its overdue visits and reviews and latest visit;
    `unvisited_only`: only open cases without a visit in NO_VISIT_DAYS days."""
    require(cw.actor, Action.VIEW_TEAM_CASELOAD)
    ids = cw.store.case_ids(query)
    by_id = cw.store.case_rows(ids)
    cases = _team_cases(cw, [by_id[i] for i in ids if i in by_id], ids)
    return [c for c in cases if c.unvisited] if unvisited_only else cases


@dataclass(frozen=True)
class CaseToMove:
    case_id: str
    case_number: str
    assigned_to: str
    team: str | None
    open_tasks: int  # the open tasks that go with the case: its worker's and nobody's


@dataclass(frozen=True)
class Reassignment:
    """Cases about to be given to another worker, and who may take them all: an active
    member of each case's team."""

    cases: list[CaseToMove]
    workers: list[str]
    from_directory: bool

    def moving(self, worker: str) -> tuple[int, int]:
        """How many of the cases, and how many open tasks, move if `worker` takes them (a
        case already theirs stays as it is)."""
        moving = [c for c in self.cases if c.assigned_to != worker]
        return len(moving), sum(c.open_tasks for c in moving)


@dataclass(frozen=True)
class Reassigned:
    """What a reassignment did."""

    worker: str
    cases: list[str]  # the case numbers given to `worker`
    tasks: int  # the open tasks that went with them
    already: list[str]  # the case numbers that were theirs already


def reassignment(cw: Casework, case_ids: Iterable[str]) -> Reassignment:
    """What reassigning these cases (ids or case numbers) involves, for the dialog that
    chooses the worker."""
    return _reassignment(cw, case_ids)[0]


def _reassignment(cw: Casework, case_ids: Iterable[str]) -> tuple[Reassignment, Roster]:
    require(cw.actor, Action.REASSIGN_CASE)
    found = {case.id: case for case in map(cw.store.find_case, case_ids)}
    cases = []
    for case in found.values():
        f = case.fields
        worker = str(f.get("assigned_to") or "")
        tasks = sum(1 for t in cw.store.case_records(case.id, RecordType.TASK)
                    if t.fields.get("status") == TaskStatus.OPEN.value
                    and t.fields.get("assigned_to") in (worker, None))
        cases.append(CaseToMove(case.id, str(f["case_number"]), worker, f.get("team"), tasks))
    if not cases:
        raise WorkflowError("Choose at least one case to reassign.")
    people = roster(cw)
    may_take = frozenset.intersection(*(people.of(c.team) for c in cases))
    return (Reassignment(cases, sorted(may_take, key=str.casefold), people.from_directory),
            people)


def reassign_cases(cw: Casework, case_ids: Iterable[str], worker: str
                   ) -> Outcome[Reassigned]:
    """Give these cases (ids or case numbers) to `worker`, all in one transaction: each
    case's open tasks that were its previous worker's (or nobody's) go with it. Refused,
    with nothing changed, when `worker` is not an active member of a case's team."""
    plan, people = _reassignment(cw, case_ids)
    worker = worker.strip()
    refused = next((c for c in plan.cases if worker not in people.of(c.team)), None)
    if refused is not None:
        team = f"team {refused.team}" if refused.team else "its team"
        why = ("as of the last sync" if plan.from_directory else
               "this workspace has no server, so only people who already hold its cases count")
        raise WorkflowError(
            f"{worker or 'Nobody'} is not an active caseworker or supervisor of {team} "
            f"({why}), so case {refused.case_number} cannot go to them. Nothing was "
            "reassigned.")
    given: list[str] = []
    already: list[str] = []
    tasks = 0
    changes = Changes()
    with cw.batch():
        for case in plan.cases:
            if case.assigned_to == worker:
                already.append(case.case_number)
                continue
            moved = cw.reassign_case(case.case_id, worker).changes
            changes |= moved
            given.append(case.case_number)
            tasks += sum(1 for _, kind in moved.records if kind is RecordType.TASK)
    return Outcome(Reassigned(worker, given, tasks, already), changes)


__all__ = ["HIGH_RISK", "NO_VISIT_DAYS", "CaseToMove", "Reassigned", "Reassignment", "Roster",
           "TeamCase", "TeamCaseload", "WorkerLoad", "reassign_cases", "reassignment",
           "roster", "team_caseload", "team_cases"]
