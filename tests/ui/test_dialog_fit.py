"""Every dialog on a 1366×768 laptop: it fits the screen's free space with its buttons in view
(the content scrolls, never the buttons), and Esc, Cancel or closing the window ask before
dropping what was typed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from casemgr.app.assessment_report import assessment_report
from casemgr.app.supervision import ActionLine, CaseChoice, SessionView
from casemgr.app.team import CaseToMove, Reassignment
from casemgr.domain.forms import load_forms_dir, sample_answers, score
from casemgr.domain.permissions import Role
from casemgr.domain.records import Record, RecordType
from casemgr.paths import FORMS_DIR
from casemgr.ui.dialogs import (
    ApprovalDecisionDialog,
    AssessmentDialog,
    AssessmentView,
    AttachFileDialog,
    ClosureDialog,
    ConflictResolver,
    GoalDialog,
    ReassignCasesDialog,
    ReassignDialog,
    ReferralDialog,
    ReferralResponseDialog,
    RegisterFamilyDialog,
    RiskDialog,
    SessionDialog,
    SessionReadDialog,
    TaskDialog,
    VisitDialog,
)
from casemgr.ui.dialogs.base import DISCARD_QUESTION, FittedDialog
from casemgr.ui.lock.login import RecoverDialog, ServerLoginDialog
from casemgr.ui.lock.unlock import CreateWorkspaceDialog
from casemgr.ui.mainwindow import PreferencesDialog
from casemgr.ui.pages.sync import FirstSyncDialog
from casemgr.ui.workers.db import SignedIn
from tests.support.desktop import open_zzyzx
from tests.support.qt import click, find, show, type_into

TODAY = date(2026, 11, 18)
# A 1366×768 laptop less a desktop's top bar and dock: what a window may take there.
LAPTOP = QRect(0, 0, 1366, 728)
FORMS = {form.id: form for form in load_forms_dir(FORMS_DIR).values()}
LONGEST_FORM = max(FORMS.values(), key=lambda form: len(form.fields))
CONFLICT = {"record_id": "00000000-0000-7000-8000-000000000000", "record_type": "case",
            "field": "risk", "base_value": "low", "client_value": "high", "client_by": "amina",
            "client_at": "2026-11-18T10:05:00.000Z", "server_value": "medium",
            "server_by": "sam", "server_at": "2026-11-18T09:30:00.000Z", "status": "open"}
PROVIDERS = [{"id": f"0190a000-0000-7000-8000-00000000000{i}", "name": f"Provider {i}",
              "organization": "County", "service_types": ["health"]} for i in range(8)]
SESSION = SignedIn(user="amina", role=Role.CASEWORKER, teams=frozenset({"north"}),
                   device_id="d-1", server_url="https://casemgr.example.org",
                   data_dir=Path("/nonexistent"), first_login=True)

popups_and_sizes = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    """Dialogs see a 1366×768 laptop's free space, whatever screen the tests run on."""
    monkeypatch.setattr(FittedDialog, "available_geometry", staticmethod(lambda _w: LAPTOP))
    return LAPTOP


@pytest.fixture
def main_window(laptop: QRect) -> Iterator[QWidget]:
    """The parent the app gives its dialogs: the main window, maximised on the laptop (kept
    until the dialogs on it are closed)."""
    window = QWidget()
    window.setGeometry(laptop)
    window.show()
    yield window
    window.close()


def register_family_with_children(parent: QWidget | None = None) -> RegisterFamilyDialog:
    dialog = RegisterFamilyDialog(parent, today=TODAY)
    for _ in range(4):
        dialog.add_member(role="child")
    dialog.add_member(role="caregiver")
    return dialog


def saved_assessment(parent: QWidget) -> AssessmentView:
    """The longest form, answered, opened to read."""
    import random

    answers = sample_answers(LONGEST_FORM, random.Random(1), today=TODAY)
    result = score(LONGEST_FORM, answers)
    record = Record("0190a000-0000-7000-8000-0000000000a1", RecordType.ASSESSMENT,
                    "0190a000-0000-7000-8000-0000000000c1", {
                        "form_id": LONGEST_FORM.id, "form_version": LONGEST_FORM.version,
                        "answers": answers, "score": result.score,
                        "completed_on": TODAY.isoformat()},
                    created_at="2026-11-18T10:00:00Z", created_by="amina")
    return AssessmentView(assessment_report(record, LONGEST_FORM), parent)


def approval(parent: QWidget) -> ApprovalDecisionDialog:
    subject = "\n".join(f"Goal {i}: attends school every day" for i in range(20))
    return ApprovalDecisionDialog(parent, kind="case_plan", subject=subject,
                                  requested_by="amina", requested_at="2026-11-18T10:00:00Z")


