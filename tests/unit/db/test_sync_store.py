"""Sync bookkeeping on a real workspace: pages applied whole, local edits rebased over what
arrives, refused changes kept visible, evicted cases purged without a trace."""

from __future__ import annotations

import pytest

from casemgr.db.store import CaseQuery
from casemgr.db.sync_store import PushOutcome, RemoteRecord, SyncStore
from casemgr.db.workspace import unlock_workspace
from casemgr.domain.ids import uuid7
from casemgr.domain.records import RecordType
from tests.support.workspaces import FAST_KDF, PASSWORD, add_case


def remote(record_id, rtype, case_id, fields, rev=1, seq=1, deleted=False, by="brian"):
    return RemoteRecord(record_id, rtype, case_id, fields, rev, seq, "2026-11-17T10:00:00Z", by,
                        "2026-11-17T10:00:00Z", by, deleted)


def remote_case(case_id=None, family="Banda", risk="medium", seq=1):
    case_id = case_id or uuid7()
    family_id = uuid7()
    return case_id, [
        remote(family_id, "family", case_id, {"name": family}, seq=seq),
        remote(case_id, "case", case_id, {
            "case_number": "SRVR-00001", "family_id": family_id, "status": "active",
            "assigned_to": "amina", "legal_basis": "consent", "opened_on": "2026-10-01",
            "risk": risk}, seq=seq + 1),
    ]


def test_a_pulled_page_lands_whole_with_its_cursor(workspace):
    sync = SyncStore(workspace)
    case_id, records = remote_case(family="Banda")
    summary = sync.apply_pull_page(records, next_cursor=2, epoch="e1")
    assert summary.records == 2
    assert sync.state().cursor == 2 and sync.state().epoch == "e1"
    assert [r.family_name for r in workspace.store.list_cases(CaseQuery())] == ["Banda"]
    assert workspace.store.search("band").case_ids == [case_id]
    assert workspace.store.outbox() == []  # what arrives is not sent back


def test_a_page_that_fails_midway_changes_nothing(workspace):
    sync = SyncStore(workspace)
    _, records = remote_case()
    broken = remote(uuid7(), "not-a-type", None, {})
    with pytest.raises(ValueError):
        sync.apply_pull_page([*records, broken], next_cursor=3, epoch="e1")
    assert sync.state().cursor == 0
    assert workspace.store.count_cases(CaseQuery()) == 0


def test_a_pending_local_edit_stays_visible_over_a_newer_server_state(workspace):
    sync = SyncStore(workspace)
    case_id, records = remote_case(risk="medium")
    sync.apply_pull_page(records, next_cursor=2, epoch="e1")
    with workspace.store.write("amina") as tx:
        tx.update(case_id, {"risk": "high"})  # offline edit, not yet pushed
    newer = remote(case_id, "case", case_id, {**records[1].fields, "risk": "medium",
                                              "summary": "school visit done"}, rev=2, seq=5)
    sync.apply_pull_page([newer], next_cursor=5, epoch="e1")
    case = workspace.store.require(case_id)
    assert case.fields["risk"] == "high"  # mine, still to be pushed
    assert case.fields["summary"] == "school visit done"  # theirs, arrived
    assert case.rev == 2
    [op] = workspace.store.outbox()
    assert op.changes == {"risk": {"base": "medium", "value": "high"}} and op.base_rev == 1


def test_acknowledged_ops_leave_the_outbox(workspace):
    sync = SyncStore(workspace)
    case_id = add_case(workspace)
    ops = workspace.store.outbox()
    outcomes = [PushOutcome(op.client_seq, op.op_id, "applied", 1) for op in ops]
    summary = sync.apply_push_results(ops, outcomes)
    assert summary.applied == len(ops) and sync.outbox_count() == 0
    assert workspace.store.require(case_id).rev == 1


def test_a_refused_edit_is_kept_visible_and_taken_out_of_the_local_view(workspace):
    sync = SyncStore(workspace)
    case_id, records = remote_case(risk="medium")
    sync.apply_pull_page(records, next_cursor=2, epoch="e1")
    with workspace.store.write("amina") as tx:
        tx.update(case_id, {"risk": "low"})
    ops = workspace.store.outbox()
    sync.apply_push_results(ops, [PushOutcome(ops[0].client_seq, ops[0].op_id, "rejected", 1,
                                              "This case is not assigned to you.")])
    assert workspace.store.require(case_id).fields["risk"] == "medium"
    [issue] = sync.issues()
    assert issue["reason"] == "This case is not assigned to you."
    assert issue["op"]["changes"]["risk"]["value"] == "low"
    assert workspace.store.list_cases(CaseQuery())[0].risk == "medium"


