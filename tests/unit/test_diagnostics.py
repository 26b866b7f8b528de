"""The diagnostic report's workspace part: the schema, the sync state and the server by its
host only (no user name, port, path or credentials from its address)."""

from __future__ import annotations

from pathlib import Path

from casemgr.app.diagnostics import diagnostic_report, workspace_facts
from casemgr.db.migrations import LATEST
from casemgr.db.workspace import create_workspace
from casemgr.domain.clock import FixedClock
from tests.support.workspaces import FAST_KDF, PASSWORD, add_case


def test_a_bound_workspace_is_reported_by_schema_sync_state_and_server_host(
        data_dir: Path, clock: FixedClock):
    ws = create_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf=FAST_KDF,
                          server_url="https://amina:pw@cases.example.org:8443/api?token=t")
    try:
        add_case(ws, family="Zzyzx", child="Quillon")
        facts = workspace_facts(ws)
    finally:
        ws.close()
    report = diagnostic_report(qt="6.x", pyside="6.y", workspace=facts)
    assert f"Workspace schema: {LATEST} (this version of casemgr: {LATEST})" in report
    assert "Server: cases.example.org\n" in report
    assert "Last sync: never" in report
    assert f"Changes waiting to be sent: {facts.outbox}" in report and facts.outbox > 0
    for secret in ("amina", "pw", "8443", "token", "Zzyzx", "Quillon"):
        assert secret not in report
