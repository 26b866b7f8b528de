"""Sync through a faulty network: a real server process, real encrypted workspaces, and a
fault-injecting proxy (tests/support/fault_proxy.py) on the laptop's line to the server.

Each test runs the same working day twice: once on a clean line (the reference) and once
with a fault on the first requests of one sync. A caseworker edits a case offline (fields,
notes added and deleted, a plan with a goal submitted) while a colleague's laptop changes
the same case; the faulty sync fails or is retried, then the line is clean again and both
laptops sync. What a user would notice must be the same as after the clean run: the same
records on the server, nothing lost, nothing applied twice, nothing left unsent, every
laptop showing what the server holds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from casemgr.app.casework import Casework
from casemgr.db.store import CaseQuery
from casemgr.domain.clock import SystemClock, iso_utc
from casemgr.domain.permissions import Actor, CaseAccess, Role, in_scope
from casemgr.server import tables as t
from casemgr.server.sync.scope import reassign_case
from casemgr.sync.account import first_login
from casemgr.sync.engine import SyncEngine, SyncSummary
from casemgr.sync.transport import Offline, ServerTrouble, SyncError, Transport
from tests.support.fault_proxy import APPLIED_UNSEEN, Fault, FaultProxy
from tests.support.live_server import DEMO_PASSWORD, LiveServer, demo_settings
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.workspaces import FAST_KDF

PUSH = "/api/v1/sync/push"
PULL = "/api/v1/sync/pull"


@dataclass
class Line:
    """The server and, in front of it, the faulty line the caseworker's laptop uses."""

    server: LiveServer
    db: sa.Engine
    proxy: FaultProxy


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, sa.Engine]]:
    root = tmp_path_factory.mktemp("faults-server")
    settings = demo_settings(root)
    server = LiveServer(settings)
    db = sa.create_engine(settings.database_url)
    yield server, db
    db.dispose()
    server.stop()


@pytest.fixture
def line(live: tuple[LiveServer, sa.Engine]) -> Iterator[Line]:
    server, db = live
    with FaultProxy(server.url, hold_limit_s=20) as proxy:
        yield Line(server, db, proxy)


class Laptop:
    """A caseworker's laptop: a real workspace whose transport goes to `url`. Retries do
    not wait (`sleep` is a no-op); pages are small so a pull takes several requests."""

    def __init__(self, root: Path, url: str, user: str = "amina") -> None:
        def transport(server_url: str, device_id: str) -> Transport:
            return Transport(server_url, device_id, retries=1, sleep=lambda _s: None)

        self.ws, self.transport = first_login(root, url, user, DEMO_PASSWORD, kdf=FAST_KDF,
                                              transport_factory=transport)
        self.cw = Casework(self.ws)
        self.sync()

    def sync(self) -> SyncSummary:
        return SyncEngine(self.ws, self.transport, pull_limit=3).sync()

    def cursor(self) -> int:
        return int(self.ws.meta("sync_cursor") or 0)

    def live_rows(self, case_id: str) -> dict[str, tuple[str, dict[str, Any], int]]:
        return {r[0]: (r[1], json.loads(r[2]), r[3]) for r in self.ws.conn.execute(
            "SELECT id, type, fields, rev FROM records WHERE case_id = ? AND deleted = 0",
            (case_id,))}

    def op_ids(self) -> list[str]:
        return [op.op_id for op in self.ws.store.outbox()]

    def close(self) -> None:
        self.transport.http.close()
        self.ws.close()


# -- the working day ---------------------------------------------------------------------------

@dataclass
class Day:
    """What happened, for the checks."""

    case_id: str
    worker: Laptop
    colleague: Laptop
    op_ids: list[str]  # every change the worker's laptop made, in order
    outcome: SyncError | None  # what the faulty sync raised, if anything
    before: dict[str, Any]  # the worker's laptop just before the faulty sync...
    after: dict[str, Any]  # ...and just after it


