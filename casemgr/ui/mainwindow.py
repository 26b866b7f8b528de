"""The main window: the lock screen or the workspace (navigation, pages, case file), menus with
a shortcut for every frequent action, the status bar, auto-lock and remembered geometry."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRect, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casemgr import __version__
from casemgr.app.approvals import EmergencyNotice
from casemgr.app.glass import ENDING_NEEDS_SERVER, NEEDS_SERVER, EmergencyAccess, NeedsConnection
from casemgr.db.store import CaseSort
from casemgr.domain.permissions import PERMISSIONS, Action, Role
from casemgr.sync.transport import Offline, Refused
from casemgr.ui.casefile.view import CaseFileView, end_refusal
from casemgr.ui.casefile.workflows import CaseActions
from casemgr.ui.context import DEMO_PASSWORD, AppContext
from casemgr.ui.dialogs.base import FittedDialog
from casemgr.ui.dialogs.break_glass import BreakGlassDialog
from casemgr.ui.dialogs.export import ExportDialog
from casemgr.ui.errors import ErrorReporter, MessageBar, user_message
from casemgr.ui.i18n import LANGUAGES, N_, num, tr
from casemgr.ui.lock.autolock import IdleLock
from casemgr.ui.lock.unlock import LockScreen
from casemgr.ui.logs import desktop_report
from casemgr.ui.pages.admin import AdminPage
from casemgr.ui.pages.approvals import ApprovalsPage
from casemgr.ui.pages.base import Page
from casemgr.ui.pages.caselist import CaseListPage
from casemgr.ui.pages.conflicts import ConflictsPage
from casemgr.ui.pages.dashboard import DashboardPage
from casemgr.ui.pages.referrals import ReferralsPage
from casemgr.ui.pages.supervision import SupervisionPage
from casemgr.ui.pages.sync import FirstSyncDialog, SyncPage
from casemgr.ui.pages.tasks import TasksPage
from casemgr.ui.pages.team import TeamPage
from casemgr.ui.pages.today import TodayPage
from casemgr.ui.widgets.statusbar import SyncStatusBar
from casemgr.ui.workers.db import DbWorker, SignedIn
from casemgr.ui.workers.sync import SyncWorker
from casemgr.ui.workers.sync_controller import SyncController, SyncStatus, SyncStatusKind

PAGES = ("today", "cases", "tasks", "referrals", "conflicts", "sync", "approvals", "team",
         "supervision", "dashboard", "admin")
PAGE_TITLES = {"today": N_("Today"), "cases": N_("My cases"), "tasks": N_("Tasks"),
               "referrals": N_("Referrals"), "conflicts": N_("Conflicts"), "sync": N_("Sync"),
               "approvals": N_("Approvals"), "team": N_("Team caseload"),
               "supervision": N_("Supervision"), "dashboard": N_("Dashboard"),
               "admin": N_("Admin")}  # translated where shown


class PreferencesDialog(FittedDialog):
    """The settings a user changes: when to auto-lock, how fast search reacts, how often to
    sync, the organisation printed case summaries name."""

    def __init__(self, parent: QWidget, auto_lock_minutes: int, search_delay_ms: int,
                 sync_interval_minutes: int = 5, agency_name: str = "",
                 language: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(tr("Preferences"))
        layout = self.main_layout
        form = QFormLayout()
        self.auto_lock = QSpinBox()
        self.auto_lock.setObjectName("autoLockMinutes")
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(tr(" min"))
        self.auto_lock.setValue(auto_lock_minutes)
        form.addRow(tr("Lock after no input for"), self.auto_lock)
        self.search_delay = QSpinBox()
        self.search_delay.setObjectName("searchDelay")
        self.search_delay.setRange(0, 2000)
        self.search_delay.setSingleStep(50)
        self.search_delay.setSuffix(tr(" ms"))
        self.search_delay.setValue(search_delay_ms)
        form.addRow(tr("Search after typing stops for"), self.search_delay)
        self.sync_interval = QSpinBox()
        self.sync_interval.setObjectName("syncIntervalMinutes")
        self.sync_interval.setRange(0, 240)
        self.sync_interval.setSuffix(tr(" min"))
        self.sync_interval.setSpecialValueText(tr("Only when asked and after changes"))
        self.sync_interval.setValue(sync_interval_minutes)
        form.addRow(tr("Sync with the server every"), self.sync_interval)
        self.agency_name = QLineEdit(agency_name)
        self.agency_name.setObjectName("agencyName")
        self.agency_name.setMaxLength(120)
        form.addRow(tr("Organisation on printed summaries"), self.agency_name)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(tr("The system's language"), "")
        for lang in LANGUAGES:
            self.language.addItem(lang.native_name, lang.code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form.addRow(tr("Language"), self.language)
        layout.addLayout(form)
        note = QLabel(tr("A new language applies the next time casemgr starts."))
        note.setObjectName("languageNote")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        self.set_button_box(buttons)


def break_glass_refusal(exc: BaseException) -> str:
    """Why emergency access was not opened, as the dialog says it."""
    if isinstance(exc, NeedsConnection | Offline):
        return tr("Opening a case outside your caseload needs a connection to the server, "
                  "which decides and records it. Connect to the network and try again.")
    if isinstance(exc, Refused) and exc.error == "not_found":
        return tr("There is no case with this number. Check it and try again.")
    if isinstance(exc, Refused) and exc.error == "in_scope":
        return tr("This case is already in your caseload: open it from your cases.")
    return user_message(exc)


class MainWindow(QMainWindow):
    """One window; everything that shows case data is emptied when it locks."""

    settled = Signal(str)  # "lock", "today" or "cases": the screen shown has its data
    session_started = Signal(object)
    session_locked = Signal()

    def __init__(self, ctx: AppContext, worker: DbWorker, app: QCoreApplication) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.worker = worker
        self.session: SignedIn | None = None
        self._opening_case = False
        self._back_to = "cases"
        self._awaiting_first_rows = False
        self._awaiting_today = False

        self.message_bar = MessageBar()
        self.reporter = ErrorReporter(self.message_bar, self, ctx.log_path)
        worker.error_reporter = lambda exc: self.reporter.report(exc)

        self.lock_screen = LockScreen(worker, ctx, self.reporter.report_bug)
        self.lock_screen.unlocked.connect(self.start_session)
        self.lock_screen.ready.connect(self._lock_screen_ready)

        # Sync runs on its own thread and connection; the controller decides when.
        self.sync_worker = SyncWorker(self, feed=worker.feed)  # its changes reach the same views
        self.sync_worker.error_reporter = lambda exc: self.reporter.report(exc,
                                                                           where="syncing")
        worker.shutting_down.connect(self.sync_worker.shutdown)
        self.syncing = SyncController(ctx, worker, self.sync_worker, self.reporter, self)
        self.sync_worker.attached_changed.connect(self._sync_attached)
        self.first_sync: FirstSyncDialog | None = None
        self.break_glass_dialog: BreakGlassDialog | None = None
        self._after_attach: list[Callable[[], None]] = []  # what waits for the sync thread

        # -- the workspace: navigation and pages ----------------------------------------------
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(tr("Sections"))
        for name in PAGES:
            self.navigation.addItem(tr(PAGE_TITLES[name]))
        self.navigation.setFixedWidth(150)
        today = ctx.today
        self.today = TodayPage(worker)
        self.cases = CaseListPage(worker, today, int(ctx.settings.get("search_delay_ms")))
        self.tasks = TasksPage(worker, today)
        self.referrals = ReferralsPage(worker)
        self.conflicts = ConflictsPage(worker, self.reporter)
        self.sync = SyncPage(worker)
        self.approvals = ApprovalsPage(worker)
        self.team = TeamPage(worker, today)
        self.supervision = SupervisionPage(worker, today, self.reporter)
        self.dashboard = DashboardPage(worker, ctx.settings)
        self.admin = AdminPage(worker, self.sync_worker, self.reporter, ctx.clock, today)
        self.case_file = CaseFileView(worker, today, network=self.sync_worker)
        # Every page of the navigation, by name (PAGES): each is emptied on lock.
        self.page_widgets: dict[str, Page | CaseListPage] = {
            "today": self.today, "cases": self.cases, "tasks": self.tasks,
            "referrals": self.referrals, "conflicts": self.conflicts, "sync": self.sync,
            "approvals": self.approvals, "team": self.team, "supervision": self.supervision,
            "dashboard": self.dashboard, "admin": self.admin}
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        for page in (*self.page_widgets.values(), self.case_file):
            self.pages.addWidget(page)
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.navigation)
        row.addWidget(self.pages, 1)
        self.workspace = workspace

        self.screens = QStackedWidget()
        self.screens.addWidget(self.lock_screen)
        self.screens.addWidget(workspace)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(6, 6, 6, 0)
        column.addWidget(self.message_bar)
        column.addWidget(self.screens, 1)
        self.setCentralWidget(central)
        self.status = SyncStatusBar(worker, first_count_delay_ms=ctx.status_count_delay_ms)
        self.setStatusBar(self.status)
        self.syncing.status_changed.connect(self._sync_status)
        self.syncing.progress.connect(self.status.show_sync_progress)
        self.syncing.progress.connect(self.sync.show_progress)
        self.syncing.synced.connect(self.sync.show_summary)
        self.syncing.first_sync_started.connect(self._show_first_sync)
        self.syncing.revoked.connect(self._revoked)
        self.syncing.cases_removed.connect(self._cases_removed)
        self.sync.sync_requested.connect(self.sync_now)
        self.admin.sync_requested.connect(self.sync_now)

        self.casework_actions = CaseActions(self, worker, self.case_file, self.reporter, today)
        self.casework_actions.open_case_requested.connect(self.open_case)
        self.casework_actions.case_list_selection = self.cases.selected_case_id
        self.casework_actions.agency = lambda: str(ctx.settings.get("agency_name"))
        self._build_menus()

        self.navigation.currentRowChanged.connect(self._navigate)
        self.cases.open_case_requested.connect(self.open_case)
        self.today.open_case_requested.connect(self.open_case)
        self.approvals.open_case_requested.connect(self.open_case)
        self.approvals.decide_requested.connect(self.casework_actions.decide_queued)
        self.approvals.count_changed.connect(self._approvals_counted)
        self.approvals.end_access_requested.connect(self.end_emergency_access)
        self.team.open_case_requested.connect(self.open_case)
        self.team.reassign_requested.connect(self.casework_actions.reassign_cases)
        self.today.shown.connect(self._today_shown)
        self.tasks.open_case_requested.connect(self.open_case)
        self.tasks.complete_requested.connect(self.casework_actions.complete)
        self.referrals.open_case_requested.connect(self.open_case)
        self.case_file.shown.connect(self._case_file_shown)
        self.case_file.closed.connect(self.back)
        self.cases.model.rows_arrived.connect(self._rows_arrived)
        self.cases.model.loaded.connect(lambda total: self._rows_arrived()
                                        if total == 0 else None)

        self.idle = IdleLock(app, int(ctx.settings.get("auto_lock_minutes")),
                             now=ctx.monotonic, check_every_ms=ctx.idle_check_ms, parent=self)
        self.idle.idle.connect(self.lock)
        self._restore_geometry()
        self._show_locked()
        self.lock_screen.reload_profiles(str(ctx.settings.get("last_profile")))

    # -- menus and shortcuts -----------------------------------------------------------------

    def _action(self, name: str, text: str, shortcut: str | None, slot: object) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        a = self.casework_actions
        self.lock_action = self._action("lock", tr("&Lock"), "Ctrl+L", self.lock)
        self.preferences_action = self._action("preferences", tr("&Preferences…"), "Ctrl+,",
                                               self.open_preferences)
        self.quit_action = self._action("quit", tr("&Quit"), "Ctrl+Q", self.close)
        self.sync_action = self._action("syncNow", tr("S&ync now"), "Ctrl+Shift+S", self.sync_now)
        self.sync_action.setEnabled(False)
        self.status.set_sync_action(self.sync_action)
        self.export_action = self._action("export", tr("&Export…"), None,
                                          lambda: self.open_export(indicators=False))
        self.export_indicators_action = self._action(
            "exportIndicators", tr("Export &indicators…"), None,
            lambda: self.open_export(indicators=True))
        workspace = bar.addMenu(tr("&Workspace"))
        for action in (self.sync_action, self.lock_action, self.preferences_action):
            workspace.addAction(action)
        workspace.addSeparator()
        workspace.addAction(self.export_action)
        workspace.addAction(self.export_indicators_action)
        workspace.addSeparator()
        workspace.addAction(self.quit_action)

        self.search_action = self._action("search", tr("&Search cases"), "Ctrl+F",
                                          self.focus_search)
        self.refresh_action = self._action("refresh", tr("&Refresh"), "F5", self.refresh)
        self.back_action = self._action("back", tr("&Back"), "Alt+Left", self.back)
        go = bar.addMenu(tr("&Go"))
        go.addAction(self.search_action)
        self.page_actions: dict[str, QAction] = {}
        # Ctrl+0 Today, then Ctrl+1 My cases … Ctrl+9; sections past the tenth have none.
        for i, name in enumerate(PAGES):
            action = self._action(f"go_{name}", tr(PAGE_TITLES[name]),
                                  f"Ctrl+{i}" if i < 10 else None,
                                  lambda _checked=False, n=name: self.show_page(n))
            self.page_actions[name] = action
            go.addAction(action)
        go.addSeparator()
        go.addAction(self.back_action)
        go.addAction(self.refresh_action)

        self.open_action = self._action("openCase", tr("&Open the selected case"), "Ctrl+O",
                                        self._open_selected)
        self.break_glass_action = self._action(
            "openOutsideCaseload", tr("Open a case outside my caseload…"), None,
            self.open_outside_caseload)
        self.break_glass_action.setEnabled(False)
        case = bar.addMenu(tr("&Case"))
        case.addAction(a.register_family)
        case.addAction(self.open_action)
        case.addAction(self.break_glass_action)
        case.addSeparator()
        for action in (a.record_visit, a.run_assessment, a.change_risk, a.add_note,
                       a.add_task, a.complete_task, a.cancel_task):
            case.addAction(action)
        case.addSeparator()
        for action in (a.open_assessment, *a.corrections.values()):
            case.addAction(action)
        case.addSeparator()
        for action in (a.refer, a.send_referral, a.record_response, a.cancel_referral):
            case.addAction(action)
        case.addSeparator()
        for action in (a.request_closure, a.decide_plan, a.decide_closure, a.reassign,
                       a.reopen):
            case.addAction(action)
        case.addSeparator()
        for action in (a.save_summary, a.print_summary):
            case.addAction(action)
        for action in (a.register_family, *a.case_actions):
            self.addAction(action)

        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self._action("shortcuts", tr("&Keyboard shortcuts"), "F1",
                                         self.show_shortcuts))
        help_menu.addAction(self._action("openLogFolder", tr("Open &log folder"), None,
                                         self.open_log_folder))
        help_menu.addAction(self._action("copyDiagnostics", tr("&Copy diagnostic report"), None,
                                         self.copy_diagnostic_report))
        about = self._action("about", tr("&About casemgr"), None, self.show_about)
        help_menu.addAction(about)
        self.workspace_actions = [self.lock_action, self.search_action, self.refresh_action,
                                  self.export_action, self.export_indicators_action,
                                  self.back_action, self.open_action,
                                  *self.page_actions.values()]

    def open_export(self, *, indicators: bool) -> ExportDialog | None:
        """The export dialog (records or indicators) of the signed-in user's cases."""
        if self.session is None:
            return None
        dialog = ExportDialog(self, self.worker, self.session, indicators=indicators,
                              today=self.ctx.today(),
                              agency=str(self.ctx.settings.get("agency_name")))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def shortcut_list(self) -> list[tuple[str, str]]:
        """Every action that has a shortcut: (what, keys)."""
        found = []
        for action in self.actions_with_shortcuts():
            found.append((action.text().replace("&", "").rstrip("…"),
                          action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        return found

    def actions_with_shortcuts(self) -> list[QAction]:
        return [a for a in self.findChildren(QAction) if not a.shortcut().isEmpty()]

    @Slot()
    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td>{what}</td><td><b>{keys}</b></td></tr>"
                       for what, keys in sorted(self.shortcut_list()))
        box = QMessageBox(QMessageBox.Icon.Information, tr("Keyboard shortcuts"),
                          f"<table cellpadding='3'>{rows}</table>",
                          QMessageBox.StandardButton.Close, self)
        box.setObjectName("shortcutsBox")
        box.finished.connect(box.deleteLater)
        box.open()

    @Slot()
    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, tr("About casemgr"),
                          tr("casemgr {version}: offline-first case management for "
                             "child-protection caseworkers. Case data stays encrypted on this "
                             "device.").format(
                              version=__version__), QMessageBox.StandardButton.Close, self)
        box.finished.connect(box.deleteLater)
        box.open()

    @Slot()
    def open_log_folder(self) -> None:
        """The folder of the log (and its backups and native crash log), for support."""
        folder = self.ctx.log_path.parent if self.ctx.log_path is not None else None
        if folder is None or not folder.is_dir():
            self.reporter.show_info(tr("There is no log folder yet: casemgr has not written a "
                                       "log on this computer."))
        elif not self.ctx.open_url(QUrl.fromLocalFile(str(folder))):
            self.reporter.show_info(tr("The log folder could not be opened. It is {folder}").format(
                                        folder=folder))

    @Slot()
    def copy_diagnostic_report(self) -> None:
        """Versions, platform, schema and sync state (never case data) to the clipboard."""
        def copy(report: str) -> None:
            QGuiApplication.clipboard().setText(report)
            self.reporter.show_info(tr("The diagnostic report was copied (versions, platform "
                                       "and sync state only, no case data): paste it into your "
                                       "message to support."))

        if self.session is None:
            copy(desktop_report(None))
        else:
            self.worker.run(lambda cw: desktop_report(cw.diagnostic_facts()), copy,
                            self.reporter.report)

    # -- session -----------------------------------------------------------------------------

    @Slot(object)
    def start_session(self, session: SignedIn) -> None:
        """Unlocked: fill the pages, arm auto-lock, remember the profile."""
        self.session = session
        self.ctx.settings.set("last_profile", session.user)
        self._save_settings()
        self.reporter.clear()
        self._update_title()
        sort = CaseSort(str(self.ctx.settings.get("case_list_sort")))
        start = str(self.ctx.settings.get("start_page"))
        self._awaiting_first_rows = start == "cases"
        self._awaiting_today = start == "today"
        # The case list first: the worker runs operations in order, and counting a large
        # outbox for the status bar takes longer than the list's first page.
        self.cases.start(session.user, sort, bool(self.ctx.settings.get("case_list_descending")))
        self.status.show_session(session)
        self.today.start()
        decides = PERMISSIONS[Action.DECIDE_PLAN].allows(session.role)
        self._show_section("approvals", decides)  # a caseworker never decides: not shown
        if decides:
            self.approvals.start()
        leads = PERMISSIONS[Action.VIEW_TEAM_CASELOAD].allows(session.role)
        self._show_section("team", leads)  # a caseworker has no team to lead: not shown
        if leads:
            self.team.start(session.user)
        self._show_section("dashboard", leads)  # supervisors and admins
        if leads:
            self.dashboard.activate()  # counted when first shown
        administers = PERMISSIONS[Action.MANAGE_USERS].allows(session.role)
        self._show_section("admin", administers)  # the admin role only
        if administers:
            self.admin.start(session)
        self.tasks.start(session.user)
        self.supervision.start(session)
        self.referrals.activate()
        self.conflicts.start(session)
        self.sync.start(session)
        self.casework_actions.start(session)
        self.case_file.start(session)
        for action in self.workspace_actions:
            action.setEnabled(True)
        self.sync_action.setEnabled(not session.offline_only)
        # Break-glass is for caseworkers and supervisors of a server (admins reach every case).
        self.break_glass_action.setEnabled(not session.offline_only
                                           and session.role is not Role.ADMIN)
        self.sync_action.setToolTip(tr("Send and receive changes now")
                                    if not session.offline_only
                                    else tr("This workspace has no server to sync with."))
        self.screens.setCurrentWidget(self.workspace)
        self.show_page(start)
        self.idle.arm()
        self.syncing.start(session)
        self.session_started.emit(session)

    @Slot()
    def lock(self, notice: str | None = None) -> None:
        """Hide every case: views and models emptied, dialogs closed, the lock screen shown
        (with `notice` when there is something to say, as after a revocation)."""
        user = self.session.user if self.session else self.lock_screen.current_user()
        self.idle.disarm()
        self.syncing.stop()
        self.worker.lock()
        self.session = None
        self.sync_action.setEnabled(False)
        self.break_glass_action.setEnabled(False)
        self._after_attach = []
        if self.break_glass_dialog is not None:
            self.break_glass_dialog.reject()
        if self.first_sync is not None:
            self.first_sync.reject()
        self._opening_case = False
        self.casework_actions.clear()
        self.case_file.clear()
        for page in self.page_widgets.values():
            page.clear()
        self.status.clear_session()
        self.reporter.clear()
        clipboard = QGuiApplication.clipboard()
        if clipboard.ownsClipboard():
            clipboard.clear()
        self._show_locked()
        self.lock_screen.reset_for_lock(user, notice if isinstance(notice, str) else None)
        self.session_locked.emit()

    # -- syncing -----------------------------------------------------------------------------

    @Slot()
    def sync_now(self) -> None:
        if self.session is not None:
            self.syncing.sync_now(by_user=True)

    @Slot(object)
    def _sync_status(self, status: SyncStatus) -> None:
        self.status.show_sync_status(status)
        self.sync.show_status(status)
        if self.session is not None and not self.session.offline_only:
            self.sync_action.setEnabled(status.state is not SyncStatusKind.SYNCING)
        if self.first_sync is not None:
            self.first_sync.show_status(status)

    @Slot(object)
    def _show_first_sync(self, session: SignedIn) -> None:
        dialog = FirstSyncDialog(session, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.syncing.progress.connect(dialog.show_progress)
        self.first_sync = dialog

        def closed() -> None:
            if self.first_sync is dialog:
                self.first_sync = None
            dialog.deleteLater()

        dialog.finished.connect(lambda _result: closed())
        dialog.open()

    @Slot(str)
    def _revoked(self, message: str) -> None:
        """The server revoked this device: the engine wiped the workspace; close what is left
        of it, delete any file closing wrote, and explain on the lock screen."""
        session = self.session
        if session is not None:
            # Queued before the lock's own close; the lock screen lists profiles after both.
            self.worker.discard_revoked(session.data_dir, session.user)
        self.lock(message)

    @Slot(object)
    def _cases_removed(self, case_ids: frozenset[str]) -> None:
        """Cases that left this caseload (reassigned): an open case file of one closes."""
        if self.case_file.case_id in case_ids:
            number = self.case_file.title.text()
            data = self.case_file.data
            emergency = data is not None and data.emergency_until is not None
            self.case_file.clear()
            if self.pages.currentWidget() is self.case_file:
                self.show_page(self._back_to)
            self.reporter.show_info(
                tr("Your emergency access to the case {number} ended; the server removed it "
                   "from this device.").format(number=number) if emergency else
                tr("The case {number} is no longer assigned to you; the "
                   "server removed it from this device.").format(number=number))

    def _show_locked(self) -> None:
        self.screens.setCurrentWidget(self.lock_screen)
        self.pages.setCurrentWidget(self.cases)
        for action in self.workspace_actions:
            action.setEnabled(False)
        self.casework_actions.update_state()
        self._update_title()
        self.lock_screen.password.setFocus()

    def _update_title(self) -> None:
        if self.session is None:
            title = tr("casemgr — locked")
        else:
            title = tr("casemgr — {user}").format(user=self.session.user)
            if self.session.offline_only:
                title += tr(" (offline-only)")
        if self.ctx.demo:
            title += tr(" — demo: a local demo server with synthetic data (password "
                        "{password})").format(password=DEMO_PASSWORD)
        self.setWindowTitle(title)

    @Slot()
    def _lock_screen_ready(self) -> None:
        if self.screens.currentWidget() is self.lock_screen:
            self.settled.emit("lock")

    def _show_section(self, name: str, shown: bool) -> None:
        """Show or hide a section in the navigation and the Go menu."""
        self.navigation.item(PAGES.index(name)).setHidden(not shown)
        self.page_actions[name].setVisible(shown)

    @Slot(int)
    def _approvals_counted(self, count: int) -> None:
        item = self.navigation.item(PAGES.index("approvals"))
        item.setText(tr("{page} ({count})").format(page=tr(PAGE_TITLES["approvals"]),
                                                   count=num(count)) if count else
                     tr(PAGE_TITLES["approvals"]))

    @Slot()
    def _today_shown(self) -> None:
        if self._awaiting_today and self.session is not None:
            self._awaiting_today = False
            self.settled.emit("today")

    @Slot()
    def _rows_arrived(self) -> None:
        if self._awaiting_first_rows and self.session is not None:
            self._awaiting_first_rows = False
            self.settled.emit("cases")

    # -- navigation --------------------------------------------------------------------------

    def show_page(self, name: str) -> None:
        if self.session is None:
            return
        index = PAGES.index(name)
        if self.navigation.currentRow() != index:
            self.navigation.setCurrentRow(index)
        else:
            self._navigate(index)

    @Slot(int)
    def _navigate(self, index: int) -> None:
        if self.session is None or index < 0:
            return
        name = PAGES[index]
        page = self.page_widgets[name]
        self.pages.setCurrentWidget(page)
        self._back_to = name
        if isinstance(page, Page):
            page.show_if_stale()

    @Slot(str)
    def open_case(self, case_id: str) -> None:
        if self.session is None:
            return
        self._opening_case = True
        self.case_file.open_case(case_id, self._open_failed)

    @Slot(int)
    def _sync_attached(self, attached: int) -> None:
        waiting, self._after_attach = self._after_attach, []
        if attached:
            for run in waiting:
                run()

    @Slot()
    def open_outside_caseload(self) -> None:
        """Break-glass (casemgr.app.glass): the dialog; the server asked on the sync thread,
        then the case synced and opened. A refusal (offline, no such case, already in the
        caseload) is said in the dialog, which stays open with what was typed."""
        if self.session is None or self.break_glass_dialog is not None:
            return
        dialog = BreakGlassDialog(self)
        self.break_glass_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def forget() -> None:
            if self.break_glass_dialog is dialog:
                self.break_glass_dialog = None
            dialog.deleteLater()

        def opened(access: EmergencyAccess) -> None:
            forget()
            self.open_case(access.case_id)

        def refused(exc: BaseException) -> None:
            if self.break_glass_dialog is not dialog:
                return  # locked meanwhile
            dialog.show_errors({"": break_glass_refusal(exc)})
            dialog.open()

        def accepted() -> None:
            case, reason, note = dialog.value()

            def ask() -> None:
                if not self.sync_worker.break_glass(case, reason, note, opened, refused):
                    refused(NeedsConnection(NEEDS_SERVER))

            self._on_sync_thread(ask)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(forget)
        dialog.open()

    @Slot(object)
    def end_emergency_access(self, notice: EmergencyNotice) -> None:
        """"End access now" on a break-glass notice: the server ends it (online only), the
        sync after it says so on the notice; the holder's next sync evicts the case."""
        def refused(exc: BaseException) -> None:
            self.approvals.end_refused(notice, end_refusal(exc))

        def ended(_at: str) -> None:
            self.approvals.refresh()

        def ask() -> None:
            if not self.sync_worker.end_break_glass(notice.case_id, notice.holder, ended,
                                                    refused):
                refused(NeedsConnection(ENDING_NEEDS_SERVER))

        self._on_sync_thread(ask)

    def _on_sync_thread(self, ask: Callable[[], None]) -> None:
        """Run `ask` (a request the sync thread makes) now, or once the sync thread is
        attached to the workspace just unlocked (it says so with `_sync_attached`)."""
        if (self.session is not None and not self.session.offline_only
                and not self.sync_worker.attached):
            self._after_attach.append(ask)
        else:
            ask()

    def _open_failed(self, exc: BaseException) -> None:
        self._opening_case = False
        self.reporter.report(exc, where="opening a case")

    @Slot(str)
    def _case_file_shown(self, _case_id: str) -> None:
        if self._opening_case:
            self._opening_case = False
            self.pages.setCurrentWidget(self.case_file)
            self.case_file.tabs.setFocus()

    @Slot()
    def _open_selected(self) -> None:
        case_id = self.cases.selected_case_id()
        if case_id and self.pages.currentWidget() is self.cases:
            self.open_case(case_id)
        elif self.session is not None:
            self.reporter.show_info(tr("No case is selected: choose one in My cases (Ctrl+1) "
                                       "first, then Ctrl+O opens it."))

    @Slot()
    def back(self) -> None:
        if self.session is not None and self.pages.currentWidget() is self.case_file:
            self.show_page(self._back_to)
            if self._back_to == "cases":
                self.cases.table.setFocus()

    @Slot()
    def focus_search(self) -> None:
        if self.session is None:
            return
        self.show_page("cases")
        self.cases.focus_search()

    @Slot()
    def refresh(self) -> None:
        page = self.pages.currentWidget()
        if page is self.cases:
            self.cases.model.reload()
        elif page is self.case_file:
            self.case_file.refresh()
        elif isinstance(page, Page):
            page.refresh()

    # -- preferences, geometry ---------------------------------------------------------------

    @Slot()
    def open_preferences(self) -> None:
        s = self.ctx.settings
        dialog = PreferencesDialog(self, int(s.get("auto_lock_minutes")),
                                   int(s.get("search_delay_ms")),
                                   int(s.get("sync_interval_minutes")),
                                   str(s.get("agency_name")), str(s.get("language")))

        def accepted() -> None:
            language = str(dialog.language.currentData())
            if language != s.get("language"):
                s.set("language", language)
                self.reporter.show_info(tr("The new language applies the next time casemgr "
                                           "starts."))
            s.set("auto_lock_minutes", dialog.auto_lock.value())
            s.set("search_delay_ms", dialog.search_delay.value())
            s.set("sync_interval_minutes", dialog.sync_interval.value())
            s.set("agency_name", " ".join(dialog.agency_name.text().split()))
            self.syncing.set_interval_minutes(dialog.sync_interval.value())
            self.idle.set_minutes(dialog.auto_lock.value())
            self.cases._debounce.setInterval(dialog.search_delay.value())
            self._save_settings()

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _restore_geometry(self) -> None:
        g = self.ctx.settings.get("window_geometry")
        if not g:
            self.resize(1200, 760)
            return
        rect = QRect(g["x"], g["y"], g["width"], g["height"])
        screen = QGuiApplication.screenAt(rect.center()) or QGuiApplication.primaryScreen()
        if screen is not None and not screen.availableGeometry().intersects(rect):
            rect.moveTopLeft(screen.availableGeometry().topLeft())
        self.setGeometry(rect)
        if g["maximized"]:
            self.setWindowState(Qt.WindowState.WindowMaximized)

    def _remember_geometry(self) -> None:
        rect = self.normalGeometry() if self.isMaximized() else self.geometry()
        self.ctx.settings.set("window_geometry", {
            "x": rect.x(), "y": rect.y(), "width": max(rect.width(), 1),
            "height": max(rect.height(), 1), "maximized": self.isMaximized()})

    def _save_settings(self) -> None:
        query = self.cases.model.query
        self.ctx.settings.set("case_list_sort", query.sort.value)
        self.ctx.settings.set("case_list_descending", query.descending)
        try:
            self.ctx.settings.save()
        except OSError as exc:
            self.reporter.report(exc, where="saving settings")

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = [d for d in self.casework_actions.open_dialogs
                   if isinstance(d, FittedDialog) and d.isVisible() and d.has_unsaved_input()]
        if unsaved:
            # Quitting would drop what was typed: the dialog asks first, as Esc does; once
            # it is saved or discarded, quitting goes on at the next Ctrl+Q.
            event.ignore()
            unsaved[0].raise_()
            unsaved[0].activateWindow()
            unsaved[0].cancel()
            return
        self._remember_geometry()
        self._save_settings()
        self.idle.detach()
        self.syncing.stop_live()
        super().closeEvent(event)


__all__ = ["PAGES", "MainWindow", "PreferencesDialog"]
