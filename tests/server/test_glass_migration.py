"""Server schema 0007 (break-glass and retention) on a database that already holds cases: a
case closed before it keeps, as its closure time, when its status last changed; an open one
has none; and the migration goes down and up again. On SQLite and PostgreSQL."""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import command

from casemgr.server.db import alembic_config

CLOSED_AT = "2025-01-02T03:04:05.000Z"


def test_cases_closed_before_the_migration_get_their_closure_time(db_url):
    config = alembic_config(db_url)
    command.upgrade(config, "0006_accesslog")
    engine = sa.create_engine(db_url)
    records = sa.table("records", *(sa.column(c) for c in (
        "id", "type", "case_id", "fields", "rev", "seq", "deleted", "created_at", "created_by",
        "updated_at", "updated_by", "field_meta")))
    scope = sa.table("case_scope", sa.column("case_id"), sa.column("assigned_to"),
                     sa.column("team"))
    cases = {"closed": ("11111111-1111-4111-8111-111111111111", "closed"),
             "open": ("22222222-2222-4222-8222-222222222222", "active")}
    with engine.begin() as conn:
        for seq, (case_id, status) in enumerate(cases.values(), start=1):
            meta = {"status": [3, "sam", CLOSED_AT if status == "closed" else "x", "server"]}
            conn.execute(sa.insert(records).values(
                id=case_id, type="case", case_id=case_id,
                fields=json.dumps({"status": status, "case_number": f"C-{seq}"}),
                rev=3, seq=seq, deleted=False, created_at=CLOSED_AT, created_by="amina",
                updated_at=CLOSED_AT, updated_by="sam", field_meta=json.dumps(meta)))
            conn.execute(sa.insert(scope).values(case_id=case_id, assigned_to="amina",
                                                 team="North"))
    command.upgrade(config, "head")
    with engine.connect() as conn:
        closed = dict(conn.execute(sa.text(
            "SELECT case_id, closed_at FROM case_scope")).all())
    assert closed == {cases["closed"][0]: CLOSED_AT, cases["open"][0]: None}
    command.downgrade(config, "0006_accesslog")
    command.upgrade(config, "head")
    engine.dispose()
