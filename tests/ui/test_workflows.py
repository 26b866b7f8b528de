"""The workflow dialogs wired into the case file and menus, driven by keys and clicks:
register, visit, assessment, plan, referral and answer, task, closure, decision, reassign;
refused input goes back into the dialog, environment errors to the message bar, bugs to the
crash dialog and a log with no case data."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog

from casemgr.app.casework import Casework
from casemgr.db.errors import StorageFull
from casemgr.db.workspace import unlock_workspace
from casemgr.domain import forms as formsmod
from casemgr.domain.errors import ValidationError
from casemgr.domain.permissions import Actor, Role
from casemgr.domain.records import RiskLevel
from casemgr.ui.casefile.view import TABS
from casemgr.ui.casefile.workflows import ReassignDialog
from casemgr.ui.dialogs import (
    ApprovalDecisionDialog,
    AssessmentDialog,
    ClosureDialog,
    ReferralDialog,
    ReferralResponseDialog,
    RegisterFamilyDialog,
    RiskDialog,
    TaskDialog,
    VisitDialog,
)
from casemgr.ui.pages.caselist import risk_text
from tests.support.desktop import make_workspace, open_zzyzx, select_row, unlock
from tests.support.qt import click
from tests.support.workspaces import FAST_KDF, PASSWORD

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def dialog_of(qtbot, window, kind):
    qtbot.waitUntil(lambda: any(isinstance(d, kind) and d.isVisible()
                                for d in window.casework_actions.open_dialogs))
    return next(d for d in window.casework_actions.open_dialogs if isinstance(d, kind))


def test_register_a_family_then_the_new_case_opens(qtbot, unlocked):
    qtbot.keyClick(unlocked, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = dialog_of(qtbot, unlocked, RegisterFamilyDialog)
    qtbot.keyClicks(dialog.family_name, "Okonkwo")
    child = dialog.rows[0]
    qtbot.keyClicks(child.given_name, "Adaeze")
    child.family_name.selectAll()
    qtbot.keyClicks(child.family_name, "Okonkwo")
    qtbot.keyClicks(child.date_of_birth.line_edit, "2017-05-04")
    dialog.legal_basis.setCurrentIndex(dialog.legal_basis.findData("statutory_duty"))
    dialog.risk.setCurrentIndex(dialog.risk.findData("high"))
    with qtbot.waitSignal(unlocked.case_file.shown, timeout=5000):
        click(qtbot, dialog.create_button)  # duplicate check on the worker, then create
    view = unlocked.case_file
    assert view.title.text().endswith("Okonkwo family")
    assert unlocked.pages.currentWidget() is view
    assert view.tasks.rowCount() == 2  # first visit and review, due from the risk
    assert unlocked.casework_actions.open_dialogs == []


def test_record_a_visit_from_the_case_file(qtbot, unlocked):
    view = open_zzyzx(qtbot, unlocked)
    assert view._labels["status"].text() == "Open"
    qtbot.keyClick(unlocked, Qt.Key.Key_V, CTRL_SHIFT)
    dialog = dialog_of(qtbot, unlocked, VisitDialog)
    [seen] = dialog.children_seen.values()  # one box per child of the case
    seen.click()
    qtbot.keyClicks(dialog.observations, "Child at home, school uniform ready.")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: view.visits.rowCount() == 1)
    assert view.tabs.currentIndex() == TABS.index("visits")
    assert view.visits.index(0, 2).data() == "Quillon Zzyzx"
    qtbot.waitUntil(lambda: view._labels["status"].text() == "Active")


def test_refused_input_goes_back_into_the_dialog(qtbot, start_window, make_ctx):
    class Refusing(Casework):
        def add_task(self, case_id, title, due_date, kind="follow_up", assigned_to=None):
            raise ValidationError({"title": "is already a task on this case"})

    window = start_window(make_ctx(casework_factory=Refusing))
    unlock(qtbot, window)
    view = open_zzyzx(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL_SHIFT)
    dialog = dialog_of(qtbot, window, TaskDialog)
    qtbot.keyClicks(dialog.title, "Call the school")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.errors().get("title") == "Task is already a task on this "
                    "case.")
    assert dialog.isVisible() and dialog.title.text() == "Call the school"
    assert view.tasks.rowCount() == 0


def test_add_a_task_through_its_dialog(qtbot, unlocked):
    view = open_zzyzx(qtbot, unlocked)
    qtbot.keyClick(unlocked, Qt.Key.Key_T, CTRL_SHIFT)
    dialog = dialog_of(qtbot, unlocked, TaskDialog)
    qtbot.keyClicks(dialog.title, "Call the school")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: view.tasks.rowCount() == 1)
    assert view.tasks.index(0, 0).data() == "Call the school"
    assert view.tasks.index(0, 1).data() == "2026-11-25"  # a week from today


def test_refer_send_accept_and_complete(qtbot, unlocked):
    view = open_zzyzx(qtbot, unlocked)
    qtbot.keyClick(unlocked, Qt.Key.Key_R, CTRL_SHIFT)
    dialog = dialog_of(qtbot, unlocked, ReferralDialog)
    dialog.service_type.setCurrentIndex(dialog.service_type.findData("education"))
    dialog.consent.button(True).click()
    qtbot.keyClicks(dialog.reason, "Needs a school place.")
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: view.referrals.rowCount() == 1)
    assert view.referrals.index(0, 4).data() == "Sent"
    assert view.referrals.index(0, 2).data() == "Quillon Zzyzx"

    select_row(qtbot, view.referrals_table, 0)
    assert unlocked.casework_actions.record_response.isEnabled()
    unlocked.casework_actions.record_response.trigger()
    answer = dialog_of(qtbot, unlocked, ReferralResponseDialog)
    answer.answer.button(True).click()
    click(qtbot, answer.save_button)
    qtbot.waitUntil(lambda: view.referrals.index(0, 4).data() == "Accepted")

    select_row(qtbot, view.referrals_table, 0)
    unlocked.casework_actions.record_response.trigger()
    outcome = dialog_of(qtbot, unlocked, ReferralResponseDialog)
    qtbot.keyClicks(outcome.outcome, "Enrolled in grade 4.")
    click(qtbot, outcome.save_button)
    qtbot.waitUntil(lambda: view.referrals.index(0, 4).data() == "Completed")
    assert view.referrals.index(0, 7).data() == "Enrolled in grade 4."


def test_run_an_assessment_from_a_chosen_form(qtbot, unlocked):
    view = open_zzyzx(qtbot, unlocked)
    qtbot.keyClick(unlocked, Qt.Key.Key_A, CTRL_SHIFT)
    qtbot.waitUntil(lambda: any(d.objectName() == "form_chooser"
                                for d in unlocked.casework_actions.open_dialogs))
    chooser = next(d for d in unlocked.casework_actions.open_dialogs
                   if d.objectName() == "form_chooser")
    chooser.setTextValue("Initial risk screening")
    chooser.accept()
    dialog = dialog_of(qtbot, unlocked, AssessmentDialog)
    form = dialog.renderer.form()
    import random
    dialog.renderer.set_answers(formsmod.sample_answers(form, random.Random(2),
                                                        today=unlocked.ctx.today()))
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: view.assessments.rowCount() == 1)
    assert view.assessments.index(0, 1).data() == "Initial risk screening (v1)"
    assert view.tabs.currentIndex() == TABS.index("assessments")


def test_plan_goal_and_submit_from_the_plan_tab(qtbot, unlocked):
    view = open_zzyzx(qtbot, unlocked)
    view.show_tab("plan")
    editor = view.plan_editor
    click(qtbot, editor.add_button)
    qtbot.waitUntil(lambda: any(d.objectName() == "goal_dialog" and d.isVisible()
                                for d in editor.findChildren(QDialog)))
    goal = next(d for d in editor.findChildren(QDialog)
                if d.objectName() == "goal_dialog" and d.isVisible())
    qtbot.keyClicks(goal.goal, "Attends school every day")
    click(qtbot, goal.save_button)
    qtbot.waitUntil(lambda: editor.model.rowCount() == 1)
    assert editor.status() == "draft"
    qtbot.waitUntil(editor.submit_button.isEnabled)
    click(qtbot, editor.submit_button)
    qtbot.waitUntil(lambda: editor.status() == "submitted")
    assert view.approvals.rowCount() == 1
    assert view.approvals.index(0, 3).data() == "Waiting for a decision"
    # a caseworker does not decide plans
    assert not unlocked.casework_actions.decide_plan.isEnabled()


def test_request_closure(qtbot, unlocked):
    view = open_zzyzx(qtbot, unlocked)
    unlocked.casework_actions.request_closure.trigger()
    dialog = dialog_of(qtbot, unlocked, ClosureDialog)
    assert "Open tasks" in dialog.preview_text()
    qtbot.keyClicks(dialog.reason, "Family moved; case transferred.")
    click(qtbot, dialog.request_button)
    qtbot.waitUntil(lambda: view._labels["status"].text() == "Closure requested")
    assert view.pending_approval("closure") is not None
    assert not unlocked.casework_actions.request_closure.isEnabled()


@pytest.fixture
def supervisor_window(qtbot, start_window, make_ctx, tmp_path, clock):
    """A supervisor's workspace holding a caseworker's case that waits for closure."""
    data = tmp_path / "supervisor"
    data.mkdir()
    make_workspace(data, clock, "sam", cases=0, role="supervisor", teams="north")
    ws = unlock_workspace(data, "sam", PASSWORD, clock=clock, kdf_policy=FAST_KDF)
    amina = Casework(ws, actor=Actor("amina", Role.CASEWORKER, frozenset({"north"})))
    case_id = amina.register_family(
        {"name": "Tembo"}, [{"given_name": "Neema", "family_name": "Tembo", "role": "child",
                             "estimated_age": 9}],
        {"legal_basis": "statutory_duty", "risk": "low"}, assigned_to="amina", team="north").value
    amina.request_closure(case_id, "Goals met.")
    ws.close()
    window = start_window(make_ctx(data_dir=data))
    unlock(qtbot, window)
    return window


def test_a_supervisor_approves_a_closure_and_reassigns(qtbot, supervisor_window):
    window = supervisor_window
    page = window.cases
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        qtbot.keyClicks(page.search, "Tembo")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.case_row(0) is not None)
    from tests.support.desktop import open_by_double_click
    open_by_double_click(qtbot, window, 0)
    view = window.case_file
    assert window.casework_actions.decide_closure.isEnabled()
    assert window.casework_actions.reassign.isEnabled()

    window.casework_actions.reassign.trigger()
    reassign = dialog_of(qtbot, window, ReassignDialog)
    reassign.worker.clear()
    qtbot.keyClicks(reassign.worker, "bilal")
    click(qtbot, reassign.save_button)
    qtbot.waitUntil(lambda: view._labels["assigned_to"].text() == "bilal")

    window.casework_actions.decide_closure.trigger()
    decision = dialog_of(qtbot, window, ApprovalDecisionDialog)
    decision.decision.button("approved").click()
    click(qtbot, decision.decide_button)
    qtbot.waitUntil(lambda: view._labels["status"].text() == "Closed")
    assert not window.casework_actions.record_visit.isEnabled()
    assert window.casework_actions.reopen.isEnabled()
    window.casework_actions.reopen.trigger()
    qtbot.waitUntil(lambda: view._labels["status"].text() == "Active")


def test_a_full_disk_is_a_message_and_the_note_is_kept(qtbot, start_window, make_ctx):
    class FullDisk(Casework):
        def add_note(self, case_id, text):
            raise StorageFull("The disk is full; the change was not saved.")

    window = start_window(make_ctx(casework_factory=FullDisk))
    unlock(qtbot, window)
    view = open_zzyzx(qtbot, window)
    view.show_tab("notes")
    qtbot.keyClicks(view.note_edit, "Keep me")
    click(qtbot, view.add_note_button)
    qtbot.waitUntil(lambda: "disk is full" in view.note_error.text())
    assert view.note_edit.toPlainText() == "Keep me"
    assert view.add_note_button.isEnabled()

    window.worker.run(lambda cw: cw.add_note(view.case_id, "x"))  # no handler: message bar
    qtbot.waitUntil(lambda: window.message_bar.isVisible())
    assert "Free some space" in window.message_bar.text.text()


def test_a_bug_shows_the_crash_dialog_and_logs_no_case_data(qtbot, start_window, make_ctx,
                                                            seeded_dir: Path):
    class Broken(Casework):
        def add_note(self, case_id, text):
            raise RuntimeError(f"secret family detail: {text}")

    window = start_window(make_ctx(casework_factory=Broken))
    unlock(qtbot, window)
    view = open_zzyzx(qtbot, window)
    view.show_tab("notes")
    qtbot.keyClicks(view.note_edit, "Quillon disclosed abuse")
    with qtbot.waitSignal(window.reporter.bug_reported, timeout=5000) as reported:
        click(qtbot, view.add_note_button)
    assert reported.args[0].startswith("RuntimeError at ")
    assert window.reporter.crash_box.isVisible()
    log = (seeded_dir / "logs" / "desktop.log").read_text()
    assert "RuntimeError" in log and "test_workflows.py" in log
    assert "Quillon" not in log and "secret" not in log
    assert "Quillon" not in window.reporter.crash_box.informativeText()


def test_the_suggested_risk_message_follows_the_risk_once_changed(qtbot, unlocked):
    view = open_zzyzx(qtbot, unlocked)  # a high-risk case
    actions = unlocked.casework_actions
    qtbot.keyClick(unlocked, Qt.Key.Key_A, CTRL_SHIFT)
    qtbot.waitUntil(lambda: any(d.objectName() == "form_chooser"
                                for d in actions.open_dialogs))
    chooser = next(d for d in actions.open_dialogs if d.objectName() == "form_chooser")
    assert chooser.comboBoxItems()[0] == "Initial risk screening"  # fits an open case
    chooser.setTextValue("Initial risk screening")
    chooser.accept()
    dialog = dialog_of(qtbot, unlocked, AssessmentDialog)
    form, rng = dialog.renderer.form(), random.Random(0)
    for _ in range(50):  # answers whose suggestion is not the case's high risk
        answers = formsmod.sample_answers(form, rng, today=unlocked.ctx.today())
        if formsmod.score(form, answers).suggested_risk not in (None, RiskLevel.HIGH):
            break
    suggested = formsmod.score(form, answers).suggested_risk
    assert suggested not in (None, RiskLevel.HIGH)
    dialog.renderer.set_answers(answers)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: "The assessment suggests" in unlocked.message_bar.text.text())

    actions.change_risk.trigger()
    risk = dialog_of(qtbot, unlocked, RiskDialog)
    assert risk.level.value() == suggested.value  # the suggestion, chosen to start with
    click(qtbot, risk.save_button)  # no reason yet: asked for, nothing changes
    assert risk.errors() == {"risk_reason": "Say why the risk level changes."}
    assert risk.focusWidget() is risk.reason  # the first field to fix
    qtbot.keyClicks(risk.reason, "The screening of today; the father has moved out.")
    click(qtbot, risk.save_button)
    qtbot.waitUntil(lambda: "now recorded as" in unlocked.message_bar.text.text())
    assert view.risk_badge.text() == risk_text(suggested.value)

    # The history line of that change says from what to what, and why.
    view.show_tab("history")

    def risk_row():
        return next((r for r in range(view.history.rowCount())
                     if view.history.index(r, 3).data().startswith("Changed the risk")), None)

    qtbot.waitUntil(lambda: risk_row() is not None)
    assert view.history.index(risk_row(), 3).data() == (
        f"Changed the risk: High → {risk_text(suggested.value).removesuffix(' risk')}. "
        "Reason: The screening of today; the father has moved out.")
    assert view.history.index(risk_row(), 1).data() == "amina"


def test_a_visit_ticks_the_children_seen_and_the_file_says_when_each_was_last_seen(
        qtbot, unlocked):
    view = open_zzyzx(qtbot, unlocked)
    [(child_id, child_name)] = [(p.id, f"{p.fields['given_name']} {p.fields['family_name']}")
                                for p in view.data.file.children]
    members = {view.members.index(r, 0).data(): view.members.index(r, 3).data()
               for r in range(view.members.rowCount())}
    assert members[child_name] == "Not seen on a visit yet"

    qtbot.keyClick(unlocked, Qt.Key.Key_V, CTRL_SHIFT)
    dialog = dialog_of(qtbot, unlocked, VisitDialog)
    box = dialog.findChild(QCheckBox, f"seen:{child_id}")
    assert box is not None and box.text() == child_name
    box.click()
    qtbot.keyClicks(dialog.participants, "Mother, grandmother")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: view.visits.rowCount() == 1)
    assert view.visits.index(0, 2).data() == child_name  # "Children seen", by name
    today = unlocked.ctx.today().isoformat()
    qtbot.waitUntil(lambda: view.members.index(0, 3).data() == today)


def test_an_assessment_about_a_child_takes_the_age_from_the_date_of_birth(qtbot, unlocked):
    open_zzyzx(qtbot, unlocked)  # Quillon, born 2015-02-03: 11 on the test's day
    qtbot.keyClick(unlocked, Qt.Key.Key_A, CTRL_SHIFT)
    actions = unlocked.casework_actions
    qtbot.waitUntil(lambda: any(d.objectName() == "form_chooser" for d in actions.open_dialogs))
    chooser = next(d for d in actions.open_dialogs if d.objectName() == "form_chooser")
    chooser.setTextValue("Initial risk screening")
    chooser.accept()
    dialog = dialog_of(qtbot, unlocked, AssessmentDialog)
    assert dialog.about.currentText() == "Quillon Zzyzx"  # the only child: about them
    age = dialog.renderer.rows["child_age_band"].editor
    assert age.value() == "5_11" and not age.isEnabled()
    assert "2015-02-03" in dialog.age_note.text() and "11 years" in dialog.age_note.text()
    dialog.about.setCurrentIndex(0)  # the family as a whole: the age is asked again
    assert age.value() is None and age.isEnabled() and dialog.person_id() is None
