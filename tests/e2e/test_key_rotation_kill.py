"""kill -9 of a key rotation (Workspace.rotate_key), then unlock with the password.

A real SQLCipher workspace with cases and notes; a real child process
(tests/support/rotate_child.py) runs the rotation and is SIGKILLed where its output says it
is, the way tests/e2e/test_sync_kill.py kills sync clients:

- `rekey>`: key.next.json (the new key, wrapped) is written, the database not yet
  re-encrypted: the old key still opens it;
- `rekey<`: PRAGMA rekey has returned, the database is under the new key, and key.json still
  wraps the old one: the next unlock must find the database unreadable with it and finish
  the rotation from key.next.json.

Either way the user's next unlock, with her password, shows every record, the workspace's
integrity checks and audit chain pass, and a further rotation works.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from casemgr.db.keys import load_wrapped
from casemgr.db.workspace import Workspace, WorkspacePaths, create_workspace, unlock_workspace
from tests.support.workspaces import FAST_KDF, PASSWORD, add_case

ROOT = Path(__file__).resolve().parents[2]
USER = "amina"
CASES = 40
CHILD_TIMEOUT_S = 60  # only a stuck child ever meets it


def _notes(ws: Workspace) -> list[str]:
    return sorted(r[0] for r in ws.conn.execute(
        "SELECT json_extract(fields, '$.text') FROM records WHERE type = 'note'"))


@pytest.fixture
def workspace_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    ws = create_workspace(data, USER, PASSWORD, kdf=FAST_KDF)
    for i in range(CASES):
        add_case(ws, family=f"Family{i:02d}", note=f"home visit {i:02d}: all well")
    ws.close()
    return data


def kill_rotation_at(data: Path, point: str) -> list[str]:
    """Run a rotation in a child process, SIGKILL it when it pauses at `point`; its output."""
    plan = {"data_dir": str(data), "user": USER, "pause": [point, 1]}
    env = {**os.environ, "CASEMGR_PASSWORD": PASSWORD, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "tests.support.rotate_child",
                             json.dumps(plan)], cwd=ROOT, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdin is not None and proc.stderr is not None
    watchdog = threading.Timer(CHILD_TIMEOUT_S, proc.kill)
    watchdog.start()
    lines: list[str] = []
    try:
        for text in proc.stdout:
            lines.append(text.rstrip("\n"))
            if text.startswith("PAUSED"):
                os.kill(proc.pid, signal.SIGKILL)
                break
    finally:
        rc = proc.wait()
        watchdog.cancel()
        errors = proc.stderr.read()
        for stream in (proc.stdout, proc.stdin, proc.stderr):
            stream.close()
    assert rc == -signal.SIGKILL and lines[-1] == f"PAUSED {point} 1", (
        f"the child was not killed at {point} (exit {rc}):\n" + "\n".join(lines) + errors)
    return lines


def check_after_restart(data: Path, expected_version: int) -> None:
    paths = WorkspacePaths.for_user(data, USER)
    with unlock_workspace(data, USER, PASSWORD, kdf_policy=FAST_KDF) as ws:
        assert _notes(ws) == [f"home visit {i:02d}: all well" for i in range(CASES)]
        assert ws.conn.execute("SELECT count(*) FROM case_index").fetchone()[0] == CASES
        assert ws.check() == []
        assert load_wrapped(paths.key).key_version == expected_version
        add_case(ws, family="Afterwards", note="written after the interrupted rotation")
        # A further rotation works and leaves nothing half done.
        ws.rotate_key(PASSWORD, kdf=FAST_KDF)
    assert not paths.next_key.exists()
    assert load_wrapped(paths.key).key_version == expected_version + 1
    with unlock_workspace(data, USER, PASSWORD, kdf_policy=FAST_KDF) as ws:
        assert len(_notes(ws)) == CASES + 1
        assert ws.check() == []


def test_killed_before_the_rekey_the_old_key_still_opens_everything(workspace_dir):
    paths = WorkspacePaths.for_user(workspace_dir, USER)
    version = load_wrapped(paths.key).key_version
    kill_rotation_at(workspace_dir, "rekey>")
    assert paths.next_key.exists()  # the kill landed with the new key saved, unused
    check_after_restart(workspace_dir, expected_version=version)


def test_killed_after_the_rekey_the_next_unlock_finishes_the_rotation(workspace_dir):
    paths = WorkspacePaths.for_user(workspace_dir, USER)
    version = load_wrapped(paths.key).key_version
    kill_rotation_at(workspace_dir, "rekey<")
    assert paths.next_key.exists() and load_wrapped(paths.key).key_version == version
    # The database is under the new key now; the unlock must promote key.next.json.
    with unlock_workspace(workspace_dir, USER, PASSWORD, kdf_policy=FAST_KDF) as ws:
        assert len(_notes(ws)) == CASES
    assert not paths.next_key.exists()
    check_after_restart(workspace_dir, expected_version=version + 1)
