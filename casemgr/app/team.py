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
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from casemgr.app.changes import Changes, Outcome
from casemgr.db import queries
from casemgr.db.store import CaseRow
from casemgr.domain.errors import WorkflowError
from casemgr.domain.permissions import Action, Role, require
from casemgr.domain.records import CaseStatus, RecordType, TaskStatus
from casemgr.domain.text import msg

if TYPE_CHECKING:
    from casemgr.app.casework import Casework

# An open case whose latest visit (or, never visited, its opening) is older than this many
# days shows as "no visit in 30 days".
NO_VISIT_DAYS = 30
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


def roster(cw: Casework) -> Roster:
    """Who works in which team, as this workspace knows it."""
    members: dict[str | None, set[str]] = {}
    users = queries.directory_users(cw.ws)
    if users:
        for u in users:
            if u.active and u.role in HOLDS_CASES:
                for team in u.teams:
                    members.setdefault(team, set()).add(u.username)
        caseworkers = frozenset(u.username for u in users
                                if u.active and u.role == Role.CASEWORKER.value)
        return Roster({t: frozenset(m) for t, m in members.items()}, caseworkers, True)
    for case_team, worker in queries.team_assignees(cw.ws):
        members.setdefault(case_team, set()).add(worker)
    if cw.actor.role is Role.SUPERVISOR:
        for led in cw.actor.teams:
            members.setdefault(led, set()).add(cw.actor.user)
    return Roster({t: frozenset(m) for t, m in members.items()},
                  frozenset(w for m in members.values() for w in m) - {cw.actor.user}, False)


def no_visit_since(today: date) -> str:
    """The case list's `no_visit_since` for "no visit in NO_VISIT_DAYS days"."""
    return (today - timedelta(days=NO_VISIT_DAYS)).isoformat()


def team_caseload(cw: Casework) -> TeamCaseload:
    """The caseload of the user's teams by worker (an admin: of every team), counted in the
    database (migration 8's indexes): a supervisor's workspace may hold tens of thousands of
    cases."""
    require(cw.actor, Action.VIEW_TEAM_CASELOAD)
    on = cw.today()
    people = roster(cw)
    teams = (tuple(sorted(cw.actor.teams)) if cw.actor.role is Role.SUPERVISOR
             else tuple(sorted(t for t in people.members if t)))
    in_team = {w for t in teams for w in people.of(t)}
    loads = {w: WorkerLoad(w) for w in in_team & people.caseworkers}
    for r in queries.worker_loads(cw.ws, on.isoformat(), no_visit_since(on)):
        loads[r.worker] = WorkerLoad(r.worker, r.open_cases, r.high_risk, r.overdue_visits,
                                     r.overdue_reviews, r.unvisited, r.worker in in_team)
    workers = [loads[w] for w in sorted(loads, key=str.casefold)]
    total = WorkerLoad("", *(sum(getattr(w, name) for w in workers) for name in (
        "open_cases", "high_risk", "overdue_visits", "overdue_reviews", "unvisited")))
    return TeamCaseload(teams, workers, total, people.from_directory)


def team_case_rows(cw: Casework, case_ids: Iterable[str]) -> dict[str, TeamCase]:
    """These cases of the list (a page of it, fetched as it is shown) with their overdue
    first visits and reviews and their latest visit."""
    require(cw.actor, Action.VIEW_TEAM_CASELOAD)
    ids = list(case_ids)
    on = cw.today()
    since = no_visit_since(on)
    rows = cw.store.case_rows(ids)
    work = queries.case_work(cw.ws, on.isoformat(), rows)
    found = {}
    for case_id, row in rows.items():
        w = work.get(case_id, queries.CaseWork())
        found[case_id] = TeamCase(
            row, w.overdue_visits, w.overdue_reviews, w.last_visit,
            row.status != CaseStatus.CLOSED.value and (w.last_visit or row.opened_on) < since)
    return found


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
        raise WorkflowError(msg("Choose at least one case to reassign."))
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
        team = msg("team {team}", team=refused.team) if refused.team else msg("its team")
        who = worker or msg("Nobody")
        raise WorkflowError(msg(
            "{worker} is not an active caseworker or supervisor of {team} (as of the last "
            "sync), so case {case_number} cannot go to them. Nothing was reassigned.",
            worker=who, team=team, case_number=refused.case_number) if plan.from_directory
            else msg("{worker} is not an active caseworker or supervisor of {team} (this "
                     "workspace has no server, so only people who already hold its cases "
                     "count), so case {case_number} cannot go to them. Nothing was reassigned.",
                     worker=who, team=team, case_number=refused.case_number))
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


__all__ = ["NO_VISIT_DAYS", "CaseToMove", "Reassigned", "Reassignment", "Roster", "TeamCase",
           "TeamCaseload", "WorkerLoad", "no_visit_since", "reassign_cases", "reassignment",
           "roster", "team_case_rows", "team_caseload"]
