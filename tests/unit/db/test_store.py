"""The one write path: record, outbox op and audit entry together, or nothing at all."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casemgr.db.errors import RecordNotFound, StorageFull
from casemgr.db.store import CaseQuery, CaseSort, fts_query
from casemgr.domain.errors import ValidationError
from casemgr.domain.records import RecordType
from tests.support.workspaces import add_case


def outbox_seqs(ws):
    return [op.client_seq for op in ws.store.outbox()]


def test_outbox_holds_exactly_the_ops_of_the_writes(workspace):
    case_id = add_case(workspace)
    note_id = None
    with workspace.store.write("amina") as tx:
        note_id = tx.create(RecordType.NOTE, {"text": "first"}, case_id=case_id).id
    with workspace.store.write("amina") as tx:
        tx.update(note_id, {"text": "second"})
        tx.update(note_id, {"text": "second"})  # no change: no op
    with workspace.store.write("amina") as tx:
        tx.delete(note_id)
    ops = workspace.store.outbox()
    assert [op.kind for op in ops] == ["create"] * 4 + ["update", "delete"]
    assert outbox_seqs(workspace) == list(range(1, 7))
    update = ops[4]
    assert update.record_id == note_id and update.base_rev == 0
    assert update.changes == {"text": {"base": "first", "value": "second"}}
    assert update.case_id == case_id
    assert len({op.op_id for op in ops}) == 6
    assert [op.hlc for op in ops] == sorted(op.hlc for op in ops)


def test_a_refused_write_leaves_no_trace(workspace):
    case_id = add_case(workspace)
    before = (outbox_seqs(workspace), len(workspace.store.audit_entries()))
    with pytest.raises(ValidationError) as info, workspace.store.write("amina") as tx:
        tx.create(RecordType.NOTE, {"text": "kept?"}, case_id=case_id)
        tx.create(RecordType.VISIT, {"visit_date": "2026-13-45", "visit_type": "home"},
                  case_id=case_id)
    assert set(info.value.errors) == {"visit_date"}
    assert (outbox_seqs(workspace), len(workspace.store.audit_entries())) == before
    assert workspace.store.case_records(case_id, RecordType.NOTE) == []
    with workspace.store.write("amina") as tx:  # the next seq follows without a gap
        tx.create(RecordType.NOTE, {"text": "after"}, case_id=case_id)
    assert outbox_seqs(workspace) == list(range(1, before[0][-1] + 2))


def test_unknown_fields_and_missing_required_fields_are_refused(workspace):
    case_id = add_case(workspace)
    with pytest.raises(ValidationError) as info, workspace.store.write("amina") as tx:
        tx.create(RecordType.VISIT, {"visit_type": "home", "mood": "fine"}, case_id=case_id)
    assert info.value.errors == {"mood": "is not a field of a visit record",
                                 "visit_date": "is required"}
    with pytest.raises(ValidationError) as info, workspace.store.write("amina") as tx:
        tx.update(case_id, {"status": None})
    assert info.value.errors == {"status": "is required"}


def test_search_finds_names_case_numbers_and_notes_by_prefix(workspace):
    a = add_case(workspace, family="Mwangi", child="Wanjiru", note="attends Kilimani school")
    b = add_case(workspace, family="Nguyen", child="Linh", note="mother works nights")
    number_b = workspace.store.find_case(b).fields["case_number"]

    def found(text):
        return set(workspace.store.search(text).case_ids)

    assert found("mwa") == {a}
    assert found("wanj mwan") == {a}
    assert found("kilim") == {a}
    assert found("night") == {b}
    assert found(number_b) == {b}
    assert found("Ngúyen") == {b}  # accents folded
    assert found("mwangi nguyen") == set()
    assert found('" OR * NEAR(') == set()  # query syntax typed by a user is inert


def test_search_forgets_deleted_and_edited_text(workspace):
    case_id = add_case(workspace)
    with workspace.store.write("amina") as tx:
        note = tx.create(RecordType.NOTE, {"text": "uncle visits weekly"}, case_id=case_id)
    assert workspace.store.search("uncle").case_ids
    with workspace.store.write("amina") as tx:
        tx.update(note.id, {"text": "aunt visits weekly"})
    assert not workspace.store.search("uncle").case_ids
    assert workspace.store.search("aunt").case_ids
    with workspace.store.write("amina") as tx:
        tx.delete(note.id)
    assert not workspace.store.search("aunt").case_ids
    with pytest.raises(RecordNotFound):
        workspace.store.require(note.id)


def test_case_list_sorts_and_filters(workspace):
    ids = {
        "Zulu": add_case(workspace, family="Zulu", risk="low"),
        "Abara": add_case(workspace, family="Abara", risk="high"),
        "Moreno": add_case(workspace, family="Moreno", risk="critical", status="active"),
    }
    q = CaseQuery(sort=CaseSort.FAMILY)
    assert [r.family_name for r in workspace.store.list_cases(q)] == ["Abara", "Moreno", "Zulu"]
    q = CaseQuery(sort=CaseSort.RISK, descending=True)
    assert [r.risk for r in workspace.store.list_cases(q)] == ["critical", "high", "low"]
    assert [r.case_id for r in workspace.store.list_cases(CaseQuery(status="active"))] == [
        ids["Moreno"]]
    assert workspace.store.count_cases(CaseQuery(risk="low")) == 1
    page = workspace.store.list_cases(CaseQuery(sort=CaseSort.FAMILY, offset=1, limit=1))
    assert [r.family_name for r in page] == ["Moreno"]


def test_overdue_filter_uses_the_earliest_open_task(workspace):
    late = add_case(workspace, family="Late")
    on_time = add_case(workspace, family="OnTime")
    with workspace.store.write("amina") as tx:
        for case_id, due in ((late, "2026-11-10"), (on_time, "2026-12-10")):
            tx.create(RecordType.TASK, {"title": "First visit", "kind": "first_visit",
                                        "due_date": due, "status": "open"}, case_id=case_id)
    overdue = workspace.store.list_cases(CaseQuery(overdue_on="2026-11-18"))
    assert [r.case_id for r in overdue] == [late]
    task = workspace.store.case_records(late, RecordType.TASK)[0]
    with workspace.store.write("amina") as tx:
        tx.update(task.id, {"status": "done", "completed_on": "2026-11-18"})
    assert workspace.store.list_cases(CaseQuery(overdue_on="2026-11-18")) == []


def test_a_full_disk_refuses_the_write_and_keeps_everything_else(workspace):
    add_case(workspace)
    count = workspace.store.count_cases(CaseQuery())
    seqs = outbox_seqs(workspace)
    pages = workspace.conn.execute("PRAGMA page_count").fetchone()[0]
    workspace.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(StorageFull, match="disk holding your workspace is full: free at least"):
        for i in range(200):
            add_case(workspace, family="Full", note="x" * 5000 + str(i))
    workspace.conn.execute("PRAGMA max_page_count = 1073741823")
    assert outbox_seqs(workspace)[: len(seqs)] == seqs
    assert outbox_seqs(workspace) == list(range(1, len(outbox_seqs(workspace)) + 1))
    assert workspace.store.count_cases(CaseQuery()) >= count
    assert workspace.check() == []


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_typed_text_is_a_safe_search(workspace, text):
    assert isinstance(workspace.store.search(text).case_ids, list)
    query = fts_query(text)
    assert query == "" or query.endswith("*")


def test_search_finds_names_and_notes_in_the_lists_order(workspace):
    named = add_case(workspace, family="Hassan")
    noted = add_case(workspace, family="Otieno", note="Mr Hassan from the clinic called",
                     risk="high")
    add_case(workspace, family="Kamau", note="nothing to see", risk="high")
    by_number = workspace.store.search("hassan").case_ids
    assert set(by_number) == {named, noted}
    by_family = workspace.store.search("hassan", CaseQuery(sort=CaseSort.FAMILY)).case_ids
    assert by_family == [named, noted]  # Hassan before Otieno
    by_family_desc = workspace.store.search(
        "hassan", CaseQuery(sort=CaseSort.FAMILY, descending=True)).case_ids
    assert by_family_desc == [noted, named]
    assert workspace.store.search("hassan", CaseQuery(risk="high")).case_ids == [noted]


def test_cases_without_open_tasks_sort_after_every_due_date(workspace):
    none_due = add_case(workspace, family="NoTasks")
    due = add_case(workspace, family="Due")
    with workspace.store.write("amina") as tx:
        tx.create(RecordType.TASK, {"title": "Review", "kind": "review",
                                    "due_date": "2027-06-01", "status": "open"}, case_id=due)
    rows = workspace.store.list_cases(CaseQuery(sort=CaseSort.NEXT_DUE))
    assert [(r.case_id, r.next_due) for r in rows] == [(due, "2027-06-01"), (none_due, None)]
    assert workspace.store.case_ids(CaseQuery(sort=CaseSort.NEXT_DUE)) == [due, none_due]


def test_the_count_of_changes_waiting_follows_every_write_and_acknowledgement(workspace):
    from casemgr.db.sync_store import PushOutcome, SyncStore

    case_id = add_case(workspace, note="counted")
    assert workspace.store.outbox_count() == len(workspace.store.outbox()) == 4
    with pytest.raises(ValidationError), workspace.store.write("amina") as tx:
        tx.create(RecordType.NOTE, {"text": "kept?"}, case_id=case_id)
        tx.create(RecordType.NOTE, {}, case_id=case_id)
    assert workspace.store.outbox_count() == 4  # a refused write counts nothing
    ops = workspace.store.outbox()[:3]
    SyncStore(workspace).apply_push_results(
        ops, [PushOutcome(op.client_seq, op.op_id, "applied", 1) for op in ops])
    assert workspace.store.outbox_count() == len(workspace.store.outbox()) == 1