def supervision_session(parent: QWidget) -> SessionDialog:
    """A caseworker with thirty open cases, four actions agreed."""
    cases = [CaseChoice(f"0190a000-0000-7000-8000-0000000001{i:02d}", f"NB-000{i:02d}",
                        f"Family {i}") for i in range(30)]
    dialog = SessionDialog(parent, today=TODAY, supervisees=["amina", "brian"],
                           cases={"amina": cases}, worker="amina")
    for _ in range(3):
        dialog.add_action()
    return dialog


def supervision_read(parent: QWidget) -> SessionReadDialog:
    return SessionReadDialog(SessionView(
        "0190a000-0000-7000-8000-0000000000e1", "2026-11-18", "amina", "sam", "strained",
        "heavy", "Two emergencies this week. " * 10, "Trauma-informed care",
        [(f"NB-000{i:02d}", "Keep open; review next month") for i in range(10)],
        [ActionLine(f"Action {i}", "2026-12-01", "NB-00001", "open") for i in range(10)]),
        parent)


# Each dialog as the app builds it (casefile/workflows.py, lock/, mainwindow.py, pages/sync.py),
# on its window, the biggest way it comes: a family of six, every shipped form, a long plan.
DIALOGS: dict[str, Callable[[QWidget], QDialog]] = {
    "register a family (six people)": register_family_with_children,
    **{f"assessment: {form_id}": (lambda w, form=form: AssessmentDialog(form, w, today=TODAY))
       for form_id, form in FORMS.items()},
    "saved assessment, to read": saved_assessment,
    "visit": lambda w: VisitDialog(w, today=TODAY, people=["Grace Mwangi", "Wanjiru Mwangi"]),
    "risk level": lambda w: RiskDialog(w, current="high", suggested="medium",
                                       suggestion="The assessment just saved suggests medium."),
    "referral": lambda w: ReferralDialog([{"id": "c", "name": "Wanjiru Mwangi"}], PROVIDERS, w),
    "provider's response": lambda w: ReferralResponseDialog(w, status="sent",
                                                            summary="Health care — Clinic"),
    "referral outcome": lambda w: ReferralResponseDialog(w, status="accepted"),
    "task": lambda w: TaskDialog(w, today=TODAY),
    "goal": lambda w: GoalDialog(w, today=TODAY, people=["Grace Mwangi"]),
    "closure": lambda w: ClosureDialog(w, case_number="NB-00001", family_name="Mwangi",
                                       facts=[("Risk", "Medium"), ("Open tasks", "2")]),
    "approval": approval,
    "reassign": lambda w: ReassignDialog(w, current="amina", team="north"),
    "reassign thirty cases": lambda w: ReassignCasesDialog(w, Reassignment(
        [CaseToMove(f"c{i}", f"NB-{i:05d}", "amina", "north", 2) for i in range(30)],
        ["amina", "brian", "sam"], from_directory=True)),
    "attach a file": lambda w: AttachFileDialog(w),
    "conflict": lambda w: ConflictResolver(CONFLICT, w),
    "log in to a server": lambda w: ServerLoginDialog(w),
    "recover": lambda w: RecoverDialog("amina", "https://casemgr.example.org", w),
    "new offline workspace": lambda w: CreateWorkspaceDialog(w),
    "preferences": lambda w: PreferencesDialog(w, 15, 250, 5),
    "first sync": lambda w: FirstSyncDialog(SESSION, w),
    "supervision session": supervision_session,
    "supervision session, to read": supervision_read,
}


def assert_fits_with_buttons_in_view(dialog: FittedDialog, space: QRect) -> None:
    assert space.contains(dialog.frameGeometry()), \
        f"{dialog.objectName()}: {dialog.frameGeometry()} is not within {space}"
    box = dialog.button_box
    assert box is not None
    buttons = box.buttons()
    assert buttons
    for button in buttons:
        where = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
        assert button.isVisible(), button.text()
        assert dialog.rect().contains(where), f"{button.text()!r} at {where} is cut off"
        assert button.visibleRegion().boundingRect() == button.rect(), \
            f"{button.text()!r} is partly hidden"


@popups_and_sizes
@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_fits_a_laptop_with_its_buttons_in_view(qtbot, laptop, main_window, name):
    dialog = DIALOGS[name](main_window)
    assert isinstance(dialog, FittedDialog)
    show(qtbot, dialog)
    assert_fits_with_buttons_in_view(dialog, laptop)


@popups_and_sizes
def test_the_family_form_scrolls_and_its_buttons_stay(qtbot, laptop):
    """Register a family asked for 820×860: at 1366×768 its form scrolls under Create."""
    dialog = show(qtbot, register_family_with_children())
    assert dialog.height() < 860
    scroll = dialog.scroll_area
    assert scroll is not None and scroll.verticalScrollBar().isVisible()
    summary = find(dialog, QPlainTextEdit, "case.summary")
    scroll.ensureWidgetVisible(summary)
    qtbot.waitUntil(lambda: not summary.visibleRegion().isEmpty())
    assert_fits_with_buttons_in_view(dialog, laptop)

    # The last field is reached, typed into, and Create still answers (here: what is missing).
    type_into(qtbot, summary, "Referred by the school.")
    click(qtbot, dialog.create_button)
    family_name = find(dialog, QLineEdit, "family.name")
    assert QApplication.focusWidget() is family_name
    qtbot.waitUntil(lambda: not family_name.visibleRegion().isEmpty())  # scrolled back to it


