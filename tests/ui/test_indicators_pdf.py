"""The indicators for evidence as a one-page PDF: parsed back (pypdf), it is one page with
the Dashboard's six charts and one row of totals a month, each the indicators' own figure
(de-identified: "<5" where the CSV has it); the Export indicators dialog and the command
line write it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from casemgr.app.casework import Casework
from casemgr.app.indicators import SUPPRESSED, export_indicators, prepare_indicators
from casemgr.db.workspace import Workspace
from casemgr.ui.reports import INDICATOR_COLUMNS, write_indicators_pdf
from tests.support.dashboard import SAM, team_workspace
from tests.support.pdf_text import page_texts
from tests.support.workspaces import PASSWORD


@pytest.fixture(scope="module")
def team_ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    with team_workspace(tmp_path_factory.mktemp("indicators-pdf")) as ws:
        yield ws


def cell(value) -> str:
    if value is None:
        return "–"
    if value == SUPPRESSED:
        return "<5"
    if isinstance(value, float):
        return f"{round(value * 100)}%" if value <= 1 else f"{value:g}"
    return f"{value:,}"


@pytest.mark.parametrize("deidentify", [True, False])
def test_one_page_with_the_charts_and_each_month_s_totals(qapp, team_ws, tmp_path,
                                                          deidentify):
    cw = Casework(team_ws, actor=SAM)
    data = prepare_indicators(cw, "pdf", PASSWORD, deidentify=deidentify)
    path = tmp_path / "indicators.pdf"
    assert write_indicators_pdf(data, path, "Riverside Child Protection", "sam") == 1
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    assert len(reader.pages[0].images) == 6  # the Dashboard's six charts
    (text,) = page_texts(path)
    assert "Riverside Child Protection" in text and "Printed by sam" in text
    assert "Page 1 of 1" in text
    for month in data.months:
        expected = " ".join([month, *(cell(data.value(ind, month, "all", measure))
                                      for ind, measure, _ in INDICATOR_COLUMNS)])
        assert expected in text, month
    # the totals are the indicators' own: the months' open cases as the CSV counts them
    assert any(isinstance(data.value("caseload", m, "all", "open_cases"), int)
               and data.value("caseload", m, "all", "open_cases") >= 5 for m in data.months)
    assert ("<5" in text) is deidentify
    entry = [e for e in team_ws.store.audit_entries() if e["action"] == "export"][-1]
    assert entry["detail"]["format"] == "pdf"
    assert entry["detail"]["deidentified"] is deidentify


def test_the_pdf_is_not_written_through_the_csv_path(team_ws, tmp_path):
    cw = Casework(team_ws, actor=SAM)
    with pytest.raises(ValueError, match="csv, xlsx"):
        export_indicators(cw, "pdf", PASSWORD, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_export_indicators_dialog_writes_the_pdf(qtbot, unlocked, tmp_path):
    from tests.ui.test_export_dialog import open_export

    dialog = open_export(qtbot, unlocked, indicators=True)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert Path(dialog.path.text()).suffix == ".pdf"
    dialog.path.setText(str(tmp_path / "ind.pdf"))
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.save_button.isVisible(), timeout=30_000)
    assert str(tmp_path / "ind.pdf") in dialog.outcome.text()
    (text,) = page_texts(tmp_path / "ind.pdf")
    assert "Indicators for evidence" in text
    assert not list(tmp_path.glob(".*partial*"))
