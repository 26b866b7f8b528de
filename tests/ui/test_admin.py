"""The admin console on the real app against a real server process: the admin's own encrypted
workspace, other devices as laptops (tests/support/laptops.py), widgets driven offscreen. Each
action an administrator takes is checked where it lands: a new user signs in with the
password shown once, a revoked laptop is wiped at its next sync, a published form version
reaches a laptop whose assessment keeps its version, the HSDS examples and a plain CSV import
with a report, a refused change is closed and the audit log says so."""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from casemgr.app.admin import AdminConsole, NotAllowed
from casemgr.app.case_summary import record_summary_output
from casemgr.app.casework import Casework
from casemgr.db.sync_store import SyncStore
from casemgr.domain.clock import FixedClock, SystemClock
from casemgr.domain.forms import sample_answers
from casemgr.sync.account import first_login
from casemgr.sync.transport import NeedsLogin, Revoked, Transport
from casemgr.ui.context import AppContext
from casemgr.ui.dialogs.admin import (
    ConfirmDialog,
    EditUserDialog,
    ErasureRequestDialog,
    ImportDirectoryDialog,
    NewUserDialog,
    PasswordDialog,
    PublishFormDialog,
    SubjectAccessDialog,
)
from casemgr.ui.mainwindow import PAGES, MainWindow
from casemgr.ui.pages.admin import AdminPage, waiting_text
from casemgr.ui.settings import Settings
from tests.support.desktop import make_workspace, unlock
from tests.support.laptops import Laptop
from tests.support.live_server import DEMO_PASSWORD, LiveServer, demo_settings
from tests.support.network import HeldNetwork
from tests.support.pdf_text import page_texts
from tests.support.qt import click, type_into
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.workspaces import FAST_KDF
from tests.ui.conftest import FakeMonotonic, desktop_ctx

HSDS = Path(__file__).resolve().parents[1] / "data" / "hsds"  # CC BY-SA 4.0: see NOTICE.md
COUNSELLING = "ac148810-d857-441c-9679-408f346de14b"  # the service of the HSDS examples


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One demo server for the module: `admin` administers, amina and brian work in North."""
    live = LiveServer(demo_settings(tmp_path_factory.mktemp("admin-server")))
    yield live
    live.stop()


@pytest.fixture(scope="module")
def admin_dir(server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The admin's workspace on this computer, logged in once; every test unlocks it."""
    data = tmp_path_factory.mktemp("admin-desktop")
    ws, _ = first_login(data, server.url, "admin", DEMO_PASSWORD, kdf=FAST_KDF)
    ws.close()
    return data


@pytest.fixture
def network() -> HeldNetwork:
    return HeldNetwork()


@pytest.fixture
def window(qtbot: Any, start_window: Callable[[AppContext], MainWindow], admin_dir: Path,
           network: HeldNetwork) -> MainWindow:
    """The app unlocked by the admin, on the Admin page with its users read."""
    settings = Settings.in_memory()
    settings.set("start_page", "cases")
    ctx = AppContext(data_dir=admin_dir, settings=settings, clock=SystemClock(), kdf=FAST_KDF,
                     idle_check_ms=60_000, status_count_delay_ms=0,
                     log_path=admin_dir / "logs" / "d.log", transport_factory=network.transport,
                     auto_sync=False, sync_refresh_ms=0)
    window = start_window(ctx)
    unlock(qtbot, window, DEMO_PASSWORD)  # offline within the lease
    assert not window.navigation.item(PAGES.index("admin")).isHidden()
    with qtbot.waitSignal(window.admin.tab_loaded, timeout=10_000,
                          check_params_cb=lambda name: name == "users"):
        window.show_page("admin")
    assert window.pages.currentWidget() is window.admin
    return window


