"""The Admin page, for the admin role: the organisation's users, teams and devices, sync
health, form versions, the service directory, people's data (subject access and erasure) and
the server's audit log, one tab each.

A tab reads from the server when it is shown (and again after an action changed what it
shows), through the use cases of casemgr.app.admin run on the sync thread with the
workspace's transport: the UI thread never waits on HTTP, and a lock drops every answer still
on its way. The console is online only: without the server it says so and keeps what it
showed last.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Literal, TypeVar

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casemgr.app import subject_access as subject_accessmod
from casemgr.app.admin import (
    AdminConsole,
    AdminProblem,
    ArchivedCase,
    AuditEntry,
    AuditFilter,
    AuditPage,
    ConflictOut,
    DeviceOut,
    DeviceRevoked,
    DeviceRow,
    DeviceSyncHealth,
    ErasureOut,
    ImportResult,
    NewPassword,
    PublishedForm,
    QuarantineOut,
    Refused,
    RetentionView,
    SessionEnded,
    SubjectAccess,
    SyncHealthView,
    TeamOut,
    UserOut,
    last_sync,
    read_directory_file,
    read_form_file,
)
from casemgr.app.casework import Casework
from casemgr.app.changes import Changes
from casemgr.db.errors import LockedOut, UnlockBackoff, WrongPassword
from casemgr.domain.clock import Clock
from casemgr.sync.transport import Transport
from casemgr.ui.dialogs.admin import (
    ROLE_WORDS,
    ConfirmDialog,
    EditUserDialog,
    ErasureRequestDialog,
    ImportDirectoryDialog,
    NewTeamDialog,
    NewUserDialog,
    PasswordDialog,
    PublishFormDialog,
    SubjectAccessDialog,
    report_text,
)
from casemgr.ui.dialogs.base import date_field
from casemgr.ui.errors import ErrorReporter, said
from casemgr.ui.i18n import N_, local_moment, localize, num, plural, tr
from casemgr.ui.pages.base import Page, state_label
from casemgr.ui.widgets import palette
from casemgr.ui.widgets.tables import Column, RowsModel, RowsTable
from casemgr.ui.workers.db import DbWorker, SignedIn
from casemgr.ui.workers.sync import NotAttached, SyncWorker

T = TypeVar("T")
TABS = ("users", "teams", "devices", "health", "forms", "directory", "retention", "people",
        "audit")
TAB_TITLES = {"users": N_("Users"), "teams": N_("Teams"), "devices": N_("Devices"),
              "health": N_("Sync health"),
              "forms": N_("Forms"), "directory": N_("Directory"),
              "retention": N_("Retention"), "people": N_("People's data"), "audit": N_("Audit")}
NEEDS_SERVER = (N_("This workspace has no server: the admin console needs one. Log in to the "
                "organisation's server as an administrator to use it."))
CONNECTING = N_("Connecting to the server…")

# The server's audit actions in words (others are shown as they are named).
ACTION_WORDS = {
    "user_created": N_("Created the user"), "user_updated": N_("Changed the user's role or teams"),
    "user_deactivated": N_("Deactivated the user"), "user_reactivated": N_("Reactivated the user"),
    "password_reset": N_("Reset the password"), "password_changed": N_("Changed their password"),
    "team_created": N_("Created the team"), "device_registered": N_("Registered a device"),
    "device_revoked": N_("Revoked a device"), "case_reassigned": N_("Reassigned the case"),
    "quarantine_reviewed": N_("Closed a refused change"), "form_published": N_("Published a form"),
    "providers_imported": N_("Imported the service directory"), "login": N_("Signed in"),
    "logout": N_("Signed out"), "login_failed": N_("Sign-in refused (wrong password)"),
    "export": N_("Exported data"), "print": N_("Printed a record"),
    "summary_pdf": N_("Saved a case summary as a PDF"),
    "summary_pdf_redacted": N_("Saved a case summary as a PDF (redacted)"),
    "summary_print": N_("Printed a case summary"),
    "summary_print_redacted": N_("Printed a case summary (redacted)"),
    "open_case": N_("Opened the case file"), "open_attachment": N_("Saved a copy of an attachment"),
    "subject_access": N_("Produced a person's subject access"),
    "erasure_requested": N_("Asked for a person's records to be erased"),
    "erasure_approved": N_("Approved an erasure: the person's records were erased"),
    "erasure_cancelled": N_("Withdrew an erasure request"),
}
ERASURE_STATUS = {"requested": N_("Waiting for a second administrator"),
                  "erased": N_("Erased"), "cancelled": N_("Withdrawn")}


def when(iso: str | None) -> str:
    return local_moment(iso) if iso else tr("never")


def device_label(name: str, device_id: str) -> str:
    """A device as people tell it apart: its name (the computer's) and the end of its id (a
    UUIDv7 starts with the time: devices registered the same day share the start)."""
    return f"“{name}” (…{device_id[-8:]})" if name else tr("…{device_id} (no name)").format(
        device_id=device_id[-8:])


def problem_errors(problem: AdminProblem) -> dict[str, str]:
    """What a dialog shows of a problem: a refusal beside its fields, anything else on top."""
    return problem.errors if isinstance(problem, Refused) else {"": said(problem)}


def _button(text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


class AdminTab(QWidget):
    """One tab: what it reads from the server (`reader`, on the main thread, gives the call
    to run off it) and how it shows the answer."""

    name: ClassVar[str]

    def __init__(self, page: AdminPage) -> None:
        super().__init__()
        self.setObjectName(f"admin_{self.name}")
        self.page = page

    def _top(self, *buttons: QPushButton) -> QVBoxLayout:
        """The tab's layout, begun with its summary line and, at its right, its buttons."""
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        for button in buttons:
            top.addWidget(button)
        layout.addLayout(top)
        return layout

    def reader(self) -> Callable[[AdminConsole], Any] | None:
        """The read to run on the server's thread, or None when there is nothing to read."""
        return None

    def show_loaded(self, data: Any) -> None:
        """Show what the read returned."""

    def clear_view(self) -> None:
        """Locked: show nothing of the organisation."""


