"""The admin console's Retention tab against a real server whose clock the test moves: the
organisation's retention shown and changed, a case archived two years after its closure
listed, and restored from the console: it reaches its caseworker's laptop again."""

from __future__ import annotations

from pathlib import Path

from casemgr.domain.clock import SystemClock
from casemgr.domain.records import Decision
from casemgr.sync.account import first_login
from casemgr.ui.context import AppContext
from casemgr.ui.mainwindow import PAGES
from casemgr.ui.settings import Settings
from tests.support.desktop import unlock
from tests.support.laptops import Laptop
from tests.support.live_server import DEMO_PASSWORD
from tests.support.network import HeldNetwork
from tests.support.qt import click
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.timed_server import admin_call, timed_server
from tests.support.workspaces import FAST_KDF
from tests.ui.test_admin import column, select, show_tab

DAY = 24 * 3600


def test_the_retention_tab_changes_the_policy_and_restores_an_archived_case(
        qtbot, start_window, tmp_path: Path) -> None:
    with timed_server(tmp_path, "sqlite") as live:
        amina = Laptop(tmp_path / "amina", live, "amina")
        case_id = amina.cw.register_family(FAMILY, [CHILD], CASE).value
        number = amina.cw.case_file(case_id).case.fields["case_number"]
        amina.cw.request_closure(case_id, "The family moved to Mombasa")
        amina.sync()
        sam = Laptop(tmp_path / "sam", live, "sam")
        (request,) = sam.cw.pending_approvals()
        sam.cw.decide(request.id, Decision.APPROVED)
        sam.sync()
        for laptop in (amina, sam):
            laptop.close()
        live.move(8 * 365 * DAY)  # past the default seven years
        helper = Laptop(tmp_path / "helper", live, "admin")
        assert admin_call(helper, "POST", "/api/v1/admin/retention/run")["archived"] == [
            case_id]
        helper.close()

        data = tmp_path / "admin-desktop"
        ws, _ = first_login(data, live.url, "admin", DEMO_PASSWORD, kdf=FAST_KDF)
        ws.close()
        settings = Settings.in_memory()
        settings.set("start_page", "cases")
        network = HeldNetwork()
        ctx = AppContext(data_dir=data, settings=settings, clock=SystemClock(), kdf=FAST_KDF,
                         idle_check_ms=60_000, status_count_delay_ms=0,
                         log_path=data / "logs" / "d.log", transport_factory=network.transport,
                         auto_sync=False, sync_refresh_ms=0)
        window = start_window(ctx)
        unlock(qtbot, window, DEMO_PASSWORD)
        assert not window.navigation.item(PAGES.index("admin")).isHidden()
        window.show_page("admin")
        page = window.admin
        show_tab(qtbot, page, "retention")
        tab = page.retention
        assert (tab.closed_days.value(), tab.archive_years.value()) == (30, 7)
        assert column(tab.model, "Case") == [number]
        assert "1 cases are archived" in tab.summary.text()

        tab.closed_days.setValue(60)
        with qtbot.waitSignal(page.tab_loaded, timeout=10_000,
                              check_params_cb=lambda name: name == "retention"):
            click(qtbot, tab.save)
        assert "leave every device 60 days after closure" in tab.summary.text()

        assert not tab.restore.isEnabled()
        select(qtbot, tab.table, 0)
        assert tab.restore.isEnabled()
        with qtbot.waitSignal(page.tab_loaded, timeout=10_000,
                              check_params_cb=lambda name: name == "retention"):
            click(qtbot, tab.restore)
        assert tab.model.rowCount() == 0

        show_tab(qtbot, page, "audit")
        actions = {e.action for e in page.audit.model.rows()}
        assert {"retention_changed", "case_restored"} <= actions
        back = Laptop(tmp_path / "amina2", live, "amina")
        assert back.cw.open_case_file(number).case.fields["status"] == "closed"
        back.close()
        window.lock()
