"""A real server process whose clock a test moves (Settings.clock_file, dev mode), on SQLite
or PostgreSQL, and an administrator's calls to its admin API: what the break-glass and
retention tests (issue 15) run against."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.support.laptops import Laptop
from tests.support.live_server import LiveServer, demo_settings
from tests.support.postgres import postgres_schema, require_postgres


class TimedServer(LiveServer):
    """A demo server whose time runs `ahead` seconds of the system's (the test moves it)."""

    clock_file: Path

    def move(self, seconds: float) -> None:
        """Move the server's clock on by `seconds` (it reads the file at every use)."""
        ahead = float(self.clock_file.read_text() or 0) + seconds
        self.clock_file.write_text(str(ahead))


@contextmanager
def timed_server(root: Path, database: str, **env: str) -> Iterator[TimedServer]:
    """A demo server on "sqlite" or "postgres" (skipped without one) with a movable clock;
    `env`: more CASEMGR_SERVER_* settings (by their name without the prefix)."""
    clock_file = root / "server-clock"
    clock_file.write_text("0")
    settings_env = {"CASEMGR_SERVER_CLOCK_FILE": str(clock_file),
                    "CASEMGR_SERVER_RETENTION_INTERVAL_S": "0",
                    **{f"CASEMGR_SERVER_{k.upper()}": v for k, v in env.items()}}

    def start(url: str | None) -> TimedServer:
        server = TimedServer.__new__(TimedServer)
        server.clock_file = clock_file
        LiveServer.__init__(server, demo_settings(root, database_url=url), env=settings_env)
        return server

    if database == "postgres":
        require_postgres()
        with postgres_schema() as url:
            server = start(url)
            try:
                yield server
            finally:
                server.stop()
        return
    server = start(None)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TimedServer]:
    """A timed demo server whose devices stay signed in for a year of its time."""
    with timed_server(tmp_path, request.param, refresh_token_days="365") as live:
        yield live


def admin_call(admin: Laptop, method: str, path: str, body: Any = None) -> Any:
    """An administrator's call to the admin API from their device: the JSON answer."""
    raw = admin.transport.request(method, path, None, json=body)
    return json.loads(raw) if raw else None
