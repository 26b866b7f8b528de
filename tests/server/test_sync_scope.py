"""Scope as devices meet it: a case that comes into scope arrives whole, one that leaves
arrives as an eviction, both again after a lost answer, and nothing out of scope ever."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from casemgr.domain.records import RecordType
from casemgr.server import tables as t
from casemgr.server.sync.changes import write_server_change
from casemgr.server.sync.scope import reassign_case, scope_clause
from casemgr.sync.protocol import PullResponse
from tests.server.sync_support import Device, World, registered_case, world


@pytest.fixture
def w(db_url: str, tmp_path: Any) -> Iterator[World]:
    with world(db_url, tmp_path) as w:
        yield w


def scope(w: World, dev: Device) -> set[str]:
    with w.engine.connect() as conn:
        return set(conn.execute(sa.select(t.case_scope.c.case_id)
                                .where(scope_clause(dev.ctx.actor))).scalars())


def server_view(w: World, dev: Device) -> dict[str, tuple[int, bool]]:
    cases = scope(w, dev)
    return {r.id: (r.rev, r.deleted) for r in w.records()
            if r.case_id is None or r.case_id in cases}


def held(dev: Device) -> dict[str, tuple[int, bool]]:
    return {r.id: (r.rev, r.deleted) for r in dev.mirror.values()}


def assert_in_scope(w: World, dev: Device, page: PullResponse) -> None:
    cases = scope(w, dev)
    outside = [r.id for r in page.records if r.case_id is not None and r.case_id not in cases]
    assert outside == [], f"{dev.user} was sent records of cases out of scope"
    assert not set(page.evicted) & cases


def reassign(w: World, case_id: str, to: str, team: str | None = None) -> None:
    reassign_case(w.engine, case_id, to, team, "ada", w.clock.iso())


def test_a_reassigned_case_arrives_whole_and_leaves_as_an_eviction(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    rex = w.device("rex", teams=("North",))
    reg = registered_case(amina, team="North")
    notes = [amina.create(RecordType.NOTE, {"text": f"visit {i}"}, reg.case_id) for i in range(3)]
    amina.push(*notes)
    amina.pull()
    rex.pull()
    assert rex.mirror == {}
    reassign(w, reg.case_id, "rex")
    page = rex.pull_page()
    whole = {r.id for r in w.records(case_id=reg.case_id)}
    assert {r.id for r in page.records} == whole  # old records too, not only the change
    assert rex.mirror[reg.case_id].fields["assigned_to"] == "rex"
    page = amina.pull_page()
    assert page.evicted == [reg.case_id]
    assert not any(r.case_id == reg.case_id for r in amina.mirror.values())
    # Nothing more on the next pulls.
    assert amina.pull_page().evicted == [] and rex.pull_page().records == []


def test_a_lost_answer_brings_the_whole_case_and_the_eviction_again(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    rex = w.device("rex", teams=("North",))
    reg = registered_case(amina, team="North")
    rex.pull()
    reassign(w, reg.case_id, "rex")
    whole = {r.id for r in w.records(case_id=reg.case_id)}
    for _ in range(3):  # the answer is lost on the way, twice, then arrives
        lost = rex.fetch(rex.cursor, 500)
        assert {r.id for r in lost.records} == whole
        lost_evict = amina.fetch(amina.cursor, 500)
        assert lost_evict.evicted == [reg.case_id]
    rex.pull()
    amina.pull()
    assert set(rex.mirror) >= whole and amina.mirror == {}
    assert rex.fetch(rex.cursor, 500).records == []
    assert amina.fetch(amina.cursor, 500).evicted == []


def test_a_supervisor_joining_a_team_receives_its_cases_even_with_nothing_new(
        w: World) -> None:
    carl = w.device("carl", teams=("South",))
    sam = w.device("sam", "supervisor", ("North",))
    south = registered_case(carl, team="South")
    sam.pull()
    assert sam.mirror == {}
    w.join_team("sam", "South")
    w.refreshed(sam)
    cursor = sam.cursor
    lost = sam.fetch(cursor, 500)  # lost
    assert lost.next_cursor > cursor
    page = sam.pull_page()
    assert {r.id for r in page.records} == {south.case_id, south.family_id, south.child_id}
    assert sam.pull_page().records == []
    w.leave_team("sam", "South")
    w.refreshed(sam)
    assert sam.fetch(sam.cursor, 500).evicted == [south.case_id]  # lost
    assert sam.pull_page().evicted == [south.case_id]
    assert sam.mirror == {} and sam.pull_page().evicted == []


def test_a_case_that_leaves_and_returns_between_pulls_is_kept_and_brought_up_to_date(
        w: World) -> None:
    amina = w.device("amina", teams=("North",))
    reg = registered_case(amina, team="North")
    reassign(w, reg.case_id, "rex")
    with w.engine.begin() as conn:
        write_server_change(conn, record_id=reg.case_id, record_type="case",
                                 case_id=reg.case_id, changes={"summary": "while away"},
                                 actor_name="ada", now_iso=w.clock.iso())
    reassign(w, reg.case_id, "amina")
    page = amina.pull_page()
    assert page.evicted == []
    assert amina.mirror[reg.case_id].fields["summary"] == "while away"
    assert held(amina) == server_view(w, amina)


def test_a_lost_eviction_of_a_case_that_came_back_is_not_needed_and_its_changes_arrive(
        w: World) -> None:
    amina = w.device("amina", teams=("North",))
    reg = registered_case(amina, team="North")
    reassign(w, reg.case_id, "rex")
    assert amina.fetch(amina.cursor, 500).evicted == [reg.case_id]  # lost
    reassign(w, reg.case_id, "amina")
    with w.engine.begin() as conn:
        write_server_change(conn, record_id=reg.case_id, record_type="case",
                                 case_id=reg.case_id, changes={"summary": "back again"},
                                 actor_name="ada", now_iso=w.clock.iso())
    page = amina.pull_page()
    assert page.evicted == []
    assert amina.mirror[reg.case_id].fields["summary"] == "back again"


def test_a_caseworker_never_receives_another_caseworkers_case(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    rex = w.device("rex", teams=("North",))
    sam = w.device("sam", "supervisor", ("North",))
    ada = w.device("ada", "admin")
    reg = registered_case(amina, team="North")
    assert rex.pull()[0].records == []
    sam.pull()
    ada.pull()
    assert reg.case_id in sam.mirror and reg.case_id in ada.mirror


@pytest.mark.parametrize("seed", [7])
def test_nothing_out_of_scope_ever_and_every_device_ends_with_its_scope(
        w: World, seed: int) -> None:
    """A random walk of reassignments, edits, team changes and pulls whose answers are
    sometimes lost; every page is checked against the scope of the moment."""
    rnd = random.Random(seed)
    workers = {"amina": "North", "rex": "North", "carl": "South"}
    devices = [w.device(name, teams=(team,)) for name, team in workers.items()]
    devices += [w.device("amina", teams=("North",)), w.device("sam", "supervisor", ("North",)),
                w.device("sue", "supervisor", ("South",)), w.device("ada", "admin")]
    sam = devices[4]
    cases = [registered_case(devices[i % 3], team=workers[devices[i % 3].user]).case_id
             for i in range(6)]
    sam_in_south = False
    for _step in range(70):
        action = rnd.random()
        if action < 0.25:
            to = rnd.choice(sorted(workers))
            reassign(w, rnd.choice(cases), to, workers[to])
        elif action < 0.45:
            with w.engine.begin() as conn:
                case_id = rnd.choice(cases)
                write_server_change(conn, record_id=case_id, record_type="case",
                                         case_id=case_id,
                                         changes={"summary": f"step {_step}"},
                                         actor_name="ada", now_iso=w.clock.iso())
        elif action < 0.55:
            if sam_in_south:
                w.leave_team("sam", "South")
            else:
                w.join_team("sam", "South")
            sam_in_south = not sam_in_south
            w.refreshed(sam)
        else:
            dev = rnd.choice(devices)
            page = dev.fetch(dev.cursor, rnd.choice([2, 5, 500]))
            assert_in_scope(w, dev, page)
            if rnd.random() < 0.7:  # else: the answer was lost on the way
                dev.apply(page)
                if not page.has_more:
                    assert {r.case_id for r in dev.mirror.values()} - {None} <= scope(w, dev)
    for dev in devices:
        for page in dev.pull(limit=5):
            assert_in_scope(w, dev, page)
        assert held(dev) == server_view(w, dev), dev.user