# -- users and teams -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Users:
    users: list[UserOut]
    teams: list[str]


class UsersTab(AdminTab):
    name = "users"

    def __init__(self, page: AdminPage) -> None:
        super().__init__(page)
        self.teams: list[str] = []
        self.new_user = _button(tr("New user…"), "newUser", self._new_user)
        self.edit_user = _button(tr("Change…"), "editUser", self._edit_user)
        self.reset_password = _button(tr("Reset password…"), "resetPassword", self._reset)
        layout = self._top(self.new_user, self.edit_user, self.reset_password)
        self.model = RowsModel[UserOut]([
            Column(tr("User"), lambda u: u.username),
            Column(tr("Role"), lambda u: tr(ROLE_WORDS[u.role])),
            Column(tr("Teams"), lambda u: ", ".join(u.teams) or "—"),
            Column(tr("Access"), lambda u: tr("Active") if u.active else tr("Deactivated"),
                   foreground=lambda u: None if u.active else palette.muted()),
            Column(tr("Devices"), lambda u: str(u.devices)),
            Column(tr("Since"), lambda u: u.created_at[:10]),
            Column(tr("Password reset"), lambda u: when(u.password_reset_at)
                   if u.password_reset_at else ""),
        ], lambda u: u.username, self)
        self.table = RowsTable(self.model, "usersTable")
        self.table.doubleClicked.connect(self._edit_user)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        layout.addWidget(self.table, 1)
        self._selection()

    def reader(self) -> Callable[[AdminConsole], Users]:
        return lambda c: Users(c.users(), [t.name for t in c.teams()])

    def show_loaded(self, data: Users) -> None:
        keep = self.table.selected_id()
        self.teams = data.teams
        self.model.set_rows(data.users)
        self.table.select_id(keep)
        off = sum(not u.active for u in data.users)
        self.summary.setText(f"{len(data.users)} users" + (tr(", {off} deactivated").format(
            off=off) if off
                                                            else "") + ".")
        self._selection()

    def clear_view(self) -> None:
        self.model.clear()
        self.teams = []
        self.summary.clear()
        self._selection()

    def selected(self) -> UserOut | None:
        username = self.table.selected_id()
        row = self.model.row_of(username) if username else None
        return self.model.row_at(row) if row is not None else None

    @Slot()
    def _selection(self) -> None:
        chosen = self.selected() is not None
        self.edit_user.setEnabled(chosen)
        self.reset_password.setEnabled(chosen)

    @Slot()
    def _new_user(self) -> None:
        dialog = NewUserDialog(self.window(), self.teams)

        def send(value: dict[str, Any]) -> None:
            self.page.request(
                lambda c: c.create_user(value["username"], value["role"], value["teams"]),
                created, lambda problem: dialog.refused(problem_errors(problem)))

        def created(new: NewPassword) -> None:
            dialog.succeeded()
            self.page.changed_on_server("users", "teams")
            self.page.open_dialog(PasswordDialog(self.window(), new, created=True))

        dialog.submitted.connect(send)
        self.page.open_dialog(dialog)

    @Slot()
    def _edit_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = EditUserDialog(self.window(), user, self.teams,
                                own_account=user.username == self.page.user)

        def send(_value: object) -> None:
            changes = dialog.changes()
            if not changes:
                dialog.succeeded()
                return
            self.page.request(lambda c: c.update_user(user.username, **changes), updated,
                              lambda problem: dialog.refused(problem_errors(problem)))

        def updated(_user: UserOut) -> None:
            dialog.succeeded()
            self.page.changed_on_server("users", "teams", "devices", "health")

        dialog.submitted.connect(send)
        self.page.open_dialog(dialog)

    @Slot()
    def _reset(self) -> None:
        user = self.selected()
        if user is None:
            return
        name = user.username
        confirm = ConfirmDialog(
            self.window(), tr("Reset a password"), tr("Reset the password of {name}?").format(
                                                   name=name),
            tr("{name}'s sessions end now. casemgr makes a temporary password and shows it "
               "once; at {name}'s next sign-in with it, their devices get their workspace key "
               "back, and nothing on them is lost.").format(
                name=name), tr("Reset the password"), name="confirm_reset")

        def reset() -> None:
            self.page.request(lambda c: c.reset_password(name), done)

        def done(new: NewPassword) -> None:
            self.page.changed_on_server("users")
            self.page.open_dialog(PasswordDialog(self.window(), new, created=False))

        confirm.accepted.connect(reset)
        self.page.open_dialog(confirm)


class TeamsTab(AdminTab):
    name = "teams"

    def __init__(self, page: AdminPage) -> None:
        super().__init__(page)
        self.new_team = _button(tr("New team…"), "newTeam", self._new_team)
        layout = self._top(self.new_team)
        self.model = RowsModel[TeamOut]([
            Column(tr("Team"), lambda t: t.name),
            Column(tr("Members"), lambda t: str(t.members)),
            Column(tr("Since"), lambda t: t.created_at[:10]),
        ], lambda t: t.id, self)
        self.table = RowsTable(self.model, "teamsTable")
        layout.addWidget(self.table, 1)

    def reader(self) -> Callable[[AdminConsole], list[TeamOut]]:
        return lambda c: c.teams()

    def show_loaded(self, data: list[TeamOut]) -> None:
        self.model.set_rows(data)
        self.summary.setText(tr("{count} teams. A caseworker's cases go to the supervisors of "
                                "their team.").format(count=len(data)))

    def clear_view(self) -> None:
        self.model.clear()
        self.summary.clear()

    @Slot()
    def _new_team(self) -> None:
        dialog = NewTeamDialog(self.window())

        def send(name: str) -> None:
            self.page.request(lambda c: c.create_team(name), created,
                              lambda problem: dialog.refused(problem_errors(problem)))

        def created(_team: TeamOut) -> None:
            dialog.succeeded()
            self.page.changed_on_server("teams", "users")

        dialog.submitted.connect(send)
        self.page.open_dialog(dialog)


