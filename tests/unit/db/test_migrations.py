"""Schema migrations: from an empty file and from every earlier version to the latest."""

from __future__ import annotations

import pytest

from casemgr.db import migrations
from casemgr.db.connection import open_encrypted
from casemgr.db.keys import new_data_key


def schema(conn) -> list[tuple]:
    return sorted(conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall())


@pytest.fixture
def fresh(tmp_path):
    conn = open_encrypted(tmp_path / "fresh.db", new_data_key())
    migrations.migrate(conn)
    yield conn
    conn.close()


def test_empty_file_reaches_the_latest_version(fresh):
    assert migrations.schema_version(fresh) == migrations.LATEST
    assert fresh.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # incremental
    names = {row[1] for row in schema(fresh)}
    assert {"records", "outbox", "audit", "case_index", "meta", "search"} <= names


@pytest.mark.parametrize("start", range(migrations.LATEST))
def test_every_earlier_version_upgrades_to_the_same_schema(tmp_path, fresh, start):
    conn = open_encrypted(tmp_path / f"v{start}.db", new_data_key())
    migrations.migrate(conn, target=start)
    assert migrations.schema_version(conn) == start
    migrations.migrate(conn)
    assert schema(conn) == schema(fresh)
    conn.close()


def test_migrating_twice_changes_nothing(fresh):
    before = schema(fresh)
    assert migrations.migrate(fresh) == migrations.LATEST
    assert schema(fresh) == before


def test_a_failed_migration_leaves_the_previous_version(tmp_path, monkeypatch):
    conn = open_encrypted(tmp_path / "broken.db", new_data_key())
    migrations.migrate(conn)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS,
                        "CREATE TABLE half_done (x);\nTHIS IS NOT SQL;"])
    monkeypatch.setattr(migrations, "LATEST", len(migrations.MIGRATIONS))
    with pytest.raises(Exception, match="syntax error"):
        migrations.migrate(conn)
    assert migrations.schema_version(conn) == migrations.LATEST - 1
    assert "half_done" not in {row[1] for row in schema(conn)}
    conn.close()


def test_a_workspace_from_a_newer_casemgr_is_refused(fresh):
    fresh.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    with pytest.raises(RuntimeError, match="newer casemgr"):
        migrations.migrate(fresh)


def test_version_1_data_is_searchable_and_listed_after_upgrading(tmp_path, clock):
    """Records written under schema 1 are found by the two-column search of schema 2."""
    from casemgr.db.store import CaseQuery, CaseSort
    from casemgr.db.workspace import Workspace, WorkspaceInfo, WorkspacePaths

    conn = open_encrypted(tmp_path / "v1.db", new_data_key())
    migrations.migrate(conn, target=1)
    case_id = "0190aaaa-0000-7000-8000-00000000000c"
    genesis = "0" * 64
    conn.executescript(f"""
        INSERT INTO meta VALUES ('user', 'amina'), ('device_id', 'd'), ('device_prefix', 'ABCD'),
            ('next_client_seq', '1'), ('case_counter', '1'), ('audit_head', '{genesis}'),
            ('audit_count', '0'), ('hlc_last', ''), ('key_version', '1');
        INSERT INTO records (rid, id, type, case_id, fields, created_at, created_by,
                             updated_at, updated_by, hlc)
        VALUES (1, '0190aaaa-0000-7000-8000-00000000000f', 'family', '{case_id}',
                '{{"name": "Okafor"}}', 't', 'amina', 't', 'amina', 'h'),
               (2, '0190aaaa-0000-7000-8000-00000000000e', 'note', '{case_id}',
                '{{"text": "grandmother in Enugu"}}', 't', 'amina', 't', 'amina', 'h');
        INSERT INTO search (rowid, text) VALUES (1, 'Okafor'), (2, 'grandmother in Enugu');
        INSERT INTO case_index VALUES ('{case_id}', 'ABCD-00001', 'Okafor', 'Ada', 'open', 'high',
            3, 'amina', NULL, '2026-11-01', NULL, 't');
    """)
    migrations.migrate(conn)
    info = WorkspaceInfo("amina", "0190aaaa-0000-7000-8000-0000000000dd", None, "t")
    ws = Workspace(WorkspacePaths(tmp_path), info, conn, clock)
    assert ws.store.search("okaf").case_ids == [case_id]
    assert ws.store.search("enugu").case_ids == [case_id]
    rows = ws.store.list_cases(CaseQuery(sort=CaseSort.NEXT_DUE))
    assert [(r.case_id, r.next_due) for r in rows] == [(case_id, None)]
    conn.close()


