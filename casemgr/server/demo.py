"""A demo organisation on a server: two teams, their supervisors and caseworkers, an admin.
For trying casemgr out; refused outside dev mode unless forced."""

from __future__ import annotations

import sqlalchemy as sa

from casemgr.domain.clock import SystemClock
from casemgr.domain.permissions import Role
from casemgr.server import tables as t
from casemgr.server.accounts import create_user
from casemgr.server.bootstrap import check_initialised
from casemgr.server.db import make_engine
from casemgr.server.settings import Settings

DEMO_PASSWORD = "demo-password-2026"  # noqa: S105 - published, for the demo only

# (user name, role, teams)
DEMO_USERS: tuple[tuple[str, Role, tuple[str, ...]], ...] = (
    ("admin", Role.ADMIN, ()),
    ("sam", Role.SUPERVISOR, ("North",)),
    ("sofia", Role.SUPERVISOR, ("South",)),
    ("amina", Role.CASEWORKER, ("North",)),
    ("brian", Role.CASEWORKER, ("North",)),
    ("carla", Role.CASEWORKER, ("South",)),
    ("dmitri", Role.CASEWORKER, ("South",)),
)


class DemoRefused(Exception):
    """Seeding a demo organisation into a server that is not in dev mode."""


def seed_demo(settings: Settings, *, force: bool = False, now: int | None = None) -> list[str]:
    """Create the demo users and teams that are missing (existing users are left as they are);
    returns the names of the users created."""
    if not settings.dev_mode and not force:
        raise DemoRefused("This server is not in development mode: demo users share a "
                          "published password. For a demo or development server run "
                          "`casemgr-server --dev seed-demo` (or add --force).")
    now = SystemClock().now_ms() if now is None else now
    engine = make_engine(settings.database_url)
    created: list[str] = []
    try:
        check_initialised(engine)
        with engine.begin() as conn:
            existing = set(conn.execute(sa.select(t.users.c.username)).scalars())
            for username, role, teams in DEMO_USERS:
                if username not in existing:
                    create_user(conn, username, role, DEMO_PASSWORD, teams=teams, now=now,
                                settings=settings, actor="seed-demo")
                    created.append(username)
            seed_demo_directory(conn, now)
    finally:
        engine.dispose()
    return created


def seed_demo_directory(conn: sa.Connection, now: int) -> None:
    """Import the demo service directory (resources/demo/service_directory.json, HSDS 3.0)
    through the admin importer; seeding again updates the same providers, never duplicates."""
    from casemgr.paths import RESOURCES
    from casemgr.server.admin import import_providers
    from casemgr.server.directory import read_upload

    path = RESOURCES / "demo" / "service_directory.json"
    import_providers(conn, read_upload(path.read_bytes(), "application/json"),
                     actor="seed-demo", now=now)
