"""Setting up a server: schema, keys, epoch, counters and the shipped forms (`init-db`), and a
new epoch after a restore from backup (`bump-epoch`). Both are safe to run again."""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from casemgr.domain.clock import SystemClock, iso_utc
from casemgr.domain.forms import parse_form
from casemgr.paths import FORMS_DIR
from casemgr.server import tables as t
from casemgr.server.accounts import insert_if_absent, read_epoch, write_audit
from casemgr.server.db import make_engine, protect_sqlite_file, sqlite_file, upgrade
from casemgr.server.keys import ServerKeys
from casemgr.server.settings import Settings, default_data_dir

COUNTERS = ("change_seq",)  # the sync engine allocates change sequence numbers from it


class NotInitialised(Exception):
    """The database has no schema or no epoch yet: run `casemgr-server init-db`."""


@dataclass(frozen=True)
class InitReport:
    """What init-db did (everything is False / empty on a second run)."""

    keys_created: bool
    epoch: str
    epoch_created: bool
    forms_published: list[str]


def _private_data_dir(settings: Settings) -> None:
    """Create the server's default data folder 0700 when a setting uses it (the database or
    the key folder left at its default), before anything is written in it."""
    data = default_data_dir()
    db_file = sqlite_file(settings.database_url)
    inside = [p for p in (db_file, settings.key_dir) if p is not None]
    if not any(p.parent.resolve() == data.resolve() for p in inside):
        return
    data.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        data.chmod(0o700)


def init_db(settings: Settings, now: int | None = None,
            forms_dir: Path = FORMS_DIR) -> InitReport:
    """Migrate the schema to head, create missing keys, and write the epoch, the counters and
    the shipped forms where absent. Idempotent."""
    now = SystemClock().now_ms() if now is None else now
    _private_data_dir(settings)
    protect_sqlite_file(settings.database_url, create_folder=True)
    upgrade(settings.database_url)
    keys_created = ServerKeys.ensure(settings.key_dir)
    ServerKeys.load(settings.key_dir)  # refuse now, not at `serve`, if they are unusable
    engine = make_engine(settings.database_url)
    try:
        with engine.begin() as conn:
            epoch_created = insert_if_absent(conn, t.server_meta,
                                              {"key": "epoch", "value": str(uuid.uuid4())})
            for name in COUNTERS:
                insert_if_absent(conn, t.counters, {"name": name, "value": 0})
            published = publish_shipped_forms(conn, forms_dir, now)
            epoch = read_epoch(conn)
            if epoch_created:
                write_audit(conn, now, "system", "server_initialised", epoch)
    finally:
        engine.dispose()
    return InitReport(keys_created, epoch, epoch_created, published)


def publish_shipped_forms(conn: sa.Connection, forms_dir: Path, now: int) -> list[str]:
    """Publish each form definition in `forms_dir` whose (id, version) is not in the forms
    table yet; returns "id vN" of those published."""
    published = []
    for path in sorted(forms_dir.glob("*.json")):
        definition = json.loads(path.read_text(encoding="utf-8"))
        form = parse_form(definition)  # a shipped form that does not parse is a bug: raise
        inserted = insert_if_absent(conn, t.forms, {
            "form_id": form.id, "version": form.version, "definition": definition,
            "published_at": iso_utc(now), "published_by": "system"})
        if inserted:
            published.append(f"{form.id} v{form.version}")
            write_audit(conn, now, "system", "form_published", f"{form.id} v{form.version}")
    return published


def check_initialised(engine: sa.Engine) -> str:
    """The epoch of an initialised database; NotInitialised otherwise."""
    try:
        with engine.connect() as conn:
            epoch = conn.execute(sa.select(t.server_meta.c.value)
                                 .where(t.server_meta.c.key == "epoch")).scalar_one_or_none()
    except sa.exc.DBAPIError:  # no such table: never migrated
        epoch = None
    if epoch is None:
        raise NotInitialised("The server database is not initialised; run "
                             "`casemgr-server init-db` first.")
    return str(epoch)


def bump_epoch(settings: Settings, now: int | None = None) -> str:
    """A new epoch id, after restoring the database from a backup: clients that see it push
    their outbox again instead of trusting what the restored server forgot."""
    now = SystemClock().now_ms() if now is None else now
    engine = make_engine(settings.database_url)
    try:
        old = check_initialised(engine)
        new = str(uuid.uuid4())
        with engine.begin() as conn:
            conn.execute(sa.update(t.server_meta).where(t.server_meta.c.key == "epoch")
                         .values(value=new))
            # Kept: a device that last synced in it may still push naming it (push.py).
            insert_if_absent(conn, t.past_epochs, {"epoch": old, "ended_at": iso_utc(now)})
            write_audit(conn, now, "system", "epoch_bumped", new, {"previous": old})
    finally:
        engine.dispose()
    return new
