"""The desktop app's log with Qt's messages in it, and the Help menu's diagnostics: opening
the log folder, copying the diagnostic report."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)

from casemgr.app.diagnostics import WorkspaceFacts, diagnostic_report
from casemgr.logs import start_logging

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

QtMessageHandler = Callable[[QtMsgType, QMessageLogContext, str], object]


class DesktopLog:
    """The client log (casemgr.logs) plus Qt's warnings routed into it; `close` undoes both."""

    def __init__(self, path: Path) -> None:
        self.log = start_logging(path)
        self._qt = logging.getLogger("qt")
        self._previous: QtMessageHandler | None = qInstallMessageHandler(self._qt_message)

    def _qt_message(self, kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        category = context.category or "default"
        self._qt.log(_QT_LEVELS.get(kind, logging.WARNING), "[%s] %s", category, text)
        if self._previous is not None:  # Qt's own output (stderr), or a test's capture
            self._previous(kind, context, text)

    def close(self) -> None:
        qInstallMessageHandler(self._previous)
        self.log.close()


def desktop_report(workspace: WorkspaceFacts | None) -> str:
    """The diagnostic report with this process's Qt and PySide6 versions."""
    return diagnostic_report(qt=qVersion(), pyside=PySide6.__version__, workspace=workspace)


__all__ = ["DesktopLog", "desktop_report"]
