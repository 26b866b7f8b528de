"""A supervisor reassigns cases from his team caseload through a real server process: the
workers come from the server's directory, the cases leave the old worker's laptop at its next
sync and arrive on the new worker's with their open tasks."""

from __future__ import annotations

from pathlib import Path

import pytest

from casemgr.db.errors import RecordNotFound
from casemgr.db.store import CaseQuery
from casemgr.domain.errors import WorkflowError
from tests.support.laptops import Laptop
from tests.support.live_server import LiveServer
from tests.support.records import CASE, CHILD, FAMILY


def test_cases_leave_the_old_workers_laptop_and_arrive_with_their_tasks(
        live_server: LiveServer, tmp_path: Path) -> None:
    amina = Laptop(tmp_path / "amina", live_server, "amina")
    cases = [amina.cw.register_family({**FAMILY, "name": name}, [CHILD], CASE).value
             for name in ("Otieno", "Wambui", "Kariuki")]
    amina.cw.add_task(cases[0], "Call the school", amina.cw.today().isoformat())
    amina.sync()
    brian = Laptop(tmp_path / "brian", live_server, "brian")
    sam = Laptop(tmp_path / "sam", live_server, "sam")

    caseload = sam.cw.team_caseload()
    assert caseload.from_directory and caseload.teams == ("North",)
    assert [(w.worker, w.open_cases) for w in caseload.workers] == [("amina", 3), ("brian", 0)]
    moving = cases[:2]
    plan = sam.cw.reassignment(moving)
    assert plan.workers == ["amina", "brian", "sam"]  # North's, from the server's directory
    assert plan.moving("brian") == (2, 5)
    with pytest.raises(WorkflowError, match=r"^carla .* team North \(as of the last sync\)"):
        sam.cw.reassign_cases(moving, "carla")  # South's: refused before the server is asked

    done = sam.cw.reassign_cases(moving, "brian").value
    assert done.tasks == 5
    assert sam.sync().rejected == 0

    assert amina.sync().evicted == 2
    for gone in moving:  # the case, its family, children and tasks: no row left
        with pytest.raises(RecordNotFound):
            amina.ws.store.find_case(gone)
        assert amina.ws.store.case_records(gone, include_deleted=True) == []
    assert {r.case_id for r in amina.cw.list_cases(CaseQuery())} == {cases[2]}

    brian.sync()
    assert {r.case_id for r in brian.cw.list_cases(CaseQuery())} == set(moving)
    for case_id in moving:
        tasks = brian.cw.case_file(case_id).tasks
        assert tasks and {t.fields["assigned_to"] for t in tasks} == {"brian"}
    assert [(w.worker, w.open_cases) for w in sam.cw.team_caseload().workers] == [
        ("amina", 1), ("brian", 2)]
    for laptop in (amina, brian, sam):
        laptop.close()
