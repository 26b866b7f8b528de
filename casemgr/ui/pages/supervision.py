"""The Supervision page: supportive supervision sessions, newest first. A supervisor sees the
sessions they recorded (one worker's, with the filter) and records a new one ("New
session…"); a caseworker sees the sessions about them; an admin all. "Read…" shows a
session with each agreed action's task as it is now (casemgr.app.supervision)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from casemgr.app.casework import Casework
from casemgr.app.changes import Changes
from casemgr.app.supervision import SessionRow, SessionView, SupervisionDesk
from casemgr.domain.permissions import PERMISSIONS, Action
from casemgr.domain.records import RecordType
from casemgr.ui.dialogs.supervision import SessionDialog, SessionReadDialog
from casemgr.ui.errors import ErrorKind, ErrorReporter, kind_of, user_message
from casemgr.ui.i18n import N_, local_date, plural, tr
from casemgr.ui.labels import choice_label
from casemgr.ui.pages.base import Page, state_label
from casemgr.ui.widgets import palette
from casemgr.ui.widgets.tables import Column, RowsModel, RowsTable
from casemgr.ui.workers.db import DbWorker, SignedIn

ALL_WORKERS = N_("All caseworkers")
UNWELL = frozenset({"strained", "struggling"})


def _actions_text(row: SessionRow) -> str:
    if not row.actions:
        return tr("None")
    return tr("{actions} ({open_actions} open)").format(
        actions=row.actions,
        open_actions=row.open_actions) if row.open_actions else f"{row.actions}"


class SupervisionPage(Page):
    def __init__(self, worker: DbWorker, today: Callable[[], date],
                 reporter: ErrorReporter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self._today = today
        self._reporter = reporter
        self._desk = SupervisionDesk([], [], {})
        self.dialog: SessionDialog | SessionReadDialog | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = state_label("supervisionSummary")
        top.addWidget(self.summary, 1)
        self.worker_filter = QComboBox()
        self.worker_filter.setObjectName("supervisionWorker")
        self.worker_filter.setAccessibleName(tr("Show the sessions of"))
        # As wide as its longest name ("All caseworkers" included), never cut.
        self.worker_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.worker_filter.setMinimumContentsLength(len(tr(ALL_WORKERS)))
        self.worker_filter.currentIndexChanged.connect(self._filter)
        top.addWidget(self.worker_filter)
        self.new_session = QPushButton(tr("New session…"))
        self.new_session.setObjectName("newSession")
        self.new_session.setToolTip(tr("Record a supervision session with a caseworker of your "
                                       "team; each agreed action becomes their task"))
        self.new_session.clicked.connect(self.open_new_session)
        self.new_session.setEnabled(False)  # until whom one may supervise is read
        top.addWidget(self.new_session)
        self.read = QPushButton(tr("Read…"))
        self.read.setObjectName("readSession")
        self.read.clicked.connect(self.open_selected)
        top.addWidget(self.read)
        layout.addLayout(top)
        self.model = RowsModel[SessionRow]([
            Column(tr("Date"), lambda r: local_date(r.session_date)),
            Column(tr("Caseworker"), lambda r: r.worker),
            Column(tr("Supervisor"), lambda r: r.supervisor),
            Column(tr("Wellbeing"), lambda r: choice_label("wellbeing", r.wellbeing),
                   foreground=lambda r: palette.error() if r.wellbeing in UNWELL else None),
            Column(tr("Workload"), lambda r: choice_label("workload", r.workload)),
            Column(tr("Cases discussed"), lambda r: str(r.cases)),
            Column(tr("Agreed actions"), _actions_text),
        ], lambda r: r.session_id, self)
        self.table = RowsTable(self.model, "supervisionTable")
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection)
        layout.addWidget(self.table, 1)
        self._selection()

    def start(self, session: SignedIn) -> None:
        """Unlocked: a supervisor or admin records sessions, a caseworker reads theirs."""
        records = PERMISSIONS[Action.RECORD_SUPERVISION].allows(session.role)
        self.new_session.setVisible(records)
        self.worker_filter.setVisible(records)
        self.activate()

    # -- the page ----------------------------------------------------------------------------

    def load(self, cw: Casework) -> SupervisionDesk:
        return cw.supervision_desk()

    def affected_by(self, changes: Changes) -> bool:
        return bool({RecordType.SUPERVISION, RecordType.TASK} & changes.types)

    def show_loaded(self, desk: SupervisionDesk) -> None:
        self._desk = desk
        chosen = self.worker_filter.currentData()
        names = sorted({r.worker for r in desk.sessions} | set(desk.supervisees))
        self.worker_filter.blockSignals(True)
        self.worker_filter.clear()
        self.worker_filter.addItem(tr(ALL_WORKERS), None)
        for name in names:
            self.worker_filter.addItem(name, name)
        self.worker_filter.setCurrentIndex(max(self.worker_filter.findData(chosen), 0))
        self.worker_filter.blockSignals(False)
        self.new_session.setEnabled(bool(desk.supervisees))
        if not desk.supervisees and self.new_session.isVisible():
            self.new_session.setToolTip(tr("No caseworker of your teams is in the directory on "
                                           "this device yet; sync, then try again."))
        self._filter()

    @Slot()
    def _filter(self) -> None:
        keep = self.table.selected_id()
        worker = self.worker_filter.currentData()
        rows = [r for r in self._desk.sessions if worker is None or r.worker == worker]
        self.model.set_rows(rows)
        self.table.select_id(keep)
        n = len(rows)
        if worker:
            text = (tr("No supervision session with {worker} on this device yet.") if not rows
                    else plural(n, tr("%Ln supervision session with {worker}, newest first.", "",
                                      n),
                                tr("%Ln supervision sessions with {worker}, newest first.", "",
                                   n)))
        else:
            text = (tr("No supervision session on this device yet.") if not rows
                    else plural(n, tr("%Ln supervision session, newest first.", "", n),
                                tr("%Ln supervision sessions, newest first.", "", n)))
        self.summary.setText(text.format(worker=worker))
        self._selection()

    def clear_view(self) -> None:
        if self.dialog is not None:
            self.dialog.blockSignals(True)
            self.dialog.reject()
            self.dialog.deleteLater()
            self.dialog = None
        self._desk = SupervisionDesk([], [], {})
        self.model.clear()
        self.worker_filter.clear()
        self.summary.clear()
        self.new_session.setEnabled(False)
        self._selection()

    @Slot()
    def _selection(self) -> None:
        self.read.setEnabled(self.table.selected_id() is not None)

    # -- dialogs -----------------------------------------------------------------------------

    def _keep(self, dialog: SessionDialog | SessionReadDialog) -> Callable[[], None]:
        """Hold the open dialog (one at a time, closed on lock); returns what forgets it."""
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def forget() -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.rejected.connect(forget)
        return forget

    @Slot()
    def open_new_session(self) -> SessionDialog | None:
        """The "New session…" dialog for the worker shown in the filter (if one is)."""
        if self.dialog is not None or not self._desk.supervisees:
            return None
        dialog = SessionDialog(self.window(), today=self._today(),
                               supervisees=self._desk.supervisees, cases=self._desk.cases,
                               worker=self.worker_filter.currentData())
        forget = self._keep(dialog)

        def saved(_outcome: object) -> None:
            forget()
            if self._reporter is not None:
                self._reporter.show_info(tr("Supervision session saved; its agreed actions are "
                                            "the caseworker's tasks from their next sync."))

        def refused(exc: BaseException) -> None:
            if self.dialog is not dialog:
                return  # locked meanwhile
            kind = kind_of(exc)
            if kind is ErrorKind.REFUSED_INPUT:
                dialog.show_errors(dict(getattr(exc, "errors", {})))
            elif kind is ErrorKind.BUG:
                dialog.show_errors({"": tr("Not saved because of an internal error.")})
                if self._reporter is not None:
                    self._reporter.report_bug(exc, "recording a supervision session")
            else:
                dialog.show_errors({"": user_message(exc)})
            dialog.open()

        def accepted() -> None:
            session = dialog.value()
            self._worker.run(lambda cw: cw.record_session(session), saved, refused)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    @Slot()
    def open_selected(self) -> None:
        """Read the selected session (read on the database thread, then shown)."""
        session_id = self.table.selected_id()
        if session_id is None or self.dialog is not None:
            return

        def show(view: SessionView) -> None:
            if not self.active or self.dialog is not None:
                return
            dialog = SessionReadDialog(view, self.window())
            self._keep(dialog)
            dialog.open()

        def failed(exc: BaseException) -> None:
            if self._reporter is not None:
                self._reporter.report(exc, where="opening a supervision session")

        self._worker.run(lambda cw: cw.supervision_session(session_id), show, failed)


__all__ = ["SupervisionPage"]