def test_version_4_workspace_starts_with_no_epoch_recovery_pending(tmp_path):
    """Schema 5 adds the epoch snapshot empty: a workspace synced under schema 4 is not
    recovering from a restore until its server's epoch changes."""
    conn = open_encrypted(tmp_path / "v4.db", new_data_key())
    migrations.migrate(conn, target=4)
    conn.execute(
        "INSERT INTO records (id, type, case_id, fields, rev, created_at, created_by, "
        "updated_at, updated_by, hlc, server_fields) VALUES ('r1', 'note', 'c1', "
        "'{\"text\": \"x\"}', 3, 't', 'amina', 't', 'amina', 'h', '{\"text\": \"x\"}')")
    migrations.migrate(conn)
    assert conn.execute("SELECT count(*) FROM epoch_snapshot").fetchone()[0] == 0
    conn.execute("INSERT INTO epoch_snapshot (record_id, rev, fields, deleted) "
                 "SELECT id, rev, server_fields, 0 FROM records")
    assert conn.execute("SELECT record_id, rev, settled FROM epoch_snapshot").fetchall() == [
        ("r1", 3, "[]")]
    conn.close()


def _version_10_chain(conn, entries) -> None:
    """Audit entries as schema 10 stored them: hex hashes, ids as text."""
    from casemgr.db.audit import GENESIS, entry_hash

    prev = GENESIS
    for seq, (action, record_id, detail) in enumerate(entries, start=1):
        digest = entry_hash(prev, seq, "2026-11-02T10:00:00.000Z", "amina", action, record_id,
                            "case" if record_id else None, detail)
        conn.execute("INSERT INTO audit (seq, at, actor, action, record_id, record_type, "
                     "prev_hash, hash, detail) VALUES (?, '2026-11-02T10:00:00.000Z', 'amina', "
                     "?, ?, ?, ?, ?, ?)", (seq, action, record_id,
                                           "case" if record_id else None, prev, digest, detail))
        prev = digest
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [
        ("user", "amina"), ("device_id", "d"), ("device_prefix", "ABCD"),
        ("next_client_seq", "1"), ("case_counter", "0"), ("audit_head", prev),
        ("audit_count", str(len(entries))), ("hlc_last", ""), ("key_version", "1")])


def test_a_version_10_audit_chain_verifies_after_packing_and_goes_on(tmp_path, clock):
    """Schema 11 stores hashes and UUID record ids as bytes: the chain written before still
    verifies, reads give back the same ids, and new entries continue it."""
    from casemgr.db import queries
    from casemgr.db.audit import verify_chain
    from casemgr.db.workspace import Workspace, WorkspaceInfo, WorkspacePaths

    case_id = "0190aaaa-0000-7000-8000-00000000000c"
    conn = open_encrypted(tmp_path / "v10.db", new_data_key())
    migrations.migrate(conn, target=10)
    _version_10_chain(conn, [("create", case_id, None), ("open_case", case_id, None),
                             ("password_change", None, None),
                             ("export", "not-a-uuid", '{"format":"csv"}')])
    assert verify_chain(conn).ok
    assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 0
    migrations.migrate(conn)
    assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # compacted on upgrade
    assert conn.execute("SELECT DISTINCT typeof(hash), length(hash) "
                        "FROM audit").fetchall() == [("blob", 32)]
    assert conn.execute("SELECT typeof(record_id), length(record_id) FROM audit WHERE seq = 1"
                        ).fetchone() == ("blob", 16)
    report = verify_chain(conn)
    assert report.ok and report.entries == 4
    info = WorkspaceInfo("amina", "0190aaaa-0000-7000-8000-0000000000dd", None, "t")
    ws = Workspace(WorkspacePaths(tmp_path), info, conn, clock)
    assert [(e["action"], e["record_id"]) for e in ws.store.audit_entries()] == [
        ("create", case_id), ("open_case", case_id), ("password_change", None),
        ("export", "not-a-uuid")]
    assert [e["action"] for e in ws.store.audit_entries(case_id)] == ["create", "open_case"]
    assert [e.action for e in queries.audit_history(ws, [case_id, "not-a-uuid"])] == [
        "export", "open_case", "create"]
    ws.store.audit_only("open_case", case_id, "case")
    report = verify_chain(conn)
    assert report.ok and report.entries == 5
    conn.close()