# -- devices and sync health ---------------------------------------------------------------------

def waiting_text(outbox_lag: int | None) -> str:
    return "" if outbox_lag is None else f"{outbox_lag:,}"


class DevicesTab(AdminTab):
    name = "devices"

    def __init__(self, page: AdminPage) -> None:
        super().__init__(page)
        self.revoke = _button(tr("Revoke…"), "revokeDevice", self._revoke)
        layout = self._top(self.revoke)
        self.model = RowsModel[DeviceRow]([
            Column(tr("User"), lambda r: r.device.username),
            Column(tr("Device"), lambda r: device_label(r.device.name, r.device.id),
                   tooltip=lambda r: f"Device id {r.device.id}"),
            Column(tr("Last sync"), lambda r: when(r.last_sync),
                   foreground=lambda r: palette.warning() if r.lagging else None),
            Column(tr("Version"), lambda r: r.device.client_version or ""),
            Column(tr("Waiting at last sync"), lambda r: waiting_text(r.device.outbox_lag),
                   tooltip=lambda r: tr("Changes waiting on the device when it last sent")),
            Column(tr("Registered"), lambda r: r.device.registered_at[:10]),
            Column(tr("State"), lambda r: tr("Revoked {when}").format(
                when=when(r.device.revoked_at))
                   if r.device.revoked else tr("In use"),
                   foreground=lambda r: palette.muted() if r.device.revoked else None),
        ], lambda r: r.device.id, self)
        self.table = RowsTable(self.model, "devicesTable")
        self.table.selectionModel().selectionChanged.connect(self._selection)
        layout.addWidget(self.table, 1)
        self._selection()

    def reader(self) -> Callable[[AdminConsole], list[DeviceRow]]:
        return lambda c: c.devices()

    def show_loaded(self, data: list[DeviceRow]) -> None:
        keep = self.table.selected_id()
        self.model.set_rows(data)
        self.table.select_id(keep)
        lagging = sum(r.lagging for r in data)
        in_use = sum(not r.device.revoked for r in data)
        self.summary.setText(
            plural(in_use, tr("%Ln device in use", "", in_use),
                   tr("%Ln devices in use", "", in_use))
            + (tr("; {count} not synced for three days or more (in colour)").format(
                count=num(lagging)) if lagging else "") + ".")
        self._selection()

    def clear_view(self) -> None:
        self.model.clear()
        self.summary.clear()
        self._selection()

    def selected(self) -> DeviceRow | None:
        device_id = self.table.selected_id()
        row = self.model.row_of(device_id) if device_id else None
        return self.model.row_at(row) if row is not None else None

    @Slot()
    def _selection(self) -> None:
        chosen = self.selected()
        revoked = chosen is not None and chosen.device.revoked
        self.revoke.setEnabled(chosen is not None and not revoked)
        self.revoke.setToolTip(tr("This device is revoked already.") if revoked else "")

    @Slot()
    def _revoke(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.device.revoked:
            return
        device = chosen.device
        user, label = device.username, device_label(device.name, device.id)
        waiting = (tr(" It had {outbox_lag:,} changes waiting when it last synced.").format(
            outbox_lag=device.outbox_lag)
                   if device.outbox_lag else "")
        confirm = ConfirmDialog(
            self.window(), tr("Revoke a device"), tr("Revoke {user}'s device {label}?").format(
                                                  user=user, label=label),
            tr("Last synced: {when}. At its next contact with the server the device wipes its "
               "workspace: the cases, key and files on it are deleted, and changes not synced "
               "yet are lost.").format(when=when(chosen.last_sync)) + waiting
            + tr(" {user} keeps their account and can sign in on another device.").format(
                user=user),
            tr("Revoke the device"), name="confirm_revoke")

        def revoke() -> None:
            self.page.request(lambda c: c.revoke_device(device.id), revoked)

        def revoked(_device: DeviceOut) -> None:
            self.page.changed_on_server("devices", "health", "users")

        confirm.accepted.connect(revoke)
        self.page.open_dialog(confirm)


# -- retention ---------------------------------------------------------------------------------

class RetentionTab(AdminTab):
    """The organisation's retention of closed cases (casemgr.server.retention), and the
    archived cases, each of which can be restored."""

    name = "retention"

    def __init__(self, page: AdminPage) -> None:
        super().__init__(page)
        self.save = _button(tr("Save"), "saveRetention", self._save)
        self.restore = _button(tr("Restore the case"), "restoreCase", self._restore)
        layout = self._top(self.save, self.restore)
        form = QFormLayout()
        self.closed_days = QSpinBox()
        self.closed_days.setObjectName("closedDays")
        self.closed_days.setRange(1, 3650)
        self.closed_days.setSuffix(tr(" days"))
        form.addRow(tr("Closed cases leave devices after"), self.closed_days)
        self.archive_years = QSpinBox()
        self.archive_years.setObjectName("archiveYears")
        self.archive_years.setRange(1, 100)
        self.archive_years.setSuffix(tr(" years"))
        form.addRow(tr("Archived on the server after"), self.archive_years)
        layout.addLayout(form)
        self.model = RowsModel[ArchivedCase]([
            Column(tr("Case"), lambda c: c.case_number or c.case_id),
            Column(tr("Closed or restored"), lambda c: when(c.closed_at)),
            Column(tr("Archived"), lambda c: when(c.archived_at)),
        ], lambda c: c.case_id, self)
        self.table = RowsTable(self.model, "archivedTable")
        self.table.selectionModel().selectionChanged.connect(self._selection)
        layout.addWidget(self.table, 1)
        self._selection()

    def reader(self) -> Callable[[AdminConsole], RetentionView]:
        return lambda c: c.retention()

    def show_loaded(self, data: RetentionView) -> None:
        self.closed_days.setValue(data.policy.closed_days)
        self.archive_years.setValue(data.policy.archive_years)
        self.model.set_rows(data.archived)
        self.summary.setText(tr(
            "Closed cases leave every device {days} days after closure and are archived on "
            "the server {years} years after it. {count} cases are archived; a restored case "
            "reaches its caseworker's devices at their next sync.").format(
                days=data.policy.closed_days, years=data.policy.archive_years,
                count=len(data.archived)))
        self._selection()

    def clear_view(self) -> None:
        self.model.clear()
        self.summary.clear()

    @Slot()
    def _selection(self) -> None:
        self.restore.setEnabled(self.table.selected_id() is not None)

    @Slot()
    def _save(self) -> None:
        days, years = self.closed_days.value(), self.archive_years.value()
        self.page.request(lambda c: c.set_retention(days, years),
                          lambda _policy: self.page.changed_on_server("retention"))

    @Slot()
    def _restore(self) -> None:
        case_id = self.table.selected_id()
        if case_id is not None:
            self.page.request(lambda c: c.restore_case(case_id),
                              lambda _case: self.page.changed_on_server("retention"))


def _by(who: str | None, at: str | None) -> str:
    return f"{who or 'someone'}, {when(at)}"


class HealthTab(AdminTab):
    name = "health"

    def __init__(self, page: AdminPage) -> None:
        super().__init__(page)
        self.lagging: frozenset[str] = frozenset()
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("healthSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        devices = QGroupBox(tr("Devices, those not synced for three days or more first"))
        box = QVBoxLayout(devices)
        self.devices = RowsModel[DeviceSyncHealth]([
            Column(tr("User"), lambda d: d.username),
            Column(tr("Device"), lambda d: device_label(d.device_name, d.device_id)),
            Column(tr("Last sync"), lambda d: when(last_sync(d)),
                   foreground=lambda d: palette.warning() if d.device_id in self.lagging
                   else None),
            Column(tr("Waiting at last sync"), lambda d: waiting_text(d.outbox_lag)),
            Column(tr("Open conflicts"), lambda d: str(d.open_conflicts)),
            Column(tr("Refused changes"), lambda d: str(d.quarantined)),
        ], lambda d: d.device_id, self)
        self.devices_table = RowsTable(self.devices, "healthDevices")
        box.addWidget(self.devices_table)
        # The admin shares the room between the three lists as the day needs.
        sections = QSplitter(Qt.Orientation.Vertical)
        sections.setChildrenCollapsible(False)
        layout.addWidget(sections, 1)
        sections.addWidget(devices)

        conflicts = QGroupBox(tr("Open conflicts"))
        box = QVBoxLayout(conflicts)
        note = QLabel(tr("Each is resolved by a caseworker of the case, on their device "
                         "(Conflicts page): the values stay in the case file."))
        note.setWordWrap(True)
        palette.apply_style(note, palette.help_style)
        box.addWidget(note)
        self.conflicts = RowsModel[ConflictOut]([
            Column(tr("Case"), lambda c: c.case_id or ""),
            Column(tr("Record"), lambda c: c.record_type),
            Column(tr("Field"), lambda c: c.field),
            Column(tr("Kept"), lambda c: _by(c.server_by, c.server_at)),
            Column(tr("Sent later"), lambda c: _by(c.client_by, c.client_at)),
        ], lambda c: c.id, self)
        self.conflicts_table = RowsTable(self.conflicts, "healthConflicts")
        box.addWidget(self.conflicts_table)
        sections.addWidget(conflicts)

        refused = QGroupBox(tr("Changes refused by the server"))
        box = QVBoxLayout(refused)
        row = QHBoxLayout()
        note = QLabel(tr("Kept, never applied. Mark resolved once the cause is put right (the "
                         "user given the team, the change made again); dismiss when nothing is "
                         "to be done. Either way it stays on record."))
        note.setWordWrap(True)
        palette.apply_style(note, palette.help_style)
        row.addWidget(note, 1)
        self.audit_case = _button(tr("Audit of the case"), "auditOfCase", self._audit_case)
        self.resolve = _button(tr("Mark resolved"), "resolveRefused",
                               lambda: self._review("resolved"))
        self.dismiss = _button(tr("Dismiss"), "dismissRefused",
                               lambda: self._review("dismissed"))
        for button in (self.audit_case, self.resolve, self.dismiss):
            row.addWidget(button)
        box.addLayout(row)
        self.quarantine = RowsModel[QuarantineOut]([
            Column(tr("User"), lambda q: q.username),
            Column(tr("Case"), lambda q: q.case_id or ""),
            Column(tr("Record"), lambda q: tr("{kind} of a {record}").format(
                kind=q.kind or tr("change"), record=q.record_type or tr("record"))),
            Column(tr("Fields"), lambda q: ", ".join(q.fields)),
            Column(tr("Reason"), lambda q: q.reason),
            Column(tr("When"), lambda q: when(q.created_at)),
        ], lambda q: q.id, self)
        self.quarantine_table = RowsTable(self.quarantine, "healthRefused")
        self.quarantine_table.selectionModel().selectionChanged.connect(self._selection)
        box.addWidget(self.quarantine_table)
        sections.addWidget(refused)
        self._selection()

    def reader(self) -> Callable[[AdminConsole], SyncHealthView]:
        return lambda c: c.sync_health()

    def show_loaded(self, data: SyncHealthView) -> None:
        self.lagging = data.lagging
        self.devices.set_rows(data.devices)
        self.conflicts.set_rows(data.conflicts)
        self.quarantine.set_rows(data.quarantine)
        self.summary.setText(
            tr("{devices}; {conflicts}; {refused} to review.").format(
                devices=plural(len(data.lagging),
                               tr("%Ln device not synced for three days or more", "",
                                  len(data.lagging)),
                               tr("%Ln devices not synced for three days or more", "",
                                  len(data.lagging))),
                conflicts=plural(len(data.conflicts),
                                 tr("%Ln open conflict", "", len(data.conflicts)),
                                 tr("%Ln open conflicts", "", len(data.conflicts))),
                refused=plural(len(data.quarantine),
                               tr("%Ln refused change", "", len(data.quarantine)),
                               tr("%Ln refused changes", "", len(data.quarantine)))))
        self._selection()

    def clear_view(self) -> None:
        self.lagging = frozenset()
        for model in (self.devices, self.conflicts, self.quarantine):
            model.clear()
        self.summary.clear()
        self._selection()

    def selected(self) -> QuarantineOut | None:
        item_id = self.quarantine_table.selected_id()
        row = self.quarantine.row_of(item_id) if item_id else None
        return self.quarantine.row_at(row) if row is not None else None

    @Slot()
    def _selection(self) -> None:
        item = self.selected()
        for button in (self.resolve, self.dismiss):
            button.setEnabled(item is not None)
        self.audit_case.setEnabled(item is not None and item.case_id is not None)

    def _review(self, outcome: Literal["resolved", "dismissed"]) -> None:
        item = self.selected()
        if item is None:
            return
        self.page.request(lambda c: c.review_quarantined(item.id, outcome),
                          lambda _item: self.page.changed_on_server("health"))

    @Slot()
    def _audit_case(self) -> None:
        item = self.selected()
        if item is not None and item.case_id:
            self.page.audit.show_case(item.case_id)


# -- forms and the directory ---------------------------------------------------------------------

def form_title(definition: dict[str, Any]) -> str:
    """A form's title in its default language."""
    title = definition.get("title")
    if isinstance(title, dict):
        title = title.get(definition.get("default_language")) or next(iter(title.values()), "")
    return str(title or "")


class FormsTab(AdminTab):
    name = "forms"

    def __init__(self, page: AdminPage) -> None:
        super().__init__(page)
        self.publish = _button(tr("Publish a new version…"), "publishForm", self._publish)
        layout = self._top(self.publish)
        self.model = RowsModel[PublishedForm]([
            Column(tr("Form"), lambda f: f.form_id),
            Column(tr("Version"), lambda f: str(f.version)),
            Column(tr("Title"), lambda f: form_title(f.definition)),
            Column(tr("Published"), lambda f: when(f.published_at)),
        ], lambda f: f"{f.form_id}:{f.version}", self)
        self.table = RowsTable(self.model, "formsTable")
        layout.addWidget(self.table, 1)

    def reader(self) -> Callable[[AdminConsole], list[PublishedForm]]:
        return lambda c: sorted(c.published_forms(), key=lambda f: (f.form_id, -f.version))

    def show_loaded(self, data: list[PublishedForm]) -> None:
        self.model.set_rows(data)
        self.summary.setText(tr("{count} forms, {count2} published versions. What was filled in "
                                "keeps the version it was filled in with.").format(
                                 count=len({f.form_id for f in data}), count2=len(data)))

    def clear_view(self) -> None:
        self.model.clear()
        self.summary.clear()

    @Slot()
    def _publish(self) -> None:
        dialog = PublishFormDialog(self.window())

        def send(path: Path) -> None:
            self.page.request(lambda c: c.publish_form(read_form_file(path)), published,
                              lambda problem: dialog.refused(problem_errors(problem)))

        def published(form: PublishedForm) -> None:
            dialog.published(form)
            self.page.changed_on_server("forms")

        dialog.submitted.connect(send)
        self.page.open_dialog(dialog)


class DirectoryTab(AdminTab):
    name = "directory"

    def __init__(self, page: AdminPage) -> None:
        super().__init__(page)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("The service directory is the list of providers caseworkers refer "
                          "children to; every device receives it at its next sync. Import it "
                          "from an Open Referral HSDS 3.0 file (JSON, or the CSV data package) "
                          "or from a plain CSV list of providers: providers imported before are "
                          "updated, never duplicated, and each import reports what it added, "
                          "updated and refused."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.import_button = _button(tr("Import…"), "importDirectory", self._import)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.last = QLabel()
        self.last.setObjectName("lastImport")
        self.last.setWordWrap(True)
        layout.addWidget(self.last)
        layout.addStretch(1)

    def clear_view(self) -> None:
        self.last.clear()

    @Slot()
    def _import(self) -> None:
        dialog = ImportDirectoryDialog(self.window())

        def send(path: Path) -> None:
            self.page.request(lambda c: c.import_directory(read_directory_file(path)),
                              imported, lambda problem: dialog.refused(problem_errors(problem)))

        def imported(result: ImportResult) -> None:
            dialog.imported(result)
            self.last.setText(tr("Last import ({name}): {report}").format(
                                  name=dialog.value().name, report=report_text(result)))
            self.page.changed_on_server()

        dialog.submitted.connect(send)
        self.page.open_dialog(dialog)


# -- the audit log -------------------------------------------------------------------------------

# -- a person's data: subject access and erasure ---------------------------------------------------

class PeopleTab(AdminTab):
    """Subject access and erasure of one person (docs/server.md, "A person's data"): the
    erasure requests with their state; one administrator asks, another approves."""

    name = "people"

    def __init__(self, page: AdminPage) -> None:
        super().__init__(page)
        self.subject_access = _button(tr("Subject access…"), "subjectAccess",
                                      self._subject_access)
        self.request_erasure = _button(tr("Request an erasure…"), "requestErasure",
                                       self._request_erasure)
        self.approve = _button(tr("Approve the erasure…"), "approveErasure", self._approve)
        self.cancel = _button(tr("Withdraw the request"), "cancelErasure", self._cancel)
        layout = self._top(self.subject_access, self.request_erasure, self.approve,
                           self.cancel)
        self.model = RowsModel[ErasureOut]([
            Column(tr("Person"), lambda e: e.person_id),
            Column(tr("State"), lambda e: tr(ERASURE_STATUS.get(e.status, e.status))),
            Column(tr("Asked by"), lambda e: _by(e.requested_by, e.requested_at)),
            Column(tr("Approved or withdrawn by"),
                   lambda e: _by(e.approved_by, e.approved_at) if e.approved_by else ""),
            Column(tr("Erased"), lambda e: tr("{records} records, {cases} whole cases, "
                                              "{files} files").format(
                records=num(e.records), cases=num(e.cases), files=num(e.files))
                   if e.status == "erased" else ""),
        ], lambda e: e.id, self)
        self.table = RowsTable(self.model, "erasuresTable")
        self.table.fit_columns(stretch=(4,))  # the headers whole; what went takes the rest
        self.table.selectionModel().selectionChanged.connect(self._selection)
        layout.addWidget(self.table, 1)
        self._selection()

    def reader(self) -> Callable[[AdminConsole], list[ErasureOut]]:
        return lambda c: c.erasures()

    def show_loaded(self, data: list[ErasureOut]) -> None:
        keep = self.table.selected_id()
        self.model.set_rows(data)
        self.table.select_id(keep)
        waiting = sum(e.status == "requested" for e in data)
        self.summary.setText(
            tr("Erasure requests waiting for a second administrator: {count}.").format(
                count=num(waiting)) if waiting else
            tr("No erasure request is waiting. An erasure is asked for by one administrator "
               "and approved by another."))
        self._selection()

    def clear_view(self) -> None:
        self.model.clear()
        self.summary.clear()
        self._selection()

    def selected(self) -> ErasureOut | None:
        chosen = self.table.selected_id()
        row = self.model.row_of(chosen) if chosen else None
        return self.model.row_at(row) if row is not None else None

    @Slot()
    def _selection(self) -> None:
        chosen = self.selected()
        waiting = chosen is not None and chosen.status == "requested"
        mine = waiting and chosen is not None and chosen.requested_by == self.page.user
        self.approve.setEnabled(waiting and not mine)
        self.approve.setToolTip(tr("Another administrator approves a request you made.")
                                if mine else "")
        self.cancel.setEnabled(waiting)

    @Slot()
    def _subject_access(self) -> None:
        dialog = SubjectAccessDialog(self.window())

        def send(value: tuple[str, str, Path, str]) -> None:
            person_id, fmt, path, password = value

            def checked(_none: object) -> None:
                self.page.request(lambda c: c.subject_access(person_id),
                                  lambda data: record(data, fmt, path),
                                  lambda problem: dialog.refused(problem_errors(problem)))

            self.page.database.run(lambda cw: cw.ws.verify_password(password), checked,
                                 password_failed)

        def password_failed(exc: BaseException) -> None:
            if isinstance(exc, WrongPassword | UnlockBackoff | LockedOut):
                dialog.wrong_password(str(exc))
            else:
                dialog.refused({"": tr("The password could not be checked; nothing was "
                                       "fetched.")})

        def record(data: SubjectAccess, fmt: str, path: Path) -> None:
            self.page.database.run(lambda cw: subject_accessmod.record_output(cw.ws, data, fmt),
                                 lambda _none: write(data, fmt, path),
                                 lambda _exc: dialog.refused({"": tr(
                                     "The output could not be recorded in the audit log; "
                                     "nothing was saved.")}))

        def write(data: SubjectAccess, fmt: str, path: Path) -> None:
            try:
                if fmt == "pdf":
                    from casemgr.ui.reports import write_subject_access_pdf

                    write_subject_access_pdf(data, path)
                else:
                    subject_accessmod.write_json(data, path)
            except OSError as exc:
                dialog.refused({"file": tr("The file could not be written ({why}).").format(
                    why=exc.strerror or type(exc).__name__)})
                return
            dialog.saved(path)
            self.page.changed_on_server("people")

        dialog.submitted.connect(send)
        self.page.open_dialog(dialog)

    @Slot()
    def _request_erasure(self) -> None:
        dialog = ErasureRequestDialog(self.window())

        def send(person_id: str) -> None:
            self.page.request(lambda c: c.request_erasure(person_id), asked,
                              lambda problem: dialog.refused(problem_errors(problem)))

        def asked(erasure: ErasureOut) -> None:
            dialog.succeeded()
            self.page.changed_on_server("people")
            self.table.select_id(erasure.id)

        dialog.submitted.connect(send)
        self.page.open_dialog(dialog)

    @Slot()
    def _approve(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.status != "requested":
            return
        erasure_id = chosen.id
        confirm = ConfirmDialog(
            self.window(), tr("Approve an erasure"),
            tr("Erase the records of person {person}, as {user} asked?").format(
                person=chosen.person_id, user=chosen.requested_by),
            tr("Their record and every record about them alone are deleted on the server now, "
               "and on every device at its next sync; if no one else is left in their "
               "household, the whole case with its files. It cannot be undone. The audit "
               "log keeps who asked, who approved, and how many records went."),
            tr("Erase"), name="confirm_erasure")

        def approve() -> None:
            self.page.request(lambda c: c.approve_erasure(erasure_id),
                              lambda _e: self.page.changed_on_server("people"))

        confirm.accepted.connect(approve)
        self.page.open_dialog(confirm)

    @Slot()
    def _cancel(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.status != "requested":
            return
        erasure_id = chosen.id
        self.page.request(lambda c: c.cancel_erasure(erasure_id),
                          lambda _e: self.page.changed_on_server("people"))


def detail_text(entry: AuditEntry) -> str:
    detail = entry.detail
    if isinstance(detail, dict):
        return ", ".join(f"{k.replace('_', ' ')}: {json.dumps(v) if not isinstance(v, str) else v}"
                         for k, v in detail.items())
    return "" if detail is None else json.dumps(detail)


class AuditTab(AdminTab):
    name = "audit"

    def __init__(self, page: AdminPage) -> None:
        super().__init__(page)
        self._next: int | None = None
        self._shown: AuditFilter = AuditFilter()
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.user = QLineEdit()
        self.user.setObjectName("auditUser")
        self.user.setPlaceholderText(tr("user name"))
        self.user.setAccessibleName(tr("User (by or about)"))
        self.case = QLineEdit()
        self.case.setObjectName("auditCase")
        self.case.setPlaceholderText(tr("case id"))
        self.case.setAccessibleName(tr("Case"))
        today = page.today()
        self.since = date_field(today, "auditSince", latest=today)
        self.since.setAccessibleName(tr("From"))
        self.until = date_field(today, "auditUntil", latest=today)
        self.until.setAccessibleName(tr("To"))
        for text, widget in ((tr("User"), self.user), (tr("Case"), self.case),
                             (tr("From"), self.since), (tr("To"), self.until)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1 if widget in (self.user, self.case) else 0)
        self.show_button = _button(tr("Show"), "auditShow", self.apply)
        filters.addWidget(self.show_button)
        layout.addLayout(filters)
        for line in (self.user, self.case, self.since.line_edit, self.until.line_edit):
            line.returnPressed.connect(self.apply)
        self.summary = QLabel()
        self.summary.setObjectName("auditSummary")
        layout.addWidget(self.summary)
        self.model = RowsModel[AuditEntry]([
            Column(tr("When"), lambda e: when(e.at)),
            Column(tr("Who"), lambda e: e.actor),
            Column(tr("What"), lambda e: tr(ACTION_WORDS.get(e.action,
                                                      e.action.replace("_", " ").capitalize())),
                   tooltip=lambda e: e.action),
            Column(tr("About"), lambda e: e.target or ""),
            Column(tr("Details"), detail_text),
        ], lambda e: str(e.id), self)
        self.table = RowsTable(self.model, "auditTable")
        layout.addWidget(self.table, 1)
        self.more = _button(tr("Show older entries"), "auditMore", self._more)
        self.more.hide()
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)

    def chosen(self) -> AuditFilter | str:
        """The filter as typed, or what is wrong with it."""
        days = []
        for field, name in ((self.since, tr("From")), (self.until, tr("To"))):
            if field.date_text() is not None and field.date() is None:
                return tr("{name}: write the date as YYYY-MM-DD.").format(name=name)
            days.append(field.date())
        chosen = AuditFilter(self.user.text().strip(), self.case.text().strip().lower(), *days)
        return chosen.problem() or chosen

    def reader(self) -> Callable[[AdminConsole], AuditPage] | None:
        chosen = self.chosen()
        if isinstance(chosen, str):
            self.summary.setText(localize(chosen))
            return None
        self._shown = chosen
        return lambda c: c.audit(chosen)

    def show_loaded(self, data: AuditPage) -> None:
        self.model.set_rows(data.entries)
        self._paged(data)

    def _paged(self, data: AuditPage) -> None:
        self._next = data.next_offset
        self.more.setVisible(data.next_offset is not None)
        shown = self.model.rowCount()
        self.summary.setText(tr("No entries.") if not data.total else
                             tr("{total:,} entries, newest first").format(total=data.total) +
                             (tr("; the {shown:,} newest shown.").format(
                                 shown=shown) if shown < data.total else "."))

    def clear_view(self) -> None:
        self.model.clear()
        self.summary.clear()
        self.more.hide()
        for line in (self.user, self.case):
            line.clear()
        self.since.set_date(None)
        self.until.set_date(None)

    @Slot()
    def apply(self) -> None:
        """Show the entries the filters choose."""
        self.page.load_tab(self.name)

    @Slot()
    def _more(self) -> None:
        offset, chosen = self._next, self._shown
        if offset is None:
            return

        def more(page: AuditPage) -> None:
            self.model.set_rows(self.model.rows() + page.entries)
            self._paged(page)

        self.page.request(lambda c: c.audit(chosen, offset), more)

    def show_case(self, case_id: str) -> None:
        """The audit of one case (from the sync health tab)."""
        self.user.clear()
        self.since.set_date(None)
        self.until.set_date(None)
        self.case.setText(case_id)
        self.page.show_tab(self.name)
        self.apply()


# -- the page --------------------------------------------------------------------------------------

class AdminPage(Page):
    """The admin console: tabs read from the server on demand (see the module's docstring)."""

    sync_requested = Signal()  # the session ended or the device was revoked: a sync acts
    tab_loaded = Signal(str)  # a tab shows what the server answered

    def __init__(self, worker: DbWorker, network: SyncWorker, reporter: ErrorReporter,
                 clock: Clock, today: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.database = worker  # the workspace's thread: a password checked again, an audit
        self._network = network
        self._reporter = reporter
        self._clock = clock
        self.today = today
        self.session: SignedIn | None = None
        self._stale_tabs: set[str] = set(TABS)
        self._generations = dict.fromkeys(TABS, 0)
        self.dialogs: list[QDialog] = []
        layout = QVBoxLayout(self)
        self.state = state_label("adminState")
        self.state.hide()
        layout.addWidget(self.state)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        self.users = UsersTab(self)
        self.teams = TeamsTab(self)
        self.devices = DevicesTab(self)
        self.health = HealthTab(self)
        self.forms = FormsTab(self)
        self.directory = DirectoryTab(self)
        self.retention = RetentionTab(self)
        self.people = PeopleTab(self)
        self.audit = AuditTab(self)
        self.tab_widgets: dict[str, AdminTab] = {
            tab.name: tab for tab in (self.users, self.teams, self.devices, self.health,
                                      self.forms, self.directory, self.retention, self.people,
                                      self.audit)}
        for name in TABS:
            self.tabs.addTab(self.tab_widgets[name], tr(TAB_TITLES[name]))
        self.tabs.currentChanged.connect(lambda _index: self.show_if_stale())
        layout.addWidget(self.tabs, 1)
        network.attached_changed.connect(self._connection)

    @property
    def user(self) -> str:
        return self.session.user if self.session else ""

    def start(self, session: SignedIn) -> None:
        """Unlocked as an administrator: every tab reads afresh when shown."""
        self.session = session
        self.activate()
        self.tabs.setEnabled(not session.offline_only)
        self._say(tr(NEEDS_SERVER) if session.offline_only else "")

    # -- Page: the console reads from the server, not the workspace ----------------------------

    def load(self, cw: Casework) -> None:
        """Nothing of the workspace: the tabs read from the server (`load_tab`)."""

    def show_loaded(self, data: Any) -> None:
        """See `load`."""

    def affected_by(self, changes: Changes) -> bool:
        return False

    def activate(self) -> None:
        super().activate()
        self._stale_tabs = set(TABS)

    def refresh(self) -> None:
        """Read the tab on screen again (F5)."""
        if self.active:
            self._stale = False
            self.load_tab(self.current())

    def show_if_stale(self) -> None:
        if self.active and self.current() in self._stale_tabs:
            self.refresh()

    def clear_view(self) -> None:
        for dialog in list(self.dialogs):  # each leaves the list as it closes
            dialog.reject()
        for tab in self.tab_widgets.values():
            tab.clear_view()
        self._stale_tabs = set(TABS)
        self.session = None
        self._say("")

    # -- tabs ------------------------------------------------------------------------------------

    def current(self) -> str:
        widget = self.tabs.currentWidget()
        return widget.name if isinstance(widget, AdminTab) else TABS[0]

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.tab_widgets[name])

    def load_tab(self, name: str) -> None:
        """Read what the tab shows from the server, off the UI thread."""
        if self.session is None or self.session.offline_only:
            return
        tab = self.tab_widgets[name]
        read = tab.reader()
        self._stale_tabs.discard(name)
        if read is None:
            self.tab_loaded.emit(name)
            return
        if not self._network.attached:  # the connection is handed over just after unlocking
            self._stale_tabs.add(name)
            self._say(tr(CONNECTING))
            return
        self._generations[name] += 1
        generation = self._generations[name]

        def loaded(data: Any) -> None:
            if generation != self._generations[name] or not self.active:
                return
            self._say("")
            tab.show_loaded(data)
            self.tab_loaded.emit(name)
            if name == self.current():
                self.shown.emit()

        def failed(problem: AdminProblem) -> None:
            self._stale_tabs.add(name)  # read again when shown again
            self._say(said(problem))

        self.request(read, loaded, failed)

    def changed_on_server(self, *names: str) -> None:
        """An action changed what these tabs (and the audit log) show: read them again, the
        one on screen now."""
        self._stale_tabs |= {*names, "audit"}
        self.show_if_stale()

    @Slot(int)
    def _connection(self, attached: int) -> None:
        if attached and self.active and self.state.text() == tr(CONNECTING):
            self._say("")
            if self.isVisible():
                self.show_if_stale()

    # -- running requests ---------------------------------------------------------------------

    def request(self, call: Callable[[AdminConsole], T], on_done: Callable[[T], None],
                on_problem: Callable[[AdminProblem], None] | None = None) -> None:
        """Run `call(console)` on the sync thread (after a sync running now); its answer or
        problem comes back here. A problem goes to `on_problem`, else on top of the page."""
        clock = self._clock

        def run(transport: Transport) -> T:
            return call(AdminConsole(transport, clock))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NotAttached):
                exc = AdminProblem(tr(CONNECTING))
            if not isinstance(exc, AdminProblem):
                self._reporter.report_bug(exc, "the admin console")
                return
            if isinstance(exc, SessionEnded | DeviceRevoked):
                self.sync_requested.emit()  # the sync asks for the password, or wipes
            (on_problem or (lambda problem: self._say(said(problem))))(exc)

        self._network.with_transport(run, on_done, failed)

    def open_dialog(self, dialog: QDialog) -> None:
        """Open a dialog of the console; a lock closes it."""
        self.dialogs.append(dialog)

        def closed(_result: int) -> None:
            if dialog in self.dialogs:
                self.dialogs.remove(dialog)
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    def _say(self, text: str) -> None:
        self.state.setText(text)
        self.state.setVisible(bool(text))


__all__ = ["ACTION_WORDS", "TABS", "AdminPage", "AdminTab", "device_label", "form_title"]
