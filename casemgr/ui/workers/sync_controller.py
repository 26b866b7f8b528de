"""When the app syncs and what comes of it: "Sync now", every few minutes, shortly after a
local change; what a sync wrote reaches the views showing it; its errors become messages the
user can act on (or the lock screen, when the device was revoked)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal, Slot
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from casemgr.app.changes import Changes
from casemgr.sync.engine import SyncProgress, SyncSummary
from casemgr.sync.live import LiveWatch
from casemgr.sync.transport import NeedsLogin, Transport, UnverifiedRevocation
from casemgr.ui.context import AppContext
from casemgr.ui.errors import ErrorReporter, SyncOutcome, sync_failure
from casemgr.ui.i18n import num, plural, tr
from casemgr.ui.workers.db import DbWorker, SignedIn, SyncHandle
from casemgr.ui.workers.sync import SyncWorker


def size_text(n: int) -> str:
    """Bytes in the unit a person reads: 512 B, 12.3 KB, 4.1 MB."""
    if n < 1000:
        return tr("{size} B").format(size=num(n))
    if n < 1_000_000:
        return tr("{size} KB").format(size=QLocale().toString(n / 1000, "f", 1))
    return tr("{size} MB").format(size=QLocale().toString(n / 1_000_000, "f", 1))


def progress_text(step: SyncProgress) -> str:
    """One line for where a sync is: the step, records done, bytes moved."""
    if step.phase == "push":
        what = (tr("Sending changes: {done} of {total}").format(done=num(step.done),
                                                              total=num(step.total))
                if step.total else tr("Sending changes: {done}").format(done=num(step.done)))
    elif step.phase == "pull":
        what = (tr("Receiving: %Ln record", "", step.done) if step.done == 1
                else tr("Receiving: %Ln records", "", step.done))
    elif step.phase == "evict":
        what = (tr("Removing %Ln case no longer yours", "", step.done) if step.done == 1
                else tr("Removing %Ln cases no longer yours", "", step.done))
    elif step.phase == "files":
        what = tr("Attachment files: {done}").format(done=num(step.done))
    else:
        what = tr("Finishing")
    return tr("{what} · {sent} sent, {received} received").format(
        what=what, sent=size_text(step.bytes_sent), received=size_text(step.bytes_received))


def nothing_moved(summary: SyncSummary) -> bool:
    """A sync that sent, received and removed nothing."""
    return not (summary.pushed or summary.pulled or summary.evicted or summary.files_sent
                or summary.files_received or summary.unsigned_evictions)


def summary_text(summary: SyncSummary) -> str:
    """What a finished sync did, in a caseworker's words."""
    if nothing_moved(summary):
        return tr("up to date: nothing to send or receive.")
    n = summary.pushed
    sent = plural(n, tr("sent %Ln change", "", n), tr("sent %Ln changes", "", n))
    details = [text for n, text in (
        (summary.merged, tr("%Ln merged", "", summary.merged)),
        (summary.conflicts, tr("%Ln in conflict", "", summary.conflicts)),
        (summary.rejected, tr("%Ln refused", "", summary.rejected))) if n]
    if details:
        sent += tr(" ({details})").format(details=", ".join(details))
    n = summary.pulled
    received = plural(n, tr("received %Ln record", "", n), tr("received %Ln records", "", n))
    parts = [sent, received]
    if n := summary.evicted:
        parts.append(plural(n, tr("removed %Ln case no longer assigned to you", "", n),
                            tr("removed %Ln cases no longer assigned to you", "", n)))
    if summary.files_sent or summary.files_received:
        parts.append(tr("%Ln attachment files", "", summary.files_sent + summary.files_received))
    if n := summary.unsigned_evictions:
        parts.append(plural(
            n, tr("ignored %Ln order to remove a case that the server had not signed (the "
                  "cases are kept; tell your IT support)", "", n),
            tr("ignored %Ln orders to remove a case that the server had not signed (the "
               "cases are kept; tell your IT support)", "", n)))
    return ", ".join(parts) + "."


class SyncStatusKind(Enum):
    """Which of the states of syncing the status is in (`SyncStatus.state`)."""

    NO_SERVER = "no_server"  # an offline-only workspace
    LOCKED = "locked"
    WAITING = "waiting"  # server-bound, not synced yet in this session
    SYNCING = "syncing"
    ONLINE = "online"  # the last sync succeeded
    OFFLINE = "offline"  # the server could not be reached: keep working
    FAILED = "failed"  # the server answered with trouble; tried again later
    STOPPED = "stopped"  # needs the user: update casemgr, or log in again


