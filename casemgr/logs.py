"""The desktop app's log: Python logging into a rotating file that only its user can read,
and Python's tracebacks of native crashes (faulthandler) into a file beside it.

What goes in is what casemgr's own log calls say (record ids, counts and error kinds, never
names or field values: see casemgr/ui/errors.py) and Qt's warnings (casemgr/ui/logs.py).
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO

from casemgr import __version__

LOG_BYTES = 1_000_000  # per file: the log and its backups stay under 4 MB
LOG_BACKUPS = 3
NATIVE_CRASH_LOG = "casemgr-native-crash.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def open_private(path: Path, mode: str) -> IO[str]:
    """Open `path` for appending, created 0600 (and made so if it was not)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.chmod(path, 0o600)  # a file from an older version may have been readable by others
    return os.fdopen(fd, mode, encoding="utf-8")


class PrivateRotatingHandler(RotatingFileHandler):
    """A RotatingFileHandler whose files (the current one and each new one) are 0600."""

    def _open(self) -> IO[str]:  # type: ignore[override]
        return open_private(Path(self.baseFilename), "a")


@dataclass
class ClientLog:
    """The log set up by `start_logging`; `close` takes it down again (tests, app exit)."""

    path: Path
    handler: PrivateRotatingHandler
    native_crashes: IO[str] | None
    faulthandler_before: bool  # it was on (to stderr) before: back on after close

    def close(self) -> None:
        logging.getLogger().removeHandler(self.handler)
        self.handler.close()
        if self.native_crashes is not None:
            faulthandler.disable()
            if self.faulthandler_before and sys.__stderr__ is not None:
                faulthandler.enable(sys.__stderr__)
            self.native_crashes.close()
            self.native_crashes = None


def start_logging(path: Path) -> ClientLog:
    """Log warnings (and casemgr's own notes) to `path`, in a folder only this user can open;
    native crashes go to casemgr-native-crash.log beside it. Once per process: run_app."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path.parent, 0o700)
    handler = PrivateRotatingHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                                     encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)  # other libraries: their warnings, no chatter
    logging.getLogger("casemgr").setLevel(logging.INFO)
    native: IO[str] | None
    before = faulthandler.is_enabled()
    try:
        native = open_private(path.parent / NATIVE_CRASH_LOG, "a")
    except OSError:
        native = None  # the log itself still works
    else:
        faulthandler.enable(native)
    logging.getLogger(__name__).info("casemgr %s started", __version__)
    return ClientLog(path, handler, native, before)


__all__ = ["LOG_BACKUPS", "LOG_BYTES", "NATIVE_CRASH_LOG", "ClientLog",
           "PrivateRotatingHandler", "open_private", "start_logging"]
