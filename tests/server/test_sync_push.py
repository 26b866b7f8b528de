"""Push as devices meet it: idempotent retries, gapless seqs, merges, conflicts kept with both
versions, no resurrection, and refused changes quarantined (never dropped), on SQLite and
PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from casemgr.domain import workflow
from casemgr.domain.clock import iso_utc
from casemgr.domain.permissions import Actor, CaseAccess, Role
from casemgr.domain.records import Decision, RecordType
from casemgr.server import tables as t
from casemgr.server.accounts import had_epoch, read_epoch
from casemgr.server.bootstrap import bump_epoch, init_db
from casemgr.server.db import make_engine, upgrade
from casemgr.server.errors import ApiError
from casemgr.server.settings import Settings
from casemgr.server.sync.pull import committed_seq
from casemgr.server.sync.push import apply_push, quarantined_for
from casemgr.sync.protocol import RecordOut
from tests.server.sync_support import (
    NOW_MS,
    Device,
    Registered,
    World,
    register,
    registered_case,
    world,
)


@pytest.fixture
def w(db_url: str, tmp_path: Any) -> Iterator[World]:
    with world(db_url, tmp_path) as w:
        yield w


def counts(w: World) -> dict[str, int]:
    with w.engine.connect() as conn:
        return {name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
                for name, table in (("records", t.records), ("quarantine", t.quarantine),
                                    ("op_results", t.op_results))} | {
            "seq": committed_seq(conn)}


# -- idempotency and order -----------------------------------------------------------------------

def test_a_push_replayed_three_times_has_the_effect_of_one(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    sam = w.device("sam", "supervisor", ("North",))
    reg = registered_case(amina, team="North")
    sam.pull()
    assert sam.push_one(sam.update(reg.case_id, {"risk": "high"})).status == "applied"
    carl = w.device("carl", teams=("South",))
    carls_case = registered_case(carl, team="South")
    note = amina.create(RecordType.NOTE, {"text": "Visited school"}, reg.case_id)
    ops = [
        note,
        amina.update(reg.case_id, {"risk": "low", "summary": "Better"}),  # conflict on risk
        amina.update(reg.child_id, {"school": "Hillside"}),
        amina.delete(reg.child_id),  # own earlier edit: not a conflict
        amina.create(RecordType.NOTE, {"text": "Not mine"}, carls_case.case_id),  # refused
    ]
    first = amina.push(*ops)
    assert [r.status for r in first.results] == ["applied", "conflict", "applied", "applied",
                                                 "rejected"]
    before = counts(w)
    for _ in range(3):
        again = amina.push(*ops)
        assert again == first
    assert counts(w) == before
    assert w.record(note.record_id).rev == 1
    assert len(w.conflicts()) == 1


def test_a_push_that_repeats_some_ops_and_adds_new_ones_applies_only_the_new(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    _reg, ops = register(amina)
    amina.push(*ops[:2])
    results = amina.push(*ops).results
    assert [r.status for r in results] == ["applied"] * 3
    assert len(w.records()) == 3


def test_an_old_seq_arriving_as_another_op_is_refused(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    reg = registered_case(amina)
    impostor = amina.op("create", RecordType.NOTE, reg.case_id, reg.case_id,
                        {"text": (None, "x")})
    impostor = impostor.model_copy(update={"client_seq": 2})
    with pytest.raises(ApiError) as refused:
        amina.push(impostor)
    assert refused.value.status == 409


def test_a_gap_is_refused_with_the_seq_the_server_waits_for(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    reg = registered_case(amina)
    amina.next_seq += 2  # two ops lost on the way
    before = counts(w)
    with pytest.raises(ApiError) as refused:
        amina.push(amina.create(RecordType.NOTE, {"text": "late"}, reg.case_id))
    assert (refused.value.status, refused.value.reason) == (409, "gap")
    assert refused.value.detail["expected"] == 4
    assert counts(w) == before


def _current_epoch(w: World) -> str:
    with w.engine.connect() as conn:
        return str(read_epoch(conn))


def test_a_server_restored_from_backup_accepts_the_seqs_it_lost(w: World, tmp_path: Any
                                                                 ) -> None:
    amina = w.device("amina", teams=("North",))
    reg = registered_case(amina)
    before_restore = _current_epoch(w)
    bump_epoch(Settings(database_url=w.url, key_dir=tmp_path / "server-keys", dev_mode=True),
               now=NOW_MS)
    amina.next_seq += 2  # acknowledged by the server before it was restored
    late = amina.create(RecordType.NOTE, {"text": "after restore"}, reg.case_id)
    answer = amina.push(late, epoch=before_restore)
    assert answer.results[0].status == "applied"
    assert answer.epoch == _current_epoch(w) != before_restore  # the client learns the new one
    assert amina.push_one(amina.create(RecordType.NOTE, {"text": "next"}, reg.case_id)
                          ).status == "applied"


def test_an_epoch_the_server_never_had_is_refused_and_skips_no_gap(w: World) -> None:
    """Epochs are the server's: an invented one is a 409 before any write, not a way past
    the gap check (issue 9, item 5)."""
    amina = w.device("amina", teams=("North",))
    reg = registered_case(amina)
    amina.next_seq += 2
    late = amina.create(RecordType.NOTE, {"text": "late"}, reg.case_id)
    before = counts(w)
    with pytest.raises(ApiError) as refused:
        amina.push(late, epoch="an-epoch-this-server-never-had")
    assert (refused.value.status, refused.value.reason) == (409, "unknown_epoch")
    assert refused.value.detail["epoch"] == _current_epoch(w)
    assert counts(w) == before
    # Without a gap too: the epoch is refused, whatever the seqs.
    amina.next_seq -= 3
    with pytest.raises(ApiError) as refused:
        amina.push(amina.create(RecordType.NOTE, {"text": "next"}, reg.case_id),
                   epoch="an-epoch-this-server-never-had")
    assert refused.value.reason == "unknown_epoch"
    # The current epoch, named, is checked for gaps like a push that names none.
    amina.next_seq += 2
    with pytest.raises(ApiError) as refused:
        amina.push(amina.create(RecordType.NOTE, {"text": "late"}, reg.case_id),
                   epoch=_current_epoch(w))
    assert refused.value.reason == "gap"
    assert counts(w) == before


def test_the_epochs_bumped_before_the_upgrade_are_known_to_it(db_url: str, tmp_path: Any
                                                               ) -> None:
    """Migration 0003 takes the epochs bumped before it from the audit log."""
    settings = Settings(database_url=db_url, key_dir=tmp_path / "keys", dev_mode=True)
    upgrade(db_url, "0002")
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.insert(t.audit).values(
                at=iso_utc(NOW_MS), actor="system", action="epoch_bumped", target="e2",
                detail={"previous": "e1"}))
        init_db(settings, now=NOW_MS)
        with engine.connect() as conn:
            assert had_epoch(conn, "e1") and not had_epoch(conn, "e2")
    finally:
        engine.dispose()


def test_ops_out_of_order_in_one_push_are_refused_whole(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    _reg, ops = register(amina)
    with pytest.raises(ApiError) as refused:
        apply_push(w.engine, amina.ctx, amina.request(ops[0], ops[2], ops[1]), iso_utc(NOW_MS))
    assert refused.value.status == 422
    assert counts(w)["records"] == 0


# -- one push, one transaction ---------------------------------------------------------------------

def _one_push_that_builds_on_itself(w: World) -> tuple[Device, Registered, list[Any]]:
    """A registration, an edit of its child, a note on someone else's case (refused) and a
    note of its own, all in one push: each op sees what the ops before it wrote."""
    amina = w.device("amina", teams=("North",))
    carl = w.device("carl", teams=("South",))
    carls_case = registered_case(carl, team="South")
    reg, ops = register(amina)
    ops += [
        amina.op("update", RecordType.PERSON, reg.child_id, reg.case_id,
                 {"school": (None, "Hillside")}, base_rev=1),
        amina.create(RecordType.NOTE, {"text": "Not mine"}, carls_case.case_id),
        amina.create(RecordType.NOTE, {"text": "Visited school"}, reg.case_id),
    ]
    return amina, reg, ops


def _check_the_push_that_builds_on_itself(w: World, amina: Device, reg: Registered,
                                          ops: list[Any], results: list[Any]) -> None:
    assert [r.status for r in results] == ["applied"] * 4 + ["rejected", "applied"]
    child = w.record(reg.child_id)
    assert (child.fields["school"], child.rev) == ("Hillside", 2)
    written = [r.seq for r in results if r.status != "rejected"]
    assert all(seq is not None for seq in written) and written == sorted(set(written))
    assert child.seq == results[3].seq  # the record carries the seq of the op that wrote it last
    assert [q.reason for q in w.quarantine()] and len(w.quarantine()) == 1
    amina.pull()
    assert {r.id for r in amina.live()} >= {reg.case_id, reg.family_id, reg.child_id,
                                            ops[5].record_id}
    assert amina.push(*ops).results == results  # a replay: the stored answers, no effect


def test_ops_of_one_push_build_on_each_other_and_a_refused_one_undoes_no_other(w: World
                                                                              ) -> None:
    amina, reg, ops = _one_push_that_builds_on_itself(w)
    _check_the_push_that_builds_on_itself(w, amina, reg, ops, amina.push(*ops).results)


def test_a_push_the_database_refuses_whole_is_applied_op_by_op(
        w: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The batch failing in the database (not a lost race) loses nothing: the push is
    applied again one op per transaction, with the same answers."""
    from casemgr.server.sync import push

    def refused(*_args: Any, **_kw: Any) -> Any:
        raise sa.exc.OperationalError("INSERT ...", {}, Exception("refused"))

    amina, reg, ops = _one_push_that_builds_on_itself(w)
    with monkeypatch.context() as m:
        m.setattr(push, "_push_batch", refused)
        results = amina.push(*ops).results
    _check_the_push_that_builds_on_itself(w, amina, reg, ops, results)


