"""The supervisor's team caseload on a real workspace: each worker's open cases and what is
late in them, the cases filtered and sorted as My cases, and several cases given to another
worker of the team in one transaction, their open tasks with them."""

from __future__ import annotations

import pytest

from casemgr.app.team import WorkerLoad, no_visit_since
from casemgr.db.store import CaseQuery, CaseSort
from casemgr.db.sync_store import SyncStore
from casemgr.domain.errors import PermissionDenied, WorkflowError
from casemgr.domain.records import RecordType
from tests.support.team import seed_team, worker


@pytest.fixture
def cases(workspace) -> dict[str, str]:
    return seed_team(workspace)


def loads(supervisor) -> dict[str, tuple[int, int, int, int, int, bool]]:
    caseload = supervisor.team_caseload()
    def counts(w: WorkerLoad) -> tuple[int, int, int, int, int, bool]:
        return (w.open_cases, w.high_risk, w.overdue_visits, w.overdue_reviews, w.unvisited,
                w.in_team)
    return {w.worker or "team": counts(w) for w in [*caseload.workers, caseload.total]}


def test_each_workers_open_cases_and_what_is_late_in_them(supervisor, cases):
    caseload = supervisor.team_caseload()
    assert caseload.teams == ("north",) and not caseload.from_directory
    #                 open high visits reviews unvisited
    assert loads(supervisor) == {"amina": (2, 1, 1, 1, 1, True),
                                 "brian": (2, 1, 0, 1, 1, True),
                                 "team": (4, 2, 1, 2, 2, True)}


def rows(supervisor, query: CaseQuery) -> list:
    """The team's cases of the list's filters in its order, as the page shows them."""
    ids = supervisor.case_ids(query)
    found = supervisor.team_case_rows(ids)
    return [found[i] for i in ids]


def test_the_cases_filter_and_sort_as_my_cases(supervisor, cases):
    brian = rows(supervisor, CaseQuery(assigned_to="brian", sort=CaseSort.RISK,
                                       descending=True))
    assert [c.row.family_name for c in brian] == ["Kamau", "Achieng"]
    kamau = brian[0]
    assert (kamau.overdue_visits, kamau.overdue_reviews, kamau.unvisited) == (0, 1, True)
    assert kamau.last_visit is not None and brian[1].last_visit > kamau.last_visit
    since = no_visit_since(supervisor.today())
    late = rows(supervisor, CaseQuery(sort=CaseSort.FAMILY, no_visit_since=since))
    assert [c.row.family_name for c in late] == ["Kamau", "Otieno"]
    assert all(c.unvisited for c in late)
    assert late[1].last_visit is None  # never visited: counted from its opening
    assert supervisor.case_ids(CaseQuery(risk="low", no_visit_since=since)) == []


def test_several_cases_go_to_another_worker_with_their_open_tasks(supervisor, cases, workspace):
    mine = [cases["Otieno"], cases["Wambui"]]
    plan = supervisor.reassignment(mine)
    assert plan.workers == ["amina", "brian", "sam"]  # no server: who holds cases, and sam
    assert plan.moving("brian") == (2, 4) and plan.moving("amina") == (0, 0)
    waiting = workspace.store.outbox_count()

    done = supervisor.reassign_cases(mine, "brian")

    numbers = [workspace.store.require(c).fields["case_number"] for c in mine]
    assert (done.value.cases, done.value.tasks, done.value.already) == (numbers, 4, [])
    assert workspace.store.outbox_count() == waiting + 6  # two cases, four tasks
    assert done.changes.case_ids == set(mine)
    for case_id in mine:
        assert workspace.store.require(case_id).fields["assigned_to"] == "brian"
        tasks = workspace.store.case_records(case_id, RecordType.TASK)
        assert {t.fields["assigned_to"] for t in tasks} == {"brian"}
    assert loads(supervisor)["brian"][:5] == (4, 2, 1, 2, 2)
    again = supervisor.reassign_cases([numbers[0]], "brian").value  # by case number
    assert (again.cases, again.already) == ([], [numbers[0]])


def test_a_worker_outside_the_cases_team_is_refused_and_nothing_changes(supervisor, cases,
                                                                        workspace):
    waiting = workspace.store.outbox_count()
    with pytest.raises(WorkflowError, match=r"^dmitri is not an active caseworker or "
                       r"supervisor of team north \(this workspace has no server"):
        supervisor.reassign_cases([cases["Kamau"]], "dmitri")
    with pytest.raises(WorkflowError, match="Choose at least one case"):
        supervisor.reassign_cases([], "brian")
    assert workspace.store.outbox_count() == waiting
    assert workspace.store.require(cases["Kamau"]).fields["assigned_to"] == "brian"


def directory(workspace, *users: tuple[str, str, list[str], bool]) -> None:
    SyncStore(workspace).save_directory(users)


def test_the_servers_directory_says_who_is_in_the_team(supervisor, cases, workspace):
    directory(workspace, ("amina", "caseworker", ["north"], True),
              ("brian", "caseworker", ["north"], False),  # left: his cases need a new worker
              ("chidi", "caseworker", ["north"], True),  # new: no case yet
              ("carla", "caseworker", ["south"], True),
              ("sam", "supervisor", ["north"], True), ("admin", "admin", [], True))
    caseload = supervisor.team_caseload()
    assert caseload.from_directory
    assert [(w.worker, w.open_cases, w.in_team) for w in caseload.workers] == [
        ("amina", 2, True), ("brian", 2, False), ("chidi", 0, True)]

    assert supervisor.reassignment([cases["Kamau"]]).workers == ["amina", "chidi", "sam"]
    for outsider in ("brian", "carla", "admin"):
        with pytest.raises(WorkflowError, match=rf"^{outsider} is not an active .* north "
                           r"\(as of the last sync\), so case .* Nothing was reassigned\.$"):
            supervisor.reassign_cases([cases["Kamau"]], outsider)
    supervisor.reassign_cases([cases["Kamau"], cases["Achieng"]], "chidi")
    assert [(w.worker, w.open_cases) for w in supervisor.team_caseload().workers] == [
        ("amina", 2), ("chidi", 2)]


def test_one_case_refused_inside_the_transaction_keeps_every_case_as_it_was(
        supervisor, cases, workspace):
    """carla works in both teams; sam leads only north, so the south case is refused by the
    rules as it is written, after the north one was: neither moves."""
    south = worker(workspace, "dmitri")
    south_case = south.register_family({"name": "Baraka"}, [
        {"given_name": "Juma", "family_name": "Baraka", "role": "child",
         "date_of_birth": "2017-05-01"}], {"risk": "low", "legal_basis": "consent",
                                            "consent_given_by": "Mother"}, team="south").value
    directory(workspace, ("carla", "caseworker", ["north", "south"], True),
              ("dmitri", "caseworker", ["south"], True))
    waiting = workspace.store.outbox_count()
    with pytest.raises(PermissionDenied):
        supervisor.reassign_cases([cases["Otieno"], south_case], "carla")
    assert workspace.store.outbox_count() == waiting
    assert workspace.store.require(cases["Otieno"]).fields["assigned_to"] == "amina"
