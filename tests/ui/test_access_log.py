"""Who looked at a case (issue 15), through a real server process and two workspaces: amina
opens and prints a case on her laptop and syncs; her supervisor sam, in the app, sees in the
case file's Access tab that amina opened it and printed its summary; offline the tab says the
log is available when online. A caseworker of the team and another team's supervisor are
refused by the server, and nothing of the case is in what it answers or keeps."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from casemgr.app.access import AccessNotAllowed, case_access
from casemgr.app.case_summary import record_summary_output
from casemgr.server import tables as t
from casemgr.sync.protocol import CASE_ACCESS_ACTIONS
from casemgr.ui.casefile.access import OFFLINE
from casemgr.ui.casefile.view import TABS
from casemgr.ui.mainwindow import MainWindow
from tests.support.desktop import unlock
from tests.support.laptops import Laptop
from tests.support.live_server import DEMO_PASSWORD
from tests.support.qt import click
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.synced_desktop import bound_workspace


def open_in_window(qtbot, window: MainWindow, case_id: str) -> None:
    with qtbot.waitSignal(window.case_file.shown, timeout=5000):
        window.open_case(case_id)


def access_rows(window: MainWindow) -> list[tuple[str, str]]:
    model = window.case_file.access.model
    return [(model.index(r, 1).data(), model.index(r, 2).data())
            for r in range(model.rowCount())]


def test_the_teams_supervisor_sees_who_opened_and_printed_a_case(
        qtbot, qtmodeltester, start_window, sync_ctx, network, live_server, tmp_path):
    amina = Laptop(tmp_path / "amina", live_server)
    case_id = amina.cw.register_family({**FAMILY, "name": "Otieno"}, [CHILD], CASE).value
    number = amina.cw.store.require(case_id).fields["case_number"]
    amina.sync()
    ctx = sync_ctx()
    bound_workspace(ctx, live_server, cases=0, user="sam")  # amina's supervisor (North)
    amina.cw.open_case_file(case_id)
    record_summary_output(amina.cw, case_id, printed=True, redacted=False)
    amina.sync()

    window = start_window(ctx)
    unlock(qtbot, window, DEMO_PASSWORD)
    open_in_window(qtbot, window, case_id)
    view = window.case_file
    access = TABS.index("access")
    assert view.tabs.isTabVisible(access)
    with qtbot.waitSignal(view.access.loaded, timeout=10_000):
        view.show_tab("access")
    qtmodeltester.check(view.access.model)
    assert access_rows(window) == [("amina", "Printed the case summary"),
                                   ("amina", "Opened the case file")]
    assert "2 times" in view.access.status.text()

    # Offline: said so, and nothing stale is left on screen.
    network.up = False
    with qtbot.waitSignal(view.access.loaded, timeout=10_000):
        click(qtbot, view.access.reload)
    assert view.access.status.text() == OFFLINE
    assert view.access.model.rowCount() == 0
    network.up = True

    # Refused by the server: a caseworker of the team, a supervisor of another team.
    for user in ("brian", "sofia"):
        other = Laptop(tmp_path / user, live_server, user)
        with pytest.raises(AccessNotAllowed):
            case_access(other.transport, case_id)
        other.close()

    # Metadata only: neither the answer nor the server's audit log holds the case's data.
    sam_headless = Laptop(tmp_path / "sam-2", live_server, "sam")  # the answer, as data
    answer = case_access(sam_headless.transport, case_id)
    sam_headless.close()
    kept = sa.create_engine(live_server.settings.database_url)
    with kept.connect() as conn:
        rows = conn.execute(sa.select(t.audit.c.detail, t.audit.c.target).where(
            t.audit.c.action.in_(CASE_ACCESS_ACTIONS))).all()
    kept.dispose()
    assert len(rows) == 2
    said = answer.model_dump_json() + repr(rows)
    for value in ("Otieno", CHILD["given_name"], number, FAMILY["phone"], "Grace"):
        assert value not in said
    amina.close()

