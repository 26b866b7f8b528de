"""Server test fixtures: a fresh database on SQLite and on a real PostgreSQL, the app in
process (TestClient) and as a real uvicorn process on 127.0.0.1.

PostgreSQL comes from CASEMGR_TEST_DATABASE_URL (each test gets its own schema). Without
it the PostgreSQL variants are skipped with a message saying so; with
CASEMGR_REQUIRE_POSTGRES=1 (set by .ci/run) they fail instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from casemgr.server.settings import Settings
from tests.support.live_server import LiveServer
from tests.support.postgres import postgres_schema


@pytest.fixture(autouse=True)
def _no_real_data_folder(tmp_path_factory, monkeypatch) -> None:
    """The server's default data folder (platformdirs) points into a temporary folder, so a
    test that leaves a setting at its default never touches the real home folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path) -> Iterator[str]:
    """A URL of an empty database: a SQLite file, or a fresh schema in PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    with postgres_schema() as url:
        yield url


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
