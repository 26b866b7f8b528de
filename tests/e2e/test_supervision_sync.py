"""Supervision end to end: a real server process on 127.0.0.1 with the demo organisation and
real encrypted workspaces. Sam, who leads team North, records a supervision session with
Amina on his laptop; its agreed actions become Amina's tasks on hers after sync, in her case
or (an action in no case) as a task of her own. Brian (North too) and Sofia (who leads South)
never receive the session or its tasks; the admin does (docs/sync.md, "Personal records")."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from casemgr.app.supervision import AgreedAction, NewSession
from casemgr.domain.errors import ValidationError
from casemgr.domain.records import RecordType
from tests.support.laptops import Laptop
from tests.support.live_server import LiveServer, demo_settings
from tests.support.records import CASE, CHILD, FAMILY

SCHOOL_VISIT = "Visit the school about Wanjiru's attendance"
TRAINING = "Attend the trauma-informed care training"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = LiveServer(demo_settings(tmp_path_factory.mktemp("server")))
    yield live
    live.stop()


@pytest.fixture(scope="module")
def recorded(server: LiveServer, tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[dict[str, object]]:
    """Amina's case; Sam's session with her (one action in the case, one in none), synced."""
    root = tmp_path_factory.mktemp("laptops")
    amina = Laptop(root / "amina", server, "amina")
    case_id = amina.cw.register_family(FAMILY, [CHILD], CASE).value
    amina.sync()
    sam = Laptop(root / "sam", server, "sam")
    today = sam.cw.today()
    session = sam.cw.record_session(NewSession(
        worker="amina", session_date=today,
        cases_discussed=[(case_id, "Keep open; the school is the key worry")],
        wellbeing="strained", workload="heavy", wellbeing_note="Two emergencies this week",
        training_needs="Trauma-informed care",
        actions=[AgreedAction(SCHOOL_VISIT, today + timedelta(days=7), case_id),
                 AgreedAction(TRAINING, today + timedelta(days=30))])).value
    pushed = sam.sync()
    assert pushed.rejected == 0
    amina.sync()
    yield {"root": root, "amina": amina, "sam": sam, "case_id": case_id,
           "session_id": session.id, "today": today}
    amina.close()
    sam.close()


def test_the_agreed_actions_are_the_workers_tasks_after_sync(recorded) -> None:
    amina, case_id = recorded["amina"], recorded["case_id"]
    tasks = {t.title: t for t in amina.cw.open_tasks()}
    assert tasks[SCHOOL_VISIT].case_id == case_id  # a task in her case...
    assert tasks[TRAINING].case_id is None  # ...and one of her own, in no case
    assert tasks[SCHOOL_VISIT].assigned_to == tasks[TRAINING].assigned_to == "amina"
    assert tasks[SCHOOL_VISIT].supervisor == tasks[TRAINING].supervisor == "sam"
    today = recorded["today"]
    assert tasks[TRAINING].due_date == (today + timedelta(days=30)).isoformat()
    [row] = amina.cw.sessions_for()
    assert (row.worker, row.supervisor, row.cases, row.actions, row.open_actions) == (
        "amina", "sam", 1, 2, 2)
    view = amina.cw.supervision_session(row.session_id)
    assert view.cases == [(amina.ws.store.require(case_id).fields["case_number"],
                           "Keep open; the school is the key worry")]
    assert (view.wellbeing, view.workload, view.training_needs) == (
        "strained", "heavy", "Trauma-informed care")


def test_the_worker_ticks_off_a_task_and_the_supervisor_sees_it(recorded) -> None:
    amina, sam = recorded["amina"], recorded["sam"]
    training = next(t for t in amina.cw.open_tasks() if t.title == TRAINING)
    amina.cw.complete_task(training.task_id)
    assert amina.sync().rejected == 0
    sam.sync()
    view = sam.cw.supervision_session(recorded["session_id"])
    assert {a.action: a.task_status for a in view.actions} == {SCHOOL_VISIT: "open",
                                                              TRAINING: "done"}
    assert sam.cw.sessions_for("amina")[0].open_actions == 1


@pytest.mark.parametrize("user", ["brian", "sofia"])
def test_another_worker_or_another_teams_supervisor_never_receives_them(
        recorded, server: LiveServer, user: str) -> None:
    other = Laptop(recorded["root"] / user, server, user)
    try:
        task_ids = _task_ids(recorded)
        held = other.rows()
        assert recorded["session_id"] not in held and not task_ids & set(held)
        assert not any(kind == RecordType.SUPERVISION.value for kind, _ in held.values())
        assert other.cw.sessions_for() == []
        assert other.sync().refused == 0  # not sent and refused: never sent at all
    finally:
        other.close()


def test_the_admin_receives_them(recorded, server: LiveServer) -> None:
    admin = Laptop(recorded["root"] / "admin", server, "admin")
    try:
        [row] = admin.cw.sessions_for()
        assert (row.session_id, row.worker, row.supervisor) == (
            recorded["session_id"], "amina", "sam")
        assert _task_ids(recorded) <= set(admin.rows())
    finally:
        admin.close()


def _task_ids(recorded) -> set[str]:
    session = recorded["amina"].ws.store.require(recorded["session_id"])
    return {a["task_id"] for a in session.fields["actions"]}


def test_a_session_with_someone_outside_the_supervisors_teams_is_refused_before_saving(
        recorded) -> None:
    sam = recorded["sam"]
    with pytest.raises(ValidationError) as refused:
        sam.cw.record_session(NewSession(worker="carla", session_date=date.today(),
                                         cases_discussed=[], wellbeing="well",
                                         workload="light"))
    assert refused.value.errors["worker"] == "carla is not in one of your teams."
    assert sam.ws.store.outbox_count() == 0  # nothing written
