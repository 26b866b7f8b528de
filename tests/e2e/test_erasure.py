"""Subject access and erasure end to end (issue 15, item 5): a real server process (SQLite and
PostgreSQL), an administrator's workspace, a second administrator, and two laptops of the
caseworker whose case it is, one of them offline while the erasure happens.

Subject access gives the person's data and no one else's, as JSON and as a PDF that names
them; the password is asked again and the output audited. An erasure asked for by one admin
is refused to that admin and carried out by the other; the person's distinctive value then
is in no table of the server database, and after their next sync in no table of either
laptop's decrypted workspace (records, search, outbox, change history, refused changes) nor
its attachments folder, while the case's other people remain."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casemgr.app import subject_access
from casemgr.app.admin import SECOND_ADMIN, AdminConsole, AuditFilter, Refused
from casemgr.app.casework import Casework
from casemgr.db.errors import WrongPassword
from casemgr.db.store import CaseQuery
from casemgr.sync.account import first_login, open_workspace
from casemgr.sync.live import wait_for_news
from casemgr.ui.reports import write_subject_access_pdf
from tests.support.laptops import Laptop
from tests.support.live_server import DEMO_PASSWORD, LiveServer, demo_settings
from tests.support.pdf_text import all_bytes, contains, page_texts
from tests.support.postgres import postgres_schema
from tests.support.records import CASE, CHILD, FAMILY, MOTHER
from tests.support.server_dump import dump
from tests.support.workspaces import FAST_KDF

SECRET = "ZQX-ERASE-9931"
NAME = "Zqxwanjiru"  # her given name: distinctive, and in the search index
OTHER = "Kowalczyk"  # another family's name


@pytest.fixture(params=["sqlite", "postgres"])
def server(request, tmp_path) -> Iterator[LiveServer]:
    if request.param == "sqlite":
        live = LiveServer(demo_settings(tmp_path))
        yield live
        live.stop()
        return
    with postgres_schema() as url:
        live = LiveServer(demo_settings(tmp_path, database_url=url))
        yield live
        live.stop()


def server_dump(server: LiveServer) -> str:
    """Every row of every table of the server's database, as text."""
    return dump(server.settings.database_url)


def workspace_dump(laptop: Laptop) -> str:
    """Every row of every table of the laptop's decrypted workspace (the search index's
    shadow tables included) and the names and bytes of its attachments folder."""
    conn = laptop.ws.conn
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    rows = [json.dumps([str(v) for v in row], ensure_ascii=False)
            for table in tables for row in conn.execute(f'SELECT * FROM "{table}"')]
    folder = laptop.ws.paths.attachments
    files = [f"{p.name} {p.read_bytes()!r}" for p in sorted(folder.iterdir())] \
        if folder.exists() else []
    return "\n".join(rows + files)


def searchable(laptop: Laptop, word: str) -> bool:
    return laptop.ws.conn.execute("SELECT 1 FROM search WHERE search MATCH ?",
                                  (f'"{word}"',)).fetchone() is not None


