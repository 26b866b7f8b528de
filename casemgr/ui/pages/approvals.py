"""The Approvals page, the supervisor's queue: every case plan and closure waiting for their
decision, oldest first, with the worker, the case's risk and the days waiting; "Decide…"
shows what is asked (the plan against its last approved version, or the closure with its
checklist) and approves or sends back, offline too (casemgr.app.approvals). A request whose
plan changed since it was asked shows as out of date and cannot be decided; a decision the
server refused on sync (the plan had changed meanwhile) is reported above the queue until
dismissed. Above the queue, "Emergency access" lists the break-glass notices the server
sent this user (who opened which case outside their caseload, why, until when): each can
be acknowledged (its task, also on Today, is done) or, while it runs, ended now (online).
They count in the navigation's badge."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casemgr.app.approvals import EmergencyNotice, QueueItem, RefusedDecision
from casemgr.app.casework import Casework
from casemgr.app.changes import Changes
from casemgr.domain.records import RecordType
from casemgr.ui.dialogs.break_glass import REASON_WORDS
from casemgr.ui.i18n import local_date, local_datetime, num, plural, tr
from casemgr.ui.labels import choice_label
from casemgr.ui.pages.base import Page, state_label
from casemgr.ui.pages.caselist import risk_text
from casemgr.ui.widgets import palette
from casemgr.ui.widgets.tables import Column, RowsModel, RowsTable
from casemgr.ui.workers.db import DbWorker

Loaded = tuple[list[QueueItem], list[RefusedDecision], list[EmergencyNotice]]

# Waiting longer than this shows in colour: a plan or a closure should not wait a week.
LONG_WAIT_DAYS = 5


def _refused_line(r: RefusedDecision) -> str:
    """"Your approval of the case plan of case 2026-0042 did not count: …" (the server's
    reason as it gave it)."""
    line = (tr("Your approval of the {kind} of case {case} did not count: {reason}")
            if r.decision == "approved" else
            tr("Your sending back of the {kind} of case {case} did not count: {reason}"))
    return line.format(kind=choice_label("approval_kind", r.kind).lower() if r.kind
                       else tr("request"),
                       case=r.case_number or tr("(no longer on this device)"), reason=r.reason)


def _moment(iso: str) -> str:
    return local_datetime(datetime.fromisoformat(iso.replace("Z", "+00:00")))


def notice_text(n: EmergencyNotice) -> str:
    """"carla opened case NRB-00042 outside her caseload on …, until ….\nReason: …: her
    words" (or that it ended, and when, and by whom)."""
    opened = tr("{holder} opened case {case} outside their caseload on {when}.").format(
        holder=n.holder, case=n.case_number, when=_moment(n.granted_at))
    if n.ended_at is not None:
        until = (tr("They ended the access at {time}.").format(time=_moment(n.ended_at))
                 if n.ended_by == n.holder else
                 tr("{who} ended the access at {time}.").format(who=n.ended_by or "",
                                                               time=_moment(n.ended_at)))
    elif n.running:
        until = tr("The access runs until {time}.").format(time=_moment(n.expires_at))
    else:
        until = tr("The access ended at {time}.").format(time=_moment(n.expires_at))
    words = REASON_WORDS.get(n.reason)
    reason = tr("Reason: {reason}: {note}").format(
        reason=tr(words) if words else n.reason, note=n.note)
    return f"{opened} {until}\n{reason}"


