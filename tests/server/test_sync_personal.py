"""Personal records on the server (docs/sync.md, "Personal records"): a supervision session and
the tasks agreed in it that name no case reach the worker, the supervisor who recorded them
and admins, never anyone else; only a supervisor of the worker's team (or an admin) records
one; the worker and the audience never change; an older client is sent none, and gets those
it missed once it speaks the version that knows them. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from casemgr.domain.ids import uuid7
from casemgr.domain.records import RecordType
from casemgr.server import tables as t
from casemgr.server.sync.pull import pull_changes
from casemgr.sync.protocol import PERSONAL_RECORDS_SINCE, PullResponse
from tests.server.sync_support import Device, World, registered_case, world


@pytest.fixture
def w(db_url: str, tmp_path: Any) -> Iterator[World]:
    with world(db_url, tmp_path) as w:
        for name, role, team in (("sam", "supervisor", "North"), ("amina", "caseworker", "North"),
                                 ("brian", "caseworker", "North"),
                                 ("sofia", "supervisor", "South"), ("admin", "admin", None)):
            w.person(name, role, (team,) if team else ())
        yield w


def session_fields(worker: str = "amina", **extra: Any) -> dict[str, Any]:
    return {"worker": worker, "session_date": "2026-11-17", "wellbeing": "strained",
            "workload": "heavy", "training_needs": "Trauma-informed care", **extra}


def personal_task(worker: str = "amina", **extra: Any) -> dict[str, Any]:
    return {"title": "Attend the trauma-informed care training", "kind": "follow_up",
            "due_date": "2026-12-15", "status": "open", "assigned_to": worker, **extra}


def record_session(sam: Device, worker: str = "amina") -> tuple[str, str]:
    """A session with one personal task, pushed by `sam`: (session id, task id)."""
    task_id = uuid7()
    fields = session_fields(worker, actions=[{"action": "Attend the training",
                                              "due_date": "2026-12-15", "task_id": task_id}])
    session, task = (sam.create(RecordType.SUPERVISION, fields, None),
                     sam.create(RecordType.TASK, personal_task(worker), None, task_id))
    assert [r.status for r in sam.push(session, task).results] == ["applied", "applied"]
    return session.record_id, task_id


def ids(dev: Device) -> set[str]:
    dev.pull()
    return {r.id for r in dev.live()}


def test_a_session_reaches_its_worker_its_author_and_admins_only(w: World) -> None:
    sam, amina = w.device("sam"), w.device("amina")
    brian, sofia, admin = w.device("brian"), w.device("sofia"), w.device("admin")
    session_id, task_id = record_session(sam)
    assert {session_id, task_id} <= ids(amina)
    assert {session_id, task_id} <= ids(sam)
    assert {session_id, task_id} <= ids(admin)
    assert not {session_id, task_id} & ids(brian)
    assert not {session_id, task_id} & ids(sofia)
    with w.engine.connect() as conn:
        audience = conn.execute(sa.select(t.record_audience.c.record_id,
                                          t.record_audience.c.username)).all()
    assert sorted(audience) == sorted([(session_id, "amina"), (session_id, "sam"),
                                       (task_id, "amina"), (task_id, "sam")])

    # The worker ticks off the task; the change reaches the same people, and only them.
    brian_cursor = brian.cursor
    assert amina.push_one(amina.update(task_id, {"status": "done",
                                                 "completed_on": "2026-11-18"})).status \
        == "applied"
    sam.pull()
    assert sam.mirror[task_id].fields["status"] == "done"
    assert [r.id for p in brian.pull() for r in p.records] == []
    assert brian.cursor > brian_cursor  # the feed moved on past what brian may not see


def test_only_a_supervisor_of_the_workers_team_or_an_admin_records_one(w: World) -> None:
    sam, sofia, brian = w.device("sam"), w.device("sofia"), w.device("brian")
    admin = w.device("admin")
    refused = {
        "brian (a caseworker)": brian.push_one(brian.create(RecordType.SUPERVISION,
                                                            session_fields(), None)),
        "sofia (another team)": sofia.push_one(sofia.create(RecordType.SUPERVISION,
                                                            session_fields(), None)),
        "sam with himself": sam.push_one(sam.create(RecordType.SUPERVISION,
                                                    session_fields("sam"), None)),
        "sam with no such worker": sam.push_one(sam.create(RecordType.SUPERVISION,
                                                           session_fields("nobody"), None)),
        "sam with an admin": sam.push_one(sam.create(RecordType.SUPERVISION,
                                                     session_fields("admin"), None)),
        "a task for sofia's worker": sofia.push_one(sofia.create(RecordType.TASK,
                                                                 personal_task(), None)),
        "a session in a case": sam.push_one(sam.create(RecordType.SUPERVISION,
                                                       session_fields(), uuid7())),
    }
    assert {who: r.status for who, r in refused.items()} == dict.fromkeys(refused, "rejected")
    assert "not allow you to record supervision" in refused["brian (a caseworker)"].reason
    assert "amina is not in one of your teams" in refused["sofia (another team)"].reason
    assert "belongs to no case" in refused["a session in a case"].reason
    assert len(w.quarantine()) == len(refused)  # kept for review, not dropped
    assert w.records(RecordType.SUPERVISION) == []
    assert admin.push_one(admin.create(RecordType.SUPERVISION, session_fields(),
                                       None)).status == "applied"


def test_what_a_session_says_is_its_authors_and_its_worker_never_changes(w: World) -> None:
    sam, amina = w.device("sam"), w.device("amina")
    session_id, task_id = record_session(sam)
    amina.pull()
    sam.pull()
    answers = {
        "the worker edits the session": amina.push_one(
            amina.update(session_id, {"training_needs": "None"})),
        "the worker renames her task": amina.push_one(
            amina.update(task_id, {"title": "Skip the training"})),
        "the author changes the worker": sam.push_one(
            sam.update(session_id, {"worker": "brian"})),
        "the task moves to another worker": sam.push_one(
            sam.update(task_id, {"assigned_to": "brian"})),
        "the worker deletes her task": amina.push_one(amina.delete(task_id)),
    }
    assert {k: r.status for k, r in answers.items()} == dict.fromkeys(answers, "rejected")
    assert "Only its author, sam" in answers["the worker edits the session"].reason
    assert "stays with the worker" in answers["the author changes the worker"].reason
    sam.pull()
    assert sam.push_one(sam.update(session_id, {"training_needs": "Case notes"})).status \
        == "applied"
    assert amina.push_one(amina.update(task_id, {"status": "done"})).status == "applied"
    # The author's delete is a tombstone that reaches the worker too.
    sam.pull()
    assert sam.push_one(sam.delete(session_id)).status == "applied"
    amina.pull()
    assert amina.mirror[session_id].deleted


def test_an_older_client_is_sent_none_and_gets_them_once_it_knows_them(w: World) -> None:
    sam, amina = w.device("sam"), w.device("amina")
    registered_case(amina)

    def pull(version: int, cursor: int | None = None) -> PullResponse:
        page = pull_changes(w.engine, amina.ctx, amina.cursor if cursor is None else cursor,
                            500, w.clock.iso(), w.keys, version)
        amina.apply(page)
        return page

    session_id, task_id = record_session(sam)
    old = pull(PERSONAL_RECORDS_SINCE - 1)
    assert {r.type for r in old.records} <= {RecordType.CASE, RecordType.FAMILY,
                                              RecordType.PERSON, RecordType.TASK}
    assert session_id not in amina.mirror and task_id not in amina.mirror
    behind = amina.cursor
    lost = pull(PERSONAL_RECORDS_SINCE)  # updated: what it missed comes now...
    assert {r.id for r in lost.records} == {session_id, task_id}
    assert lost.next_cursor > behind
    again = pull(PERSONAL_RECORDS_SINCE, cursor=behind)  # ...again if that answer was lost...
    assert {r.id for r in again.records} == {session_id, task_id}
    assert pull(PERSONAL_RECORDS_SINCE).records == []  # ...and once applied, never again
    # Back on an older client for a while (a second laptop not yet updated, say), then new.
    second_id, _ = record_session(sam)
    assert pull(PERSONAL_RECORDS_SINCE - 1).records == []
    assert second_id in {r.id for r in pull(PERSONAL_RECORDS_SINCE).records}
