"""Recovery from a server restored from a backup (a new epoch), on a real workspace: the
snapshot of what the device knew the lost server held, taken with the epoch and cursor
reset, and the re-pull that queues what the restored server lost."""

from __future__ import annotations

import json

import pytest

from casemgr.db.sync_store import PushOutcome, SyncStore
from casemgr.domain.records import RecordType
from tests.unit.db.test_sync_store import remote, remote_case

SUMMARY = "School says Wanjiru is back since Monday."


def ack(sync: SyncStore, workspace, rev: int = 2) -> None:
    """The server applies every pending op."""
    ops = workspace.store.outbox()
    sync.apply_push_results(ops, [PushOutcome(o.client_seq, o.op_id, "applied", rev)
                                  for o in ops])


@pytest.fixture
def lost(workspace):
    """amina's workspace after the lost server acknowledged, since the backup: a summary on
    the case, a new note, and the deletion of an older note. The backup has the case (rev 1,
    no summary) and the older note (rev 1, live)."""
    sync = SyncStore(workspace)
    case_id, records = remote_case()
    old_note = remote("0190aaaa-0000-7000-8000-0000000000a1", "note", case_id,
                      {"text": "first visit"}, seq=3)
    sync.apply_pull_page([*records, old_note], next_cursor=3, epoch="e1")
    with workspace.store.write("amina") as tx:
        tx.update(case_id, {"summary": SUMMARY})
        note = tx.create(RecordType.NOTE, {"text": "second visit"}, case_id=case_id)
        tx.delete(old_note.id)
    ack(sync, workspace)
    assert workspace.store.outbox() == []
    return sync, case_id, records, old_note, note.id


def snapshot(workspace) -> dict[str, tuple]:
    return {r[0]: r[1:] for r in workspace.conn.execute(
        "SELECT record_id, rev, deleted, settled FROM epoch_snapshot")}


def test_a_new_epoch_keeps_what_the_lost_server_held_and_the_re_pull_sends_it_again(
        workspace, lost):
    sync, case_id, records, old_note, note_id = lost
    assert sync.begin_epoch("e2") == 4  # family, case, both notes
    assert (sync.state().epoch, sync.state().cursor) == ("e2", 0)
    assert snapshot(workspace)[old_note.id][1] == 1  # its delete was acknowledged
    assert sync.recovering()

    # The restored server's feed: the backup's state (no summary, the old note live, no
    # new note), in two pages.
    first = sync.apply_pull_page(records, next_cursor=2, epoch="e2")
    assert first.resent == 1
    [update] = workspace.store.outbox()
    assert (update.record_id, update.kind, update.base_rev, update.changes) == (
        case_id, "update", 1, {"summary": {"base": None, "value": SUMMARY}})
    assert workspace.store.require(case_id).fields["summary"] == SUMMARY  # still shown
    assert set(snapshot(workspace)) == {old_note.id, note_id}

    last = sync.apply_pull_page([old_note], next_cursor=3, epoch="e2", final=True)
    assert last.resent == 2
    ops = workspace.store.outbox()
    assert [(o.record_id, o.kind) for o in ops] == [
        (case_id, "update"), (old_note.id, "delete"), (note_id, "create")]
    assert ops[1].base_rev == 1
    assert ops[2].changes == {"text": {"base": None, "value": "second visit"}}
    assert workspace.store.get(old_note.id).deleted  # no resurrection, not even locally
    new = workspace.store.require(note_id)
    assert (new.rev, new.fields) == (0, {"text": "second visit"})  # as if never sent
    assert snapshot(workspace) == {} and not sync.recovering()
    assert [e["action"] for e in workspace.store.audit_entries()].count("resend") == 3
    assert workspace.check() == []

    # Acknowledged by the restored server: the workspace is as before the restore.
    ack(sync, workspace)
    assert workspace.store.outbox() == [] and workspace.store.require(note_id).rev == 2


def test_the_snapshot_is_taken_with_the_epoch_and_cursor_or_not_at_all(
        workspace, lost, monkeypatch):
    """A crash inside the transaction that moves to the new epoch leaves the old epoch and
    no snapshot: the next answer from the server detects the new epoch again."""
    sync = lost[0]

    def crash(conn, **values):
        raise KeyboardInterrupt  # the process killed mid-transaction

    monkeypatch.setattr(sync, "_set", crash)
    with pytest.raises(KeyboardInterrupt):
        sync.begin_epoch("e2")
    monkeypatch.undo()
    assert (sync.state().epoch, sync.state().cursor) == ("e1", 3)
    assert snapshot(workspace) == {} and not sync.recovering()


def test_a_re_pull_cut_short_continues_where_it_stopped(workspace, data_dir, lost):
    """Killed after the first page of the re-pull: that page's reconciliation landed with
    its cursor, the snapshot of what was not delivered yet is still there, and the next
    sync's pages finish the job without sending anything twice."""
    sync, case_id, records, old_note, note_id = lost
    sync.begin_epoch("e2")
    sync.apply_pull_page(records, next_cursor=2, epoch="e2")
    broken = remote("0190aaaa-0000-7000-8000-0000000000b2", "not-a-type", None, {})
    with pytest.raises(ValueError):  # the second page fails midway: none of it is kept
        sync.apply_pull_page([old_note, broken], next_cursor=4, epoch="e2", final=True)
    assert sync.state().cursor == 2 and set(snapshot(workspace)) == {old_note.id, note_id}
    assert len(workspace.store.outbox()) == 1

    # The next sync pulls from the cursor: the rest arrives and is reconciled once.
    again = SyncStore(workspace)
    assert again.recovering()
    again.apply_pull_page([old_note], next_cursor=3, epoch="e2", final=True)
    assert [(o.record_id, o.kind) for o in workspace.store.outbox()] == [
        (case_id, "update"), (old_note.id, "delete"), (note_id, "create")]
    assert not again.recovering()


def test_what_the_device_changed_since_speaks_for_its_fields(workspace, lost):
    """An op answered in the new epoch, or still pending, is newer than the snapshot: its
    fields are not sent again. A lost record with pending edits is created by its first
    pending op, so that no edit of it reaches the server before it does."""
    sync, case_id, records, old_note, note_id = lost
    with workspace.store.write("amina") as tx:
        tx.update(case_id, {"risk": "high", "summary": "Father found work."})
    sync.begin_epoch("e2")  # noticed on the push of that edit...
    ack(sync, workspace)  # ...answered by the restored server
    assert json.loads(snapshot(workspace)[case_id][2]) == ["risk", "summary"]
    with workspace.store.write("amina") as tx:
        tx.update(note_id, {"text": "second visit, and a third"})
    [pending] = workspace.store.outbox()

    restored_case = remote(case_id, "case", case_id, {**records[1].fields, "risk": "high",
                                                      "summary": "Father found work."}, rev=2)
    page = sync.apply_pull_page([records[0], restored_case, old_note], next_cursor=3,
                                epoch="e2", final=True)
    ops = workspace.store.outbox()
    assert page.resent == 2  # the note's delete and the new note; nothing on the case
    assert [(o.client_seq, o.op_id, o.record_id, o.kind) for o in ops] == [
        (pending.client_seq, pending.op_id, note_id, "create"),
        (pending.client_seq + 1, ops[1].op_id, old_note.id, "delete")]
    assert ops[0].changes == {"text": {"base": None, "value": "second visit, and a third"}}
    assert workspace.store.require(note_id).fields["text"] == "second visit, and a third"
    assert workspace.check() == []
