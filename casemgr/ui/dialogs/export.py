"""ExportDialog: the records of the user's cases (or the indicators) out of the encrypted
workspace as a file: whose cases, which format, de-identified or not (de-identified by
default), where the file goes, and the password once more. The export runs on the database
thread (casemgr.app.exports / casemgr.app.indicators); the dialog then says where the file
is and how many rows each table has."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from casemgr.app import exports
from casemgr.app import indicators as indicatorsmod
from casemgr.app.dashboard import scope_words
from casemgr.db.errors import UnlockBackoff, WrongPassword
from casemgr.domain.errors import PermissionDenied
from casemgr.domain.permissions import Actor, Role
from casemgr.ui.dialogs.base import CaseworkDialog
from casemgr.ui.errors import said
from casemgr.ui.i18n import N_, localize, tr
from casemgr.ui.workers.db import DbWorker, SignedIn
from casemgr.ui.workers.runner import Runner

_log = logging.getLogger(__name__)
FORMAT_WORDS = {"csv": N_("CSV (spreadsheet text)"), "xlsx": N_("Excel workbook (XLSX)"),
                "json": N_("JSON (for other software)"),
                "pdf": N_("PDF, one page with the dashboard's charts")}  # translated where shown
# The file's ending per format: an export's CSV is a ZIP of one file per table.
SUFFIX = {"csv": ".zip", "xlsx": ".xlsx", "json": ".json"}
INDICATOR_SUFFIX = {"csv": ".csv", "xlsx": ".xlsx", "pdf": ".pdf"}


class ExportDialog(CaseworkDialog):
    """Export the user's scope (`indicators=False`) or the indicators per month."""

    def __init__(self, parent: QWidget | None, worker: DbWorker, session: SignedIn, *,
                 indicators: bool = False, folder: Path | None = None,
                 today: date | None = None, agency: str = "") -> None:
        super().__init__(parent)
        self.worker = worker
        self.session = session
        self.agency = agency  # named in the header of the indicators' PDF
        self.indicators = indicators
        self.setObjectName("export_indicators_dialog" if indicators else "export_dialog")
        self.setWindowTitle(tr("Export indicators") if indicators else tr("Export"))
        self.suffixes = INDICATOR_SUFFIX if indicators else SUFFIX
        actor = Actor(session.user, session.role, session.teams)
        form = self.new_form()
        scope = QLabel(localize(scope_words(actor)).capitalize())
        scope.setObjectName("scope")
        scope.setWordWrap(True)
        self.add_row(form, "scope", tr("Cases"), scope)
        self.format = QComboBox()
        self.format.setObjectName("format")
        for code in (indicatorsmod.FORMATS if indicators else exports.FORMATS):
            self.format.addItem(tr(FORMAT_WORDS[code]), code)
        self.format.setCurrentIndex(self.format.findData("xlsx"))
        self.add_row(form, "format", tr("Format"), self.format)
        self.deidentify = QCheckBox(
            tr("Small counts hidden (under 5)") if indicators else
            tr("De-identified: no names, addresses, phone numbers, notes or birth dates"))
        self.deidentify.setObjectName("deidentify")
        self.deidentify.setChecked(True)
        if not indicators and session.role is Role.CASEWORKER:
            # names of more than one case leave only with a supervisor or an administrator
            self.deidentify.setEnabled(False)
        self.add_row(form, "deidentify", "", self.deidentify)
        self.keep_key = QCheckBox(tr("Show the pseudonym key (to link with a later export)"))
        self.keep_key.setObjectName("keep_key")
        self.keep_key.setVisible(not indicators)
        self.deidentify.toggled.connect(self.keep_key.setEnabled)
        if not indicators:
            self.add_row(form, "keep_key", "", self.keep_key)
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit()
        self.path.setObjectName("path")
        name = "casemgr-indicators" if indicators else "casemgr-export"
        day = (today or date.today()).isoformat()
        self.path.setText(str((folder or Path.home()) / f"{name}-{day}.xlsx"))
        row.addWidget(self.path, 1)
        self.browse = QPushButton(tr("Choose…"))
        self.browse.setObjectName("browse")
        self.browse.clicked.connect(self._choose)
        row.addWidget(self.browse)
        self.add_row(form, "path", tr("Save to"), row_widget, required=True, focus=self.path)
        self.warning = QLabel()
        self.warning.setObjectName("leaves")
        self.warning.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.warning)
        self.add_row(form, "password", tr("Your password"), self.password, required=True)
        self.main_layout.addLayout(form)
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setVisible(False)
        self.main_layout.addWidget(self.outcome)
        self.add_buttons(tr("Export"))
        self.format.currentIndexChanged.connect(self._format_changed)
        self.path.textChanged.connect(self._update_warning)
        self._update_warning()
        self.chooser: QFileDialog | None = None
        self.writer: Runner | None = None
        self.done_result: Any = None

    # -- fields ------------------------------------------------------------------------------

    @property
    def code(self) -> str:
        return str(self.format.currentData())

    @Slot()
    def _format_changed(self) -> None:
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(self.suffixes[self.code])))

    @Slot()
    def _update_warning(self) -> None:
        where = self.path.text().strip() or tr("the file you choose")
        self.warning.setText(tr(
            "The export leaves the encrypted workspace: it is saved unencrypted to {where}, "
            "where anyone who can open that file can read it, and it is recorded in the "
            "audit log.").format(where=where))

    @Slot()
    def _choose(self) -> None:
        chooser = QFileDialog(self, tr("Save the export as"))
        chooser.setObjectName("export_chooser")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setFileMode(QFileDialog.FileMode.AnyFile)
        chooser.selectFile(self.path.text().strip())
        chooser.fileSelected.connect(self.path.setText)
        chooser.finished.connect(chooser.deleteLater)
        self.chooser = chooser
        chooser.open()

    def problems(self) -> dict[str, str]:
        errors = {}
        text = self.path.text().strip()
        if not text:
            errors["path"] = tr("Choose where to save the export.")
        elif Path(text).is_dir():
            errors["path"] = tr("This is a folder: add a file name.")
        elif not Path(text).parent.is_dir():
            errors["path"] = tr("There is no such folder.")
        if not self.password.text():
            errors["password"] = tr("Enter your password to confirm the export.")
        return errors

    # -- running -----------------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        """Check the fields, then export on the database thread (never on this one)."""
        if not self.checked():
            return
        path = Path(self.path.text().strip())
        password = self.password.text()
        fmt, deidentify = self.code, self.deidentify.isChecked()
        self.save_button.setEnabled(False)
        self.outcome.setText(tr("Exporting…"))
        self.outcome.setVisible(True)
        if self.indicators and fmt == "pdf":
            self.worker.run(
                lambda cw: indicatorsmod.prepare_indicators(cw, fmt, password,
                                                            deidentify=deidentify),
                lambda data: self._write_pdf(data, path), self._failed)
        elif self.indicators:
            self.worker.run(
                lambda cw: indicatorsmod.export_indicators(cw, fmt, password, path,
                                                           deidentify=deidentify),
                lambda data: self._indicators_done(path, data), self._failed)
        else:
            request = exports.ExportRequest(fmt, deidentify=deidentify,
                                            keep_key=self.keep_key.isChecked() and deidentify)
            self.worker.run(lambda cw: exports.prepare_export(cw, request, password),
                            lambda data: self._write(data, request, path), self._failed)

    def _write(self, data: exports.ExportData, request: exports.ExportRequest,
               path: Path) -> None:
        """Read and recorded: the file is written on a thread of its own, so the database
        thread serves the pages meanwhile; the dialog stays until it is written."""
        self.outcome.setText(tr("Writing the file…"))
        self.cancel_button.setEnabled(False)
        self.writer = Runner("casemgr-export-file", parent=self)  # one file, then it stops
        self.writer.submit(lambda: exports.write_export(data, request, path),
                           lambda result: self._written(self._done, result),
                           lambda exc: self._written(self._failed, exc))

    def _write_pdf(self, data: indicatorsmod.Indicators, path: Path) -> None:
        """Counted and recorded: the charts are drawn and the page written on a thread of
        its own (matplotlib and the PDF take a second)."""
        from casemgr.app.exports import write_to
        from casemgr.ui.reports import write_indicators_pdf

        self.outcome.setText(tr("Writing the file…"))
        self.cancel_button.setEnabled(False)
        user, agency = self.session.user, self.agency
        self.writer = Runner("casemgr-export-file", parent=self)
        self.writer.submit(
            lambda: write_to(lambda d, p: write_indicators_pdf(d, p, agency, user), data, path),
            lambda _none: self._written(lambda _: self._indicators_done(path, data), None),
            lambda exc: self._written(self._failed, exc))

    def _written(self, then: Any, value: Any) -> None:
        self._stop_writer()
        then(value)

    def _stop_writer(self) -> None:
        if self.writer is not None:
            self.writer.stop()  # its one job is done: the thread ends at once
            self.writer = None

    def reject(self) -> None:
        if self.cancel_button.isEnabled():  # not while the file is being written
            super().reject()

    def done(self, result: int) -> None:
        self._stop_writer()
        super().done(result)

    def _finish(self, text: str) -> None:
        self.cancel_button.setEnabled(True)
        self.password.clear()
        self.outcome.setText(text)
        self.outcome.setVisible(True)
        self.save_button.setVisible(False)
        self.cancel_button.setText(tr("Close"))
        self.mark_saved()

    def _done(self, result: exports.ExportResult) -> None:
        self.done_result = result
        counts = ", ".join(f"{name.replace('_', ' ')}: {n}" for name, n in
                           result.counts.items())
        text = (tr("De-identified export saved to {path} ({counts}).") if result.deidentified
                else tr("Export with names saved to {path} ({counts}).")).format(
                    path=result.path, counts=counts)
        if result.key_hex:
            text += " " + tr("Pseudonym key (keep it apart from the file): {key}").format(
                key=result.key_hex)
        self._finish(text)

    def _indicators_done(self, path: Path, data: indicatorsmod.Indicators) -> None:
        self.done_result = data
        self._finish(tr("Indicators for {months} months ({first} to {last}) saved to {path} "
                        "({rows} rows).").format(months=len(data.months),
                                                 first=data.months[0], last=data.months[-1],
                                                 path=path, rows=len(data.rows)))

    def _failed(self, exc: BaseException) -> None:
        self.cancel_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.outcome.setVisible(False)
        if isinstance(exc, WrongPassword | UnlockBackoff):
            self.password.clear()
            self.show_errors({"password": str(exc)})
        elif isinstance(exc, PermissionDenied | ValueError | OSError):
            self.show_errors({"": said(exc)})
        else:  # a bug: its kind in the log, never its message (it may hold case data)
            _log.error("The export failed: %s", type(exc).__name__)
            self.show_errors({"": tr("The export failed; nothing was saved. The log folder "
                                     "(Help menu) says more.")})
