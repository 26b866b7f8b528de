"""Pull as devices meet it: pages in seq order that add up to the server's state, directory
records for everyone, the epoch in every answer, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from casemgr.domain.ids import uuid7
from casemgr.domain.records import RecordType
from casemgr.server import tables as t
from casemgr.server.sync.changes import write_server_change
from casemgr.server.sync.pull import committed_seq
from casemgr.server.sync.scope import scope_clause
from tests.server.sync_support import Device, World, register, registered_case, world


@pytest.fixture
def w(db_url: str, tmp_path: Any) -> Iterator[World]:
    with world(db_url, tmp_path) as w:
        yield w


def server_view(w: World, dev: Device) -> dict[str, tuple[int, bool]]:
    """What the device should hold: every record of its cases and the directory, by rev."""
    with w.engine.connect() as conn:
        cases = set(conn.execute(sa.select(t.case_scope.c.case_id)
                                 .where(scope_clause(dev.ctx.actor))).scalars())
    return {r.id: (r.rev, r.deleted) for r in w.records()
            if r.case_id is None or r.case_id in cases}


def held(dev: Device) -> dict[str, tuple[int, bool]]:
    return {r.id: (r.rev, r.deleted) for r in dev.mirror.values()}


def test_pages_in_seq_order_add_up_to_what_changed(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    laptop = w.device("amina", teams=("North",))
    reg = registered_case(amina)
    laptop.pull()
    notes = [amina.create(RecordType.NOTE, {"text": f"Note {i}"}, reg.case_id)
             for i in range(30)]
    amina.push(*notes)
    pages = laptop.pull(limit=7)
    assert [len(p.records) for p in pages] == [7, 7, 7, 7, 2]
    assert [p.has_more for p in pages] == [True] * 4 + [False]
    seqs = [r.seq for p in pages for r in p.records]
    assert seqs == sorted(seqs) and len(set(seqs)) == 30
    cursors = [p.next_cursor for p in pages]
    assert cursors == sorted(cursors) and cursors[-1] == max(seqs)
    assert held(laptop) == server_view(w, laptop)
    assert laptop.pull()[0].records == []  # up to date


def test_a_first_pull_brings_every_case_whole_a_page_at_a_time(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    cases = []
    for i in range(12):
        reg, ops = register(amina, family=f"Family {i}")
        amina.push(*ops)
        cases.append(reg.case_id)
    laptop = w.device("amina", teams=("North",))
    pages = laptop.pull(limit=7)
    assert len(pages) > 1 and all(len(p.records) <= 7 for p in pages)
    assert not pages[-1].has_more
    assert held(laptop) == server_view(w, laptop)
    assert {r.case_id for r in laptop.mirror.values()} == set(cases)
    # Each record came once: a case sent whole is not sent again by the change feed.
    sent = [r.id for p in pages for r in p.records]
    assert len(sent) == len(set(sent)) == len(laptop.mirror)


def test_a_record_changed_after_its_case_came_whole_still_comes(w: World) -> None:
    """The feed skips only what the whole case brought: a later change of it arrives."""
    amina = w.device("amina", teams=("North",))
    reg = registered_case(amina)
    laptop = w.device("amina", teams=("North",))
    laptop.pull()
    note = amina.create(RecordType.NOTE, {"text": "After"}, reg.case_id)
    amina.push(note)
    [page] = laptop.pull()
    assert [r.id for r in page.records] == [note.record_id]
    assert held(laptop) == server_view(w, laptop)


def test_directory_records_reach_every_device(w: World) -> None:
    rex = w.device("rex", teams=("North",))
    with w.engine.begin() as conn:
        provider = write_server_change(
            conn, record_id=uuid7(), record_type=RecordType.PROVIDER, case_id=None,
            changes={"name": "Hillside Clinic", "service_types": ["health"]},
            actor_name="ada", now_iso=w.clock.iso())
    rex.pull()
    assert rex.mirror[provider.id].fields["name"] == "Hillside Clinic"
    with w.engine.begin() as conn:
        write_server_change(conn, record_id=provider.id, record_type=RecordType.PROVIDER,
                                 case_id=None, changes={"phone": "0700 000 000"},
                                 actor_name="ada", now_iso=w.clock.iso())
    rex.pull()
    assert (rex.mirror[provider.id].rev, rex.mirror[provider.id].fields["phone"]) == (
        2, "0700 000 000")


def test_every_answer_carries_the_epoch_and_the_pull_is_recorded(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    registered_case(amina)
    with w.engine.connect() as conn:
        epoch = conn.execute(sa.select(t.server_meta.c.value)
                             .where(t.server_meta.c.key == "epoch")).scalar_one()
        last_pull = conn.execute(sa.select(t.devices.c.last_pull_at, t.devices.c.last_push_at)
                                 .where(t.devices.c.id == amina.ctx.device_id)).one()
    assert amina.epoch == epoch
    assert last_pull.last_pull_at is not None and last_pull.last_push_at is not None


def test_a_cursor_the_server_never_issued_starts_over(w: World) -> None:
    """A server restored from a backup has fewer seqs than the device saw: all comes again."""
    amina = w.device("amina", teams=("North",))
    reg = registered_case(amina)
    laptop = w.device("amina", teams=("North",))
    laptop.cursor = 10**9
    laptop.pull()
    assert set(laptop.mirror) == {reg.case_id, reg.family_id, reg.child_id}
    assert laptop.cursor <= 10**6


def test_a_server_change_carries_the_same_bookkeeping(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    reg = registered_case(amina)
    with w.engine.connect() as conn:
        before = committed_seq(conn)
    with w.engine.begin() as conn:
        out = write_server_change(conn, record_id=reg.case_id, record_type="case",
                                       case_id=reg.case_id, changes={"risk": "high"},
                                       actor_name="ada", now_iso=w.clock.iso())
        unchanged = write_server_change(conn, record_id=reg.case_id, record_type="case",
                                             case_id=reg.case_id, changes={"risk": "high"},
                                             actor_name="ada", now_iso=w.clock.iso())
    assert (out.rev, out.seq, out.updated_by) == (2, before + 1, "ada")
    assert unchanged == out  # nothing changed: no new revision, no new seq
    # A device that edited the same field meanwhile gets a conflict, not a silent overwrite.
    result = amina.push_one(amina.update(reg.case_id, {"risk": "low"}))
    assert result.status == "conflict"
    assert w.conflicts()[0].fields["server_by"] == "ada"
