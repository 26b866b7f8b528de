"""Tests read only files inside the repository, so a clone anywhere runs them (issue: the
HSDS examples were read from an absolute path beside the checkout)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
OUTSIDE = re.compile(r"^(/(work|home|root|srv|opt|mnt)/|\.\./shared\b)|/shared/data\b")


def test_no_test_names_a_path_outside_the_repository():
    offending = []
    for path in sorted(TESTS.rglob("*.py")):
        if path == Path(__file__).resolve():
            continue  # the pattern itself
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and OUTSIDE.search(node.value)):
                offending.append(f"{path.relative_to(TESTS)}:{node.lineno}: {node.value}")
    assert offending == []


def test_the_hsds_examples_ship_with_their_licence():
    hsds = TESTS / "data" / "hsds"
    assert "CC BY-SA 4.0" in (hsds / "NOTICE.md").read_text() or \
        "Attribution-ShareAlike 4.0" in (hsds / "NOTICE.md").read_text()
    assert sorted(p.name for p in hsds.glob("*.json"))
    assert (hsds / "csv" / "services.csv").is_file()
