"""The admin console's dialogs: a new user, a user's role, teams and access, a new team, a
temporary password shown once, a confirmation that names what it will do, publishing a form
version and importing the service directory.

A dialog that asks the server (`ServerDialog`) does not close on Save: it emits `submitted`
with what was typed and waits, greyed, for the page to run the request off the UI thread;
then it closes (`succeeded`) or shows the server's refusal beside its fields (`refused`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casemgr.app.admin import (
    ROLES,
    ImportLine,
    ImportResult,
    NewPassword,
    PublishedForm,
    UserOut,
    user_problems,
)
from casemgr.ui.dialogs.base import CaseworkDialog, FittedDialog, RadioRow
from casemgr.ui.i18n import N_, num, tr
from casemgr.ui.widgets import palette
from casemgr.ui.widgets.tables import Column, RowsModel, RowsTable

ROLE_WORDS = {"caseworker": N_("Caseworker"), "supervisor": N_("Supervisor"),
              "admin": N_("Administrator")}
OUTCOME_WORDS = {"created": N_("Added"), "updated": N_("Updated"), "unchanged": N_("Unchanged"),
                 "closed": N_("Left out (closed)"), "refused": N_("Refused")}
ASKING = N_("Asking the server…")


class ServerDialog(CaseworkDialog):
    """Save checks the fields here (`problems`), then emits `submitted(value())` and waits
    for the server's answer, greyed; `refused(errors)` puts it back with the messages."""

    submitted = Signal(object)

    def value(self) -> Any:
        raise NotImplementedError

    @Slot()
    def save(self) -> None:
        if self.checked():
            self.set_waiting(True)
            self.submitted.emit(self.value())

    def set_waiting(self, waiting: bool) -> None:
        self.content.setEnabled(not waiting)
        self.save_button.setEnabled(not waiting)
        self.save_button.setToolTip(tr(ASKING) if waiting else "")

    def refused(self, errors: Mapping[str, str]) -> None:
        self.set_waiting(False)
        self.show_errors(errors)

    def succeeded(self) -> None:
        self.field_errors.clear()
        self.accept()


class TeamChoice(QListWidget):
    """The organisation's teams, each with a box to tick."""

    def __init__(self, teams: Sequence[str], chosen: Sequence[str] = ()) -> None:
        super().__init__()
        self.setObjectName("teams")
        for name in teams:
            item = QListWidgetItem(name, self)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen
                               else Qt.CheckState.Unchecked)
        self.setMaximumHeight(min(160, 24 * max(2, len(teams)) + 8))

    def chosen(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())
                if self.item(i).checkState() is Qt.CheckState.Checked]

    def tick(self, name: str) -> None:
        for i in range(self.count()):
            if self.item(i).text() == name:
                self.item(i).setCheckState(Qt.CheckState.Checked)


class NewUserDialog(ServerDialog):
    """A user name, a role and teams; the server gets a temporary password made here."""

    def __init__(self, parent: QWidget | None, teams: Sequence[str]) -> None:
        super().__init__(parent)
        self.setObjectName("new_user")
        self.setWindowTitle(tr("New user"))
        form = self.new_form()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.add_row(form, "username", tr("User name"), self.username, required=True)
        self.role = RadioRow("", ROLES, labels=[tr(ROLE_WORDS[r]) for r in ROLES], name="role")
        self.role.set_value("caseworker")
        self.add_row(form, "role", tr("Role"), self.role, required=True)
        self.teams = TeamChoice(teams)
        self.add_row(form, "teams", tr("Teams"), self.teams)
        self.main_layout.addLayout(form)
        note = QLabel(tr("casemgr makes a temporary password and shows it once, after the user "
                         "is created: give it to them in person."))
        note.setWordWrap(True)
        palette.apply_style(note, palette.help_style)
        self.main_layout.addWidget(note)
        self.add_buttons(tr("Create user"), name="create")

    def value(self) -> dict[str, Any]:
        return {"username": self.username.text().strip(), "role": self.role.value(),
                "teams": self.teams.chosen()}

    def problems(self) -> dict[str, str]:
        v = self.value()
        return user_problems(v["username"], v["role"] or "", v["teams"])