def test_a_refused_new_record_disappears_locally_but_not_from_the_issues(workspace):
    sync = SyncStore(workspace)
    case_id, records = remote_case()
    sync.apply_pull_page(records, next_cursor=2, epoch="e1")
    with workspace.store.write("amina") as tx:
        note = tx.create(RecordType.NOTE, {"text": "saw the uncle"}, case_id=case_id)
    ops = workspace.store.outbox()
    sync.apply_push_results(ops, [PushOutcome(o.client_seq, o.op_id, "rejected", 0, "closed")
                                  for o in ops])
    assert workspace.store.get(note.id).deleted
    assert not workspace.store.search("uncle").case_ids
    assert sync.issues()[0]["op"]["changes"]["text"]["value"] == "saw the uncle"


def test_an_evicted_case_leaves_no_row_behind(workspace, data_dir):
    sync = SyncStore(workspace)
    keep = add_case(workspace, family="Keep", note="keep this")
    gone = add_case(workspace, family="Gone", note="remove this")
    stray = workspace.paths.attachments / "blob-of-gone"  # a file no record names
    stray.write_bytes(b"x")
    with workspace.store.write("amina") as tx:
        att = tx.create(RecordType.ATTACHMENT, {"filename": "report.pdf"}, case_id=gone)
        tx.update(gone, {"summary": "what changed stays with its case"})
    (workspace.paths.attachments / att.id).write_bytes(b"ciphertext")
    sync.purge_case(gone, "amina")
    c = workspace.conn
    assert c.execute("SELECT count(*) FROM records WHERE case_id = ?", (gone,)).fetchone()[0] == 0
    assert c.execute("SELECT count(*) FROM record_changes WHERE case_id = ?",
                     (gone,)).fetchone()[0] == 0
    assert c.execute("SELECT count(*) FROM outbox WHERE case_id = ?", (gone,)).fetchone()[0] == 0
    assert [r.case_id for r in workspace.store.list_cases(CaseQuery())] == [keep]
    assert not workspace.store.search("remove").case_ids
    assert workspace.store.search("keep").case_ids
    assert not (workspace.paths.attachments / att.id).exists()
    assert workspace.store.audit_entries()[-1]["action"] == "evict_case"
    assert workspace.check() == []
    # The stray file is not the case's (no record names it), so the purge leaves it; the
    # sweep at the next unlock removes it.
    assert stray.exists()
    workspace.close()
    unlock_workspace(data_dir, "amina", PASSWORD, kdf_policy=FAST_KDF).close()
    assert not stray.exists()


def test_records_of_a_case_not_given_are_refused_and_the_page_goes_on(workspace, caplog):
    """Scope on pull (issue 9, item 3): a forged page with a note of a case this device holds
    no case record for, and that does not bring it, stores nothing of it; the rest lands."""
    sync = SyncStore(workspace)
    # A whole case in seq order: its case record comes after its family and a note.
    case_id, whole = remote_case(seq=2)
    note = remote(uuid7(), "note", case_id, {"text": "Visited"}, seq=5)
    first = sync.apply_pull_page([whole[0], note, whole[1]], next_cursor=5, epoch="e1")
    assert (first.records, first.refused) == (3, 0)
    foreign = uuid7()
    forged = [remote(uuid7(), "note", foreign, {"text": "Someone else's family"}, seq=6),
              remote(uuid7(), "person", foreign, {"given_name": "Kim"}, seq=7),
              remote(uuid7(), "note", None, {"text": "A note of no case"}, seq=8),
              remote(uuid7(), "note", case_id, {"text": "Later visit"}, seq=9),  # held case
              remote(uuid7(), "provider", None, {"name": "Clinic"}, seq=10)]  # directory
    with caplog.at_level("WARNING", logger="casemgr.db.sync_store"):
        summary = sync.apply_pull_page(forged, next_cursor=10, epoch="e1")
    assert (summary.records, summary.refused) == (2, 3)
    assert sync.state().cursor == 10  # the sync goes on
    with workspace.transaction() as conn:
        stored = {row[0] for row in conn.execute("SELECT id FROM records")}
    assert stored == {r.id for r in [*whole, note, forged[3], forged[4]]}
    assert workspace.store.case_records(foreign) == []
    assert "Refused 3 pulled record(s)" in caplog.text
    assert "Someone else" not in caplog.text and foreign not in caplog.text


