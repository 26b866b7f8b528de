"""A real PostgreSQL for the tests that need one: CASEMGR_TEST_DATABASE_URL names it, and each
user of it gets a schema of its own, dropped afterwards. Without it those tests are skipped
with a message saying so; with CASEMGR_REQUIRE_POSTGRES=1 (set by .ci/run) they fail."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

PG_URL = os.environ.get("CASEMGR_TEST_DATABASE_URL")
REQUIRE_PG = os.environ.get("CASEMGR_REQUIRE_POSTGRES") == "1"
_PROBLEM: list[str | None] = []


def _reachable() -> str | None:
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


def pg_problem() -> str | None:
    """Why PostgreSQL cannot be used here (asked once per test process), or None."""
    if not _PROBLEM:
        _PROBLEM.append(_reachable())
    return _PROBLEM[0]


def require_postgres() -> str:
    """The URL, or the test is skipped (failed under CASEMGR_REQUIRE_POSTGRES=1) saying why."""
    problem = pg_problem()
    if problem:
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL is required here (CASEMGR_REQUIRE_POSTGRES=1): {problem}")
        pytest.skip(f"PostgreSQL tests skipped: {problem}")
    assert PG_URL
    return PG_URL


@contextmanager
def postgres_schema() -> Iterator[str]:
    """The URL of a fresh, empty schema in the test PostgreSQL, dropped afterwards."""
    url = require_postgres()
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = sa.create_engine(url)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in url else "?"
    try:
        yield f"{url}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
