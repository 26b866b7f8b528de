"""Opening the SQLCipher database with a raw key and the pragmas every connection needs."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3

from casemgr.db.errors import NotAWorkspace
from casemgr.db.keys import sqlcipher_key_pragma
from casemgr.db.space import disk_full, is_disk_full

# sqlcipher3 mirrors the stdlib module; its exceptions are its own classes.
DatabaseError: tuple[type[Exception], ...] = (sqlcipher3.DatabaseError, sqlite3.DatabaseError)
OperationalError: tuple[type[Exception], ...] = (
    sqlcipher3.OperationalError, sqlite3.OperationalError,
)
IntegrityError: tuple[type[Exception], ...] = (sqlcipher3.IntegrityError, sqlite3.IntegrityError)


# The write-ahead log left on disk after a checkpoint: SQLite reuses its file rather than
# truncating it, so one large transaction (an upgrade rewriting a table, an erasure's merge
# of the search index) would keep its size for as long as the workspace is open. Past this,
# it goes back to it at the next write after a checkpoint; the log's ordinary size (a
# checkpoint every 1,000 pages) is under it (issue 13, item 6).
WAL_SIZE_LIMIT = 4 * 2**20
CACHE_KIB = 32 * 1024
SYNCHRONOUS = "FULL"  # every commit waits for the disk (a pulled page may relax it: sync_store)


def _configure(conn: Any) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
    conn.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA busy_timeout = 5000")
    # 32 MiB of page cache (SQLite's default is 2 MiB): SQLCipher decrypts and checks every
    # page it reads into the cache, and a sync that updates records all over a large
    # workspace read most pages again and again with the default.
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


def open_encrypted(path: Path, data_key: bytes) -> Any:
    """A connection to the encrypted workspace, or NotAWorkspace if the key does not open it."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher logs decryption failures to stderr; we report them as NotAWorkspace instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {sqlcipher_key_pragma(data_key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        if is_disk_full(exc, path.parent):  # no room for SQLite's shared-memory file
            raise disk_full(path.parent) from None
        raise NotAWorkspace(
            "The workspace database cannot be decrypted: it is damaged or not a casemgr workspace."
        ) from None
    _configure(conn)
    return conn


def rekey(conn: Any, new_key: bytes) -> None:
    conn.execute(f"PRAGMA rekey = {sqlcipher_key_pragma(new_key)}")


def open_plain(path: Path) -> Any:
    """An unencrypted connection with the same SQLite build and pragmas: only for benchmarks'
    baselines (SQLCipher without a key writes a plain SQLite file)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    _configure(conn)
    return conn


def cipher_version() -> str:
    """The SQLCipher library's version, e.g. "4.19.0 community"."""
    conn = sqlcipher3.connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()
