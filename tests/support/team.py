"""sam's team on one workspace, as the team caseload tests see it: two caseworkers, amina and
brian, whose cases are each late in their own way (counted from the workspace's today)."""

from __future__ import annotations

from datetime import timedelta

from casemgr.app.casework import Casework
from casemgr.db.workspace import Workspace
from casemgr.domain.permissions import Actor, Role
from tests.support.records import CASE, CHILD, FAMILY

TEAM = "north"


def worker(ws: Workspace, name: str) -> Casework:
    return Casework(ws, actor=Actor(name, Role.CASEWORKER, frozenset({TEAM})))


def seed_team(ws: Workspace) -> dict[str, str]:
    """The team's cases by family name (their ids):

    - Otieno (amina, high risk, opened 40 days ago, never visited): its first visit and its
      review overdue, no visit in 30 days;
    - Wambui (amina, medium, opened today): nothing late, two open tasks;
    - Kamau (brian, critical, opened 40 days ago, visited 35 days ago): its review overdue,
      no visit in 30 days;
    - Achieng (brian, low, opened 20 days ago, visited 5 days ago): nothing late.
    """
    amina, brian = worker(ws, "amina"), worker(ws, "brian")
    today = amina.today()

    def register(cw: Casework, family: str, risk: str, days_ago: int,
                 visited_days_ago: int | None = None) -> str:
        case_id = cw.register_family({**FAMILY, "name": family},
                                     [{**CHILD, "family_name": family}],
                                     {**CASE, "risk": risk},
                                     opened_on=today - timedelta(days=days_ago)).value
        if visited_days_ago is not None:
            cw.record_visit(case_id, {
                "visit_date": (today - timedelta(days=visited_days_ago)).isoformat(),
                "visit_type": "home", "child_seen": True, "observations": "All well."})
        return case_id

    return {"Otieno": register(amina, "Otieno", "high", 40),
            "Wambui": register(amina, "Wambui", "medium", 0),
            "Kamau": register(brian, "Kamau", "critical", 40, visited_days_ago=35),
            "Achieng": register(brian, "Achieng", "low", 20, visited_days_ago=5)}
