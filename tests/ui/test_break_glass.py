"""Break-glass in the desktop app, real widgets offscreen against a real server process:
carla, a caseworker of another team, opens amina's case from "Case → Open a case outside my
caseload…": offline the dialog says it needs the server and keeps what she typed; a wrong
number is said so; with a reason and her words the case syncs, opens, and the case file
says until when."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from casemgr.app.glass import open_outside_caseload
from casemgr.app.today import today_view
from casemgr.db.store import CaseQuery
from casemgr.ui.dialogs.break_glass import BreakGlassDialog
from casemgr.ui.mainwindow import PAGES, MainWindow
from tests.support.desktop import unlock
from tests.support.laptops import Laptop
from tests.support.live_server import DEMO_PASSWORD
from tests.support.qt import choose, click, type_into
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.synced_desktop import bound_workspace, read, sync_now


def open_dialog(qtbot, window: MainWindow) -> BreakGlassDialog:
    window.break_glass_action.trigger()
    qtbot.waitUntil(lambda: window.break_glass_dialog is not None
                    and window.break_glass_dialog.isVisible())
    dialog = window.break_glass_dialog
    assert dialog is not None
    return dialog


def refusal_shown(qtbot, dialog: BreakGlassDialog, words: str) -> None:
    qtbot.waitUntil(lambda: dialog.isVisible()
                    and words in " ".join(dialog.errors().values()), timeout=15_000)


def test_a_case_outside_the_caseload_opens_with_a_reason_and_says_until_when(
        qtbot, start_window, sync_ctx, live_server, network, tmp_path):
    amina = Laptop(tmp_path / "amina", live_server)
    case_id = amina.cw.register_family(FAMILY, [CHILD], CASE).value
    number = amina.cw.case_file(case_id).case.fields["case_number"]
    amina.sync()
    ctx = sync_ctx()
    bound_workspace(ctx, live_server, cases=0, user="carla")  # South; amina is North
    window = start_window(ctx)
    unlock(qtbot, window, DEMO_PASSWORD)
    assert window.break_glass_action.isEnabled()

    dialog = open_dialog(qtbot, window)
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "for 24 hours" in said and "supervisor is told at once" in said
    click(qtbot, dialog.open_button)  # nothing typed: what is missing is said
    assert set(dialog.errors()) >= {"case", "note"}

    type_into(qtbot, dialog.case, number)
    choose(qtbot, dialog.reason, "out_of_hours")
    dialog.note.setPlainText("Night duty: the police brought the child in")
    network.up = False
    click(qtbot, dialog.open_button)
    refusal_shown(qtbot, dialog, "needs a connection to the server")
    assert dialog.case.text() == number  # what she typed is kept

    network.up = True
    dialog.case.setText("NOPE-1")
    click(qtbot, dialog.open_button)
    refusal_shown(qtbot, dialog, "There is no case with this number")

    dialog.case.setText(number)
    click(qtbot, dialog.open_button)
    view = window.case_file
    qtbot.waitUntil(lambda: view.case_id == case_id and window.pages.currentWidget() is view,
                    timeout=15_000)
    assert window.break_glass_dialog is None
    assert view.title.text().startswith(number)
    assert view.emergency_banner.isVisible()
    assert view.emergency_banner.text().startswith("Emergency access until ")
    assert "your supervisor has been told" in view.emergency_banner.text()
    amina.close()


def test_the_supervisor_sees_the_notice_in_approvals_ends_the_access_and_acknowledges_it(
        qtbot, start_window, sync_ctx, live_server, network, tmp_path):
    """sam's Approvals page lists carla's break-glass notice above the queue under
    "Emergency access", counted in the navigation; "End access now" is refused offline
    (said on the notice), ends it online (carla's next sync evicts the case) and the notice
    says so; "Acknowledge" takes it off the page and the count."""
    amina = Laptop(tmp_path / "amina", live_server)
    case_id = amina.cw.register_family(FAMILY, [CHILD], CASE).value
    number = amina.cw.case_file(case_id).case.fields["case_number"]
    amina.sync()
    carla = Laptop(tmp_path / "carla", live_server, "carla")
    open_outside_caseload(carla.ws, carla.transport, number, "out_of_hours",
                          "Night duty: the police brought the child in")
    ctx = sync_ctx()
    bound_workspace(ctx, live_server, cases=0, user="sam")  # synced: the notice came
    window = start_window(ctx)
    unlock(qtbot, window, DEMO_PASSWORD)
    page = window.approvals
    nav = window.navigation.item(PAGES.index("approvals"))
    qtbot.waitUntil(lambda: len(page.notice_rows) == 1 and nav.text() == "Approvals (1)",
                    timeout=10_000)
    window.show_page("approvals")
    qtbot.waitUntil(lambda: page.notice_rows[0].end.isVisible())
    assert page.emergency_panel.isVisible()
    assert page.findChild(QLabel, "emergencyNoticesHeading").text() == "Emergency access"
    (row,) = page.notice_rows
    said = row.text.text()
    assert f"carla opened case {number} outside their caseload on " in said
    assert "The access runs until " in said
    assert "Reason: Out-of-hours emergency call: Night duty: the police brought the child in" \
        in said
    assert row.end.isEnabled() and row.acknowledge.isEnabled()

    network.up = False
    click(qtbot, row.end)
    qtbot.waitUntil(lambda: row.error.isVisible(), timeout=15_000)
    assert "needs a connection to the server" in row.error.text()
    assert row.end.isEnabled()  # it still runs: try again later

    network.up = True
    click(qtbot, row.end)
    qtbot.waitUntil(lambda: len(page.notice_rows) == 1 and not page.notice_rows[0].notice.running
                    and page.notice_rows[0].acknowledge.isVisible(), timeout=15_000)
    (row,) = page.notice_rows
    assert "sam ended the access at " in row.text.text()
    assert not row.end.isEnabled()
    assert nav.text() == "Approvals (1)"  # until acknowledged
    assert carla.sync().evicted == 1

    click(qtbot, row.acknowledge)
    qtbot.waitUntil(lambda: not page.notice_rows and nav.text() == "Approvals", timeout=10_000)
    assert not page.emergency_panel.isVisible()
    # Done like any task: Today no longer lists it, and the server no longer sends it.
    assert not [t for t in read(qtbot, window, lambda cw: today_view(cw).tasks)
                if "Emergency access" in t.title]
    sync_now(qtbot, window)
    assert not page.notice_rows
    assert read(qtbot, window, lambda cw: cw.emergency_notices()) == []
    for laptop in (amina, carla):
        laptop.close()


def test_the_holder_ends_their_own_access_from_the_case_file(
        qtbot, start_window, sync_ctx, live_server, network, tmp_path):
    """carla's case file opened by break-glass has "End emergency access" beside its
    banner: offline it says it needs the server and the case stays; online the case leaves
    the computer at once and the window says why."""
    amina = Laptop(tmp_path / "amina", live_server)
    case_id = amina.cw.register_family(FAMILY, [CHILD], CASE).value
    number = amina.cw.case_file(case_id).case.fields["case_number"]
    amina.sync()
    ctx = sync_ctx()
    bound_workspace(ctx, live_server, cases=0, user="carla")
    window = start_window(ctx)
    unlock(qtbot, window, DEMO_PASSWORD)
    dialog = open_dialog(qtbot, window)
    type_into(qtbot, dialog.case, number)
    dialog.note.setPlainText("Covering for amina today")
    click(qtbot, dialog.open_button)
    view = window.case_file
    qtbot.waitUntil(lambda: view.case_id == case_id and window.pages.currentWidget() is view,
                    timeout=15_000)
    assert view.emergency_panel.isVisible() and view.end_emergency.isEnabled()
    assert view.end_emergency.text() == "End emergency access"

    network.up = False
    click(qtbot, view.end_emergency)
    qtbot.waitUntil(lambda: view.emergency_error.isVisible(), timeout=15_000)
    assert "needs a connection to the server" in view.emergency_error.text()
    assert view.case_id == case_id and view.end_emergency.isEnabled()

    network.up = True
    click(qtbot, view.end_emergency)
    qtbot.waitUntil(lambda: view.case_id is None
                    and window.pages.currentWidget() is not view, timeout=15_000)
    assert f"Your emergency access to the case {number}" in window.message_bar.text.text()
    assert read(qtbot, window, lambda cw: cw.emergency_access_until(case_id)) is None
    assert read(qtbot, window, lambda cw: [c.case_id for c in cw.list_cases(CaseQuery())]) == []
    amina.close()
