"""A second laptop of the same caseload, driven without a UI, and the lockout a user gets
after ten wrong passwords: what the sync tests do to laptops beside the one under test."""

from __future__ import annotations

from pathlib import Path

import pytest

from casemgr.app.casework import Casework
from casemgr.db.errors import LockedOut, WrongPassword
from casemgr.db.workspace import WorkspacePaths, unlock_workspace
from casemgr.domain.clock import FixedClock
from casemgr.sync.account import first_login
from casemgr.sync.engine import SyncEngine, SyncSummary
from tests.support.live_server import DEMO_PASSWORD, LiveServer
from tests.support.workspaces import FAST_KDF, START_MS


class Laptop:
    """Another device of the same caseload, logged in and synced once."""

    def __init__(self, root: Path, server: LiveServer, user: str = "amina", *,
                 url: str | None = None) -> None:
        """`url`: where the laptop reaches the server (a proxy in front of it)."""
        self.ws, self.transport = first_login(root, url or server.url, user, DEMO_PASSWORD,
                                              kdf=FAST_KDF)
        self.cw = Casework(self.ws)
        self.sync()

    def sync(self) -> SyncSummary:
        return SyncEngine(self.ws, self.transport).sync()

    def rows(self) -> dict[str, tuple[str, str]]:
        """Every live record as stored on this laptop: id -> (type, fields JSON)."""
        return {r[0]: (r[1], r[2]) for r in self.ws.conn.execute(
            "SELECT id, type, fields FROM records WHERE deleted = 0")}

    def notes(self, case_id: str) -> list[str]:
        return [n.fields["text"] for n in self.cw.case_file(case_id).notes]

    def close(self) -> None:
        self.ws.close()


def lock_out(root: Path, user: str = "amina") -> None:
    """Ten wrong passwords on a server-bound workspace: the tenth deletes its wrapped key."""
    clock = FixedClock(START_MS)
    with pytest.raises(LockedOut):
        for _ in range(10):
            try:
                unlock_workspace(root, user, "wrong guess!", clock=clock, kdf_policy=FAST_KDF)
            except WrongPassword as exc:
                clock.advance(exc.wait_seconds)
    assert not WorkspacePaths.for_user(root, user).key.exists()


def recover_after_lockout(root: Path, case_id: str, user: str = "amina") -> None:
    """Ten wrong passwords, then `recover` online with the server password: the case is
    still there, and the new password opens the workspace from then on."""
    from casemgr.sync.account import recover

    lock_out(root, user)
    ws, _ = recover(root, user, DEMO_PASSWORD, "a new password 1", kdf=FAST_KDF)
    try:
        assert ws.store.find_case(case_id)
    finally:
        ws.close()
    unlock_workspace(root, user, "a new password 1", kdf_policy=FAST_KDF).close()