def working_day(root: Path, line: Line, faults: list[tuple[Fault, int, str | None, int]],
                *, read_timeout: float | None = None) -> Day:
    """The caseworker (through the proxy) and a colleague's laptop (direct) on one case."""
    worker = Laptop(root / "worker", line.proxy.url)
    case_id = worker.cw.register_family(FAMILY, [CHILD], {**CASE, "summary": "first visit"}).value
    worker.cw.add_note(case_id, "school confirms enrolment")
    doomed = worker.cw.add_note(case_id, "typo, delete me").value
    worker.sync()
    colleague = Laptop(root / "colleague", line.server.url)
    op_ids = worker.op_ids()  # (empty: everything so far was acknowledged)

    # Offline, the worker edits the case, adds and deletes notes, writes and submits a plan.
    worker.cw.edit_record(case_id, {"risk": "high", "summary": "father left; rent unpaid"})
    worker.cw.add_note(case_id, "visited with the teacher")
    worker.cw.add_note(case_id, "grandmother will help")
    worker.cw.delete_record(doomed.id)
    plan = worker.cw.start_case_plan(case_id, "Keep Wanjiru in school").value
    worker.cw.add_goal(plan.id, {"goal": "Attends every school day"})
    worker.cw.submit_case_plan(plan.id)
    op_ids += worker.op_ids()
    # Meanwhile the colleague changes the same case: one field concurrently (a conflict to
    # keep, exactly once), another not, and adds a note the worker must receive.
    colleague.cw.edit_record(case_id, {"risk": "low", "protection_concerns": ["neglect"]})
    colleague.cw.add_note(case_id, "called the mother")
    colleague.sync()

    before = _snapshot(worker)
    for fault, times, path, skip in faults:
        line.proxy.inject(fault, times, path, skip=skip)
    saved_timeout = worker.transport.timeout
    if read_timeout is not None:
        worker.transport.timeout = (read_timeout, read_timeout)
    outcome: SyncError | None = None
    try:
        worker.sync()
    except SyncError as exc:
        outcome = exc
    finally:
        worker.transport.timeout = saved_timeout
    after = _snapshot(worker)
    # The line is clean again; a held request may still reach the server late.
    line.proxy.clear()
    line.proxy.release.set()
    assert line.proxy.wait_idle(30), "a held request never finished"
    worker.sync()
    colleague.sync()
    worker.sync()
    return Day(case_id, worker, colleague, op_ids, outcome, before, after)


def _snapshot(laptop: Laptop) -> dict[str, Any]:
    return {"cursor": laptop.cursor(), "received": _received(laptop),
            "outbox": laptop.op_ids()}


def _received(laptop: Laptop) -> int:
    return int(laptop.ws.conn.execute(
        "SELECT count(*) FROM audit WHERE action = 'sync_received'").fetchone()[0])


# -- what the server holds, comparable between runs -------------------------------------------

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
_HASH = re.compile(r"^[0-9a-f]{64}$")


def server_view(db: sa.Engine, case_id: str) -> list[tuple[Any, ...]]:
    """The case's records on the server in the order they changed, with ids, times, hashes
    and case numbers (different in every run) replaced by stable stand-ins."""
    labels: dict[str, str] = {}

    def stable(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: ("<number>" if k == "case_number" else stable(v))
                    for k, v in sorted(value.items())}
        if isinstance(value, list):
            return [stable(v) for v in value]
        if isinstance(value, str) and _UUID.match(value):
            return labels.setdefault(value, f"id{len(labels)}")
        if isinstance(value, str) and _TIME.match(value):
            return "<time>"
        if isinstance(value, str) and _HASH.match(value):
            return "<hash>"
        return value

    r = t.records
    with db.connect() as conn:
        rows = conn.execute(sa.select(r).where(r.c.case_id == case_id).order_by(r.c.seq)).all()
    return [(stable(row.id), row.type, stable(row.fields), row.rev, bool(row.deleted),
             row.created_by, row.updated_by) for row in rows]


