"""Ruff, mypy (strict on domain, db, sync, app and demo) and bandit are part of the suite,
so CI runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *cmd], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)


@pytest.mark.slow
def test_ruff_finds_nothing():
    proc = run("ruff", "check", "--no-cache", ".")
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.slow
def test_mypy_strict_layers_type_check():
    proc = run("mypy", "--no-incremental", "casemgr/domain", "casemgr/db", "casemgr/sync",
               "casemgr/app", "casemgr/demo")
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.slow
def test_bandit_finds_nothing_of_medium_severity_or_higher():
    """Every finding of medium severity or higher is fixed, or accepted at its line with
    `# nosec BXXX # why` (the SQL built from constant column names, values always bound)."""
    proc = run("bandit", "--quiet", "--recursive", "--severity-level", "medium",
               "--format", "txt", "casemgr", "bench", "scripts", "dev.py")
    assert proc.returncode == 0, proc.stdout + proc.stderr
