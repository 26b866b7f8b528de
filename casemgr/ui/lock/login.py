"""Lock-screen dialogs that talk to a server: logging in for the first time on this device,
and recovering a locked-out workspace with the server password."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from casemgr.app.workspaces import (
    check_new_password,
    check_server_url,
    check_user_name,
    normalise_pin,
)
from casemgr.ui.dialogs.base import FittedDialog, keep_room
from casemgr.ui.errors import login_error
from casemgr.ui.i18n import tr
from casemgr.ui.widgets import palette


def new_password_problems(password: str, repeat: str, field: str) -> dict[str, str]:
    """A new workspace password too weak, or typed differently twice (by field name)."""
    errors: dict[str, str] = {}
    try:
        check_new_password(password)
    except ValueError as exc:
        errors[field] = str(exc)
    if repeat != password:
        errors["repeat"] = tr("The two passwords differ.")
    return errors

class _ServerDialog(FittedDialog):
    """Fields with a message under each, a status line, and one button that submits; it fits
    the screen like every dialog (FittedDialog)."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.layout_ = self.main_layout
        self.form = QFormLayout()
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QLineEdit] = {}
        self.banner = QLabel()
        self.banner.setObjectName("errors")
        self.banner.setWordWrap(True)
        palette.apply_style(self.banner, palette.error_style)
        self.banner.hide()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

    def field(self, key: str, label: str, *, secret: bool = False, text: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(key)
        edit.setAccessibleName(label)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(label, edit)
        error = QLabel()
        error.setObjectName(f"{key}Error")
        palette.apply_style(error, palette.error_style)
        error.setWordWrap(True)
        keep_room(error)  # the fields stay put when a message comes or goes
        error.hide()
        self.form.addRow("", error)
        self._errors[key] = error
        self._fields[key] = edit
        return edit

    def finish(self, button_text: str, button_name: str) -> None:
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.banner)
        self.layout_.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = self.buttons.addButton(button_text,
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setObjectName(button_name)
        self.submit_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.set_button_box(self.buttons)

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """One message beside each field concerned; the rest in the banner; focus the first."""
        for key, label in self._errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        self.banner.setText(errors.get("", ""))
        self.banner.setVisible(bool(errors.get("")))
        for key, edit in self._fields.items():
            if key in errors:
                edit.setFocus()
                break
        self.set_busy(False)

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.status.setText(text if busy else "")
        self.submit_button.setEnabled(not busy)
        for edit in self._fields.values():
            edit.setEnabled(not busy)

    @Slot()
    def _submit(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if self.submit_button.isEnabled():  # not while the server is being asked
            super().reject()


class ServerLoginDialog(_ServerDialog):
    """The first login on this device: server address, user name and password."""

    login_requested = Signal(str, str, str)  # server URL, user, password

    def __init__(self, parent: QWidget | None = None, *, server: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("serverLoginDialog")
        self.setWindowTitle(tr("Log in to a server"))
        intro = QLabel(tr("Log in with the account your organisation gave you. A new encrypted "
                          "workspace is created on this device and your cases are downloaded; "
                          "after that it also opens offline. Your workspace password is the "
                          "same as your server password."))
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        self.server = self.field("server", tr("Server address"), text=server)
        self.server.setPlaceholderText(tr("https://casemgr.example.org"))
        self.user = self.field("user", tr("User name"))
        self.password = self.field("password", tr("Password"), secret=True)
        self.password.returnPressed.connect(self._submit)
        self.ca_file = self.field("caFile", tr("CA file (if IT gave one)"))
        self.ca_file.setPlaceholderText(tr("the organisation's CA certificate, a .pem file"))
        self.server_pin = self.field("serverPin", tr("Server key pin (if IT gave one)"))
        self.server_pin.setPlaceholderText(tr("SHA-256 of the server's public key"))
        self.finish(tr("Log in"), "loginButton")

    def tls(self) -> tuple[Path | None, str | None]:
        """The CA file and key pin typed, if any."""
        ca, pin = self.ca_file.text().strip(), self.server_pin.text().strip()
        return (Path(ca) if ca else None), (pin or None)

    @Slot()
    def _submit(self) -> None:
        errors: dict[str, str] = {}
        server = self.server.text().strip().rstrip("/")
        try:
            check_server_url(server)
        except ValueError as exc:
            errors["server"] = (str(exc) if server.startswith("http://") else
                                tr("Enter the address your organisation gave you, starting "
                                "with https://"))
        ca_file, pin = self.tls()
        if ca_file is not None and not ca_file.is_file():
            errors["caFile"] = tr("There is no such file.")
        if pin is not None:
            try:
                normalise_pin(pin)
            except ValueError as exc:
                errors["serverPin"] = str(exc)
        user = self.user.text().strip()
        try:
            check_user_name(user)
        except ValueError as exc:
            errors["user"] = str(exc)
        if not self.password.text():
            errors["password"] = tr("Enter your password.")
        self.show_errors(errors)
        if errors:
            return
        self.set_busy(True, tr("Logging in to {server}…").format(server=server))
        self.login_requested.emit(server, user, self.password.text())


class RecoverDialog(_ServerDialog):
    """After a lockout: the server password gets the key back; a new workspace password."""

    recover_requested = Signal(str, str)  # server password, new workspace password

    def __init__(self, user: str, server: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoverDialog")
        self.setWindowTitle(tr("Recover with the server"))
        intro = QLabel(tr("Log in to {server} as {user} to get this workspace's key back, then "
                          "choose a new password for the workspace on this device. No case data "
                          "is lost.").format(server=server, user=user))
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        self.server_password = self.field("serverPassword", tr("Server password"), secret=True)
        self.new_password = self.field("newPassword", tr("New workspace password"), secret=True)
        self.repeat = self.field("repeat", tr("Repeat the new password"), secret=True)
        self.repeat.returnPressed.connect(self._submit)
        self.finish(tr("Recover"), "recoverButton")

    @Slot()
    def _submit(self) -> None:
        errors: dict[str, str] = {}
        if not self.server_password.text():
            errors["serverPassword"] = tr("Enter your password on the server.")
        errors.update(new_password_problems(self.new_password.text(), self.repeat.text(),
                                            "newPassword"))
        self.show_errors(errors)
        if errors:
            return
        self.set_busy(True, tr("Asking the server for the key…"))
        self.recover_requested.emit(self.server_password.text(), self.new_password.text())

    def show_failure(self, exc: BaseException) -> None:
        """Show why recovery failed, beside the field concerned."""
        errors = login_error(exc)
        if "password" in errors:
            errors = {"serverPassword": errors["password"]}
        if "server" in errors or "user" in errors:
            errors = {"": errors.get("server") or errors.get("user", "")}
        self.show_errors(errors)


__all__ = ["RecoverDialog", "ServerLoginDialog", "login_error"]
