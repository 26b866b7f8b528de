"""The `casemgr` command on a full disk, as a caseworker whose laptop filled up meets it:
real processes on a real encrypted workspace on a small real disk (a tmpfs mounted for the
test; skipped where that is not allowed). Reading, checking and auditing go on; a change is
refused with how much to free (and that much is enough); nothing is ever an internal error.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from casemgr.cli import EXIT_DISK_FULL, EXIT_WRONG_PASSWORD
from tests.e2e.test_cli import casemgr
from tests.support.laptops import Laptop
from tests.support.live_server import DEMO_PASSWORD
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.small_disk import MiB, SmallDisk, small_disk


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "disk", 24) as d:
        yield d


@pytest.fixture
def seeded(disk: SmallDisk) -> Path:
    data = disk.root / "data"
    casemgr(data, "workspace", "init", "--user", "amina")
    assert "Seeded 5 cases" in casemgr(data, "demo", "seed", "--cases", "5").stdout
    return data


def first_case(data: Path, **kwargs: str) -> dict:
    return json.loads(casemgr(data, "cases", "list", "--json", **kwargs).stdout)[0]


def audit_entries(data: Path) -> int:
    out = casemgr(data, "audit", "verify").stdout
    match = re.search(r"Audit chain intact: (\d+) entries", out)
    assert match, out
    return int(match.group(1))


def mb_to_free(stderr: str) -> int:
    match = re.search(r"The disk holding your workspace is full: free at least (\d+) MB", stderr)
    assert match, stderr
    return int(match.group(1))


def test_a_full_disk_still_lists_shows_and_checks_every_case(seeded, disk):
    case = first_case(seeded)
    entries = audit_entries(seeded)
    disk.fill()
    listed = json.loads(casemgr(seeded, "cases", "list", "--json").stdout)
    assert len(listed) == 5
    for row in listed:
        shown = json.loads(casemgr(seeded, "cases", "show", row["case_number"], "--json").stdout)
        assert shown["case"][0]["id"] == row["case_id"]
    assert case["family_name"] in casemgr(seeded, "cases", "show", case["case_number"]).stdout
    assert "Workspace OK" in casemgr(seeded, "workspace", "check").stdout
    # Each case file opened on the full disk is in the audit log, which is intact.
    assert audit_entries(seeded) == entries + 6


def test_an_edit_on_a_full_disk_says_how_much_to_free_and_changes_nothing(seeded, disk):
    case = first_case(seeded)
    before = json.loads(casemgr(seeded, "cases", "show", case["case_number"], "--json").stdout)
    disk.fill()
    proc = casemgr(seeded, "edit", case["case_number"], "--set", "summary=Moved to town",
                   check=False)
    assert proc.returncode == EXIT_DISK_FULL, proc.stderr
    assert "internal error" not in proc.stderr
    assert "Nothing was changed." in proc.stderr
    need = mb_to_free(proc.stderr)
    after = json.loads(casemgr(seeded, "cases", "show", case["case_number"], "--json").stdout)
    assert after["case"] == before["case"]
    disk.free_mb(need)  # as much as it said: then the same edit goes through
    out = casemgr(seeded, "edit", case["case_number"], "--set", "summary=Moved to town").stdout
    assert "Saved case" in out
    shown = json.loads(casemgr(seeded, "cases", "show", case["case_number"], "--json").stdout)
    assert shown["case"][0]["fields"]["summary"] == "Moved to town"
    assert "Workspace OK" in casemgr(seeded, "workspace", "check").stdout


def test_a_demo_seed_that_fills_the_disk_ends_with_the_message_and_a_sound_workspace(disk):
    data = disk.root / "data"
    casemgr(data, "workspace", "init", "--user", "amina")
    assert "Seeded 60 cases" in casemgr(data, "demo", "seed", "--cases", "60").stdout
    disk.fill()
    disk.free_up(6 * MiB)  # room for one more batch of 50 cases, not for 500 more
    proc = casemgr(data, "demo", "seed", "--cases", "500", "--seed", "2", check=False)
    assert proc.returncode == EXIT_DISK_FULL, proc.stderr
    assert "internal error" not in proc.stderr
    mb_to_free(proc.stderr)
    assert "cases seeded before the disk was full are kept" in proc.stderr
    kept = len(json.loads(casemgr(data, "cases", "list", "--json", "--limit", "1000").stdout))
    assert 60 < kept < 560
    # Sound while the disk is still full, and after space was freed.
    assert "Workspace OK" in casemgr(data, "workspace", "check").stdout
    assert audit_entries(data) > 0
    disk.free_up()
    assert "Workspace OK" in casemgr(data, "workspace", "check").stdout
    assert audit_entries(data) > 0


def test_wrong_passwords_on_a_full_disk_are_still_counted(seeded, disk):
    disk.fill()
    waits = []
    for _ in range(3):
        proc = casemgr(seeded, "cases", "list", password="not the password", check=False)
        assert proc.returncode == EXIT_WRONG_PASSWORD, proc.stderr
        waits.append("Try again in" in proc.stderr)
    assert waits == [False, False, True]  # the third waits: none of them was free


def test_a_sync_from_a_full_disk_gets_the_work_to_the_office(live_server, disk, tmp_path):
    office = Laptop(tmp_path / "office", live_server)  # the same caseload on another laptop
    try:
        case_id = office.cw.register_family(FAMILY, [CHILD], CASE).value
        office.sync()
        data = disk.root / "data"
        casemgr(data, "login", "--server", live_server.url, "--user", "amina",
                password=DEMO_PASSWORD)
        case = first_case(data, password=DEMO_PASSWORD)
        assert case["case_id"] == case_id
        out = casemgr(data, "edit", case["case_number"], "--set",
                      "summary=Seen at home; the laptop is full", password=DEMO_PASSWORD).stdout
        assert "1 changes waiting to sync" in out
        disk.fill()
        out = casemgr(data, "sync", password=DEMO_PASSWORD).stdout
        assert "Synced" in out
        office.sync()
        assert (office.ws.store.require(case_id).fields["summary"]
                == "Seen at home; the laptop is full")
    finally:
        office.close()
    # The full laptop still reads and checks; a new change waits for space.
    assert "Workspace OK" in casemgr(data, "workspace", "check", password=DEMO_PASSWORD).stdout
    proc = casemgr(data, "edit", case["case_number"], "--set", "risk=high",
                   password=DEMO_PASSWORD, check=False)
    assert proc.returncode == EXIT_DISK_FULL, proc.stderr
