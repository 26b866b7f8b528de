"""workspace.json is plain text, so the settings that decide where the next sync goes and
whom it trusts (server URL, user, device id, the kept CA certificate, the key pin) are bound
into the encrypted database at creation and checked at every unlock (issue 9, item 8): an
edited copy is refused with a clear error before anything is sent. A workspace written
before the binding existed gets it on its first unlock."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casemgr.db.connection import open_encrypted
from casemgr.db.errors import SettingsChanged, WorkspaceCorrupt
from casemgr.db.keys import new_data_key
from casemgr.db.workspace import (
    BOUND_SETTINGS,
    WorkspacePaths,
    create_workspace,
    unlock_workspace,
)
from casemgr.sync import account
from tests.support.workspaces import FAST_KDF, PASSWORD, add_case

SERVER = "https://cases.example.org"
PIN = "A" * 43 + "="
CA = b"-----BEGIN CERTIFICATE-----\nMIIB...organisation CA...\n-----END CERTIFICATE-----\n"


@pytest.fixture
def bound(data_dir, clock) -> tuple[WorkspacePaths, bytes]:
    """A closed server-bound workspace with a kept CA certificate and a pin, and its key."""
    key = new_data_key()
    ws = create_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf=FAST_KDF,
                          server_url=SERVER, data_key=key, server_ca_pem=CA, server_pin=PIN)
    add_case(ws)
    ws.close()
    return WorkspacePaths.for_user(data_dir, "amina"), key


def edit_meta(paths: WorkspacePaths, **changes: object) -> None:
    data = json.loads(paths.meta.read_text())
    data.update(changes)
    paths.meta.write_text(json.dumps(data))


def open_online(data_dir: Path, clock, sent: list[str]):
    """open_workspace with a transport factory that records every server it is asked for."""
    def factory(url: str, device_id: str):
        sent.append(url)
        raise AssertionError("no transport may be made for an edited workspace")

    return account.open_workspace(data_dir, "amina", PASSWORD, clock=clock,
                                  kdf_policy=FAST_KDF, transport_factory=factory)


@pytest.mark.parametrize("changes, named", [
    ({"server_url": "https://attacker.example.net"}, "server URL"),
    ({"server_url": None}, "server URL"),
    ({"server_pin": "B" * 43 + "="}, "server key pin"),
    ({"server_ca": False}, "server CA certificate"),
])
def test_an_edited_workspace_json_is_refused_and_nothing_is_sent(bound, data_dir, clock,
                                                                   changes, named):
    paths, _ = bound
    original = paths.meta.read_bytes()
    edit_meta(paths, **changes)
    sent: list[str] = []
    with pytest.raises(SettingsChanged) as refused:
        open_online(data_dir, clock, sent)
    assert sent == []
    assert named in str(refused.value) and "nothing was sent" in str(refused.value)
    assert isinstance(refused.value, WorkspaceCorrupt)  # the UI says: ask IT, delete nothing
    paths.meta.write_bytes(original)  # put back, it opens again
    unlock_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf_policy=FAST_KDF).close()


def test_a_replaced_ca_certificate_is_refused(bound, data_dir, clock):
    paths, _ = bound
    paths.server_ca.write_bytes(CA.replace(b"organisation", b"attacker's"))
    sent: list[str] = []
    with pytest.raises(SettingsChanged, match=r"server-ca\.pem"):
        open_online(data_dir, clock, sent)
    assert sent == []


def test_a_workspace_from_before_the_binding_gets_it_on_its_first_unlock(bound, data_dir,
                                                                         clock):
    paths, key = bound
    conn = open_encrypted(paths.db, key)  # as written before this change: no binding
    conn.execute("DELETE FROM meta WHERE key = ?", (BOUND_SETTINGS,))
    conn.close()

    with unlock_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf_policy=FAST_KDF) as ws:
        assert json.loads(ws.meta(BOUND_SETTINGS))["server_url"] == SERVER
    edit_meta(paths, server_url="https://attacker.example.net")
    with pytest.raises(SettingsChanged):
        unlock_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf_policy=FAST_KDF)


def test_the_binding_survives_password_change_and_key_rotation(bound, data_dir, clock):
    with unlock_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf_policy=FAST_KDF) as ws:
        ws.change_password(PASSWORD, "another long password", kdf=FAST_KDF)
        ws.rotate_key("another long password", kdf=FAST_KDF)
    unlock_workspace(data_dir, "amina", "another long password", clock=clock,
                     kdf_policy=FAST_KDF).close()


def test_an_offline_only_workspace_cannot_be_pointed_at_a_server(workspace, data_dir, clock):
    workspace.close()
    edit_meta(WorkspacePaths.for_user(data_dir, "amina"), server_url=SERVER)
    with pytest.raises(SettingsChanged, match="server URL"):
        unlock_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf_policy=FAST_KDF)
