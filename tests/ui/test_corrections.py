"""Reading and correcting what was saved (issue 10, item 3), as a caseworker does it in the case
file: a saved assessment opens read-only with every answer, its score and reasons, and prints;
a visit, an assessment, a draft referral and an open task are corrected by their author in the
dialog that made them; someone else is told why not; the History says what changed and who
changed it."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from casemgr.app.changes import Changes, Outcome
from casemgr.domain import forms as formsmod
from casemgr.domain.records import RecordType
from casemgr.ui.casefile.view import TABS
from casemgr.ui.dialogs import (
    AssessmentDialog,
    AssessmentView,
    ReferralDialog,
    TaskDialog,
    VisitDialog,
)
from casemgr.ui.dialogs.assessment_view import print_to_pdf
from tests.support.desktop import open_zzyzx, select_row
from tests.support.qt import click, type_into

TODAY = "2026-11-18"  # the clock of the desktop tests
VISIT = {"visit_date": "2026-11-17", "visit_type": "home", "child_seen": True,
         "participants": "Mother", "observations": "Quillon at home, fed.",
         "follow_up": "Call the school"}
# The History tab's columns: When, Who, Record, What, Sync.
WHO, RECORD, WHAT, SYNC = 1, 2, 3, 4


def dialog_of(qtbot, window, kind):
    actions = window.casework_actions
    qtbot.waitUntil(lambda: any(isinstance(d, kind) and d.isVisible()
                                for d in actions.open_dialogs))
    return next(d for d in actions.open_dialogs if isinstance(d, kind))


def double_click(qtbot, table, row):
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def run(qtbot, window, work):
    """A use case on the database worker, waited for."""
    done = []
    window.worker.run(work, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    return done[0]


def history_rows(view):
    model = view.history
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def assessed(qtbot, window, view):
    """An initial screening saved on the open case, one optional question left unanswered."""
    form = run(qtbot, window, lambda cw: cw.form("initial_risk_screening"))
    answers = formsmod.sample_answers(form, random.Random(4), today=window.ctx.today())
    skipped = next(f for f in formsmod.visible_fields(form, answers) if not f.required)
    answers.pop(skipped.id, None)
    record, result = run(qtbot, window, lambda cw: cw.run_assessment(
        view.case_id, form.id, answers))
    qtbot.waitUntil(lambda: view.assessments.rowCount() == 1)
    return form, record, result, skipped


def test_a_saved_assessment_opens_read_only_with_every_answer_and_prints(qtbot, unlocked,
                                                                         tmp_path):
    view = open_zzyzx(qtbot, unlocked)
    form, record, result, skipped = assessed(qtbot, unlocked, view)
    view.show_tab("assessments")
    double_click(qtbot, view.assessments_table, 0)
    report = dialog_of(qtbot, unlocked, AssessmentView)
    assert report.windowTitle() == f"Initial risk screening — {TODAY}"
    text = report.document.toPlainText()
    assert "Initial risk screening" in text
    assert f"Form version {form.version}" in text
    assert f"Completed by amina on {TODAY}" in text
    answers = record.fields["answers"]
    for field in formsmod.visible_fields(form, answers):  # every question, answered in words
        assert form.text(field.label) in text
        if field.id in answers:
            value = answers[field.id]
            if field.type is formsmod.FieldType.SINGLE_CHOICE:
                assert form.text(field.choice(value).label) in text
            elif field.type is formsmod.FieldType.YES_NO:
                assert ("Yes" if value else "No") in text
    assert f"{form.text(skipped.label)}\nNot answered" in text
    assert f"Score: {result.score:g}" in text
    if result.suggested_risk is not None:
        assert f"Suggested risk: {result.suggested_risk.value.capitalize()}" in text
    for reason in result.reasons:
        assert reason in text
    assert report.text.isReadOnly()
    assert report.print_button.isVisible() and report.print_button.text() == "Print…"

    pdf = tmp_path / "assessment.pdf"  # what "Print to file" in the print dialog does
    print_to_pdf(report.document, pdf)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000

    with qtbot.waitSignal(report.rejected):
        click(qtbot, report.close_button)
    # Enter on the row opens it too.
    select_row(qtbot, view.assessments_table, 0)
    qtbot.keyClick(view.assessments_table, Qt.Key.Key_Return)
    again = dialog_of(qtbot, unlocked, AssessmentView)
    again.reject()


def test_print_opens_the_system_print_dialog_and_printing_is_noted(qtbot, unlocked, tmp_path):
    view = open_zzyzx(qtbot, unlocked)
    assessed(qtbot, unlocked, view)
    select_row(qtbot, view.assessments_table, 0)
    unlocked.casework_actions.open_assessment.trigger()
    report = dialog_of(qtbot, unlocked, AssessmentView)

    click(qtbot, report.print_button)  # cancelled: nothing printed, nothing noted
    qtbot.waitUntil(lambda: report.print_dialog is not None and report.print_dialog.isVisible())
    with qtbot.assertNotEmitted(report.printed):
        report.print_dialog.reject()
        qtbot.waitUntil(lambda: report.print_dialog is None)

    click(qtbot, report.print_button)  # to a PDF file, as the dialog offers on any machine
    qtbot.waitUntil(lambda: report.print_dialog is not None and report.print_dialog.isVisible())
    dialog = report.print_dialog
    printers = dialog.findChild(QComboBox, "printers")
    printers.setCurrentIndex(printers.findText("Print to File (PDF)"))
    pdf = tmp_path / "printed.pdf"
    dialog.findChild(QLineEdit, "filename").setText(str(pdf))
    with qtbot.waitSignal(report.printed):
        dialog.accept()
    assert pdf.read_bytes().startswith(b"%PDF")
    view.show_tab("history")
    qtbot.waitUntil(lambda: any(r[WHAT] == "Printed" for r in history_rows(view)))
    printed = next(r for r in history_rows(view) if r[WHAT] == "Printed")
    assert printed[RECORD] == f"Assessment: Initial risk screening {TODAY}"  # no form id
    report.reject()


def test_the_author_corrects_a_visit_and_the_history_says_what_changed(qtbot, unlocked):
    view = open_zzyzx(qtbot, unlocked)
    child = view.data.file.children[0].id
    run(qtbot, unlocked, lambda cw: cw.record_visit(view.case_id, {
        **VISIT, "children_seen": [child]}))
    qtbot.waitUntil(lambda: view.visits.rowCount() == 1)
    view.show_tab("visits")
    double_click(qtbot, view.visits_table, 0)  # double-click: the visit opens to correct
    dialog = dialog_of(qtbot, unlocked, VisitDialog)
    assert dialog.windowTitle() == "Correct the visit"
    assert dialog.observations.toPlainText() == "Quillon at home, fed."
    assert dialog.visit_date.date_text() == "2026-11-17"
    assert dialog.children_seen[child].isChecked()
    qtbot.keyClick(dialog.observations, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.observations, " Mother looked tired.")
    type_into(qtbot, dialog.follow_up, "")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: view.visits.index(0, 5).data() == "")  # the follow-up cleared
    assert view.visits.rowCount() == 1  # corrected, not added
    select_row(qtbot, view.visits_table, 0)
    assert view.visit_detail.toPlainText() == "Quillon at home, fed. Mother looked tired."

    view.show_tab("history")
    qtbot.waitUntil(lambda: any(r[WHAT] == "Changed: Observations, Follow-up"
                                for r in history_rows(view)))
    row = next(i for i, r in enumerate(history_rows(view))
               if r[WHAT] == "Changed: Observations, Follow-up")
    assert history_rows(view)[row][WHO] == "amina"
    assert history_rows(view)[row][RECORD] == "Visit: Home visit 2026-11-17"
    assert history_rows(view)[row][SYNC] == "Waiting to sync (2 changes)"
    tip = view.history.index(row, WHAT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == ("Observations: Quillon at home, fed. → Quillon at home, fed. Mother looked "
                   "tired.\nFollow-up: Call the school → (empty)")
    select_row(qtbot, view.history_table, row)
    detail = view.history_detail.toPlainText()
    assert "amina · Visit: Home visit 2026-11-17" in detail
    assert "Follow-up: Call the school → (empty)" in detail


def test_someone_elses_visit_is_not_theirs_to_correct(qtbot, unlocked):
    view = open_zzyzx(qtbot, unlocked)

    def bilals_visit(cw):  # as it arrives by sync: written by its author, bilal
        with cw.store.write("bilal") as tx:
            visit = tx.create(RecordType.VISIT, VISIT, case_id=view.case_id)
        return Outcome(visit, Changes.of([visit]))

    run(qtbot, unlocked, bilals_visit)
    qtbot.waitUntil(lambda: view.visits.rowCount() == 1)
    view.show_tab("visits")
    edit = unlocked.casework_actions.correct_visit
    assert edit.isVisible() and not edit.isEnabled()
    assert edit.toolTip() == "Select a visit in the Visits tab."
    select_row(qtbot, view.visits_table, 0)
    assert not edit.isEnabled()
    assert edit.toolTip() == "Only its author, bilal, can correct this visit."
    double_click(qtbot, view.visits_table, 0)
    qtbot.waitUntil(lambda: unlocked.message_bar.isVisible())
    assert unlocked.message_bar.text.text() == "Only its author, bilal, can correct this visit."
    assert not any(isinstance(d, VisitDialog) for d in unlocked.casework_actions.open_dialogs)


def test_a_draft_referral_and_an_open_task_are_corrected_in_their_dialogs(qtbot, unlocked):
    view = open_zzyzx(qtbot, unlocked)
    child = view.data.file.children[0].id
    run(qtbot, unlocked, lambda cw: cw.refer(view.case_id, {
        "person_id": child, "service_type": "education", "urgency": "routine",
        "reason": "Needs a school place.", "consent": True}))
    qtbot.waitUntil(lambda: view.referrals.rowCount() == 1)
    view.show_tab("referrals")
    select_row(qtbot, view.referrals_table, 0)
    edit = unlocked.casework_actions.correct_referral
    assert edit.isEnabled()
    edit.trigger()
    dialog = dialog_of(qtbot, unlocked, ReferralDialog)
    assert dialog.windowTitle() == "Correct the referral"
    assert dialog.reason.toPlainText() == "Needs a school place."
    dialog.urgency.button("priority").click()
    click(qtbot, dialog.send_button)  # corrected and sent in one step
    qtbot.waitUntil(lambda: view.referrals.index(0, 4).data() == "Sent")
    assert view.referrals.index(0, 3).data() == "Priority"
    select_row(qtbot, view.referrals_table, 0)
    assert not edit.isEnabled()
    assert edit.toolTip() == ("A sent referral cannot be corrected; cancel it and make a new "
                              "one.")

    run(qtbot, unlocked, lambda cw: cw.add_task(view.case_id, "Call the school",
                                                "2026-11-25"))
    qtbot.waitUntil(lambda: view.tasks.rowCount() == 1)
    view.show_tab("tasks")
    double_click(qtbot, view.tasks_table, 0)
    task = dialog_of(qtbot, unlocked, TaskDialog)
    assert task.windowTitle() == "Correct the task"
    assert task.title.text() == "Call the school"
    type_into(qtbot, task.title, "Call the head teacher")
    click(qtbot, task.save_button)
    qtbot.waitUntil(lambda: view.tasks.index(0, 0).data() == "Call the head teacher")
    assert view.tasks.rowCount() == 1


def test_correcting_an_assessment_scores_it_again(qtbot, unlocked):
    view = open_zzyzx(qtbot, unlocked)
    form, record, result, _skipped = assessed(qtbot, unlocked, view)
    view.show_tab("assessments")
    select_row(qtbot, view.assessments_table, 0)
    unlocked.casework_actions.correct_assessment.trigger()
    dialog = dialog_of(qtbot, unlocked, AssessmentDialog)
    assert dialog.renderer.cleaned_answers() == record.fields["answers"]  # as saved
    assert dialog.person_id() is None  # about the family as a whole, as saved
    rng = random.Random(9)
    for _ in range(50):
        other = formsmod.sample_answers(form, rng, today=unlocked.ctx.today())
        if formsmod.score(form, other).score != result.score:
            break
    dialog.renderer.set_answers(other)
    click(qtbot, dialog.save_button)
    new_score = formsmod.score(form, other).score
    qtbot.waitUntil(lambda: view.assessments.index(0, 2).data() == f"{new_score:g}")
    assert view.assessments.rowCount() == 1
    assert view.tabs.currentIndex() == TABS.index("assessments")

    # The History names the questions whose answers changed, in words.
    view.show_tab("history")
    qtbot.waitUntil(lambda: any(r[WHAT].startswith("Changed: Answers")
                                for r in history_rows(view)))
    row = next(i for i, r in enumerate(history_rows(view))
               if r[WHAT].startswith("Changed: Answers"))
    assert history_rows(view)[row][WHAT].startswith("Changed: Answers, Score")
    tip = view.history.index(row, WHAT).data(Qt.ItemDataRole.ToolTipRole)
    changed = [f for f in form.fields
               if record.fields["answers"].get(f.id) != dialog.value().get(f.id)]
    assert changed
    for field in changed:  # each question by its label, its answers in words
        assert f"\n{form.text(field.label)}: " in f"\n{tip}"
    assert f"Score: {result.score:g} → {new_score:g}" in tip


def test_history_words_name_fields_by_their_labels_and_values_in_words():
    from casemgr.ui.casefile.history import change_details, change_summary

    changes = {"follow_up": ("Call the school", None), "visit_type": ("home", "phone"),
               "observations": ("Tidy.", "Tidy; aunt visiting.")}
    assert change_summary("visit", changes) == "Changed: Type, Observations, Follow-up"
    assert change_details("visit", changes) == [
        "Type: Home → Phone", "Observations: Tidy. → Tidy; aunt visiting.",
        "Follow-up: Call the school → (empty)"]
    plan = {"status": ("draft", "submitted"), "submitted_by": (None, "amina"),
            "submitted_hash": (None, "9f2c…")}
    assert change_summary("case_plan", plan) == "Changed: Status, Submitted by"  # no hash
    child = "0190a000-0000-7000-8000-0000000000b1"
    assert change_details("visit", {"children_seen": (None, [child])},
                          names={child: "Quillon Zzyzx"}) == [
        "Children seen: (empty) → Quillon Zzyzx"]
    assert change_summary("case", {"risk": (None, "high"), "summary": ("a", "b"),
                                   "risk_reason": (None, "Disclosure")}) == (
        "Changed the risk: not set → High. Reason: Disclosure; also changed: Summary")


def test_a_change_received_by_sync_shows_who_made_it(qtbot, unlocked):
    from casemgr.db.sync_store import PushOutcome, RemoteRecord, SyncStore

    view = open_zzyzx(qtbot, unlocked)
    case_id = view.case_id

    def brian_changed_the_summary(cw):  # what a pulled page does (casemgr.sync.engine)
        sync = SyncStore(cw.ws)
        ops = cw.store.outbox()
        sync.apply_push_results(ops, [PushOutcome(o.client_seq, o.op_id, "applied", 1)
                                      for o in ops])
        case = cw.store.require(case_id)
        sync.apply_pull_page([RemoteRecord(
            case.id, "case", case.id, {**case.fields, "summary": "Father found work."}, 2, 9,
            case.created_at, case.created_by, "2026-11-18T12:00:00.000Z", "brian", False)],
            next_cursor=9, epoch="e1")
        return Outcome(None, Changes(case_ids=frozenset({case_id})))

    run(qtbot, unlocked, brian_changed_the_summary)
    view.show_tab("history")
    qtbot.waitUntil(lambda: any(r[WHO] == "brian" for r in history_rows(view)))
    row = next(r for r in history_rows(view) if r[WHO] == "brian")
    assert row[WHAT] == "Changed: Summary"
    assert row[SYNC] == "Received by sync"
    assert row[0] == "2026-11-18 12:00:00"
