"""The desktop list and `casemgr cases search` run the one case search (Store.search through
Casework.search): the same words find the same cases, in the same order."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from casemgr.ui.pages.caselist import COLUMNS, PLACEHOLDER
from tests.support.desktop import USER
from tests.support.workspaces import PASSWORD

CASE = [c.header for c in COLUMNS].index("Case")
FAMILY = [c.header for c in COLUMNS].index("Family")


def cli_search(data_dir, *args: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEMGR_")}
    env["CASEMGR_PASSWORD"] = PASSWORD
    proc = subprocess.run(
        [sys.executable, "-m", "casemgr", "--data-dir", str(data_dir), "--user", USER, "cases",
         "search", *args, "--limit", "100000", "--json"],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return [row["case_number"] for row in json.loads(proc.stdout)]


def listed(qtbot, window) -> list[str]:
    model = window.cases.model
    for row in range(model.rowCount()):  # rows arrive in blocks: ask for each, then wait
        model.index(row, CASE).data()
    qtbot.waitUntil(lambda: all(model.index(r, CASE).data() != PLACEHOLDER
                                for r in range(model.rowCount())), timeout=5000)
    return [model.index(r, CASE).data() for r in range(model.rowCount())]


@pytest.mark.parametrize("words", ["school", "a", "zzy quill"])
def test_the_list_and_the_command_line_find_the_same_cases(qtbot, unlocked, seeded_dir, words):
    page = unlocked.cases
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        qtbot.keyClicks(page.search, words)
    in_the_app = listed(qtbot, unlocked)
    assert in_the_app, f"{words!r} should match the seeded cases"
    assert in_the_app == cli_search(seeded_dir, words)


def test_sorted_by_family_both_give_the_same_order(qtbot, unlocked, seeded_dir):
    page = unlocked.cases
    header = page.table.horizontalHeader()
    for _ in range(2):  # descending
        x = header.sectionViewportPosition(FAMILY) + header.sectionSize(FAMILY) // 2
        with qtbot.waitSignal(page.model.loaded, timeout=5000):
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                             pos=header.viewport().rect().center().__class__(x, 5))
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        qtbot.keyClicks(page.search, "e")
    in_the_app = listed(qtbot, unlocked)
    assert len(in_the_app) > 1
    assert in_the_app == cli_search(seeded_dir, "e", "--sort", "family", "--desc")
