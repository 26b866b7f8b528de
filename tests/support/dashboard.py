"""A supervisor's workspace for the Dashboard's tests, and the Dashboard's figures counted again
straight from its records in plain Python (never through casemgr.db.queries), to check the
figures against.

sam supervises the north team: amina, brian and chidi, each with synthetic cases seeded
through the real use cases (every date counted back from the clock's today), and a few cases
made by hand so that every column has something in it: a first visit overdue and one not due
yet, a late one, a case whose risk was never assessed, a task of a worker without cases, a
plan sent back, a referral cancelled, an overdue task in no case (not counted: the figures
count casework). olga's case of the south team is out of sam's scope.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from casemgr.app.casework import Casework
from casemgr.app.dashboard import TURNAROUND_BANDS
from casemgr.db.workspace import Workspace, create_workspace, unlock_workspace
from casemgr.demo.seed import DatedCasework, seed_demo
from casemgr.domain.clock import FixedClock
from casemgr.domain.permissions import Actor, CaseAccess, Role, in_scope
from casemgr.domain.records import Decision, RecordType, RiskLevel
from casemgr.domain.schedule import DEFAULT_FIRST_VISIT_DAYS
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.workspaces import FAST_KDF, PASSWORD, START_MS

SUPERVISOR = "sam"
TEAM = "north"
WORKERS = ("amina", "brian", "chidi")
SAM = Actor(SUPERVISOR, Role.SUPERVISOR, frozenset({TEAM}))


def make_team_workspace(data_dir: Path, clock: FixedClock, cases_per_worker: int = 12) -> None:
    """sam's closed workspace: his team's seeded caseload and the cases made by hand."""
    ws = create_workspace(data_dir, SUPERVISOR, PASSWORD, clock=clock, kdf=FAST_KDF,
                          profile={"role": "supervisor", "teams": TEAM})
    try:
        for i, worker in enumerate(WORKERS):
            seed_demo(Casework(ws, actor=Actor(worker, Role.CASEWORKER, frozenset({TEAM}))),
                      cases_per_worker, seed=20 + i)
        _by_hand(ws)
    finally:
        ws.close()


@contextmanager
def team_workspace(data_dir: Path, cases_per_worker: int = 15) -> Iterator[Workspace]:
    """The supervisor's workspace of `make_team_workspace`, unlocked (closed afterwards)."""
    clock = FixedClock(START_MS)
    make_team_workspace(data_dir, clock, cases_per_worker=cases_per_worker)
    ws = unlock_workspace(data_dir, SUPERVISOR, PASSWORD, clock=clock, kdf_policy=FAST_KDF)
    try:
        yield ws
    finally:
        ws.close()


def _by_hand(ws: Workspace) -> None:
    amina = DatedCasework(Casework(ws, actor=Actor("amina", Role.CASEWORKER,
                                                   frozenset({TEAM}))))
    sam = DatedCasework(Casework(ws, actor=SAM))
    today = amina.today()

    def on(days_ago: int) -> date:
        return today - timedelta(days=days_ago)

    def register(name: str, risk: str | None, days_ago: int, cw: DatedCasework = amina) -> str:
        cw.day = on(days_ago)
        case = {k: v for k, v in CASE.items() if k != "risk"} | ({"risk": risk} if risk else {})
        return cw.register_family({**FAMILY, "name": name}, [CHILD], case,
                                  opened_on=on(days_ago)).value

    def visit(case_id: str, days_ago: int) -> None:
        amina.day = on(days_ago)
        amina.record_visit(case_id, {"visit_date": on(days_ago).isoformat(),
                                     "visit_type": "home", "participants": "The family"})

    register("Unvisited", "high", 20)  # the first visit 18 days overdue
    register("Newcomer", "low", 1)  # not due for 9 days more
    visit(register("Latecomer", "critical", 10), 5)  # visited 4 days late
    unassessed = register("Unassessed", None, 3)  # a high risk's target
    visit(unassessed, 3)
    amina.day = on(3)
    amina.add_task(unassessed, "Court report", on(3).isoformat(), assigned_to="dmitri")

    plan = amina.start_case_plan(unassessed, "Stay safe at home").value
    amina.add_goal(plan.id, {"goal": "School every day"})
    amina.day = on(4)
    request = amina.submit_case_plan(plan.id).value
    sam.day = on(2)
    sam.decide(request.id, Decision.RETURNED, "Add a goal about the father's visits.")

    amina.day = on(3)
    referral = amina.refer(unassessed, {"service_type": "legal", "urgency": "routine",
                                        "consent": True, "reason": "Custody advice"}).value
    amina.send_referral(referral.id)
    amina.cancel_referral(referral.id)

    with ws.store.write(SUPERVISOR) as tx:  # an action agreed in supervision, in no case
        tx.create(RecordType.TASK, {"title": "Read the guidance on neglect", "kind": "other",
                                    "due_date": on(5).isoformat(), "status": "open",
                                    "assigned_to": "amina"}, case_id=None)

    olga = DatedCasework(Casework(ws, actor=Actor("olga", Role.CASEWORKER,
                                                  frozenset({"south"}))))
    south = register("Elsewhere", "critical", 30, olga)  # never visited: overdue, not sam's
    olga.day = on(30)
    olga.add_task(south, "Call the school", on(25).isoformat())
    amina.day = olga.day = None


# -- the figures, counted again -----------------------------------------------------------------


