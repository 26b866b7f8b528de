"""A supervisor's commands run as a script runs them (a real process on a real encrypted
workspace): the approval queue and its decisions, the team caseload, and reassigning cases;
each refusal with its exit status and a message that says what to do."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from casemgr.cli import EXIT_NOT_FOUND, EXIT_REFUSED, EXIT_USAGE
from casemgr.db.workspace import create_workspace
from casemgr.domain.clock import FixedClock, SystemClock
from tests.e2e.test_cli import PASSWORD, casemgr
from tests.support.team import seed_team, worker
from tests.support.workspaces import FAST_KDF

DAY_S = 86_400


@pytest.fixture
def sam(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """sam's offline workspace (supervisor of north) with amina's and brian's cases
    (tests/support/team.py), counted from today: a plan of amina's waiting two days, a
    closure of brian's asked for today. The case numbers by family."""
    data = tmp_path / "data"
    clock = FixedClock(SystemClock().now_ms() - 2 * DAY_S * 1000)
    ws = create_workspace(data, "sam", PASSWORD, clock=clock, kdf=FAST_KDF,
                          profile={"role": "supervisor", "teams": "north"})
    try:
        cases = seed_team(ws)
        amina, brian = worker(ws, "amina"), worker(ws, "brian")
        plan = amina.start_case_plan(cases["Wambui"], "Safe at home").value
        amina.add_goal(plan.id, {"goal": "Food every day",
                                 "due_date": (amina.today() + timedelta(days=30)).isoformat()})
        amina.submit_case_plan(plan.id)
        clock.advance(2 * DAY_S)
        brian.request_closure(cases["Achieng"], "Family moved away")
        numbers = {name: ws.store.require(i).fields["case_number"] for name, i in cases.items()}
    finally:
        ws.close()
    return data, numbers


def test_the_queue_oldest_first_and_each_decision(sam):
    data, numbers = sam
    queue = json.loads(casemgr(data, "approvals", "list", "--json").stdout)
    assert [(i["kind"], i["case_number"], i["days_waiting"], i["worker"]) for i in queue] == [
        ("case_plan", numbers["Wambui"], 2, "amina"),
        ("closure", numbers["Achieng"], 0, "brian")]
    plan, closure = (i["approval_id"] for i in queue)
    table = casemgr(data, "approvals", "list").stdout.splitlines()
    assert table[0].split() == ["APPROVAL", "WAITING", "REQUEST", "CASE", "FAMILY", "WORKER",
                                "RISK"]
    assert "Case plan" in table[1] and "Closure" in table[2]

    no_reason = casemgr(data, "approvals", "decide", plan, "--return", check=False)
    assert no_reason.returncode == EXIT_USAGE and "--comment" in no_reason.stderr
    unknown = casemgr(data, "approvals", "decide", numbers["Wambui"], "--approve", check=False)
    assert unknown.returncode == EXIT_NOT_FOUND  # a case number is not a request

    out = casemgr(data, "approvals", "decide", plan, "--return", "--comment",
                  "Add a goal for school").stdout
    assert out.startswith(f"Sent back the case plan of {numbers['Wambui']};")
    out = casemgr(data, "approvals", "decide", closure, "--approve").stdout
    assert out.startswith(f"Approved the closure of {numbers['Achieng']};")
    again = casemgr(data, "approvals", "decide", closure, "--approve", check=False)
    assert again.returncode == EXIT_REFUSED
    assert again.stderr.strip() == "casemgr: This request has already been decided."
    assert casemgr(data, "approvals", "list").stdout == "Nothing is waiting for your decision.\n"


def test_the_caseload_by_worker_and_cases_given_to_another_worker(sam):
    data, numbers = sam
    caseload = json.loads(casemgr(data, "team", "caseload", "--json").stdout)
    assert caseload["teams"] == ["north"] and not caseload["from_directory"]
    assert [(w["worker"], w["open_cases"], w["high_risk"], w["overdue_visits"],
             w["overdue_reviews"], w["unvisited"]) for w in caseload["workers"]] == [
        ("amina", 2, 1, 1, 1, 1), ("brian", 2, 1, 0, 1, 1)]

    refused = casemgr(data, "reassign", numbers["Otieno"], "--to", "carla", check=False)
    assert refused.returncode == EXIT_REFUSED
    assert refused.stderr.startswith("casemgr: carla is not an active caseworker or "
                                     "supervisor of team north")
    assert refused.stderr.rstrip().endswith("Nothing was reassigned.")
    missing = casemgr(data, "reassign", "ZZZZ-00009", "--to", "brian", check=False)
    assert missing.returncode == EXIT_NOT_FOUND

    out = casemgr(data, "reassign", numbers["Otieno"], numbers["Wambui"], "--to",
                  "brian").stdout
    assert out.startswith(f"Gave {numbers['Otieno']}, {numbers['Wambui']} to brian with 4 "
                          "open tasks;")
    table = casemgr(data, "team", "caseload").stdout.splitlines()
    assert table[0].split()[:2] == ["WORKER", "OPEN"]
    assert [line.split()[:2] for line in table[1:]] == [["brian", "4"], ["(whole", "team)"]]


def test_a_caseworker_is_told_these_are_a_supervisors(tmp_path):
    data = tmp_path / "data"
    create_workspace(data, "amina", PASSWORD, kdf=FAST_KDF,
                     profile={"role": "caseworker", "teams": "north"}).close()
    proc = casemgr(data, "team", "caseload", check=False)
    assert proc.returncode == EXIT_REFUSED
    assert proc.stderr.strip() == ("casemgr: Your role (caseworker) does not allow you to see "
                                   "team caseloads.")
    proc = casemgr(data, "reassign", "ZZZZ-00009", "--to", "brian", check=False)
    assert proc.returncode == EXIT_REFUSED and "reassign cases" in proc.stderr
