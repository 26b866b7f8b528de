"""The command line's human output speaks in words (JSON keeps the codes)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.test_cli import casemgr


def test_cases_read_in_words_and_json_keeps_the_codes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    casemgr(data, "workspace", "init", "--user", "amina")
    casemgr(data, "demo", "seed", "--user", "amina", "--cases", "12")
    rows = json.loads(casemgr(data, "cases", "list", "--user", "amina", "--json").stdout)
    codes = {r["status"] for r in rows} | {r["risk"] for r in rows if r["risk"]}
    assert codes <= {"open", "active", "closure_requested", "closed", "low", "medium", "high",
                     "critical"}
    table = casemgr(data, "cases", "list", "--user", "amina").stdout
    for code in codes:
        assert f" {code} " not in f" {table} ".replace("\n", " "), code
    assert any(word in table for word in ("Open", "Active", "Closure requested", "Closed"))

    shown = casemgr(data, "cases", "show", rows[0]["case_number"], "--user", "amina").stdout
    assert "status: " in shown and "_" not in shown.split("status: ")[1].split()[0]
    legal = shown.split("legal basis: ")[1].split("   ")[0]
    assert legal in {"Consent of the family", "Court order", "Statutory duty",
                     "Vital interest (the child's life or safety is at risk)"}
