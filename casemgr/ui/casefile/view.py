"""The case file: overview, visits, assessments, case plan, referrals, tasks, notes,
attachments and history of one case, read on the worker and refreshed when its records change;
and, for the supervisors of its team and admins, who opened it (Access, read from the server:
casefile.access).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casemgr.app.access import sees_access_log
from casemgr.app.casework import CaseFile, Casework
from casemgr.app.changes import Changes
from casemgr.app.glass import ENDING_NEEDS_SERVER, NeedsConnection
from casemgr.domain import schedule
from casemgr.domain.permissions import Actor, CaseAccess
from casemgr.domain.records import (
    Decision,
    Record,
    display_name,
)
from casemgr.sync.transport import Offline, Refused
from casemgr.ui.casefile.access import AccessPanel
from casemgr.ui.casefile.history import HistoryRow, load_history, row_text, row_tooltip
from casemgr.ui.dialogs import PlanEditor
from casemgr.ui.errors import user_message
from casemgr.ui.i18n import N_, local_date, local_datetime, local_moment, localize, num, plural, tr
from casemgr.ui.labels import RESTRICTED, field_text
from casemgr.ui.pages.caselist import risk_text, status_text
from casemgr.ui.widgets import palette
from casemgr.ui.widgets.tables import Column, RowsModel, RowsTable
from casemgr.ui.workers.db import DbWorker, SignedIn
from casemgr.ui.workers.sync import SyncWorker

TABS = ("overview", "visits", "assessments", "plan", "referrals", "tasks", "notes",
        "attachments", "history", "access")


@dataclass(frozen=True)
class CaseFileData:
    """A case file as read on the worker, with the names its records refer to."""

    file: CaseFile
    providers: dict[str, str] = field(default_factory=dict)
    form_titles: dict[str, str] = field(default_factory=dict)
    # When this device's break-glass access to the case ends (UTC, ISO); None: it has none.
    emergency_until: str | None = None


def emergency_text(until_iso: str) -> str:
    """The case file's banner while a break-glass access runs (casemgr.app.glass)."""
    until = datetime.fromisoformat(until_iso.replace("Z", "+00:00"))
    return tr("Emergency access until {time}. This case is not in your caseload: everything "
              "you do in it is recorded, your supervisor has been told, and it leaves this "
              "computer when the access ends.").format(time=local_datetime(until))


def end_refusal(exc: BaseException) -> str:
    """Why a break-glass access was not ended, as the banner (or the notice) says it."""
    if isinstance(exc, NeedsConnection | Offline):
        return tr("Ending emergency access needs a connection to the server, which decides "
                  "and records it. Connect to the network and try again.")
    if isinstance(exc, Refused) and exc.status == 404:
        return tr("This emergency access has already ended.")
    if isinstance(exc, Refused) and exc.status == 403:
        return tr("Only the case's supervisor or an administrator may end someone else's "
                  "emergency access.")
    return user_message(exc)


def load_case_file(cw: Casework, case_id: str, *, audited: bool) -> CaseFileData:
    """Opening a case file is audited; refreshing one already open is not."""
    cf = cw.open_case_file(case_id) if audited else cw.case_file(case_id)
    providers = cw.provider_names(r.fields.get("provider_id") for r in cf.referrals)
    titles = {fid: form.text(form.title) for (fid, _v), form in cw.forms.items()}
    return CaseFileData(cf, providers, titles, cw.emergency_access_until(case_id))


def _f(record: Record, name: str) -> str:
    """A field of a record as a caseworker reads it (words for codes), on one line; a value
    the server withheld from this user says so, never a blank that looks like no answer."""
    if name in record.withheld:
        return tr(RESTRICTED)
    return field_text(record.type.value, name, record.fields.get(name)).replace("\n", " ")


TASK_STATE_TEXT = {
    schedule.TaskState.OVERDUE: N_("Overdue"), schedule.TaskState.DUE_TODAY: N_("Due today"),
    schedule.TaskState.UPCOMING: N_("Upcoming"), schedule.TaskState.DONE: N_("Done"),
    schedule.TaskState.CANCELLED: N_("Cancelled"),
}  # translated where shown


def task_state_colour(state: schedule.TaskState) -> QColor | None:
    if state is schedule.TaskState.OVERDUE:
        return palette.error()
    if state is schedule.TaskState.DUE_TODAY:
        return palette.warning()
    return None


