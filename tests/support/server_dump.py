"""Every row of every table of a server database, to look through for what must not be
there (a secret, an erased person, a key)."""

from __future__ import annotations

import json
import warnings

import sqlalchemy as sa


def all_tables(conn: sa.Connection) -> list[sa.Table]:
    """The database's tables as it has them (reflected: alembic's own included)."""
    metadata = sa.MetaData()
    with warnings.catch_warnings():  # SQLite's expression indexes (the audit's) are not
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression",
                                sa.exc.SAWarning)  # reflected: only the tables matter here
        metadata.reflect(conn)
    return list(metadata.sorted_tables)


def dump(database_url: str) -> str:
    """Every row of every table, a JSON list of its values as text per line."""
    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as conn:
            return "\n".join(json.dumps([str(v) for v in row], ensure_ascii=False)
                             for table in all_tables(conn)
                             for row in conn.execute(sa.select(table)))
    finally:
        engine.dispose()
