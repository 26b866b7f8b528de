"""Sync under concurrency, with real connections and threads: devices pushing to one record
at once end consistent, a retried push has one effect, and a pull never skips a change that
commits late (PostgreSQL, where writers really run in parallel)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from casemgr.domain.records import RecordType
from casemgr.server import tables as t
from casemgr.server.sync.changes import write_server_change
from casemgr.server.sync.pull import committed_seq
from casemgr.sync.protocol import Op, OpResult
from tests.server.sync_support import Device, World, registered_case, world

WAIT_S = 30


@pytest.fixture
def w(db_url: str, tmp_path: Any) -> Iterator[World]:
    with world(db_url, tmp_path) as w:
        yield w


def in_threads(*jobs: Callable[[], Any]) -> list[Any]:
    """Run the jobs at once (a barrier releases them together); their results, in order."""
    barrier = threading.Barrier(len(jobs))
    results: list[Any] = [None] * len(jobs)
    errors: list[BaseException] = []

    def run(i: int, job: Callable[[], Any]) -> None:
        try:
            barrier.wait(WAIT_S)
            results[i] = job()
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT_S)
        assert not thread.is_alive(), "a push did not finish"
    if errors:
        raise errors[0]
    return results


def edits(dev: Device, case_id: str, own_field: str | None, values: list[str]) -> list[Op]:
    """Offline edits of one case, each on top of the last (as the client's outbox holds them):
    the summary every time, `own_field` every other time."""
    case = dev.mirror[case_id]
    local = dict(case.fields)
    ops = []
    for i, value in enumerate(values):
        changes = {"summary": (local.get("summary"), f"{dev.user}: {value}")}
        if own_field is not None and i % 2 == 0:
            changes[own_field] = (local.get(own_field), f"{dev.user} {value}")
        ops.append(dev.op("update", RecordType.CASE, case_id, case_id, changes, case.rev))
        local.update({k: v for k, (_b, v) in changes.items()})
    return ops


def push_in_batches(dev: Device, ops: list[Op], size: int = 3) -> list[OpResult]:
    results: list[OpResult] = []
    for i in range(0, len(ops), size):
        results += dev.push(*ops[i:i + size]).results
    return results


def test_two_devices_pushing_to_one_record_at_once_end_consistent(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    sam = w.device("sam", "supervisor", ("North",))
    reg = registered_case(amina, team="North")
    sam.pull()
    values = [str(i) for i in range(12)]
    amina_ops = edits(amina, reg.case_id, "consent_given_by", values)
    sam_ops = edits(sam, reg.case_id, None, values)
    results = in_threads(lambda: push_in_batches(amina, amina_ops),
                         lambda: push_in_batches(sam, sam_ops))
    assert all(r.status in ("applied", "merged", "conflict") for rs in results for r in rs)
    case = w.record(reg.case_id)
    # Whoever changed the summary first keeps it; every summary of the other is in a
    # conflict record, with its author: nothing is lost, nothing is applied twice.
    winner = "amina" if case.fields["summary"].startswith("amina") else "sam"
    loser = "sam" if winner == "amina" else "amina"
    assert case.fields["summary"] == f"{winner}: 11"
    conflicts = [c for c in w.conflicts() if c.fields["field"] == "summary"]
    assert sorted(c.fields["client_value"] for c in conflicts) == sorted(
        f"{loser}: {v}" for v in values)
    assert {c.fields["client_by"] for c in conflicts} == {loser}
    assert case.fields["consent_given_by"] == "amina 10"  # only amina changed it
    # Every change got its own revision, none lost between two writers.
    assert {r.rev for rs in results for r in rs} == set(range(2, case.rev + 1))
    assert sum(len(r.conflicts) for rs in results for r in rs) == len(w.conflicts())
    with w.engine.connect() as conn:
        seqs = [r.seq for r in w.records()]
        assert len(seqs) == len(set(seqs)) and max(seqs) == committed_seq(conn)
    amina.pull()
    sam.pull()
    assert amina.mirror == sam.mirror == {r.id: r for r in w.records()}


def test_a_push_retried_while_the_first_is_still_running_has_one_effect(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    reg = registered_case(amina)
    notes = [amina.create(RecordType.NOTE, {"text": f"n{i}"}, reg.case_id) for i in range(20)]
    first, second = in_threads(lambda: amina.push(*notes), lambda: amina.push(*notes))
    assert first == second
    assert {r.status for r in first.results} == {"applied"}
    assert len(w.records(RecordType.NOTE)) == 20


# -- the commit-safe cursor --------------------------------------------------------------------

def _postgres_only(w: World) -> None:
    if w.engine.dialect.name != "postgresql":
        pytest.skip("SQLite runs one writer at a time (BEGIN IMMEDIATE): no race to reproduce")


def _wait_until_blocked_by(w: World, pid: int) -> None:
    """Until some session waits for a lock `pid` holds (the condition, polled; no sleep)."""
    deadline = time.monotonic() + WAIT_S
    with w.engine.connect() as conn:
        while time.monotonic() < deadline:
            waiting = conn.execute(sa.text(
                "SELECT count(*) FROM pg_locks WHERE NOT granted "
                "AND :pid = ANY(pg_blocking_pids(pid))"), {"pid": pid}).scalar_one()
            conn.rollback()
            if waiting:
                return
    raise AssertionError("the second writer never waited for the first")


def test_a_change_allocated_first_and_committed_last_is_not_skipped(w: World) -> None:
    """Writer 1 takes a seq and holds its transaction open; writer 2 must not commit a later
    seq before it (it waits), so a pull in between sees neither, and then both."""
    _postgres_only(w)
    amina = w.device("amina", teams=("North",))
    reg = registered_case(amina)
    laptop = w.device("amina", teams=("North",))
    laptop.pull()
    start = laptop.cursor
    with w.engine.connect() as conn1:
        pid = conn1.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        conn1.rollback()
        tx1 = conn1.begin()
        first = write_server_change(conn1, record_id=reg.case_id, record_type="case",
                                         case_id=reg.case_id, changes={"risk": "high"},
                                         actor_name="ada", now_iso=w.clock.iso())
        note = amina.create(RecordType.NOTE, {"text": "pushed meanwhile"}, reg.case_id)
        pushed: list[OpResult] = []
        thread = threading.Thread(target=lambda: pushed.append(amina.push_one(note)))
        thread.start()
        _wait_until_blocked_by(w, pid)
        page = laptop.pull_page()
        assert page.records == [] and page.next_cursor == start
        tx1.commit()
    thread.join(WAIT_S)
    assert pushed and pushed[0].status == "applied"
    assert first.seq < (pushed[0].seq or 0)
    laptop.pull()
    assert laptop.mirror[reg.case_id].fields["risk"] == "high"
    assert note.record_id in laptop.mirror


def test_a_writer_still_checking_takes_its_seq_only_when_it_commits(w: World) -> None:
    """Writer 1 has locked a record and not yet allocated; writer 2 commits meanwhile and a
    pull moves past it; writer 1's seq comes after, so the next pull still gets it."""
    _postgres_only(w)
    amina = w.device("amina", teams=("North",))
    reg = registered_case(amina)
    laptop = w.device("amina", teams=("North",))
    laptop.pull()
    with w.engine.connect() as conn1:
        tx1 = conn1.begin()
        conn1.execute(sa.select(t.records.c.id).where(t.records.c.id == reg.case_id)
                      .with_for_update())
        note = amina.create(RecordType.NOTE, {"text": "committed first"}, reg.case_id)
        assert amina.push_one(note).status == "applied"
        laptop.pull()
        assert note.record_id in laptop.mirror
        late = write_server_change(conn1, record_id=reg.case_id, record_type="case",
                                        case_id=reg.case_id, changes={"risk": "high"},
                                        actor_name="ada", now_iso=w.clock.iso())
        tx1.commit()
    assert late.seq > laptop.cursor
    laptop.pull()
    assert laptop.mirror[reg.case_id].fields["risk"] == "high"
