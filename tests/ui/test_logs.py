"""The client log and Help's diagnostics: a private rotating log with Qt's warnings in it, the
log folder opened from the Help menu, and a diagnostic report without case data."""

from __future__ import annotations

import faulthandler
import logging
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl, qWarning
from PySide6.QtGui import QGuiApplication

from casemgr.db.migrations import LATEST
from casemgr.logs import NATIVE_CRASH_LOG
from casemgr.paths import default_log_dir
from casemgr.ui.logs import DesktopLog
from tests.support.desktop import open_zzyzx, unlock


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.qt_log_ignore("casemgr-log-test")
def test_the_log_is_private_and_holds_qt_warnings_and_casemgr_notes(tmp_path: Path):
    path = tmp_path / "logs" / "casemgr-desktop.log"
    log = DesktopLog(path)
    try:
        qWarning("casemgr-log-test: a Qt warning")
        logging.getLogger("casemgr.sync.engine").warning("An order was ignored: %s.", "why")
        assert faulthandler.is_enabled()
        log.log.handler.maxBytes = 200  # the next lines start a new file, private too
        logging.getLogger("casemgr").warning("x" * 200)
        logging.getLogger("casemgr").warning("after the rotation")
    finally:
        log.close()
    qWarning("casemgr-log-test: after the log was closed")
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    assert mode(path.parent / NATIVE_CRASH_LOG) == 0o600
    backups = list(path.parent.glob("casemgr-desktop.log.*"))
    assert backups and all(mode(b) == 0o600 for b in backups)
    text = "".join(p.read_text() for p in sorted(path.parent.glob("casemgr-desktop.log*")))
    assert "WARNING qt: [default] casemgr-log-test: a Qt warning" in text
    assert "WARNING casemgr.sync.engine: An order was ignored: why." in text
    assert "after the rotation" in path.read_text()
    assert "after the log was closed" not in text


def test_help_opens_the_log_folder_and_copies_a_report_without_case_data(
        qtbot, start_window, make_ctx, seeded_dir: Path):
    opened: list[QUrl] = []
    ctx = make_ctx(open_url=lambda url: opened.append(url) or True)
    assert ctx.log_path is not None
    window = start_window(ctx)
    help_actions = {a.objectName(): a for a in window.menuBar().actions()[-1].menu().actions()}

    help_actions["openLogFolder"].trigger()  # nothing written yet
    assert "no log folder yet" in window.message_bar.text.text() and not opened
    log = DesktopLog(ctx.log_path)
    try:
        help_actions["openLogFolder"].trigger()
        assert opened == [QUrl.fromLocalFile(str(ctx.log_path.parent))]

        clipboard = QGuiApplication.clipboard()
        help_actions["copyDiagnostics"].trigger()  # locked: versions only
        assert "Workspace: locked" in clipboard.text()

        unlock(qtbot, window)
        view = open_zzyzx(qtbot, window)  # the family and child's names are on screen
        qtbot.waitUntil(lambda: view.members.rowCount() > 0)
        assert view.title.text().endswith("Zzyzx family")
        assert view.members.index(0, 0).data() == "Quillon Zzyzx"
        clipboard.clear()
        help_actions["copyDiagnostics"].trigger()
        qtbot.waitUntil(lambda: "Workspace schema" in clipboard.text())
    finally:
        log.close()
    report = clipboard.text()
    for fact in ("casemgr ", "Python ", "Qt ", "PySide6 ", "SQLCipher ", "Platform: ",
                 f"Workspace schema: {LATEST}", "Last sync: never",
                 "Server: none (offline-only workspace)", "Changes waiting to be sent: "):
        assert fact in report
    logged = "".join(p.read_text() for p in ctx.log_path.parent.iterdir())
    for case_data in ("Zzyzx", "Quillon", "school visit", "amina"):
        assert case_data not in report and case_data not in logged
    assert "diagnostic report was copied" in window.message_bar.text.text()


def test_a_data_folder_of_its_own_keeps_its_logs_beside_its_workspaces(tmp_path: Path):
    assert default_log_dir(tmp_path) == tmp_path / "logs"  # --data-dir, as the tests use
