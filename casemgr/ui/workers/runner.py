"""One way to run work off the UI thread (Picard's `run_task`, Anki's `CollectionOp`).

A `Runner` owns one thread and runs the jobs submitted to it in order. Each job's result or
exception comes back to the main thread by a queued signal and goes to its `on_done` or
`on_error` there; a job that returned an `Outcome` (a write use case) has its `Changes`
published on the `ChangeFeed` the views listen to, after `on_done` ran. `new_epoch()` (the
workspace was locked) drops every result still on its way, so nothing read before a lock
reaches a view. Two runners exist: the database worker and the sync worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from casemgr.app.changes import Changes, Outcome

OnDone = Callable[[Any], None] | None
OnError = Callable[[BaseException], None] | None


class ChangeFeed(QObject):
    """What the use cases changed, for the views showing it (both runners publish here)."""

    changed = Signal(object)  # Changes

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)


@dataclass(eq=False)
class Job:
    func: Callable[[], Any]
    on_done: OnDone
    on_error: OnError
    epoch: int | None  # None: delivered whatever happened meanwhile (not tied to a session)
    result: Any = None
    error: BaseException | None = None


class _Executor(QObject):
    """Lives on the runner's thread: runs each job and posts it back."""

    finished = Signal(object)

    @Slot(object)
    def execute(self, job: Job) -> None:
        try:
            job.result = job.func()
        except BaseException as exc:
            job.error = exc
        self.finished.emit(job)


class Runner(QObject):
    """A thread that runs jobs in order and delivers their results on the main thread."""

    # An int, not a bool: PySide6 6.12 drops a reference to True/False each time a Python
    # signal emits one, which ends in "Fatal Python error: bool_dealloc".
    busy_changed = Signal(int)  # 1 busy, 0 idle
    progress = Signal(object)  # what a job reported while it ran (see `report`)
    _submit = Signal(object)
    _progressed = Signal(object, int)

    # Errors that mean "the session ended meanwhile": `dropped` never reach the job's
    # handler; `quiet` ones do, but are not reported when the job has no handler.
    dropped_errors: tuple[type[BaseException], ...] = ()
    quiet_errors: tuple[type[BaseException], ...] = ()

    def __init__(self, name: str, feed: ChangeFeed | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feed = feed or ChangeFeed(self)
        self.changes_made = self.feed.changed
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._executor = _Executor()
        self._executor.moveToThread(self._thread)
        self._submit.connect(self._executor.execute, Qt.ConnectionType.QueuedConnection)
        self._executor.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._epoch = 0
        self._in_flight = 0
        self.stopped = False
        self.error_reporter: Callable[[BaseException], None] | None = None
        self._thread.start()

    @property
    def epoch(self) -> int:
        return self._epoch

    @property
    def busy(self) -> bool:
        return self._in_flight > 0

    def submit(self, func: Callable[[], Any], on_done: OnDone = None, on_error: OnError = None,
               *, session: bool = True) -> Job | None:
        """Run `func()` on the runner's thread; `session=False`: deliver its result even
        after `new_epoch()`. The job queued (None once stopped)."""
        if self.stopped:
            return None
        self._in_flight += 1
        if self._in_flight == 1:
            self.busy_changed.emit(1)
        job = Job(func, on_done, on_error, self._epoch if session else None)
        self._submit.emit(job)
        return job

    def report(self, value: object, epoch: int) -> None:
        """From a job on the runner's thread: emit `progress(value)` on the main thread,
        unless the session of `epoch` has ended by then."""
        self._progressed.emit(value, epoch)

    def new_epoch(self) -> None:
        """The session ended (locked): results of jobs submitted before are dropped."""
        self._epoch += 1

    def stop(self, last: Callable[[], Any] | None = None) -> None:
        """Run `last()` on the thread after the jobs already queued, then stop the thread and
        wait for it (a job still running finishes first)."""
        if self.stopped:
            return
        self.stopped = True
        self._epoch += 1

        def finish() -> None:
            try:
                if last is not None:
                    last()
            finally:
                thread = QThread.currentThread()
                if thread is not None:
                    thread.quit()

        self._submit.emit(Job(finish, None, None, self._epoch))
        self._thread.wait()

    # -- the main thread -----------------------------------------------------------------

    @Slot(object, int)
    def _on_progress(self, value: object, epoch: int) -> None:
        if epoch == self._epoch:
            self.progress.emit(value)

    def _before_delivery(self, job: Job) -> None:
        """A hook for a runner that tracks some of its jobs itself."""

    @Slot(object)
    def _deliver(self, job: Job) -> None:
        self._in_flight -= 1
        if self._in_flight == 0:
            self.busy_changed.emit(0)
        if job.epoch is not None and job.epoch != self._epoch:
            return  # submitted before a lock: its data must not reach a view
        self._before_delivery(job)
        if job.error is not None:
            if isinstance(job.error, self.dropped_errors):
                return
            if job.on_error is not None:
                job.on_error(job.error)
            elif isinstance(job.error, self.quiet_errors):
                pass
            elif self.error_reporter is not None:
                self.error_reporter(job.error)
            else:
                raise job.error
            return
        result, changes = job.result, Changes()
        if isinstance(result, Outcome):
            result, changes = result.value, result.changes
        if job.on_done is not None:
            job.on_done(result)
        self.feed.publish(changes)


__all__ = ["ChangeFeed", "Job", "Runner"]
