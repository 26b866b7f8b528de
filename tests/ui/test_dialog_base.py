"""The dialog base every casework dialog is built on: fields with their messages beside them,
the date check, and Save that accepts only clean input (ReassignDialog and AttachFileDialog
as users meet it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from casemgr.ui.dialogs import AttachFileDialog, ReassignDialog
from casemgr.ui.dialogs.base import CaseworkDialog, date_problem
from tests.support.qt import show

TODAY = date(2026, 11, 18)


class MeetingDialog(CaseworkDialog):
    """A small dialog made only of the base's pieces."""

    def __init__(self) -> None:
        super().__init__()
        form = self.new_form()
        self.topic = QLineEdit()
        self.topic.setObjectName("topic")
        self.add_row(form, "topic", "Topic", self.topic, required=True)
        self.day = self.add_date_row(form, "day", "Day", today=TODAY, value=TODAY, latest=TODAY)
        self.main_layout.addLayout(form)
        self.add_buttons("Save meeting")
        self.ctrl_enter_saves()

    def problems(self) -> dict[str, str]:
        errors = {} if self.topic.text().strip() else {"topic": "is required"}
        day = date_problem(self.day, missing="Give the day.", latest=TODAY,
                           too_late="A meeting cannot be in the future.")
        if day:
            errors["day"] = day
        return errors


def test_save_shows_each_problem_beside_its_field_and_accepts_only_clean_input(qtbot):
    dialog = show(qtbot, MeetingDialog())
    dialog.day.line_edit.clear()
    qtbot.keyClicks(dialog.day.line_edit, "18/11/2026")
    with qtbot.assertNotEmitted(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors() == {"topic": "Topic is required.",
                               "day": "Write the date as YYYY-MM-DD."}
    assert dialog.isVisible()
    assert dialog.topic.hasFocus()  # the first field concerned

    qtbot.keyClicks(dialog.topic, "Review with the school")
    dialog.day.line_edit.clear()
    qtbot.keyClicks(dialog.day.line_edit, "2026-11-19")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors() == {"day": "A meeting cannot be in the future."}

    dialog.day.line_edit.clear()
    with qtbot.assertNotEmitted(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors() == {"day": "Give the day."}

    qtbot.keyClicks(dialog.day.line_edit, "2026-11-17")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.topic, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.errors() == {}


def test_the_date_row_is_labelled_and_bound_to_its_input(qtbot):
    dialog = show(qtbot, MeetingDialog())
    label = dialog.findChild(QLabel, "label:day")
    assert label is not None and label.buddy() is dialog.day.line_edit
    assert dialog.day.line_edit.objectName() == "day"
    assert dialog.day.line_edit.accessibleName() == "Day"
    assert dialog.day.date() == TODAY


def test_use_case_messages_go_beside_their_fields_and_the_rest_to_the_banner(qtbot):
    dialog = show(qtbot, ReassignDialog(None, current="amina", team="north"))
    dialog.show_errors({"assigned_to": "No caseworker is called zed.",
                        "": "Not allowed: only a supervisor reassigns cases."})
    assert dialog.errors() == {"assigned_to": "No caseworker is called zed.",
                               "": "Not allowed: only a supervisor reassigns cases."}


def test_reassign_needs_a_caseworker(qtbot):
    dialog = show(qtbot, ReassignDialog(None, current="amina", team=None))
    dialog.worker.clear()
    with qtbot.assertNotEmitted(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors() == {"assigned_to": "Name the caseworker who takes the case."}
    qtbot.keyClicks(dialog.worker, "bilal")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.value() == {"worker": "bilal", "team": None}


def test_attach_needs_a_file_then_accepts_one(qtbot, tmp_path):
    dialog = show(qtbot, AttachFileDialog(None))
    with qtbot.assertNotEmitted(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors() == {"path": "Choose the file to attach."}
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF")
    qtbot.keyClicks(dialog.path, str(report))
    qtbot.keyClicks(dialog.description, "School report")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.value() == {"path": report, "description": "School report"}