def _band(days: int) -> str:
    return next(label for label, lo, hi in TURNAROUND_BANDS
                if days >= lo and (hi is None or days <= hi))


def _day(iso: Any) -> date:
    return date.fromisoformat(str(iso)[:10])


def expected_figures(ws: Workspace, actor: Actor, period_days: int, today: date,
                     ceiling: int = 20) -> dict[str, dict[str, tuple[Any, ...]]]:
    """Each figure as {row key: its numbers}, in the order of Dashboard.figures' columns,
    counted from the records' fields."""
    since = today - timedelta(days=period_days - 1)
    cases = {c.id: c.fields for c in ws.store.records_of_type(RecordType.CASE)
             if in_scope(actor, CaseAccess.of_case(c.fields))}

    def of_cases(record_type: RecordType) -> list[dict[str, Any]]:
        return [{**r.fields, "_case": r.case_id} for r in ws.store.records_of_type(record_type)
                if r.case_id in cases]

    # cases by risk and status
    statuses = ("open", "active", "closure_requested", "closed")
    risk_status: Counter[tuple[str, str]] = Counter()
    for f in cases.values():
        closed_before = f["status"] == "closed" and _day(f["closed_on"]) < since
        if _day(f["opened_on"]) <= today and not closed_before:
            risk_status[(f.get("risk") or "", f["status"])] += 1
    risks = ["critical", "high", "medium", "low"]
    if any(r == "" for r, _ in risk_status):
        risks.append("")
    by_risk = {}
    for risk in risks:
        counts = tuple(risk_status[(risk, s)] for s in statuses)
        by_risk[risk] = (*counts, sum(counts))

    # overdue work per worker
    overdue: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for t in of_cases(RecordType.TASK):
        worker = t.get("assigned_to") or cases[t["_case"]]["assigned_to"]
        if t["status"] == "open" and _day(t["due_date"]) < today:
            overdue[worker][0] += 1
        if (t["status"] == "done" and since <= _day(t["completed_on"]) <= today
                and t["completed_on"] > t["due_date"]):
            overdue[worker][1] += 1

    # caseload
    caseload: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for f in cases.values():
        if f["status"] != "closed":
            caseload[f["assigned_to"]][0] += 1
            caseload[f["assigned_to"]][1] += f.get("risk") in ("high", "critical")
    for worker in caseload:
        overdue.setdefault(worker, [0, 0])
    overdue_rows = {w: tuple(v) for w, v in overdue.items() if any(v) or w in caseload}

    # time to the first visit
    visits: dict[str, list[str]] = defaultdict(list)
    for v in of_cases(RecordType.VISIT):
        if _day(v["visit_date"]) <= today:
            visits[v["_case"]].append(v["visit_date"])
    first: dict[str, dict[str, Any]] = {}
    for case_id, f in cases.items():
        opened = _day(f["opened_on"])
        if not since <= opened <= today:
            continue
        risk = f.get("risk") or ""
        target = DEFAULT_FIRST_VISIT_DAYS[RiskLevel(risk or "high")]
        row = first.setdefault(risk, {"target": target, "days": [], "cases": 0, "in_time": 0,
                                      "late": 0, "overdue": 0, "not_due": 0})
        row["cases"] += 1
        if visits[case_id]:
            days = max(0, (_day(min(visits[case_id])) - opened).days)
            row["days"].append(days)
            row["in_time" if days <= target else "late"] += 1
        else:
            row["overdue" if (today - opened).days > target else "not_due"] += 1
    first_rows = {}
    for risk in ["critical", "high", "medium", "low"] + ([""] if "" in first else []):
        r = first.get(risk, {"target": DEFAULT_FIRST_VISIT_DAYS[RiskLevel(risk or "high")],
                             "days": [], "cases": 0, "in_time": 0, "late": 0, "overdue": 0,
                             "not_due": 0})
        first_rows[risk] = (r["target"], statistics.median(r["days"]) if r["days"] else None,
                            r["cases"], r["in_time"], r["late"], r["overdue"], r["not_due"])

    # plan approval turnaround
    plans: dict[str, list[int]] = {label: [0, 0, 0] for label, _, _ in TURNAROUND_BANDS}
    for a in of_cases(RecordType.APPROVAL):
        if a["kind"] != "case_plan":
            continue
        asked = _day(a["requested_at"])
        if a["decision"] == "pending" and asked <= today:
            plans[_band((today - asked).days)][2] += 1
        elif a["decision"] in ("approved", "returned") and since <= _day(a["decided_at"]) <= today:
            plans[_band((_day(a["decided_at"]) - asked).days)][
                0 if a["decision"] == "approved" else 1] += 1

    # referral outcomes
    referrals: dict[str, Counter[str]] = defaultdict(Counter)
    for r in of_cases(RecordType.REFERRAL):
        if r.get("sent_on") and since <= _day(r["sent_on"]) <= today:
            referrals[r["service_type"]][r["status"]] += 1
    outcomes = ("completed", "accepted", "declined", "cancelled", "sent")

    return {
        "risk_and_status": by_risk,
        "overdue": overdue_rows,
        "first_visits": first_rows,
        "plan_turnaround": {band: tuple(v) for band, v in plans.items()},
        "referrals": {s: (*(c[o] for o in outcomes), sum(c.values()))
                      for s, c in referrals.items()},
        "caseload": {w: (n, high, max(0, n - ceiling)) for w, (n, high) in caseload.items()},
    }
