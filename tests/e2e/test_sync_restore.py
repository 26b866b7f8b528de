"""A server restored from an older backup, while a laptop holds changes the newer server had
acknowledged and changes it has not sent yet.

A real `casemgr-server serve` process on 127.0.0.1 over a SQLite file, amina's real
SQLCipher workspace. The server is stopped, its database file copied (the backup), and
started again on the same port. amina then saves changes and syncs them (the server
acknowledges them), saves more without syncing, and the server is stopped, the old file put
back, `casemgr-server bump-epoch` run (what the operator does after a restore, docs/sync.md
"Epoch") and the server started again. Her next sync must:

- lose no update: every value she saved, acknowledged or pending, is the server's value, or
  kept in a conflict record, or quarantined with a reason;
- converge: her live records are exactly the server's records in her scope;
- not wedge: her outbox empties, a second sync has nothing to move, and a change made after
  the restore goes through like any other.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from casemgr.app.casework import Casework
from casemgr.db.sync_store import SyncStore
from casemgr.server import tables as t
from casemgr.server.settings import Settings
from casemgr.sync.account import first_login, open_workspace
from casemgr.sync.engine import SyncEngine, SyncSummary
from casemgr.sync.transport import NeedsLogin
from tests.support.live_server import DEMO_PASSWORD, LiveServer, demo_settings
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.workspaces import FAST_KDF

ROOT = Path(__file__).resolve().parents[2]
USER = "amina"

pytestmark = pytest.mark.slow  # three server starts and a bump-epoch: ~8 s for the module


@dataclass
class Server:
    """The server's settings, its database file, and the process serving it (if any)."""

    settings: Settings
    db_file: Path
    live: LiveServer | None = None
    port: int | None = None

    def start(self) -> None:
        self.live = LiveServer(self.settings, port=self.port)
        self.port = self.live.port

    def stop(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None

    @property
    def url(self) -> str:
        assert self.live is not None
        return self.live.url

    def files(self) -> list[Path]:
        return [self.db_file.with_name(self.db_file.name + s) for s in ("", "-wal", "-shm")]

    def back_up(self, to: Path) -> None:
        """Copy the database the way an operator would: with the server stopped."""
        self.stop()
        to.mkdir()
        for f in self.files():
            if f.exists():
                shutil.copy2(f, to / f.name)
        self.start()

    def restore(self, backup: Path) -> None:
        """Put the backup back (the newer database and its -wal go), bump the epoch with the
        real command line, and serve again."""
        self.stop()
        for f in self.files():
            f.unlink(missing_ok=True)
            if (backup / f.name).exists():
                shutil.copy2(backup / f.name, f)
        env = {**os.environ, "PYTHONPATH": str(ROOT),
               "CASEMGR_SERVER_DATABASE_URL": self.settings.database_url,
               "CASEMGR_SERVER_KEY_DIR": str(self.settings.key_dir),
               "CASEMGR_SERVER_DEV_MODE": "true"}
        done = subprocess.run([sys.executable, "-m", "casemgr.server.cli", "bump-epoch"],
                              env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "New epoch" in done.stdout
        self.start()


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("restore")


@pytest.fixture(scope="module")
def server(root: Path) -> Iterator[Server]:
    tmp_path = root
    db_file = tmp_path / "server" / "server.db"
    db_file.parent.mkdir()
    settings = demo_settings(tmp_path, db_file)
    s = Server(settings, db_file)
    s.start()
    yield s
    s.stop()


@dataclass
class Laptop:
    """amina's laptop, and the last value she saved in each field: (record id, field) ->
    value (her own later change replaces an earlier one knowingly)."""

    root: Path
    server: Server
    ws: Any = None
    transport: Any = None
    saved: dict[tuple[str, str], Any] = field(default_factory=dict)
    relogins: int = 0

    def __post_init__(self) -> None:
        self.ws, self.transport = first_login(self.root, self.server.url, USER, DEMO_PASSWORD,
                                              kdf=FAST_KDF)
        self.cw = Casework(self.ws)

    def sync(self) -> SyncSummary:
        """A sync as the app runs it: a session the restored server forgot needs amina's
        password online once (the server's tokens came back from the backup too)."""
        try:
            return SyncEngine(self.ws, self.transport).sync()
        except NeedsLogin:
            self.relogins += 1
            self.ws.close()
            self.ws, self.transport = open_workspace(self.root, USER, DEMO_PASSWORD,
                                                     kdf_policy=FAST_KDF, go_online=True)
            self.cw = Casework(self.ws)
            return SyncEngine(self.ws, self.transport).sync()

    def register(self, name: str) -> str:
        case_id = self.cw.register_family({**FAMILY, "name": name},
                                          [{**CHILD, "family_name": name}], CASE).value
        self.saved[case_id, "risk"] = CASE["risk"]
        return case_id

    def edit(self, record_id: str, **changes: Any) -> None:
        self.cw.edit_record(record_id, changes)
        self.saved.update({(record_id, k): v for k, v in changes.items()})

    def note(self, case_id: str, text: str) -> str:
        note_id = self.cw.add_note(case_id, text).value.id
        self.saved[note_id, "text"] = text
        return note_id

    def live_rows(self) -> dict[str, tuple[str, str | None, dict[str, Any], int]]:
        return {r[0]: (r[1], r[2], json.loads(r[3]), r[4]) for r in self.ws.conn.execute(
            "SELECT id, type, case_id, fields, rev FROM records WHERE deleted = 0")}


def server_rows(db: sa.Engine) -> tuple[dict[str, Any], list[dict[str, Any]], list[Any]]:
    """The server's records in amina's scope, every conflict record, every quarantined op."""
    r, cs = t.records, t.case_scope
    in_scope = sa.or_(r.c.case_id.is_(None), r.c.case_id.in_(
        sa.select(cs.c.case_id).where(cs.c.assigned_to == USER)))
    with db.connect() as conn:
        rows = {row.id: (row.type, row.case_id, row.fields, row.rev) for row in conn.execute(
            sa.select(r.c.id, r.c.type, r.c.case_id, r.c.fields, r.c.rev)
            .where(in_scope, r.c.deleted == sa.false()))}
        conflicts = [f for (f,) in conn.execute(
            sa.select(r.c.fields).where(r.c.type == "conflict"))]
        quarantined = list(conn.execute(sa.select(t.quarantine.c.op)).scalars())
    return rows, conflicts, quarantined


def lost_updates(saved: dict[tuple[str, str], Any], db: sa.Engine) -> list[str]:
    """Each saved value that is neither the server's, nor in a conflict, nor quarantined."""
    rows, conflicts, quarantined = server_rows(db)
    lost = []
    for (record_id, name), value in saved.items():
        row = rows.get(record_id)
        if row is not None and row[2].get(name) == value:
            continue
        if any(c.get("record_id") == record_id and c.get("field") == name
               and value in (c.get("client_value"), c.get("server_value")) for c in conflicts):
            continue
        if any(op["record_id"] == record_id and (op["kind"] == "create" or (
                op["changes"].get(name) or {}).get("value") == value) for op in quarantined):
            continue
        lost.append(f"{name}={value!r} on {record_id}: the server has "
                    f"{row[2].get(name) if row else 'no such record'!r}")
    return lost


@dataclass
class Restored:
    """amina's laptop after the restore, and what she saved before it, in two parts."""

    amina: Laptop
    db: sa.Engine
    acknowledged: dict[tuple[str, str], Any]  # acknowledged by the server that was lost
    pending: dict[tuple[str, str], Any]  # not sent before the restore
    new_case: str  # registered (and acknowledged) after the backup
    first: SyncSummary  # her first sync with the restored server


@pytest.fixture(scope="module")
def restored(server: Server, root: Path) -> Iterator[Restored]:
    """The story above, once for the module (the tests only add to its end)."""
    tmp_path = root
    db = sa.create_engine(server.settings.database_url)
    amina = Laptop(tmp_path / "laptop", server)
    try:
        # Before the backup: a case the server has, in the backup too.
        old_case = amina.register("Kamau")
        old_note = amina.note(old_case, "first visit: the family is at home")
        assert amina.sync().rejected == 0
        server.back_up(tmp_path / "backup")

        # After the backup, acknowledged by the server that is about to be lost.
        before = dict(amina.saved)
        amina.edit(old_case, summary="School says Wanjiru is back since Monday.")
        amina.edit(old_note, text="first visit: the family is at home, grandmother too")
        new_case = amina.register("Njoroge")
        acked_note = amina.note(new_case, "second visit: food parcel delivered")
        summary = amina.sync()
        assert (summary.rejected, summary.conflicts, amina.ws.store.outbox()) == (0, 0, [])
        acknowledged = {k: v for k, v in amina.saved.items() if before.get(k) != v}

        # Saved and not sent yet, some on records the restored server never had.
        before = dict(amina.saved)
        amina.edit(old_case, risk="high")
        amina.edit(new_case, summary="Father found work in Thika.")
        amina.edit(acked_note, text="second visit: food parcel and school fees")
        amina.note(old_case, "third visit: written while the server was being restored")
        assert len(amina.ws.store.outbox()) == 4
        pending = {k: v for k, v in amina.saved.items() if before.get(k) != v}

        server.restore(tmp_path / "backup")
        first = amina.sync()
        yield Restored(amina, db, acknowledged, pending, new_case, first)
    finally:
        if amina.ws.conn is not None:
            amina.ws.close()
        db.dispose()


def test_after_a_restore_pending_changes_go_through_and_sync_does_not_wedge(restored):
    """The restored server has forgotten the client seqs it acknowledged after the backup;
    the new epoch makes it take the outbox from where the laptop is instead of answering
    "gap" forever."""
    amina = restored.amina
    assert restored.first.epoch_changed
    assert amina.ws.store.outbox() == []
    # Every change she had not sent: on the server, or in a conflict, or quarantined with a
    # reason (an edit of a record the restored server never had), and then shown to her.
    lost = lost_updates(restored.pending, restored.db)
    assert lost == [], "\n".join(lost)
    _rows, _conflicts, quarantined = server_rows(restored.db)
    assert quarantined
    assert {i["op"]["op_id"] for i in SyncStore(amina.ws).issues()} == {
        op["op_id"] for op in quarantined}
    assert amina.ws.check() == []

    # A later change goes through like any other, and the sync after it is quiet.
    old_case = next(rid for (rid, name) in restored.pending if name == "risk")
    amina.edit(old_case, risk="low")
    after = amina.sync()
    assert (after.pushed, after.applied, after.rejected, after.epoch_changed) == (
        1, 1, 0, False)
    quiet = amina.sync()
    assert (quiet.pushed, quiet.pulled) == (0, 0)
    assert server_rows(restored.db)[0][old_case][2]["risk"] == "low"
    assert amina.relogins <= 1


def test_after_a_restore_acknowledged_changes_are_not_lost_and_the_laptop_converges(
        restored):
    """Ops leave the outbox once acknowledged; the re-pull in the new epoch compares what
    the laptop knew the lost server held with what the restored one sends and queues what
    it lost (edits sent again, records created again), in the first sync after the
    restore."""
    amina = restored.amina
    assert restored.first.resent > 0
    amina.sync()
    assert amina.ws.store.outbox() == []
    lost = lost_updates(restored.acknowledged, restored.db)
    assert lost == [], "\n".join(lost)
    rows, _conflicts, _quarantined = server_rows(restored.db)
    mine = amina.live_rows()
    differ = sorted(k for k in mine.keys() | rows.keys() if mine.get(k) != rows.get(k))
    assert differ == [], [(k, mine.get(k), rows.get(k)) for k in differ[:3]]
