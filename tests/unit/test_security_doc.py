"""docs/security.md maps each threat to the tests that show its mitigations, by path and
test name (`tests/…py::test_…`): every test it names exists, so a renamed or deleted test
cannot leave the page pointing at nothing; each threat of issue 15 has its section and at
least one test."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "security.md"
NAMED = re.compile(r"\b(tests/[\w/]+\.py)::(test_\w+)\b")
THREATS = ("A lost or stolen laptop", "A curious colleague", "A malicious insider",
           "A network attacker", "A compromised device that never reconnects",
           "A compromised server backup")


def functions_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), str(path))
    return {node.name for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.name.startswith("test_")}


def test_every_test_the_security_page_names_exists():
    named = NAMED.findall(PAGE.read_text())
    assert len(named) >= 50  # the page names tests, not the regex nothing
    missing = []
    found: dict[str, set[str]] = {}
    for file, name in named:
        path = ROOT / file
        if not path.is_file():
            missing.append(f"{file} (no such file)")
            continue
        if file not in found:
            found[file] = functions_in(path)
        if name not in found[file]:
            missing.append(f"{file}::{name}")
    assert missing == []


def test_each_threat_has_its_section_with_a_test():
    sections = re.split(r"^### ", PAGE.read_text(), flags=re.M)[1:]
    by_title = {s.split("\n", 1)[0].strip(): s for s in sections}
    assert set(THREATS) <= set(by_title)
    for threat in THREATS:
        assert NAMED.search(by_title[threat]), threat
    assert "## What we do not protect against" in PAGE.read_text()


def test_every_mitigation_row_names_a_test_or_waits_for_one_by_name():
    """Each row of a threat's table names the test that shows it; a row for a mitigation
    still being built says "(to be filled)" and which, for the lead to fill in."""
    text = PAGE.read_text()
    threats = text.split("## Threats and mitigations", 1)[1].split(
        "## What we do not protect against", 1)[0]
    rows = [line for line in threats.splitlines()
            if line.startswith("| ") and not line.startswith(("| mitigation", "| check"))]
    assert len(rows) >= 30
    bare = [row for row in rows if not NAMED.search(row) and "(to be filled)" not in row]
    assert bare == []
