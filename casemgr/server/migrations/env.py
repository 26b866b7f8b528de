"""Alembic environment: migrations run with the URL casemgr.server.db passes in."""

from __future__ import annotations

from alembic import context

from casemgr.server.db import make_engine
from casemgr.server.tables import metadata

config = context.config


def run_migrations() -> None:
    url = config.get_main_option("sqlalchemy.url")
    assert url
    engine = make_engine(url)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=metadata,
                          render_as_batch=url.startswith("sqlite"))
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations()
