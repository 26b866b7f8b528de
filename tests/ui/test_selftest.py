"""`casemgr --self-test` (issue 14, item 2): what the desktop bundle runs in CI and what an
IT person runs on a laptop after installing it."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import casemgr.paths
from casemgr.ui.selftest import FAMILY, run_self_test

ROOT = Path(__file__).resolve().parents[2]


def test_the_self_test_checks_every_step_and_exits_0_leaving_nothing_behind(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path),
           "CASEMGR_DATA_DIR": str(tmp_path / "real-data")}
    done = subprocess.run([sys.executable, "-m", "casemgr", "--self-test"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split(" (")[0] for line in lines[:-1]] == [
        "ok   encrypted workspace created, case written",
        "ok   workspace file is encrypted",
        "ok   workspace unlocked again, case read back",
        "ok   desktop app unlocked and listed the case",
        "ok   chart drawn on a Qt canvas",
        "ok   interface languages load",
    ]
    assert "3 shipped forms" in lines[0]
    assert "on Qt's offscreen platform" in lines[3]
    assert lines[-1].startswith("self-test passed")
    # Its temporary folder is gone, and nobody's own data folder was touched.
    assert list(tmp_path.iterdir()) == []


def test_a_broken_installation_fails_at_the_step_that_broke(tmp_path, monkeypatch, qapp):
    """Forms missing from a bundle: the first step says so, exit status 1, and the output
    names no case value."""
    monkeypatch.setattr(casemgr.paths, "FORMS_DIR", tmp_path / "no-forms")
    out = io.StringIO()
    assert run_self_test(out) == 1
    assert out.getvalue().splitlines() == [
        "FAIL encrypted workspace created, case written: "
        "no forms were found among the shipped resources"]
    assert FAMILY["name"] not in out.getvalue()
