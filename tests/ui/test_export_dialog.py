"""The export dialog: from the Workspace menu, de-identified by default, the password asked
again (a wrong one refused beside the field), the file written on the database thread and
the outcome said with its path and row counts."""

from __future__ import annotations

import json
import zipfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from casemgr.ui.dialogs.export import ExportDialog
from tests.support.desktop import SEEDED_CASES
from tests.support.workspaces import PASSWORD


def open_export(qtbot, window, indicators=False) -> ExportDialog:
    action = window.export_indicators_action if indicators else window.export_action
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_the_menu_is_there_only_when_unlocked(qtbot, window):
    assert not window.export_action.isEnabled()
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Export…" in menu_texts and "Export &indicators…" in menu_texts


def test_a_caseworker_exports_her_cases_de_identified(qtbot, unlocked, tmp_path):
    dialog = open_export(qtbot, unlocked)
    assert dialog.findChild(type(dialog.outcome), "scope").text() == "Your own cases"
    assert dialog.deidentify.isChecked() and not dialog.deidentify.isEnabled()
    assert "leaves the encrypted workspace" in dialog.warning.text()
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    target = tmp_path / "mine.json"
    dialog.path.setText(str(target))
    assert str(target) in dialog.warning.text()  # it says where the file goes

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no password yet
    assert "password" in dialog.errors().get("password", "").lower()
    qtbot.keyClicks(dialog.password, "not my password")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrong password" in dialog.errors().get("password", ""))
    assert not target.exists() and dialog.password.text() == ""

    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.save_button.isVisible(), timeout=10_000)
    text = dialog.outcome.text()
    assert str(target) in text and f"cases: {SEEDED_CASES + 1}" in text
    body = json.loads(target.read_text("utf-8"))
    assert len(body["cases"]) == SEEDED_CASES + 1 and body["export"]["deidentified"]
    assert "Zzyzx" not in target.read_text("utf-8")  # the case known by name
    assert dialog.cancel_button.text() == "Close"


def test_csv_goes_as_a_zip_chosen_in_the_file_dialog(qtbot, unlocked, tmp_path):
    dialog = open_export(qtbot, unlocked)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.path.text().endswith(".zip")
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    chooser = dialog.chooser
    assert isinstance(chooser, QFileDialog)
    chooser.selectFile(str(tmp_path / "cases.zip"))
    chooser.accept()
    assert dialog.path.text() == str(tmp_path / "cases.zip")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.save_button.isVisible(), timeout=10_000)
    with zipfile.ZipFile(tmp_path / "cases.zip") as archive:
        assert "cases.csv" in archive.namelist() and "people.csv" in archive.namelist()


def test_indicators_from_the_menu(qtbot, unlocked, tmp_path):
    dialog = open_export(qtbot, unlocked, indicators=True)
    assert dialog.deidentify.isEnabled() and dialog.deidentify.isChecked()
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == \
        ["csv", "xlsx", "pdf"]
    dialog.path.setText(str(tmp_path / "ind.xlsx"))
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.save_button.isVisible(), timeout=10_000)
    assert "Indicators for 12 months" in dialog.outcome.text()
    assert (tmp_path / "ind.xlsx").stat().st_size > 0