def test_an_op_id_another_change_used_is_refused_after_the_ops_before_it(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    reg = registered_case(amina)
    laptop = w.device("amina", teams=("North",))
    first = laptop.create(RecordType.NOTE, {"text": "kept"}, reg.case_id)
    copied = laptop.create(RecordType.NOTE, {"text": "a copy"}, reg.case_id)
    copied = copied.model_copy(update={"op_id": reg_op_id(w, amina)})
    with pytest.raises(ApiError) as refused:
        laptop.push(first, copied)
    assert (refused.value.status, refused.value.error) == (409, "op_mismatch")
    assert w.record(first.record_id).fields["text"] == "kept"
    assert copied.record_id not in {r.id for r in w.records()}


def reg_op_id(w: World, dev: Device) -> str:
    """The op id of the first op `dev` pushed."""
    with w.engine.connect() as conn:
        return str(conn.execute(sa.select(t.op_results.c.op_id).where(
            t.op_results.c.device_id == dev.device_id, t.op_results.c.client_seq == 1)
        ).scalar_one())


# -- apply and merge -----------------------------------------------------------------------------

def test_an_edit_of_the_current_revision_applies(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    reg = registered_case(amina)
    result = amina.push_one(amina.update(reg.case_id, {"risk": "high"}))
    assert (result.status, result.rev) == ("applied", 2)
    case = w.record(reg.case_id)
    assert case.fields["risk"] == "high" and case.seq == result.seq
    assert case.updated_by == "amina"


def test_concurrent_edits_of_different_fields_both_take_effect(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    sam = w.device("sam", "supervisor", ("North",))
    reg = registered_case(amina, team="North")
    sam.pull()
    assert sam.push_one(sam.update(reg.case_id, {"risk": "high"})).status == "applied"
    result = amina.push_one(amina.update(reg.case_id, {"summary": "School resumed"}))
    assert result.status == "merged" and result.conflicts == []
    assert {k: w.record(reg.case_id).fields[k] for k in ("risk", "summary")} == {
        "risk": "high", "summary": "School resumed"}


def test_concurrent_edits_of_one_field_keep_the_server_value_and_both_in_a_conflict(
        w: World) -> None:
    amina = w.device("amina", teams=("North",))
    sam = w.device("sam", "supervisor", ("North",))
    reg = registered_case(amina, team="North")
    sam.pull()
    assert sam.push_one(sam.update(reg.case_id, {"risk": "high"})).status == "applied"
    with w.engine.connect() as conn:
        meta = conn.execute(sa.select(t.records.c.field_meta)
                            .where(t.records.c.id == reg.case_id)).scalar_one()
    sams_rev, _sam, sams_time, _device = meta["risk"]
    aminas_op = amina.update(reg.case_id, {"risk": "low", "summary": "Calm at home"})
    result = amina.push_one(aminas_op)
    assert result.status == "conflict"
    case = w.record(reg.case_id)
    assert case.fields["risk"] == "high"  # the server value is kept
    assert case.fields["summary"] == "Calm at home"  # the rest of the op is merged
    (conflict,) = w.conflicts()
    assert result.conflicts == [conflict.id]
    assert conflict.case_id == reg.case_id
    assert conflict.fields == {
        "record_id": reg.case_id, "record_type": "case", "field": "risk",
        "base_value": "medium", "server_value": "high", "server_by": "sam",
        "server_at": sams_time, "client_value": "low",
        "client_by": "amina", "client_at": aminas_op.created_at, "status": "open"}
    assert sams_rev == 2
    # Both see the conflict on their next pull.
    amina.pull()
    sam.pull()
    assert conflict.id in amina.mirror and conflict.id in sam.mirror


def test_a_delete_against_a_concurrent_edit_is_a_conflict_and_the_record_stays(
        w: World) -> None:
    amina = w.device("amina", teams=("North",))
    sam = w.device("sam", "supervisor", ("North",))
    reg = registered_case(amina, team="North")
    note = amina.create(RecordType.NOTE, {"text": "Mother works nights"}, reg.case_id)
    amina.push(note)
    amina.pull()
    sam.pull()
    assert sam.push_one(sam.update(note.record_id, {"text": "Mother works nights, "
                                                             "grandmother helps"})
                        ).status == "applied"
    result = amina.push_one(amina.delete(note.record_id))
    assert result.status == "conflict"
    kept = w.record(note.record_id)
    assert not kept.deleted and kept.fields["text"].endswith("grandmother helps")
    (conflict,) = w.conflicts()
    assert (conflict.fields["field"], conflict.fields["server_value"],
            conflict.fields["client_value"], conflict.fields["server_by"]) == (
        "deleted", False, True, "sam")


def test_an_edit_of_a_record_deleted_meanwhile_does_not_bring_it_back(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    sam = w.device("sam", "supervisor", ("North",))
    reg = registered_case(amina, team="North")
    note = amina.create(RecordType.NOTE, {"text": "Draft"}, reg.case_id)
    amina.push(note)
    amina.pull()
    sam.pull()
    assert sam.push_one(sam.delete(note.record_id)).status == "applied"
    result = amina.push_one(amina.update(note.record_id, {"text": "Final wording"}))
    assert result.status == "conflict"
    assert w.record(note.record_id).deleted
    (conflict,) = w.conflicts()
    assert (conflict.fields["field"], conflict.fields["server_value"],
            conflict.fields["client_value"], conflict.fields["server_by"]) == (
        "deleted", True, {"text": "Final wording"}, "sam")
    # Re-creating it under the same id does not bring it back either.
    again = amina.op("create", RecordType.NOTE, note.record_id, reg.case_id,
                     {"text": (None, "Again")})
    assert amina.push_one(again).status == "conflict"
    assert w.record(note.record_id).deleted
    amina.pull()
    assert amina.mirror[note.record_id].deleted


def test_a_registration_split_across_pushes_arrives_whole(w: World) -> None:
    """The family comes before its case (as the client writes them); a push may end between.
    The case reaches other devices with its case record, never before it (a device refuses
    records of a case it holds no case record for)."""
    amina = w.device("amina", teams=("North",))
    reg, ops = register(amina)
    assert amina.push(ops[0]).results[0].status == "applied"
    other_device = w.device("amina", teams=("North",))
    other_device.pull()
    assert set(other_device.mirror) == set()
    assert [r.status for r in amina.push(*ops[1:]).results] == ["applied", "applied"]
    other_device.pull()
    assert set(other_device.mirror) == {reg.family_id, reg.case_id, reg.child_id}


def test_a_case_id_someone_else_started_is_not_taken_over(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    carl = w.device("carl", teams=("South",))
    reg, ops = register(amina)
    amina.push(ops[0])  # the family, provisionally amina's
    aminas_case = {k: v.value for k, v in ops[1].changes.items()}
    stolen = carl.create(RecordType.CASE, {**aminas_case, "assigned_to": "carl"}, reg.case_id,
                         reg.case_id)
    result = carl.push_one(stolen)
    assert result.status == "rejected"
    carl.pull()
    assert reg.family_id not in carl.mirror


# -- refused changes -----------------------------------------------------------------------------

def _plan(dev: Device, reg: Registered) -> tuple[str, str]:
    plan = dev.create(RecordType.CASE_PLAN, {"status": "draft", "summary": "Back to school"},
                      reg.case_id)
    goal = dev.create(RecordType.PLAN_GOAL, {"plan_id": plan.record_id,
                                             "goal": "Attend every day",
                                             "status": "not_started"}, reg.case_id)
    assert [r.status for r in dev.push(plan, goal).results] == ["applied", "applied"]
    dev.pull()
    return plan.record_id, goal.record_id


def _goals(dev: Device, plan_id: str) -> list[tuple[str, Any]]:
    return [(g.id, g.fields) for g in dev.live(RecordType.PLAN_GOAL)
            if g.fields["plan_id"] == plan_id]


def _submit(dev: Device, plan_id: str) -> tuple[str, list[str]]:
    """The client's submit_case_plan: the approval request, then the plan."""
    plan = dev.mirror[plan_id]
    digest = workflow.plan_content_hash(plan.fields, _goals(dev, plan_id))
    changes, request = workflow.submit_plan(
        plan_id, plan.fields, digest, len(_goals(dev, plan_id)), dev.ctx.actor,
        CaseAccess.of_case(dev.mirror[plan.case_id or ""].fields), iso_utc(NOW_MS))
    approval = dev.create(RecordType.APPROVAL, request, plan.case_id)
    results = dev.push(approval, dev.update(plan, changes)).results
    dev.pull()
    return approval.record_id, [r.status for r in results]


def _decide(dev: Device, approval_id: str, decision: Decision) -> list[Any]:
    """The client's decide: the approval's decision, then what it does to the plan."""
    approval = dev.mirror[approval_id]
    plan = dev.mirror[approval.fields["subject_id"]]
    current = workflow.plan_content_hash(plan.fields, _goals(dev, plan.id))
    access = CaseAccess.of_case(dev.mirror[plan.case_id or ""].fields)
    changes = workflow.decide(approval.fields, decision, dev.ctx.actor, access, current,
                              iso_utc(NOW_MS), "ok")
    decided = {**approval.fields, **changes}
    consequence = workflow.plan_changes_after_decision(plan.fields, decided)
    return dev.push(dev.update(approval, changes), dev.update(plan, consequence)).results


def _visible(w: World, dev: Device) -> list[str]:
    with w.engine.connect() as conn:
        return [q.op.op_id for q in quarantined_for(conn, dev.ctx.actor)]


def test_a_change_to_another_caseworkers_case_is_quarantined_not_dropped(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    carl = w.device("carl", teams=("South",))
    sue = w.device("sue", "supervisor", ("South",))
    sam = w.device("sam", "supervisor", ("North",))
    reg = registered_case(amina, team="North")
    op = carl.create(RecordType.NOTE, {"text": "Seen at the market"}, reg.case_id)
    result = carl.push_one(op)
    assert (result.status, result.reason) == ("rejected", "This case is not assigned to you.")
    assert w.records(RecordType.NOTE) == []
    (kept,) = w.quarantine()
    assert (kept.username, kept.case_id, kept.op["changes"]["text"]["value"]) == (
        "carl", reg.case_id, "Seen at the market")
    # Its author and the case's supervisor see it; the other team's supervisor does not.
    assert _visible(w, carl) == [op.op_id] and _visible(w, sam) == [op.op_id]
    assert _visible(w, sue) == [] and _visible(w, amina) == []
    # The device moves on: its next change is taken.
    mine = registered_case(carl, team="South")
    assert w.record(mine.case_id).rev == 1


def test_closing_a_case_directly_is_quarantined(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    reg = registered_case(amina)
    result = amina.push_one(amina.update(reg.case_id, {"status": "closed",
                                                       "closed_on": "2026-11-18"}))
    assert (result.status, result.reason) == ("rejected", workflow.CLOSE_BY_REQUEST)
    assert w.record(reg.case_id).fields["status"] == "open"
    assert len(w.quarantine()) == 1


def test_sending_a_referral_without_consent_is_quarantined(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    reg = registered_case(amina)
    referral = amina.create(RecordType.REFERRAL, {"service_type": "education",
                                                  "urgency": "routine", "status": "draft"},
                            reg.case_id)
    amina.push(referral)
    amina.pull()
    result = amina.push_one(amina.update(referral.record_id, {"status": "sent",
                                                              "sent_on": "2026-11-18"}))
    assert result.status == "rejected" and result.reason == workflow.NO_CONSENT
    assert w.record(referral.record_id).fields["status"] == "draft"
    (kept,) = w.quarantine()
    assert (kept.op["op_id"], kept.reason) == (result.op_id, workflow.NO_CONSENT)


def test_approving_ones_own_plan_is_quarantined(w: World) -> None:
    sam = w.device("sam", "supervisor", ("North",))
    reg = registered_case(sam, team="North")
    plan_id, _ = _plan(sam, reg)
    approval_id, statuses = _submit(sam, plan_id)
    assert statuses == ["applied", "applied"]
    results = _decide_unchecked(sam, approval_id)
    assert [r.status for r in results] == ["rejected", "rejected"]
    assert "your own request" in (results[0].reason or "")
    assert w.record(plan_id).fields["status"] == "submitted"
    assert len(w.quarantine()) == 2


def _decide_unchecked(dev: Device, approval_id: str) -> list[Any]:
    """A decision written without the client's checks (an old or tampered client)."""
    approval = dev.mirror[approval_id]
    plan = dev.mirror[approval.fields["subject_id"]]
    changes = {"decision": "approved", "decided_by": dev.user,
               "decided_at": iso_utc(NOW_MS)}
    consequence = workflow.plan_changes_after_decision(plan.fields, {**approval.fields,
                                                                     **changes})
    return dev.push(dev.update(approval, changes), dev.update(plan, consequence)).results


def test_a_plan_approval_made_stale_by_a_concurrent_edit_is_quarantined(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    sam = w.device("sam", "supervisor", ("North",))
    reg = registered_case(amina, team="North")
    plan_id, goal_id = _plan(amina, reg)
    approval_id, _ = _submit(amina, plan_id)
    sam.pull()
    # Amina changes a goal (offline, her client puts the plan back to draft as well)...
    goal = amina.mirror[goal_id]
    edit = amina.update(goal, {"goal": "Attend every day, and catch up in maths"})
    plan = amina.mirror[plan_id]
    reset = workflow.plan_changes_after_edit(plan.fields, workflow.plan_content_hash(
        plan.fields, [(goal_id, {**goal.fields, "goal": edit.changes["goal"].value})]))
    assert [r.status for r in amina.push(edit, amina.update(plan, reset)).results] == [
        "applied", "applied"]
    # ... while Sam approves the version he saw.
    results = _decide(sam, approval_id, Decision.APPROVED)
    assert [r.status for r in results] == ["rejected", "rejected"]
    assert "changed since it was submitted" in (results[0].reason or "")
    assert w.record(plan_id).fields["status"] == "draft"
    assert w.record(approval_id).fields["decision"] == "pending"
    assert {q.op["record_id"] for q in w.quarantine()} == {approval_id, plan_id}


def test_a_plan_approval_of_the_current_plan_is_applied(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    sam = w.device("sam", "supervisor", ("North",))
    reg = registered_case(amina, team="North")
    plan_id, _ = _plan(amina, reg)
    approval_id, _ = _submit(amina, plan_id)
    sam.pull()
    assert [r.status for r in _decide(sam, approval_id, Decision.APPROVED)] == ["applied",
                                                                                  "applied"]
    plan = w.record(plan_id)
    assert (plan.fields["status"], plan.fields["approved_by"]) == ("approved", "sam")


def test_a_goal_edit_puts_an_approved_plan_back_to_draft_on_the_server(w: World) -> None:
    """Even when the device's op does not say so (an older client): the server does it."""
    amina = w.device("amina", teams=("North",))
    sam = w.device("sam", "supervisor", ("North",))
    reg = registered_case(amina, team="North")
    plan_id, goal_id = _plan(amina, reg)
    approval_id, _ = _submit(amina, plan_id)
    sam.pull()
    _decide(sam, approval_id, Decision.APPROVED)
    amina.pull()
    assert amina.mirror[plan_id].fields["status"] == "approved"
    result = amina.push_one(amina.update(goal_id, {"due_date": "2027-01-31"}))
    assert (result.status, result.rev) == ("applied", 2)
    plan = w.record(plan_id)
    assert plan.fields["status"] == "draft"
    assert not {"approved_by", "approved_hash", "submitted_by", "submitted_hash"} & set(
        plan.fields)
    assert plan.seq == result.seq  # in the same transaction as the goal edit
    amina.pull()
    assert amina.mirror[plan_id].fields["status"] == "draft"


def test_goal_progress_alone_keeps_an_approved_plan_approved(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    sam = w.device("sam", "supervisor", ("North",))
    reg = registered_case(amina, team="North")
    plan_id, goal_id = _plan(amina, reg)
    approval_id, _ = _submit(amina, plan_id)
    sam.pull()
    _decide(sam, approval_id, Decision.APPROVED)
    amina.pull()
    assert amina.push_one(amina.update(goal_id, {"status": "in_progress"})).status == "applied"
    assert w.record(plan_id).fields["status"] == "approved"


def test_a_closure_request_and_its_approval_close_the_case(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    sam = w.device("sam", "supervisor", ("North",))
    reg = registered_case(amina, team="North")
    case = amina.mirror[reg.case_id]
    changes, request = workflow.request_closure(
        reg.case_id, case.fields, amina.ctx.actor, CaseAccess.of_case(case.fields),
        "Family moved away", iso_utc(NOW_MS))
    approval = amina.create(RecordType.APPROVAL, request, reg.case_id)
    assert [r.status for r in amina.push(approval, amina.update(case, changes)).results] == [
        "applied", "applied"]
    sam.pull()
    pending = sam.mirror[approval.record_id]
    current = workflow.closure_content_hash(sam.mirror[reg.case_id].fields)
    decision = workflow.decide(pending.fields, Decision.APPROVED, sam.ctx.actor,
                               CaseAccess.of_case(sam.mirror[reg.case_id].fields), current,
                               iso_utc(NOW_MS))
    closing = workflow.case_changes_after_closure_decision(
        sam.mirror[reg.case_id].fields, {**pending.fields, **decision}, "2026-11-18")
    results = sam.push(sam.update(pending, decision), sam.update(reg.case_id, closing)).results
    assert [r.status for r in results] == ["applied", "applied"]
    assert w.record(reg.case_id).fields["status"] == "closed"


def test_an_admin_cannot_write_casework(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    ada = w.device("ada", "admin")
    reg = registered_case(amina)
    ada.pull()
    result = ada.push_one(ada.create(RecordType.NOTE, {"text": "x"}, reg.case_id))
    assert result.status == "rejected"
    assert "does not allow" in (result.reason or "")


# -- the real client's op stream ---------------------------------------------------------------

def test_the_clients_own_outbox_is_accepted_as_written(w: World, workspace: Any) -> None:
    """Ops from the client's one write path (casemgr.app.Casework) apply on the server."""
    from casemgr.app.casework import Casework
    from casemgr.sync.engine import to_protocol

    device = w.device("amina", teams=("North",))
    cw = Casework(workspace, actor=Actor("amina", Role.CASEWORKER, frozenset({"North"})))
    case_id = cw.register_family(
        {"name": "Hassan"}, [{"given_name": "Zawadi", "family_name": "Hassan", "role": "child",
                              "date_of_birth": "2015-02-03"}],
        {"risk": "high", "legal_basis": "consent", "consent_given_by": "mother"}).value
    cw.record_visit(case_id, {"visit_date": "2026-11-18", "visit_type": "home",
                              "observations": "Zawadi at home with her mother."})
    plan = cw.start_case_plan(case_id, "Keep Zawadi in school").value
    cw.add_goal(plan.id, {"goal": "Attend every day"})
    cw.submit_case_plan(plan.id)
    cw.request_closure(case_id, "Family moved")
    ops = [to_protocol(op) for op in workspace.store.outbox()]
    results = apply_push(w.engine, device.ctx, device.request(*ops), iso_utc(NOW_MS)).results
    assert {r.status for r in results} == {"applied"}, [r.reason for r in results]
    assert w.record(case_id).fields["status"] == "closure_requested"
    local = {r.id: r.fields for r in workspace.store.case_records(case_id)}
    assert {r.id: r.fields for r in w.records(case_id=case_id)} == local


# -- over HTTP: hostile and malformed input -------------------------------------------------------

@pytest.fixture
def org(db_url: str, tmp_path: Any) -> Iterator[Any]:
    from tests.server.admin_support import organisation

    with organisation(db_url, tmp_path) as org:
        yield org


def _http_counts(org: Any) -> dict[str, int]:
    with org.client.app.state.engine.connect() as conn:
        return {name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
                for name, table in (("records", t.records), ("quarantine", t.quarantine),
                                    ("op_results", t.op_results))}


def _valid_body(org: Any, who: str = "amina") -> dict[str, Any]:
    from tests.server.sync_support import HttpDevice

    dev = HttpDevice(org, who)
    _, ops = register(dev)  # type: ignore[arg-type]
    return dev.request(*ops).model_dump(mode="json")


def _mutations(body: dict[str, Any]) -> dict[str, Any]:
    op = body["ops"][1]
    hostile = {
        "nul in a value": {"summary": {"base": None, "value": "a\u0000b"}},
        "lone surrogate": {"summary": {"base": None, "value": "\ud800"}},
        "nul in a key": {"summary": {"base": None, "value": {"a\u0000": 1}}},
    }
    out: dict[str, Any] = {}
    for name, changes in hostile.items():
        out[name] = {**body, "ops": [body["ops"][0], {**op, "changes": {**op["changes"],
                                                                          **changes}},
                                     body["ops"][2]]}
    out["unknown record type"] = {**body, "ops": [{**body["ops"][0], "record_type": "dragon"},
                                                  *body["ops"][1:]]}
    out["wrong type"] = {**body, "client_seq_from": "one"}
    out["unknown key"] = {**body, "surprise": True}
    out["huge seq"] = {**body, "client_seq_from": 10**30,
                       "ops": [{**o, "client_seq": 10**30 + i}
                               for i, o in enumerate(body["ops"])]}
    out["deep nesting"] = {**body, "ops": [body["ops"][0], {**op, "changes": {
        **op["changes"], "summary": {"base": None, "value": _deep(200)}}}, body["ops"][2]]}
    out["not a uuid"] = {**body, "ops": [{**body["ops"][0], "record_id": "../../etc"},
                                         *body["ops"][1:]]}
    return out


def _deep(n: int) -> Any:
    value: Any = "x"
    for _ in range(n):
        value = [value]
    return value


def test_hostile_and_malformed_pushes_get_a_4xx_and_write_nothing(org: Any) -> None:
    import json

    body = _valid_body(org)
    before = _http_counts(org)
    for name, bad in _mutations(body).items():
        raw = json.dumps(bad, ensure_ascii=True)  # "\ud800" travels as an escape
        response = org.post("/api/v1/sync/push", "amina", content=raw,
                            headers={"content-type": "application/json"})
        assert 400 <= response.status_code < 500, (name, response.status_code, response.text)
        assert "error" in response.json(), name
        assert _http_counts(org) == before, name
    for raw in ('{"ops": [', "not json", '{"a": NaN}', "[]", '{"ops": [{"changes": {"x": '
                '{"value": Infinity}}}]}', "\u0000"):
        response = org.post("/api/v1/sync/push", "amina", content=raw.encode(),
                            headers={"content-type": "application/json"})
        assert 400 <= response.status_code < 500, (raw, response.status_code)
        assert "error" in response.json()
    huge = org.post("/api/v1/sync/push", "amina", content=b"{" + b" " * (9 * 1024 * 1024) + b"}",
                    headers={"content-type": "application/json"})
    assert huge.status_code == 413
    assert _http_counts(org) == before
    ok = org.post("/api/v1/sync/push", "amina", json=body)
    assert ok.status_code == 200 and {r["status"] for r in ok.json()["results"]} == {"applied"}


def test_non_finite_numbers_in_a_value_are_refused(org: Any) -> None:
    body = _valid_body(org)
    op = body["ops"][1]
    raw = '{"base": null, "value": 1e999}'
    text = __import__("json").dumps({**body, "ops": [body["ops"][0], {
        **op, "changes": {**op["changes"], "summary": "@@"}}, body["ops"][2]]}).replace(
        '"@@"', raw)
    response = org.post("/api/v1/sync/push", "amina", content=text,
                        headers={"content-type": "application/json"})
    assert 400 <= response.status_code < 500
    assert _http_counts(org)["records"] == 0


def test_a_push_naming_another_device_or_protocol_is_refused(org: Any) -> None:
    body = _valid_body(org)
    other = org.post("/api/v1/sync/push", "amina", json={**body,
                                                         "device_id": org.devices["carl"]})
    assert other.status_code in (401, 403)
    old = org.post("/api/v1/sync/push", "amina", json={**body, "protocol_version": 99})
    assert (old.status_code, old.json()["reason"]) == (426, "upgrade_required")
    assert _http_counts(org)["records"] == 0


def test_push_and_pull_over_http(org: Any) -> None:
    from tests.server.sync_support import HttpDevice

    amina, sam = HttpDevice(org, "amina"), HttpDevice(org, "sam")
    reg, ops = register(amina, team="North")  # type: ignore[arg-type]
    assert {r.status for r in amina.push(*ops).results} == {"applied"}
    sam.pull()
    assert {reg.case_id, reg.family_id, reg.child_id} <= set(sam.mirror)
    case: RecordOut = sam.mirror[reg.case_id]
    assert sam.push_one(sam.update(case, {"risk": "high"})).status == "applied"
    amina.pull()
    assert amina.mirror[reg.case_id].fields["risk"] == "high"
    # A refused change is listed for its author and the case's supervisor.
    carl = HttpDevice(org, "carl")
    refused = carl.push_one(carl.create(RecordType.NOTE, {"text": "not mine"}, reg.case_id))
    assert refused.status == "rejected"
    listed = {who: [c["op"]["op_id"] for c in org.get("/api/v1/sync/quarantine", who)
                    .json()["changes"]] for who in ("carl", "sam", "sue", "amina")}
    assert listed == {"carl": [refused.op_id], "sam": [refused.op_id], "sue": [], "amina": []}
    spec = org.client.get("/openapi.json").json()
    push_doc = spec["paths"]["/api/v1/sync/push"]["post"]
    assert {"200", "409", "422", "426"} <= set(push_doc["responses"])
    assert "/api/v1/sync/pull" in spec["paths"]


def test_a_visit_dated_in_the_future_is_refused_by_the_server(w: World) -> None:
    """The rule is the domain's, so the server enforces it on every device's pushes (with a
    day's lead for a device in a time zone ahead of UTC); the change is quarantined, kept."""
    amina = w.device("amina", teams=("North",))
    reg = registered_case(amina)
    today = iso_utc(NOW_MS)[:10]  # the server's clock in these tests
    ahead = "2026-11-19"  # tomorrow in UTC: already today east of it
    later = "2026-12-24"
    assert today == "2026-11-18"
    ok = amina.push_one(amina.create(RecordType.VISIT, {"visit_date": ahead,
                                                        "visit_type": "home",
                                                        "participants": "Mother"},
                                     reg.case_id))
    assert ok.status == "applied"
    refused = amina.push_one(amina.create(RecordType.VISIT, {"visit_date": later,
                                                             "visit_type": "home",
                                                             "participants": "Mother"},
                                          reg.case_id))
    assert refused.status == "rejected"
    assert "future" in (refused.reason or "")
    assert counts(w)["quarantine"] == 1


def test_a_visit_is_corrected_by_its_author_only_on_the_server_too(w: World) -> None:
    """The rule is the domain's (check_record_edit with the stored record's author), so a
    supervisor's device cannot rewrite a caseworker's visit; its task may still move on."""
    amina = w.device("amina", teams=("North",))
    sam = w.device("sam", "supervisor", ("North",))
    reg = registered_case(amina, team="North")
    visit = amina.create(RecordType.VISIT, {"visit_date": "2026-11-18", "visit_type": "home",
                                            "participants": "Mother"}, reg.case_id)
    assert amina.push_one(visit).status == "applied"
    sam.pull()
    refused = sam.push_one(sam.update(visit.record_id, {"participants": "Mother, aunt"}))
    assert refused.status == "rejected"
    assert refused.reason == "Only its author, amina, can correct this visit."
    amina.pull()
    corrected = amina.push_one(amina.update(visit.record_id, {"participants": "Mother, aunt"}))
    assert corrected.status == "applied"
    assert w.record(visit.record_id).fields["participants"] == "Mother, aunt"
