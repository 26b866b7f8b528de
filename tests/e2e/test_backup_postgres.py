"""docs/server.md's backup and restore on PostgreSQL, command for command: `pg_dump` and a tar
of the key folder while the server runs, then — after the server took more work — the
database dropped and restored with `pg_restore`, the keys put back, `casemgr-server
init-db` and `bump-epoch`, and the server started again. A laptop then finds the restored
server: its cases as of the backup, a new epoch, and its push of what it still holds taken,
not refused as a gap.

Needs PostgreSQL (CASEMGR_TEST_DATABASE_URL, whose role may create databases) and its
client programs (pg_dump, pg_restore)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import sqlalchemy as sa

from casemgr.server.settings import Settings
from tests.support.http_laptop import HttpLaptop
from tests.support.live_server import LiveServer
from tests.support.postgres import require_postgres

PASSWORD = "a long password for the backup test"  # a test user's

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture
def database() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    pg_url = require_postgres()
    if not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        pytest.skip("pg_dump and pg_restore are not installed")
    name = f"casemgr_backup_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield sa.engine.make_url(pg_url).set(database=name).render_as_string(
            hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def libpq(url: str) -> str:
    """The connection string pg_dump and pg_restore take for a SQLAlchemy URL."""
    return sa.engine.make_url(url).set(drivername="postgresql").render_as_string(
        hide_password=False)


def run(*args: str | Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120,
                          check=False, env={**os.environ, **(env or {})})
    assert done.returncode == 0, f"{args}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_a_restore_as_documented_gives_the_backups_cases_and_takes_the_laptops_push(
        database, tmp_path):
    data = tmp_path / "var-lib-casemgr-server"
    settings = Settings(database_url=database, key_dir=data / "keys",
                        password_memory_kib=1024, password_time_cost=1)
    env = {"CASEMGR_SERVER_DATABASE_URL": database, "CASEMGR_SERVER_KEY_DIR": str(data / "keys"),
           "CASEMGR_SERVER_PASSWORD": PASSWORD, "CASEMGR_SERVER_PASSWORD_MEMORY_KIB": "1024",
           "CASEMGR_SERVER_PASSWORD_TIME_COST": "1"}

    def casemgr_server(*args: str) -> str:
        return run(sys.executable, "-m", "casemgr.server.cli", *args, env=env)

    casemgr_server("init-db")
    casemgr_server("create-user", "amina", "--role", "caseworker", "--team", "North")
    server = LiveServer(settings, env=env)
    try:
        laptop = HttpLaptop(server.url, password=PASSWORD)
        laptop.log_in()
        before_epoch = laptop.epoch
        kept_case, ops = laptop.new_case("Zawadi Hassan", case_number="AB12-00001")
        assert laptop.send(*ops).status_code == 200

        # The nightly backup, the server running.
        dump, keys = tmp_path / "db.dump", tmp_path / "keys.tar.gz"
        with dump.open("wb") as out:
            subprocess.run(["pg_dump", "--format=custom", f"--dbname={libpq(database)}"],
                           stdout=out, check=True, timeout=120)
        run("tar", "-C", data, "-czf", keys, "keys")

        # Work after the backup, which the restore loses on the server.
        lost_case, ops = laptop.new_case("Baraka Otieno", case_number="AB12-00002")
        assert laptop.send(*ops).status_code == 200
    finally:
        server.stop()

    # The restore: the database dropped and made again, the dump and the keys put back.
    admin = sa.create_engine(require_postgres(), isolation_level="AUTOCOMMIT")
    name = sa.engine.make_url(database).database
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    run("pg_restore", "--no-owner", f"--dbname={libpq(database)}", dump)
    shutil.rmtree(data / "keys")
    run("tar", "-C", data, "-xzpf", keys)
    casemgr_server("init-db")
    casemgr_server("bump-epoch")

    server = LiveServer(settings, env=env, port=server.port)  # where the laptop looks
    try:
        info = requests.get(f"{server.url}/api/v1/server-info", timeout=10).json()
        assert info["epoch"] != before_epoch
        assert requests.get(f"{server.url}/readyz", timeout=10).json() == {"status": "ready"}
        # The same keys: the laptop's token still works, its lease key is the same.
        pulled = requests.get(f"{server.url}/api/v1/sync/pull", params={"cursor": 0},
                              headers=laptop.headers(), timeout=10)
        assert pulled.status_code == 200, pulled.text
        cases = {r["id"] for r in pulled.json()["records"] if r["type"] == "case"}
        assert cases == {kept_case}  # as of the backup
        # Its next push, naming the epoch it knew, is taken although the server lost the
        # client seqs it had acknowledged after the backup.
        _, ops = laptop.new_case("Pendo Mutua", case_number="AB12-00003")
        pushed = laptop.send(*ops, epoch=before_epoch)
        assert pushed.status_code == 200, pushed.text
        assert {r["status"] for r in pushed.json()["results"]} == {"applied"}
        assert pushed.json()["epoch"] == info["epoch"]
        assert lost_case not in cases
    finally:
        server.stop()
