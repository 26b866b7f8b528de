"""Forward-only schema migrations, one transaction each, tracked in `PRAGMA user_version`.

Append a new entry to MIGRATIONS for every schema change; never edit a released one.
tests/unit/db/test_migrations.py upgrades from every earlier version.
"""

from __future__ import annotations

import logging
from typing import Any

from casemgr.db.audit import UUID_GLOB
from casemgr.db.connection import DatabaseError

_log = logging.getLogger(__name__)

MIGRATIONS: list[str] = [
    # 1: records, the case list index, full-text search, outbox, audit chain.
    """
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE records (
        rid        INTEGER PRIMARY KEY,          -- local row number, also the search rowid
        id         TEXT NOT NULL UNIQUE,         -- UUIDv7 minted by the creating device
        type       TEXT NOT NULL,
        case_id    TEXT,
        fields     TEXT NOT NULL CHECK (json_valid(fields)),
        rev        INTEGER NOT NULL DEFAULT 0,   -- server revision, 0 until first accepted
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        hlc        TEXT NOT NULL
    );
    CREATE INDEX records_by_case ON records (case_id, type);
    CREATE INDEX records_by_type ON records (type);

    -- One row per case with the columns the case list sorts and filters on.
    CREATE TABLE case_index (
        case_id     TEXT PRIMARY KEY,
        case_number TEXT NOT NULL,
        family_name TEXT NOT NULL,
        children    TEXT NOT NULL,
        status      TEXT NOT NULL,
        risk        TEXT,
        risk_rank   INTEGER NOT NULL,
        assigned_to TEXT NOT NULL,
        team        TEXT,
        opened_on   TEXT NOT NULL,
        next_due    TEXT,
        updated_at  TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX case_index_number ON case_index (case_number);
    CREATE INDEX case_index_family ON case_index (family_name COLLATE NOCASE, case_number);
    CREATE INDEX case_index_risk ON case_index (risk_rank, case_number);
    CREATE INDEX case_index_status ON case_index (status, case_number);
    CREATE INDEX case_index_due ON case_index (next_due, case_number);
    CREATE INDEX case_index_updated ON case_index (updated_at, case_number);
    CREATE INDEX case_index_worker ON case_index (assigned_to, case_number);

    -- Names, case numbers and notes; rowid = records.rid. Contentless: the text itself lives
    -- only in records.
    CREATE VIRTUAL TABLE search USING fts5 (
        text, content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
    );

    -- Local changes not yet acknowledged by the server, in gapless client_seq order.
    CREATE TABLE outbox (
        client_seq  INTEGER PRIMARY KEY,
        op_id       TEXT NOT NULL UNIQUE,
        record_id   TEXT NOT NULL,
        record_type TEXT NOT NULL,
        case_id     TEXT,
        kind        TEXT NOT NULL CHECK (kind IN ('create', 'update', 'delete')),
        base_rev    INTEGER NOT NULL,
        changes     TEXT NOT NULL CHECK (json_valid(changes)),
        hlc         TEXT NOT NULL,
        created_at  TEXT NOT NULL
    );
    CREATE INDEX outbox_by_record ON outbox (record_id);

    -- Hash-chained log of who did what to which record; never field values.
    CREATE TABLE audit (
        seq         INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        action      TEXT NOT NULL,
        record_id   TEXT,
        record_type TEXT,
        prev_hash   TEXT NOT NULL,
        hash        TEXT NOT NULL
    );
    """,
    # 2: search in two columns, names before notes; indexes for every filter with every sort,
    # so the first page of any filtered, sorted list is read in index order.
    """
    DROP TABLE search;
    CREATE VIRTUAL TABLE search USING fts5 (
        names, notes, content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
    );
    INSERT INTO search (rowid, names, notes)
    SELECT rid,
        CASE type
            WHEN 'family' THEN concat_ws(' ', json_extract(fields, '$.name'),
                                         json_extract(fields, '$.area'))
            WHEN 'person' THEN concat_ws(' ', json_extract(fields, '$.given_name'),
                                         json_extract(fields, '$.family_name'))
            WHEN 'case' THEN json_extract(fields, '$.case_number')
            ELSE '' END,
        CASE type
            WHEN 'case' THEN coalesce(json_extract(fields, '$.summary'), '')
            WHEN 'note' THEN json_extract(fields, '$.text')
            WHEN 'visit' THEN concat_ws(' ', json_extract(fields, '$.participants'),
                                        json_extract(fields, '$.observations'))
            WHEN 'referral' THEN coalesce(json_extract(fields, '$.reason'), '')
            WHEN 'plan_goal' THEN json_extract(fields, '$.goal')
            ELSE '' END
    FROM records
    WHERE deleted = 0
      AND type IN ('family', 'person', 'case', 'note', 'visit', 'referral', 'plan_goal');
    UPDATE case_index SET next_due = '9999-12-31' WHERE next_due IS NULL;
    DROP INDEX case_index_status;
    DROP INDEX case_index_worker;
    CREATE INDEX case_index_status_number ON case_index (status, case_number);
    CREATE INDEX case_index_status_family
        ON case_index (status, family_name COLLATE NOCASE, case_number);
    CREATE INDEX case_index_status_risk ON case_index (status, risk_rank, case_number);
    CREATE INDEX case_index_status_due ON case_index (status, next_due, case_number);
    CREATE INDEX case_index_status_updated ON case_index (status, updated_at, case_number);
    CREATE INDEX case_index_assigned_to_number ON case_index (assigned_to, case_number);
    CREATE INDEX case_index_assigned_to_family
        ON case_index (assigned_to, family_name COLLATE NOCASE, case_number);
    CREATE INDEX case_index_assigned_to_risk ON case_index (assigned_to, risk_rank, case_number);
    CREATE INDEX case_index_assigned_to_status ON case_index (assigned_to, status, case_number);
    CREATE INDEX case_index_assigned_to_due ON case_index (assigned_to, next_due, case_number);
    CREATE INDEX case_index_assigned_to_updated
        ON case_index (assigned_to, updated_at, case_number);
    CREATE INDEX case_index_risk_number ON case_index (risk, case_number);
    CREATE INDEX case_index_risk_family
        ON case_index (risk, family_name COLLATE NOCASE, case_number);
    CREATE INDEX case_index_risk_status ON case_index (risk, status, case_number);
    CREATE INDEX case_index_risk_due ON case_index (risk, next_due, case_number);
    CREATE INDEX case_index_risk_updated ON case_index (risk, updated_at, case_number);
    """,
    # 3: what sync needs on the device: the server's own state of each record (to rebase
    # pending local changes over what arrives), refused changes kept visible, and the forms
    # and directory the server publishes.
    """
    ALTER TABLE records ADD COLUMN server_fields TEXT CHECK (json_valid(server_fields));
    CREATE TABLE sync_issues (
        id          INTEGER PRIMARY KEY,
        op_id       TEXT NOT NULL UNIQUE,
        record_id   TEXT NOT NULL,
        record_type TEXT NOT NULL,
        case_id     TEXT,
        op          TEXT NOT NULL CHECK (json_valid(op)),
        reason      TEXT NOT NULL,
        at          TEXT NOT NULL,
        status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'dismissed'))
    );
    CREATE INDEX sync_issues_by_case ON sync_issues (case_id);
    CREATE TABLE forms (
        form_id    TEXT NOT NULL,
        version    INTEGER NOT NULL,
        definition TEXT NOT NULL CHECK (json_valid(definition)),
        PRIMARY KEY (form_id, version)
    ) WITHOUT ROWID;
    -- Attachment files written here and not yet uploaded (content address = sha256).
    CREATE TABLE blob_uploads (
        record_id TEXT PRIMARY KEY,
        sha256    TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE directory_users (
        username TEXT PRIMARY KEY,
        role     TEXT NOT NULL,
        teams    TEXT NOT NULL,
        active   INTEGER NOT NULL
    ) WITHOUT ROWID;
    """,
    # 4: the history of one record without scanning the whole audit log, and the number of
    # changes waiting to sync kept up to date by triggers (count(*) reads every outbox row).
    """
    CREATE INDEX audit_by_record ON audit (record_id);
    INSERT OR REPLACE INTO meta (key, value) SELECT 'outbox_count', count(*) FROM outbox;
    CREATE TRIGGER outbox_counted_in AFTER INSERT ON outbox BEGIN
        UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'outbox_count';
    END;
    CREATE TRIGGER outbox_counted_out AFTER DELETE ON outbox BEGIN
        UPDATE meta SET value = CAST(value AS INTEGER) - 1 WHERE key = 'outbox_count';
    END;
    """,
    # 5: recovery from a server restored from a backup (a new epoch): what this device knew
    # the lost server held, per record, until the re-pull from the new epoch has shown what
    # the restored server lost (casemgr.db.sync_store, docs/sync.md "Epoch").
    """
    CREATE TABLE epoch_snapshot (
        record_id TEXT PRIMARY KEY,
        rev       INTEGER NOT NULL,                       -- the lost server's revision
        fields    TEXT CHECK (json_valid(fields)),        -- its fields (NULL: deleted there)
        deleted   INTEGER NOT NULL CHECK (deleted IN (0, 1)),
        settled   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(settled))
                  -- fields a later op of this device already answered for in the new epoch
    ) WITHOUT ROWID;
    """,
    # 6: which fields each change of a record changed, from what to what, and who changed it:
    # local edits (written with their audit entry, `audit_seq`) and changes received by sync
    # (`audit_seq` NULL; `actor` is the server's updated_by). Values are case data: they stay
    # in this encrypted database, go with their case when it is evicted, and never sync.
    """
    CREATE TABLE record_changes (
        id        INTEGER PRIMARY KEY,
        record_id TEXT NOT NULL,
        case_id   TEXT,
        at        TEXT NOT NULL,
        actor     TEXT NOT NULL,
        source    TEXT NOT NULL CHECK (source IN ('local', 'sync')),
        audit_seq INTEGER,
        fields    TEXT NOT NULL CHECK (json_valid(fields))  -- {"field": [old, new], ...}
    );
    CREATE INDEX record_changes_by_record ON record_changes (record_id);
    CREATE INDEX record_changes_by_case ON record_changes (case_id);
    CREATE INDEX record_changes_by_audit ON record_changes (audit_seq);
    """,
    # 7: the supervisor's approval queue without decrypting every approval ever made: the
    # pending requests, and every request by what it asks about (to see a newer one), each
    # a partial index holding the fields the queue reads (casemgr.db.queries.pending_requests).
    """
    CREATE INDEX records_pending_requests
        ON records (json_extract(fields, '$.requested_at'), json_extract(fields, '$.subject_id'),
                    json_extract(fields, '$.kind'), json_extract(fields, '$.requested_by'),
                    type, deleted)
        WHERE type = 'approval' AND deleted = 0
              AND json_extract(fields, '$.decision') = 'pending';
    CREATE INDEX records_requests_by_subject
        ON records (json_extract(fields, '$.subject_id'), json_extract(fields, '$.kind'),
                    json_extract(fields, '$.requested_at'), type, deleted)
        WHERE type = 'approval' AND deleted = 0;
    """,
    # 8: the team caseload without decrypting every task and visit: the open tasks of each
    # case with their kind and due date, and the visits of each case by date, each a partial
    # index holding the fields read (casemgr.db.queries.worker_loads, case_work, and the case
    # list's "no visit since" filter).
    """
    CREATE INDEX records_open_tasks
        ON records (case_id, json_extract(fields, '$.kind'), json_extract(fields, '$.due_date'),
                    json_extract(fields, '$.status'), type, deleted)
        WHERE type = 'task' AND deleted = 0 AND json_extract(fields, '$.status') = 'open';
    CREATE INDEX records_visit_dates
        ON records (case_id, json_extract(fields, '$.visit_date'), type, deleted)
        WHERE type = 'visit' AND deleted = 0;
    """,
    # 9: the Dashboard's figures without decrypting every record (casemgr.db.queries): one
    # partial index per record type it counts, holding the fields it reads, so that each
    # figure reads one index. `type` and `deleted` close each index, constant as they are:
    # SQLite reads a partial index without the table only when it holds every column used.
    # And the cases by the day they were opened. (The visits by date, the first visit's, are
    # migration 8's records_visit_dates.)
    """
    CREATE INDEX records_case_closed
        ON records (id, json_extract(fields, '$.closed_on'), type) WHERE type = 'case';
    CREATE INDEX records_task_work
        ON records (json_extract(fields, '$.status'), json_extract(fields, '$.due_date'),
                    json_extract(fields, '$.completed_on'), case_id,
                    json_extract(fields, '$.assigned_to'), type, deleted)
        WHERE type = 'task' AND deleted = 0;
    CREATE INDEX case_index_opened ON case_index (opened_on, risk, assigned_to, team);
    CREATE INDEX records_plan_decisions
        ON records (json_extract(fields, '$.kind'), case_id, json_extract(fields, '$.decision'),
                    json_extract(fields, '$.requested_at'),
                    json_extract(fields, '$.decided_at'), type, deleted)
        WHERE type = 'approval' AND deleted = 0;
    CREATE INDEX records_referral_outcomes
        ON records (json_extract(fields, '$.sent_on'), case_id,
                    json_extract(fields, '$.service_type'), json_extract(fields, '$.status'),
                    type, deleted)
        WHERE type = 'referral' AND deleted = 0;
    """,
    # 10: an audit entry's detail: metadata of what it records (an export's format, tables,
    # scope and row counts), never case data; part of the entry's hash.
    """
    ALTER TABLE audit ADD COLUMN detail TEXT CHECK (detail IS NULL OR json_valid(detail));
    """,
    # 11: the restricted values the server withheld from this user, by name
    # (a JSON list; NULL: none), so the views say "Restricted" instead of showing a blank.
    """
    ALTER TABLE records ADD COLUMN withheld TEXT
        CHECK (withheld IS NULL OR json_valid(withheld));
    """,
    # 12: the audit chain in fewer bytes (issue 13, item 6; bench/workspace_size.py): each
    # hash as its 32 bytes instead of 64 hex characters, a record id that is a UUID as its
    # 16 bytes instead of 36 characters (any other id stays text). Entries hash over the
    # text forms as before (casemgr.db.audit), so the chain verifies across the migration. A
    # hash that is not hex (an edited entry) is kept as its bytes, and verifying reports it.
    f"""
    CREATE TABLE audit_packed (
        seq         INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        action      TEXT NOT NULL,
        record_id   BLOB,                  -- a UUID as 16 bytes, any other id as text
        record_type TEXT,
        prev_hash   BLOB NOT NULL,         -- 32 bytes
        hash        BLOB NOT NULL,         -- 32 bytes
        detail      TEXT CHECK (detail IS NULL OR json_valid(detail))
    );
    INSERT INTO audit_packed (seq, at, actor, action, record_id, record_type, prev_hash, hash,
                              detail)
    SELECT seq, at, actor, action,
        CASE WHEN record_id GLOB '{UUID_GLOB}'
             THEN unhex(replace(record_id, '-', '')) ELSE record_id END,
        record_type, coalesce(unhex(prev_hash), CAST(prev_hash AS BLOB)),
        coalesce(unhex(hash), CAST(hash AS BLOB)), detail
    FROM audit;
    DROP TABLE audit;
    ALTER TABLE audit_packed RENAME TO audit;
    CREATE INDEX audit_by_record ON audit (record_id);
    """,  # nosec B608 # a constant pattern, the migration has no input
    # 13: one copy of a record's fields where the server's state of it is its local view
    # (everything synced, nothing pending: most records), instead of the same JSON twice:
    # server_fields holds the JSON string "fields" (casemgr.db.sync_store.SAME_AS_FIELDS).
    # Any write that then changes `fields` without naming server_fields keeps the server's
    # state: this trigger copies the old fields into server_fields. So the marker is set
    # only when a row is inserted or by an UPDATE of server_fields alone, never together
    # with new fields.
    """
    UPDATE records SET server_fields = '"fields"' WHERE server_fields = fields;
    CREATE TRIGGER records_server_fields_kept AFTER UPDATE OF fields ON records
    WHEN OLD.server_fields = '"fields"' AND NEW.server_fields = '"fields"'
         AND NEW.fields IS NOT OLD.fields
    BEGIN
        UPDATE records SET server_fields = OLD.fields WHERE rid = NEW.rid;
    END;
    """,
    # 14: the outbox and the audit chain in fewer bytes (issue 13, item 6;
    # bench/workspace_size.py). An op's changes whose every base is null (a create, most of
    # what a workspace written offline holds) as [{"field": value, ...}], each value once
    # without its {"base":null,"value":…} (casemgr.db.store.pack_changes), and no unique
    # index on op_id: a UUIDv7 minted here, never looked up on the device (the server dedups
    # by it). An audit entry without its copy of the previous entry's hash: each hash is
    # still computed over the previous one, which verifying reads from the entry before
    # (casemgr.db.audit), so an old chain verifies as before and a broken one stays broken.
    """
    CREATE TABLE audit_chained (
        seq         INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        action      TEXT NOT NULL,
        record_id   BLOB,                  -- a UUID as 16 bytes, any other id as text
        record_type TEXT,
        hash        BLOB NOT NULL,         -- 32 bytes: SHA-256(previous hash || entry)
        detail      TEXT CHECK (detail IS NULL OR json_valid(detail))
    );
    INSERT INTO audit_chained (seq, at, actor, action, record_id, record_type, hash, detail)
    SELECT seq, at, actor, action, record_id, record_type, hash, detail FROM audit;
    DROP TABLE audit;
    ALTER TABLE audit_chained RENAME TO audit;
    CREATE INDEX audit_by_record ON audit (record_id);
    CREATE TABLE outbox_packed (
        client_seq  INTEGER PRIMARY KEY,
        op_id       TEXT NOT NULL,
        record_id   TEXT NOT NULL,
        record_type TEXT NOT NULL,
        case_id     TEXT,
        kind        TEXT NOT NULL CHECK (kind IN ('create', 'update', 'delete')),
        base_rev    INTEGER NOT NULL,
        changes     TEXT NOT NULL CHECK (json_valid(changes)),
        hlc         TEXT NOT NULL,
        created_at  TEXT NOT NULL
    );
    INSERT INTO outbox_packed (client_seq, op_id, record_id, record_type, case_id, kind,
                               base_rev, changes, hlc, created_at)
    SELECT client_seq, op_id, record_id, record_type, case_id, kind, base_rev,
        CASE WHEN json_type(changes) = 'object'
                  AND EXISTS (SELECT 1 FROM json_each(o.changes))
                  AND NOT EXISTS (
                      SELECT 1 FROM json_each(o.changes) c
                      WHERE c.type != 'object' OR json_type(c.value, '$.base') IS NOT 'null'
                         OR json_type(c.value, '$.value') IS NULL
                         OR (SELECT count(*) FROM json_each(c.value)) != 2)
             THEN (SELECT json_array(json_group_object(c.key, json(c.value -> '$.value')))
                   FROM json_each(o.changes) c)
             ELSE changes END,
        hlc, created_at
    FROM outbox o;
    DROP TABLE outbox;
    ALTER TABLE outbox_packed RENAME TO outbox;
    CREATE INDEX outbox_by_record ON outbox (record_id);
    CREATE TRIGGER outbox_counted_in AFTER INSERT ON outbox BEGIN
        UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'outbox_count';
    END;
    CREATE TRIGGER outbox_counted_out AFTER DELETE ON outbox BEGIN
        UPDATE meta SET value = CAST(value AS INTEGER) - 1 WHERE key = 'outbox_count';
    END;
    """,
]