def test_each_change_keeps_which_fields_it_changed_local_or_received(workspace):
    """The case file's History: a local edit logs its fields (old and new) with its audit
    entry; a pulled record that replaces a stored one logs what the server's version changed,
    under the server's `updated_by`; an echo of what this device already shows logs nothing."""
    from casemgr.db import queries

    sync = SyncStore(workspace)
    case_id, records = remote_case(risk="medium")
    sync.apply_pull_page(records, next_cursor=2, epoch="e1")
    with workspace.store.write("amina") as tx:
        tx.update(case_id, {"summary": "Father moved out."})
    [local] = [e for e in queries.audit_history(workspace, [case_id]) if e.action == "update"]
    assert (local.actor, local.source) == ("amina", "local")
    assert local.changes == {"summary": (None, "Father moved out.")}

    theirs = remote(case_id, "case", case_id, {**records[1].fields, "risk": "high",
                                               "summary": "Father moved out."},
                    rev=2, seq=5, by="brian")
    sync.apply_pull_page([theirs], next_cursor=5, epoch="e1")
    sync.apply_pull_page([theirs], next_cursor=6, epoch="e1")  # the same again: no entry
    [received] = queries.synced_history(workspace, [case_id])
    assert (received.actor, received.source, received.action) == ("brian", "sync", "update")
    assert received.changes == {"risk": ("medium", "high")}  # the summary was ours already
    assert received.record_type == "case"


def test_a_catch_up_page_lands_in_bulk_as_if_record_by_record(workspace):
    """Nothing pending: held records are updated for the whole page at once, yet each
    change is in the History (a record twice in the page: twice), search finds the new names
    only, the case list shows the page's last state, and one copy of the fields is kept."""
    from casemgr.db import queries

    sync = SyncStore(workspace)
    case_id, (family, case) = remote_case(family="Banda", risk="medium")
    sync.apply_pull_page([family, case], next_cursor=2, epoch="e1")
    renamed = remote(family.id, "family", case_id, {"name": "Banda Phiri"}, rev=2, seq=3)
    again = remote(family.id, "family", case_id, {"name": "Phiri"}, rev=3, seq=4)
    riskier = remote(case_id, "case", case_id, {**case.fields, "risk": "high"}, rev=2, seq=5)
    summary = sync.apply_pull_page([renamed, again, riskier], next_cursor=5, epoch="e1")
    assert summary.records == 3 and summary.cases == {case_id}
    # That page was not the pull's last, so it did not wait for the disk; what this device
    # writes next (a caseworker's edit) does again.
    assert workspace.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    changes = [e.changes for e in queries.synced_history(workspace, [case_id, family.id])]
    assert sorted(changes, key=str) == sorted([
        {"name": ("Banda", "Banda Phiri")}, {"name": ("Banda Phiri", "Phiri")},
        {"risk": ("medium", "high")}], key=str)
    assert workspace.store.search("phiri").case_ids == [case_id]
    assert workspace.store.search("banda").case_ids == []
    [row] = workspace.store.list_cases(CaseQuery())
    assert (row.family_name, row.risk) == ("Phiri", "high")
    assert workspace.store.require(family.id).rev == 3
    assert {r[0] for r in workspace.conn.execute(
        "SELECT server_fields FROM records WHERE id IN (?, ?)", (family.id, case_id))} == {
        '"fields"'}
    # The same page again (a lost answer): nothing changes, nothing is logged.
    summary = sync.apply_pull_page([again, riskier], next_cursor=6, epoch="e1")
    assert summary.records == 2 and summary.cases == set()
    assert len(queries.synced_history(workspace, [case_id, family.id])) == 3


def _pages(ws, pragma):
    return ws.conn.execute(f"PRAGMA {pragma}").fetchone()[0]


