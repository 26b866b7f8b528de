"""Opening a case file from the list and working in it: notes, tasks, history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from casemgr.app.casework import Casework
from casemgr.db.workspace import unlock_workspace
from casemgr.domain.permissions import Actor, Role
from casemgr.ui.casefile.access import NO_SERVER
from casemgr.ui.casefile.view import TABS
from tests.support.desktop import (
    SEEDED_CASES,
    make_workspace,
    open_zzyzx,
    select_row,
    unlock,
)
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.workspaces import FAST_KDF, PASSWORD

# The History tab's columns: When, Who, Record, What, Sync.
RECORD, WHAT = 2, 3


def test_opening_a_case_shows_its_file_and_is_audited(qtbot, unlocked):
    view = open_zzyzx(qtbot, unlocked)
    assert view.title.text().endswith("Zzyzx family")
    assert view.risk_badge.text() == "High risk"
    assert view._labels["legal_basis"].text() == "Consent of the family"  # words, not codes
    assert view.members.rowCount() == 1
    assert view.members.index(0, 0).data() == "Quillon Zzyzx"
    person = view.members.row_at(0)
    assert view.members.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == \
        f"Person id {person.id}"  # what an administrator's subject access asks for
    assert view.notes.index(0, 2).data() == "school visit planned"
    view.show_tab("history")
    qtbot.waitUntil(lambda: view.history.rowCount() > 0)
    actions = [view.history.index(r, WHAT).data() for r in range(view.history.rowCount())]
    assert actions[0] == "Opened the case file"  # newest first
    records = [view.history.index(r, RECORD).data() for r in range(view.history.rowCount())]
    assert {"Family: Zzyzx", "Person: Quillon Zzyzx", "Note"} <= set(records)
    assert not [r for r in records if "_" in r]  # no code like case_plan in sight
    syncs = {view.history.index(r, 4).data() for r in range(view.history.rowCount())}
    assert "Waiting to sync (1 change)" in syncs  # offline-only: all in the outbox
    # Who else opened the case is for its team's supervisor: no Access tab for a caseworker.
    assert not view.tabs.isTabVisible(TABS.index("access"))

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert unlocked.pages.currentWidget() is unlocked.cases


def test_enter_on_a_row_opens_it_too(qtbot, unlocked):
    table = unlocked.cases.table
    qtbot.waitUntil(lambda: unlocked.cases.model.case_row(0) is not None)
    select_row(qtbot, table, 0)
    with qtbot.waitSignal(unlocked.case_file.shown, timeout=5000):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert unlocked.case_file.case_id == unlocked.cases.model.case_id_at(0)


def test_adding_a_note_inline_updates_the_file_and_the_outbox_count(qtbot, unlocked, clock):
    view = open_zzyzx(qtbot, unlocked)
    clock.advance(60)
    qtbot.waitUntil(lambda: unlocked.status.outbox.text().endswith("to sync"))
    before = int(unlocked.status.outbox.text().split()[0].replace(",", ""))
    qtbot.keyClick(unlocked, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert view.tabs.currentIndex() == TABS.index("notes")
    assert view.note_edit.hasFocus()
    qtbot.keyClicks(view.note_edit, "Grandmother called; will visit Friday.")
    with qtbot.waitSignal(unlocked.casework_actions.note_saved, timeout=5000):
        qtbot.mouseClick(view.add_note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.notes.rowCount() == 2)
    assert view.notes.index(0, 2).data() == "Grandmother called; will visit Friday."
    assert view.note_edit.toPlainText() == ""
    qtbot.waitUntil(lambda: unlocked.status.outbox.text().startswith(f"{before + 1:,} "))

    # an empty note is refused before anything is written
    qtbot.mouseClick(view.add_note_button, Qt.MouseButton.LeftButton)
    assert view.note_error.text() == "Write the note first."


def test_completing_a_task_in_the_case_file(qtbot, unlocked):
    view = open_zzyzx(qtbot, unlocked)
    unlocked.worker.run(lambda cw: cw.add_task(view.case_id, "Call the school", "2026-11-10"))
    qtbot.waitUntil(lambda: view.tasks.rowCount() == 1)
    view.show_tab("tasks")
    assert view.tasks.index(0, 2).data() == "Overdue by 8 days"  # today is 2026-11-18
    assert view.tabs.tabText(TABS.index("tasks")) == "Tasks (1 overdue)"
    done = unlocked.casework_actions.complete_task
    assert not done.isEnabled()
    assert "Select an open task" in done.toolTip()
    select_row(qtbot, view.tasks_table, 0)
    assert done.isEnabled()
    button = next(b for b in view.findChildren(QToolButton) if b.defaultAction() is done)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.tasks.index(0, 2).data() == "Done")
    assert view.tasks.index(0, 4).data() == "2026-11-18"
    assert view.tabs.tabText(TABS.index("tasks")) == "Tasks"


def test_case_file_models_pass_the_model_tester(qtbot, qtmodeltester, unlocked):
    view = open_zzyzx(qtbot, unlocked)
    view.show_tab("history")
    qtbot.waitUntil(lambda: view.history.rowCount() > 0)
    for model in (view.members, view.visits, view.assessments, view.approvals, view.referrals,
                  view.tasks, view.notes, view.attachments, view.history):
        qtmodeltester.check(model, force_py=True)


def test_the_list_counts_every_case(unlocked):
    assert unlocked.cases.model.rowCount() == SEEDED_CASES + 1


def test_an_offline_only_supervisor_sees_the_access_tab_say_there_is_no_server(
        qtbot, start_window, make_ctx, tmp_path, clock):
    """The Access tab is for the supervisors of the case's team; on a workspace with no
    server it says why there is nothing to show rather than an empty table."""
    data = tmp_path / "sam"
    data.mkdir()
    make_workspace(data, clock, "sam", cases=0, role="supervisor", teams="north")
    ws = unlock_workspace(data, "sam", PASSWORD, clock=clock, kdf_policy=FAST_KDF)
    amina = Casework(ws, actor=Actor("amina", Role.CASEWORKER, frozenset({"north"})))
    case_id = amina.register_family(FAMILY, [CHILD], CASE, assigned_to="amina",
                                    team="north").value
    ws.close()
    window = start_window(make_ctx(data_dir=data))
    unlock(qtbot, window)
    view = window.case_file
    with qtbot.waitSignal(view.shown, timeout=5000):
        window.open_case(case_id)
    assert view.tabs.isTabVisible(TABS.index("access"))
    with qtbot.waitSignal(view.access.loaded, timeout=5000):
        view.show_tab("access")
    assert view.access.status.text() == NO_SERVER
    assert view.access.model.rowCount() == 0
