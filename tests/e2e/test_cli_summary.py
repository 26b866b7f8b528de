"""`casemgr summary CASE --output FILE [--redact]` as a user runs it: a real process on a real
encrypted workspace with demo cases, no display; the PDF parsed back."""

from __future__ import annotations

import json

from casemgr.cli import EXIT_NOT_FOUND
from tests.e2e.test_cli import casemgr
from tests.support.pdf_text import all_bytes, contains, page_texts


def test_summary_writes_a_pdf_and_a_redacted_one_holds_no_identifying_value(tmp_path,
                                                                          monkeypatch):
    data = tmp_path / "data"
    casemgr(data, "workspace", "init", "--user", "amina")
    casemgr(data, "demo", "seed", "--cases", "4")
    row = json.loads(casemgr(data, "cases", "list", "--json").stdout)[0]
    number = row["case_number"]
    shown = json.loads(casemgr(data, "cases", "show", number, "--json").stdout)
    family = shown["family"][0]["fields"]

    pdf = tmp_path / "summary.pdf"
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):  # a server's shell
        monkeypatch.delenv(name, raising=False)
    out = casemgr(data, "summary", number, "--output", str(pdf)).stdout
    redacted = tmp_path / "redacted.pdf"
    casemgr(data, "summary", number, "-o", str(redacted), "--redact")
    assert f"Wrote the case summary to {pdf}" in out
    texts = page_texts(pdf)
    assert f"Case summary: {number} · {family['name']} family" in texts[0]
    assert "Printed by amina on" in texts[0] and f"Page 1 of {len(texts)}" in texts[0]

    identifying = {family["name"], family.get("address"), family.get("phone")}
    for person in shown["persons"]:
        identifying |= {person["fields"]["given_name"], person["fields"]["family_name"]}
    identifying = {v for v in identifying if v and v.casefold() != "amina"}  # the user
    whole = " ".join(page_texts(redacted))
    blob = all_bytes(redacted)
    assert f"Case {number} · redacted" in whole
    for value in identifying:
        assert value not in whole and not contains(blob, value), value

    missing = casemgr(data, "summary", "NO-SUCH", "-o", str(tmp_path / "x.pdf"), check=False)
    assert missing.returncode == EXIT_NOT_FOUND and not (tmp_path / "x.pdf").exists()
    assert "Audit chain intact" in casemgr(data, "audit", "verify").stdout
