"""The workflow actions of the app (register a family, record a visit, refer, close, decide…):
each opens its dialog, runs the use case on the database worker, and hands refused input
back to the dialog beside its fields. The same QActions serve menus, shortcuts and buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from casemgr.app.approvals import QueueItem, Review
from casemgr.app.assessment_report import AssessmentReport
from casemgr.app.case_summary import CaseSummary, case_summary, record_summary_output, to_html
from casemgr.app.casework import Casework, PossibleDuplicate
from casemgr.app.changes import Outcome
from casemgr.app.team import Reassigned, Reassignment
from casemgr.domain import restricted
from casemgr.domain.forms import FormDefinition, ScoreResult
from casemgr.domain.permissions import PERMISSIONS, Action, Actor, CaseAccess, can
from casemgr.domain.records import (
    CaseStatus,
    Decision,
    Record,
    RecordType,
    RiskLevel,
    display_name,
)
from casemgr.domain.workflow import correction_blocker
from casemgr.ui.casefile.view import CaseFileView
from casemgr.ui.dialogs import (
    ApprovalDecisionDialog,
    AssessmentDialog,
    AssessmentView,
    AttachFileDialog,
    ClosureDialog,
    ReassignCasesDialog,
    ReassignDialog,
    ReferralDialog,
    ReferralResponseDialog,
    RegisterFamilyDialog,
    RiskDialog,
    TaskDialog,
    VisitDialog,
)
from casemgr.ui.dialogs.assessment import Subject
from casemgr.ui.dialogs.summary import SummaryDialog
from casemgr.ui.errors import ErrorKind, ErrorReporter, kind_of, user_message
from casemgr.ui.i18n import N_, local_date, localize, plural, tr
from casemgr.ui.pages.caselist import risk_text
from casemgr.ui.reports import summary_file_name, summary_headers, write_summary
from casemgr.ui.widgets.pdf import print_html
from casemgr.ui.workers.db import DbWorker, SignedIn


class AttachmentNotHere(Exception):
    """The attachment's encrypted file has not arrived on this device yet."""


def save_attachment_copy(cw: Casework, record_id: str, dest: Path) -> int:
    """Decrypt an attachment to `dest` (audited by read_attachment); the bytes written."""
    if not cw.attachment_here(record_id):
        raise AttachmentNotHere(tr("The file has not been downloaded to this device yet; it "
                                   "arrives with the next sync."))
    written = 0
    try:
        with open(dest, "wb") as out:
            for chunk in cw.read_attachment(record_id):
                out.write(chunk)
                written += len(chunk)
    except BaseException:
        dest.unlink(missing_ok=True)  # never leave half a copy
        raise
    return written


def _duplicates(cw: Casework, queries: list[tuple[str, str, str | None, int | None]]
                ) -> list[PossibleDuplicate]:
    found: dict[str, PossibleDuplicate] = {}
    for given, family, born, age in queries:
        for d in cw.possible_duplicates(given, family, born, age):
            if d.person_id not in found or found[d.person_id].similarity < d.similarity:
                found[d.person_id] = d
    return sorted(found.values(), key=lambda d: -d.similarity)


# The permission each correction needs, and what to select for it.
_CORRECTING = {"visits": Action.RECORD_VISIT, "assessments": Action.RUN_ASSESSMENT,
               "referrals": Action.REFER, "tasks": Action.EDIT_CASE}
_SELECT_TO_CORRECT = {"visits": N_("Select a visit in the Visits tab."),
                      "assessments": N_("Select an assessment in the Assessments tab."),
                      "referrals": N_("Select a draft referral in the Referrals tab."),
                      "tasks": N_("Select an open task in the Tasks tab.")}


def _providers(cw: Casework) -> list[dict[str, Any]]:
    return [{"id": p.id, **p.fields} for p in cw.providers()]