def test_acknowledged_ops_leave_the_outbox_and_the_disk_while_the_history_stays(
        workspace, monkeypatch):
    """Once the server acknowledged them, ops are gone from the outbox and their pages go back
    to the disk; the record's history (audit chain, with the fields each edit changed) stays."""
    from casemgr.db import migrations, queries
    from casemgr.db.audit import verify_chain

    monkeypatch.setattr(migrations, "RECLAIM_MIN_PAGES", 8)
    case_ids = [add_case(workspace, family=f"Family{i}", note="n" * 3000) for i in range(30)]
    with workspace.store.write("amina") as tx:
        tx.update(case_ids[0], {"risk": "high"})
    assert _pages(workspace, "auto_vacuum") == 2  # incremental, from creation
    sync = SyncStore(workspace)
    ops = sync.pending(1000)
    assert len(ops) == 121
    pages_before = _pages(workspace, "page_count")
    sync.apply_push_results(ops, [PushOutcome(op.client_seq, op.op_id, "applied", 1)
                                  for op in ops])
    assert workspace.store.outbox() == [] and workspace.store.outbox_count() == 0
    assert _pages(workspace, "freelist_count") < 8
    assert _pages(workspace, "page_count") < pages_before - 10  # 30 notes of 3 kB were in it
    history = queries.audit_history(workspace, [case_ids[0]])
    assert [(e.action, e.changes) for e in history] == [
        ("update", {"risk": ("medium", "high")}), ("create", {})]
    assert workspace.store.get(case_ids[0]).rev == 1
    # the server's state of each record is its local view: kept once, not twice
    assert workspace.conn.execute("SELECT DISTINCT server_fields FROM records").fetchall() == [
        ('"fields"',)]
    assert workspace.store.search("family29").case_ids == [case_ids[29]]
    assert verify_chain(workspace.conn).ok


def test_pending_gives_the_oldest_ops_of_the_outbox_or_of_one_case(workspace):
    first = add_case(workspace, family="First")
    second = add_case(workspace, family="Second", note="met them")
    sync = SyncStore(workspace)
    everything = workspace.store.outbox()
    assert sync.pending(2) == everything[:2]
    assert sync.pending(100, case_id=second) == [op for op in everything
                                                  if op.case_id == second]
    assert sync.pending(1, case_id=first) == everything[:1]
    assert sync.pending(1, case_id="no-such-case") == []


def test_a_page_lands_the_same_in_bulk_and_record_by_record(workspace, data_dir, clock):
    """The bulk path (nothing pending) and the one-by-one path (something pending elsewhere)
    leave the pulled records, their History, search and case list row alike: a rename sent
    twice in a page, a score with a small float, a delete and a restore, an unchanged repeat."""
    from casemgr.db import queries
    from casemgr.db.sync_store import SERVER_FIELDS_SQL
    from casemgr.db.workspace import create_workspace

    other = create_workspace(data_dir / "other", "amina", PASSWORD, clock=clock, kdf=FAST_KDF)
    try:
        add_case(other, family="Local")  # pending: this workspace rebases one by one
        case_id, (family, case) = remote_case(family="Banda")
        note = remote(uuid7(), "note", case_id, {"text": "Seen at school.", "score": 1e-7},
                      seq=3)
        pages = [
            ([family, case, note], 3),
            ([remote(family.id, "family", case_id, {"name": "Banda Phiri"}, rev=2, seq=4),
              remote(family.id, "family", case_id, {"name": "Phiri"}, rev=3, seq=5),
              remote(note.id, "note", case_id, note.fields, rev=2, seq=6, deleted=True)], 6),
            ([remote(note.id, "note", case_id, {**note.fields, "text": "Seen at home."},
                     rev=3, seq=7),
              remote(case_id, "case", case_id, case.fields, rev=1, seq=8)], 8),
        ]
        for ws in (workspace, other):
            for records, cursor in pages:
                SyncStore(ws).apply_pull_page(records, next_cursor=cursor, epoch="e1")
        assert workspace.store.outbox() == [] and other.store.outbox() != []

        ids = (family.id, case_id, note.id)

        def state(ws):
            rows = ws.conn.execute(
                f"SELECT id, fields, rev, deleted, {SERVER_FIELDS_SQL} FROM records "  # nosec B608 # constant SQL, ids bound
                "WHERE id IN (?, ?, ?) ORDER BY id", ids).fetchall()
            history = sorted(((e.record_type, e.action, e.changes) for e in
                              queries.synced_history(ws, list(ids))), key=str)
            [row] = [r for r in ws.store.list_cases(CaseQuery()) if r.case_id == case_id]
            return (rows, history, (row.family_name, row.risk, row.status),
                    ws.store.search("phiri").case_ids, ws.store.search("home").case_ids)

        assert state(workspace) == state(other)
    finally:
        other.close()
