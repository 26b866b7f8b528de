"""The Dashboard's figures on a real encrypted workspace (a supervisor's team, seeded through
the use cases), each checked against the same figure counted again in plain Python from the
records' fields (tests/support/dashboard.py), for every period; whose cases each role sees;
and what the ceiling changes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from casemgr.app.casework import Casework
from casemgr.app.dashboard import PERIODS, Dashboard, dashboard
from casemgr.db.workspace import Workspace, unlock_workspace
from casemgr.domain.clock import FixedClock
from casemgr.domain.permissions import Actor, Role
from tests.support.dashboard import SAM, SUPERVISOR, WORKERS, expected_figures, make_team_workspace
from tests.support.workspaces import FAST_KDF, PASSWORD, START_MS

NAMES = ("risk_and_status", "overdue", "first_visits", "plan_turnaround", "referrals",
         "caseload")


@pytest.fixture(scope="module")
def team_ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    data_dir = tmp_path_factory.mktemp("dashboard")
    clock = FixedClock(START_MS)
    make_team_workspace(data_dir, clock)
    ws = unlock_workspace(data_dir, SUPERVISOR, PASSWORD, clock=clock, kdf_policy=FAST_KDF)
    yield ws
    ws.close()


def shown(board: Dashboard) -> dict[str, dict[str, tuple]]:
    return {name: {row.key: row.values for row in figure.rows}
            for name, figure in zip(NAMES, board.figures, strict=True)}


def today_of(ws: Workspace) -> date:
    return Casework(ws).today()


@pytest.mark.parametrize("days", PERIODS)
def test_every_figure_matches_the_records_counted_again(team_ws, days):
    cw = Casework(team_ws, actor=SAM)
    board = dashboard(cw, days, cw.today())
    assert shown(board) == expected_figures(team_ws, SAM, days, cw.today())
    assert board.since.isoformat() < board.until.isoformat() == cw.today().isoformat()
    assert (board.until - board.since).days == days - 1


def test_the_seeded_team_puts_something_in_every_column(team_ws):
    """So the comparison above cannot pass on zeros: each kind of case it defines is there."""
    cw = Casework(team_ws, actor=SAM)
    board = dashboard(cw, 365, cw.today(), caseload_ceiling=5)
    for figure in board.figures:
        for i, header in enumerate(figure.columns):
            assert any(row.values[i] for row in figure.rows), (figure.title, header)
    assert {r.key for r in board.caseload.rows} == set(WORKERS)
    assert board.overdue.row("dmitri").values == (1, 0)  # his task, in amina's case
    assert board.first_visits.row("").label == "Not assessed"
    assert board.first_visits.row("").values[0] == board.first_visits.row("high").values[0]


def test_a_shorter_period_counts_fewer_and_today_stays(team_ws):
    cw = Casework(team_ws, actor=SAM)
    month, year = dashboard(cw, 30, cw.today()), dashboard(cw, 365, cw.today())
    assert sum(year.referrals.column("Sent")) > sum(month.referrals.column("Sent"))
    assert sum(year.risk_and_status.column("Closed")) > sum(month.risk_and_status.column("Closed"))
    assert month.caseload.rows == year.caseload.rows  # today's caseload, whatever the period
    assert month.overdue.column("Overdue now") == year.overdue.column("Overdue now")


def test_each_role_counts_the_cases_that_reach_it(team_ws):
    today = today_of(team_ws)
    admin = Actor("ines", Role.ADMIN)
    amina = Actor("amina", Role.CASEWORKER, frozenset({"north"}))
    for actor in (admin, amina):
        board = dashboard(Casework(team_ws, actor=actor), 90, today)
        assert shown(board) == expected_figures(team_ws, actor, 90, today)
    workers = {r.key for r in dashboard(Casework(team_ws, actor=admin), 90, today).caseload.rows}
    assert workers == {*WORKERS, "olga"}  # the south team's case too
    assert "olga" not in {r.key for r in dashboard(Casework(team_ws, actor=SAM), 90,
                                                   today).caseload.rows}
    mine = dashboard(Casework(team_ws, actor=amina), 90, today)
    assert [r.key for r in mine.caseload.rows] == ["amina"]
    assert "north" in dashboard(Casework(team_ws, actor=SAM), 90, today).scope


def test_the_ceiling_names_who_carries_too_many(team_ws):
    cw = Casework(team_ws, actor=SAM)
    board = dashboard(cw, 90, cw.today(), caseload_ceiling=1)
    cases = {r.key: r.values[0] for r in board.caseload.rows}
    assert set(board.caseload.over) == {w for w, n in cases.items() if n > 1}
    roomy = board.with_ceiling(max(cases.values()))
    assert roomy.caseload.over == [] and roomy.caseload.column("Over the ceiling by") == [
        0] * len(cases)
    assert roomy.caseload.column("Cases") == board.caseload.column("Cases")
    assert shown(board.with_ceiling(20))["caseload"] == expected_figures(
        team_ws, SAM, 90, cw.today(), ceiling=20)["caseload"]
    assert f"ceiling of {max(cases.values())} cases" in roomy.caseload.explanation


def test_a_period_or_ceiling_out_of_range_is_refused(team_ws):
    cw = Casework(team_ws, actor=SAM)
    with pytest.raises(ValueError, match="at least one day"):
        dashboard(cw, 0, cw.today())
    with pytest.raises(ValueError, match="ceiling"):
        dashboard(cw, 30, cw.today(), caseload_ceiling=0)
