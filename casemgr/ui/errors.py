"""What the app does with an error: inline for a refused form, a message the user can act on
for the environment (disk full, wrong password), a crash dialog and a log line for a bug.

Every exception becomes words here, and only here: `kind_of` and `user_message` for any
operation, `login_error` for logging in to a server, `unlock_message` and
`new_workspace_error` for the lock screen, `sync_failure` for a sync. (The admin console's
problems, `casemgr.app.admin.AdminProblem`, are words already: its use cases make them.)

The log (casemgr.logs, kept 0600) and the crash dialog hold the exception type and code
locations only: exception messages and local variables may contain case data, so they are
never written anywhere.
"""

from __future__ import annotations

import errno
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from casemgr import __version__
from casemgr.app.admin import AdminProblem
from casemgr.app.syncing import SyncCancelled
from casemgr.db.connection import OperationalError
from casemgr.db.errors import (
    CorruptKeyFile,
    LockedOut,
    NotAWorkspace,
    NoWorkspace,
    RecordNotFound,
    StorageFull,
    UnlockBackoff,
    WorkspaceCorrupt,
    WorkspaceError,
    WorkspaceExists,
    WrongPassword,
)
from casemgr.domain.errors import DomainError, PermissionDenied, ValidationError, WorkflowError
from casemgr.domain.records import FIELDS
from casemgr.domain.text import Text
from casemgr.logs import open_private
from casemgr.sync.account import OnlineLoginNeeded
from casemgr.sync.transport import (
    AccountRefused,
    CertificateRefused,
    NeedsLogin,
    Offline,
    RateLimited,
    Refused,
    Revoked,
    ServerTrouble,
    SyncError,
    UnverifiedRevocation,
    UpgradeRequired,
)
from casemgr.ui.i18n import N_, localize, tr
from casemgr.ui.widgets import palette

REVOKED_MESSAGE = (
    N_("An administrator revoked this device (or your account), so the workspace was wiped "
    "from this computer: its cases, key and files are gone. Nothing else is needed from you; "
    "ask your supervisor if you think this is a mistake. You can log in again on another "
    "device, or on this one once an administrator allows it."))


class ErrorKind(Enum):
    REFUSED_INPUT = "refused_input"  # ValidationError: shown beside the fields
    ACTIONABLE = "actionable"  # the environment or a rule: a message the user can act on
    BUG = "bug"  # anything else: crash dialog and log


def _busy(exc: BaseException) -> bool:
    """SQLite's "database is locked": the other connection (the sync) held it too long."""
    return isinstance(exc, OperationalError) and "locked" in str(exc).lower()


def kind_of(exc: BaseException) -> ErrorKind:
    if isinstance(exc, ValidationError):
        return ErrorKind.REFUSED_INPUT
    if _busy(exc):
        return ErrorKind.ACTIONABLE
    if isinstance(exc, WorkspaceError | DomainError | SyncError | OnlineLoginNeeded
                  | AdminProblem):
        return ErrorKind.ACTIONABLE
    if isinstance(exc, OSError) and not isinstance(exc, FileNotFoundError | IsADirectoryError):
        return ErrorKind.ACTIONABLE
    return ErrorKind.BUG


def _disk_full(exc: BaseException) -> bool:
    return isinstance(exc, StorageFull) or (isinstance(exc, OSError)
                                            and exc.errno == errno.ENOSPC)