def show_tab(qtbot: Any, page: AdminPage, name: str) -> None:
    """Bring a tab on screen, read it again (F5) and wait for the server's answer."""
    with qtbot.waitSignal(page.tab_loaded, timeout=10_000,
                          check_params_cb=lambda loaded: loaded == name):
        page.show_tab(name)
        page.refresh()


def opened(qtbot: Any, page: AdminPage, kind: type[QDialog]) -> Any:
    """The console's dialog of that kind, once it is on screen."""
    qtbot.waitUntil(lambda: any(isinstance(d, kind) and d.isVisible() for d in page.dialogs),
                    timeout=10_000)
    return next(d for d in page.dialogs if isinstance(d, kind))


def column(model: Any, header: str) -> list[str]:
    index = [c.header for c in model.columns].index(header)
    return [model.index(r, index).data() for r in range(model.rowCount())]


def select(qtbot: Any, table: Any, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def row_of(model: Any, header: str, text: str) -> int:
    return column(model, header).index(text)


def tick(qtbot: Any, teams: Any, name: str) -> None:
    """Tick a team in the list with the keyboard: go to it, press Space."""
    item = next(teams.item(i) for i in range(teams.count()) if teams.item(i).text() == name)
    teams.setFocus()
    teams.setCurrentItem(item)
    qtbot.keyClick(teams, Qt.Key.Key_Space)
    assert item.checkState() is Qt.CheckState.Checked


def can_sign_in(server: LiveServer, user: str, password: str) -> bool:
    try:
        Transport(server.url, str(uuid.uuid4()), retries=0).login(user, password)
    except NeedsLogin:
        return False
    return True


# -- users ---------------------------------------------------------------------------------------

def test_a_new_user_signs_in_with_the_password_shown_once_then_is_reset_and_deactivated(
        qtbot, qtmodeltester, window, server, network):
    page = window.admin
    users = page.users
    assert network.threads == {"casemgr-sync"}  # the UI thread never waits on the server
    assert {"admin", "amina", "brian", "sam"} <= set(column(users.model, "User"))
    qtmodeltester.check(users.model, force_py=True)

    click(qtbot, users.new_user)
    dialog = opened(qtbot, page, NewUserDialog)
    type_into(qtbot, dialog.username, "nadia k")
    click(qtbot, dialog.save_button)  # checked here first: nothing sent
    assert "letters, digits" in dialog.errors()["username"]
    assert "needs a team" in dialog.errors()["teams"]
    type_into(qtbot, dialog.username, "nadia")
    tick(qtbot, dialog.teams, "North")
    click(qtbot, dialog.save_button)
    shown = opened(qtbot, page, PasswordDialog)
    assert dialog not in page.dialogs  # closed once the server said yes
    password = shown.password.text()
    assert len(password) == 19 and shown.password.isReadOnly()
    click(qtbot, shown.copy)
    assert QGuiApplication.clipboard().text() == password
    shown.button_box.button(shown.button_box.StandardButton.Close).click()
    assert shown.password.text() == ""  # closing forgets it
    qtbot.waitUntil(lambda: "nadia" in column(users.model, "User"))
    assert column(users.model, "Teams")[row_of(users.model, "User", "nadia")] == "North"
    assert can_sign_in(server, "nadia", password)

    # The same name again: the server's refusal goes beside the field.
    click(qtbot, users.new_user)
    again = opened(qtbot, page, NewUserDialog)
    type_into(qtbot, again.username, "nadia")
    tick(qtbot, again.teams, "North")
    click(qtbot, again.save_button)
    qtbot.waitUntil(lambda: "already a user called nadia" in again.errors().get("username", ""))
    again.reject()

    # Reset: the confirmation names her; the new password is shown once and works.
    select(qtbot, users.table, row_of(users.model, "User", "nadia"))
    click(qtbot, users.reset_password)
    confirm = opened(qtbot, page, ConfirmDialog)
    assert confirm.question.text() == "Reset the password of nadia?"
    click(qtbot, confirm.confirm)
    reset = opened(qtbot, page, PasswordDialog)
    fresh = reset.password.text()
    reset.reject()
    assert fresh != password
    assert can_sign_in(server, "nadia", fresh) and not can_sign_in(server, "nadia", password)

    # Deactivate: she can no longer sign in.
    qtbot.waitUntil(lambda: users.table.selected_id() == "nadia")
    click(qtbot, users.edit_user)
    edit = opened(qtbot, page, EditUserDialog)
    click(qtbot, edit.active)
    click(qtbot, edit.save_button)
    qtbot.waitUntil(lambda: column(users.model, "Access")[
        row_of(users.model, "User", "nadia")] == "Deactivated", timeout=10_000)
    assert not can_sign_in(server, "nadia", fresh)

    # Each action is in the audit log, by the admin, about her.
    page.audit.user.setText("nadia")
    show_tab(qtbot, page, "audit")
    qtmodeltester.check(page.audit.model, force_py=True)
    by_admin = [what for who, what in zip(column(page.audit.model, "Who"),
                                          column(page.audit.model, "What"), strict=True)
                if who == "admin"]
    assert by_admin == ["Deactivated the user", "Reset the password", "Created the user"]
    assert password not in json.dumps([e.model_dump() for e in page.audit.model.rows()])


# -- devices -------------------------------------------------------------------------------------

def test_revoking_a_device_names_it_and_its_next_sync_wipes_it(qtbot, qtmodeltester, window,
                                                               server, tmp_path):
    victim = Laptop(tmp_path / "victim", server, "amina")
    victim.cw.register_family(FAMILY, [CHILD], CASE)
    victim.sync()
    page = window.admin
    show_tab(qtbot, page, "devices")
    devices = page.devices
    qtmodeltester.check(devices.model, force_py=True)
    row = devices.model.row_of(victim.ws.device_id)
    assert row is not None
    listed = devices.model.row_at(row)
    assert listed.device.username == "amina" and listed.device.client_version
    assert listed.last_sync and not listed.lagging
    assert column(devices.model, "Last sync")[row] != "never"
    # All it had was sent: nothing shows as waiting (the count after the push, not before).
    assert column(devices.model, "Waiting at last sync")[row] == waiting_text(0)

    select(qtbot, devices.table, row)
    click(qtbot, devices.revoke)
    confirm = opened(qtbot, page, ConfirmDialog)
    assert confirm.question.text().startswith("Revoke amina's device ")
    assert victim.ws.device_id[-8:] in confirm.question.text()
    assert "wipes its workspace" in confirm.detail.text()
    with qtbot.waitSignal(page.tab_loaded, timeout=10_000,
                          check_params_cb=lambda name: name == "devices"):
        click(qtbot, confirm.confirm)
    row = devices.model.row_of(victim.ws.device_id)
    assert column(devices.model, "State")[row].startswith("Revoked")
    select(qtbot, devices.table, row)
    assert not devices.revoke.isEnabled()

    paths = victim.ws.paths
    with pytest.raises(Revoked):
        victim.sync()
    assert not paths.key.exists() and not paths.db.exists()

    page.audit.user.setText("amina")
    show_tab(qtbot, page, "audit")
    revoked = [e for e in page.audit.model.rows() if e.action == "device_revoked"]
    assert [(e.actor, e.target) for e in revoked] == [("admin", victim.ws.device_id)]


# -- a person's data ----------------------------------------------------------------------------

def test_subject_access_as_a_pdf_then_an_erasure_approved_by_a_second_admin(
        qtbot, qtmodeltester, window, server, tmp_path):
    secret = "ZQX-ERASE-9931"
    laptop = Laptop(tmp_path / "amina", server, "amina")
    case_id = laptop.cw.register_family(
        {**FAMILY, "name": "Zqxfamily"},
        [{**CHILD, "given_name": "Zqxchild", "school": secret},
         {**CHILD, "given_name": "Brother"}], CASE).value
    child = next(p.id for p in laptop.cw.case_file(case_id).persons
                 if p.fields["given_name"] == "Zqxchild")
    laptop.sync()
    page = window.admin
    show_tab(qtbot, page, "people")
    people = page.people
    qtmodeltester.check(people.model, force_py=True)
    assert not people.approve.isEnabled()

    click(qtbot, people.subject_access)
    dialog = opened(qtbot, page, SubjectAccessDialog)
    pdf = tmp_path / "subject-access.pdf"
    type_into(qtbot, dialog.person, child)
    type_into(qtbot, dialog.path, str(pdf))
    type_into(qtbot, dialog.password, "not my password")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: "password" in dialog.errors(), timeout=10_000)
    assert not pdf.exists() and dialog.password.text() == ""
    type_into(qtbot, dialog.password, DEMO_PASSWORD)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Saved to"), timeout=10_000)
    text = " ".join(page_texts(pdf))
    assert "Subject access: Zqxchild Mwangi" in text and secret in text
    assert "Brother" not in text
    dialog.reject()

    click(qtbot, people.request_erasure)
    asking = opened(qtbot, page, ErasureRequestDialog)
    type_into(qtbot, asking.person, child)
    click(qtbot, asking.save_button)
    qtbot.waitUntil(lambda: asking not in page.dialogs and child in column(
        people.model, "Person"), timeout=10_000)
    row = row_of(people.model, "Person", child)
    assert column(people.model, "State")[row] == "Waiting for a second administrator"
    select(qtbot, people.table, row)
    assert not people.approve.isEnabled()  # the one who asked does not approve
    assert "Another administrator" in people.approve.toolTip()

    console = AdminConsole(Laptop(tmp_path / "admin", server, "admin").transport)
    password = console.create_user("ines", "admin", []).password
    _, transport = first_login(tmp_path / "ines", server.url, "ines", password, kdf=FAST_KDF)
    (erasure,) = [e for e in AdminConsole(transport).erasures() if e.person_id == child]
    AdminConsole(transport).approve_erasure(erasure.id)
    show_tab(qtbot, page, "people")
    assert column(people.model, "State")[row_of(people.model, "Person", child)] == "Erased"
    assert laptop.sync().erased == 1
    names = {p.fields["given_name"] for p in laptop.cw.case_file(case_id).persons}
    assert names == {"Brother"} and secret not in json.dumps(laptop.rows())
    laptop.close()


