"""The server's lease names the oldest casemgr it allows: an older one cannot unlock, online
or offline, and says to update (issue 9, item 12); the workspace and its outbox are kept."""

from __future__ import annotations

import pytest

from casemgr import __version__
from casemgr.app.casework import Casework
from casemgr.sync.account import first_login, open_workspace
from casemgr.sync.transport import UpgradeRequired
from tests.support.live_server import DEMO_PASSWORD, LiveServer, demo_settings
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.workspaces import FAST_KDF


def test_a_casemgr_older_than_the_lease_allows_cannot_unlock(tmp_path):
    (tmp_path / "server").mkdir()
    settings = demo_settings(tmp_path / "server")
    server = LiveServer(settings)
    data = tmp_path / "laptop"
    try:
        ws, _ = first_login(data, server.url, "amina", DEMO_PASSWORD, kdf=FAST_KDF)
        Casework(ws).register_family(FAMILY, [CHILD], CASE)  # waiting to be sent
        waiting = ws.store.outbox_count()
        ws.close()
        ws, _ = open_workspace(data, "amina", DEMO_PASSWORD, kdf_policy=FAST_KDF)
        ws.close()  # today's version is allowed
    finally:
        server.stop()
    newer = "99.0.0"
    assert __version__ != newer
    server = LiveServer(settings, port=server.port,
                        env={"CASEMGR_SERVER_MIN_CLIENT_VERSION": newer})
    try:
        with pytest.raises(UpgradeRequired, match="update casemgr"):
            open_workspace(data, "amina", DEMO_PASSWORD, kdf_policy=FAST_KDF, go_online=True)
    finally:
        server.stop()
    # Offline too, now that the server said so: the lease that says it was kept.
    with pytest.raises(UpgradeRequired, match=newer):
        open_workspace(data, "amina", DEMO_PASSWORD, kdf_policy=FAST_KDF)
    # A new laptop with this version cannot log in either, and nothing is created for it.
    server = LiveServer(settings, port=server.port,
                        env={"CASEMGR_SERVER_MIN_CLIENT_VERSION": newer})
    try:
        with pytest.raises(UpgradeRequired):
            first_login(tmp_path / "new-laptop", server.url, "amina", DEMO_PASSWORD,
                        kdf=FAST_KDF)
    finally:
        server.stop()
    assert not (tmp_path / "new-laptop" / "amina" / "workspace.json").exists()
    # The workspace and its waiting changes are intact for the updated casemgr.
    from casemgr.db.workspace import unlock_workspace

    ws = unlock_workspace(data, "amina", DEMO_PASSWORD, kdf_policy=FAST_KDF)
    try:
        assert ws.store.outbox_count() == waiting > 0
    finally:
        ws.close()
