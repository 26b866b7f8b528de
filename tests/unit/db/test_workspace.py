"""The encrypted workspace: keys, passwords, rotation, backoff, and nothing readable outside."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from casemgr.db import guard
from casemgr.db.errors import (
    CorruptKeyFile,
    LockedOut,
    NoWorkspace,
    UnlockBackoff,
    WorkspaceExists,
    WrongPassword,
)
from casemgr.db.keys import DEFAULT_KDF, load_wrapped
from casemgr.db.store import CaseQuery
from casemgr.db.workspace import WorkspacePaths, create_workspace, unlock_workspace
from casemgr.domain.clock import FixedClock
from tests.support.workspaces import FAST_KDF, PASSWORD, add_case


def unlock(data_dir: Path, clock: FixedClock, password: str = PASSWORD, user: str = "amina"):
    return unlock_workspace(data_dir, user, password, clock=clock, kdf_policy=FAST_KDF)


def test_reopens_with_the_password_and_keeps_cases(workspace, data_dir, clock):
    case_id = add_case(workspace)
    workspace.close()
    with unlock(data_dir, clock) as ws:
        assert ws.store.find_case(case_id).fields["status"] == "open"


def test_wrong_password_is_refused_and_changes_nothing(workspace, data_dir, clock):
    add_case(workspace)
    workspace.close()
    paths = WorkspacePaths.for_user(data_dir, "amina")
    before = {p.name: p.read_bytes() for p in paths.db_files() if p.exists()}
    with pytest.raises(WrongPassword):
        unlock(data_dir, clock, "not the password")
    after = {p.name: p.read_bytes() for p in paths.db_files() if p.exists()}
    assert before == after
    with unlock(data_dir, clock) as ws:
        assert ws.store.count_cases(CaseQuery()) == 1


def test_unknown_user_has_no_workspace(data_dir, clock):
    with pytest.raises(NoWorkspace):
        unlock(data_dir, clock, user="nobody")


def test_an_existing_workspace_is_never_replaced(workspace, data_dir, clock):
    add_case(workspace)
    with pytest.raises(WorkspaceExists):
        create_workspace(data_dir, "amina", "another password", clock=clock, kdf=FAST_KDF)
    assert workspace.store.count_cases(CaseQuery()) == 1


@pytest.mark.parametrize("field", ["ciphertext", "nonce", "salt"])
def test_a_tampered_wrapped_key_does_not_open(workspace, data_dir, clock, field):
    workspace.close()
    paths = WorkspacePaths.for_user(data_dir, "amina")
    data = json.loads(paths.key.read_text())
    raw = bytearray(__import__("base64").b64decode(data[field]))
    raw[0] ^= 0x01
    data[field] = __import__("base64").b64encode(bytes(raw)).decode()
    paths.key.write_text(json.dumps(data))
    with pytest.raises(WrongPassword):
        unlock(data_dir, clock)


def test_a_key_file_bound_to_another_device_is_refused(workspace, data_dir, clock):
    workspace.close()
    paths = WorkspacePaths.for_user(data_dir, "amina")
    data = json.loads(paths.key.read_text())
    data["device_id"] = "0190aaaa-0000-7000-8000-000000000000"
    paths.key.write_text(json.dumps(data))
    with pytest.raises(CorruptKeyFile):
        unlock(data_dir, clock)


def test_a_garbled_key_file_gives_a_clear_error(workspace, data_dir, clock):
    workspace.close()
    WorkspacePaths.for_user(data_dir, "amina").key.write_text("{not json")
    with pytest.raises(CorruptKeyFile, match="damaged"):
        unlock(data_dir, clock)


def test_password_change_rewraps_only(workspace, data_dir, clock):
    add_case(workspace)
    paths = workspace.paths
    workspace.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_before = paths.db.read_bytes()
    workspace.change_password(PASSWORD, "a brand new password", kdf=FAST_KDF)
    assert paths.db.read_bytes()[:4096] == db_before[:4096]  # same key: same page 1 bytes
    workspace.close()
    with pytest.raises(WrongPassword):
        unlock(data_dir, clock)
    clock.advance(60)
    with unlock(data_dir, clock, "a brand new password") as ws:
        assert ws.store.count_cases(CaseQuery()) == 1
        assert ws.store.audit_entries()[-1]["action"] == "password_change"


def test_password_change_needs_the_old_password(workspace):
    with pytest.raises(WrongPassword):
        workspace.change_password("wrong old password", "a brand new password", kdf=FAST_KDF)


def test_rotate_key_reencrypts_and_the_old_key_no_longer_opens(workspace, data_dir, clock):
    add_case(workspace, note="rotation marker")
    paths = workspace.paths
    old_version = load_wrapped(paths.key).key_version
    from casemgr.db.keys import unwrap_key
    old_key = unwrap_key(load_wrapped(paths.key), PASSWORD)
    workspace.rotate_key(PASSWORD, kdf=FAST_KDF)
    assert workspace.store.search("rotation").case_ids  # still usable after the rekey
    workspace.close()
    assert load_wrapped(paths.key).key_version == old_version + 1
    assert not paths.next_key.exists()
    from casemgr.db.connection import open_encrypted
    from casemgr.db.errors import NotAWorkspace
    with pytest.raises(NotAWorkspace):
        open_encrypted(paths.db, old_key)
    with unlock(data_dir, clock) as ws:
        assert ws.store.search("rotation").case_ids


def test_rotation_cut_short_after_rekey_is_finished_on_next_unlock(workspace, data_dir, clock,
                                                                   monkeypatch):
    add_case(workspace)
    paths = workspace.paths
    real_replace = Path.replace

    def crash_before_promoting(self, target):
        if self == paths.next_key:
            raise KeyboardInterrupt("power cut")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", crash_before_promoting)
    with pytest.raises(KeyboardInterrupt):
        workspace.rotate_key(PASSWORD, kdf=FAST_KDF)
    monkeypatch.undo()
    workspace.conn.close()
    workspace.conn = None
    with unlock(data_dir, clock) as ws:
        assert ws.store.count_cases(CaseQuery()) == 1
    assert not paths.next_key.exists()


def test_kdf_parameters_are_upgraded_on_unlock(workspace, data_dir, clock):
    workspace.close()
    paths = WorkspacePaths.for_user(data_dir, "amina")
    assert load_wrapped(paths.key).kdf == FAST_KDF
    unlock_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf_policy=DEFAULT_KDF).close()
    assert load_wrapped(paths.key).kdf == DEFAULT_KDF
    unlock_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf_policy=DEFAULT_KDF).close()


def test_stdlib_sqlite_cannot_read_the_database(workspace):
    add_case(workspace)
    path = workspace.paths.db
    workspace.close()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()


def test_no_case_data_in_any_file_of_the_data_dir_or_temp_dir(data_dir, clock, tmp_path,
                                                              monkeypatch):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setenv("SQLITE_TMPDIR", str(tmp))
    marker = "Zqxmarkerwv"
    ws = create_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf=FAST_KDF)
    for i in range(40):
        add_case(ws, family=f"{marker}{i}", child=marker, note=f"{marker} lives near the river")
    assert len(ws.store.search(marker).case_ids) == 40
    ws.store.list_cases(CaseQuery(limit=1000))
    files = {}
    # Read while open (WAL and SHM present) and again after close.
    for phase in ("open", "closed"):
        if phase == "closed":
            ws.close()
        for root in (data_dir, tmp):
            for path in root.rglob("*"):
                if path.is_file():
                    files[f"{phase}:{path}"] = path.read_bytes()
    assert any(name.endswith("workspace.db-wal") for name in files)
    for variant in (marker.encode(), marker.encode("utf-16-le"), marker.lower().encode()):
        leaked = [name for name, data in files.items() if variant in data]
        assert leaked == []


def test_failed_unlocks_back_off_with_doubling_waits(workspace, data_dir, clock):
    workspace.close()
    waits = []
    for _ in range(6):
        try:
            unlock(data_dir, clock, "wrong password!")
        except WrongPassword as exc:
            waits.append(exc.wait_seconds)
            if exc.wait_seconds:
                with pytest.raises(UnlockBackoff):
                    unlock(data_dir, clock)  # even the right password must wait
            clock.advance(exc.wait_seconds)
    assert waits == [0, 0, 2, 4, 8, 16]
    with unlock(data_dir, clock) as ws:  # after the wait, the right password works
        assert ws.user == "amina"
    with pytest.raises(WrongPassword) as info:
        unlock(data_dir, clock, "wrong again")
    assert info.value.wait_seconds == 0  # success reset the count


def test_deleting_the_counter_does_not_buy_more_tries(workspace, data_dir, clock):
    workspace.close()
    WorkspacePaths.for_user(data_dir, "amina").guard.unlink()
    with pytest.raises(UnlockBackoff):
        unlock(data_dir, clock)
    clock.advance(guard.wait_after(guard.TAMPERED_FAILURES))
    unlock(data_dir, clock).close()


def test_editing_the_counter_is_detected(workspace, data_dir, clock):
    workspace.close()
    for _ in range(4):
        with pytest.raises(WrongPassword):
            unlock(data_dir, clock, "wrong password!")
        clock.advance(3600)
    path = WorkspacePaths.for_user(data_dir, "amina").guard
    data = json.loads(path.read_text())
    data["failures"] = 0
    path.write_text(json.dumps(data))
    with pytest.raises(UnlockBackoff):
        unlock(data_dir, clock)


def test_server_bound_workspace_deletes_its_key_after_ten_failures(data_dir, clock):
    ws = create_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf=FAST_KDF,
                          server_url="https://casemgr.example.org")
    add_case(ws)
    ws.close()
    paths = WorkspacePaths.for_user(data_dir, "amina")
    left = []
    for _ in range(9):
        with pytest.raises(WrongPassword) as info:
            unlock(data_dir, clock, "wrong password!")
        left.append(info.value.attempts_left)
        clock.advance(info.value.wait_seconds)
    assert left == list(range(9, 0, -1))
    with pytest.raises(LockedOut):
        unlock(data_dir, clock, "wrong password!")
    assert not paths.key.exists()
    assert paths.db.exists()  # the data stays, for recovery by an online login
    clock.advance(3600)
    with pytest.raises(LockedOut):
        unlock(data_dir, clock)


def test_offline_only_workspace_never_deletes_its_key(workspace, data_dir, clock):
    workspace.close()
    for _ in range(12):
        with pytest.raises(WrongPassword):
            unlock(data_dir, clock, "wrong password!")
        clock.advance(3600)
    assert WorkspacePaths.for_user(data_dir, "amina").key.exists()
    unlock(data_dir, clock).close()


def test_real_kdf_parameters_are_the_designed_ones(data_dir, clock):
    ws = create_workspace(data_dir, "amina", PASSWORD, clock=clock)
    ws.close()
    kdf = load_wrapped(WorkspacePaths.for_user(data_dir, "amina").key).kdf
    assert (kdf.memory_kib, kdf.iterations, kdf.lanes) == (65536, 3, 1)
    unlock_workspace(data_dir, "amina", PASSWORD, clock=clock).close()


def test_workspace_files_are_private_to_the_user(workspace):
    add_case(workspace)
    for path in workspace.paths.root.rglob("*"):
        assert os.stat(path).st_mode & 0o077 == 0, path


def test_a_file_that_is_not_a_workspace_is_reported_not_replaced(workspace, data_dir, clock):
    paths = workspace.paths
    workspace.close()
    for p in paths.db_files()[1:]:
        p.unlink(missing_ok=True)
    paths.db.write_bytes(b"this is a spreadsheet, not a workspace" * 200)
    from casemgr.db.errors import NotAWorkspace
    with pytest.raises(NotAWorkspace):
        unlock(data_dir, clock)
    assert paths.db.read_bytes().startswith(b"this is a spreadsheet")


def test_a_large_transaction_gives_its_log_space_back(workspace):
    """One large write (an upgrade rewriting a table, say) does not leave a write-ahead log
    of its size on the disk while the workspace stays open."""
    from casemgr.db.connection import WAL_SIZE_LIMIT

    wal = workspace.paths.db.with_name(workspace.paths.db.name + "-wal")
    with workspace.transaction() as conn:
        conn.execute("CREATE TABLE scratch (x BLOB)")
        conn.executemany("INSERT INTO scratch VALUES (randomblob(4000))", [()] * 4000)
    assert wal.stat().st_size > 3 * WAL_SIZE_LIMIT
    with workspace.transaction() as conn:
        conn.execute("DROP TABLE scratch")
    add_case(workspace)
    assert wal.stat().st_size <= WAL_SIZE_LIMIT
