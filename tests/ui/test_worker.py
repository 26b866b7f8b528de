"""The database worker: everything runs off the UI thread, which keeps painting while the
database is slow; writes report what they changed; errors come back to the main thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QThread, QTimer

from casemgr.app.casework import Casework
from casemgr.app.changes import Changes
from casemgr.db.errors import StorageFull
from casemgr.domain.records import RecordType
from casemgr.ui.workers.db import DbWorker
from tests.support.desktop import unlock


class RecordingConnection:
    """Wraps the workspace connection and notes on which thread each statement runs."""

    def __init__(self, conn, threads):
        self._conn = conn
        self._threads = threads

    def execute(self, *args, **kwargs):
        self._threads.add(threading.current_thread().name)
        return self._conn.execute(*args, **kwargs)

    def executemany(self, *args, **kwargs):
        self._threads.add(threading.current_thread().name)
        return self._conn.executemany(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_the_ui_keeps_painting_while_the_database_is_slow(qtbot, start_window, make_ctx):
    gate = threading.Event()
    blocked = threading.Event()

    def factory(ws):
        cw = Casework(ws)
        store_case_rows = cw.store.case_rows

        def slow_case_rows(ids):
            if gate_armed.is_set():
                blocked.set()
                gate.wait(10)
            return store_case_rows(ids)

        cw.store.case_rows = slow_case_rows
        return cw

    gate_armed = threading.Event()
    window = start_window(make_ctx(casework_factory=factory))
    unlock(qtbot, window)
    ticks = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    try:
        gate_armed.set()
        page = window.cases
        qtbot.keyClicks(page.search, "Zzyzx")  # the search op blocks on the worker
        qtbot.waitUntil(blocked.is_set)
        start = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) >= start + 10)  # the main loop runs meanwhile
        assert page.search.text() == "Zzyzx"  # key presses were handled
        qtbot.keyClicks(page.search, " ")
        assert page.search.text() == "Zzyzx "
        window.repaint()  # painting works while the worker is stuck
        assert window.worker.busy
        assert page.model.search_text == "Zzyzx"
        gate_armed.clear()
        gate.set()
        qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    finally:
        gate.set()
        timer.stop()


def test_no_sql_runs_on_the_ui_thread(qtbot, start_window, make_ctx):
    threads: set[str] = set()

    def factory(ws):
        ws.conn = RecordingConnection(ws.conn, threads)
        return Casework(ws)

    window = start_window(make_ctx(casework_factory=factory))
    unlock(qtbot, window)
    from tests.support.desktop import open_zzyzx
    view = open_zzyzx(qtbot, window)
    view.show_tab("history")
    qtbot.waitUntil(lambda: view.history.rowCount() > 0)
    view.note_edit.setPlainText("A note")
    with qtbot.waitSignal(window.casework_actions.note_saved, timeout=5000):
        qtbot.mouseClick(view.add_note_button, Qt.MouseButton.LeftButton)
    for page in ("tasks", "referrals", "conflicts", "sync"):
        window.show_page(page)
    qtbot.waitUntil(lambda: window.tasks.model.rowCount() > 0
                    and window.sync.model.rowCount() > 0)
    assert threads  # the wrapper saw the statements
    assert threading.main_thread().name not in threads
    assert threads == {"casemgr-db"} or all(t != "MainThread" for t in threads)


def test_writes_report_what_they_changed(qtbot, unlocked):
    worker = unlocked.worker
    case_id = unlocked.cases.model.case_id_at(0)
    with qtbot.waitSignal(worker.changes_made, timeout=5000) as changed:
        worker.run(lambda cw: cw.add_task(case_id, "Phone the school", "2026-12-01"))
    changes = changed.args[0]
    assert isinstance(changes, Changes)
    assert changes.case_ids == {case_id}
    assert changes.types == {RecordType.TASK}
    assert changes.ops == 1

    with qtbot.assertNotEmitted(worker.changes_made, wait=50):
        done = []
        worker.run(lambda cw: cw.list_cases(__import__(
            "casemgr.db.store", fromlist=["CaseQuery"]).CaseQuery()), done.append)
        qtbot.waitUntil(lambda: len(done) == 1)


def test_errors_come_back_to_the_main_thread(qtbot, unlocked):
    worker = unlocked.worker
    caught = []

    def fail(cw):
        raise StorageFull("full")

    worker.run(fail, None, lambda exc: caught.append((exc, QThread.currentThread())))
    qtbot.waitUntil(lambda: len(caught) == 1)
    assert isinstance(caught[0][0], StorageFull)
    assert caught[0][1] is unlocked.thread()


def test_a_locked_worker_refuses_casework_quietly(qtbot, qapp):
    worker = DbWorker()
    try:
        errors, done = [], []
        worker.run(lambda cw: 1, done.append, errors.append)
        worker.call(lambda: 2, done.append)
        qtbot.waitUntil(lambda: done == [2])
        assert errors == []  # NotUnlocked is dropped, not reported
    finally:
        worker.shutdown()
