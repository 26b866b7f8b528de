"""The app as started from the command line: --screenshot, --demo, --user, no display; and a
keyboard shortcut for every frequent action."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tests.conftest import PASSWORD

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


def test_demo_creates_and_opens_the_demo_workspace(tmp_path):
    png = tmp_path / "demo.png"
    data = tmp_path / "data"
    done = run_casemgr("--data-dir", str(data), "--demo", "--screenshot", str(png),
                       env={"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert (data / "demo" / "workspace.db").exists()
    assert png.exists()


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
                           "openCase": "Ctrl+O", "quit": "Ctrl+Q"}.items():
        assert keys.get(name) == shortcut, name
    assert len(set(keys.values())) == len(keys)  # no shortcut does two things
