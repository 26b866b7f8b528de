"""The lock screen: choose a workspace, unlock it with the password (with the failed-unlock
wait counted down), log in to a server for the first time on this device, recover a
locked-out server-bound workspace, or create an offline-only one.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casemgr.app.workspaces import Profile, check_user_name, list_profiles, server_of
from casemgr.db.errors import LockedOut, UnlockBackoff, WrongPassword
from casemgr.domain.permissions import Role
from casemgr.sync.transport import Revoked
from casemgr.ui.context import AppContext
from casemgr.ui.dialogs.base import FittedDialog, keep_room
from casemgr.ui.errors import (
    ErrorKind,
    kind_of,
    login_error,
    new_workspace_error,
    unlock_message,
    user_message,
)
from casemgr.ui.i18n import N_, tr
from casemgr.ui.lock.login import RecoverDialog, ServerLoginDialog, new_password_problems
from casemgr.ui.widgets import palette
from casemgr.ui.workers.db import DbWorker, SignedIn

NO_RECOVERY_WARNING = (
    N_("This workspace is offline-only: there is no server, so there is no password recovery. "
    "If the password is forgotten, nobody can open the cases kept in it. Keep the password "
    "safe."))


class CreateWorkspaceDialog(FittedDialog):
    """Name, role and password of a new offline-only workspace, with the no-recovery warning."""

    create_requested = Signal(str, str, object)  # user, password, profile dict

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New offline-only workspace"))
        self.setObjectName("createWorkspaceDialog")
        layout = self.main_layout
        warning = QLabel(tr(NO_RECOVERY_WARNING))
        warning.setObjectName("noRecoveryWarning")
        warning.setWordWrap(True)
        palette.apply_style(warning, palette.danger_panel_style)
        layout.addWidget(warning)
        form = QFormLayout()
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in (Role.CASEWORKER, Role.SUPERVISOR):
            self.role.addItem(role.value.capitalize(), role.value)
        self.team = QLineEdit()
        self.team.setObjectName("team")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self._errors: dict[str, QLabel] = {}
        for key, label, widget in (("user", tr("User name"), self.user),
                                   ("role", tr("Role"), self.role),
                                   ("team", tr("Team (optional)"), self.team),
                                   ("password", tr("Password"), self.password),
                                   ("repeat", tr("Repeat the password"), self.repeat)):
            form.addRow(label, widget)
            error = QLabel()
            error.setObjectName(f"{key}Error")
            palette.apply_style(error, palette.error_style)
            error.setWordWrap(True)
            keep_room(error)  # the fields stay put when a message comes or goes
            error.hide()
            form.addRow("", error)
            self._errors[key] = error
        layout.addLayout(form)
        self.understood = QCheckBox(tr("I understand that there is no password recovery"))
        self.understood.setObjectName("understood")
        layout.addWidget(self.understood)
        self.status = QLabel()
        self.status.setObjectName("createStatus")
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(tr("Create workspace"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("createButton")
        self.create_button.setEnabled(False)
        self.understood.toggled.connect(self.create_button.setEnabled)
        self.buttons.accepted.connect(self._submit)
        self.set_button_box(self.buttons)

    def show_errors(self, errors: dict[str, str]) -> None:
        """One message beside each refused field; the first one gets the focus."""
        for key, label in self._errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        widgets = {"user": self.user, "password": self.password, "repeat": self.repeat,
                   "team": self.team}
        for key in self._errors:
            if key in errors and key in widgets:
                widgets[key].setFocus()
                break
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self.status.setText(tr("Creating the encrypted workspace…") if busy else "")
        self.create_button.setEnabled(not busy and self.understood.isChecked())

    @Slot()
    def _submit(self) -> None:
        errors: dict[str, str] = {}
        user = self.user.text().strip()
        try:
            check_user_name(user)
        except ValueError as exc:
            errors["user"] = str(exc)
        errors.update(new_password_problems(self.password.text(), self.repeat.text(),
                                            "password"))
        self.show_errors(errors)
        if errors:
            return
        self.set_busy(True)
        profile = {"role": str(self.role.currentData()), "teams": self.team.text().strip()}
        self.create_requested.emit(user, self.password.text(), profile)


class LockScreen(QWidget):
    """Shown at start and whenever the workspace is locked; no case data is ever on it."""

    unlocked = Signal(object)  # SignedIn
    unlock_failed = Signal(str)  # the message shown
    ready = Signal()  # the workspaces are listed; nothing is loading

    def __init__(self, worker: DbWorker, ctx: AppContext,
                 report_bug: Callable[[BaseException, str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._ctx = ctx
        self._report_bug = report_bug
        self._wait_until: float | None = None
        self._wait_prefix = ""
        self._busy = False
        self._preferred = ""
        self._profiles: list[Profile] = []
        self.create_dialog: CreateWorkspaceDialog | None = None
        self.login_dialog: ServerLoginDialog | None = None
        self.recover_dialog: RecoverDialog | None = None

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setObjectName("lockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMinimumWidth(380)
        card.setMaximumWidth(480)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        layout = QVBoxLayout(card)
        title = QLabel(tr("<h2>casemgr</h2>"))
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(title)
        self.heading = QLabel(tr("Unlock your workspace"))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.profile = QComboBox()
        self.profile.setObjectName("profile")
        self.profile.setAccessibleName(tr("Workspace"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setAccessibleName(tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.try_unlock)
        form.addRow(tr("Workspace"), self.profile)
        form.addRow(tr("Password"), self.password)
        layout.addLayout(form)
        self.unlock_button = QPushButton(tr("Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        layout.addWidget(self.unlock_button)
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message)
        self.recover_button = QPushButton(tr("Recover with the server…"))
        self.recover_button.setObjectName("recoverWorkspace")
        self.recover_button.clicked.connect(self.open_recover_dialog)
        self.recover_button.hide()
        layout.addWidget(self.recover_button)
        self.login_button = QPushButton(tr("Log in to a server…"))
        self.login_button.setObjectName("loginToServer")
        self.login_button.setToolTip(tr("First time on this device: log in with your account on "
                                        "your organisation's server"))
        self.login_button.clicked.connect(self.open_login_dialog)
        layout.addWidget(self.login_button)
        self.create_button = QPushButton(tr("New offline-only workspace…"))
        self.create_button.setObjectName("createWorkspace")
        self.create_button.clicked.connect(self.open_create_dialog)
        layout.addWidget(self.create_button)
        self.folder = QLabel(tr("Data folder: {data_dir}").format(data_dir=ctx.data_dir))
        self.folder.setObjectName("dataFolder")
        self.folder.setWordWrap(True)
        palette.apply_style(self.folder, palette.muted_style)
        layout.addWidget(self.folder)

        self._countdown = QTimer(self)
        self._countdown.setInterval(ctx.countdown_tick_ms)
        self._countdown.timeout.connect(self._tick)

    # -- workspaces ----------------------------------------------------------------------------

    def reload_profiles(self, preferred: str = "") -> None:
        """List the workspaces of the data folder (read on the worker), selecting `preferred`."""
        self._preferred = preferred or self._preferred
        data_dir = self._ctx.data_dir
        self._worker.call(lambda: list_profiles(data_dir), self._show_profiles, self._failed)

    def _show_profiles(self, profiles: list[Profile]) -> None:
        self._profiles = profiles
        self.profile.clear()
        for p in profiles:
            self.profile.addItem(p.user + (tr("  (offline-only)") if p.offline_only else ""),
                                 p.user)
        if self._preferred:
            index = self.profile.findData(self._preferred)
            if index >= 0:
                self.profile.setCurrentIndex(index)
        if not profiles:
            self.heading.setText(tr("There is no workspace on this device yet: log in to your "
                                    "organisation's server, or create an offline-only one."))
            self.heading.setWordWrap(True)
            self.login_button.setDefault(True)
        else:
            self.heading.setText(tr("Unlock your workspace"))
        self._set_enabled(not self._busy)
        if not self._busy:
            self.ready.emit()

    def select_profile(self, user: str) -> None:
        self._preferred = user
        index = self.profile.findData(user)
        if index >= 0:
            self.profile.setCurrentIndex(index)

    def current_user(self) -> str:
        return str(self.profile.currentData() or "")

    # -- unlocking -----------------------------------------------------------------------------

    @Slot()
    def try_unlock(self) -> None:
        if self._busy or self._waiting():
            return
        user = self.current_user()
        if not user:
            self.message.setText(tr("Choose a workspace, or create one."))
            return
        self.unlock_with(user, self.password.text())

    def unlock_with(self, user: str, password: str) -> None:
        """Unlock `user`'s workspace (from the form, or --screenshot/--demo runs)."""
        self._preferred = user
        self._busy = True
        self._set_enabled(False)
        self.message.setText(tr("Unlocking…"))
        self.recover_button.hide()
        self._worker.unlock(self._ctx.data_dir, user, password, self._unlocked,
                            self._unlock_failed, clock=self._ctx.clock,
                            kdf_policy=self._ctx.kdf,
                            transport_factory=self._ctx.transport_factory,
                            keystore=self._ctx.keystore)

    def _unlocked(self, session: SignedIn) -> None:
        self._busy = False
        self.password.clear()
        self.message.clear()
        self._set_enabled(True)
        self.unlocked.emit(session)

    def _unlock_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.password.clear()
        self._set_enabled(True)
        self.password.setFocus()
        if isinstance(exc, WrongPassword | UnlockBackoff) and exc.wait_seconds > 0:
            prefix = tr("Wrong password.") if isinstance(exc, WrongPassword) else \
                tr("Too many failed attempts.")
            self.show_wait(exc.wait_seconds, prefix)
        else:
            self.message.setText(unlock_message(exc))
            if isinstance(exc, Revoked):  # found while logging in online: already wiped
                self.reload_profiles()
            elif isinstance(exc, LockedOut):
                self.recover_button.setVisible(self._server_bound(self._preferred))
            elif kind_of(exc) is ErrorKind.BUG:
                self._report_bug(exc, "unlocking")
        self.unlock_failed.emit(self.message.text())
        self.ready.emit()

    def show_wait(self, seconds: float, prefix: str) -> None:
        """Disable unlocking and count the wait down to zero."""
        self._wait_prefix = prefix
        self._wait_until = self._ctx.monotonic() + seconds
        self._tick()
        self._countdown.start()

    def _waiting(self) -> bool:
        return self._wait_until is not None

    @Slot()
    def _tick(self) -> None:
        if self._wait_until is None:
            return
        left = math.ceil(self._wait_until - self._ctx.monotonic())
        if left > 0:
            self.unlock_button.setEnabled(False)
            self.message.setText(tr("{wait_prefix} Try again in {left} s.").format(
                                     wait_prefix=self._wait_prefix, left=left))
            self.unlock_button.setToolTip(tr("Unlocking is possible again in {left} s.").format(
                                              left=left))
            return
        self._wait_until = None
        self._countdown.stop()
        self.unlock_button.setToolTip("")
        self.unlock_button.setEnabled(not self._busy)
        self.message.setText(tr("You can try again now."))

    def _set_enabled(self, enabled: bool) -> None:
        for w in (self.profile, self.password, self.create_button, self.login_button,
                  self.recover_button):
            w.setEnabled(enabled)
        self.unlock_button.setEnabled(enabled and not self._waiting())

    def _failed(self, exc: BaseException) -> None:
        if kind_of(exc) is ErrorKind.BUG:
            self._report_bug(exc, "listing workspaces")
        else:
            self.message.setText(user_message(exc))

    def reset_for_lock(self, user: str, notice: str | None = None) -> None:
        """Shown again after a lock: the same workspace preselected, the password empty."""
        self.password.clear()
        self.recover_button.hide()
        self.message.setText(notice or tr("The workspace was locked. Enter the password to "
                             "continue."))
        self.reload_profiles(user)
        self.password.setFocus()

    def _server_bound(self, user: str) -> bool:
        return any(p.user == user and not p.offline_only for p in self._profiles)

    # -- servers -------------------------------------------------------------------------------

    @Slot()
    def open_login_dialog(self) -> ServerLoginDialog:
        dialog = ServerLoginDialog(self)
        dialog.login_requested.connect(lambda url, user, password: self.login_with(
            url, user, password, dialog=dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: setattr(self, "login_dialog", None))
        self.login_dialog = dialog
        dialog.open()
        return dialog

    def login_with(self, server_url: str, user: str, password: str, *,
                   dialog: ServerLoginDialog | None = None) -> None:
        """First login on this device (the dialog, or --demo): a workspace bound to the
        server, then the session starts and its first sync brings the caseload."""
        self._busy = True
        self._set_enabled(False)
        self.message.setText(tr("Logging in to {server_url}…").format(server_url=server_url))

        def done(session: SignedIn) -> None:
            self._busy = False
            self._set_enabled(True)
            self.message.clear()
            if dialog is not None:
                dialog.set_busy(False)
                dialog.accept()
            self._preferred = session.user
            self.unlocked.emit(session)

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._set_enabled(True)
            errors = login_error(exc, server_url)
            if kind_of(exc) is ErrorKind.BUG:
                self._report_bug(exc, "logging in to a server")
            if dialog is not None:
                dialog.show_errors(errors)
                self.message.clear()
            else:
                self.message.setText(" ".join(errors.values()))
                self.unlock_failed.emit(self.message.text())
            self.ready.emit()

        ca_file, server_pin = dialog.tls() if dialog is not None else (None, None)
        self._worker.first_login(self._ctx.data_dir, server_url, user, password, done, failed,
                                 clock=self._ctx.clock, kdf=self._ctx.kdf,
                                 transport_factory=self._ctx.transport_factory,
                                 ca_file=ca_file, server_pin=server_pin,
                                 keystore=self._ctx.keystore)

    @Slot()
    def open_recover_dialog(self) -> RecoverDialog | None:
        user = self.current_user()
        if not user:
            return None
        try:
            server = server_of(self._ctx.data_dir, user) or ""
        except Exception:  # a damaged folder: the unlock message says so
            return None
        dialog = RecoverDialog(user, server, self)
        dialog.recover_requested.connect(
            lambda server_password, new_password: self._recover(
                dialog, user, server_password, new_password))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: setattr(self, "recover_dialog", None))
        self.recover_dialog = dialog
        dialog.open()
        return dialog

    def _recover(self, dialog: RecoverDialog, user: str, server_password: str,
                 new_password: str) -> None:
        def done(session: SignedIn) -> None:
            dialog.set_busy(False)
            dialog.accept()
            self.recover_button.hide()
            self.message.clear()
            self.unlocked.emit(session)

        def failed(exc: BaseException) -> None:
            if kind_of(exc) is ErrorKind.BUG:
                self._report_bug(exc, "recovering a workspace")
            dialog.show_failure(exc)

        self._worker.recover(self._ctx.data_dir, user, server_password, new_password, done,
                             failed, clock=self._ctx.clock, kdf=self._ctx.kdf,
                             transport_factory=self._ctx.transport_factory,
                             keystore=self._ctx.keystore)

    # -- creating ------------------------------------------------------------------------------

    @Slot()
    def open_create_dialog(self) -> CreateWorkspaceDialog:
        dialog = CreateWorkspaceDialog(self)
        dialog.create_requested.connect(self._create)
        dialog.finished.connect(dialog.deleteLater)
        self.create_dialog = dialog
        dialog.open()
        return dialog

    def _create(self, user: str, password: str, profile: dict[str, str]) -> None:
        dialog = self.sender()
        assert isinstance(dialog, CreateWorkspaceDialog)

        def created(session: SignedIn) -> None:
            dialog.accept()
            self._preferred = session.user
            self.unlocked.emit(session)

        def failed(exc: BaseException) -> None:
            dialog.show_errors(new_workspace_error(exc))
            if kind_of(exc) is ErrorKind.BUG:
                self._report_bug(exc, "creating a workspace")

        self._worker.create(self._ctx.data_dir, user, password, profile, created, failed,
                            clock=self._ctx.clock, kdf=self._ctx.kdf,
                            keystore=self._ctx.keystore)

    def show_notice(self, text: str) -> None:
        """A line for the user on the lock screen (the demo server starting, say)."""
        self.message.setText(text)


__all__ = ["NO_RECOVERY_WARNING", "CreateWorkspaceDialog", "LockScreen"]
