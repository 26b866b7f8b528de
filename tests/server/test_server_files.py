"""The server's files on disk (issue 9, item 8): the SQLite database and its -wal and -shm
hold case fields and password hashes, so they are created 0600 in a 0700 folder; left at
their defaults the database and keys live in the platform's data folder for the server,
not the working directory, and `init-db` and `serve` say where."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from casemgr.server import cli
from casemgr.server.settings import Settings

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")

CHEAP = {"CASEMGR_SERVER_PASSWORD_MEMORY_KIB": "64", "CASEMGR_SERVER_PASSWORD_TIME_COST": "1",
         "CASEMGR_SERVER_DEV_MODE": "true"}


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def run_cli(env: dict[str, str], *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real command in its own process, started with the usual umask 022."""
    repo = str(Path(__file__).resolve().parents[2])
    full = {**env, "PYTHONPATH": repo + os.pathsep + env.get("PYTHONPATH", "")}
    old = os.umask(0o022)
    try:
        return subprocess.run([sys.executable, "-m", "casemgr.server.cli", *args], env=full,
                              cwd=cwd, capture_output=True, text=True, timeout=120,
                              stdin=subprocess.DEVNULL)
    finally:
        os.umask(old)


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEMGR_SERVER_")}
    return {**env, **CHEAP}


def test_init_db_creates_the_sqlite_database_0600_in_a_0700_folder(tmp_path):
    folder = tmp_path / "srv" / "data"  # missing: init-db creates it
    db = folder / "server.db"
    env = {**clean_env(), "CASEMGR_SERVER_DATABASE_URL": f"sqlite:///{db}",
           "CASEMGR_SERVER_KEY_DIR": str(tmp_path / "srv" / "keys"),
           "CASEMGR_SERVER_PASSWORD": "amina's password"}
    init = run_cli(env, "init-db", cwd=tmp_path)
    assert init.returncode == 0, init.stderr
    assert mode(folder) == 0o700 and mode(db) == 0o600
    assert mode(tmp_path / "srv" / "keys") == 0o700
    assert run_cli(env, "create-user", "amina", "--role", "caseworker",
                   cwd=tmp_path).returncode == 0

    # A write with the WAL kept open: SQLite gives -wal and -shm the database's mode.
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        conn.execute("UPDATE server_meta SET value = value WHERE key = 'epoch'")
        conn.commit()
        wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
        assert wal.exists() and shm.exists()
        assert mode(wal) == 0o600 and mode(shm) == 0o600
    finally:
        conn.close()


def test_a_database_created_readable_by_others_is_tightened(tmp_path):
    db = tmp_path / "old.db"
    old = os.umask(0o022)
    try:
        sqlite3.connect(db).close()  # as before: 0644
    finally:
        os.umask(old)
    assert mode(db) == 0o644
    env = {**clean_env(), "CASEMGR_SERVER_DATABASE_URL": f"sqlite:///{db}",
           "CASEMGR_SERVER_KEY_DIR": str(tmp_path / "keys")}
    assert run_cli(env, "init-db", cwd=tmp_path).returncode == 0
    assert mode(db) == 0o600


def test_by_default_the_data_lives_in_the_servers_data_folder(tmp_path, monkeypatch, capsys):
    home, xdg, work = tmp_path / "home", tmp_path / "xdg", tmp_path / "work"
    for d in (home, work):
        d.mkdir()
    env = {**clean_env(), "HOME": str(home), "XDG_DATA_HOME": str(xdg)}
    init = run_cli(env, "init-db", cwd=work)
    assert init.returncode == 0, init.stderr
    data = xdg / "casemgr-server"
    assert (data / "casemgr-server.db").is_file() and (data / "keys").is_dir()
    assert mode(data) == 0o700 and mode(data / "casemgr-server.db") == 0o600
    assert mode(data / "keys") == 0o700
    assert list(work.iterdir()) == []  # nothing in the working directory
    assert str(data / "casemgr-server.db") in init.stdout
    assert str(data / "keys") in init.stdout

    # `serve` says where the data lives before it starts.
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    for name in [n for n in os.environ if n.startswith("CASEMGR_SERVER_") and n not in env]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(work)
    from casemgr.server.settings import default_data_dir

    assert default_data_dir() == data
    assert Settings().key_dir == data / "keys"
    started = []
    monkeypatch.setattr("uvicorn.run", lambda *a, **kw: started.append(kw))
    assert cli.main(["serve", "--port", "1"]) == 0 and started
    said = json.loads(capsys.readouterr().err)  # the first line of its log (JSON by default)
    assert str(data / "casemgr-server.db") in said["message"]
    assert str(data / "keys") in said["message"]


def test_explicit_settings_still_win(tmp_path, monkeypatch):
    monkeypatch.setenv("CASEMGR_SERVER_DATABASE_URL", f"sqlite:///{tmp_path / 'x.db'}")
    monkeypatch.setenv("CASEMGR_SERVER_KEY_DIR", str(tmp_path / "k"))
    settings = Settings()
    assert settings.database_url == f"sqlite:///{tmp_path / 'x.db'}"
    assert settings.key_dir == tmp_path / "k"
    assert cli._settings(cli.build_parser().parse_args(
        ["--database-url", "sqlite:///y.db", "init-db"])).database_url == "sqlite:///y.db"
