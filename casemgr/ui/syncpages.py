"""The Conflicts and Sync pages. An offline-only workspace has no server: both pages say so
plainly, and their models are ready for what a server-bound workspace will bring."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casemgr.app.casework import Casework
from casemgr.domain.records import Record, RecordType
from casemgr.ui import readers
from casemgr.ui.readers import OutboxEntry
from casemgr.ui.tables import Column, RowsModel, RowsTable
from casemgr.ui.worker import Changes, DbWorker, Session

NO_SERVER = ("Offline-only workspace: no server. Everything stays on this device, "
             "encrypted; nothing is sent anywhere.")


def _state_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("background: #f3f2f1; border: 1px solid #c8c6c4; padding: 8px;")
    return label


def _value(v: Any) -> str:
    return "" if v is None else str(v)


def _open_conflicts(cw: Casework) -> list[Record]:
    return [r for r in cw.store.records_of_type(RecordType.CONFLICT)
            if r.fields.get("status") == "open"]


class ConflictsPage(QWidget):
    """Open conflicts: a field changed on two devices at once, both values kept."""

    shown = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._generation = 0
        self._active = False
        layout = QVBoxLayout(self)
        self.state = _state_label("conflictsState")
        layout.addWidget(self.state)
        top = QHBoxLayout()
        top.addStretch(1)
        self.resolve = QPushButton("Resolve…")
        self.resolve.setObjectName("resolveConflict")
        self.resolve.setEnabled(False)
        self.resolve.setToolTip("Choosing between the two values comes with syncing to a "
                                "server.")
        top.addWidget(self.resolve)
        layout.addLayout(top)
        self.model = RowsModel[Record]([
            Column("Record", lambda r: _value(r.fields.get("record_type")).replace("_", " ")),
            Column("Field", lambda r: _value(r.fields.get("field")).replace("_", " ")),
            Column("Value on this device", lambda r: _value(r.fields.get("client_value"))),
            Column("Value on the server", lambda r: _value(r.fields.get("server_value"))),
            Column("Changed on the server by", lambda r: _value(r.fields.get("server_by"))),
            Column("When", lambda r: _value(r.fields.get("server_at"))[:16]),
        ], lambda r: r.id, self)
        self.table = RowsTable(self.model, "conflictsTable")
        layout.addWidget(self.table, 1)
        worker.changes_made.connect(self._changed)

    def start(self, session: Session) -> None:
        self._active = True
        if session.offline_only:
            self.state.setText(NO_SERVER + " Conflicts arise only when the same field is "
                               "changed on two devices before they sync, so there are none "
                               "here.")
        else:
            self.state.setText("Conflicts found during sync appear here.")
        self.refresh()

    def refresh(self) -> None:
        if not self._active:
            return
        self._generation += 1
        generation = self._generation
        self._worker.run(_open_conflicts, lambda rows: self._show(generation, rows))

    def _show(self, generation: int, rows: list[Record]) -> None:
        if generation == self._generation:
            self.model.set_rows(rows)
            self.shown.emit()

    def clear(self) -> None:
        self._active = False
        self._generation += 1
        self.model.clear()
        self.state.clear()

    @Slot(object)
    def _changed(self, changes: Changes) -> None:
        if RecordType.CONFLICT in changes.types:
            self.refresh()


class SyncPage(QWidget):
    """Sync state and the changes waiting in the outbox (types and times, no values)."""

    shown = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._generation = 0
        self._active = False
        self._stale = True
        layout = QVBoxLayout(self)
        self.state = _state_label("syncState")
        layout.addWidget(self.state)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("syncSummary")
        top.addWidget(self.summary, 1)
        self.sync_now = QPushButton("Sync now")
        self.sync_now.setObjectName("syncNow")
        self.sync_now.setEnabled(False)
        top.addWidget(self.sync_now)
        layout.addLayout(top)
        self.model = RowsModel[OutboxEntry]([
            Column("#", lambda e: str(e.client_seq)),
            Column("Change", lambda e: {"create": "Added", "update": "Changed",
                                        "delete": "Deleted"}.get(e.kind, e.kind)),
            Column("Record", lambda e: e.record_type.replace("_", " ")),
            Column("Case", lambda e: e.case_number),
            Column("When", lambda e: e.created_at[:19].replace("T", " ")),
        ], lambda e: str(e.client_seq), self)
        self.table = RowsTable(self.model, "outboxTable")
        layout.addWidget(self.table, 1)
        worker.changes_made.connect(self._changed)

    def start(self, session: Session) -> None:
        self._active = True
        self._stale = True
        if session.offline_only:
            self.state.setText(NO_SERVER + " The changes below wait in the outbox; they "
                               "would be sent if this workspace were linked to a server.")
            self.sync_now.setToolTip("This workspace has no server to sync with.")
        else:
            self.state.setText(f"Server: {session.server_url}")
            self.sync_now.setToolTip("Syncing from the app comes with the sync feature; "
                                     "use `casemgr sync` meanwhile.")

    def refresh(self) -> None:
        if not self._active:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        self._worker.run(lambda cw: (readers.outbox_page(cw.store, 500),
                                     readers.outbox_count(cw.store)),
                         lambda r: self._show(generation, *r))

    def show_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def _show(self, generation: int, entries: list[OutboxEntry], total: int) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(entries)
        shown = f" (the oldest {len(entries):,} are listed)" if total > len(entries) else ""
        self.summary.setText(f"{total:,} change{'s' if total != 1 else ''} waiting to "
                             f"sync{shown}")
        self.shown.emit()

    def clear(self) -> None:
        self._active = False
        self._generation += 1
        self.model.clear()
        self.summary.clear()
        self.state.clear()

    @Slot(object)
    def _changed(self, changes: Changes) -> None:
        if changes:
            self._stale = True
            if self.isVisible():
                self.refresh()


__all__ = ["NO_SERVER", "ConflictsPage", "SyncPage"]