# -- forms ---------------------------------------------------------------------------------------

def test_a_published_form_version_reaches_a_laptop_and_its_assessment_keeps_its_version(
        qtbot, qtmodeltester, window, server, tmp_path):
    laptop = Laptop(tmp_path / "brian", server, "brian")
    form = laptop.cw.form("initial_risk_screening")
    case_id = laptop.cw.register_family(FAMILY, [CHILD], CASE).value
    filled, _ = laptop.cw.run_assessment(
        case_id, form.id, sample_answers(form, random.Random(3), today=laptop.cw.today())).value
    laptop.sync()
    page = window.admin
    show_tab(qtbot, page, "forms")
    qtmodeltester.check(page.forms.model, force_py=True)
    published = next(f for f in page.forms.model.rows() if f.form_id == form.id)
    assert published.version == form.version  # the newest first

    new_version = form.version + 1
    path = tmp_path / "screening.json"
    broken = {**published.definition, "version": new_version, "sections": []}
    path.write_text(json.dumps(broken))
    click(qtbot, page.forms.publish)
    dialog = opened(qtbot, page, PublishFormDialog)
    type_into(qtbot, dialog.path, str(path))
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: bool(dialog.errors()) and dialog.save_button.isEnabled())
    assert "Sections: must be a non-empty list" in dialog.error_summary.text()

    path.write_text(json.dumps({**published.definition, "version": new_version,
                                "title": "Initial risk screening (2027)"}))
    with qtbot.waitSignal(page.tab_loaded, timeout=10_000,
                          check_params_cb=lambda name: name == "forms"):
        click(qtbot, dialog.save_button)
    assert dialog.outcome.text() == (f"Published '{form.id}' version {new_version}. Devices "
                                     "receive it at their next sync.")
    assert not dialog.errors()
    dialog.reject()
    assert not dialog.isVisible()  # nothing unsent: it closes without asking
    assert ("initial_risk_screening", str(new_version), "Initial risk screening (2027)") in [
        (f.form_id, str(f.version), f.definition["title"]) for f in page.forms.model.rows()]

    laptop.sync()
    assert (form.id, new_version) in {(fid, v) for fid, v, _ in SyncStore(laptop.ws).forms()}
    assert Casework(laptop.ws).form(form.id).version == new_version  # new assessments use it
    assert laptop.ws.store.require(filled.id).fields["form_version"] == form.version
    laptop.close()


