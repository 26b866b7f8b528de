"""A full disk, on a real workspace on a small real disk (a tmpfs mounted for the test):
reading, auditing the read and syncing go on with the reserve; a new change is refused
saying how much to free; a wrong password is counted all the same."""

from __future__ import annotations

import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from casemgr.db.errors import StorageFull, UnlockBackoff, WrongPassword
from casemgr.db.space import LEND_STEP, READ_FLOOR, RESERVE_BYTES
from casemgr.db.store import CaseQuery
from casemgr.db.sync_store import PushOutcome, RemoteRecord, SyncStore
from casemgr.db.workspace import Workspace, WorkspacePaths, create_workspace, unlock_workspace
from casemgr.domain.clock import FixedClock
from casemgr.domain.ids import uuid7
from tests.support.small_disk import SmallDisk, small_disk
from tests.support.workspaces import FAST_KDF, PASSWORD, START_MS, add_case


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "disk", 24) as d:
        yield d


@pytest.fixture
def data_dir(disk: SmallDisk) -> Path:
    return disk.root / "data"


def unlock(data_dir: Path, clock: FixedClock, password: str = PASSWORD) -> Workspace:
    return unlock_workspace(data_dir, "amina", password, clock=clock, kdf_policy=FAST_KDF)


@pytest.fixture
def closed(data_dir: Path, clock: FixedClock) -> str:
    """A workspace with one case, closed again; its case id."""
    with create_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf=FAST_KDF) as ws:
        return add_case(ws, family="Hassan", note="School fees paid.")


def reserve_of(data_dir: Path) -> Path:
    return WorkspacePaths.for_user(data_dir, "amina").reserve


def mb_to_free(exc: StorageFull) -> int:
    match = re.search(r"free at least (\d+) MB", str(exc))
    assert match, str(exc)
    return int(match.group(1))


def test_the_reserve_is_made_with_the_workspace_and_made_whole_at_unlock(closed, data_dir,
                                                                         clock):
    reserve = reserve_of(data_dir)
    assert reserve.stat().st_size == RESERVE_BYTES
    assert stat.S_IMODE(reserve.stat().st_mode) == 0o600
    reserve.unlink()  # released by an earlier session and not taken back
    with unlock(data_dir, clock):
        assert reserve.stat().st_size == RESERVE_BYTES


def test_a_full_disk_still_unlocks_reads_and_audits_the_read(closed, data_dir, disk, clock):
    disk.fill()
    with unlock(data_dir, clock) as ws:
        assert [r.family_name for r in ws.store.list_cases(CaseQuery())] == ["Hassan"]
        entries = len(ws.store.audit_entries())
        ws.store.audit_only("open_case", closed, "case")  # what opening a case file writes
        assert ws.store.audit_entries()[-1]["action"] == "open_case"
        assert len(ws.store.audit_entries()) == entries + 1
        # What the entry did not use went back into the reserve: the disk is full again.
        assert ws.reserve.held() > RESERVE_BYTES - LEND_STEP
        assert disk.free() < LEND_STEP
    with unlock(data_dir, clock) as ws:  # it closed cleanly on the full disk
        assert ws.check() == []
        assert ws.store.audit_entries()[-1]["action"] == "open_case"


def test_a_new_change_on_a_full_disk_is_refused_saying_how_much_to_free(closed, data_dir,
                                                                        disk, clock):
    disk.fill()
    with unlock(data_dir, clock) as ws:
        held = ws.reserve.held()
        outbox = ws.store.outbox_count()
        with pytest.raises(StorageFull) as refused:
            add_case(ws, family="Mwangi")
        assert "Nothing was changed." in str(refused.value)
        assert refused.value.need_bytes and refused.value.need_bytes > 0
        assert ws.reserve.held() == held  # a new change never takes the reserve
        assert ws.store.outbox_count() == outbox
        assert [r.family_name for r in ws.store.list_cases(CaseQuery())] == ["Hassan"]
        disk.free_mb(mb_to_free(refused.value))  # as much as the message says is enough
        add_case(ws, family="Mwangi")
        assert ws.store.count_cases(CaseQuery()) == 2
        assert ws.check() == []


def remote_page(count: int, note_words: int = 100) -> list[RemoteRecord]:
    """`count` records of a pulled page: cases with their family, two children and a note."""
    records: list[RemoteRecord] = []
    seq = 0

    def remote(record_id: str, rtype: str, case_id: str, fields: dict) -> RemoteRecord:
        nonlocal seq
        seq += 1
        return RemoteRecord(record_id, rtype, case_id, fields, 1, seq, "2026-11-17T10:00:00Z",
                            "brian", "2026-11-17T10:00:00Z", "brian", False)

    text = " ".join(f"word{i}" for i in range(note_words))
    while len(records) < count:
        case_id, family_id = uuid7(), uuid7()
        records += [
            remote(family_id, "family", case_id, {"name": f"Family {seq}"}),
            remote(case_id, "case", case_id, {
                "case_number": f"SRVR-{seq:05d}", "family_id": family_id, "status": "active",
                "assigned_to": "amina", "legal_basis": "consent", "opened_on": "2026-10-01",
                "risk": "medium", "summary": text[:200]}),
            *(remote(uuid7(), "person", case_id, {
                "family_id": family_id, "given_name": name, "family_name": "Banda",
                "role": "child", "date_of_birth": "2015-02-03"}) for name in ("Ada", "Ben")),
            remote(uuid7(), "note", case_id, {"text": text}),
        ]
    return records[:count]