class NoticeRow(QWidget):
    """One break-glass notice on the Approvals page, with what the supervisor can do."""

    def __init__(self, notice: EmergencyNotice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notice = notice
        self.setObjectName("emergencyNotice")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        words = QVBoxLayout()
        self.text = QLabel(notice_text(notice))
        self.text.setObjectName("emergencyNoticeText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words.addWidget(self.text)
        self.error = QLabel()
        self.error.setObjectName("emergencyNoticeError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        words.addWidget(self.error)
        row.addLayout(words, 1)
        self.end = QPushButton(tr("End access now"))
        self.end.setObjectName("endAccessNow")
        self.end.setEnabled(notice.running)
        self.end.setToolTip(
            tr("End this emergency access now: the case leaves their computer at its next "
               "sync. Needs a connection to the server.") if notice.running else
            tr("This access has already ended."))
        row.addWidget(self.end, 0, Qt.AlignmentFlag.AlignTop)
        self.acknowledge = QPushButton(tr("Acknowledge"))
        self.acknowledge.setObjectName("acknowledgeNotice")
        self.acknowledge.setToolTip(tr("You have read this: the notice leaves this page and "
                                       "your Today list."))
        row.addWidget(self.acknowledge, 0, Qt.AlignmentFlag.AlignTop)


class ApprovalsPage(Page):
    open_case_requested = Signal(str)
    decide_requested = Signal(object)  # the QueueItem
    end_access_requested = Signal(object)  # the EmergencyNotice
    count_changed = Signal(int)
    refresh_hidden = True  # the navigation shows the count, whichever page is on screen

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = state_label("approvalsSummary")
        top.addWidget(self.summary, 1)
        self.decide = QPushButton(tr("Decide…"))
        self.decide.setObjectName("decideQueued")
        self.decide.clicked.connect(self._decide_clicked)
        top.addWidget(self.decide)
        self.open_case = QPushButton(tr("Open case"))
        self.open_case.setObjectName("openQueuedCase")
        self.open_case.clicked.connect(self._open_clicked)
        top.addWidget(self.open_case)
        layout.addLayout(top)
        # Decisions the server refused: said until the supervisor has read them.
        self.refused_panel = QFrame()
        self.refused_panel.setObjectName("refusedDecisions")
        palette.apply_style(self.refused_panel,
                            lambda pal: palette.notice_panel_style("refusedDecisions", pal))
        refused_row = QHBoxLayout(self.refused_panel)
        self.refused_text = QLabel()
        self.refused_text.setObjectName("refusedDecisionsText")
        self.refused_text.setWordWrap(True)
        refused_row.addWidget(self.refused_text, 1)
        self.dismiss = QPushButton(tr("Dismiss"))
        self.dismiss.setObjectName("dismissRefused")
        self.dismiss.setToolTip(tr("You have read this; the Sync page keeps every refused change."))
        self.dismiss.clicked.connect(self._dismiss_clicked)
        refused_row.addWidget(self.dismiss)
        self.refused_panel.hide()
        self._refused: list[RefusedDecision] = []
        layout.addWidget(self.refused_panel)
        # Break-glass notices (casemgr.app.approvals.emergency_notices): above the queue.
        self.emergency_panel = QFrame()
        self.emergency_panel.setObjectName("emergencyNotices")
        palette.apply_style(self.emergency_panel,
                            lambda pal: palette.notice_panel_style("emergencyNotices", pal))
        emergency = QVBoxLayout(self.emergency_panel)
        heading = QLabel(tr("Emergency access"))
        heading.setObjectName("emergencyNoticesHeading")
        heading_font = heading.font()
        heading_font.setBold(True)
        heading.setFont(heading_font)
        emergency.addWidget(heading)
        self.emergency_rows = QVBoxLayout()
        emergency.addLayout(self.emergency_rows)
        self.emergency_panel.hide()
        self.notice_rows: list[NoticeRow] = []
        layout.addWidget(self.emergency_panel)
        self.model = RowsModel[QueueItem]([
            Column(tr("Waiting"), lambda i: plural(i.days_waiting,
                                                   tr("%Ln day", "", i.days_waiting),
                                                   tr("%Ln days", "", i.days_waiting)),
                   foreground=lambda i: palette.error() if i.days_waiting > LONG_WAIT_DAYS
                   else None),
            Column(tr("Request"), lambda i: choice_label("approval_kind", i.kind)
                   + (tr(" (changed since asked)") if i.out_of_date else ""),
                   foreground=lambda i: palette.muted() if i.out_of_date else None),
            Column(tr("Case"), lambda i: i.case_number),
            Column(tr("Family"), lambda i: i.family_name),
            Column(tr("Caseworker"), lambda i: i.worker),
            Column(tr("Risk"), lambda i: risk_text(i.risk),
                   background=lambda i: palette.risk_background(i.risk),
                   foreground=lambda i: palette.risk_foreground(i.risk)),
            Column(tr("Asked by"), lambda i: tr("{who} on {date}").format(
                who=i.requested_by, date=local_date(i.requested_at[:10]))),
        ], lambda i: i.approval_id, self)
        self.table = RowsTable(self.model, "approvalsTable")
        self.table.doubleClicked.connect(self._decide_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        layout.addWidget(self.table, 1)
        self._selection()

    def start(self) -> None:
        """Unlocked as a supervisor: read the queue now, for the navigation's count."""
        self.activate()
        self.refresh()

    def load(self, cw: Casework) -> Loaded:
        return cw.approval_queue(), cw.refused_decisions(), cw.emergency_notices()

    def affected_by(self, changes: Changes) -> bool:
        # Tasks: a break-glass notice comes as one (and a sync that changed them says so).
        return (RecordType.APPROVAL in changes.types or RecordType.CASE_PLAN in changes.types
                or RecordType.PLAN_GOAL in changes.types or RecordType.TASK in changes.types
                or bool(changes.deleted_cases))

    def show_loaded(self, data: Loaded) -> None:
        items, refused, notices = data
        keep = self.table.selected_id()
        self.model.set_rows(items)
        self.table.select_id(keep)
        late = sum(i.days_waiting > LONG_WAIT_DAYS for i in items)
        waiting = sum(not i.out_of_date for i in items)
        stale = len(items) - waiting
        self.summary.setText(
            tr("Nothing is waiting for your decision.") if not items else
            plural(waiting, tr("%Ln request waiting for your decision, oldest first", "", waiting),
                   tr("%Ln requests waiting for your decision, oldest first", "", waiting))
            + (tr("; {count} for more than {days} days").format(
                count=num(late), days=num(LONG_WAIT_DAYS)) if late else "")
            + "." + (" " + plural(
                stale,
                tr("%Ln changed since it was asked: the caseworker must submit again.", "",
                   stale),
                tr("%Ln changed since they were asked: the caseworker must submit again.", "",
                   stale)) if stale else ""))
        self._show_refused(refused)
        self._show_notices(notices)
        self.count_changed.emit(waiting + len(notices))
        self._selection()

    def _show_notices(self, notices: list[EmergencyNotice]) -> None:
        if notices == [row.notice for row in self.notice_rows]:
            return  # the same: the rows (and what they say went wrong) stay
        for old in self.notice_rows:
            self.emergency_rows.removeWidget(old)
            old.deleteLater()
        self.notice_rows = []
        for notice in notices:
            row = NoticeRow(notice, self.emergency_panel)
            row.acknowledge.clicked.connect(lambda _=False, r=row: self._acknowledge_clicked(r))
            row.end.clicked.connect(lambda _=False, r=row: self._end_clicked(r))
            self.emergency_rows.addWidget(row)
            self.notice_rows.append(row)
        self.emergency_panel.setVisible(bool(notices))

    def _acknowledge_clicked(self, row: NoticeRow) -> None:
        """Seen: the notice's task is done (synced like any change); the page reads again
        (and the row goes). Once: a second click before then would do it twice."""
        row.acknowledge.setEnabled(False)
        task_id = row.notice.task_id
        self._worker.run(lambda cw: cw.acknowledge_notice(task_id))

    def _end_clicked(self, row: NoticeRow) -> None:
        row.end.setEnabled(False)
        row.error.hide()
        self.end_access_requested.emit(row.notice)

    def end_refused(self, notice: EmergencyNotice, message: str) -> None:
        """The server did not end the access (offline, already ended): said on its row."""
        for row in self.notice_rows:
            if row.notice.grant_id == notice.grant_id:
                row.error.setText(message)
                row.error.show()
                row.end.setEnabled(row.notice.running)

    def _show_refused(self, refused: list[RefusedDecision]) -> None:
        self._refused = refused
        self.refused_panel.setVisible(bool(refused))
        self.refused_text.setText("\n".join(map(_refused_line, refused)))

    def clear_view(self) -> None:
        self.model.clear()
        self.summary.clear()
        self._show_refused([])
        self._show_notices([])
        self.count_changed.emit(0)
        self._selection()

    def _selected(self) -> QueueItem | None:
        approval_id = self.table.selected_id()
        row = self.model.row_of(approval_id) if approval_id else None
        item = self.model.row_at(row) if row is not None else None
        return item if isinstance(item, QueueItem) else None

    @Slot()
    def _selection(self) -> None:
        item = self._selected()
        self.decide.setEnabled(item is not None and not item.out_of_date)
        self.decide.setToolTip(
            tr("It changed since it was asked: the caseworker must submit it again.")
            if item is not None and item.out_of_date else "")
        self.open_case.setEnabled(item is not None)

    @Slot()
    def _dismiss_clicked(self) -> None:
        seen = [r.op_id for r in self._refused]

        def dismiss(cw: Casework) -> None:
            for op_id in seen:
                cw.dismiss_refused(op_id)

        self._show_refused([])
        self._worker.run(dismiss)

    @Slot()
    def _decide_clicked(self) -> None:
        item = self._selected()
        if item is not None and not item.out_of_date:
            self.decide_requested.emit(item)

    @Slot()
    def _open_clicked(self) -> None:
        item = self._selected()
        if item is not None:
            self.open_case_requested.emit(item.case_id)


__all__ = ["LONG_WAIT_DAYS", "ApprovalsPage", "NoticeRow", "notice_text"]
