"""The Conflicts page: each open conflict (a field changed on two devices before they synced)
with both values, who changed each and when; "Resolve…" opens the ConflictResolver side by side.
An offline-only workspace has no server: the page says so plainly.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from casemgr.app.casework import Casework
from casemgr.app.changes import Changes
from casemgr.db.queries import ConflictRow
from casemgr.domain.records import RecordType
from casemgr.ui.dialogs.base import field_words, record_words
from casemgr.ui.dialogs.conflict import ConflictResolver, show_value
from casemgr.ui.errors import ErrorKind, ErrorReporter, kind_of, user_message
from casemgr.ui.i18n import N_, local_moment, tr
from casemgr.ui.pages.base import NO_SERVER, Page, state_label
from casemgr.ui.widgets.tables import Column, RowsModel, RowsTable
from casemgr.ui.workers.db import DbWorker, SignedIn

# The two sides of a conflict as the server recorded them: the value it kept arrived first;
# the other was sent later, by this device or another one of the same caseload.
KEPT_TITLE = N_("Kept by the server (first)")
SENT_LATER_TITLE = N_("Sent later (not applied)")


def _who_when(by: Any, at: Any) -> str:
    return ", ".join(x for x in (str(by or ""), local_moment(str(at)) if at else "") if x)


class ConflictsPage(Page):
    """Open conflicts: a field changed on two devices at once, both values kept."""

    resolved = Signal(str)  # the conflict's id, once the choice is saved

    def __init__(self, worker: DbWorker, reporter: ErrorReporter | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self._reporter = reporter
        self.resolver: ConflictResolver | None = None
        layout = QVBoxLayout(self)
        self.state = state_label("conflictsState")
        layout.addWidget(self.state)
        top = QHBoxLayout()
        top.addStretch(1)
        self.resolve = QPushButton(tr("Resolve…"))
        self.resolve.setObjectName("resolveConflict")
        self.resolve.setEnabled(False)
        self.resolve.setToolTip(tr("Choose the value to keep for the selected conflict (Enter)"))
        self.resolve.clicked.connect(self.open_resolver)
        top.addWidget(self.resolve)
        layout.addLayout(top)
        self.model = RowsModel[ConflictRow]([
            Column(tr("Case"), lambda c: c.case_number),
            Column(tr("Record"), lambda c: record_words(str(c.conflict.fields.get("record_type")))),
            Column(tr("Field"), lambda c: field_words(str(c.conflict.fields.get("record_type")),
                                                   str(c.conflict.fields.get("field")))),
            Column(tr(KEPT_TITLE), lambda c: show_value(c.conflict.fields.get("server_value"))),
            Column(tr("By, when"), lambda c: _who_when(c.conflict.fields.get("server_by"),
                                                           c.conflict.fields.get("server_at"))),
            Column(tr(SENT_LATER_TITLE),
                   lambda c: show_value(c.conflict.fields.get("client_value"))),
            Column(tr("By, when"), lambda c: _who_when(c.conflict.fields.get("client_by"),
                                                            c.conflict.fields.get("client_at"))),
        ], lambda c: c.conflict.id, self)
        self.table = RowsTable(self.model, "conflictsTable")
        self.table.fit_columns(stretch=(3, 5))
        self.table.activated.connect(lambda _index: self.open_resolver())
        self.table.selectionModel().selectionChanged.connect(self._selection)
        layout.addWidget(self.table, 1)

    def start(self, session: SignedIn) -> None:
        self.activate()
        if session.offline_only:
            self.state.setText(tr(NO_SERVER) + tr(" Conflicts arise only when the same field "
                                                  "is changed on two devices before they sync, "
                                                  "so there are none here."))
        else:
            self.state.setText(tr("When the same field was changed on two devices before they "
                                  "synced, the server keeps the value that arrived first and "
                                  "both values are listed here. Choose the value to keep; the "
                                  "choice is synced like any other change."))
        self.refresh()  # the count in the navigation needs it at once

    def load(self, cw: Casework) -> list[ConflictRow]:
        return cw.conflict_rows()

    def affected_by(self, changes: Changes) -> bool:
        return RecordType.CONFLICT in changes.types

    def show_loaded(self, rows: list[ConflictRow]) -> None:
        selected = self.table.selected_id()
        self.model.set_rows(rows)
        self.table.select_id(selected)
        self._selection()

    def clear_view(self) -> None:
        if self.resolver is not None:
            self.resolver.blockSignals(True)
            self.resolver.reject()
            self.resolver.deleteLater()
            self.resolver = None
        self.model.clear()
        self.state.clear()
        self._selection()

    @Slot()
    def _selection(self) -> None:
        self.resolve.setEnabled(self._selected() is not None)

    def _selected(self) -> ConflictRow | None:
        conflict_id = self.table.selected_id()
        row = self.model.row_of(conflict_id) if conflict_id else None
        return self.model.row_at(row) if row is not None else None

    @Slot()
    def open_resolver(self) -> ConflictResolver | None:
        """The selected conflict side by side; the value chosen is saved on the worker."""
        row = self._selected()
        if row is None or self.resolver is not None:
            return None
        conflict = row.conflict
        dialog = ConflictResolver(conflict.fields, self.window(),
                                  mine_title=tr(SENT_LATER_TITLE),
                                  theirs_title=tr(KEPT_TITLE))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.resolver = dialog

        def forget() -> None:
            if self.resolver is dialog:
                self.resolver = None
            dialog.deleteLater()

        def saved(_record: object) -> None:
            forget()
            self.resolved.emit(conflict.id)

        def refused(exc: BaseException) -> None:
            if self.resolver is not dialog:
                return  # locked meanwhile
            if kind_of(exc) is ErrorKind.REFUSED_INPUT:
                dialog.show_errors({"value": "; ".join(getattr(exc, "errors", {}).values())})
            elif kind_of(exc) is ErrorKind.BUG:
                dialog.show_errors({"": tr("Not saved because of an internal error.")})
                if self._reporter is not None:
                    self._reporter.report_bug(exc, "resolving a conflict")
            else:
                dialog.show_errors({"": user_message(exc)})
            dialog.open()

        def accepted() -> None:
            value = dialog.value()
            self._worker.run(lambda cw: cw.resolve_conflict(conflict.id, value), saved,
                             refused)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(forget)
        dialog.open()
        return dialog

    def _changed(self, changes: Changes) -> None:
        # Shown or not, its count in the navigation stays current.
        if self.active and self.affected_by(changes):
            self.refresh()


__all__ = ["KEPT_TITLE", "SENT_LATER_TITLE", "ConflictsPage"]