class EditUserDialog(ServerDialog):
    """A user's role, teams and whether they may sign in."""

    def __init__(self, parent: QWidget | None, user: UserOut, teams: Sequence[str],
                 *, own_account: bool) -> None:
        super().__init__(parent)
        self.setObjectName("edit_user")
        self.setWindowTitle(tr("Change {username}").format(username=user.username))
        self.user = user
        form = self.new_form()
        self.role = RadioRow("", ROLES, labels=[tr(ROLE_WORDS[r]) for r in ROLES], name="role")
        self.role.set_value(user.role)
        self.add_row(form, "role", tr("Role"), self.role)
        self.teams = TeamChoice(teams, user.teams)
        self.add_row(form, "teams", tr("Teams"), self.teams)
        self.active = QCheckBox(tr("May sign in (active)"))
        self.active.setObjectName("active")
        self.active.setChecked(user.active)
        self.add_row(form, "active", tr("Access"), self.active)
        if own_account:  # the server refuses it too: no admin locks themselves out
            self.role.setEnabled(False)
            self.active.setEnabled(False)
            self.active.setToolTip(tr("You cannot take away your own access."))
        self.main_layout.addLayout(form)
        note = QLabel(tr("Deactivating signs the user out: each of their devices wipes its "
                         "workspace at its next contact with the server. Changes of role and "
                         "teams reach their devices at their next sign-in."))
        note.setWordWrap(True)
        palette.apply_style(note, palette.help_style)
        self.main_layout.addWidget(note)
        self.add_buttons(tr("Save changes"))

    def value(self) -> dict[str, Any]:
        return {"role": self.role.value(), "teams": self.teams.chosen(),
                "active": self.active.isChecked()}

    def changes(self) -> dict[str, Any]:
        """What differs from the user as loaded (what the update sends)."""
        v, u = self.value(), self.user
        out: dict[str, Any] = {}
        if v["role"] != u.role:
            out["role"] = v["role"]
        if sorted(v["teams"]) != sorted(u.teams):
            out["teams"] = v["teams"]
        if v["active"] != u.active:
            out["active"] = v["active"]
        return out

    def problems(self) -> dict[str, str]:
        v = self.value()
        if v["role"] != "admin" and not v["teams"]:
            return {"teams": tr("A {role} needs a team: their cases go to its supervisor.")
                    .format(role=tr(ROLE_WORDS.get(v["role"], v["role"])).lower())}
        return {}


