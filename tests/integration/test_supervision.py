"""Recording a supervision session on one real encrypted workspace (casemgr.app.supervision):
the session and its tasks in one transaction, each a change waiting to sync, and the
refusals a supervisor meets before anything is written."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from casemgr.app.casework import Casework
from casemgr.app.supervision import AgreedAction, NewSession
from casemgr.db.sync_store import SyncStore
from casemgr.domain.errors import ValidationError
from casemgr.domain.permissions import Actor, Role
from casemgr.domain.records import RecordType
from tests.support.records import CASE, CHILD, FAMILY


@pytest.fixture
def case_id(workspace, worker: Casework) -> str:
    SyncStore(workspace).save_directory([
        ("sam", "supervisor", ["north"], True), ("amina", "caseworker", ["north"], True),
        ("carla", "caseworker", ["south"], True)])
    return worker.register_family(FAMILY, [CHILD], CASE).value


def session(case_id: str, on: date, **change) -> NewSession:
    values = dict(worker="amina", session_date=on,
                  cases_discussed=[(case_id, "Keep open")], wellbeing="coping",
                  workload="manageable",
                  actions=[AgreedAction("Visit the school", on + timedelta(days=7), case_id),
                           AgreedAction("Attend the training", on + timedelta(days=30))])
    values.update(change)
    return NewSession(**values)


def test_the_session_and_its_tasks_are_one_change_each_in_one_transaction(
        workspace, supervisor: Casework, case_id: str) -> None:
    before = workspace.store.outbox_count()
    outcome = supervisor.record_session(session(case_id, supervisor.today()))
    ops = workspace.store.outbox()[before:]
    assert [(op.record_type, op.case_id) for op in ops] == [
        ("supervision", None), ("task", case_id), ("task", None)]
    assert outcome.changes.types == {RecordType.SUPERVISION, RecordType.TASK}
    actions = outcome.value.fields["actions"]
    assert {a["task_id"] for a in actions} == {op.record_id for op in ops[1:]}
    tasks = {t.title: t for t in supervisor.open_tasks()}
    assert tasks["Attend the training"].case_id is None
    assert tasks["Visit the school"].supervisor == "sam"


@pytest.mark.parametrize(("change", "field", "message"), [
    ({"worker": "carla"}, "worker", "carla is not in one of your teams."),
    ({"worker": ""}, "worker", "Choose the worker"),
    ({"cases_discussed": [("0192f0c0-0000-7000-8000-00000000000a", "x")]}, "cases_discussed",
     "Only amina's open cases"),
    ({"actions": [AgreedAction(" ", date(2027, 1, 1))]}, "actions", "Say what was agreed"),
    ({"actions": [AgreedAction("Call", date(2020, 1, 1))]}, "actions", "on or after"),
])
def test_what_does_not_hold_is_refused_before_anything_is_written(
        workspace, supervisor: Casework, case_id: str, change, field, message) -> None:
    before = workspace.store.outbox_count()
    with pytest.raises(ValidationError) as refused:
        supervisor.record_session(session(case_id, supervisor.today(), **change))
    assert message in refused.value.errors[field]
    assert workspace.store.outbox_count() == before


def test_a_caseworker_records_none_and_an_admin_no_action_in_a_case(
        workspace, worker: Casework, case_id: str) -> None:
    with pytest.raises(ValidationError) as refused:
        worker.record_session(session(case_id, worker.today(), worker="sam"))
    assert "not allow you to record supervision" in refused.value.errors["worker"]
    admin = Casework(workspace, actor=Actor("admin", Role.ADMIN))
    with pytest.raises(ValidationError) as refused:
        admin.record_session(session(case_id, admin.today()))
    assert "administrator records no casework" in refused.value.errors["actions"]
    recorded = admin.record_session(session(case_id, admin.today(), actions=[
        AgreedAction("Attend the training", admin.today())])).value
    assert recorded.fields["worker"] == "amina"