def test_an_entry_edited_before_version_12_is_still_reported(tmp_path, monkeypatch):
    """(And a workspace too large to compact on upgrade is upgraded all the same.)"""
    from casemgr.db.audit import verify_chain

    monkeypatch.setattr(migrations, "COMPACT_LIMIT", 0)

    conn = open_encrypted(tmp_path / "v10.db", new_data_key())
    migrations.migrate(conn, target=10)
    _version_10_chain(conn, [("create", "0190aaaa-0000-7000-8000-00000000000c", None),
                             ("password_change", None, None)])
    conn.execute("UPDATE audit SET hash = 'not hex at all' WHERE seq = 1")
    migrations.migrate(conn)
    assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 0
    report = verify_chain(conn)
    assert not report.ok and "entry 1 was altered" in report.problems[0]
    conn.close()


def test_version_12_synced_records_keep_one_copy_of_their_fields(tmp_path, clock):
    """Schema 13 keeps a synced record's fields once; the server's state of it is still
    there for a local edit that the server then refuses."""
    from casemgr.db.sync_store import PushOutcome, SyncStore
    from casemgr.db.workspace import Workspace, WorkspaceInfo, WorkspacePaths

    conn = open_encrypted(tmp_path / "v12.db", new_data_key())
    migrations.migrate(conn, target=12)
    _version_10_chain(conn, [])
    family = '{"name":"Okafor","area":"Riverside"}'
    conn.execute(
        "INSERT INTO records (id, type, case_id, fields, rev, created_at, created_by, "
        "updated_at, updated_by, hlc, server_fields) VALUES ('0190aaaa-0000-7000-8000-"
        "00000000000f', 'family', NULL, ?, 3, 't', 'amina', 't', 'amina', 'h', ?)",
        (family, family))
    migrations.migrate(conn)
    assert conn.execute("SELECT server_fields FROM records").fetchone()[0] == '"fields"'
    info = WorkspaceInfo("amina", "0190aaaa-0000-7000-8000-0000000000dd", None, "t")
    ws = Workspace(WorkspacePaths(tmp_path), info, conn, clock)
    family_id = "0190aaaa-0000-7000-8000-00000000000f"
    with ws.store.write("amina") as tx:
        tx.update(family_id, {"name": "Okafor-Eze"})
    [op] = ws.store.outbox()
    SyncStore(ws).apply_push_results([op], [PushOutcome(op.client_seq, op.op_id, "rejected",
                                                        3, "not yours")])
    assert ws.store.get(family_id).fields == {"name": "Okafor", "area": "Riverside"}
    conn.close()


def test_version_13_outbox_sends_the_same_ops_after_packing(tmp_path, clock):
    """Schema 14 keeps a create's values once in the outbox: the ops waiting to sync under
    schema 13 are read back the same (values of every JSON type), still counted, and sent
    and acknowledged like the ops written after the upgrade."""
    import json

    from casemgr.db.sync_store import PushOutcome, SyncStore
    from casemgr.db.workspace import Workspace, WorkspaceInfo, WorkspacePaths
    from casemgr.domain.records import RecordType

    conn = open_encrypted(tmp_path / "v13.db", new_data_key())
    migrations.migrate(conn, target=13)
    _version_10_chain(conn, [])
    family_id, case_id = "0190aaaa-0000-7000-8000-00000000000f", "0190aaaa-0000-7000-8000-0c"
    create = {"name": {"base": None, "value": "Okafor \"Ada\" é"},
              "members": {"base": None, "value": [1, 2.5, True, None, {"x": False}]},
              "consent": {"base": None, "value": True}, "size": {"base": None, "value": 3}}
    update = {"name": {"base": "Okafor", "value": "Okafor-Eze"},
              "area": {"base": None, "value": "Riverside"}}
    ops = [(1, "create", 0, create), (2, "update", 0, update), (3, "delete", 0, {})]
    conn.executemany(
        "INSERT INTO outbox (client_seq, op_id, record_id, record_type, case_id, kind, base_rev, "
        "changes, hlc, created_at) VALUES (?, ?, ?, 'family', ?, ?, ?, ?, 'h', 't')",
        [(seq, f"op-{seq}", family_id, case_id, kind, rev,
          json.dumps(changes, separators=(",", ":"), ensure_ascii=False))
         for seq, kind, rev, changes in ops])
    conn.execute("UPDATE meta SET value = '4' WHERE key = 'next_client_seq'")
    migrations.migrate(conn)
    assert conn.execute("SELECT changes FROM outbox WHERE client_seq = 1").fetchone()[0] == (
        '[{"name":"Okafor \\"Ada\\" é","members":[1,2.5,true,null,{"x":false}],'
        '"consent":true,"size":3}]')
    info = WorkspaceInfo("amina", "0190aaaa-0000-7000-8000-0000000000dd", None, "t")
    ws = Workspace(WorkspacePaths(tmp_path), info, conn, clock)
    assert [(op.client_seq, op.op_id, op.kind, op.changes) for op in ws.store.outbox()] == [
        (seq, f"op-{seq}", kind, changes) for seq, kind, _, changes in ops]
    assert ws.store.outbox_count() == 3
    with ws.store.write("amina") as tx:
        provider = tx.create(RecordType.PROVIDER, {"name": "Enugu family centre"}, case_id=None)
    store = SyncStore(ws)
    pending = store.pending(10)
    assert [(op.kind, op.changes) for op in pending][-1] == (
        "create", {"name": {"base": None, "value": "Enugu family centre"}})
    assert pending[-1].record_id == provider.id and ws.store.outbox_count() == 4
    store.apply_push_results(pending, [PushOutcome(op.client_seq, op.op_id, "applied", 1)
                                       for op in pending])
    assert ws.store.outbox_count() == 0 and ws.store.outbox() == []
    conn.close()