@dataclass(frozen=True)
class SyncStatus:
    """The state of syncing as the status bar and the Sync page show it."""

    state: SyncStatusKind
    text: str  # a few words for the status bar
    detail: str = ""  # a sentence: what happened and what to do
    summary: SyncSummary | None = None  # of the last successful sync in this session
    finished_at: str = ""  # its local time


class SyncController(QObject):
    """Schedules syncs for the unlocked server-bound workspace and routes their outcome."""

    status_changed = Signal(object)  # SyncStatus
    progress = Signal(object)  # SyncProgress while syncing
    synced = Signal(object)  # SyncSummary, once the views were told what changed
    first_sync_started = Signal(object)  # SignedIn: just logged in, the caseload is coming
    revoked = Signal(str)  # the explanation for the lock screen
    cases_removed = Signal(object)  # frozenset of case ids that left this device
    stopped = Signal()  # locked: dialogs about the session close
    news = Signal()  # live updates: the server has something for this device (any thread)

    def __init__(self, ctx: AppContext, db: DbWorker, sync: SyncWorker,
                 reporter: ErrorReporter, window: QWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._db = db
        self._sync = sync
        self._reporter = reporter
        self._window = window
        self.session: SignedIn | None = None
        self._generation = 0
        self._again = False  # a sync was asked for while one ran (or before it could)
        self._again_by_user = False
        self._by_user = False
        self._pending = Changes()
        self.status = SyncStatus(SyncStatusKind.LOCKED, tr("Locked"))
        self._last_summary: SyncSummary | None = None
        self._finished_at = ""
        self.live: LiveWatch | None = None  # waits for news while online (casemgr.sync.live)
        self._cursor: int | None = None  # where the last sync ended: what the wait is past
        self.news.connect(self._news_arrived)  # a slot of this object: queued to its thread

        self._interval = QTimer(self)
        self._interval.timeout.connect(lambda: self.sync_now(by_user=False))
        self._after_write = QTimer(self)
        self._after_write.setSingleShot(True)
        self._after_write.setInterval(ctx.sync_after_write_ms)
        self._after_write.timeout.connect(lambda: self.sync_now(by_user=False))
        self._at_start = QTimer(self)
        self._at_start.setSingleShot(True)
        self._at_start.setInterval(ctx.sync_at_unlock_ms)
        self._at_start.timeout.connect(lambda: self.sync_now(by_user=False))
        self._flush = QTimer(self)  # what pulled pages wrote reaches the views in batches
        self._flush.setSingleShot(True)
        self._flush.setInterval(ctx.sync_refresh_ms)
        self._flush.timeout.connect(self._announce)
        self.set_interval_minutes(int(ctx.settings.get("sync_interval_minutes")))

        db.changes_made.connect(self._local_changes)
        sync.progress.connect(self._progressed)

    # -- session -------------------------------------------------------------------------------

    def start(self, session: SignedIn) -> None:
        """Unlocked: hand the sync thread its connection, then sync as the session needs."""
        self.stop()
        self.session = session
        self._generation += 1
        if session.offline_only:
            self._set(SyncStatusKind.NO_SERVER, tr("Offline-only workspace: no server"),
                      tr("This workspace was created without a server. Its changes stay on this "
                         "device."))
            return
        self._set(SyncStatusKind.WAITING, tr("Not synced yet"),
                  tr("Server: {server_url}. Working offline until the first sync.").format(
                      server_url=session.server_url))
        generation = self._generation
        self._db.take_sync_handle(lambda handle: self._attached(generation, handle),
                                  lambda exc: self._failed(exc, True))

    def _attached(self, generation: int, handle: SyncHandle) -> None:
        session = self.session
        if generation != self._generation or session is None:
            self._db.call(handle.workspace.close)  # locked meanwhile; no SQL on this thread
            return
        self._sync.attach(handle)
        if self._ctx.auto_sync and self._ctx.live_updates:
            self.live = LiveWatch(handle.transport, cursor=lambda: self._cursor,
                                  on_news=self.news.emit)
            self.live.start()
        if session.first_login:
            self.first_sync_started.emit(session)
            self._again = False
            self.sync_now(by_user=True)
        elif self._again:
            self._sync_again()
        elif self._ctx.auto_sync:
            self._at_start.start()
        if self._ctx.auto_sync and self._interval.interval() > 0:
            self._interval.start()

    def stop(self) -> None:
        """Locked: no more syncing, and nothing of a sync still running reaches a view."""
        self._generation += 1
        self.session = None
        self._again = self._again_by_user = False
        self._pending = Changes()
        self._last_summary, self._finished_at = None, ""
        self.stop_live()
        for timer in (self._interval, self._after_write, self._at_start, self._flush):
            timer.stop()
        self._sync.detach()
        self._set(SyncStatusKind.LOCKED, tr("Locked"))
        self.stopped.emit()

    def stop_live(self) -> None:
        """No more waiting for news (locked, or the window closes)."""
        if self.live is not None:
            self.live.stop()  # its thread ends with its wait; nothing of it reaches us
            self.live, self._cursor = None, None

    def set_interval_minutes(self, minutes: int) -> None:
        """Sync every `minutes` while unlocked (0: only when asked and after changes)."""
        self._interval.setInterval(max(0, minutes) * 60_000)
        if minutes <= 0:
            self._interval.stop()
        elif self._sync.attached and self._ctx.auto_sync:
            self._interval.start()

    @property
    def interval_ms(self) -> int:
        """How often the automatic sync runs now (0: it does not)."""
        return self._interval.interval() if self._interval.isActive() else 0

    @property
    def can_sync(self) -> bool:
        return self.session is not None and not self.session.offline_only

    # -- syncing -------------------------------------------------------------------------------

    @Slot()
    def sync_now(self, by_user: bool = True) -> bool:
        """Push and pull now (or right after the sync already running)."""
        if not self.can_sync:
            if by_user and self.session is not None:
                self._reporter.show_info(tr("This workspace is offline-only: it has no server "
                                            "to sync with."))
            return False
        if self.status.state is SyncStatusKind.STOPPED and not by_user:
            return False
        if self._sync.running or not self._sync.attached:
            # Right after the one running (or once the connection has been handed over).
            self._again = True
            self._again_by_user = self._again_by_user or by_user
            return False
        self._after_write.stop()
        generation = self._generation
        self._by_user = by_user
        started = self._sync.sync(lambda summary: self._finished(generation, summary),
                                  lambda exc: self._failed_sync(generation, exc))
        if started:
            self._set(SyncStatusKind.SYNCING, tr("Syncing…"),
                      tr("Sending and receiving changes with {url}.").format(
                          url=self.session.server_url)
                      if self.session else "")
        return started

    @Slot()
    def _news_arrived(self) -> None:
        self.sync_now(by_user=False)

    @Slot(object)
    def _progressed(self, reported: tuple[SyncProgress, Changes]) -> None:
        step, changes = reported
        if self.session is None:
            return
        if step.phase == "evict" and step.case_ids:
            self.cases_removed.emit(step.case_ids)
        if changes:
            self._pending = self._pending | changes
            if not self._flush.isActive():
                self._flush.start()
        self.progress.emit(step)

    @Slot()
    def _announce(self) -> None:
        """What the pulled pages wrote since the last time reaches the views (in batches: a
        first sync writes thousands of pages)."""
        pending, self._pending = self._pending, Changes()
        self._sync.feed.publish(pending)

    def _finished(self, generation: int, summary: SyncSummary) -> None:
        if generation != self._generation:
            return
        self._flush.stop()
        self._announce()
        self._db.reload_casework()  # new form versions may have arrived
        self._last_summary = summary
        self._finished_at = QLocale().toString(QTime.currentTime(),  # local time, as shown
                                               QLocale.FormatType.ShortFormat)
        idle = nothing_moved(summary)
        self._set(SyncStatusKind.ONLINE,
                  (tr("Up to date · synced at {time}") if idle
                   else tr("Online · synced at {time}")).format(time=self._finished_at),
                  tr("Last sync: {summary}").format(summary=summary_text(summary)))
        if idle and self._by_user:
            self._reporter.show_info(tr("Up to date: nothing to send and nothing new from the "
                                        "server."))
        if summary.conflicts or summary.rejected:
            parts = []
            if n := summary.conflicts:
                parts.append(plural(
                    n, tr("%Ln change met a change made elsewhere: choose the value to keep "
                          "under Conflicts (Ctrl+4)", "", n),
                    tr("%Ln changes met a change made elsewhere: choose the value to keep "
                       "under Conflicts (Ctrl+4)", "", n)))
            if n := summary.rejected:
                parts.append(plural(
                    n, tr("%Ln change was refused by the server and is kept, with the reason, "
                          "under Sync (Ctrl+5)", "", n),
                    tr("%Ln changes were refused by the server and are kept, with the reason, "
                       "under Sync (Ctrl+5)", "", n)))
            self._reporter.show_info("; ".join(parts) + ".")
        self.synced.emit(summary)
        self._cursor = summary.cursor
        if self.live is not None:
            self.live.resume()
        if self._again:
            self._sync_again()

    def _sync_again(self) -> None:
        by_user, self._again, self._again_by_user = self._again_by_user, False, False
        self.sync_now(by_user=by_user)

    def _failed_sync(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._flush.stop()
        self._announce()  # what was applied before the error stays applied: show it
        self._again = self._again_by_user = False  # it would fail the same way now
        if self.live is not None:
            self.live.resume()  # it backs off by itself while the server cannot be reached
        self._failed(exc, self._by_user)

    def _failed(self, exc: BaseException, by_user: bool) -> None:
        """Each kind of failure as the user can act on it (errors.sync_failure words it)."""
        failure = sync_failure(exc, self.session.server_url if self.session else tr("the server"))
        outcome = failure.outcome
        if outcome is SyncOutcome.REVOKED:
            self.stop()
            self.revoked.emit(failure.detail)
            return
        state = {SyncOutcome.STOPPED: SyncStatusKind.WAITING,
                 SyncOutcome.OFFLINE: SyncStatusKind.OFFLINE,
                 SyncOutcome.NEEDS_UPDATE: SyncStatusKind.STOPPED,
                 SyncOutcome.LOG_IN_AGAIN: SyncStatusKind.STOPPED,
                 }.get(outcome, SyncStatusKind.FAILED)
        self._set(state, failure.title, failure.detail)
        if outcome is SyncOutcome.LOG_IN_AGAIN:
            self._reporter.show_action(failure.detail, tr("Log in again…"), self.log_in_again)
        elif outcome is SyncOutcome.NEEDS_UPDATE or (
                by_user and outcome in (SyncOutcome.OFFLINE, SyncOutcome.RETRY_LATER)):
            self._reporter.show_info(failure.detail)
        elif outcome is SyncOutcome.ENVIRONMENT:
            self._reporter.report(exc, where="syncing")
        elif outcome is SyncOutcome.BUG:
            self._reporter.report_bug(exc, "syncing")

    # -- logging in again ----------------------------------------------------------------------

    @Slot()
    def log_in_again(self) -> None:
        """Ask for the password and log in on the sync thread; then sync."""
        session = self.session
        if session is None or session.offline_only:
            return
        dialog = QInputDialog(self._window)
        dialog.setObjectName("logInAgain")
        dialog.setWindowTitle(tr("Log in again"))
        dialog.setLabelText(tr("Password of {user} on {server_url}:").format(
                                user=session.user, server_url=session.server_url))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        generation = self._generation
        user = session.user

        def logged_in(_answer: object) -> None:
            if generation == self._generation:
                self._reporter.clear()
                self._set(SyncStatusKind.WAITING, tr("Logged in"), tr("Syncing again."))
                self.sync_now(by_user=True)

        def chosen(password: str) -> None:
            if password and generation == self._generation:
                self._sync.with_transport(lambda t: _login(t, user, password), logged_in,
                                          lambda exc: self._failed(exc, True))

        dialog.textValueSelected.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        self.stopped.connect(dialog.reject)
        dialog.open()

    # -- local writes ----------------------------------------------------------------------------

    @Slot(object)
    def _local_changes(self, changes: Changes) -> None:
        """A local change: sync it shortly (several quick edits go in one sync)."""
        if changes.ops and self.can_sync and self._ctx.auto_sync \
                and self.status.state is not SyncStatusKind.STOPPED:
            self._after_write.start()

    def _set(self, state: SyncStatusKind, text: str, detail: str = "") -> None:
        self.status = SyncStatus(state, text, detail, self._last_summary, self._finished_at)
        self.status_changed.emit(self.status)


def _login(transport: Transport, user: str, password: str) -> object:
    try:
        return transport.login(user, password)
    except UnverifiedRevocation:
        raise  # its own words: nothing deleted, and why
    except NeedsLogin:
        raise NeedsLogin(tr("The server did not accept this password.")) from None


__all__ = ["SyncController", "SyncStatus", "SyncStatusKind",
           "progress_text", "size_text", "summary_text"]
