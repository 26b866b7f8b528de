"""The Referrals page: referrals still moving (drafted, sent, accepted) across the workspace's
cases, most urgent first; open the case to act on one."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casemgr.app.casework import Casework
from casemgr.app.changes import Changes
from casemgr.db.queries import ReferralRow
from casemgr.domain.records import RecordType
from casemgr.ui.i18n import N_, local_date, num, plural, tr
from casemgr.ui.labels import choice_label
from casemgr.ui.pages.base import Page
from casemgr.ui.widgets import palette
from casemgr.ui.widgets.tables import Column, RowsModel, RowsTable
from casemgr.ui.workers.db import DbWorker

STATUS_TEXT = {"draft": N_("Draft: not sent yet"), "sent": N_("Sent: waiting for an answer"),
               "accepted": N_("Accepted: service in progress")}  # translated where shown


class ReferralsPage(Page):
    open_case_requested = Signal(str)
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("referralsSummary")
        top.addWidget(self.summary, 1)
        self.open_case = QPushButton(tr("Open case"))
        self.open_case.setObjectName("openReferralCase")
        self.open_case.setEnabled(False)
        self.open_case.clicked.connect(self._open_clicked)
        top.addWidget(self.open_case)
        layout.addLayout(top)
        self.model = RowsModel[ReferralRow]([
            Column(tr("Urgency"), lambda r: choice_label("urgency", r.urgency),
                   bold=lambda r: r.urgency == "emergency",
                   foreground=lambda r: palette.error() if r.urgency == "emergency" else None),
            Column(tr("Status"), lambda r: tr(STATUS_TEXT.get(r.status, r.status))),
            Column(tr("Service"), lambda r: choice_label("service_type", r.service_type)),
            Column(tr("Provider"), lambda r: r.provider),
            Column(tr("Case"), lambda r: r.case_number),
            Column(tr("Family"), lambda r: r.family_name),
            Column(tr("Sent on"), lambda r: local_date(r.sent_on)),
            Column(tr("Drafted"), lambda r: r.created_at[:10]),
        ], lambda r: r.referral_id, self)
        self.table = RowsTable(self.model, "referralsPageTable")
        self.table.doubleClicked.connect(self._open_clicked)
        self.table.selectionModel().selectionChanged.connect(
            lambda: self.open_case.setEnabled(self.table.selected_id() is not None))
        layout.addWidget(self.table, 1)

    def load(self, cw: Casework) -> list[ReferralRow]:
        return cw.referrals_in_progress()

    def affected_by(self, changes: Changes) -> bool:
        return RecordType.REFERRAL in changes.types

    def show_loaded(self, rows: list[ReferralRow]) -> None:
        keep = self.table.selected_id()
        self.model.set_rows(rows)
        self.table.select_id(keep)
        waiting = sum(r.status == "sent" for r in rows)
        n = len(rows)
        self.summary.setText(plural(
            n, tr("%Ln referral in progress, {waiting} waiting for the provider's answer", "", n),
            tr("%Ln referrals in progress, {waiting} waiting for the provider's answer", "", n))
            .format(waiting=num(waiting)))

    def clear_view(self) -> None:
        self.model.clear()
        self.summary.clear()
        self.open_case.setEnabled(False)

    @Slot()
    def _open_clicked(self) -> None:
        referral_id = self.table.selected_id()
        row = self.model.row_of(referral_id) if referral_id else None
        found = self.model.row_at(row) if row is not None else None
        if found is not None:
            self.open_case_requested.emit(found.case_id)


__all__ = ["ReferralsPage"]