def _version_13_chain(conn, actors) -> None:
    """Audit entries as schema 13 stored them: each with the previous entry's hash."""
    from casemgr.db.audit import GENESIS, entry_hash

    prev = GENESIS
    for seq, actor in enumerate(actors, start=1):
        digest = entry_hash(prev, seq, "2026-11-02T10:00:00.000Z", actor, "open_case", None,
                            None)
        conn.execute("INSERT INTO audit (seq, at, actor, action, prev_hash, hash) VALUES "
                     "(?, '2026-11-02T10:00:00.000Z', ?, 'open_case', ?, ?)",
                     (seq, actor, bytes.fromhex(prev), bytes.fromhex(digest)))
        prev = digest
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [
        ("user", "amina"), ("device_id", "d"), ("device_prefix", "ABCD"),
        ("next_client_seq", "1"), ("case_counter", "0"), ("audit_head", prev),
        ("audit_count", str(len(actors))), ("hlc_last", ""), ("key_version", "1")])


def test_a_version_13_audit_chain_verifies_without_its_copies_of_hashes(tmp_path, clock):
    """Schema 14 keeps each entry's own hash only: a chain written before verifies and goes
    on, and one rewritten before the upgrade is still reported."""
    from casemgr.db.audit import GENESIS, entry_hash, verify_chain
    from casemgr.db.workspace import Workspace, WorkspaceInfo, WorkspacePaths

    conn = open_encrypted(tmp_path / "v13.db", new_data_key())
    migrations.migrate(conn, target=13)
    _version_13_chain(conn, ["amina", "amina", "amina"])
    migrations.migrate(conn)
    assert "prev_hash" not in {r[1] for r in conn.execute("PRAGMA table_info(audit)")}
    assert verify_chain(conn).ok
    info = WorkspaceInfo("amina", "0190aaaa-0000-7000-8000-0000000000dd", None, "t")
    ws = Workspace(WorkspacePaths(tmp_path), info, conn, clock)
    ws.store.audit_only("open_case", "0190aaaa-0000-7000-8000-00000000000c", "case")
    report = verify_chain(conn)
    assert report.ok and report.entries == 4
    conn.close()

    # Entry 2 rewritten under schema 13 with its own hash recomputed (its copy of entry 1's
    # hash untouched): after the upgrade, entry 3 no longer verifies.
    conn = open_encrypted(tmp_path / "v13-forged.db", new_data_key())
    migrations.migrate(conn, target=13)
    _version_13_chain(conn, ["amina", "amina", "amina"])
    first = entry_hash(GENESIS, 1, "2026-11-02T10:00:00.000Z", "amina", "open_case", None, None)
    forged = entry_hash(first, 2, "2026-11-02T10:00:00.000Z", "mallory", "open_case", None,
                        None)
    conn.execute("UPDATE audit SET actor = 'mallory', hash = ? WHERE seq = 2",
                 (bytes.fromhex(forged),))
    migrations.migrate(conn)
    assert verify_chain(conn).problems == ["entry 3 was altered (or entry 2 was rewritten)"]
    conn.close()