LATEST = len(MIGRATIONS)

# Pages the workspace no longer uses go back to the disk (`auto_vacuum = INCREMENTAL`, then
# `reclaim_free_pages` after a sync; issue 13, item 6): a new file gets it before its first
# table; an existing one with the VACUUM that converts it, after an upgrade (whose rewritten
# tables leave free pages too), if its data is at most COMPACT_LIMIT. VACUUM copies the
# database through SQLite's temporary store, which the workspace keeps in memory so that no
# plain temporary file is written; a larger workspace keeps reusing its free pages instead,
# and is tried again at the next upgrade.
COMPACT_LIMIT = 256 * 2**20
RECLAIM_MIN_PAGES = 1024  # 4 MiB: fewer free pages are left for the next writes


def schema_version(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Any, target: int | None = None) -> int:
    """Bring the schema to `target` (default: the latest), one transaction per step."""
    target = len(MIGRATIONS) if target is None else target
    current = schema_version(conn)
    if current > len(MIGRATIONS):
        raise RuntimeError(
            f"This workspace was written by a newer casemgr (schema {current}); update casemgr."
        )
    if current == 0 and target == len(MIGRATIONS):
        _incremental_vacuum_on(conn)  # an empty file: the VACUUM costs nothing
    for version in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[version - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    if 0 < current < target == len(MIGRATIONS):
        _compact_upgraded(conn)
    return schema_version(conn)


def _pragma(conn: Any, name: str) -> int:
    return int(conn.execute(f"PRAGMA {name}").fetchone()[0])


def _incremental_vacuum_on(conn: Any) -> None:
    if _pragma(conn, "auto_vacuum") != 2:
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        conn.execute("VACUUM")


def _compact_upgraded(conn: Any) -> None:
    """Rewrite an upgraded workspace without its free pages, with incremental auto-vacuum
    from then on, if it is small enough (COMPACT_LIMIT). Not done (a full disk, say) is no
    loss: the free pages stay for later writes, and the workspace works as before."""
    live = (_pragma(conn, "page_count") - _pragma(conn, "freelist_count")) \
        * _pragma(conn, "page_size")
    if live > COMPACT_LIMIT:
        return
    try:
        _incremental_vacuum_on(conn)
    except DatabaseError as exc:
        _log.warning("The workspace was not compacted after its upgrade (%s); it works as "
                     "before.", type(exc).__name__)


def reclaim_free_pages(conn: Any) -> int:
    """Give the pages the workspace no longer uses back to the disk (after a sync removed
    acknowledged or evicted rows), when there are at least RECLAIM_MIN_PAGES of them and the
    file has incremental auto-vacuum. Its own transaction, outside any other. Returns the
    number of pages given back."""
    free = _pragma(conn, "freelist_count")
    if free < RECLAIM_MIN_PAGES or _pragma(conn, "auto_vacuum") != 2:
        return 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("PRAGMA incremental_vacuum").fetchall()
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back already (a full disk)
            conn.execute("ROLLBACK")
        raise
    return free - _pragma(conn, "freelist_count")


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit behind our back)."""
    import sqlite3  # complete_statement only; the connection may be SQLCipher's

    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip() and not buf.strip().startswith("--"):
        out.append(buf.strip())
    return out


__all__ = ["LATEST", "MIGRATIONS", "DatabaseError", "migrate", "reclaim_free_pages",
           "schema_version"]
