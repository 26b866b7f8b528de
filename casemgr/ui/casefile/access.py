"""The case file's Access tab: who opened the case file, printed or exported the case, and
when (issue 15). Shown only to the supervisors of the case's team and admins; read from the
server (casemgr.app.access) on the sync thread each time the tab is shown, since no device
holds who else looked at a case. Offline it says the log is available when online."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casemgr.app.access import (
    AccessNotAllowed,
    AccessNotOnServer,
    AccessOffline,
    AccessUnavailable,
    CaseAccessEntry,
    CaseAccessLog,
    case_access,
)
from casemgr.sync.transport import Transport
from casemgr.ui.casefile.history import ACTIONS
from casemgr.ui.i18n import N_, local_moment, tr
from casemgr.ui.labels import choice_label
from casemgr.ui.widgets.tables import Column, RowsModel, RowsTable
from casemgr.ui.workers.sync import NotAttached, SyncWorker

OFFLINE = N_("Who opened this case is kept on the server: the access log is available when "
             "online.")
NO_SERVER = N_("This workspace has no server: nobody else opens its cases, and no access log "
               "is kept beyond the History tab.")
NOT_ALLOWED = N_("Only the supervisors of this case's team and administrators see who opened "
                 "it.")
NOT_ON_SERVER = N_("The server does not have this case yet: it gets it at the next sync.")
UNAVAILABLE = N_("The access log could not be read: {why}")
WORDS = {**ACTIONS, "export": N_("Exported the case")}  # translated where shown


def what_text(entry: CaseAccessEntry) -> str:
    """What was done, in words: "Printed (assessment)", "Opened the case file"."""
    words = tr(WORDS[entry.action]) if entry.action in WORDS else entry.action.replace("_", " ")
    if entry.record_type and entry.record_type != "case":
        return tr("{what} ({record})").format(what=words,
                                              record=choice_label("record_type",
                                                                  entry.record_type))
    return words


def detail_text(entry: CaseAccessEntry) -> str:
    """An export's format and whether it held names; the device, by the end of its id."""
    parts = []
    fmt = entry.detail.get("format")
    if isinstance(fmt, str):
        parts.append(fmt.upper())
    if entry.detail.get("deidentified") is True:
        parts.append(tr("de-identified"))
    elif entry.detail.get("deidentified") is False:
        parts.append(tr("with names"))
    if entry.device_id:
        parts.append(tr("device …{device}").format(device=entry.device_id[-8:]))
    return ", ".join(parts)


class AccessPanel(QWidget):
    """The Access tab's body: a status line and who looked at the case, newest first."""

    loaded = Signal()  # the status line or the entries changed after a request

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._network: SyncWorker | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("accessStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.status, 1)
        self.reload = QPushButton(tr("Refresh"))
        self.reload.setObjectName("accessRefresh")
        self.reload.setToolTip(tr("Ask the server again who opened this case"))
        row.addWidget(self.reload)
        layout.addLayout(row)
        self.model = RowsModel[CaseAccessEntry]([
            Column(tr("When"), lambda e: local_moment(e.at)),
            Column(tr("Who"), lambda e: e.actor),
            Column(tr("What"), what_text, tooltip=lambda e: e.action),
            Column(tr("Details"), detail_text),
        ], lambda e: str(e.id), self)
        self.table = RowsTable(self.model, "accessTable")
        layout.addWidget(self.table, 1)
        self._case_id: str | None = None
        self._offline_only = False
        self.reload.clicked.connect(self._reload)

    def start(self, network: SyncWorker | None, offline_only: bool) -> None:
        self._network = network
        self._offline_only = offline_only

    def clear(self) -> None:
        """Locked, or another case: nothing of the last answer stays."""
        self._generation += 1
        self._case_id = None
        self.model.clear()
        self.status.clear()

    def load(self, case_id: str) -> None:
        """Ask the server who looked at the case (after a sync running now)."""
        if case_id != self._case_id:
            self.clear()
        self._case_id = case_id
        self._generation += 1
        generation = self._generation
        network = self._network
        if self._offline_only:
            self._say(tr(NO_SERVER))
            return
        if network is None or not network.attached:
            self._say(tr(OFFLINE))
            return
        self.status.setText(tr("Asking the server who opened this case…"))

        def done(log: CaseAccessLog) -> None:
            if generation == self._generation:
                self._show(log)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._say(_problem_text(exc))
            if not isinstance(exc, AccessUnavailable | NotAttached) and \
                    network.error_reporter is not None:
                network.error_reporter(exc)

        def fetch(transport: Transport) -> CaseAccessLog:
            return case_access(transport, case_id)

        network.with_transport(fetch, done, failed)

    def _show(self, log: CaseAccessLog) -> None:
        self.model.set_rows(log.entries)
        if not log.total:
            text = tr("Nobody has opened, printed or exported this case on a device that has "
                      "synced since.")
        elif log.total > len(log.entries):
            text = tr("Opened, printed or exported {total} times; the {shown} latest, newest "
                      "first.").format(total=log.total, shown=len(log.entries))
        else:
            text = tr("Opened, printed or exported {total} times, newest first (as the devices "
                      "told the server at their syncs).").format(total=log.total)
        self.status.setText(text)
        self.loaded.emit()

    def _say(self, text: str) -> None:
        self.model.clear()
        self.status.setText(text)
        self.loaded.emit()

    @Slot()
    def _reload(self) -> None:
        if self._case_id is not None:
            self.load(self._case_id)


def _problem_text(exc: BaseException) -> str:
    if isinstance(exc, AccessOffline | NotAttached):
        return tr(OFFLINE)
    if isinstance(exc, AccessNotAllowed):
        return tr(NOT_ALLOWED)
    if isinstance(exc, AccessNotOnServer):
        return tr(NOT_ON_SERVER)
    if isinstance(exc, AccessUnavailable):
        return tr(UNAVAILABLE).format(why=str(exc))
    return tr(UNAVAILABLE).format(why=type(exc).__name__)


__all__ = ["AccessPanel", "detail_text", "what_text"]