class CaseActions(QObject):
    """The workflow actions, enabled for what the signed-in user may do on the open case."""

    open_case_requested = Signal(str)
    note_saved = Signal()

    def __init__(self, window: QWidget, worker: DbWorker, case_file: CaseFileView,
                 reporter: ErrorReporter, today: Callable[[], date]) -> None:
        super().__init__(window)
        self._window = window
        self._worker = worker
        self._file = case_file
        self._reporter = reporter
        self._today = today
        self.session: SignedIn | None = None
        self.case_list_selection: Callable[[], str | None] = lambda: None
        # The organisation named in a printed summary's header (the window sets it from the
        # settings).
        self.agency: Callable[[], str] = lambda: ""
        self.summary_print_dialog: QDialog | None = None
        self.open_dialogs: list[QDialog] = []

        def make(name: str, text: str, shortcut: str | None, slot: Callable[[], None]
                 ) -> QAction:
            action = QAction(text, self)
            action.setObjectName(name)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            return action

        self.register_family = make("registerFamily", tr("&Register a family…"), "Ctrl+N",
                                    self.start_registration)
        self.record_visit = make("recordVisit", tr("Record a &visit…"), "Ctrl+Shift+V",
                                 self.start_visit)
        self.run_assessment = make("runAssessment", tr("Run an &assessment…"), "Ctrl+Shift+A",
                                   self.start_assessment)
        self.change_risk = make("changeRisk", tr("Change the ris&k level…"), "Ctrl+Shift+K",
                                self.start_risk_change)
        self.refer = make("refer", tr("&Refer to a service…"), "Ctrl+Shift+R", self.start_referral)
        self.send_referral = make("sendReferral", tr("&Send the referral"), None,
                                  self.send_selected_referral)
        self.record_response = make("recordResponse", tr("Record the provider's &answer…"), None,
                                    self.start_response)
        self.cancel_referral = make("cancelReferral", tr("Cancel the referral"), None,
                                    self.cancel_selected_referral)
        self.add_task = make("addTask", tr("Add a &task…"), "Ctrl+Shift+T", self.start_task)
        self.follow_up_task = make("followUpTask", tr("Make a task of the &follow-up"), None,
                                   self.task_from_selected_follow_up)
        self.complete_task = make("completeTask", tr("&Mark the task done"), "Ctrl+D",
                                  self.complete_selected_task)
        self.cancel_task = make("cancelTask", tr("Cancel the task"), None,
                                self.cancel_selected_task)
        self.add_note = make("addNote", tr("Write a &note"), "Ctrl+Shift+N", self.focus_note)
        self.request_closure = make("requestClosure", tr("Request &closure…"), None,
                                    self.start_closure)
        self.decide_plan = make("decidePlan", tr("Decide on the case &plan…"), None,
                                lambda: self.start_decision("case_plan"))
        self.decide_closure = make("decideClosure", tr("Decide on the c&losure…"), None,
                                   lambda: self.start_decision("closure"))
        self.reassign = make("reassign", tr("Reassi&gn the case…"), None, self.start_reassign)
        self.reopen = make("reopen", tr("Re&open the case"), None, self.reopen_case)
        self.attach_file = make("attachFile", tr("Attach a &file…"), None, self.start_attachment)
        self.save_attachment = make("saveAttachment", tr("Save a cop&y…"), None,
                                    self.start_save_copy)
        self.save_summary = make("saveSummary", tr("Save summary as P&DF…"), None,
                                 lambda: self.start_summary(to_pdf=True))
        self.print_summary = make("printSummary", tr("Print s&ummary…"), None,
                                  lambda: self.start_summary(to_pdf=False))
        # Reading and correcting what was saved (a tab's button says just "Open…"/"Edit…").
        self.open_assessment = make("openAssessment", tr("Read the &assessment…"), None,
                                    self.open_selected_assessment)
        self.open_assessment.setIconText(tr("Open…"))
        self.correct_visit = make("correctVisit", tr("&Edit the visit…"), None,
                                  lambda: self.start_correction("visits"))
        self.correct_assessment = make("correctAssessment", tr("Edit the assessment…"), None,
                                       lambda: self.start_correction("assessments"))
        self.correct_referral = make("correctReferral", tr("Edit the referral…"), None,
                                     lambda: self.start_correction("referrals"))
        self.correct_task = make("correctTask", tr("Edit the task…"), None,
                                 lambda: self.start_correction("tasks"))
        self.corrections = {"visits": self.correct_visit,
                            "assessments": self.correct_assessment,
                            "referrals": self.correct_referral, "tasks": self.correct_task}
        for action in self.corrections.values():
            action.setIconText(tr("Edit…"))
        self.case_actions = [
            self.record_visit, self.run_assessment, self.change_risk, self.refer,
            self.send_referral, self.record_response, self.cancel_referral, self.add_task,
            self.follow_up_task, self.complete_task, self.cancel_task, self.add_note,
            self.request_closure,
            self.decide_plan, self.decide_closure, self.reassign, self.reopen,
            self.attach_file, self.save_attachment, self.open_assessment,
            self.save_summary, self.print_summary, *self.corrections.values(),
        ]

        for tab, actions in (
            (None, (self.record_visit, self.run_assessment, self.refer, self.add_task,
                    self.request_closure, self.reassign, self.reopen)),
            ("overview", (self.change_risk, self.save_summary, self.print_summary)),
            ("visits", (self.correct_visit, self.follow_up_task)),
            ("assessments", (self.open_assessment, self.correct_assessment)),
            ("referrals", (self.correct_referral, self.send_referral, self.record_response,
                           self.cancel_referral)),
            ("tasks", (self.correct_task, self.complete_task, self.cancel_task)),
            ("plan", (self.decide_plan, self.decide_closure)),
            ("attachments", (self.attach_file, self.save_attachment)),
        ):
            for action in actions:
                case_file.add_action_button(tab, action)
        case_file.selection_changed.connect(self.update_state)
        case_file.row_activated.connect(self.open_row)
        case_file.shown.connect(lambda _case_id: self.update_state())
        case_file.shown.connect(lambda _case_id: self._recheck_risk_hint())
        self._risk_hint: tuple[str, str] | None = None
        case_file.add_note_requested.connect(self.save_note)
        editor = case_file.plan_editor
        editor.save_requested.connect(self.save_plan)
        editor.goal_added.connect(self.add_goal)
        editor.goal_edited.connect(self.edit_goal)
        editor.goal_removed.connect(self.remove_goal)
        editor.submit_requested.connect(self.submit_plan)
        self.update_state()

    # -- state -------------------------------------------------------------------------------

    def start(self, session: SignedIn) -> None:
        self.session = session
        self.update_state()

    def clear(self) -> None:
        """Locked: every dialog with case data in it is closed, unsaved input is dropped."""
        self.session = None
        self._risk_hint = None
        self.summary_print_dialog = None
        for dialog in list(self.open_dialogs):
            dialog.blockSignals(True)
            dialog.reject()
            dialog.deleteLater()
        self.open_dialogs.clear()
        self.update_state()

    @property
    def actor(self) -> Actor | None:
        s = self.session
        return Actor(s.user, s.role, s.teams) if s else None

    def _may(self, action: Action) -> tuple[bool, str]:
        actor = self.actor
        data = self._file.data
        if actor is None:
            return False, tr("Unlock the workspace first.")
        if data is None:
            return False, tr("Open a case first.")
        access = CaseAccess.of_case(data.file.case.fields)
        if not can(actor, action, access):
            return False, tr("Your role does not allow this on this case.")
        return True, ""

    @Slot()
    def update_state(self) -> None:
        """Enable each action for the open case and selection, saying why when it is not."""
        data = self._file.data
        status = data.file.case.fields.get("status") if data else None
        closed = status == CaseStatus.CLOSED.value
        task = self._file.selected("tasks")
        referral = self._file.selected("referrals")
        attachment = self._file.selected("attachments")
        visit = self._file.selected("visits")
        rules: dict[QAction, tuple[Action, str | None]] = {
            self.attach_file: (Action.EDIT_CASE, tr("The case is closed.") if closed else None),
            self.save_attachment: (Action.VIEW_CASE, None if attachment else
                                   tr("Select a file in the Attachments tab.")),
            self.record_visit: (Action.RECORD_VISIT, tr("The case is closed.") if closed else None),
            self.run_assessment: (Action.RUN_ASSESSMENT,
                                  tr("The case is closed.") if closed else None),
            self.change_risk: (Action.EDIT_CASE, tr("The case is closed.") if closed else None),
            self.refer: (Action.REFER, tr("The case is closed.") if closed else None),
            self.add_task: (Action.EDIT_CASE, tr("The case is closed.") if closed else None),
            self.follow_up_task: (Action.EDIT_CASE, tr("The case is closed.") if closed else (
                None if visit and str(visit.fields.get("follow_up") or "").strip() else
                tr("Select a visit that noted a follow-up in the Visits tab."))),
            self.add_note: (Action.EDIT_CASE, None),
            self.request_closure: (Action.REQUEST_CLOSURE,
                                   None if status in ("open", "active") else
                                   tr("Only an open or active case can be closed.")),
            self.reassign: (Action.REASSIGN_CASE, None),
            self.reopen: (Action.REOPEN_CASE, None if closed else tr("The case is not closed.")),
            self.complete_task: (Action.EDIT_CASE, None if task and task.fields.get("status")
                                 == "open" else tr("Select an open task in the Tasks tab.")),
            self.cancel_task: (Action.EDIT_CASE, None if task and task.fields.get("status")
                               == "open" else tr("Select an open task in the Tasks tab.")),
            self.send_referral: (Action.REFER, None if referral and referral.fields.get(
                "status") == "draft" else tr("Select a draft referral in the Referrals tab.")),
            self.record_response: (Action.REFER, None if referral and referral.fields.get(
                "status") in ("sent", "accepted") else
                tr("Select a sent or accepted referral in the Referrals tab.")),
            self.cancel_referral: (Action.REFER, None if referral and referral.fields.get(
                "status") in ("draft", "sent", "accepted") else
                tr("Select a referral in progress in the Referrals tab.")),
            self.decide_plan: (Action.DECIDE_PLAN, self._decision_blocker("case_plan")),
            self.decide_closure: (Action.DECIDE_CLOSURE, self._decision_blocker("closure")),
            self.open_assessment: (Action.VIEW_CASE, None if self._file.selected("assessments")
                                   else tr("Select an assessment in the Assessments tab.")),
            self.save_summary: (Action.VIEW_CASE, None),
            self.print_summary: (Action.VIEW_CASE, None),
        }
        for kind, action in self.corrections.items():
            rules[action] = (_CORRECTING[kind], tr("The case is closed.") if closed
                             else self._correction_blocker(kind))
        role = self.session.role if self.session else None
        for action, (permission, blocker) in rules.items():
            # What the role can never do is hidden; what it cannot do now is greyed, with why.
            action.setVisible(role is None or PERMISSIONS[permission].allows(role))
            allowed, why = self._may(permission)
            if allowed and blocker:
                allowed, why = False, blocker
            action.setEnabled(allowed)
            action.setToolTip(why or action.text().replace("&", "").rstrip("…"))
        self.register_family.setVisible(
            role is None or PERMISSIONS[Action.REGISTER_FAMILY].allows(role))
        self.register_family.setEnabled(self.session is not None)
        self.register_family.setToolTip(tr("Register a family and open a new case")
                                        if self.session else tr("Unlock the workspace first."))

    def _correction_blocker(self, kind: str) -> str | None:
        """Why the selected record of `kind` cannot be corrected now, or None."""
        record = self._file.selected(kind)
        if record is None:
            return tr(_SELECT_TO_CORRECT[kind])
        actor = self.actor
        if actor is None:
            return tr("Unlock the workspace first.")
        blocker = correction_blocker(record.type, record.fields, record.created_by, actor)
        return None if blocker is None else localize(blocker)

    def _decision_blocker(self, kind: str) -> str | None:
        approval = self._file.pending_approval(kind)
        if approval is None:
            return tr("Nothing is waiting for a decision.")
        if self.session and approval.fields.get("requested_by") == self.session.user:
            return tr("You cannot decide on your own request.")
        return None

    # -- running use cases ---------------------------------------------------------------------

    def _open(self, dialog: QDialog, on_accept: Callable[[], None] | None = None) -> None:
        """Show a dialog (window-modal, never blocking the event loop); it is kept until its
        use case succeeded, so refused input reopens it with what was typed."""
        self.open_dialogs.append(dialog)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.rejected.connect(lambda: self._forget(dialog))
        dialog.accepted.connect(on_accept or (lambda: self._forget(dialog)))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.open_dialogs:
            self.open_dialogs.remove(dialog)
            dialog.deleteLater()

    def _submit(self, dialog: QDialog, work: Callable[[Casework], Any],
                done: Callable[[Any], None] | None = None) -> None:
        """Run the use case; on refusal show the messages in the dialog and open it again."""
        def finished(result: Any) -> None:
            self._forget(dialog)
            if done is not None:
                done(result)

        def refused(exc: BaseException) -> None:
            if dialog not in self.open_dialogs:
                return  # locked meanwhile
            kind = kind_of(exc)
            if kind is ErrorKind.BUG:
                self._reporter.report_bug(exc, type(dialog).__name__)
                message = {"": tr("The change was not saved because of an internal error.")}
            elif kind is ErrorKind.REFUSED_INPUT:
                message = dict(getattr(exc, "errors", {}))
            else:
                message = {"": user_message(exc)}
            show_errors = getattr(dialog, "show_errors", None)
            if callable(show_errors):
                show_errors(message)
            dialog.open()

        self._worker.run(work, finished, refused)

    def _with_value(self, dialog: QDialog, work: Callable[[Casework, Any], Any],
                    done: Callable[[Any], None] | None = None) -> Callable[[], None]:
        """What to do on Accept: read the dialog's value now, run `work(cw, value)`."""
        def accepted() -> None:
            value = dialog.value()  # type: ignore[attr-defined]
            self._submit(dialog, lambda cw: work(cw, value), done)

        return accepted

    def _run(self, work: Callable[[Casework], Any], done: Callable[[Any], None] | None = None,
             where: str = "an action") -> None:
        """A use case without a dialog; refusals go to the message bar."""
        self._worker.run(work, done, lambda exc: self._reporter.report(exc, where=where))

    def _case_id(self) -> str | None:
        return self._file.case_id

    # -- registration --------------------------------------------------------------------------

    @Slot()
    def start_registration(self) -> None:
        if self.session is None:
            return
        dialog = RegisterFamilyDialog(self._window, today=self._today())

        def check(queries: list[Any]) -> None:
            self._worker.run(lambda cw: _duplicates(cw, queries), dialog.show_duplicates,
                             lambda exc: dialog.show_duplicates([]) if kind_of(exc)
                             is not ErrorKind.BUG else self._reporter.report_bug(
                                 exc, "duplicate check"))

        dialog.duplicate_check_requested.connect(check)
        dialog.open_case_requested.connect(self.open_case_requested)

        def accepted() -> None:
            family, members, case = dialog.value()
            self._submit(dialog, lambda cw: cw.register_family(family, members, case),
                         lambda case_id: self.open_case_requested.emit(case_id))

        self._open(dialog, accepted)

    # -- visits, assessments, risk -------------------------------------------------------------

    def _people(self) -> list[str]:
        data = self._file.data
        return [f"{p.fields.get('given_name', '')} {p.fields.get('family_name', '')}".strip()
                for p in data.file.persons] if data else []

    @Slot()
    def start_visit(self) -> None:
        case_id = self._case_id()
        if case_id is None or not self.record_visit.isEnabled():
            return
        dialog = VisitDialog(self._window, today=self._today(), people=self._people(),
                             children=[(c.person_id, c.name) for c in self._children()])
        self._open(dialog, self._with_value(
            dialog, lambda cw, v: cw.record_visit(case_id, v),
            lambda _r: self._file.show_tab("visits")))

    @Slot()
    def start_assessment(self) -> None:
        case_id = self._case_id()
        if case_id is None or not self.run_assessment.isEnabled():
            return
        self._run(lambda cw: cw.assessment_forms(case_id),
                  lambda forms: self._choose_form(case_id, forms), "reading the assessment "
                                                                      "forms")

    def _choose_form(self, case_id: str, forms: list[FormDefinition]) -> None:
        if len(forms) == 1:
            self._assess(case_id, forms[0])
            return
        chooser = QInputDialog(self._window)
        chooser.setObjectName("form_chooser")
        chooser.setWindowTitle(tr("Run an assessment"))
        chooser.setLabelText(tr("Which assessment form? (The forms for this case's stage come "
                                "first.)"))
        titles = [f.text(f.title) for f in forms]
        chooser.setComboBoxItems(titles)
        chooser.setComboBoxEditable(False)
        chooser.textValueSelected.connect(
            lambda title: self._assess(case_id, forms[titles.index(title)]))
        self._open(chooser)

    def _children(self) -> list[Subject]:
        """The case's children, whom a visit may see and an assessment may be about."""
        data = self._file.data
        return [Subject(p.id, display_name(p.type, p.fields), p.fields.get("date_of_birth"))
                for p in data.file.children] if data else []

    def _assess(self, case_id: str, form: FormDefinition) -> None:
        dialog = AssessmentDialog(form, self._window, today=self._today(),
                                  children=self._children())
        if self.session is not None and not self.session.offline_only:
            # Restricted questions this user's role may not read: the server would refuse
            # their answers (docs/forms.md, "Restricted questions"), so they are not offered.
            dialog.renderer.withhold(restricted.unreadable_questions(
                form, self.session.role.value), answered=False)

        def accepted() -> None:
            answers, lang, person = dialog.value(), dialog.language(), dialog.person_id()
            self._submit(dialog, lambda cw: cw.run_assessment(
                case_id, form.id, answers, person_id=person, form_version=form.version,
                lang=lang), lambda result: self._assessed(result))

        self._open(dialog, accepted)

    def _assessed(self, result: tuple[Record, ScoreResult]) -> None:
        self._file.show_tab("assessments")
        suggested = result[1].suggested_risk
        data = self._file.data
        current = data.file.case.fields.get("risk") if data else None
        if suggested is not None and suggested.value != current and data is not None:
            self._risk_hint = (data.file.case.id, suggested.value)
            self._reporter.show_info(
                tr("The assessment suggests {risk}; the case is recorded as {risk2}. Use "
                   "“Change the risk level” (Ctrl+Shift+K) if you agree.").format(
                    risk=risk_text(suggested.value).lower(), risk2=risk_text(current).lower()))

    def _recheck_risk_hint(self) -> None:
        """The message about a suggested risk follows the case: once the risk is changed to
        what the assessment suggested, it says so instead of asking still."""
        data = self._file.data
        if self._risk_hint is None or data is None or data.file.case.id != self._risk_hint[0]:
            return
        current = data.file.case.fields.get("risk")
        if current == self._risk_hint[1]:
            self._risk_hint = None
            self._reporter.show_info(tr("The case is now recorded as {risk}, as the assessment "
                                        "suggested.").format(risk=risk_text(current).lower()))

    @Slot()
    def start_risk_change(self) -> None:
        """The new level and the reason for it (RiskDialog); an assessment's suggestion for
        this case, if one is waiting, is chosen to start with."""
        case_id = self._case_id()
        data = self._file.data
        if case_id is None or data is None or not self.change_risk.isEnabled():
            return
        current = data.file.case.fields.get("risk")
        suggested = self._risk_hint[1] if self._risk_hint and self._risk_hint[0] == case_id \
            else None
        dialog = RiskDialog(self._window, current=current, suggested=suggested,
                            suggestion=tr("The assessment just saved suggests {risk}.").format(
                                risk=risk_text(suggested).lower()) if suggested else "")
        self._open(dialog, self._with_value(
            dialog, lambda cw, v: cw.set_risk(case_id, RiskLevel(v["risk"]), v["risk_reason"])))

    # -- reading and correcting what was saved ------------------------------------------------

    @Slot(str)
    def open_row(self, kind: str) -> None:
        """A row double-clicked (or Enter) in the case file: an assessment opens to read; a
        visit, referral or task opens for its author to correct, and otherwise the message bar
        says why not."""
        if kind == "assessments":
            self.open_selected_assessment()
            return
        action = self.corrections.get(kind)
        if action is None or self._file.selected(kind) is None:
            return
        if action.isEnabled():
            action.trigger()
        elif action.isVisible():
            self._reporter.show_info(action.toolTip())

    @Slot()
    def open_selected_assessment(self) -> None:
        record = self._file.selected("assessments")
        if record is None or not self.open_assessment.isEnabled():
            return
        self._run(lambda cw: cw.assessment_report(record.id), self._show_assessment,
                  "opening an assessment")

    def _show_assessment(self, report: AssessmentReport) -> None:
        if self.session is None:
            return  # locked meanwhile
        view = AssessmentView(report, self._window)
        view.printed.connect(lambda: self._run(lambda cw: cw.record_printed(report.record_id),
                                               None, "noting a printed assessment"))
        self._open(view)

    def start_correction(self, kind: str) -> None:
        """Its author corrects the selected visit, assessment, draft referral or open task in
        the dialog that made it, filled with what was saved."""
        record = self._file.selected(kind)
        action = self.corrections[kind]
        if record is None or not action.isEnabled():
            return
        if record.type is RecordType.VISIT:
            visit = VisitDialog(self._window, today=self._today(), people=self._people(),
                                children=[(c.person_id, c.name) for c in self._children()],
                                value=record.fields)
            visit.setWindowTitle(tr("Correct the visit"))
            self._open(visit, self._with_value(
                visit, lambda cw, v: cw.correct_record(record.id, v),
                lambda _r: self._file.show_tab("visits")))
        elif record.type is RecordType.TASK:
            task = TaskDialog(self._window, today=self._today(), value=record.fields)
            task.setWindowTitle(tr("Correct the task"))
            self._open(task, self._with_value(
                task, lambda cw, v: cw.correct_record(record.id, v),
                lambda _r: self._file.show_tab("tasks")))
        elif record.type is RecordType.REFERRAL:
            self._run(_providers, lambda providers: self._correct_referral(record, providers),
                      "reading the service directory")
        elif record.type is RecordType.ASSESSMENT:
            self._run(lambda cw: cw.form(str(record.fields["form_id"]),
                                         record.fields.get("form_version")),
                      lambda form: self._correct_assessment(record, form),
                      "reading the assessment form")

    def _correct_referral(self, record: Record, providers: list[dict[str, Any]]) -> None:
        data = self._file.data
        if data is None or self.session is None:
            return
        children = [{"id": p.id, "name": f"{p.fields.get('given_name', '')} "
                     f"{p.fields.get('family_name', '')}".strip()}
                    for p in data.file.children]
        dialog = ReferralDialog(children, providers, self._window, value=record.fields)
        dialog.setWindowTitle(tr("Correct the referral"))

        def accepted() -> None:
            fields, send = dialog.value(), dialog.send_requested()

            def correct(cw: Casework) -> Outcome[Record]:
                with cw.batch():  # corrected and sent, or neither
                    corrected = cw.correct_record(record.id, fields)
                    return corrected.then(cw.send_referral(record.id)) if send else corrected

            self._submit(dialog, correct, lambda _r: self._file.show_tab("referrals"))

        self._open(dialog, accepted)

    def _correct_assessment(self, record: Record, form: FormDefinition) -> None:
        if self.session is None:
            return
        saved, about = record.fields.get("answers") or {}, record.fields.get("person_id")
        # Ages from a date of birth, and the date checks, as on the day it was completed.
        completed = record.fields.get("completed_on")
        on = date.fromisoformat(completed) if isinstance(completed, str) else self._today()
        dialog = AssessmentDialog(form, self._window, answers=saved, today=on,
                                  children=self._children(), person_id=about)
        if about is None and dialog.person_id() is not None:
            dialog.about.setCurrentIndex(0)  # as saved: about the family as a whole
            dialog.renderer.set_answers(saved)
        # Answers the server withheld from this user: shown as restricted, never offered to
        # be overwritten (the server keeps them).
        dialog.renderer.withhold(restricted.withheld_questions(record.withheld))

        def accepted() -> None:
            answers, lang, person = dialog.value(), dialog.language(), dialog.person_id()
            self._submit(dialog, lambda cw: cw.correct_assessment(
                record.id, answers, person_id=person, lang=lang), self._assessed)

        self._open(dialog, accepted)

    # -- referrals -----------------------------------------------------------------------------

    @Slot()
    def start_referral(self) -> None:
        case_id = self._case_id()
        data = self._file.data
        if case_id is None or data is None or not self.refer.isEnabled():
            return
        children = [{"id": p.id, "name": f"{p.fields.get('given_name', '')} "
                     f"{p.fields.get('family_name', '')}".strip()}
                    for p in data.file.children]
        self._run(_providers, lambda providers: self._refer(case_id, children, providers),
                  "reading the service directory")

    def _refer(self, case_id: str, children: list[dict[str, Any]],
               providers: list[dict[str, Any]]) -> None:
        dialog = ReferralDialog(children, providers, self._window)

        def accepted() -> None:
            fields, send = dialog.value(), dialog.send_requested()

            def refer(cw: Casework) -> Outcome[Record]:
                with cw.batch():  # a referral sent at once, or none at all
                    drafted = cw.refer(case_id, fields)
                    return drafted.then(cw.send_referral(drafted.value.id)) if send else drafted

            self._submit(dialog, refer, lambda _r: self._file.show_tab("referrals"))

        self._open(dialog, accepted)

    @Slot()
    def send_selected_referral(self) -> None:
        referral = self._file.selected("referrals")
        if referral is not None and self.send_referral.isEnabled():
            self._run(lambda cw: cw.send_referral(referral.id), None, "sending a referral")

    @Slot()
    def start_response(self) -> None:
        referral = self._file.selected("referrals")
        if referral is None or not self.record_response.isEnabled():
            return
        status = str(referral.fields.get("status"))
        provider = self._file.data.providers.get(referral.fields.get("provider_id") or "", "") \
            if self._file.data else ""
        sent = referral.fields.get("sent_on")
        summary = (f"{str(referral.fields.get('service_type', '')).replace('_', ' ')}"
                   f"{' — ' + provider if provider else ''}{f', sent {sent}' if sent else ''}")
        dialog = ReferralResponseDialog(self._window, status=status, summary=summary)

        def accepted() -> None:
            value = dialog.value()
            if status == "sent":
                work: Callable[[Casework], Any] = lambda cw: cw.record_referral_response(  # noqa: E731
                    referral.id, bool(value["accepted"]), value.get("response"))
            else:
                work = lambda cw: cw.complete_referral(referral.id, value["outcome"])  # noqa: E731
            self._submit(dialog, work)

        self._open(dialog, accepted)

    @Slot()
    def cancel_selected_referral(self) -> None:
        referral = self._file.selected("referrals")
        if referral is None or not self.cancel_referral.isEnabled():
            return
        self._confirm(tr("Cancel the referral?"), tr("The referral is kept in the case file as "
                                                 "cancelled."), tr("Cancel the referral"),
                      lambda: self._run(lambda cw: cw.cancel_referral(referral.id), None,
                                        "cancelling a referral"))

    # -- tasks and notes -----------------------------------------------------------------------

    @Slot()
    def start_task(self) -> None:
        case_id = self._case_id()
        if case_id is None or not self.add_task.isEnabled():
            return
        dialog = TaskDialog(self._window, today=self._today())
        self._open(dialog, self._with_value(
            dialog, lambda cw, v: cw.add_task(
                case_id, v["title"], v["due_date"], v.get("kind", "follow_up")),
            lambda _r: self._file.show_tab("tasks")))

    def complete(self, task_id: str) -> None:
        """Mark a task done (from the case file or the Tasks page)."""
        self._run(lambda cw: cw.complete_task(task_id), None, "completing a task")

    @Slot()
    def task_from_selected_follow_up(self) -> None:
        """The selected visit's follow-up as a task due in a week, in one step."""
        visit = self._file.selected("visits")
        if visit is None or not self.follow_up_task.isEnabled():
            return

        def added(task: Record) -> None:
            self._reporter.show_info(tr("Task added: “{title}”, due {date}.").format(
                title=task.fields["title"], date=local_date(task.fields["due_date"])))

        self._run(lambda cw: cw.task_from_follow_up(visit.id), added,
                  "making a task of a follow-up")

    @Slot()
    def complete_selected_task(self) -> None:
        task = self._file.selected("tasks")
        if task is not None and self.complete_task.isEnabled():
            self.complete(task.id)

    @Slot()
    def cancel_selected_task(self) -> None:
        task = self._file.selected("tasks")
        if task is not None and self.cancel_task.isEnabled():
            self._run(lambda cw: cw.cancel_task(task.id), None, "cancelling a task")

    @Slot()
    def focus_note(self) -> None:
        if self._case_id() is None:
            return
        self._file.show_tab("notes")
        self._file.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot(str)
    def save_note(self, text: str) -> None:
        case_id = self._case_id()
        if case_id is None:
            return

        def refused(exc: BaseException) -> None:
            if kind_of(exc) is ErrorKind.REFUSED_INPUT:
                self._file.note_refused(dict(getattr(exc, "errors", {})))
            elif kind_of(exc) is ErrorKind.BUG:
                self._file.note_refused({"": tr("The note was not saved (internal error).")})
                self._reporter.report_bug(exc, "adding a note")
            else:
                self._file.note_refused({"": user_message(exc)})

        def saved(_note: Record) -> None:
            self._file.note_saved()
            self.note_saved.emit()

        self._worker.run(lambda cw: cw.add_note(case_id, text), saved, refused)

    # -- case plan (the PlanEditor on the Case plan tab) ---------------------------------------

    def _plan_op(self, work: Callable[[Casework, str], Any]) -> None:
        case_id = self._case_id()
        if case_id is None:
            return
        editor = self._file.plan_editor

        def refused(exc: BaseException) -> None:
            kind = kind_of(exc)
            if kind is ErrorKind.REFUSED_INPUT:
                editor.show_errors(dict(getattr(exc, "errors", {})))
            elif kind is ErrorKind.BUG:
                editor.show_errors({"": tr("Not saved because of an internal error.")})
                self._reporter.report_bug(exc, "case plan")
            else:
                editor.show_errors({"": user_message(exc)})

        def run(cw: Casework) -> Outcome[Any]:
            with cw.batch():
                plan = cw.start_case_plan(case_id)
                return plan.then(work(cw, plan.value.id))

        self._worker.run(run, None, refused)

    @Slot(dict)
    def save_plan(self, changes: dict[str, Any]) -> None:
        self._plan_op(lambda cw, plan_id: cw.edit_case_plan(plan_id, changes))

    @Slot(dict)
    def add_goal(self, fields: dict[str, Any]) -> None:
        self._plan_op(lambda cw, plan_id: cw.add_goal(plan_id, fields))

    @Slot(str, dict)
    def edit_goal(self, goal_id: str, changes: dict[str, Any]) -> None:
        self._plan_op(lambda cw, _plan_id: cw.edit_goal(goal_id, changes))

    @Slot(str)
    def remove_goal(self, goal_id: str) -> None:
        self._plan_op(lambda cw, _plan_id: cw.remove_goal(goal_id))

    @Slot()
    def submit_plan(self) -> None:
        self._plan_op(lambda cw, plan_id: cw.submit_case_plan(plan_id))

    # -- closure, decisions, reassignment ------------------------------------------------------

    @Slot()
    def start_closure(self) -> None:
        data = self._file.data
        if data is None or not self.request_closure.isEnabled():
            return
        cf = data.file
        case_id = cf.case.id
        open_tasks = sum(t.fields.get("status") == "open" for t in cf.tasks)
        moving = sum(r.fields.get("status") in ("draft", "sent", "accepted")
                     for r in cf.referrals)
        facts = [(tr("Risk"), risk_text(cf.case.fields.get("risk"))),
                 (tr("Open tasks"), str(open_tasks)), (tr("Referrals in progress"), str(moving)),
                 (tr("Case plan"), str(cf.plan.fields.get("status")) if cf.plan else "none")]
        dialog = ClosureDialog(self._window, case_number=cf.case.fields["case_number"],
                               family_name=cf.family.fields.get("name", "") if cf.family
                               else "", facts=facts)
        self._open(dialog, self._with_value(
            dialog, lambda cw, reason: cw.request_closure(
                case_id, reason["reason"])))

    def start_decision(self, kind: str) -> None:
        approval = self._file.pending_approval(kind)
        data = self._file.data
        action = self.decide_plan if kind == "case_plan" else self.decide_closure
        if approval is None or data is None or not action.isEnabled():
            return
        cf = data.file
        if kind == "case_plan" and cf.plan is not None:
            lines = [str(cf.plan.fields.get("summary") or ""), ""]
            lines += [f"• {g.fields.get('goal', '')}" for g in cf.goals]
            subject = "\n".join(lines).strip()
        else:
            subject = str(cf.case.fields.get("closure_reason") or "")
        dialog = ApprovalDecisionDialog(
            self._window, kind=kind, subject=subject,
            requested_by=str(approval.fields.get("requested_by", "")),
            requested_at=str(approval.fields.get("requested_at", "")))
        self._open(dialog, self._with_value(
            dialog, lambda cw, v: cw.decide(
                approval.id, Decision(v["decision"]), v.get("comment"))))

    @Slot(object)
    def decide_queued(self, item: QueueItem) -> None:
        """Decide a request from the Approvals page: what it asks (the plan against its last
        approved version, or the closure and its checklist), then approve or send back."""
        if self.session is None:
            return
        self._run(lambda cw: cw.review(item), self._decide_reviewed, "reading the request")

    def _decide_reviewed(self, review: Review) -> None:
        item = review.item
        dialog = ApprovalDecisionDialog(
            self._window, kind=item.kind,
            subject=f"{localize(review.heading)}\n\n{review.text(localize)}",
            requested_by=item.requested_by, requested_at=item.requested_at)
        self._open(dialog, self._with_value(
            dialog, lambda cw, v: cw.decide(item.approval_id, Decision(v["decision"]),
                                            v.get("comment"))))

    @Slot()
    def start_reassign(self) -> None:
        data = self._file.data
        if data is None or not self.reassign.isEnabled():
            return
        case = data.file.case
        dialog = ReassignDialog(self._window, current=case.fields["assigned_to"],
                                team=case.fields.get("team"))
        self._open(dialog, self._with_value(
            dialog, lambda cw, v: cw.reassign_case(case.id, v["worker"], v["team"])))

    @Slot(list)
    def reassign_cases(self, case_ids: list[str]) -> None:
        """Give cases chosen on the Team page to another worker of their team: who may take
        them and how many cases and open tasks move, then all of them in one change."""
        if self.session is None or not case_ids:
            return
        self._run(lambda cw: cw.reassignment(case_ids), self._choose_worker,
                  "reading the cases to reassign")

    def _choose_worker(self, plan: Reassignment) -> None:
        ids = [c.case_id for c in plan.cases]
        dialog = ReassignCasesDialog(self._window, plan)
        self._open(dialog, self._with_value(
            dialog, lambda cw, worker: cw.reassign_cases(ids, worker), self._reassigned))

    def _reassigned(self, done: Reassigned) -> None:
        cases = len(done.cases)
        n = done.tasks
        tasks = plural(n, tr(" with %Ln open task", "", n), tr(" with %Ln open tasks", "", n)) \
            if n else ""
        leaving = "" if self.session is None or self.session.offline_only else (
            tr(" They leave the previous worker's laptop at its next sync."))
        self._reporter.show_info(
            plural(cases, tr("%Ln case given to {worker}{tasks}.{leaving}", "", cases),
                   tr("%Ln cases given to {worker}{tasks}.{leaving}", "", cases))
            .format(worker=done.worker, tasks=tasks, leaving=leaving))

    @Slot()
    def reopen_case(self) -> None:
        case_id = self._case_id()
        if case_id is not None and self.reopen.isEnabled():
            self._run(lambda cw: cw.reopen_case(case_id), None, "reopening the case")

    # -- attachments ---------------------------------------------------------------------------

    @Slot()
    def start_attachment(self) -> None:
        case_id = self._case_id()
        if case_id is None or not self.attach_file.isEnabled():
            return
        dialog = AttachFileDialog(self._window)
        self._open(dialog, self._with_value(
            dialog, lambda cw, v: cw.attach_file(case_id, v["path"], v["description"]),
            lambda _r: self._file.show_tab("attachments")))

    @Slot()
    def start_save_copy(self) -> None:
        """Warn that the copy leaves the encrypted store, then ask where to save it."""
        attachment = self._file.selected("attachments")
        if attachment is None or not self.save_attachment.isEnabled():
            return
        name = str(attachment.fields.get("filename") or "attachment")
        self._confirm(
            tr("Save a decrypted copy?"),
            tr("The copy of “{name}” will not be encrypted: anyone who can open the folder you "
               "choose can read it, and it is no longer protected by your workspace password. "
               "Save it only where your organisation allows, and delete it when you no longer "
               "need it. Saving it is recorded in the case's audit log.").format(name=name),
            tr("Choose where to save…"), lambda: self._choose_copy_path(attachment.id, name),
            keep=tr("Cancel"))

    def _choose_copy_path(self, record_id: str, name: str) -> None:
        chooser = QFileDialog(self._window, tr("Save a decrypted copy"))
        chooser.setObjectName("save_copy_chooser")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setFileMode(QFileDialog.FileMode.AnyFile)
        chooser.selectFile(name)
        self.open_dialogs.append(chooser)
        chooser.fileSelected.connect(lambda path: self._save_copy(record_id, Path(path)))
        chooser.finished.connect(lambda _r: self._forget(chooser))
        chooser.open()

    def _save_copy(self, record_id: str, dest: Path) -> None:
        def saved(_size: int) -> None:
            self._reporter.show_info(tr("A decrypted copy was saved to {dest}. It is not "
                                        "encrypted: delete it when you no longer need it.").format(
                                         dest=dest))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, AttachmentNotHere):
                self._reporter.show_info(str(exc))
            else:
                self._reporter.report(exc, where="saving a copy of an attachment")

        self._worker.run(lambda cw: save_attachment_copy(cw, record_id, dest), saved, failed)

    # -- the case summary ----------------------------------------------------------------------

    def start_summary(self, *, to_pdf: bool) -> None:
        """Ask whether to redact, then save the summary as a PDF (after choosing where) or
        print it (the system's print dialog); either is audited once it is done."""
        data = self._file.data
        action = self.save_summary if to_pdf else self.print_summary
        if data is None or self.session is None or not action.isEnabled():
            return
        case_id = data.file.case.id
        number = str(data.file.case.fields.get("case_number", ""))
        dialog = SummaryDialog(self._window, number, to_pdf=to_pdf, worker=self._worker)

        def accepted() -> None:
            redact = dialog.redact()
            self._forget(dialog)
            if to_pdf:
                self._choose_summary_path(case_id, number, redact)
            else:
                self._run(lambda cw: case_summary(cw, case_id, redact=redact),
                          lambda summary: self._print_summary(summary),
                          "reading the case summary")

        self._open(dialog, accepted)

    def _choose_summary_path(self, case_id: str, number: str, redact: bool) -> None:
        chooser = QFileDialog(self._window, tr("Save the case summary as PDF"))
        chooser.setObjectName("summary_chooser")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setFileMode(QFileDialog.FileMode.AnyFile)
        chooser.setNameFilter(tr("PDF files (*.pdf)"))
        chooser.setDefaultSuffix("pdf")
        chooser.selectFile(summary_file_name(number))
        self.open_dialogs.append(chooser)
        chooser.fileSelected.connect(lambda path: self._save_summary(case_id, Path(path),
                                                                     redact))
        chooser.finished.connect(lambda _r: self._forget(chooser))
        chooser.open()

    def _save_summary(self, case_id: str, dest: Path, redact: bool) -> None:
        """Read the summary on the worker, write the PDF here (a few pages: well under a
        second), then audit it; a file whose audit entry failed is removed."""
        def write(summary: CaseSummary) -> None:
            if self.session is None:
                return  # locked meanwhile: nothing leaves the workspace
            try:
                pages = write_summary(summary, dest, self.agency(), self.session.user)
            except OSError as exc:
                self._reporter.report(exc, where="saving the case summary")
                return

            def saved(_none: None) -> None:
                self._reporter.show_info(
                    plural(pages,
                           tr("The case summary (%Ln page) was saved to {path}. It is not "
                              "encrypted: delete it when you no longer need it.", "", pages),
                           tr("The case summary (%Ln pages) was saved to {path}. It is not "
                              "encrypted: delete it when you no longer need it.", "", pages))
                    .format(path=dest))

            def failed(exc: BaseException) -> None:
                dest.unlink(missing_ok=True)
                self._reporter.report(exc, where="recording the case summary")

            self._worker.run(lambda cw: record_summary_output(
                cw, case_id, printed=False, redacted=redact), saved, failed)

        self._run(lambda cw: case_summary(cw, case_id, redact=redact), write,
                  "reading the case summary")

    def _print_summary(self, summary: CaseSummary) -> None:
        if self.session is None:
            return
        user = self.session.user
        left, right = summary_headers(summary, self.agency(), user)
        html = to_html(summary, self.agency(), user, summary.printed_at, localize)

        def printed(_pages: int) -> None:
            self._run(lambda cw: record_summary_output(cw, summary.case_id, printed=True,
                                                       redacted=summary.redacted),
                      lambda _none: self._reporter.show_info(
                          tr("The case summary was sent to the printer.")),
                      "recording the printed case summary")

        def closed() -> None:
            if self.summary_print_dialog in self.open_dialogs:
                self.open_dialogs.remove(self.summary_print_dialog)
            self.summary_print_dialog = None

        self.summary_print_dialog = print_html(
            self._window, html, f"Case summary {summary.case_number}", left, right, printed,
            closed)
        self.open_dialogs.append(self.summary_print_dialog)

    def _confirm(self, title: str, text: str, yes: str, then: Callable[[], None],
                 keep: str = "Keep it") -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, self._window)
        box.setObjectName("confirm")
        go = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        go.setObjectName("confirmYes")
        box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
        self.open_dialogs.append(box)

        def answered() -> None:
            self._forget(box)
            if box.clickedButton() is go:
                then()

        box.finished.connect(lambda _r: answered())
        box.open()


__all__ = ["AttachFileDialog", "AttachmentNotHere", "CaseActions", "ReassignDialog",
           "save_attachment_copy"]
