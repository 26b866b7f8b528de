"""The casework dialogs driven by clicks and keys; what they return is fed to the real use cases."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QWidget,
)

from casemgr.app.casework import Casework, PossibleDuplicate
from casemgr.domain.errors import ValidationError
from casemgr.domain.forms import load_forms_dir
from casemgr.domain.permissions import Actor, Role
from casemgr.domain.records import (
    Decision,
    RecordType,
    RiskLevel,
    validate_fields,
)
from casemgr.domain.workflow import NO_CONSENT
from casemgr.paths import FORMS_DIR
from casemgr.ui.dialogs import (
    ApprovalDecisionDialog,
    AssessmentDialog,
    ClosureDialog,
    ConflictResolver,
    GoalDialog,
    PlanEditor,
    ReferralDialog,
    ReferralResponseDialog,
    RegisterFamilyDialog,
    RiskDialog,
    TaskDialog,
    VisitDialog,
)
from casemgr.ui.dialogs.plan_editor import GoalsModel
from tests.support.qt import choose, click, find, finish, show, type_into

# A popup (calendar, completion list) makes the offscreen platform say it cannot raise windows
# or grab the keyboard: nothing about our widgets. tests/ui/conftest.py covers size hints only.
shows_popup = pytest.mark.qt_log_ignore(r"This plugin does not support")

TODAY = date(2026, 11, 18)  # the day of the conftest clock
PLACEHOLDER_ID = "00000000-0000-7000-8000-000000000000"
FORMS = {form.id: form for form in load_forms_dir(FORMS_DIR).values()}


# -- helpers: what a user does -----------------------------------------------------------------


def error_at(dialog: QWidget, key: str) -> str:
    label = find(dialog, QLabel, f"error:{key}")
    return label.text() if label.isVisible() else ""


def shares_block(error_key: str, widget: QWidget, dialog: QWidget) -> bool:
    """The message sits right under its field: both live in the same small container."""
    label = find(dialog, QLabel, f"error:{error_key}")
    container = label.parentWidget()
    return container is not None and container.isAncestorOf(widget) \
        and container is not dialog


def shows(dialog: QWidget, text: str) -> bool:
    """Some label on screen says `text`."""
    return any(text in label.text() for label in dialog.findChildren(QLabel)
               if label.isVisible())


@pytest.fixture
def worker(workspace: Any) -> Casework:
    return Casework(workspace, actor=Actor("amina", Role.CASEWORKER, frozenset({"north"})))


@pytest.fixture
def supervisor(workspace: Any) -> Casework:
    return Casework(workspace, actor=Actor("sam", Role.SUPERVISOR, frozenset({"north"})))


def a_case(cw: Casework) -> str:
    return cw.register_family(
        {"name": "Mwangi"},
        [{"given_name": "Wanjiru", "family_name": "Mwangi", "role": "child",
          "date_of_birth": "2016-04-02"}],
        {"legal_basis": "consent", "consent_given_by": "Grace Mwangi", "risk": "medium"}).value


# -- assessment --------------------------------------------------------------------------------


def test_assessment_dialog_saves_only_accepted_answers(qtbot, worker):
    case_id = a_case(worker)
    dialog = AssessmentDialog(FORMS["case_closure_checklist"], today=TODAY)
    show(qtbot, dialog)
    save = dialog.save_button
    click(qtbot, save)
    assert dialog.isVisible()  # refused: required answers missing
    assert dialog.renderer.errors()["closure_reason"] == "This field is required."

    r = dialog.renderer
    picks = {"closure_reason": "goals_met", "goals_achieved": "all",
             "referrals_completed": "none_made"}
    for field_id, value in picks.items():
        click(qtbot, find(r, QRadioButton, f"option:{field_id}:{value}"))
    for field_id in ("child_safe", "follow_up_arranged", "child_informed", "family_informed"):
        click(qtbot, find(r, QRadioButton, f"option:{field_id}:no"))
    type_into(qtbot, find(r, QPlainTextEdit, "input:child_not_safe_explanation"),
              "Family moved; new area informed")
    type_into(qtbot, find(r, QLineEdit, "input:child_not_informed_reason"), "Too young")
    type_into(qtbot, find(r, QLineEdit, "input:closure_date"), "2026-11-17")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(find(r, QLineEdit, "input:closure_date"), Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    answers = dialog.value()
    assert answers["closure_date"] == "2026-11-17"
    assert answers["child_safe"] is False
    record, result = worker.run_assessment(case_id, "case_closure_checklist", answers,
                                           lang=dialog.language()).value
    assert record.fields["answers"] == answers
    assert result == dialog.score_result()
    assert result.suggested_risk is not None and result.suggested_risk.value == "high"


def test_assessment_dialog_shows_the_use_cases_messages_and_cancels(qtbot):
    dialog = AssessmentDialog(FORMS["initial_risk_screening"], lang="fr", today=TODAY)
    show(qtbot, dialog)
    assert dialog.windowTitle() == "Évaluation initiale des risques"
    assert dialog.save_button.text() == "Enregistrer l'évaluation"
    dialog.show_errors({"screening_date": "Refusée par le serveur."})
    assert dialog.renderer.errors()["screening_date"] == "Refusée par le serveur."
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, dialog.cancel_button)


# -- register a family ---------------------------------------------------------------------------


def fill_registration(qtbot: Any, dialog: RegisterFamilyDialog) -> None:
    finish(qtbot, find(dialog, QLineEdit, "family.name"), "Mwangi")
    finish(qtbot, find(dialog, QLineEdit, "family.area"), "Kibera")
    finish(qtbot, find(dialog, QLineEdit, "family.phone"), "+254 700 000000")
    first = dialog.rows[0]
    assert first.family_name.text() == "Mwangi"  # followed the family's name
    finish(qtbot, first.given_name, "Wanjiru")
    choose(qtbot, first.sex, "female")
    finish(qtbot, first.date_of_birth.line_edit, "2016-04-02")
    click(qtbot, find(dialog, QPushButton, "add_member"))
    second = dialog.rows[1]
    assert second.given_name.hasFocus()
    finish(qtbot, second.given_name, "Grace")
    choose(qtbot, second.role, "caregiver")
    finish(qtbot, second.estimated_age, "34")
    finish(qtbot, second.relationship, "mother")
    choose(qtbot, find(dialog, QComboBox, "case.risk"), "high")
    click(qtbot, find(dialog, QCheckBox, "concern:neglect"))
    click(qtbot, find(dialog, QCheckBox, "concern:child_labour"))
    assert not find(dialog, QLineEdit, "case.consent_given_by").isVisible()
    choose(qtbot, find(dialog, QComboBox, "case.legal_basis"), "consent")
    finish(qtbot, find(dialog, QLineEdit, "case.consent_given_by"), "Grace Mwangi (mother)")
    type_into(qtbot, find(dialog, QPlainTextEdit, "case.summary"),
              "Referred by the school: often absent and hungry.")


EXPECTED_FAMILY = {"name": "Mwangi", "area": "Kibera", "phone": "+254 700 000000"}
EXPECTED_MEMBERS = [
    {"given_name": "Wanjiru", "family_name": "Mwangi", "role": "child", "sex": "female",
     "date_of_birth": "2016-04-02"},
    {"given_name": "Grace", "family_name": "Mwangi", "role": "caregiver", "estimated_age": 34,
     "relationship": "mother"},
]
EXPECTED_CASE = {"risk": "high", "protection_concerns": ["neglect", "child_labour"],
                 "legal_basis": "consent", "consent_given_by": "Grace Mwangi (mother)",
                 "consent_date": "2026-11-18",
                 "summary": "Referred by the school: often absent and hungry."}


@shows_popup
def test_register_family_gives_what_register_family_takes(qtbot, worker):
    dialog = RegisterFamilyDialog(today=TODAY)
    show(qtbot, dialog)
    asked: list[list[tuple[Any, ...]]] = []

    def shell_checks(query: list[tuple[Any, ...]]) -> None:
        """What the app shell does: ask Casework for each person and answer the dialog."""
        asked.append(query)
        dialog.show_duplicates([d for given, family, dob, age in query
                                for d in worker.possible_duplicates(given, family, dob, age)])

    dialog.duplicate_check_requested.connect(shell_checks)
    fill_registration(qtbot, dialog)
    assert asked[0] == [("Wanjiru", "Mwangi", None, None)]  # asked as the names were typed
    assert asked[-1] == [("Wanjiru", "Mwangi", "2016-04-02", None),
                         ("Grace", "Mwangi", None, 34)]
    assert shows(dialog, "No one with these names is registered yet.")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, find(dialog, QPushButton, "create"))

    family, members, case = dialog.value()
    assert (family, members, case) == (EXPECTED_FAMILY, EXPECTED_MEMBERS, EXPECTED_CASE)
    validate_fields(RecordType.FAMILY, family)
    for member in members:
        validate_fields(RecordType.PERSON, {**member, "family_id": PLACEHOLDER_ID})
    validate_fields(RecordType.CASE, {**case, "case_number": "X-1", "family_id": PLACEHOLDER_ID,
                                      "status": "open", "assigned_to": "amina",
                                      "opened_on": "2026-11-18"})
    case_id = worker.register_family(family, members, case).value
    cf = worker.case_file(case_id)
    assert cf.case.fields["protection_concerns"] == ["neglect", "child_labour"]
    assert sorted(p.fields["given_name"] for p in cf.persons) == ["Grace", "Wanjiru"]


@shows_popup
def test_possible_duplicate_must_be_confirmed_as_a_different_family(qtbot, worker):
    a_case(worker)  # Wanjiru Mwangi is already registered
    dialog = RegisterFamilyDialog(today=TODAY)
    show(qtbot, dialog)
    fill_registration(qtbot, dialog)
    candidates = worker.possible_duplicates("Wanjiru", "Mwangi", "2016-04-02")
    assert candidates and isinstance(candidates[0], PossibleDuplicate)
    create = find(dialog, QPushButton, "create")
    with qtbot.assertNotEmitted(dialog.accepted):
        click(qtbot, create)  # the check asked for while typing has no answer yet: wait
    assert not create.isEnabled()
    assert shows(dialog, "Checking for people already registered…")
    dialog.show_duplicates(candidates)

    panel = find(dialog, QWidget, "duplicates")
    assert panel.isVisible()
    listed = find(dialog, QWidget, "duplicates_list").topLevelItem(0)
    assert listed.text(0) == "Wanjiru Mwangi"
    assert listed.text(1) == "2016-04-02"
    assert listed.text(2) == candidates[0].case_number
    with qtbot.assertNotEmitted(dialog.accepted):
        click(qtbot, find(dialog, QPushButton, "create"))
    assert dialog.isVisible()
    assert shows(dialog, "Confirm that this is a different family, or open the existing case.")

    click(qtbot, find(dialog, QCheckBox, "confirm_different"))
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, find(dialog, QPushButton, "create"))


def test_possible_duplicate_can_be_opened_instead(qtbot):
    dialog = RegisterFamilyDialog(today=TODAY)
    show(qtbot, dialog)
    finish(qtbot, find(dialog, QLineEdit, "family.name"), "Mwangi")
    with qtbot.waitSignal(dialog.duplicate_check_requested):
        finish(qtbot, dialog.rows[0].given_name, "Wanjiru")
    dialog.show_duplicates([{"case_id": "c-1", "case_number": "AB-00001", "person_id": "p",
                             "name": "Wanjiru Mwangi", "date_of_birth": None,
                             "similarity": 0.93}])
    assert find(dialog, QWidget, "duplicates_list").topLevelItem(0).text(3) == "93%"
    with qtbot.waitSignal(dialog.open_case_requested) as opened:
        click(qtbot, find(dialog, QPushButton, "open_existing_case"))
    assert opened.args == ["c-1"]
    assert not dialog.isVisible()


def test_register_family_checks_before_asking_and_marks_each_field(qtbot):
    dialog = RegisterFamilyDialog(today=TODAY)
    show(qtbot, dialog)
    with qtbot.assertNotEmitted(dialog.duplicate_check_requested):
        click(qtbot, find(dialog, QPushButton, "create"))
    assert error_at(dialog, "family.name") == "Family name is required."
    assert error_at(dialog, "member1.given_name") == "Given name is required."
    assert error_at(dialog, "member1.date_of_birth") == \
        "Give the child's date of birth or estimated age."
    assert error_at(dialog, "case.legal_basis") == "Consent or legal basis is required."
    assert QApplication.focusWidget() is find(dialog, QLineEdit, "family.name")

    choose(qtbot, find(dialog, QComboBox, "case.legal_basis"), "consent")
    type_into(qtbot, find(dialog, QLineEdit, "case.consent_date"), "")
    click(qtbot, find(dialog, QPushButton, "create"))
    assert error_at(dialog, "case.consent_given_by") == "Record who gave consent."
    assert error_at(dialog, "case.consent_date").startswith("Record the date consent was given")
    choose(qtbot, find(dialog, QComboBox, "case.legal_basis"), "court_order")
    assert not find(dialog, QLineEdit, "case.consent_given_by").isVisible()
    assert "consent_given_by" not in dialog.value()[2]


def test_register_family_puts_the_use_cases_messages_next_to_their_fields(qtbot):
    dialog = RegisterFamilyDialog(today=TODAY)
    show(qtbot, dialog)
    click(qtbot, find(dialog, QPushButton, "add_member"))
    click(qtbot, find(dialog, QPushButton, "add_member"))
    dialog.show_errors({
        "family.name": "is required",
        "member2.date_of_birth": "A child is under 18; record adults as caregiver or other.",
        "case.risk": "must be one of: low, medium, high, critical",
        "members": "Register at least one child.",
        "case.opened_on": "A case cannot be opened in the future.",
    })
    assert error_at(dialog, "family.name") == "Family name is required."
    assert shares_block("family.name", find(dialog, QLineEdit, "family.name"), dialog)
    assert error_at(dialog, "member2.date_of_birth").startswith("A child is under 18")
    assert shares_block("member2.date_of_birth", dialog.rows[1].date_of_birth, dialog)
    assert not shares_block("member2.date_of_birth", dialog.rows[0].date_of_birth, dialog)
    assert error_at(dialog, "member1.date_of_birth") == ""
    assert error_at(dialog, "case.risk").startswith("Risk must be one of")
    assert shares_block("case.risk", find(dialog, QComboBox, "case.risk"), dialog)
    assert error_at(dialog, "members") == "Register at least one child."
    assert dialog.errors()[""] == "A case cannot be opened in the future."

    # Removing person 1 renumbers: person 2's message key now belongs to the third row.
    click(qtbot, dialog.rows[0].remove_button)
    qtbot.waitUntil(lambda: len(dialog.rows) == 2)
    dialog.show_errors({"member2.given_name": "is required"})
    assert shares_block("member2.given_name", dialog.rows[1].given_name, dialog)


def test_register_family_sums_up_its_problems_in_form_order_without_moving(qtbot):
    dialog = RegisterFamilyDialog(today=TODAY)
    show(qtbot, dialog)
    legal_basis = find(dialog, QComboBox, "case.legal_basis")

    def place() -> int:  # in the form, which scrolls
        return legal_basis.mapTo(dialog.content, legal_basis.rect().topLeft()).y()

    top = place()
    click(qtbot, find(dialog, QPushButton, "create"))
    assert dialog.error_summary.text().splitlines() == [
        "• Family name is required.",
        "• Person 1 – Given name is required.",
        "• Person 1 – Family name is required.",
        "• Person 1 – Date of birth: Give the child's date of birth or estimated age.",
        "• Consent or legal basis is required."]
    assert place() == top

    # Each message goes as its field is put right; the family name fills in the person's.
    type_into(qtbot, find(dialog, QLineEdit, "family.name"), "Mwangi")
    assert error_at(dialog, "family.name") == ""
    assert error_at(dialog, "member1.family_name") == ""
    type_into(qtbot, dialog.rows[0].estimated_age, "9")  # the age answers the date of birth
    assert error_at(dialog, "member1.date_of_birth") == ""
    choose(qtbot, legal_basis, "statutory_duty")  # passing "consent" shows and hides its rows
    assert dialog.error_summary.text() == "• Person 1 – Given name is required."
    qtbot.waitUntil(lambda: place() == top, timeout=1000)  # once the rows are laid out again


# -- visit -----------------------------------------------------------------------------------------


@shows_popup
def test_visit_recorded_with_the_keyboard_in_a_few_keys(qtbot, worker):
    case_id = a_case(worker)
    dialog = VisitDialog(today=TODAY, people=["Grace Mwangi", "Wanjiru Mwangi"])
    show(qtbot, dialog)
    assert find(dialog, QLineEdit, "visit_date").text() == "2026-11-18"
    assert find(dialog, QRadioButton, "visit_type:home").isChecked()
    focused = QApplication.focusWidget()
    assert focused is find(dialog, QCheckBox, "child_seen")
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Grace, Wanjiru")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is find(dialog, QPlainTextEdit, "observations")
    qtbot.keyClicks(QApplication.focusWidget(), "Home tidy; Wanjiru at school tomorrow.")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    visit = dialog.value()
    assert visit == {"visit_date": "2026-11-18", "visit_type": "home", "child_seen": True,
                     "participants": "Grace, Wanjiru",
                     "observations": "Home tidy; Wanjiru at school tomorrow.",
                     "safety_concern": False}
    validate_fields(RecordType.VISIT, visit)
    worker.record_visit(case_id, visit)
    assert worker.case_file(case_id).case.fields["status"] == "active"


def test_visit_tab_order(qtbot):
    dialog = VisitDialog(today=TODAY)
    show(qtbot, dialog)
    date_edit = find(dialog, QLineEdit, "visit_date")
    date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    order = []
    for _ in range(8):
        order.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == ["visit_date", "visit_type:home", "child_seen", "participants",
                     "observations", "safety_concern", "follow_up", "save"]


def test_visit_date_in_the_future_is_refused_next_to_the_date(qtbot):
    dialog = VisitDialog(today=TODAY)
    show(qtbot, dialog)
    type_into(qtbot, find(dialog, QLineEdit, "visit_date"), "2026-11-19")
    click(qtbot, find(dialog, QRadioButton, "visit_type:phone"))
    click(qtbot, find(dialog, QCheckBox, "safety_concern"))
    assert find(dialog, QLabel, "safety_note").isVisible()
    with qtbot.assertNotEmitted(dialog.accepted):
        click(qtbot, find(dialog, QPushButton, "save"))
    assert error_at(dialog, "visit_date") == "A visit cannot be recorded in the future."
    type_into(qtbot, find(dialog, QLineEdit, "visit_date"), "2026-11-1")
    click(qtbot, find(dialog, QPushButton, "save"))
    assert error_at(dialog, "visit_date") == "Write the date as YYYY-MM-DD."
    dialog.show_errors({"observations": "is too long"})
    assert error_at(dialog, "observations") == "Observations is too long."
    assert error_at(dialog, "visit_date") == ""


def test_a_visit_needs_who_was_present_or_an_observation(qtbot, worker):
    case_id = a_case(worker)
    dialog = VisitDialog(today=TODAY)
    show(qtbot, dialog)
    click(qtbot, find(dialog, QCheckBox, "child_seen"))
    with qtbot.assertNotEmitted(dialog.accepted):
        click(qtbot, find(dialog, QPushButton, "save"))
    needed = "Record who was present or what you observed."
    assert error_at(dialog, "participants") == needed
    assert error_at(dialog, "observations") == needed
    assert shares_block("participants", find(dialog, QLineEdit, "participants"), dialog)
    assert dialog.error_summary.text() == f"• Who was present, Observations: {needed}"
    assert QApplication.focusWidget() is find(dialog, QLineEdit, "participants")
    # The use case refuses the same visit: the rule is the domain's, as on the server.
    with pytest.raises(ValidationError) as refused:
        worker.record_visit(case_id, dialog.value())
    assert refused.value.errors == {"participants": needed, "observations": needed}

    type_into(qtbot, find(dialog, QLineEdit, "participants"), "Grace")
    assert error_at(dialog, "participants") == "" and error_at(dialog, "observations") == ""
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, find(dialog, QPushButton, "save"))
    worker.record_visit(case_id, dialog.value())


# -- plan ------------------------------------------------------------------------------------------


@shows_popup
def test_plan_editor_states_intents_and_warns_that_edits_unapprove(qtbot, worker):
    case_id = a_case(worker)
    plan = worker.start_case_plan(case_id, summary="Keep Wanjiru safe and at school").value
    editor = PlanEditor(today=TODAY, people=["Grace Mwangi"])
    show(qtbot, editor)
    editor.set_plan(plan.fields, [])
    submit = find(editor, QPushButton, "submit_plan")
    assert not submit.isEnabled()
    assert find(editor, QLabel, "submit_reason").text() == \
        "Add at least one goal before submitting the plan."

    click(qtbot, find(editor, QPushButton, "add_goal"))
    goal_dialog = editor.findChild(GoalDialog)
    qtbot.waitExposed(goal_dialog)
    type_into(qtbot, find(goal_dialog, QLineEdit, "goal"), "Attends school every day")
    type_into(qtbot, find(goal_dialog, QPlainTextEdit, "actions"), "Meet the head teacher")
    type_into(qtbot, find(goal_dialog, QLineEdit, "responsible"), "Grace Mwangi")
    type_into(qtbot, find(goal_dialog, QLineEdit, "due_date"), "2026-12-15")
    with qtbot.waitSignal(editor.goal_added) as added:
        click(qtbot, find(goal_dialog, QPushButton, "save"))
    fields = added.args[0]
    assert fields == {"goal": "Attends school every day", "actions": "Meet the head teacher",
                      "responsible": "Grace Mwangi", "due_date": "2026-12-15",
                      "status": "not_started"}
    validate_fields(RecordType.PLAN_GOAL, {**fields, "plan_id": PLACEHOLDER_ID})
    goal = worker.add_goal(plan.id, fields).value

    plan = worker.case_file(case_id).plan
    assert plan is not None
    editor.set_plan(plan.fields, [{"id": goal.id, **goal.fields}])
    assert find(editor, QTableView, "goals").model().index(0, 0).data() == \
        "Attends school every day"
    with qtbot.waitSignal(editor.submit_requested):
        click(qtbot, submit)
    worker.submit_case_plan(plan.id)

    plan = worker.case_file(case_id).plan
    editor.set_plan(plan.fields, [{"id": goal.id, **goal.fields}])
    assert find(editor, QLabel, "plan_status").text() == "Submitted for approval"
    assert "back to draft" in find(editor, QLabel, "plan_notice").text()
    assert not submit.isEnabled()

    approved = {**plan.fields, "status": "approved"}
    editor.set_plan(approved, [{"id": goal.id, **goal.fields}])
    notice = find(editor, QLabel, "plan_notice")
    assert notice.isVisible()
    assert "approved" in notice.text() and "back to draft" in notice.text()

    save = find(editor, QPushButton, "save_plan")
    assert not save.isEnabled()
    type_into(qtbot, find(editor, QPlainTextEdit, "summary"), "Keep Wanjiru safe")
    type_into(qtbot, find(editor, QLineEdit, "review_date"), "2027-01-10")
    with qtbot.waitSignal(editor.save_requested) as saved:
        click(qtbot, save)
    assert saved.args == [{"summary": "Keep Wanjiru safe", "review_date": "2027-01-10"}]
    validate_fields(RecordType.CASE_PLAN, saved.args[0], complete=False)


def test_plan_goals_edited_and_removed_by_id(qtbot):
    editor = PlanEditor(today=TODAY)
    show(qtbot, editor)
    goals = [{"id": "g-1", "plan_id": "p", "goal": "Safe at home", "status": "in_progress"},
             {"id": "g-2", "plan_id": "p", "goal": "Back at school", "status": "not_started",
              "actions": "Enrol\nBuy uniform"}]
    editor.set_plan({"status": "draft"}, goals)
    table = find(editor, QTableView, "goals")
    assert table.model().index(1, 1).data() == "Enrol"
    assert table.model().index(1, 4).data() == "Not started"
    edit_button = find(editor, QPushButton, "edit_goal")
    assert not edit_button.isEnabled()

    table.setFocus(Qt.FocusReason.MouseFocusReason)
    rect = table.visualRect(table.model().index(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    click(qtbot, edit_button)
    goal_dialog = editor.findChild(GoalDialog)
    qtbot.waitExposed(goal_dialog)
    choose(qtbot, find(goal_dialog, QComboBox, "status"), "achieved")
    with qtbot.waitSignal(editor.goal_edited) as edited:
        click(qtbot, find(goal_dialog, QPushButton, "save"))
    assert edited.args == ["g-2", {"status": "achieved"}]

    click(qtbot, find(editor, QPushButton, "remove_goal"))
    box = editor.findChild(QMessageBox, "confirm_remove")
    qtbot.waitExposed(box)
    assert "Back at school" in box.text()
    keep = next(b for b in box.buttons() if b.text() == "Keep it")
    with qtbot.assertNotEmitted(editor.goal_removed):
        click(qtbot, keep)
    click(qtbot, find(editor, QPushButton, "remove_goal"))
    box = next(b for b in editor.findChildren(QMessageBox, "confirm_remove") if b.isVisible())
    remove = next(b for b in box.buttons() if b.text() == "Remove goal")
    with qtbot.waitSignal(editor.goal_removed) as removed:
        click(qtbot, remove)
    assert removed.args == ["g-2"]


def test_goal_dialog_needs_a_goal(qtbot):
    dialog = GoalDialog(today=TODAY)
    show(qtbot, dialog)
    click(qtbot, find(dialog, QPushButton, "save"))
    assert error_at(dialog, "goal") == "Goal is required."
    assert dialog.isVisible()


def test_goals_model_is_a_well_behaved_qt_model(qtmodeltester):
    model = GoalsModel()
    model.set_goals([{"id": "g", "goal": "Safe", "status": "achieved", "due_date": "2026-12-01"}])
    qtmodeltester.check(model)


# -- referrals -----------------------------------------------------------------------------------


PROVIDERS = [
    {"id": "0190a000-0000-7000-8000-00000000c11c", "name": "Kibera Health Centre",
     "organization": "County Health", "service_types": ["health", "mental_health"]},
    {"id": "0190a000-0000-7000-8000-0000000c0115", "name": "Santé Mentale Plus",
     "organization": "NGO Amani", "service_types": ["mental_health"]},
    {"id": "0190a000-0000-7000-8000-00000005c001", "name": "Hope School", "organization": "",
     "service_types": ["education"]},
]


def test_referral_send_needs_consent_or_a_reason_without_it(qtbot, worker):
    case_id = a_case(worker)
    child_id = worker.case_file(case_id).children[0].id
    dialog = ReferralDialog([{"id": child_id, "name": "Wanjiru Mwangi"}], PROVIDERS)
    show(qtbot, dialog)
    send = find(dialog, QPushButton, "send")
    reason = find(dialog, QLabel, "send_reason")
    assert not send.isEnabled()
    assert reason.text() == NO_CONSENT + "."
    assert send.toolTip() == NO_CONSENT + "."

    click(qtbot, find(dialog, QRadioButton, "consent:False"))
    override = find(dialog, QPlainTextEdit, "consent_override_reason")
    assert override.isVisible()
    assert not send.isEnabled()
    type_into(qtbot, override, "Child at immediate risk; family unreachable")
    assert send.isEnabled()
    assert not reason.isVisible()
    type_into(qtbot, override, "   ")
    assert not send.isEnabled()

    click(qtbot, find(dialog, QRadioButton, "consent:True"))
    assert not override.isVisible()
    assert send.isEnabled()

    choose(qtbot, find(dialog, QComboBox, "service_type"), "mental_health")
    providers = find(dialog, QListWidget, "provider_id")
    assert [providers.item(i).text() for i in range(providers.count())] == [
        "Kibera Health Centre — County Health", "Santé Mentale Plus — NGO Amani"]
    type_into(qtbot, find(dialog, QLineEdit, "provider_search"), "sante")
    assert providers.count() == 1
    providers.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.mouseClick(providers.viewport(), Qt.MouseButton.LeftButton,
                     pos=providers.visualItemRect(providers.item(0)).center())
    click(qtbot, find(dialog, QRadioButton, "urgency:priority"))
    type_into(qtbot, find(dialog, QPlainTextEdit, "reason"), "Nightmares since the incident")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, send)
    assert dialog.send_requested()
    referral = dialog.value()
    assert referral == {"person_id": child_id, "service_type": "mental_health",
                        "provider_id": PROVIDERS[1]["id"], "urgency": "priority",
                        "reason": "Nightmares since the incident", "consent": True}
    validate_fields(RecordType.REFERRAL, {**referral, "status": "draft"})
    record = worker.refer(case_id, referral).value
    assert worker.send_referral(record.id).value.fields["status"] == "sent"


def test_referral_without_consent_is_sent_with_the_override_reason(qtbot, worker):
    case_id = a_case(worker)
    child_id = worker.case_file(case_id).children[0].id
    dialog = ReferralDialog([{"id": child_id, "name": "Wanjiru"}], PROVIDERS)
    show(qtbot, dialog)
    choose(qtbot, find(dialog, QComboBox, "service_type"), "education")
    click(qtbot, find(dialog, QRadioButton, "consent:False"))
    type_into(qtbot, find(dialog, QPlainTextEdit, "consent_override_reason"), "Court order")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, find(dialog, QPushButton, "send"))
    referral = dialog.value()
    assert referral["consent"] is False
    assert referral["consent_override_reason"] == "Court order"
    assert "provider_id" not in referral  # none chosen: the referral names the service only
    record = worker.refer(case_id, referral).value
    assert worker.send_referral(record.id).value.fields["status"] == "sent"


def test_referral_draft_needs_the_child_and_service_but_not_consent(qtbot):
    otieno = "0190a000-0000-7000-8000-0000000000b2"
    dialog = ReferralDialog([{"id": PLACEHOLDER_ID, "name": "Wanjiru"},
                             {"id": otieno, "name": "Otieno"}], PROVIDERS)
    show(qtbot, dialog)
    draft = find(dialog, QPushButton, "save_draft")
    click(qtbot, draft)
    assert error_at(dialog, "person_id") == "Choose the child this referral is for."
    assert error_at(dialog, "service_type") == "Choose the service the child needs."
    choose(qtbot, find(dialog, QComboBox, "person_id"), otieno)
    choose(qtbot, find(dialog, QComboBox, "service_type"), "legal")
    assert find(dialog, QLabel, "provider_empty").text().startswith(
        "No provider in the directory offers legal aid.")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, draft)
    assert not dialog.send_requested()
    assert dialog.value() == {"person_id": otieno, "service_type": "legal", "urgency": "routine"}


def test_referral_response_and_outcome(qtbot, worker):
    case_id = a_case(worker)
    child_id = worker.case_file(case_id).children[0].id
    referral = worker.refer(case_id, {"person_id": child_id, "service_type": "health",
                                      "urgency": "routine", "consent": True}).value
    worker.send_referral(referral.id)

    dialog = ReferralResponseDialog(status="sent", summary="Health care — Kibera Health Centre")
    show(qtbot, dialog)
    click(qtbot, find(dialog, QPushButton, "save"))
    assert error_at(dialog, "accepted") == "Say whether the provider accepted or declined."
    click(qtbot, find(dialog, QRadioButton, "accepted:True"))
    type_into(qtbot, find(dialog, QPlainTextEdit, "response"), "First appointment Monday")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, find(dialog, QPushButton, "save"))
    assert dialog.value() == {"accepted": True, "response": "First appointment Monday"}
    worker.record_referral_response(referral.id, **dialog.value())

    outcome = ReferralResponseDialog(status="accepted")
    show(qtbot, outcome)
    assert outcome.findChild(QRadioButton, "accepted:True") is None
    click(qtbot, find(outcome, QPushButton, "save"))
    assert error_at(outcome, "outcome") == "Describe the outcome before completing the referral."
    type_into(qtbot, find(outcome, QPlainTextEdit, "outcome"), "Treated; follow-up in a month")
    with qtbot.waitSignal(outcome.accepted):
        click(qtbot, find(outcome, QPushButton, "save"))
    done = worker.complete_referral(referral.id, **outcome.value()).value
    assert done.fields["outcome"] == "Treated; follow-up in a month"


# -- closure, task, approval, conflict ----------------------------------------------------------


def test_closure_dialog_shows_the_supervisors_view_as_the_reason_is_typed(qtbot, worker):
    case_id = a_case(worker)
    dialog = ClosureDialog(case_number="NB-00001", family_name="Mwangi",
                           facts=[("Risk", "Medium"), ("Open tasks", "2")])
    show(qtbot, dialog)
    preview = find(dialog, QLabel, "supervisor_preview")
    assert "Closure requested for case NB-00001 (Mwangi)" in preview.text()
    assert "Open tasks: 2" in preview.text()
    click(qtbot, find(dialog, QPushButton, "request_closure"))
    assert error_at(dialog, "reason") == "Give the reason for closing the case."
    type_into(qtbot, find(dialog, QPlainTextEdit, "reason"), "Goals met; child safe at home")
    assert preview.text().endswith("Reason given:\nGoals met; child safe at home")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, find(dialog, QPushButton, "request_closure"))
    request = worker.request_closure(case_id, **dialog.value()).value
    assert request.fields["kind"] == "closure"


def test_task_dialog_gives_add_task_its_arguments(qtbot, worker):
    case_id = a_case(worker)
    dialog = TaskDialog(today=TODAY)
    show(qtbot, dialog)
    assert find(dialog, QLineEdit, "due_date").text() == "2026-11-25"
    click(qtbot, find(dialog, QPushButton, "save"))
    assert error_at(dialog, "title") == "Task is required."
    type_into(qtbot, find(dialog, QLineEdit, "title"), "Call the school")
    choose(qtbot, find(dialog, QComboBox, "kind"), "other")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, find(dialog, QPushButton, "save"))
    task = dialog.value()
    assert task == {"title": "Call the school", "due_date": "2026-11-25", "kind": "other"}
    validate_fields(RecordType.TASK, {**task, "status": "open"})
    assert worker.add_task(case_id, **task).value.fields["due_date"] == "2026-11-25"


def test_risk_dialog_needs_another_level_and_a_reason(qtbot, worker):
    case_id = a_case(worker)  # medium
    dialog = show(qtbot, RiskDialog(current="medium"))
    assert shows(dialog, "The case is now recorded as medium risk.")
    click(qtbot, find(dialog, QPushButton, "change_risk"))
    assert error_at(dialog, "risk") == "Choose the new risk level."
    assert error_at(dialog, "risk_reason") == "Say why the risk level changes."
    click(qtbot, find(dialog, QRadioButton, "risk:medium"))
    assert error_at(dialog, "risk") == ("The case is already at this risk level; choose "
                                        "another level.")
    click(qtbot, find(dialog, QRadioButton, "risk:high"))
    assert error_at(dialog, "risk") == ""  # gone once fixed
    type_into(qtbot, find(dialog, QPlainTextEdit, "risk_reason"), "Father returned home.")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, find(dialog, QPushButton, "change_risk"))
    assert dialog.value() == {"risk": "high", "risk_reason": "Father returned home."}
    worker.set_risk(case_id, RiskLevel(dialog.value()["risk"]), dialog.value()["risk_reason"])
    assert worker.case_file(case_id).case.fields["risk_reason"] == "Father returned home."


def test_sending_back_needs_a_comment(qtbot, worker, supervisor):
    case_id = a_case(worker)
    plan = worker.start_case_plan(case_id, summary="Plan").value
    worker.add_goal(plan.id, {"goal": "Safe at home"})
    request = worker.submit_case_plan(plan.id).value

    dialog = ApprovalDecisionDialog(kind="case_plan", subject="Plan\n• Safe at home",
                                    requested_by="amina", requested_at="2026-11-18T10:00:00Z")
    show(qtbot, dialog)
    assert find(dialog, QLabel, "heading").text() == "Case plan submitted by amina on 2026-11-18"
    decide = find(dialog, QPushButton, "decide")
    assert not decide.isEnabled()
    click(qtbot, find(dialog, QRadioButton, "decision:returned"))
    assert not decide.isEnabled()
    assert find(dialog, QLabel, "decide_reason").text().startswith("Say why you are sending")
    type_into(qtbot, find(dialog, QPlainTextEdit, "comment"), "Add a goal about school")
    assert decide.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, decide)
    value = dialog.value()
    assert value == {"decision": "returned", "comment": "Add a goal about school"}
    decided = supervisor.decide(request.id, Decision(value["decision"]), value["comment"]).value
    assert decided.fields["decision"] == "returned"


def test_approving_needs_no_comment(qtbot):
    dialog = ApprovalDecisionDialog(kind="closure")
    show(qtbot, dialog)
    click(qtbot, find(dialog, QRadioButton, "decision:approved"))
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, find(dialog, QPushButton, "decide"))
    assert dialog.value() == {"decision": "approved", "comment": None}


CONFLICT = {"record_id": PLACEHOLDER_ID, "record_type": "case", "field": "risk",
            "base_value": "low", "client_value": "high", "client_by": "amina",
            "client_at": "2026-11-18T10:05:00.000Z", "server_value": "medium",
            "server_by": "sam", "server_at": "2026-11-18T09:30:00.000Z", "status": "open"}


@pytest.mark.parametrize(("choice", "expected"), [("mine", "high"), ("theirs", "medium")])
def test_conflict_keep_mine_or_theirs(qtbot, choice, expected):
    dialog = ConflictResolver(CONFLICT)
    show(qtbot, dialog)
    assert shows(dialog, "“Risk” was changed on two devices at the same time.")
    assert find(dialog, QPlainTextEdit, "value:base").toPlainText() == "low"
    assert find(dialog, QPlainTextEdit, "value:mine").toPlainText() == "high"
    assert find(dialog, QPlainTextEdit, "value:theirs").toPlainText() == "medium"
    assert find(dialog, QLabel, "who:mine").text() == "amina, 2026-11-18 10:05"
    assert find(dialog, QLabel, "who:theirs").text() == "sam, 2026-11-18 09:30"
    assert not find(dialog, QPushButton, "resolve").isEnabled()
    click(qtbot, find(dialog, QRadioButton, f"choice:{choice}"))
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, find(dialog, QPushButton, "resolve"))
    assert dialog.choice() == choice
    assert dialog.value() == expected


def test_conflict_new_value_is_checked_like_any_edit(qtbot):
    dialog = ConflictResolver(CONFLICT)
    show(qtbot, dialog)
    new_value = find(dialog, QPlainTextEdit, "new_value")
    assert not new_value.isEnabled()
    click(qtbot, find(dialog, QRadioButton, "choice:new"))
    assert new_value.isEnabled()
    type_into(qtbot, new_value, "extreme")
    with qtbot.assertNotEmitted(dialog.accepted):
        click(qtbot, find(dialog, QPushButton, "resolve"))
    assert error_at(dialog, "value") == \
        "New value must be one of: low, medium, high, critical."
    type_into(qtbot, new_value, "critical")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, find(dialog, QPushButton, "resolve"))
    assert dialog.value() == "critical"


def test_conflict_over_a_yes_no_field_gives_a_boolean(qtbot):
    conflict = {**CONFLICT, "record_type": "visit", "field": "child_seen", "base_value": None,
                "client_value": True, "server_value": False}
    dialog = ConflictResolver(conflict)
    show(qtbot, dialog)
    assert find(dialog, QPlainTextEdit, "value:base").toPlainText() == "(empty)"
    assert find(dialog, QPlainTextEdit, "value:mine").toPlainText() == "Yes"
    click(qtbot, find(dialog, QRadioButton, "choice:new"))
    type_into(qtbot, find(dialog, QPlainTextEdit, "new_value"), "no")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, find(dialog, QPushButton, "resolve"))
    assert dialog.value() is False

