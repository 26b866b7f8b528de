"""An approval round trip between a caseworker's laptop and a supervisor's app through a real
server process: the plan asked for arrives in the supervisor's queue, the decision made there
reaches the caseworker; and a decision that went stale on the way (the plan changed on the
caseworker's laptop meanwhile) is refused by the server, said so on the Approvals page, and
the request waits, out of date, until the plan is submitted again."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from casemgr.ui.dialogs import ApprovalDecisionDialog
from casemgr.ui.mainwindow import PAGES, MainWindow
from tests.support.desktop import unlock
from tests.support.laptops import Laptop
from tests.support.live_server import DEMO_PASSWORD
from tests.support.qt import click
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.synced_desktop import bound_workspace, sync_now


def nav_text(window: MainWindow) -> str:
    return window.navigation.item(PAGES.index("approvals")).text()


def decide_first(qtbot, window: MainWindow, decision: str, comment: str = "") -> str:
    """Select the oldest request on the Approvals page, open it, decide; the dialog's text."""
    page = window.approvals
    page.table.selectRow(0)
    click(qtbot, page.decide)
    qtbot.waitUntil(lambda: any(isinstance(d, ApprovalDecisionDialog) and d.isVisible()
                                for d in window.casework_actions.open_dialogs))
    dialog = next(d for d in window.casework_actions.open_dialogs
                  if isinstance(d, ApprovalDecisionDialog))
    subject = dialog.findChild(QPlainTextEdit, "subject").toPlainText()
    dialog.decision.set_value(decision)
    if comment:
        dialog.comment.setPlainText(comment)
    with qtbot.waitSignal(page.shown, timeout=5000):
        click(qtbot, dialog.save_button)
    return subject


def test_a_plan_approved_and_a_stale_approval_refused_between_two_laptops(
        qtbot, qtmodeltester, start_window, sync_ctx, live_server, tmp_path):
    amina = Laptop(tmp_path / "amina", live_server)
    case_id = amina.cw.register_family({**FAMILY, "name": "Otieno"}, [CHILD], CASE).value
    plan = amina.cw.start_case_plan(case_id, "Safe at home").value
    goal = amina.cw.add_goal(plan.id, {"goal": "Food every day"}).value
    amina.cw.submit_case_plan(plan.id)
    amina.sync()

    ctx = sync_ctx()
    bound_workspace(ctx, live_server, cases=0, user="sam")  # amina's supervisor
    window = start_window(ctx)
    unlock(qtbot, window, DEMO_PASSWORD)
    qtbot.waitUntil(lambda: nav_text(window) == "Approvals (1)")
    window.show_page("approvals")
    qtbot.waitUntil(lambda: window.approvals.model.rowCount() == 1)
    qtmodeltester.check(window.approvals.model)
    assert "+ Goal: Food every day" in decide_first(qtbot, window, "approved")
    assert nav_text(window) == "Approvals"
    sync_now(qtbot, window)
    amina.sync()
    assert amina.cw.store.require(plan.id).fields["status"] == "approved"

    # A change asked for again; the supervisor decides it offline while, on amina's laptop,
    # the plan changes once more and reaches the server first.
    amina.cw.edit_goal(goal.id, {"goal": "Two meals every day"})
    amina.cw.submit_case_plan(plan.id)
    amina.sync()
    sync_now(qtbot, window)
    qtbot.waitUntil(lambda: nav_text(window) == "Approvals (1)")
    amina.cw.edit_goal(goal.id, {"goal": "Three meals every day"})  # a draft again
    amina.sync()
    assert "Two meals every day" in decide_first(qtbot, window, "approved")
    sync_now(qtbot, window)

    page = window.approvals
    qtbot.waitUntil(lambda: page.refused_panel.isVisible())
    said = page.refused_text.text()
    assert "Your approval of the case plan of case" in said and "did not count" in said
    assert "plan changed since it was submitted" in said
    assert window.syncing.status.summary is not None
    assert window.syncing.status.summary.rejected >= 1
    # The request is back, out of date: it cannot be decided until amina submits again.
    # (the page shows the pulled plan once its refresh after the sync has run)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1
                    and page.model.index(0, 1).data() == "Case plan (changed since asked)")
    page.table.selectRow(0)
    assert not page.decide.isEnabled()
    assert nav_text(window) == "Approvals"  # nothing to decide
    amina.sync()
    assert amina.cw.store.require(plan.id).fields["status"] == "draft"  # never approved

    click(qtbot, page.dismiss)
    assert not page.refused_panel.isVisible()
    amina.cw.submit_case_plan(plan.id)
    amina.sync()
    sync_now(qtbot, window)
    qtbot.waitUntil(lambda: nav_text(window) == "Approvals (1)")
    assert not page.refused_panel.isVisible()  # dismissed stays dismissed
    assert "Three meals every day" in decide_first(qtbot, window, "approved")
    sync_now(qtbot, window)
    amina.sync()
    assert amina.cw.store.require(plan.id).fields["status"] == "approved"
    amina.close()
