"""The server's database: engine creation and Alembic migrations (SQLite or PostgreSQL)."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (None: not SQLite, in memory, or a `file:` URI)."""
    if not url.startswith("sqlite"):
        return None
    database = sa.engine.make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def protect_sqlite_file(url: str, *, create_folder: bool = False) -> None:
    """Make a SQLite database file 0600 before SQLite opens it: it holds case fields and
    password hashes, and SQLite gives its -wal and -shm the main file's permissions.
    Files that exist already are tightened too. With `create_folder` a missing folder is
    created 0700, and the server's default data folder is kept 0700."""
    path = sqlite_file(url)
    if path is None or os.name != "posix":
        return
    from casemgr.server.settings import default_data_dir

    folder = path.parent
    if create_folder and not folder.exists():
        folder.mkdir(mode=0o700, parents=True)
        folder.chmod(0o700)  # mkdir's mode is filtered by the umask
    if folder.resolve() == default_data_dir().resolve():
        folder.chmod(0o700)
    if not folder.is_dir():
        return  # SQLite reports the missing folder itself
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if name.exists() and name.stat().st_mode & 0o077:
                name.chmod(0o600)
        except PermissionError:
            pass  # someone else's file: SQLite uses it as it is


def make_engine(url: str, **kwargs: Any) -> sa.Engine:
    """An engine; SQLite files get WAL, foreign keys and a busy timeout on every connection,
    and are created 0600 (protect_sqlite_file)."""
    if url.startswith("sqlite"):
        protect_sqlite_file(url)
        engine = sa.create_engine(url, connect_args={"timeout": 30}, **kwargs)

        @sa.event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            # pysqlite's own transaction handling would defer BEGIN; take it over so that
            # BEGIN IMMEDIATE serialises writers the way PostgreSQL row locks do.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.execute("PRAGMA synchronous = NORMAL")
            cur.close()

        @sa.event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return sa.create_engine(url, pool_pre_ping=True, **kwargs)


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "head") -> None:
    """Bring the schema to `revision` (idempotent)."""
    command.upgrade(alembic_config(url), revision)


@cache
def head_revisions() -> frozenset[str]:
    """The revisions the migrations shipped with this server end at."""
    return frozenset(ScriptDirectory(str(MIGRATIONS)).get_heads())


def current_revisions(engine: sa.Engine) -> frozenset[str]:
    """The revisions the database was migrated to (empty: never migrated); raises
    SQLAlchemyError when the database cannot be reached."""
    with engine.connect() as conn:
        return frozenset(MigrationContext.configure(conn).get_current_heads())