def test_a_sync_on_a_full_disk_lands_with_the_reserve_and_gives_back_what_it_did_not_use(
        closed, data_dir, disk, clock):
    disk.fill()
    with unlock(data_dir, clock) as ws:
        sync = SyncStore(ws)
        ops = ws.store.outbox()
        sync.apply_push_results(ops, [PushOutcome(op.client_seq, op.op_id, "applied", 1)
                                      for op in ops])
        assert sync.outbox_count() == 0  # the acknowledgement is kept
        page = remote_page(500)  # a whole page of the server's feed (DEFAULT_PULL_LIMIT)
        sync.apply_pull_page(page, next_cursor=500, epoch="e1")
        assert ws.store.count_cases(CaseQuery()) == 1 + 100
        assert sync.state().cursor == 500
        assert ws.reserve.held() > RESERVE_BYTES // 2  # what the page did not use is back
        ws.store.audit_only("open_case", closed, "case")
        assert ws.check() == []


def test_acknowledgements_on_a_full_disk_give_the_free_pages_back(data_dir, disk, clock,
                                                                   monkeypatch):
    from casemgr.db import migrations

    monkeypatch.setattr(migrations, "RECLAIM_MIN_PAGES", 4)
    with create_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf=FAST_KDF) as ws:
        for i in range(20):
            add_case(ws, family=f"Family{i}", note="n" * 3000)
    disk.fill()
    with unlock(data_dir, clock) as ws:
        sync = SyncStore(ws)
        ops = ws.store.outbox()
        sync.apply_push_results(ops, [PushOutcome(op.client_seq, op.op_id, "applied", 1)
                                      for op in ops])
        assert sync.outbox_count() == 0  # the acknowledgements are kept
        assert ws.conn.execute("PRAGMA freelist_count").fetchone()[0] < 4
        assert ws.store.count_cases(CaseQuery()) == 20
        assert ws.check() == []


def test_wrong_passwords_on_a_full_disk_are_counted(closed, data_dir, disk, clock):
    disk.fill()
    for _ in range(2):
        with pytest.raises(WrongPassword) as wrong:
            unlock(data_dir, clock, "not the password")
        assert wrong.value.wait_seconds == 0  # two free attempts, as on any disk
    with pytest.raises(WrongPassword) as wrong:
        unlock(data_dir, clock, "not the password")
    assert wrong.value.wait_seconds == 2
    with pytest.raises(UnlockBackoff):  # counted: even the right password waits
        unlock(data_dir, clock)
    later = FixedClock(START_MS + 3000)
    with unlock(data_dir, later) as ws:  # the right one, after the wait, on the full disk
        assert ws.store.count_cases(CaseQuery()) == 1
    with pytest.raises(WrongPassword) as wrong:  # the success reset the count
        unlock(data_dir, later, "not the password")
    assert wrong.value.wait_seconds == 0


def test_a_counter_that_cannot_be_written_refuses_any_password_before_trying_it(
        closed, data_dir, disk, clock):
    guard = WorkspacePaths.for_user(data_dir, "amina").guard
    guard.unlink()  # a missing counter counts as 5 failures, and must be written so
    disk.fill()
    refusals = []
    for password in (PASSWORD, "not the password"):
        with pytest.raises(StorageFull) as refused:
            unlock(data_dir, clock, password)
        refusals.append(str(refused.value))
    assert refusals[0] == refusals[1]  # the refusal says nothing about the password
    disk.free_up()
    with pytest.raises(UnlockBackoff):  # and the missing counter was not a free pass
        unlock(data_dir, clock)


def test_a_sync_page_too_big_for_the_reserve_is_refused_and_leaves_what_reading_needs(
        closed, data_dir, disk, clock):
    disk.fill()
    with unlock(data_dir, clock) as ws:
        sync = SyncStore(ws)
        with pytest.raises(StorageFull):  # 100 notes of 6000 words: more than the reserve
            sync.apply_pull_page(remote_page(500, note_words=6000), next_cursor=500,
                                 epoch="e1")
        assert sync.state().cursor == 0 and ws.store.count_cases(CaseQuery()) == 1
        assert ws.reserve.held() == READ_FLOOR
        ws.store.audit_only("open_case", closed, "case")  # reading goes on
        assert ws.store.audit_entries()[-1]["action"] == "open_case"
    with unlock(data_dir, clock) as ws:
        assert ws.check() == []


def test_a_workspace_made_on_a_full_disk_says_how_much_to_free_and_leaves_nothing(
        data_dir, disk, clock):
    disk.fill()
    with pytest.raises(StorageFull) as refused:
        create_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf=FAST_KDF)
    assert not (data_dir / "amina").exists()  # nothing half-made in the way of the next try
    disk.free_mb(mb_to_free(refused.value))
    with create_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf=FAST_KDF) as ws:
        assert ws.check() == []