class NewTeamDialog(ServerDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("new_team")
        self.setWindowTitle(tr("New team"))
        form = self.new_form()
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.add_row(form, "name", tr("Team name"), self.name, required=True)
        self.main_layout.addLayout(form)
        self.add_buttons(tr("Create team"), name="create")

    def value(self) -> str:
        return " ".join(self.name.text().split())

    def problems(self) -> dict[str, str]:
        return {} if self.value() else {"name": tr("Give the team a name.")}


class PasswordDialog(FittedDialog):
    """A temporary password, shown this once: copy it or write it down. Nothing keeps it;
    closing the dialog forgets it."""

    def __init__(self, parent: QWidget | None, new: NewPassword, *, created: bool) -> None:
        super().__init__(parent)
        self.setObjectName("temporary_password")
        self.setWindowTitle(tr("Temporary password"))
        user = new.user.username
        what = (tr("{user} was created.").format(user=user) if created
                else tr("The password of {user} was reset; their sessions have ended.").format(
                    user=user))
        intro = QLabel(tr("{what} Their temporary password is below. It is shown only now: copy "
                          "it or write it down, and give it to them in person.").format(what=what))
        intro.setWordWrap(True)
        self.main_layout.addWidget(intro)
        row = QHBoxLayout()
        self.password = QLineEdit(new.password)
        self.password.setObjectName("password")
        self.password.setReadOnly(True)
        self.password.setAccessibleName(tr("Temporary password of {user}").format(user=user))
        font = self.password.font()
        font.setFamily("monospace")
        font.setPointSize(font.pointSize() + 2)
        self.password.setFont(font)
        row.addWidget(self.password, 1)
        self.copy = QPushButton(tr("Copy"))
        self.copy.setObjectName("copy")
        self.copy.clicked.connect(self._copy)
        row.addWidget(self.copy)
        self.main_layout.addLayout(row)
        after = QLabel(tr("{user} signs in with it on their device; their workspace then has "
                          "its own password. casemgr does not keep this one.").format(user=user))
        after.setWordWrap(True)
        palette.apply_style(after, palette.help_style)
        self.main_layout.addWidget(after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.set_button_box(buttons)
        self.finished.connect(lambda _result: self.password.clear())

    @Slot()
    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.password.text())
        self.copy.setText(tr("Copied"))


class ConfirmDialog(FittedDialog):
    """A question that names what will happen, with a button that says it."""

    def __init__(self, parent: QWidget | None, title: str, text: str, detail: str,
                 action: str, *, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.question = QLabel(text)
        self.question.setObjectName("question")
        self.question.setWordWrap(True)
        self.main_layout.addWidget(self.question)
        self.detail = QLabel(detail)
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.main_layout.addWidget(self.detail)
        buttons = QDialogButtonBox()
        self.confirm = buttons.addButton(action, QDialogButtonBox.ButtonRole.DestructiveRole)
        assert self.confirm is not None
        self.confirm.setObjectName("confirm")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        cancel.setObjectName("cancel")
        cancel.setDefault(True)
        self.confirm.clicked.connect(self.accept)
        self.set_button_box(buttons)


class FileDialog(ServerDialog):
    """A file to send (typed, or chosen with the buttons), then what the server said."""

    def __init__(self, parent: QWidget | None, *, title: str, name: str, action: str,
                 intro: str, label: str) -> None:
        super().__init__(parent, scroll=False)  # short; the import report scrolls itself
        self.setObjectName(name)
        self.setWindowTitle(title)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.main_layout.addWidget(text)
        form = self.new_form()
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.choosers = QHBoxLayout()
        chooser = QWidget()
        row = QVBoxLayout(chooser)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path)
        row.addLayout(self.choosers)
        self.add_row(form, "file", label, chooser, required=True, focus=self.path)
        self.main_layout.addLayout(form)
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.main_layout.addWidget(self.outcome)
        self.add_buttons(action, name="send")
        self.cancel_button.setText(tr("Close"))

    def _describe(self, key: str) -> str:
        """Where a problem is, as the server or the forms engine names it ("field 'x',
        show_if: …")."""
        return f"{key[:1].upper()}{key[1:]}:"

    def add_chooser(self, text: str, choose: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(text.rstrip("…").replace(" ", "_").lower())
        button.clicked.connect(choose)
        self.choosers.addWidget(button)
        return button

    def value(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def problems(self) -> dict[str, str]:
        return {} if self.path.text().strip() else {"file": tr("Choose a file first.")}

    def set_waiting(self, waiting: bool) -> None:
        super().set_waiting(waiting)
        if waiting:
            self.outcome.setText(tr(ASKING))

    def refused(self, errors: Mapping[str, str]) -> None:
        self.outcome.clear()
        super().refused(errors)

    def done_sending(self, text: str) -> None:
        """The server took it: say what came of it; the dialog stays open to read it."""
        self.set_waiting(False)
        self.outcome.setText(text)
        self.mark_saved()


class PublishFormDialog(FileDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            parent, title=tr("Publish a form version"), name="publish_form", action=tr("Publish"),
            label=tr("Form definition"),
            intro=tr("Choose the JSON file of the new form version (docs/forms.md). Its version "
                     "must be above every published one; published versions never change. "
                     "Devices receive it at their next sync, and assessments already filled in "
                     "keep the version they were filled in with."))
        self.add_chooser(tr("Choose a file…"), self._choose)

    @Slot()
    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Form definition"), "",
                                              tr("Form definitions (*.json)"))
        if path:
            self.path.setText(path)

    def published(self, form: PublishedForm) -> None:
        self.done_sending(tr("Published {form_id!r} version {version}. Devices receive it at "
                             "their next sync.").format(form_id=form.form_id, version=form.version))


class ImportDirectoryDialog(FileDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            parent, title=tr("Import the service directory"), name="import_directory",
            action=tr("Import"), label=tr("Directory file"),
            intro=tr("Choose an Open Referral HSDS 3.0 JSON file, the folder of an HSDS CSV "
                     "data package (or its .zip), or a CSV file: an HSDS services.csv or "
                     "organizations.csv, or a plain list of providers (a name column, and any "
                     "of organization, services, description, phone, email, address, id). A "
                     "provider imported before is updated, never duplicated."))
        self.add_chooser(tr("Choose a file…"), self._choose_file)
        self.add_chooser(tr("Choose a folder…"), self._choose_folder)
        self.lines = RowsModel[ImportLine]([
            Column(tr("Outcome"), lambda line: tr(OUTCOME_WORDS.get(line.outcome, line.outcome)),
                   foreground=lambda line: palette.error() if line.outcome == "refused"
                   else None),
            Column(tr("Provider"), lambda line: line.name or tr("(no name)")),
            Column(tr("Where"), lambda line: line.where or ""),
            Column(tr("Why"), lambda line: line.reason or ""),
        ], lambda line: f"{line.outcome}:{line.where or line.hsds_id}", self)
        self.report = RowsTable(self.lines, "importReport")
        self.report.setMinimumHeight(180)
        self.report.hide()
        self.main_layout.addWidget(self.report, 1)
        self.resize(720, 520)

    @Slot()
    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Directory file"), "",
                                              tr("HSDS JSON, CSV or zip (*.json *.csv *.zip)"))
        if path:
            self.path.setText(path)

    @Slot()
    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("Folder of the HSDS CSV data package"))
        if path:
            self.path.setText(path)

    def imported(self, result: ImportResult) -> None:
        self.lines.set_rows(result.lines)
        self.report.show()
        self.done_sending(report_text(result))