def _free_space_words(exc: BaseException) -> str:
    """"Free at least 9 MB" when the error says how much, else "Free some space"."""
    need = getattr(exc, "need_bytes", None)
    if isinstance(need, int) and need > 0:
        return tr("Free at least {max} MB").format(max=max(1, -(-need // 1_000_000)))
    return tr("Free some space")


def user_message(exc: BaseException) -> str:
    """A sentence a caseworker can act on (our own messages never carry field values)."""
    if _disk_full(exc):
        return (tr("The disk is full, so the change was not saved. {free_space_words} (for "
                   "example delete downloads you no longer need) and try again; nothing was "
                   "lost.").format(free_space_words=_free_space_words(exc)))
    if _busy(exc):
        return (tr("The workspace was busy (a sync was writing to it), so this was not saved. "
                "Try again in a moment."))
    if isinstance(exc, WrongPassword | UnlockBackoff | LockedOut | RecordNotFound
                  | WorkspaceExists | NoWorkspace):
        return str(exc)
    if isinstance(exc, CorruptKeyFile | NotAWorkspace | WorkspaceCorrupt):
        return (tr("{exc} Do not delete anything: ask your administrator or IT support to check "
                   "this device.").format(exc=exc))
    if isinstance(exc, PermissionDenied):
        return tr("Not allowed: {exc}").format(exc=said(exc))
    if isinstance(exc, WorkflowError):
        return tr("This step is not possible now: {exc}").format(exc=said(exc))
    if isinstance(exc, ValidationError):
        return tr("Some fields need attention: ") + "; ".join(
            f"{_label(k)}: {localize(v)}" for k, v in sorted(exc.errors.items()))
    if isinstance(exc, DomainError | WorkspaceError):
        return said(exc)
    if isinstance(exc, OnlineLoginNeeded):
        return (tr("This workspace needs the server now: {exc} Connect this computer to the "
                   "network, then unlock again.").format(exc=exc))
    if isinstance(exc, SyncError | AdminProblem):
        return str(exc)
    if isinstance(exc, OSError):
        return (tr("The workspace files could not be read or written (the operating system "
                   "refused: {value}). Check the disk and that casemgr may write to its data "
                   "folder, then try again.").format(value=exc.strerror or type(exc).__name__))
    return tr("Something went wrong inside casemgr.")


def said(exc: BaseException) -> str:
    """What an exception of the domain or a use case says, in the user's language when it
    was made with casemgr.domain.text.msg (its first argument), else as it is."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Text):
        return localize(exc.args[0])
    return str(exc)


def _label(field: str) -> str:
    """A field's label (records.FIELDS) in the user's language, else its name in words."""
    name = field.rsplit(".", 1)[-1]
    for fields in FIELDS.values():
        spec = fields.get(name)
        if spec is not None and spec.label:
            return tr(spec.label)
    return name.replace("_", " ")


# -- the lock screen ---------------------------------------------------------------------------


def login_error(exc: BaseException, server: str = "the server") -> dict[str, str]:
    """A failed login as messages beside the fields they concern ("" for the banner)."""
    if isinstance(exc, UnverifiedRevocation):
        return {"": str(exc)}
    if isinstance(exc, NeedsLogin | WrongPassword):
        return {"password": tr("The server did not accept this user name and password.")}
    if isinstance(exc, Revoked | AccountRefused):
        return {"user": tr("This account is deactivated on the server; ask an administrator.")}
    if isinstance(exc, Offline):
        return {"server": tr("{server} cannot be reached. Check the address and the network "
                             "connection, then try again.").format(
                              server=server)}
    if isinstance(exc, RateLimited):
        return {"": str(exc)}
    if isinstance(exc, UpgradeRequired):
        return {"": tr("The server needs a newer version of casemgr; ask your IT support.")}
    if isinstance(exc, CertificateRefused):
        return {"server": str(exc)}
    if isinstance(exc, WorkspaceExists):
        return {"user": str(exc)}
    if isinstance(exc, NotAWorkspace):
        return {"": tr("The key the server returned does not open this workspace; ask an "
                    "administrator.")}
    if isinstance(exc, Refused):
        return {"": tr("The server refused: {exc}").format(
                        exc=exc)}
    if isinstance(exc, ServerTrouble):
        return {"": tr("The server had a problem: {exc} Try again later.").format(
                        exc=exc)}
    if isinstance(exc, ValueError):
        return {"server": str(exc)}
    return {"": user_message(exc)}


def unlock_message(exc: BaseException) -> str:
    """Why a workspace did not unlock, for the lock screen (a wait after failed attempts is
    counted down there instead)."""
    if isinstance(exc, WrongPassword):
        return str(exc)
    if isinstance(exc, Revoked):  # found while logging in online: already wiped
        return tr(REVOKED_MESSAGE)
    if _disk_full(exc):  # too full even to count the attempt or open the database
        return (tr("The disk is full, so the workspace could not be opened. {free_space_words} "
                   "(for example delete downloads you no longer need) and try again; nothing "
                   "was lost.").format(free_space_words=_free_space_words(exc)))
    if kind_of(exc) is ErrorKind.BUG:
        return tr("The workspace could not be opened.")
    return user_message(exc)


def new_workspace_error(exc: BaseException) -> dict[str, str]:
    """Why a new offline-only workspace was not created, beside the field concerned."""
    if isinstance(exc, WorkspaceExists):
        return {"user": tr("A workspace with this name already exists here.")}
    if isinstance(exc, ValueError):
        return {"password": str(exc)}
    if kind_of(exc) is ErrorKind.BUG:
        return {}  # the crash dialog says it
    return {"user": user_message(exc)}


# -- syncing -----------------------------------------------------------------------------------


class SyncOutcome(Enum):
    """What a failed sync means for the user, and so how it is shown."""

    STOPPED = "stopped"  # stopped by the app (locked, not connected yet): nothing to tell
    REVOKED = "revoked"  # the workspace was wiped: back to the lock screen
    OFFLINE = "offline"  # keep working; told when the user asked for the sync
    NEEDS_UPDATE = "needs_update"  # no sync until casemgr is updated: always told
    LOG_IN_AGAIN = "log_in_again"  # the session ended: always told, with "Log in again…"
    RETRY_LATER = "retry_later"  # server trouble or a busy workspace: told when asked
    ENVIRONMENT = "environment"  # the disk and the like: the message bar
    BUG = "bug"  # the crash dialog


@dataclass(frozen=True)
class SyncFailure:
    outcome: SyncOutcome
    title: str  # the status bar's words
    detail: str  # what happened and what to do (tooltip, message bar, lock screen)


def sync_failure(exc: BaseException, server: str = "the server") -> SyncFailure:
    """A failed sync in the user's words: what it means and what to do."""
    if isinstance(exc, SyncCancelled):  # workers.sync.NotAttached is one too
        return SyncFailure(SyncOutcome.STOPPED, tr("Not synced"), tr("The sync was stopped."))
    if isinstance(exc, Revoked):
        return SyncFailure(SyncOutcome.REVOKED, tr("Revoked"), tr(REVOKED_MESSAGE))
    if isinstance(exc, Offline):
        return SyncFailure(
            SyncOutcome.OFFLINE, tr("Offline · working offline"),
            tr("The server at {server} cannot be reached. Keep working: your changes are kept "
               "on this device and sent at the next sync.").format(server=server))
    if isinstance(exc, UpgradeRequired):
        return SyncFailure(
            SyncOutcome.NEEDS_UPDATE, tr("Sync stopped: update casemgr"),
            tr("The server needs a newer version of casemgr. Your changes are kept on this "
               "device and will be sent once casemgr is updated; ask your IT support for the "
               "update."))
    if isinstance(exc, UnverifiedRevocation):  # a forged wipe: nothing deleted, logged out
        return SyncFailure(SyncOutcome.LOG_IN_AGAIN, tr("Sync stopped: log in again"), str(exc))
    if isinstance(exc, NeedsLogin):
        return SyncFailure(
            SyncOutcome.LOG_IN_AGAIN, tr("Sync stopped: log in again"),
            tr("Your session with the server has ended. Log in again to sync; your changes are "
               "kept on this device meanwhile."))
    if isinstance(exc, RateLimited):
        return SyncFailure(SyncOutcome.RETRY_LATER, tr("Sync refused for now"), str(exc))
    if isinstance(exc, ServerTrouble | Refused | SyncError):
        return SyncFailure(
            SyncOutcome.RETRY_LATER, tr("Sync failed · will retry"),
            tr("The server had a problem ({exc}). Nothing of its answer was applied and your "
               "changes are kept; the sync is tried again later.").format(exc=exc))
    if _busy(exc):
        # A long local write held the workspace past the busy timeout: nothing of the step
        # was applied; the next sync goes on from where this one stopped.
        return SyncFailure(
            SyncOutcome.RETRY_LATER, tr("Sync paused · will retry"),
            tr("The workspace was busy with a long change; the sync stopped between two steps "
               "and goes on at the next sync."))
    if kind_of(exc) is ErrorKind.ACTIONABLE:
        return SyncFailure(SyncOutcome.ENVIRONMENT, tr("Sync failed"), user_message(exc))
    return SyncFailure(SyncOutcome.BUG, tr("Sync failed"),
                       tr("An internal error stopped the sync."))


def code_locations(tb: TracebackType | None) -> list[str]:
    """`file:line in function` for each frame: where, never what."""
    return [f"{f.filename}:{f.lineno} in {f.name}" for f in traceback.extract_tb(tb)]


class CrashLog:
    """Appends bug reports to one file (created on first use); None keeps them nowhere."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def write(self, text: str) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            with open_private(self.path, "a") as f:
                f.write(text + "\n")
        except OSError:
            pass  # a full or read-only disk must not turn a bug report into a second crash


def log_bug(log: CrashLog, exc: BaseException, where: str) -> str:
    """Write the bug's type and code locations (no message, no values); returns a summary."""
    frames = code_locations(exc.__traceback__)
    at = datetime.now(UTC).isoformat(timespec="seconds")
    last = frames[-1] if frames else "?"
    log.write(f"{at} casemgr {__version__}: {type(exc).__name__} in {where} at {last}\n"
              + "\n".join(f"  {f}" for f in frames))
    return f"{type(exc).__name__} at {last}"


class MessageBar(QFrame):
    """A dismissable line above the screens, for messages the user can act on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        palette.apply_style(
            self, lambda pal: f"#messageBar {{ {palette.notice_style(pal, border=True)} }}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text, 1)
        self.action = QPushButton()
        self.action.setObjectName("messageAction")
        self.action.clicked.connect(self._act)
        self.action.hide()
        layout.addWidget(self.action)
        self.dismiss = QPushButton(tr("Dismiss"))
        self.dismiss.clicked.connect(self.hide)
        layout.addWidget(self.dismiss)
        self._then: Callable[[], None] | None = None
        self.hide()

    def show_message(self, text: str, action: str | None = None,
                     then: Callable[[], None] | None = None) -> None:
        """Show `text`, with a button `action` that runs `then` when given."""
        self.text.setText(text)
        self._then = then if action else None
        self.action.setText(action or "")
        self.action.setVisible(bool(action))
        self.show()

    @Slot()
    def _act(self) -> None:
        then = self._then
        self.clear()
        if then is not None:
            then()

    def clear(self) -> None:
        self.text.clear()
        self._then = None
        self.action.hide()
        self.hide()


class ErrorReporter(QObject):
    """Shows each error the way its kind asks for; `bug_reported` lets tests and the
    window know a crash dialog went up."""

    bug_reported = Signal(str)

    def __init__(self, bar: MessageBar, parent_window: QWidget, log_path: Path | None) -> None:
        super().__init__(parent_window)
        self._bar = bar
        self._window = parent_window
        self._log = CrashLog(log_path)
        self.log_path = log_path
        self.crash_box: QMessageBox | None = None

    def report(self, exc: BaseException, *, where: str = "an operation",
               show_errors: Callable[[dict[str, str]], None] | None = None) -> None:
        kind = kind_of(exc)
        if kind is ErrorKind.REFUSED_INPUT and show_errors is not None:
            assert isinstance(exc, ValidationError)
            show_errors(exc.errors)
        elif kind is ErrorKind.BUG:
            self.report_bug(exc, where)
        else:
            self._bar.show_message(user_message(exc))

    @Slot(object, str)
    def report_bug(self, exc: BaseException, where: str) -> None:
        summary = log_bug(self._log, exc, where)
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(tr("casemgr: internal error"))
        logged = (tr("The details (where in the program, no case data) were written to "
                     "{log_path}.").format(log_path=self.log_path) if self.log_path else "")
        box.setText(tr("Something went wrong inside casemgr, and the last action may not have "
                       "been completed. Your saved work is safe."))
        box.setInformativeText(tr("{summary}\n\n{logged}\nPlease report it to your "
                                  "administrator.").format(summary=summary, logged=logged))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.crash_box = box
        box.open()
        self.bug_reported.emit(summary)

    def show_info(self, text: str) -> None:
        """A note the user may want to act on (not an error)."""
        self._bar.show_message(text)

    def show_action(self, text: str, action: str, then: Callable[[], None]) -> None:
        """A message with a button that does what it suggests."""
        self._bar.show_message(text, action, then)

    def clear(self) -> None:
        self._bar.clear()
        if self.crash_box is not None:
            self.crash_box.close()
            self.crash_box = None


__all__ = [
    "REVOKED_MESSAGE", "CrashLog", "ErrorKind", "ErrorReporter", "MessageBar", "SyncFailure",
    "SyncOutcome", "code_locations", "kind_of", "log_bug", "login_error", "new_workspace_error",
    "said", "sync_failure", "unlock_message", "user_message",
]