def test_subject_access_then_erasure_reaches_the_server_and_both_laptops(
        qapp: Any, server: LiveServer, tmp_path: Path) -> None:
    """`qapp`: the PDF is written with Qt (pytest-qt's application, which later Qt tests in
    the same process expect)."""
    admin = Laptop(tmp_path / "admin", server, "admin")
    console = AdminConsole(admin.transport)
    ines_password = console.create_user("ines", "admin", []).password
    ines_ws, ines_transport = first_login(tmp_path / "ines", server.url, "ines",
                                          ines_password, kdf=FAST_KDF)
    second = AdminConsole(ines_transport)

    laptop_a = Laptop(tmp_path / "a", server, "amina")
    laptop_b = Laptop(tmp_path / "b", server, "amina")  # her second laptop
    cw = laptop_a.cw
    case_id = cw.register_family(FAMILY, [{**CHILD, "given_name": NAME, "school": SECRET},
                                          MOTHER], CASE).value
    people = {p.fields["given_name"]: p.id for p in cw.case_file(case_id).persons}
    child, mother = people[NAME], people["Grace"]
    cw.record_visit(case_id, {"visit_date": cw.today().isoformat(), "visit_type": "home",
                              "children_seen": [child], "observations": f"Met at {SECRET}"})
    cw.add_note(case_id, "Grace works at the market")
    other_case = cw.register_family({**FAMILY, "name": OTHER},
                                    [{**CHILD, "given_name": "Jan", "family_name": OTHER}],
                                    CASE).value
    cursor_a = laptop_a.sync().cursor
    laptop_b.sync()
    before = workspace_dump(laptop_b)
    assert SECRET in before and NAME in before and searchable(laptop_b, NAME.lower())
    # Offline from here until after the erasure, with changes waiting: one of her record
    # (refused later without being kept), one of the case after it (it must still go).
    laptop_b.cw.edit_record(child, {"school": f"{SECRET}-B"})
    laptop_b.cw.add_note(case_id, "Written offline on laptop B")
    laptop_b.close()

    # -- subject access: the password again, then JSON and a PDF, each audited ---------------
    with pytest.raises(WrongPassword):
        subject_access.fetch(admin.ws, console, child, "not the password", "json")
    data = subject_access.fetch(admin.ws, console, child, DEMO_PASSWORD, "json")
    out = tmp_path / "out" / "sa.json"
    out.parent.mkdir()
    subject_access.write_json(data, out)
    text = out.read_text(encoding="utf-8")
    assert SECRET in text and NAME in text and case_id in text
    assert OTHER not in text and other_case not in text and "Jan" not in text
    assert mother not in text  # another person's record is not theirs to receive
    pdf = tmp_path / "out" / "sa.pdf"
    assert write_subject_access_pdf(data, pdf) >= 1
    pages = " ".join(page_texts(pdf))
    assert NAME in pages and SECRET in pages and "Subject access" in pages
    assert not contains(all_bytes(pdf), OTHER)
    audited = [e for e in admin.ws.store.audit_entries() if e["action"] == "subject_access"]
    assert [e["record_id"] for e in audited] == [child]
    assert SECRET not in json.dumps(audited)

    # -- erasure: one admin asks, the same admin is refused, the other approves --------------
    asked = console.request_erasure(child)
    with pytest.raises(Refused) as refused:
        console.approve_erasure(asked.id)
    assert refused.value.errors == {"": SECOND_ADMIN}
    assert SECRET in server_dump(server)
    done = second.approve_erasure(asked.id)
    assert (done.status, done.requested_by, done.approved_by) == ("erased", "admin", "ines")
    dump = server_dump(server)
    assert SECRET not in dump and NAME not in dump
    assert "Grace" in dump and "Grace works at the market" in dump and OTHER in dump
    approved = [e for e in console.audit(AuditFilter()).entries
                if e.action == "erasure_approved"]
    assert len(approved) == 1 and approved[0].detail["requested_by"] == "admin"  # type: ignore[index]
    assert SECRET not in json.dumps([e.model_dump() for e in approved])

    # -- both laptops erase at their next sync; the case and its other people remain ---------
    # Online, laptop A is told at once that there is news (live updates).
    assert wait_for_news(laptop_a.transport, cursor_a, wait_s=1).changed
    assert laptop_a.sync().erased == 2  # her person record and the visit that saw her alone
    laptop_b.ws, laptop_b.transport = open_workspace(tmp_path / "b", "amina", DEMO_PASSWORD)
    laptop_b.cw = Casework(laptop_b.ws)
    synced = laptop_b.sync()
    assert (synced.erased, synced.rejected) == (2, 1)  # the edit of her record: refused
    assert laptop_b.cw.outbox_count() == 0
    after = server_dump(server)
    assert "Written offline on laptop B" in after and SECRET not in after
    for laptop in (laptop_a, laptop_b):
        held = workspace_dump(laptop)
        assert SECRET not in held and NAME not in held
        assert not searchable(laptop, NAME.lower()) and searchable(laptop, "grace")
        persons = {p.fields["given_name"] for p in laptop.cw.case_file(case_id).persons}
        assert persons == {"Grace"}
        assert "Grace works at the market" in laptop.notes(case_id)
        erasures = [e for e in laptop.ws.store.audit_entries() if e["action"] == "erasure"]
        assert len(erasures) == 1 and erasures[0]["detail"]["erasure_id"] == asked.id
        assert SECRET not in json.dumps(erasures)
        laptop.close()
    ines_ws.close()
    admin.close()


def test_the_last_person_of_a_household_takes_the_case_and_its_files_off_the_laptop(
        server: LiveServer, tmp_path: Path) -> None:
    admin = Laptop(tmp_path / "admin", server, "admin")
    console = AdminConsole(admin.transport)
    password = console.create_user("ines", "admin", []).password
    ines_ws, ines_transport = first_login(tmp_path / "ines", server.url, "ines", password,
                                          kdf=FAST_KDF)
    laptop = Laptop(tmp_path / "a", server, "amina")
    case_id = laptop.cw.register_family({**FAMILY, "name": "Solo"},
                                        [{**CHILD, "given_name": NAME, "school": SECRET}],
                                        CASE).value
    report = tmp_path / "report.txt"
    report.write_text(f"School report of {SECRET}", encoding="utf-8")
    attachment = laptop.cw.attach_file(case_id, report).value
    child = laptop.cw.case_file(case_id).persons[0].id
    laptop.sync()
    assert (laptop.ws.paths.attachments / attachment.id).exists()

    asked = console.request_erasure(child)
    done = AdminConsole(ines_transport).approve_erasure(asked.id)
    assert (done.cases, done.files) == (1, 1)
    assert SECRET not in server_dump(server)
    assert laptop.sync().erased > 3  # the case, its family, the child, tasks, the file
    assert not (laptop.ws.paths.attachments / attachment.id).exists()
    assert case_id not in {r.case_id for r in laptop.cw.list_cases(CaseQuery())}
    held = workspace_dump(laptop)
    assert SECRET not in held and NAME not in held
    for opened in (laptop, admin):
        opened.close()
    ines_ws.close()