def report_text(result: ImportResult) -> str:
    """What an import did, in one paragraph."""
    counts = [tr("{count} added").format(count=num(result.created)),
              tr("{count} updated").format(count=num(result.updated)),
              tr("{count} unchanged").format(count=num(result.unchanged))]
    if result.closed:
        counts.append(tr("{count} left out as closed").format(count=num(result.closed)))
    counts.append(tr("{count} refused").format(count=num(result.refused)))
    text = tr("Imported: {counts}.").format(counts=", ".join(counts))
    if result.refused:
        text += tr(" Each refused row says why; correct them and import the file again.")
    if result.ignored_columns:
        text += tr(" Columns not imported (no provider field): {columns}.").format(
            columns=", ".join(result.ignored_columns))
    return text


__all__ = ["ROLE_WORDS", "ConfirmDialog", "EditUserDialog", "ImportDirectoryDialog",
           "NewTeamDialog", "NewUserDialog", "PasswordDialog", "PublishFormDialog",
           "ServerDialog", "report_text"]


# -- a person's data -------------------------------------------------------------------------------

PERSON_ID_RULE = N_("Give the person's id: 36 letters, digits and dashes (a person's record "
                    "in the case file shows it).")


def _person_problem(text: str) -> str | None:
    value = text.strip().lower()
    if len(value) != 36 or value.count("-") != 4:
        return tr(PERSON_ID_RULE)
    return None