# -- the service directory -----------------------------------------------------------------------

PLAIN = ("name,organisation,services,phone,notes\n"
         "Hope Food Bank,Hope Trust,food,0123 456 789,Mon-Fri\n"
         ",Nobody,shelter,,\n"
         "Safe Nights,,night shelter,0123 000 111,\n")


def test_the_hsds_examples_and_a_plain_csv_import_with_a_report(qtbot, qtmodeltester, window,
                                                                tmp_path):
    page = window.admin
    page.show_tab("directory")
    click(qtbot, page.directory.import_button)
    dialog = opened(qtbot, page, ImportDirectoryDialog)

    def import_file(path: Path) -> None:
        type_into(qtbot, dialog.path, str(path))
        click(qtbot, dialog.save_button)
        qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)

    note = tmp_path / "providers.txt"
    note.write_text("not a directory")
    import_file(note)
    assert "Choose an HSDS JSON file" in dialog.errors()["file"]

    import_file(HSDS / "csv")  # the folder of the CSV data package
    assert dialog.outcome.text().startswith("Imported: 1 added, 0 updated, 0 unchanged")
    assert [(line.outcome, line.hsds_id) for line in dialog.lines.rows()] == [
        ("created", COUNSELLING)]
    import_file(HSDS / "service_full.json")  # the same service, as HSDS JSON
    assert [line.outcome for line in dialog.lines.rows()] == ["unchanged"]

    plain = tmp_path / "providers.csv"
    plain.write_text(PLAIN)
    import_file(plain)
    qtmodeltester.check(dialog.lines, force_py=True)
    assert dialog.report.isVisible()
    assert dialog.outcome.text() == ("Imported: 2 added, 0 updated, 0 unchanged, 1 refused. "
                                     "Each refused row says why; correct them and import the "
                                     "file again. Columns not imported (no provider field): "
                                     "notes.")
    assert [(column(dialog.lines, h)[2]) for h in ("Outcome", "Where", "Why")] == [
        "Refused", "line 3", "has no name"]
    dialog.reject()
    assert "Last import (providers.csv): Imported: 2 added" in page.directory.last.text()