@pytest.fixture(scope="module")
def reference(live: tuple[LiveServer, sa.Engine], tmp_path_factory: pytest.TempPathFactory
              ) -> list[tuple[Any, ...]]:
    """The working day on a clean line."""
    server, db = live
    with FaultProxy(server.url) as proxy:
        day = working_day(tmp_path_factory.mktemp("reference"), Line(server, db, proxy), [])
        assert day.outcome is None
        assert_whole(day, Line(server, db, proxy))
        view = server_view(db, day.case_id)
        retire(day, db)
    return view


def retire(day: Day, db: sa.Engine) -> None:
    """Close the laptops; an admin moves the case to another team, so that the next test's
    laptops start with an empty caseload."""
    day.worker.close()
    day.colleague.close()
    reassign_case(db, day.case_id, "dmitri", "South", "admin", iso_utc(SystemClock().now_ms()))


def assert_whole(day: Day, line: Line) -> None:
    """Nothing lost, nothing twice, nothing unsent, every laptop as the server."""
    db, worker, colleague = line.db, day.worker, day.colleague
    r = t.records
    with db.connect() as conn:
        server_rows = {row.id: (row.type, dict(row.fields), row.rev) for row in conn.execute(
            sa.select(r).where(r.c.case_id == day.case_id, r.c.deleted.is_(False)))}
        results = conn.execute(sa.select(t.op_results.c.client_seq, t.op_results.c.op_id,
                                         t.op_results.c.result)
                               .where(t.op_results.c.device_id == worker.ws.device_id)
                               .order_by(t.op_results.c.client_seq)).all()
        watermark = conn.execute(sa.select(t.counters.c.value)
                                 .where(t.counters.c.name == "change_seq")).scalar_one()
        quarantined = conn.execute(sa.select(sa.func.count()).select_from(t.quarantine)
                                   .where(t.quarantine.c.case_id == day.case_id)).scalar_one()
        case = conn.execute(sa.select(r.c.fields).where(r.c.id == day.case_id)).scalar_one()
    # Every laptop shows exactly what the server holds for the case.
    assert worker.live_rows(day.case_id) == server_rows
    assert colleague.live_rows(day.case_id) == server_rows
    # Every change the worker made reached the server exactly once, in order.
    sent = int(worker.ws.meta("next_client_seq")) - 1
    assert [row.client_seq for row in results] == list(range(1, sent + 1))
    assert [row.op_id for row in results][-len(day.op_ids):] == day.op_ids
    assert not any(row.result["status"] == "rejected" for row in results)
    assert quarantined == 0
    # Nothing waits to be sent; both cursors stand at the server's committed sequence.
    assert worker.ws.store.outbox() == [] and colleague.ws.store.outbox() == []
    assert worker.cursor() == watermark and colleague.cursor() == watermark
    # What the caseworker sees: each note once, the deleted one gone, one conflict kept.
    notes = sorted(f["text"] for typ, f, _rev in server_rows.values() if typ == "note")
    assert notes == ["called the mother", "grandmother will help",
                     "school confirms enrolment", "visited with the teacher"]
    conflicts = [f for typ, f, _rev in server_rows.values() if typ == "conflict"]
    assert [(c["field"], c["server_value"], c["client_value"]) for c in conflicts] == [
        ("risk", "low", "high")]
    assert case["summary"] == "father left; rent unpaid"
    assert case["protection_concerns"] == ["neglect"]
    [plan] = [f for typ, f, _rev in server_rows.values() if typ == "case_plan"]
    assert plan["status"] == "submitted"
    actor = Actor("amina", Role.CASEWORKER, frozenset({"North"}))
    assert in_scope(actor, CaseAccess.of_case(case))


# -- the faults ----------------------------------------------------------------------------------

# (fault, where, how many requests, skipped first): one fault the retry absorbs, and
# enough to exhaust the retries (the laptop's transport tries twice) so the sync fails.
CASES = [
    pytest.param(fault, path, times, skip, id=f"{fault.value}-{name}")
    for fault in Fault if fault is not Fault.FORGE  # FORGE: tests/e2e/test_signed_removals.py
    for name, path, times, skip in (
        ("push-once", PUSH, 1, 0),
        ("push-exhausted", PUSH, 2, 0),
        ("pull-first-page-exhausted", PULL, 2, 0),
        ("pull-second-page-once", PULL, 1, 1),
    )
]
HOLDS = {Fault.HOLD_RESPONSE, Fault.HOLD_REQUEST}


