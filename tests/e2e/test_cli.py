"""The `casemgr` command run as a user runs it: a real process on a real encrypted file."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from casemgr.cli import (
    EXIT_EXISTS,
    EXIT_NOT_FOUND,
    EXIT_REFUSED,
    EXIT_USAGE,
    EXIT_WRONG_PASSWORD,
)

PASSWORD = "field-laptop-pass"
ROOT = Path(__file__).resolve().parents[2]


def casemgr(data_dir: Path, *args: str, password: str | None = PASSWORD,
            check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEMGR_")}
    if password is not None:
        env["CASEMGR_PASSWORD"] = password
    proc = subprocess.run(
        [sys.executable, "-m", "casemgr", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=300)
    if check and proc.returncode != 0:
        raise AssertionError(f"casemgr {args} exited {proc.returncode}: {proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("cli") / "data"
    casemgr(data, "workspace", "init", "--user", "amina")
    out = casemgr(data, "demo", "seed", "--user", "amina", "--cases", "30").stdout
    assert "Seeded 30 cases" in out
    return data


def cases_json(data: Path, *args: str) -> list[dict]:
    return json.loads(casemgr(data, "cases", *args, "--user", "amina", "--json").stdout)


def test_round_trip_list_search_show_edit_verify_check(seeded):
    rows = cases_json(seeded, "list", "--limit", "100")
    assert len(rows) == 30
    # The demo supervisor of an offline workspace has closed some (casemgr.demo.seed).
    assert {r["status"] for r in rows} <= {"open", "active", "closure_requested", "closed"}
    first = next(r for r in rows if r["status"] in ("open", "active"))  # one still editable
    found = cases_json(seeded, "search", first["family_name"][:3])
    assert first["case_id"] in {r["case_id"] for r in found}

    shown = json.loads(casemgr(seeded, "cases", "show", first["case_number"], "--json").stdout)
    assert shown["case"][0]["id"] == first["case_id"]
    assert shown["family"][0]["fields"]["name"] == first["family_name"]

    out = casemgr(seeded, "edit", first["case_number"], "--set",
                  "summary=Mother found work; school fees paid").stdout
    assert "waiting to sync" in out
    hits = cases_json(seeded, "search", "school fees")
    assert first["case_id"] in {r["case_id"] for r in hits}

    assert "Audit chain intact" in casemgr(seeded, "audit", "verify").stdout
    assert "Workspace OK" in casemgr(seeded, "workspace", "check").stdout


def test_text_output_is_a_readable_table(seeded):
    out = casemgr(seeded, "cases", "list", "--sort", "risk", "--desc", "--limit", "5").stdout
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["CASE", "FAMILY", "CHILDREN"]
    assert len(lines) == 6


def test_filters_match_what_they_say(seeded):
    for row in cases_json(seeded, "list", "--risk", "high", "--limit", "100"):
        assert row["risk"] == "high"
    overdue = cases_json(seeded, "list", "--overdue", "--limit", "100")
    from datetime import date
    assert all(r["next_due"] < date.today().isoformat() for r in overdue)


def test_wrong_password_exits_nonzero_with_one_line_and_changes_nothing(seeded):
    files = {p: p.read_bytes() for p in seeded.rglob("*") if p.is_file()
             and p.name != "unlock-guard.json"}
    proc = casemgr(seeded, "cases", "list", password="not the password", check=False)
    assert proc.returncode == EXIT_WRONG_PASSWORD == 3
    assert proc.stderr.strip().splitlines() == ["casemgr: Wrong password."]
    assert proc.stdout == ""
    assert {p: p.read_bytes() for p in files} == files


def test_invalid_edit_is_refused_per_field_and_nothing_is_queued(seeded):
    row = cases_json(seeded, "list", "--limit", "1")[0]
    proc = casemgr(seeded, "edit", row["case_number"], "--set", "risk=extreme", check=False)
    assert proc.returncode == EXIT_REFUSED
    assert "risk: must be one of" in proc.stderr
    proc = casemgr(seeded, "edit", row["case_number"], "--set", "status=closed", check=False)
    assert proc.returncode == EXIT_REFUSED and "request closure" in proc.stderr


def test_nothing_else_can_read_the_workspace(seeded):
    db = seeded / "amina" / "workspace.db"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT count(*) FROM sqlite_master").fetchone()
    # Long names only: a 3-byte name turns up in megabytes of ciphertext by chance.
    names = {r["family_name"] for r in cases_json(seeded, "list", "--limit", "100")
             if len(r["family_name"].encode()) >= 7}
    assert names
    blob = b"".join(p.read_bytes() for p in seeded.rglob("*") if p.is_file())
    assert not [n for n in names if n.encode() in blob]


def test_a_tampered_audit_log_fails_verification(tmp_path):
    data = tmp_path / "data"
    casemgr(data, "workspace", "init", "--user", "amina")
    casemgr(data, "demo", "seed", "--cases", "2")
    from casemgr.db.workspace import unlock_workspace
    with unlock_workspace(data, "amina", PASSWORD) as ws:
        ws.conn.execute("DELETE FROM audit WHERE seq = 3")
    proc = casemgr(data, "audit", "verify", check=False)
    assert proc.returncode == 1
    assert "entry 3 is missing" in proc.stdout


def test_without_a_workspace_the_user_is_told_how_to_make_one(tmp_path):
    proc = casemgr(tmp_path / "empty", "cases", "list", check=False)
    assert proc.returncode == EXIT_NOT_FOUND
    assert "casemgr workspace init" in proc.stderr
    proc = casemgr(tmp_path / "empty", "cases", "list", "--user", "brian", check=False)
    assert proc.returncode == EXIT_NOT_FOUND and "no workspace" in proc.stderr


def test_without_a_password_or_a_terminal_it_is_a_usage_error(seeded):
    proc = casemgr(seeded, "cases", "list", password=None, check=False)
    assert proc.returncode == EXIT_USAGE and "CASEMGR_PASSWORD" in proc.stderr


def test_a_second_init_refuses_to_replace_the_workspace(seeded):
    proc = casemgr(seeded, "workspace", "init", "--user", "amina", check=False)
    assert proc.returncode == EXIT_EXISTS and "already exists" in proc.stderr
    assert proc.returncode != EXIT_WRONG_PASSWORD


def test_an_unknown_case_is_not_found_and_not_a_wrong_password(seeded):
    for args in (("cases", "show", "ERCX-00012"), ("edit", "ERCX-00012", "--set", "risk=high")):
        proc = casemgr(seeded, *args, check=False)
        assert proc.returncode == EXIT_NOT_FOUND
        assert proc.stderr.strip() == "casemgr: No case ERCX-00012 in this workspace."
    proc = casemgr(seeded, "conflicts", "resolve", "01890000-0000-7000-8000-000000000000",
                   "--keep", "mine", check=False)
    assert proc.returncode == EXIT_NOT_FOUND and "No such record" in proc.stderr


def test_help_lists_every_exit_status():
    out = subprocess.run([sys.executable, "-m", "casemgr", "--help"], capture_output=True,
                         text=True, check=True, timeout=60).stdout
    listed = dict(re.findall(r"^  (\d+) +(\S.*)$", out.split("exit status:")[1], re.M))
    assert listed["3"].startswith("wrong password")
    assert listed["4"].startswith("not found")
    assert listed["5"].startswith("already exists")
    assert listed["8"].startswith("the disk is full")
    assert set(listed) == {"0", "1", "2", "3", "4", "5", "6", "7", "8", "70", "130"}


def test_a_login_the_server_refuses_is_a_wrong_password_and_creates_nothing(live_server,
                                                                           tmp_path):
    data = tmp_path / "laptop"
    proc = casemgr(data, "login", "--server", live_server.url, "--user", "amina",
                   password="not her password", check=False)
    assert proc.returncode == EXIT_WRONG_PASSWORD
    assert "did not accept this user name and password" in proc.stderr
    assert not (data / "amina").exists()


def readme_section(title: str) -> str:
    """The shell blocks of one section of README.md, as a reader would paste them."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"^```sh\n(.*?)^```$", section, re.S | re.M)
    assert blocks, f"no shell block in README section {title!r}"
    return "".join(blocks)


