"""The dialog base every casework dialog is built on: fields with their messages beside them and
summed up on top, messages that go as soon as a field is fixed without moving the form, the
date check, and Save that accepts only clean input (ReassignDialog and AttachFileDialog as
users meet it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from casemgr.ui.dialogs import AttachFileDialog, ReassignDialog
from casemgr.ui.dialogs.base import CaseworkDialog, date_problem
from tests.support.qt import find, show

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


# -- the summary on top, messages that go when fixed, a layout that stays put -------------------


def y_of(widget: QWidget, dialog: QWidget) -> int:
    return widget.mapTo(dialog, QPoint(0, 0)).y()


def test_the_summary_names_each_problem_and_the_first_field_gets_the_focus(qtbot):
    dialog = show(qtbot, MeetingDialog())
    assert dialog.error_summary.text() == "Fields marked * must be filled in."
    dialog.day.line_edit.clear()
    qtbot.keyClicks(dialog.day.line_edit, "tomorrow")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_summary.text().splitlines() == [
        "• Topic is required.", "• Day: Write the date as YYYY-MM-DD."]
    assert dialog.topic.hasFocus()


def test_a_message_goes_as_soon_as_its_field_is_fixed(qtbot):
    dialog = show(qtbot, MeetingDialog())
    dialog.day.line_edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert set(dialog.errors()) == {"topic", "day"}

    qtbot.keyClicks(dialog.topic, "R")  # one key is enough: the topic is given
    assert dialog.errors() == {"day": "Give the day."}
    assert dialog.error_summary.text() == "• Day: Give the day."
    qtbot.keyClicks(dialog.day.line_edit, "2026-11")  # not a date yet: the message follows
    assert dialog.errors() == {"day": "Write the date as YYYY-MM-DD."}
    qtbot.keyClicks(dialog.day.line_edit, "-17")
    assert dialog.errors() == {}
    assert dialog.error_summary.text() == "Fields marked * must be filled in."
    # A field left untouched says nothing new while another is typed in: only Save checks.
    dialog.topic.clear()
    assert dialog.errors() == {}


def test_a_message_from_the_use_case_goes_when_its_field_is_changed(qtbot):
    dialog = show(qtbot, ReassignDialog(None, current="zed", team="north"))
    dialog.show_errors({"assigned_to": "No caseworker is called zed.",
                        "team": "There is no team north."})
    assert "• Caseworker: No caseworker is called zed." in dialog.error_summary.text()
    qtbot.keyClicks(dialog.worker, "a")
    assert dialog.errors() == {"team": "There is no team north."}


def test_messages_coming_and_going_move_no_field(qtbot):
    dialog = show(qtbot, MeetingDialog())
    fields = [dialog.topic, dialog.day.line_edit, dialog.save_button]
    before = [y_of(w, dialog) for w in fields]
    height = dialog.height()
    dialog.day.line_edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find(dialog, QLabel, "error:topic").isVisible())
    assert [y_of(w, dialog) for w in fields] == before
    qtbot.keyClicks(dialog.topic, "Review")
    qtbot.waitUntil(lambda: not find(dialog, QLabel, "error:topic").isVisible())
    assert [y_of(w, dialog) for w in fields] == before
    assert dialog.height() == height


def test_a_long_message_keeps_to_its_line_and_is_read_whole(qtbot):
    dialog = show(qtbot, MeetingDialog(), size=(360, 300))
    label = find(dialog, QLabel, "error:topic")
    height = label.height()
    long = ("A meeting needs a topic that the family and the school both understand, "
            "written out in full.")
    dialog.show_errors({"topic": long})
    assert label.isVisible() and label.height() == height
    assert label.text() == long  # the whole message, also in the summary and the tooltip
    assert label.toolTip() == long
    assert long in dialog.error_summary.text()
