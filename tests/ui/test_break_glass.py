"""Break-glass in the desktop app, real widgets offscreen against a real server process:
carla, a caseworker of another team, opens amina's case from "Case → Open a case outside my
caseload…": offline the dialog says it needs the server and keeps what she typed; a wrong
number is said so; with a reason and her words the case syncs, opens, and the case file
says until when."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from casemgr.ui.dialogs.break_glass import BreakGlassDialog
from casemgr.ui.mainwindow import MainWindow
from tests.support.desktop import unlock
from tests.support.laptops import Laptop
from tests.support.live_server import DEMO_PASSWORD
from tests.support.qt import choose, click, type_into
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.synced_desktop import bound_workspace


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
