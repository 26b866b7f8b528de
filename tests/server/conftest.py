"""Server test fixtures: a fresh database on SQLite and on a real PostgreSQL, the app in
process (TestClient) and as a real uvicorn process on 127.0.0.1.

PostgreSQL comes from CASEMGR_TEST_DATABASE_URL (each test gets its own schema). Without
it the PostgreSQL variants are skipped with a message saying so; with
CASEMGR_REQUIRE_POSTGRES=1 (set by .ci/run) they fail instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from casemgr.server.settings import Settings
from tests.support.live_server import LiveServer

PG_URL = os.environ.get("CASEMGR_TEST_DATABASE_URL")
REQUIRE_PG = os.environ.get("CASEMGR_REQUIRE_POSTGRES") == "1"


def _pg_reachable() -> str | None:
    """None if PostgreSQL answers, else why not."""
    if not PG_URL:
        return "CASEMGR_TEST_DATABASE_URL is not set"
    try:
        engine = sa.create_engine(PG_URL)
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # any failure to connect means: not available here
        return f"PostgreSQL at CASEMGR_TEST_DATABASE_URL is unreachable ({type(exc).__name__})"
    return None


_PG_PROBLEM: list[str | None] = []


@pytest.fixture(autouse=True)
def _no_real_data_folder(tmp_path_factory, monkeypatch) -> None:
    """The server's default data folder (platformdirs) points into a temporary folder, so a
    test that leaves a setting at its default never touches the real home folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))


def pg_problem() -> str | None:
    if not _PG_PROBLEM:
        _PG_PROBLEM.append(_pg_reachable())
    return _PG_PROBLEM[0]


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path) -> Iterator[str]:
    """A URL of an empty database: a SQLite file, or a fresh schema in PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    problem = pg_problem()
    if problem:
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL is required here (CASEMGR_REQUIRE_POSTGRES=1): {problem}")
        pytest.skip(f"PostgreSQL tests skipped: {problem}")
    assert PG_URL
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def server_settings(db_url, tmp_path) -> Settings:
    return Settings(database_url=db_url, key_dir=tmp_path / "server-keys", dev_mode=True)



@pytest.fixture
def live_server_factory():
    started: list[LiveServer] = []

    def start(settings: Settings, workers: int = 1) -> LiveServer:
        server = LiveServer(settings, workers)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


RESOURCES = Path(__file__).resolve().parents[2] / "resources"