def test_the_readmes_command_line_section_runs_as_written_after_the_demo(tmp_path):
    """Every command of "Try it from the command line", in order, in a fresh folder, on a
    machine where the demo already made amina's workspace in the default data folder (with
    the demo password): each exits 0, and the demo's workspace is left untouched."""
    clone = tmp_path / "clone"
    (clone / ".venv" / "bin").mkdir(parents=True)
    (clone / ".venv" / "bin" / "casemgr").write_text(
        f'#!/bin/sh\nexec "{sys.executable}" -m casemgr "$@"\n')
    (clone / ".venv" / "bin" / "casemgr").chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEMGR_")}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")  # the default data folder of this "machine"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    demo_password = "demo-password-2026"
    made = subprocess.run([sys.executable, "-m", "casemgr", "workspace", "init", "--user",
                           "amina"], env={**env, "CASEMGR_PASSWORD": demo_password},
                          capture_output=True, text=True, timeout=120, check=True)
    demo_dir = tmp_path / "xdg" / "casemgr"
    assert str(demo_dir / "amina") in made.stdout
    before = {p: p.read_bytes() for p in demo_dir.rglob("*") if p.is_file()}

    script = clone / "readme-cli.sh"
    script.write_text(readme_section("Try it from the command line"))
    proc = subprocess.run(["bash", "-euo", "pipefail", "-x", str(script)], cwd=clone, env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Seeded 200 cases" in proc.stdout
    assert re.search(r"^Case [A-Z0-9]{4}-\d{5} ", proc.stdout, re.M)  # the case found, shown
    assert "Audit chain intact" in proc.stdout and "Workspace OK" in proc.stdout
    assert (clone / "cli-try" / "amina" / "workspace.db").exists()
    after = {p: p.read_bytes() for p in demo_dir.rglob("*") if p.is_file()}
    assert after == before, "the README's commands touched the demo's workspace"


def test_break_glass_from_the_command_line_opens_a_case_outside_the_caseload(live_server,
                                                                             tmp_path):
    from tests.support.laptops import Laptop
    from tests.support.live_server import DEMO_PASSWORD
    from tests.support.records import CASE, CHILD, FAMILY

    amina = Laptop(tmp_path / "amina", live_server, "amina")
    case_id = amina.cw.register_family(FAMILY, [CHILD], CASE).value
    number = amina.cw.case_file(case_id).case.fields["case_number"]
    amina.sync()
    amina.close()
    data = tmp_path / "carla-laptop"
    casemgr(data, "login", "--server", live_server.url, "--user", "carla",
            password=DEMO_PASSWORD)
    refused = casemgr(data, "break-glass", "NOPE-1", "--user", "carla", "--reason",
                      "immediate_risk", "--note", "police called", password=DEMO_PASSWORD,
                      check=False)
    assert refused.returncode != 0 and "There is no case with this number" in refused.stderr
    done = casemgr(data, "break-glass", number, "--user", "carla", "--reason",
                   "immediate_risk", "--note", "police called", password=DEMO_PASSWORD)
    assert f"Case {number} is open to you until" in done.stdout
    assert "sam was told" in done.stdout
    shown = casemgr(data, "cases", "show", number, "--user", "carla", password=DEMO_PASSWORD)
    assert number in shown.stdout
    # 'break-glass end CASE': she gives it back; the case leaves her laptop at once.
    ended = casemgr(data, "break-glass", "end", number, "--user", "carla",
                    password=DEMO_PASSWORD)
    assert f"Your emergency access to case {number} ended at" in ended.stdout
    gone = casemgr(data, "cases", "show", number, "--user", "carla", password=DEMO_PASSWORD,
                   check=False)
    assert gone.returncode != 0 and number not in gone.stdout
    again = casemgr(data, "break-glass", "end", number, "--user", "carla",
                    password=DEMO_PASSWORD, check=False)
    assert again.returncode != 0 and f"There is no case {number} on this device" in again.stderr
    missing = casemgr(data, "break-glass", number, "--user", "carla", password=DEMO_PASSWORD,
                      check=False)
    assert missing.returncode == 2 and "--reason and --note" in missing.stderr