@popups_and_sizes
def test_the_longest_form_scrolls_its_questions_above_save(qtbot, laptop):
    dialog = show(qtbot, AssessmentDialog(LONGEST_FORM, today=TODAY))
    assert dialog.height() < 820
    assert dialog.renderer.scroll_area.verticalScrollBar().isVisible()
    assert dialog.renderer.score_panel.isVisible()
    assert_fits_with_buttons_in_view(dialog, laptop)


@popups_and_sizes
def test_registering_from_the_app_fits_the_laptop(qtbot, laptop, unlocked):
    qtbot.keyClick(unlocked, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(d, RegisterFamilyDialog) and d.isVisible()
                                for d in unlocked.casework_actions.open_dialogs))
    dialog = next(d for d in unlocked.casework_actions.open_dialogs
                  if isinstance(d, RegisterFamilyDialog))
    for _ in range(4):
        click(qtbot, dialog.add_member_button)
    assert_fits_with_buttons_in_view(dialog, laptop)


# -- leaving with unsaved input ------------------------------------------------------------------


def discard_question(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def button_reading(box: QMessageBox, text: str) -> QAbstractButton:
    return next(b for b in box.buttons() if b.text() == text)


def test_esc_with_typed_input_asks_then_keeps_editing_or_discards(qtbot):
    dialog = show(qtbot, VisitDialog(today=TODAY))
    observations = find(dialog, QPlainTextEdit, "observations")
    type_into(qtbot, observations, "Home tidy; Wanjiru at school.")
    qtbot.keyClick(observations, Qt.Key.Key_Escape)

    box = discard_question(qtbot)
    assert box.text() == DISCARD_QUESTION
    assert [b.text() for b in box.buttons()].count("Keep editing") == 1
    with qtbot.assertNotEmitted(dialog.rejected):
        click(qtbot, button_reading(box, "Keep editing"))
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible()
    assert observations.toPlainText() == "Home tidy; Wanjiru at school."

    qtbot.keyClick(observations, Qt.Key.Key_Escape)
    box = discard_question(qtbot)
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, button_reading(box, "Discard"))
    assert not dialog.isVisible()


def test_esc_without_input_closes_at_once(qtbot):
    dialog = show(qtbot, VisitDialog(today=TODAY))
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(find(dialog, QLineEdit, "participants"), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.discard_question is None


@popups_and_sizes
def test_cancel_and_closing_the_window_ask_too(qtbot):
    dialog = show(qtbot, register_family_with_children())
    type_into(qtbot, dialog.rows[2].given_name, "Baraka")  # a person added, then named
    click(qtbot, dialog.cancel_button)
    box = discard_question(qtbot)
    click(qtbot, button_reading(box, "Keep editing"))
    qtbot.waitUntil(lambda: dialog.discard_question is None)

    dialog.close()  # the window's close button
    box = discard_question(qtbot)
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, button_reading(box, "Discard"))


def test_an_added_empty_row_is_not_unsaved_input(qtbot):
    dialog = show(qtbot, RegisterFamilyDialog(today=TODAY))
    click(qtbot, dialog.add_member_button)
    assert not dialog.has_unsaved_input()
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, dialog.cancel_button)


def test_the_login_dialog_asks_before_dropping_what_was_typed(qtbot):
    dialog = show(qtbot, ServerLoginDialog())
    type_into(qtbot, dialog.user, "amina")
    qtbot.keyClick(dialog.user, Qt.Key.Key_Escape)
    box = discard_question(qtbot)
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, button_reading(box, "Discard"))


def test_quitting_with_a_dialog_half_filled_asks_first(qtbot, unlocked):
    open_zzyzx(qtbot, unlocked)
    qtbot.keyClick(unlocked, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(isinstance(d, VisitDialog) and d.isVisible()
                                for d in unlocked.casework_actions.open_dialogs))
    dialog = next(d for d in unlocked.casework_actions.open_dialogs
                  if isinstance(d, VisitDialog))
    type_into(qtbot, find(dialog, QPlainTextEdit, "observations"), "Half a visit")

    assert not unlocked.close()  # Ctrl+Q: the visit is not dropped silently
    box = discard_question(qtbot)
    assert unlocked.isVisible() and dialog.isVisible()
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, button_reading(box, "Discard"))
    assert unlocked.close()  # nothing unsaved left: quitting goes on