# -- sync health ---------------------------------------------------------------------------------

def test_a_refused_change_is_reviewed_from_sync_health_and_the_case_audit_says_so(
        qtbot, qtmodeltester, window, server, tmp_path):
    amina = Laptop(tmp_path / "amina", server, "amina")
    case_id = amina.cw.register_family(FAMILY, [CHILD], CASE).value
    amina.sync()
    sam = Laptop(tmp_path / "sam", server, "sam")
    sam.cw.reassign_case(case_id, "brian")
    sam.sync()
    amina.cw.add_note(case_id, "written before the case moved")
    assert amina.sync().rejected == 1  # sent before the case left her: quarantined

    page = window.admin
    show_tab(qtbot, page, "health")
    health = page.health
    for model in (health.devices, health.conflicts, health.quarantine):
        qtmodeltester.check(model, force_py=True)
    row = column(health.quarantine, "Case").index(case_id)
    assert column(health.quarantine, "User")[row] == "amina"
    assert column(health.quarantine, "Reason")[row]
    assert "refused change" in health.summary.text()

    select(qtbot, health.quarantine_table, row)
    with qtbot.waitSignal(page.tab_loaded, timeout=10_000,
                          check_params_cb=lambda name: name == "audit"):
        click(qtbot, health.audit_case)  # the audit of the case, from here
    assert page.audit.case.text() == case_id and page.current() == "audit"
    assert page.audit.model.rowCount() == 0

    page.show_tab("health")  # still showing what it read
    select(qtbot, health.quarantine_table, column(health.quarantine, "Case").index(case_id))
    with qtbot.waitSignal(page.tab_loaded, timeout=10_000,
                          check_params_cb=lambda name: name == "health"):
        click(qtbot, health.resolve)
    assert case_id not in column(health.quarantine, "Case")

    show_tab(qtbot, page, "audit")
    (entry,) = page.audit.model.rows()
    assert (entry.actor, entry.action) == ("admin", "quarantine_reviewed")
    assert column(page.audit.model, "What") == ["Closed a refused change"]
    assert "outcome: resolved" in column(page.audit.model, "Details")[0]
    for laptop in (amina, sam):
        laptop.close()


