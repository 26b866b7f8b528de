"""An export (and a case summary printed) on a laptop reaches the server's audit log at the
next sync, once, with its metadata and no case data: a real server process and a real
encrypted workspace."""

from __future__ import annotations

import json

import sqlalchemy as sa

from casemgr.app.case_summary import record_summary_output
from casemgr.app.casework import Casework
from casemgr.app.exports import ExportRequest, export
from casemgr.server import tables as t
from casemgr.sync.account import first_login
from casemgr.sync.engine import SyncEngine
from tests.support.live_server import DEMO_PASSWORD
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.workspaces import FAST_KDF


def test_an_export_is_in_the_server_audit_log_after_the_next_sync(live_server, tmp_path):
    ws, transport = first_login(tmp_path / "laptop", live_server.url, "amina", DEMO_PASSWORD,
                                kdf=FAST_KDF)
    cw = Casework(ws)
    case_id = cw.register_family(FAMILY, [CHILD], CASE).value
    number = ws.store.require(case_id).fields["case_number"]
    engine = SyncEngine(ws, transport)
    engine.sync()
    export(cw, ExportRequest("json", deidentify=False, case=number), DEMO_PASSWORD,
           tmp_path / "one.json")
    export(cw, ExportRequest("csv"), DEMO_PASSWORD, tmp_path / "mine.zip")
    record_summary_output(cw, case_id, printed=True, redacted=True)  # a summary printed
    engine.sync()
    engine.sync()  # nothing new: nothing sent twice
    db = sa.create_engine(live_server.settings.database_url)
    with db.connect() as conn:
        rows = conn.execute(sa.select(t.audit).where(t.audit.c.action == "export")
                            .order_by(t.audit.c.id)).all()
        printed = conn.execute(sa.select(t.audit).where(
            t.audit.c.action == "summary_print_redacted")).all()
    db.dispose()
    assert len(rows) == 2
    assert [(p.actor, p.target, p.detail["case_id"]) for p in printed] == [
        ("amina", case_id, case_id)]
    one, mine = rows
    assert one.actor == mine.actor == "amina"
    assert one.target == case_id and one.detail["case_id"] == case_id
    assert one.detail["deidentified"] is False and one.detail["format"] == "json"
    assert one.detail["rows"]["cases"] == 1 and one.detail["device_id"] == ws.device_id
    assert mine.detail["deidentified"] is True and mine.detail["scope"] == "own"
    text = json.dumps([dict(r._mapping) for r in rows], default=str)
    for value in (FAMILY["name"], CHILD["given_name"], number):
        assert value not in text
    ws.close()
