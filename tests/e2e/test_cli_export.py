"""`casemgr export` and `casemgr indicators` run as a user runs them: a real process on a real
encrypted workspace seeded with demo cases."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from casemgr.cli import EXIT_REFUSED, EXIT_USAGE
from tests.e2e.test_cli import casemgr


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("cli-export") / "data"
    casemgr(data, "workspace", "init", "--user", "amina")
    casemgr(data, "demo", "seed", "--user", "amina", "--cases", "25")
    return data


def family_names(data: Path) -> set[str]:
    rows = json.loads(casemgr(data, "cases", "list", "--user", "amina", "--limit", "100",
                              "--json").stdout)
    return {r["family_name"] for r in rows}


def test_a_caseworker_exports_her_cases_de_identified_to_standard_output(seeded):
    out = casemgr(seeded, "export", "--user", "amina", "--format", "csv", "--deidentify")
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(rows) == 25
    assert all(r["case_id"].startswith("C-") and r["opened_on"].count("-") == 1 for r in rows)
    assert "case_number" not in rows[0]
    names = family_names(seeded)
    assert names and not [n for n in names if n in out.stdout]
    assert "Exported (de-identified): cases 25" in out.stderr

    body = json.loads(casemgr(seeded, "export", "--user", "amina", "--format", "json",
                              "--deidentify").stdout)
    assert len(body["cases"]) == 25 and body["people"] and body["visits"]
    assert body["export"]["deidentified"] is True
    assert not [n for n in names if n in json.dumps(body, ensure_ascii=False)]


def test_names_of_more_than_one_case_are_refused_to_a_caseworker(seeded, tmp_path):
    proc = casemgr(seeded, "export", "--user", "amina", "--format", "json", check=False)
    assert proc.returncode == EXIT_REFUSED
    assert "more than one case" in proc.stderr and proc.stdout == ""
    number = json.loads(casemgr(seeded, "cases", "list", "--user", "amina", "--json"
                                ).stdout)[0]["case_number"]
    one = json.loads(casemgr(seeded, "export", "--user", "amina", "--format", "json",
                             "--case", number).stdout)
    assert [c["case_number"] for c in one["cases"]] == [number]
    assert one["people"][0]["given_name"]  # with names: one case may leave so


def test_xlsx_and_csv_files_and_the_key(seeded, tmp_path):
    proc = casemgr(seeded, "export", "--user", "amina", "--format", "xlsx", "--deidentify",
                   check=False)
    assert proc.returncode == EXIT_USAGE and "--output" in proc.stderr
    book_path = tmp_path / "cases.xlsx"
    out = casemgr(seeded, "export", "--user", "amina", "--format", "xlsx", "--deidentify",
                  "--output", str(book_path), "--keep-key")
    assert "Pseudonym key" in out.stderr
    book = load_workbook(book_path)
    assert "cases" in book.sheetnames and book["cases"].max_row == 26
    archive = tmp_path / "all.zip"
    casemgr(seeded, "export", "--user", "amina", "--format", "csv", "--deidentify",
            "--tables", "cases", "visits", "--output", str(archive))
    with zipfile.ZipFile(archive) as z:
        assert sorted(z.namelist()) == ["cases.csv", "visits.csv"]
    log = casemgr(seeded, "audit", "verify", "--user", "amina")
    assert log.returncode == 0


def test_indicators_as_csv_and_xlsx(seeded, tmp_path):
    out = casemgr(seeded, "indicators", "--user", "amina", "--format", "csv", "--deidentify",
                  "--months", "6")
    rows = list(csv.DictReader(io.StringIO(out.stdout.lstrip("\ufeff"))))
    assert rows and set(rows[0]) == {"indicator", "month", "group", "measure", "value"}
    assert {r["indicator"] for r in rows} >= {"caseload", "first_visit"}
    assert len({r["month"] for r in rows}) <= 6
    path = tmp_path / "ind.xlsx"
    casemgr(seeded, "indicators", "--user", "amina", "--format", "xlsx", "--output",
            str(path))
    assert "caseload" in load_workbook(path).sheetnames


def test_indicators_as_a_one_page_pdf(seeded, tmp_path):
    from tests.support.pdf_text import page_texts

    proc = casemgr(seeded, "indicators", "--user", "amina", "--format", "pdf", check=False)
    assert proc.returncode == EXIT_USAGE and "--output" in proc.stderr
    path = tmp_path / "ind.pdf"
    casemgr(seeded, "indicators", "--user", "amina", "--format", "pdf", "--deidentify",
            "--months", "6", "--output", str(path))
    (text,) = page_texts(path)
    assert "Indicators for evidence" in text and "Page 1 of 1" in text


def test_a_pdf_export_is_one_cases_summary_redacted_when_de_identified(seeded, tmp_path):
    from tests.support.pdf_text import all_bytes, page_texts

    proc = casemgr(seeded, "export", "--user", "amina", "--format", "pdf", "--deidentify",
                   "--output", str(tmp_path / "x.pdf"), check=False)
    assert proc.returncode == EXIT_USAGE and "--case" in proc.stderr
    row = json.loads(casemgr(seeded, "cases", "list", "--user", "amina", "--json",
                             "--limit", "1").stdout)[0]
    number, family = row["case_number"], row["family_name"]
    named, redacted = tmp_path / "named.pdf", tmp_path / "redacted.pdf"
    casemgr(seeded, "export", "--user", "amina", "--format", "pdf", "--case", number,
            "--output", str(named))
    out = casemgr(seeded, "export", "--user", "amina", "--format", "pdf", "--case", number,
                  "--deidentify", "--output", str(redacted))
    assert "redacted" in out.stderr
    assert family in " ".join(page_texts(named))
    whole = " ".join(page_texts(redacted))
    assert number in whole and family not in whole
    assert family.encode() not in all_bytes(redacted)
    log = casemgr(seeded, "audit", "verify", "--user", "amina")
    assert log.returncode == 0
