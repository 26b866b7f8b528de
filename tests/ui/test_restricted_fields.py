"""What a caseworker's desktop shows of values the server withheld from her (restricted fields,
docs/sync.md): after a sync with a real server process where her supervisor wrote them, the
case file says "Restricted — ask your supervisor" where they are, never a blank; the saved
assessment says so for the withheld answer and shows the server's score; a new assessment
does not offer the restricted question; and searching for the value finds nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from casemgr.db.store import CaseQuery
from casemgr.domain.forms import load_forms_dir
from casemgr.paths import FORMS_DIR
from casemgr.ui.casefile.view import TABS
from casemgr.ui.dialogs import AssessmentDialog
from casemgr.ui.dialogs.assessment_view import AssessmentView
from casemgr.ui.forms.renderer import FormRenderer
from tests.support.desktop import open_by_double_click, row_of_family, select_row, unlock
from tests.support.laptops import Laptop
from tests.support.live_server import DEMO_PASSWORD
from tests.support.raw_device import Raw
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.restricted import SECRET, SERVER_SCORE, write_restricted
from tests.support.synced_desktop import bound_workspace, read, sync_now

RESTRICTED = "Restricted — ask your supervisor"


def dialog_of(qtbot, window, kind):
    actions = window.casework_actions
    qtbot.waitUntil(lambda: any(isinstance(d, kind) and d.isVisible()
                                for d in actions.open_dialogs))
    return next(d for d in actions.open_dialogs if isinstance(d, kind))


def test_the_case_file_says_what_is_withheld_and_never_offers_to_overwrite_it(
        qtbot, start_window, sync_ctx, live_server, tmp_path):
    ctx = sync_ctx()
    bound_workspace(ctx, live_server, cases=0, user="amina")
    # Her case, registered on her other laptop; her supervisor writes the restricted values.
    other = Laptop(tmp_path / "amina-other", live_server, "amina")
    case_id = other.cw.register_family({**FAMILY, "name": "Otieno"}, [CHILD], CASE).value
    child_id = next(p.id for p in other.cw.case_file(case_id).persons)
    other.sync()
    other.close()
    sam = Raw(live_server.url, "sam")
    sam.pull()
    write_restricted(sam, case_id, child_id)

    window = start_window(ctx)
    unlock(qtbot, window, DEMO_PASSWORD)
    sync_now(qtbot, window)
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 1
                    and window.cases.model.case_row(0) is not None)
    open_by_double_click(qtbot, window, row_of_family(window, "Otieno"))
    view = window.case_file
    assert view._labels["abuse_disclosure"].text() == RESTRICTED
    assert view._labels["legal_proceedings"].text() == ""  # nothing there, nothing withheld
    hiv = next(c for c in range(view.members.columnCount())
               if view.members.headerData(c, Qt.Orientation.Horizontal) == "HIV status")
    assert view.members.index(0, hiv).data() == RESTRICTED

    # The saved assessment: the withheld answer said to be restricted, the server's score.
    view.show_tab("assessments")
    qtbot.waitUntil(lambda: view.assessments.rowCount() == 1)
    select_row(qtbot, view.assessments_table, 0)
    window.casework_actions.open_assessment.trigger()
    report = dialog_of(qtbot, window, AssessmentView)
    text = report.text.toPlainText()
    assert f"Details of previous reports\n{RESTRICTED}" in text
    assert f"Score: {SERVER_SCORE}" in text and SECRET not in text
    assert "Some answers are restricted" in text
    report.reject()

    # A new assessment does not offer the restricted question.
    assert view.tabs.currentIndex() == TABS.index("assessments")
    window.casework_actions.run_assessment.trigger()
    qtbot.waitUntil(lambda: any(d.objectName() == "form_chooser"
                                for d in window.casework_actions.open_dialogs))
    chooser = next(d for d in window.casework_actions.open_dialogs
                   if d.objectName() == "form_chooser")
    chooser.setTextValue("Initial risk screening")
    chooser.accept()
    dialog = dialog_of(qtbot, window, AssessmentDialog)
    row = dialog.renderer.rows["previous_reports_details"]
    assert row.restricted.text() == RESTRICTED
    assert not row.editor.isEnabled()
    assert "previous_reports_details" not in dialog.renderer.answers()
    # Nothing is withheld in a new one: the score is the form's, from her answers.
    assert dialog.renderer.score_label.text() != "Score: computed by the server"
    dialog.reject()

    # Nothing of it is searched: not the value, not the words shown in its place.
    assert read(qtbot, window, lambda cw: cw.store.search(SECRET).case_ids) == []
    assert read(qtbot, window, lambda cw: cw.store.search("Restricted").case_ids) == []
    assert read(qtbot, window, lambda cw: len(cw.list_cases(CaseQuery()))) == 1


def test_a_correction_keeps_withheld_answers_out_of_reach_and_the_score_the_servers(qtbot):
    form = next(f for f in load_forms_dir(FORMS_DIR).values()
                if f.id == "initial_risk_screening")
    renderer = FormRenderer(form)
    qtbot.addWidget(renderer)
    renderer.show()
    renderer.set_answers({"previous_reports": "one"})
    renderer.withhold({"previous_reports_details"})
    row = renderer.rows["previous_reports_details"]
    assert row.isVisible() and row.restricted.text() == RESTRICTED
    assert not row.editor.isEnabled()
    assert "previous_reports_details" not in renderer.answers()
    assert renderer.score_label.text() == "Score: computed by the server"
    assert "restricted" in renderer.reasons_label.text()