@pytest.mark.parametrize(("fault", "path", "times", "skip"), CASES)
def test_a_faulty_sync_ends_as_a_clean_one(line: Line, reference: list[tuple[Any, ...]],
                                           tmp_path: Path, fault: Fault, path: str,
                                           times: int, skip: int) -> None:
    day = working_day(tmp_path, line, [(fault, times, path, skip)],
                      read_timeout=1.0 if fault in HOLDS else None)
    try:
        applied = line.proxy.faults_applied(fault)
        # A garbled answer is well-formed HTTP: the transport does not retry it, the sync
        # stops at once. A duplicated request is answered: nothing to retry either.
        failed = fault is Fault.GARBLE or (
            fault is not Fault.DUPLICATE and times > day.worker.transport.retries)
        if fault in (Fault.GARBLE, Fault.DUPLICATE):
            assert applied, "the fault did not happen"
        else:
            assert len(applied) == times, "the fault did not happen as armed"
        assert all(seen.forwarded == 2 for seen in applied if seen.fault is Fault.DUPLICATE)
        if failed:
            # The user is told, in the engine's own terms, and can simply sync again.
            assert isinstance(day.outcome, Offline | ServerTrouble), day.outcome
        else:
            assert day.outcome is None
        if failed and path == PUSH:
            # No answer reached the laptop: every change still waits to be sent.
            assert day.after["outbox"] == day.before["outbox"] == day.op_ids
        if failed and path == PULL and skip == 0:
            # The push went through; the first page never arrived intact: nothing of it
            # was applied (not a record, not the cursor).
            assert day.after["outbox"] == []
            assert (day.after["cursor"], day.after["received"]) == (
                day.before["cursor"], day.before["received"])
        assert_whole(day, line)
        assert server_view(line.db, day.case_id) == reference
        if fault in APPLIED_UNSEEN:
            # The nasty case did happen: the server got (and applied) what the laptop never
            # heard the answer to; sending it again changed nothing (checked above).
            assert all(seen.forwarded and seen.status == 200 for seen in applied)
    finally:
        retire(day, line.db)


@pytest.mark.parametrize("fault", [Fault.TRUNCATE, Fault.GARBLE, Fault.DROP_AFTER,
                                   Fault.BAD_GATEWAY])
def test_a_broken_pull_answer_is_never_applied_in_part(line: Line, tmp_path: Path,
                                                        fault: Fault) -> None:
    worker = Laptop(tmp_path / "worker", line.proxy.url)
    colleague = Laptop(tmp_path / "colleague", line.server.url)
    case_id = colleague.cw.register_family(FAMILY, [CHILD], CASE).value
    for i in range(5):
        colleague.cw.add_note(case_id, f"note {i}")
    colleague.sync()
    try:
        cursor, received = worker.cursor(), _received(worker)
        rows = worker.ws.conn.execute("SELECT count(*) FROM records").fetchone()[0]
        line.proxy.inject(fault, times=2, path=PULL)  # both tries of the first page
        with pytest.raises(Offline if fault is Fault.DROP_AFTER else ServerTrouble):
            worker.sync()
        # Nothing of the page: not a record, not the cursor, not a "received" audit entry.
        assert worker.cursor() == cursor
        assert _received(worker) == received
        assert worker.ws.conn.execute("SELECT count(*) FROM records").fetchone()[0] == rows
        assert case_id not in {r.case_id for r in worker.cw.list_cases(CaseQuery(limit=1000))}
        line.proxy.clear()
        worker.sync()
        assert worker.live_rows(case_id) == colleague.live_rows(case_id)
        assert len(worker.cw.case_file(case_id).notes) == 5
    finally:
        worker.close()
        colleague.close()
        reassign_case(line.db, case_id, "dmitri", "South", "admin",
                      iso_utc(SystemClock().now_ms()))