class CaseFileView(QWidget):
    """One open case file. Everything on it is cleared when the workspace locks."""

    shown = Signal(str)  # case id, each time the file is (re)drawn
    history_shown = Signal()
    closed = Signal()
    selection_changed = Signal()
    add_note_requested = Signal(str)  # the note's text
    # A row double-clicked (or Enter) in "visits", "assessments", "referrals" or "tasks":
    # CaseActions opens it (an assessment to read) or its correction.
    row_activated = Signal(str)

    def __init__(self, worker: DbWorker, today: Callable[[], date],
                 parent: QWidget | None = None, network: SyncWorker | None = None) -> None:
        """`network`: the sync thread, through which the Access tab asks the server."""
        super().__init__(parent)
        self._worker = worker
        self._network = network
        self._actor: Actor | None = None
        self._today = today
        self.data: CaseFileData | None = None
        self.case_id: str | None = None
        self._generation = 0
        self._history_stale = True
        self._people: dict[str, str] = {}
        self._last_seen: dict[str, str] = {}  # child's person id -> date last seen

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back = QPushButton(tr("← Cases"))
        self.back.setObjectName("backToCases")
        self.back.setToolTip(tr("Back to the list (Esc)"))
        self.back.clicked.connect(self.closed)
        top.addWidget(self.back)
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        top.addWidget(self.title, 1)
        self.risk_badge = QLabel()
        self.risk_badge.setObjectName("riskBadge")
        top.addWidget(self.risk_badge)
        self.status_badge = QLabel()
        self.status_badge.setObjectName("statusBadge")
        top.addWidget(self.status_badge)
        layout.addLayout(top)
        self.emergency_banner = QLabel()
        self.emergency_banner.setObjectName("emergencyAccessBanner")
        self.emergency_banner.setWordWrap(True)
        self.emergency_banner.setTextFormat(Qt.TextFormat.PlainText)
        banner_font = self.emergency_banner.font()
        banner_font.setBold(True)
        self.emergency_banner.setFont(banner_font)
        palette.apply_style(self.emergency_banner, lambda pal: palette.badge_style(palette=pal))
        # The banner and, beside it, the holder's way to give the access back before its end.
        self.emergency_panel = QFrame()
        self.emergency_panel.setObjectName("emergencyAccessPanel")
        emergency_row = QHBoxLayout(self.emergency_panel)
        emergency_row.setContentsMargins(0, 0, 0, 0)
        emergency_words = QVBoxLayout()
        emergency_words.addWidget(self.emergency_banner)
        self.emergency_error = QLabel()
        self.emergency_error.setObjectName("endEmergencyAccessError")
        self.emergency_error.setWordWrap(True)
        self.emergency_error.setTextFormat(Qt.TextFormat.PlainText)
        self.emergency_error.hide()
        emergency_words.addWidget(self.emergency_error)
        emergency_row.addLayout(emergency_words, 1)
        self.end_emergency = QPushButton(tr("End emergency access"))
        self.end_emergency.setObjectName("endEmergencyAccess")
        self.end_emergency.setToolTip(tr(
            "You no longer need this case: it leaves this computer now, and your supervisor "
            "sees that you ended the access. Needs a connection to the server."))
        self.end_emergency.clicked.connect(self._end_emergency_clicked)
        emergency_row.addWidget(self.end_emergency, 0, Qt.AlignmentFlag.AlignTop)
        self.emergency_panel.hide()
        layout.addWidget(self.emergency_panel)
        self.action_row = QHBoxLayout()
        self.action_row.addStretch(1)
        layout.addLayout(self.action_row)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        layout.addWidget(self.tabs, 1)
        self._button_rows: dict[str, QHBoxLayout] = {}
        self._build_overview()
        self._build_visits()
        self._build_assessments()
        self._build_plan()
        self._build_referrals()
        self._build_tasks()
        self._build_notes()
        self._build_attachments()
        self._build_history()
        self._build_access()
        self.tabs.currentChanged.connect(self._tab_changed)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.closed.emit)
        worker.changes_made.connect(self._apply_changes)

    # -- building ------------------------------------------------------------------------------

    def _page(self, name: str, title: str) -> QVBoxLayout:
        page = QWidget()
        page.setObjectName(f"{name}Tab")
        layout = QVBoxLayout(page)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self._button_rows[name] = buttons
        self.tabs.addTab(page, title)
        layout.addLayout(buttons)
        return layout

    def button_row(self, tab: str) -> QHBoxLayout:
        return self._button_rows[tab]

    def add_action_button(self, tab: str | None, action: QAction) -> QToolButton:
        """A button for a workflow action, on a tab's row or the case file's top row."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # A button follows its action's visibility too (hidden for a role that can never
        # use it), which a QToolButton does not do by itself.
        action.changed.connect(lambda: button.setVisible(action.isVisible()))
        button.setVisible(action.isVisible())
        row = self.action_row if tab is None else self._button_rows[tab]
        row.insertWidget(row.count() - 1, button)
        return button

    def _activates(self, table: RowsTable, kind: str) -> None:
        """A double-click or Enter on a row of `table` asks for it to be opened."""
        table.activated.connect(lambda _index: self.row_activated.emit(kind))

    def _build_overview(self) -> None:
        layout = self._page("overview", tr("Overview"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        columns = QHBoxLayout(body)
        self._labels: dict[str, QLabel] = {}
        case_form, family_form = QFormLayout(), QFormLayout()
        for form, items in (
            (case_form, (("case_number", tr("Case number")), ("status", tr("Status")),
                         ("risk", tr("Risk")), ("assigned_to", tr("Caseworker")),
                         ("team", tr("Team")), ("opened_on", tr("Opened on")),
                         ("legal_basis", tr("Consent or legal basis")),
                         ("consent", tr("Consent given by")),
                         ("protection_concerns", tr("Protection concerns")),
                         ("closure", tr("Closure")), ("summary", tr("Summary")),
                         ("abuse_disclosure", tr("Disclosure of abuse")),
                         ("legal_proceedings", tr("Legal proceedings")))),
            (family_form, (("family", tr("Family")), ("address", tr("Address")),
                           ("area", tr("Area")), ("phone", tr("Phone")),
                           ("language", tr("Language")))),
        ):
            for key, text in items:
                label = QLabel()
                label.setObjectName(f"overview_{key}")
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self._labels[key] = label
                form.addRow(tr("{label}:").format(label=text), label)
        columns.addLayout(case_form, 1)
        columns.addLayout(family_form, 1)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        layout.addWidget(QLabel(tr("Members of the household")))
        self.members = RowsModel[Record]([
            Column(tr("Name"), lambda r: display_name(r.type, r.fields),
                   # what an administrator's subject access or erasure asks for
                   tooltip=lambda r: tr("Person id {id}").format(id=r.id)),
            Column(tr("Role"), lambda r: _f(r, "role")),
            Column(tr("Born"), lambda r: _f(r, "date_of_birth") or (
                tr("about {age} years").format(age=_f(r, "estimated_age"))
                if r.fields.get("estimated_age")
                is not None else "")),
            Column(tr("Last seen"), lambda r: self._seen_text(r)),
            Column(tr("Sex"), lambda r: _f(r, "sex")),
            Column(tr("Relationship"), lambda r: _f(r, "relationship")),
            Column(tr("School"), lambda r: _f(r, "school")),
            Column(tr("HIV status"), lambda r: _f(r, "hiv_status")),
        ], lambda r: r.id, self)
        self.members_table = RowsTable(self.members, "membersTable")
        layout.addWidget(self.members_table, 1)

    def _build_visits(self) -> None:
        layout = self._page("visits", tr("Visits"))
        self.visits = RowsModel[Record]([
            Column(tr("Date"), lambda r: _f(r, "visit_date")),
            Column(tr("Type"), lambda r: _f(r, "visit_type")),
            Column(tr("Children seen"), lambda r: self._children_seen_text(r)),
            Column(tr("Safety concern"), lambda r: _f(r, "safety_concern"),
                   foreground=lambda r: palette.error() if r.fields.get("safety_concern")
                   else None),
            Column(tr("Who was present"), lambda r: _f(r, "participants")),
            Column(tr("Follow-up"), lambda r: _f(r, "follow_up")),
        ], lambda r: r.id, self)
        split = QSplitter(Qt.Orientation.Vertical)
        self.visits_table = RowsTable(self.visits, "visitsTable")
        split.addWidget(self.visits_table)
        self.visit_detail = QTextBrowser()
        self.visit_detail.setObjectName("visitObservations")
        split.addWidget(self.visit_detail)
        layout.addWidget(split, 1)
        self.visits_table.selectionModel().selectionChanged.connect(self._show_visit)
        self.visits_table.selectionModel().selectionChanged.connect(self.selection_changed)
        self._activates(self.visits_table, "visits")

    def _build_assessments(self) -> None:
        layout = self._page("assessments", tr("Assessments"))
        self.assessments = RowsModel[Record]([
            Column(tr("Completed on"), lambda r: _f(r, "completed_on")),
            Column(tr("Form"), lambda r: self._form_title(r)),
            Column(tr("Score"), lambda r: f"{r.fields['score']:g}"
                   if isinstance(r.fields.get("score"), int | float) else ""),
            Column(tr("Suggested risk"), lambda r: risk_text(r.fields.get("suggested_risk"))
                   if r.fields.get("suggested_risk") else "",
                   background=lambda r: palette.risk_background(r.fields.get("suggested_risk")),
                   foreground=lambda r: palette.risk_foreground(r.fields.get("suggested_risk"))),
        ], lambda r: r.id, self)
        self.assessments_table = RowsTable(self.assessments, "assessmentsTable")
        self.assessments_table.setToolTip(tr("Double-click or press Enter to read an assessment "
                                             "with every answer"))
        layout.addWidget(self.assessments_table, 1)
        self.assessments_table.selectionModel().selectionChanged.connect(
            self.selection_changed)
        self._activates(self.assessments_table, "assessments")

    def _build_plan(self) -> None:
        layout = self._page("plan", tr("Case plan"))
        split = QSplitter(Qt.Orientation.Vertical)
        self.plan_editor = PlanEditor(today=self._today())
        split.addWidget(self.plan_editor)
        approvals_box = QWidget()
        approvals_layout = QVBoxLayout(approvals_box)
        approvals_layout.setContentsMargins(0, 0, 0, 0)
        approvals_layout.addWidget(QLabel(tr("Approval requests")))
        self.approvals = RowsModel[Record]([
            Column(tr("Request"), lambda r: _f(r, "kind")),
            Column(tr("Requested by"), lambda r: _f(r, "requested_by")),
            Column(tr("Requested at"), lambda r: local_moment(_f(r, "requested_at"))),
            Column(tr("Decision"), lambda r: _f(r, "decision"),
                   bold=lambda r: r.fields.get("decision") == Decision.PENDING.value),
            Column(tr("Decided by"), lambda r: _f(r, "decided_by")),
            Column(tr("Comment"), lambda r: _f(r, "comment")),
        ], lambda r: r.id, self)
        self.approvals_table = RowsTable(self.approvals, "approvalsTable")
        approvals_layout.addWidget(self.approvals_table)
        split.addWidget(approvals_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self._plan_shown: object = None

    def _build_referrals(self) -> None:
        layout = self._page("referrals", tr("Referrals"))
        self.referrals = RowsModel[Record]([
            Column(tr("Service"), lambda r: _f(r, "service_type")),
            Column(tr("Provider"), lambda r: self._provider(r)),
            Column(tr("Child"), lambda r: self._people.get(r.fields.get("person_id") or "", "")),
            Column(tr("Urgency"), lambda r: _f(r, "urgency"),
                   bold=lambda r: r.fields.get("urgency") == "emergency"),
            Column(tr("Status"), lambda r: _f(r, "status")),
            Column(tr("Sent on"), lambda r: _f(r, "sent_on")),
            Column(tr("Consent"), lambda r: tr("Recorded") if r.fields.get("consent") else (
                tr("Override: {reason}").format(reason=_f(r, "consent_override_reason"))
                if r.fields.get("consent_override_reason") else tr("Not recorded"))),
            Column(tr("Outcome"), lambda r: _f(r, "outcome") or _f(r, "response")),
        ], lambda r: r.id, self)
        self.referrals_table = RowsTable(self.referrals, "referralsTable")
        layout.addWidget(self.referrals_table, 1)
        self.referrals_table.selectionModel().selectionChanged.connect(self.selection_changed)
        self._activates(self.referrals_table, "referrals")

    def _build_tasks(self) -> None:
        layout = self._page("tasks", tr("Tasks"))
        self.tasks = RowsModel[Record]([
            Column(tr("Task"), lambda r: tr(_f(r, "title"))),  # tasks casemgr makes: in words
            Column(tr("Due"), lambda r: _f(r, "due_date")),
            Column(tr("State"), lambda r: self._task_state_text(r),
                   foreground=lambda r: task_state_colour(self._task_state(r)),
                   bold=lambda r: self._task_state(r) is schedule.TaskState.OVERDUE),
            Column(tr("Assigned to"), lambda r: _f(r, "assigned_to")),
            Column(tr("Completed on"), lambda r: _f(r, "completed_on")),
        ], lambda r: r.id, self)
        self.tasks_table = RowsTable(self.tasks, "caseTasksTable")
        layout.addWidget(self.tasks_table, 1)
        self.tasks_table.selectionModel().selectionChanged.connect(self.selection_changed)
        self._activates(self.tasks_table, "tasks")

    def _build_notes(self) -> None:
        layout = self._page("notes", tr("Notes"))
        self.notes = RowsModel[Record]([
            Column(tr("Written"), lambda r: local_moment(r.created_at)),
            Column(tr("By"), lambda r: r.created_by),
            Column(tr("Note"), lambda r: _f(r, "text")),
        ], lambda r: r.id, self)
        self.notes_table = RowsTable(self.notes, "notesTable")
        layout.addWidget(self.notes_table, 1)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("noteText")
        self.note_edit.setPlaceholderText(tr("Write a note about this case (Ctrl+Enter adds it)"))
        self.note_edit.setMaximumHeight(110)
        layout.addWidget(self.note_edit)
        row = QHBoxLayout()
        self.note_error = QLabel()
        self.note_error.setObjectName("noteError")
        palette.apply_style(self.note_error, palette.error_style)
        row.addWidget(self.note_error, 1)
        self.add_note_button = QPushButton(tr("Add note"))
        self.add_note_button.setObjectName("addNote")
        self.add_note_button.clicked.connect(self._add_note_clicked)
        row.addWidget(self.add_note_button)
        layout.addLayout(row)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self.note_edit, self._add_note_clicked,
                      Qt.ShortcutContext.WidgetShortcut)

    def _build_attachments(self) -> None:
        layout = self._page("attachments", tr("Attachments"))
        self.attachments = RowsModel[Record]([
            Column(tr("File"), lambda r: _f(r, "filename")),
            Column(tr("Description"), lambda r: _f(r, "description")),
            Column(tr("Size"), lambda r: tr("{size} KiB").format(
                size=num(round(int(r.fields.get("size") or 0) / 1024)))),
            Column(tr("Added"), lambda r: local_date(r.created_at[:10])),
        ], lambda r: r.id, self)
        note = QLabel(tr("Files are kept encrypted on this device and synced with the case. "
                         "“Save a copy” writes a decrypted copy where you choose."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.attachments_table = RowsTable(self.attachments, "attachmentsTable")
        layout.addWidget(self.attachments_table, 1)
        self.attachments_table.selectionModel().selectionChanged.connect(
            self.selection_changed)

    def _build_history(self) -> None:
        layout = self._page("history", tr("History"))
        self.history_status = QLabel()
        self.history_status.setObjectName("historyStatus")
        layout.addWidget(self.history_status)
        self.history = RowsModel[HistoryRow]([
            Column(tr("When"), lambda h: h.at[:19].replace("T", " ")),
            Column(tr("Who"), lambda h: h.actor),
            Column(tr("Record"), lambda h: h.record),
            Column(tr("What"), lambda h: h.action, tooltip=row_tooltip),
            Column(tr("Sync"), lambda h: h.sync_state),
        ], lambda h: h.key, self)
        split = QSplitter(Qt.Orientation.Vertical)
        self.history_table = RowsTable(self.history, "historyTable")
        self.history_table.fit_columns(stretch=(3,))  # what was done takes the room left
        split.addWidget(self.history_table)
        # The selected entry whole: each field it changed, from what to what.
        self.history_detail = QTextBrowser()
        self.history_detail.setObjectName("historyDetail")
        self.history_detail.setPlaceholderText(tr("Select an entry to see what changed."))
        split.addWidget(self.history_detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.history_table.selectionModel().selectionChanged.connect(self._show_history_entry)

    def _build_access(self) -> None:
        layout = self._page("access", tr("Access"))
        self.access = AccessPanel()
        layout.addWidget(self.access, 1)
        self.tabs.setTabVisible(TABS.index("access"), False)  # for whom: `start`, `_show`

    def start(self, session: SignedIn) -> None:
        """Unlocked: who is signed in decides whether the Access tab is shown."""
        self._actor = Actor(session.user, session.role, session.teams)
        self.access.start(self._network, session.offline_only)

    # -- showing -------------------------------------------------------------------------------

    def open_case(self, case_id: str, on_error: Callable[[BaseException], None]) -> None:
        """Open (audited) and show a case file."""
        self._request(case_id, audited=True, on_error=on_error)

    def refresh(self) -> None:
        if self.case_id:
            self._request(self.case_id, audited=False, on_error=None)

    def _request(self, case_id: str, *, audited: bool,
                 on_error: Callable[[BaseException], None] | None) -> None:
        self._generation += 1
        generation = self._generation
        self._worker.run(lambda cw: load_case_file(cw, case_id, audited=audited),
                         lambda data: self._show(generation, data), on_error)

    def _show(self, generation: int, data: CaseFileData) -> None:
        if generation != self._generation:
            return
        same_case = self.case_id == data.file.case.id
        self.data, self.case_id = data, data.file.case.id
        cf = data.file
        c = cf.case.fields
        family = cf.family.fields if cf.family else {}
        self._people = {p.id: display_name(p.type, p.fields) for p in cf.persons}
        self._last_seen = schedule.last_seen(cf.children, cf.visits)
        self.title.setText(tr("{case_number} · {name} family").format(
                               case_number=c['case_number'], name=family.get('name', '')))
        risk = c.get("risk")
        self.risk_badge.setText(risk_text(risk))
        palette.apply_style(self.risk_badge,
                            lambda pal: palette.risk_badge_style(risk, pal))
        self.status_badge.setText(status_text(c["status"]))
        self.emergency_banner.setText(emergency_text(data.emergency_until)
                                      if data.emergency_until else "")
        self.emergency_panel.setVisible(bool(data.emergency_until))
        if not same_case:
            self.emergency_error.hide()
            self.end_emergency.setEnabled(True)
        palette.apply_style(self.status_badge, lambda pal: palette.badge_style(palette=pal))
        consent = c.get("consent_given_by", "")
        if c.get("consent_date"):
            consent = tr("{who} on {date}").format(who=consent,
                                                   date=local_date(c["consent_date"]))
        overview = {
            "case_number": c["case_number"],
            "status": status_text(c["status"]) if c["status"] else "",
            "risk": risk_text(risk), "assigned_to": c["assigned_to"],
            "team": c.get("team") or "", "opened_on": local_date(c["opened_on"]),
            "legal_basis": _f(cf.case, "legal_basis"), "consent": consent,
            "protection_concerns": _f(cf.case, "protection_concerns"),
            "closure": (tr("Closed on {date}: ").format(date=local_date(c["closed_on"]))
                        if c.get("closed_on") else "")
            + (c.get("closure_reason") or ""),
            "summary": c.get("summary") or "",
            "abuse_disclosure": _f(cf.case, "abuse_disclosure"),
            "legal_proceedings": _f(cf.case, "legal_proceedings"),
            "family": family.get("name", ""), "address": family.get("address", ""),
            "area": family.get("area", ""), "phone": family.get("phone", ""),
            "language": family.get("language", ""),
        }
        for key, label in self._labels.items():
            label.setText(str(overview.get(key, "")))
        self._show_plan(cf)
        keep = {name: table.selected_id() for name, table in self._tables().items()} \
            if same_case else {}
        self.members.set_rows(cf.persons)
        self.visits.set_rows(cf.visits)
        self.assessments.set_rows(sorted(cf.assessments,
                                         key=lambda r: r.fields.get("completed_on", ""),
                                         reverse=True))
        self.approvals.set_rows(sorted(cf.approvals, key=lambda r: r.fields["requested_at"],
                                       reverse=True))
        self.referrals.set_rows(cf.referrals)
        self.tasks.set_rows(cf.tasks)
        self.notes.set_rows(sorted(cf.notes, key=lambda r: r.created_at, reverse=True))
        self.attachments.set_rows(cf.attachments)
        for name, table in self._tables().items():
            table.select_id(keep.get(name))
        self.tabs.setTabText(TABS.index("tasks"), self._tasks_title(cf))
        self._show_access_tab(cf, same_case)
        self._history_stale = True
        if not same_case:
            self.history.clear()
            self.history_detail.clear()
            self.history_status.clear()
            self.note_edit.clear()
            self.note_error.clear()
        if self.tabs.currentIndex() == TABS.index("history"):
            self.load_history()
        self.selection_changed.emit()
        self.shown.emit(self.case_id)

    def _tasks_title(self, cf: CaseFile) -> str:
        overdue = sum(self._task_state(t) is schedule.TaskState.OVERDUE for t in cf.tasks)
        return (tr("Tasks ({count} overdue)").format(count=num(overdue)) if overdue
                else tr("Tasks"))

    def _tables(self) -> dict[str, RowsTable]:
        return {"visits": self.visits_table, "assessments": self.assessments_table,
                "referrals": self.referrals_table,
                "tasks": self.tasks_table, "approvals": self.approvals_table,
                "notes": self.notes_table, "attachments": self.attachments_table}

    def _show_plan(self, cf: CaseFile) -> None:
        """Give the plan editor the plan as stored, only when it changed (so a refresh for
        another record keeps what is being typed)."""
        goals = [{"id": g.id, **g.fields} for g in sorted(cf.goals, key=lambda g: g.id)]
        shown = (cf.plan.id if cf.plan else None, cf.plan.fields if cf.plan else None, goals)
        if shown != self._plan_shown:
            self._plan_shown = shown
            self.plan_editor.set_plan(cf.plan.fields if cf.plan else None, goals)
        self.plan_editor.set_read_only(cf.case.fields.get("status") == "closed")

    def clear(self) -> None:
        """Locked: no trace of the case on screen or in the models."""
        self._generation += 1
        self.data, self.case_id = None, None
        self._people = {}
        self._last_seen = {}
        for label in (self.title, self.risk_badge, self.status_badge,
                      self.history_status, self.note_error, self.emergency_banner,
                      *self._labels.values()):
            label.clear()
        self.emergency_panel.hide()
        self.emergency_error.hide()
        self.end_emergency.setEnabled(True)
        self._plan_shown = None
        self.plan_editor.set_plan(None, [])
        for model in (self.members, self.visits, self.assessments, self.approvals,
                      self.referrals, self.tasks, self.notes, self.attachments, self.history):
            model.clear()
        self.visit_detail.clear()
        self.history_detail.clear()
        self.note_edit.clear()
        self.access.clear()  # (who is signed in stays: a case evicted clears the view too)
        self.tabs.setCurrentIndex(0)
        self.tabs.setTabVisible(TABS.index("access"), False)

    @Slot()
    def _end_emergency_clicked(self) -> None:
        """Give a break-glass access back before its end (casemgr.app.glass), online only:
        the sync after it takes the case off this computer and the view closes; a refusal
        is said under the banner."""
        case_id = self.case_id
        if case_id is None or self._network is None:
            return

        def ended(_at: str) -> None:
            if self.case_id == case_id:
                self.clear()
                self.closed.emit()

        def refused(exc: BaseException) -> None:
            if self.case_id != case_id:
                return  # another case shown (or locked) meanwhile
            self.end_emergency.setEnabled(True)
            self.emergency_error.setText(end_refusal(exc))
            self.emergency_error.show()

        self.end_emergency.setEnabled(False)
        self.emergency_error.hide()
        if not self._network.end_break_glass(case_id, None, ended, refused):
            refused(NeedsConnection(ENDING_NEEDS_SERVER))

    @Slot(object)
    def _apply_changes(self, changes: Changes) -> None:
        if self.case_id is not None and self.case_id in changes.case_ids:
            self.refresh()

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(name))

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if index == TABS.index("history") and self._history_stale:
            self.load_history()
        elif index == TABS.index("access") and self.case_id is not None:
            self.access.load(self.case_id)

    def _show_access_tab(self, cf: CaseFile, same_case: bool) -> None:
        """The Access tab for the supervisors of the case's team and admins only; read
        afresh from the server when another case is shown on it."""
        index = TABS.index("access")
        shown = self._actor is not None and sees_access_log(
            self._actor, CaseAccess.of_case(cf.case.fields))
        if not shown and self.tabs.currentIndex() == index:
            self.tabs.setCurrentIndex(0)
        self.tabs.setTabVisible(index, shown)
        if not same_case:
            self.access.clear()
            if shown and self.tabs.currentIndex() == index:
                self.access.load(cf.case.id)

    def load_history(self) -> None:
        if self.data is None:
            return
        self._history_stale = False
        cf = self.data.file
        records = [cf.case, *([cf.family] if cf.family else []), *cf.persons, *cf.visits,
                   *cf.assessments, *([cf.plan] if cf.plan else []), *cf.goals, *cf.approvals,
                   *cf.referrals, *cf.tasks, *cf.notes, *cf.attachments, *cf.conflicts]
        generation = self._generation
        self.history_status.setText(tr("Reading the audit log…"))
        self._worker.run(lambda cw: load_history(cw, records),
                         lambda rows: self._show_history(generation, rows))

    def _show_history(self, generation: int, rows: list[HistoryRow]) -> None:
        if generation != self._generation:
            return
        keep = self.history_table.selected_id()
        self.history.set_rows(rows)
        self.history_table.select_id(keep)
        self._show_history_entry()
        self.history_status.setText(
            tr("{count} entries in the history of this case's records: what was done here (the "
               "audit log) and what was received by sync. Select one to see each field it "
               "changed.").format(count=len(rows)))
        self.history_shown.emit()

    @Slot()
    def _show_history_entry(self) -> None:
        key = self.history_table.selected_id()
        row = self.history.row_of(key) if key else None
        entry = self.history.row_at(row) if row is not None else None
        self.history_detail.setPlainText(row_text(entry) if entry else "")

    @Slot()
    def _show_visit(self) -> None:
        record_id = self.visits_table.selected_id()
        row = self.visits.row_of(record_id) if record_id else None
        visit = self.visits.row_at(row) if row is not None else None
        self.visit_detail.setPlainText(str(visit.fields.get("observations", ""))
                                       if visit else "")

    # -- selections the actions need -----------------------------------------------------------

    def _seen_text(self, person: Record) -> str:
        """When a child was last seen on a visit; "" for an adult."""
        if person.fields.get("role") != "child":
            return ""
        seen = self._last_seen.get(person.id)
        if seen is None:
            return tr("Not seen on a visit yet")
        days = (self._today() - date.fromisoformat(seen)).days
        if days <= 0:
            return local_date(seen)
        return plural(days, tr("{date} (%Ln day ago)", "", days),
                      tr("{date} (%Ln days ago)", "", days)).format(date=local_date(seen))

    def _children_seen_text(self, visit: Record) -> str:
        named = visit.fields.get("children_seen")
        if isinstance(named, list):
            return ", ".join(self._people.get(pid, "?") for pid in named) or tr("None")
        return _f(visit, "child_seen")

    def selected(self, kind: str) -> Record | None:
        """The record selected in the visits, assessments, referrals, tasks, approvals, notes
        or attachments table."""
        table = self._tables()[kind]
        model = table.model()
        record_id = table.selected_id()
        if record_id is None or not isinstance(model, RowsModel):
            return None
        row = model.row_of(record_id)
        found = model.row_at(row) if row is not None else None
        return found if isinstance(found, Record) else None

    def pending_approval(self, kind: str) -> Record | None:
        """The case's approval request of `kind` (case_plan or closure) still waiting."""
        if self.data is None:
            return None
        return next((a for a in self.data.file.approvals
                     if a.fields.get("kind") == kind
                     and a.fields.get("decision") == Decision.PENDING.value), None)

    def _task_state(self, record: Record) -> schedule.TaskState:
        return schedule.task_state(record.fields, self._today())

    def _task_state_text(self, record: Record) -> str:
        state = self._task_state(record)
        text = tr(TASK_STATE_TEXT[state])
        if state is schedule.TaskState.OVERDUE:
            days = (self._today() - date.fromisoformat(record.fields["due_date"])).days
            text = plural(days, tr("{state} by %Ln day", "", days),
                          tr("{state} by %Ln days", "", days)).format(state=text)
        return text

    def _provider(self, record: Record) -> str:
        if self.data is None:
            return ""
        return self.data.providers.get(record.fields.get("provider_id") or "", "")

    def _form_title(self, record: Record) -> str:
        form_id = str(record.fields.get("form_id", ""))
        title = self.data.form_titles.get(form_id, form_id) if self.data else form_id
        return f"{title} (v{record.fields.get('form_version', '?')})"

    # -- notes ---------------------------------------------------------------------------------

    @Slot()
    def _add_note_clicked(self) -> None:
        text = self.note_edit.toPlainText().strip()
        if not text:
            self.note_error.setText(tr("Write the note first."))
            return
        self.note_error.clear()
        self.add_note_button.setEnabled(False)
        self.add_note_requested.emit(text)

    def note_saved(self) -> None:
        self.note_edit.clear()
        self.note_error.clear()
        self.add_note_button.setEnabled(True)
        self.show_tab("notes")

    def note_refused(self, errors: dict[str, str]) -> None:
        self.note_error.setText("; ".join(map(localize, errors.values()))
                                or tr("The note was not saved."))
        self.add_note_button.setEnabled(True)


__all__ = ["TABS", "CaseFileData", "CaseFileView", "HistoryRow", "load_case_file",
           "load_history"]  # the history's two from casefile.history
