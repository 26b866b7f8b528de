"""Recovery after a key rotation (issue 9, item 7), against a real server process: the next
sync after `Workspace.rotate_key` escrows the new data key, so `recover` after a lockout
gets a key that opens the rotated workspace; a lockout before that sync fails clearly and
changes nothing."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from casemgr.db.errors import EscrowedKeyOutdated
from casemgr.db.workspace import WorkspacePaths
from casemgr.server import tables as t
from casemgr.sync.account import recover
from casemgr.sync.transport import ServerTrouble
from tests.e2e.test_sync import Device
from tests.support.laptops import lock_out, recover_after_lockout
from tests.support.live_server import DEMO_PASSWORD, LiveServer
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.workspaces import FAST_KDF


def _audited(server: LiveServer, action: str) -> int:
    engine = sa.create_engine(server.settings.database_url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(t.audit)
                                    .where(t.audit.c.action == action)).scalar_one())
    finally:
        engine.dispose()


def test_the_sync_after_a_rotation_escrows_the_new_key_for_recovery(live_server, tmp_path):
    a = Device(tmp_path / "laptop", live_server, "amina")
    case_id = a.cw.register_family(FAMILY, [CHILD], CASE).value
    a.ws.rotate_key(DEMO_PASSWORD, kdf=FAST_KDF)
    assert a.ws.escrow_pending()
    # A sync that cannot send the key keeps the mark: it is sent at the next one.
    def unreachable(key: str) -> None:
        raise ServerTrouble("the server answered 503")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(a.transport, "escrow", unreachable)
        with pytest.raises(ServerTrouble):
            a.sync()
    assert a.ws.escrow_pending()
    a.sync()
    assert a.ws.escrow_pending() is None
    assert _audited(live_server, "escrow_key_replaced") == 1
    a.ws.close()

    recover_after_lockout(tmp_path / "laptop", case_id)


def test_a_lockout_after_a_rotation_not_yet_synced_fails_clearly(live_server, tmp_path):
    a = Device(tmp_path / "laptop", live_server, "amina")
    a.cw.register_family(FAMILY, [CHILD], CASE)
    a.ws.rotate_key(DEMO_PASSWORD, kdf=FAST_KDF)
    a.ws.close()  # no sync: the server still escrows the key from before the rotation
    lock_out(tmp_path / "laptop")
    paths = WorkspacePaths.for_user(tmp_path / "laptop", "amina")
    before = {p.name: p.read_bytes() for p in paths.db_files() if p.exists()}
    with pytest.raises(EscrowedKeyOutdated, match="changed on this device after its last sync"):
        recover(tmp_path / "laptop", "amina", DEMO_PASSWORD, "a new password 1", kdf=FAST_KDF)
    assert not paths.key.exists()  # nothing written: no key that does not open it
    assert {p.name: p.read_bytes() for p in paths.db_files() if p.exists()} == before
