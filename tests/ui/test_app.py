"""The app as started from the command line: --screenshot, --demo, --user, no display; and a
keyboard shortcut for every frequent action."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from casemgr.ui.context import DEMO_CASES, DEMO_PASSWORD
from tests.support.workspaces import PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def run_casemgr(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k not in ("CASEMGR_PASSWORD",)}
    base.update(env or {})
    return subprocess.run([sys.executable, "-m", "casemgr", *args], cwd=ROOT, env=base,
                          capture_output=True, text=True, timeout=120)


def test_screenshot_of_the_lock_screen_without_a_password(seeded_dir, tmp_path):
    png = tmp_path / "lock.png"
    done = run_casemgr("--data-dir", str(seeded_dir), "--screenshot", str(png),
                       env={"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    image = QImage(str(png))
    assert image.width() >= 800


def test_screenshot_after_unlock_with_the_environment_password(seeded_dir, tmp_path):
    png = tmp_path / "cases.png"
    done = run_casemgr("--data-dir", str(seeded_dir), "--user", "amina", "--screenshot",
                       str(png), env={"QT_QPA_PLATFORM": "offscreen",
                                      "CASEMGR_PASSWORD": PASSWORD})
    assert done.returncode == 0, done.stderr
    assert png.stat().st_size > 10_000
    wrong = run_casemgr("--data-dir", str(seeded_dir), "--user", "amina", "--screenshot",
                        str(png), env={"QT_QPA_PLATFORM": "offscreen",
                                       "CASEMGR_PASSWORD": "wrong password"})
    assert wrong.returncode == 3
    assert "Wrong password" in wrong.stderr


def test_demo_starts_a_local_server_signs_in_amina_and_stops_it(tmp_path):
    png = tmp_path / "demo.png"
    data = tmp_path / "data"
    cheap = {"CASEMGR_SERVER_PASSWORD_MEMORY_KIB": "1024", "CASEMGR_SERVER_PASSWORD_TIME_COST": "1"}
    done = run_casemgr("--data-dir", str(data), "--demo", "--screenshot", str(png),
                       env={"QT_QPA_PLATFORM": "offscreen", **cheap})
    assert done.returncode == 0, done.stderr
    started = re.search(r"demo server at (http://127\.0\.0\.1:\d+) \(process (\d+)\)",
                        done.stderr)
    assert started, done.stderr
    pid = int(started.group(2))
    assert f"demo server stopped (process {pid})" in done.stderr
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # stopped (and reaped) when the app quit
    assert QImage(str(png)).width() >= 800

    # Amina's workspace holds her 200 demo cases, all sent to the demo server; the demo
    # supervisor, signed in on this computer too, has decided the requests that were due,
    # and she has his decisions: closed cases, and the latest requests still waiting.
    from casemgr.db.store import CaseQuery
    from casemgr.db.workspace import unlock_workspace
    from casemgr.domain.records import RecordType

    ws = unlock_workspace(data, "amina", DEMO_PASSWORD)
    try:
        assert ws.info.server_url == started.group(1)
        assert ws.store.count_cases(CaseQuery(assigned_to="amina")) == DEMO_CASES
        assert ws.store.outbox_count() == 0
        first_sync_at = ws.meta("last_sync_at")
        assert ws.store.count_cases(CaseQuery(status="closed")) > 0
        decisions = {a.fields["decision"] for a in ws.store.records_of_type(RecordType.APPROVAL)}
        assert decisions == {"approved", "pending"}
    finally:
        ws.close()
    assert (data / "sam" / "workspace.db").exists()
    server_db = sqlite3.connect(data / "demo-server" / "server.db")
    assert server_db.execute("SELECT count(*) FROM records WHERE type = 'case'"
                             ).fetchone()[0] == DEMO_CASES
    assert server_db.execute("SELECT count(*) FROM records WHERE type = 'case' AND "
                             "json_extract(fields, '$.status') = 'closed'").fetchone()[0] > 0
    server_db.close()

    # The next start unlocks her workspace (no second login, no second seeding) and syncs.
    again = run_casemgr("--data-dir", str(data), "--demo", "--screenshot", str(png),
                        env={"QT_QPA_PLATFORM": "offscreen", **cheap})
    assert again.returncode == 0, again.stderr
    assert f"demo server at {started.group(1)} " in again.stderr  # its port kept
    assert "demo server stopped" in again.stderr
    ws = unlock_workspace(data, "amina", DEMO_PASSWORD)
    try:
        assert ws.store.count_cases(CaseQuery()) == DEMO_CASES
        assert ws.meta("last_sync_at") > first_sync_at  # synced again at unlock
    finally:
        ws.close()


def test_without_a_display_it_says_so_and_exits_cleanly(tmp_path):
    env = {"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    done = run_casemgr("--data-dir", str(tmp_path), env=env)
    assert done.returncode == 0
    assert "no display" in done.stderr


def test_every_frequent_action_has_a_shortcut(window):
    keys = {a.objectName(): a.shortcut().toString() for a in window.actions_with_shortcuts()}
    for name, shortcut in {"search": "Ctrl+F", "registerFamily": "Ctrl+N",
                           "recordVisit": "Ctrl+Shift+V", "lock": "Ctrl+L",
                           "runAssessment": "Ctrl+Shift+A", "refer": "Ctrl+Shift+R",
                           "addTask": "Ctrl+Shift+T", "addNote": "Ctrl+Shift+N",
                           "completeTask": "Ctrl+D", "refresh": "F5", "go_tasks": "Ctrl+2",
                           "openCase": "Ctrl+O", "quit": "Ctrl+Q",
                           "syncNow": "Ctrl+Shift+S"}.items():
        assert keys.get(name) == shortcut, name
    assert len(set(keys.values())) == len(keys)  # no shortcut does two things