def _about_a_person(dialog: ServerDialog, intro: str, person_id: str
                    ) -> tuple[QFormLayout, QLineEdit]:
    """What the dialog does, in a sentence or two, then the person's id (required)."""
    text = QLabel(intro)
    text.setWordWrap(True)
    dialog.main_layout.addWidget(text)
    form = dialog.new_form()
    person = QLineEdit(person_id)
    person.setObjectName("person")
    dialog.add_row(form, "person", tr("Person id"), person, required=True)
    return form, person


class SubjectAccessDialog(ServerDialog):
    """A person's id, the format, the file and the password once more; Save emits
    `submitted` with (person id, format, path, password) and waits for the page."""

    def __init__(self, parent: QWidget | None, person_id: str = "") -> None:
        super().__init__(parent, scroll=False)
        self.setObjectName("subject_access")
        self.setWindowTitle(tr("Subject access"))
        form, self.person = _about_a_person(self, tr(
            "Everything the server holds about one person — their record, their household, "
            "their cases, the records of those cases that concern them, and the audit "
            "entries about these — saved to a file to hand over. The file is not encrypted; "
            "the request is recorded in the audit logs."), person_id)
        self.format = RadioRow("subject_access_format", ("pdf", "json"),
                               labels=(tr("PDF, to read"), tr("JSON, every field")),
                               name="format")
        self.format.set_value("pdf")
        self.add_row(form, "format", tr("Format"), self.format)
        chooser = QWidget()
        row = QHBoxLayout(chooser)
        row.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit()
        self.path.setObjectName("path")
        row.addWidget(self.path, 1)
        choose = QPushButton(tr("Choose…"))
        choose.setObjectName("choose")
        choose.clicked.connect(self._choose)
        row.addWidget(choose)
        self.add_row(form, "file", tr("Save as"), chooser, required=True, focus=self.path)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(form, "password", tr("Your password"), self.password, required=True)
        self.main_layout.addLayout(form)
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.main_layout.addWidget(self.outcome)
        self.add_buttons(tr("Save"), name="save")

    @Slot()
    def _choose(self) -> None:
        fmt = str(self.format.value() or "pdf")
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the subject access as"),
                                              f"subject-access.{fmt}")
        if path:
            self.path.setText(path)

    def value(self) -> tuple[str, str, Path, str]:
        return (self.person.text().strip().lower(), str(self.format.value() or "pdf"),
                Path(self.path.text().strip()).expanduser(), self.password.text())

    def problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if problem := _person_problem(self.person.text()):
            errors["person"] = problem
        if not self.path.text().strip():
            errors["file"] = tr("Choose where to save the file.")
        elif Path(self.path.text().strip()).expanduser().is_dir():
            errors["file"] = tr("That is a folder; give the file's name.")
        if not self.password.text():
            errors["password"] = tr("Enter your password to confirm.")
        return errors

    def wrong_password(self, message: str) -> None:
        self.password.clear()
        self.refused({"password": message})

    def saved(self, path: Path) -> None:
        self.password.clear()
        self.set_waiting(False)
        self.outcome.setText(tr("Saved to {path}. It is not encrypted: hand it over safely "
                                "and delete your copy.").format(path=path))
        self.mark_saved()
        self.cancel_button.setText(tr("Close"))


class ErasureRequestDialog(ServerDialog):
    """A person's id, and what an erasure does, before asking for one."""

    def __init__(self, parent: QWidget | None, person_id: str = "") -> None:
        super().__init__(parent, scroll=False)
        self.setObjectName("request_erasure")
        self.setWindowTitle(tr("Request an erasure"))
        form, self.person = _about_a_person(self, tr(
            "Erasing a person deletes their record and every record about them alone — on "
            "the server now, and on every device at its next sync; if no one else is left in "
            "their household, the whole case. The case's other people remain. It cannot be "
            "undone. Another administrator must approve it."), person_id)
        self.main_layout.addLayout(form)
        self.add_buttons(tr("Request the erasure"), name="request")

    def value(self) -> str:
        return self.person.text().strip().lower()

    def problems(self) -> dict[str, str]:
        problem = _person_problem(self.person.text())
        return {"person": problem} if problem else {}