def test_the_audit_of_a_case_shows_who_opened_and_printed_it(qtbot, window, server, tmp_path):
    """Opening a case file and printing its summary on a laptop reach the server at its next
    sync; the admin's audit of that case (filtered by it) names them, with no case data."""
    amina = Laptop(tmp_path / "amina", server, "amina")
    case_id = amina.cw.register_family(FAMILY, [CHILD], CASE).value
    amina.cw.open_case_file(case_id)
    record_summary_output(amina.cw, case_id, printed=True, redacted=True)
    amina.sync()
    page = window.admin
    page.audit.case.setText(case_id)
    show_tab(qtbot, page, "audit")
    # (in the order the server received them: exports and prints, then opens)
    assert sorted(zip(column(page.audit.model, "Who"), column(page.audit.model, "What"),
                      strict=True)) == [("amina", "Opened the case file"),
                                        ("amina", "Printed a case summary (redacted)")]
    shown = json.dumps([e.model_dump() for e in page.audit.model.rows()])
    for value in (FAMILY["name"], CHILD["given_name"]):
        assert value not in shown
    amina.close()


# -- offline, and not for other roles ------------------------------------------------------------

def test_offline_the_console_says_it_needs_the_server_and_comes_back(qtbot, window, network):
    page = window.admin
    network.up = False
    page.show_tab("teams")
    qtbot.waitUntil(lambda: page.state.isVisible(), timeout=10_000)
    assert page.state.text().startswith("Offline: the admin console needs the server.")
    assert page.teams.model.rowCount() == 0
    network.up = True
    show_tab(qtbot, page, "teams")  # Refresh (F5)
    assert not page.state.isVisible()
    assert {"North", "South"} <= set(column(page.teams.model, "Team"))


def test_the_server_refuses_the_admin_api_to_a_caseworker_in_words(server):
    transport = Transport(server.url, str(uuid.uuid4()), retries=0)
    transport.login("brian", DEMO_PASSWORD)
    with pytest.raises(NotAllowed) as refused:
        AdminConsole(transport).users()
    assert "only an administrator may do this" in str(refused.value)


def test_a_caseworker_has_no_admin_page(qtbot, start_window, data_dir: Path, clock: FixedClock,
                                        monotonic: FakeMonotonic):
    make_workspace(data_dir, clock, cases=0)
    window = start_window(desktop_ctx(data_dir, clock, monotonic))
    unlock(qtbot, window)
    assert window.navigation.item(PAGES.index("admin")).isHidden()
    assert not window.page_actions["admin"].isVisible()
