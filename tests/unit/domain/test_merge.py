"""The field-level three-way merge of sync: no lost update, the server value kept on a real
concurrent change, a device's own earlier changes never counted against it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from casemgr.domain.merge import (
    DELETED,
    FieldMeta,
    Merge,
    changed_by_others,
    edit_of_deleted,
    merge_delete,
    merge_update,
    same,
)

FIELDS = ("name", "risk", "phone", "area")
DEVICES = ("mine", "theirs", "server")
values = st.one_of(st.integers(0, 3), st.sampled_from(["low", "high", ""]), st.booleans())
maybe_values = st.one_of(st.none(), values)


@dataclass
class Server:
    """A record on the server as the merge sees it; `write` applies ops as sync does."""

    fields: dict[str, Any]
    meta: dict[str, Any] = field(default_factory=dict)
    rev: int = 1

    def write(self, changes: dict[str, tuple[Any, Any]], base_rev: int, device: str) -> Merge:
        merged = merge_update(self.fields, self.meta, rev=self.rev, base_rev=base_rev,
                              changes=changes, own_device=device)
        if merged.apply:
            self.rev += 1
            for name, value in merged.apply.items():
                if value is None:
                    self.fields.pop(name, None)
                else:
                    self.fields[name] = value
                self.meta[name] = [self.rev, f"{device}-user", f"t{self.rev}", device]
        return merged


@st.composite
def situations(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any], int, int,
                                         dict[str, tuple[Any, Any]]]:
    """Server fields and field_meta at `rev`, and an op made against `base_rev`."""
    rev = draw(st.integers(1, 6))
    base_rev = draw(st.integers(0, rev))
    fields = draw(st.dictionaries(st.sampled_from(FIELDS), values))
    meta = {name: FieldMeta(draw(st.integers(1, rev)), draw(st.sampled_from(["ann", "bob"])),
                            f"2026-11-18T10:0{draw(st.integers(0, 9))}:00.000Z",
                            draw(st.sampled_from(DEVICES))).dump()
            for name in fields}
    names = draw(st.sets(st.sampled_from(FIELDS), min_size=1))
    # Bases and values often equal the server's value: the interesting cases.
    changes = {name: (draw(st.one_of(st.just(fields.get(name)), maybe_values)),
                      draw(st.one_of(st.just(fields.get(name)), maybe_values)))
               for name in sorted(names)}
    return fields, meta, rev, base_rev, changes


@given(situations())
def test_every_change_is_applied_already_there_or_kept_in_a_conflict(situation: Any) -> None:
    fields, meta, rev, base_rev, changes = situation
    merged = merge_update(fields, meta, rev=rev, base_rev=base_rev, changes=changes,
                          own_device="mine")
    conflicted = {c.field: c for c in merged.conflicts}
    assert not conflicted.keys() & merged.apply.keys()
    for name, (base, value) in changes.items():
        if name in merged.apply:
            assert same(merged.apply[name], value)
        elif name in conflicted:
            c = conflicted[name]
            # The server value is kept, and the conflict holds all three versions.
            assert (c.base_value, c.server_value, c.client_value) == (base, fields.get(name),
                                                                      value)
            stamp = FieldMeta.parse(meta[name])
            assert (c.server_by, c.server_at) == (stamp.by, stamp.at)
        else:
            assert same(fields.get(name), value)  # nothing to do: already the value


@given(situations())
def test_a_conflict_needs_a_real_concurrent_change_by_someone_else(situation: Any) -> None:
    fields, meta, rev, base_rev, changes = situation
    merged = merge_update(fields, meta, rev=rev, base_rev=base_rev, changes=changes,
                          own_device="mine")
    for c in merged.conflicts:
        stamp = FieldMeta.parse(meta[c.field])
        assert stamp.rev > base_rev and stamp.device != "mine"
        assert not same(fields.get(c.field), c.base_value)
        assert not same(fields.get(c.field), c.client_value)
    for name in changes:
        stamp = FieldMeta.parse(meta[name]) if name in meta else None
        if stamp is None or stamp.rev <= base_rev or stamp.device == "mine":
            assert name not in {c.field for c in merged.conflicts}


@given(situations())
def test_an_op_made_against_the_current_revision_applies_whole(situation: Any) -> None:
    fields, meta, rev, _base_rev, changes = situation
    merged = merge_update(fields, meta, rev=rev, base_rev=rev, changes=changes)
    assert merged.conflicts == ()
    assert merged.apply == {k: v for k, (_b, v) in changes.items()
                            if not same(fields.get(k), v)}


@given(situations())
def test_merging_again_after_the_write_changes_nothing_more(situation: Any) -> None:
    fields, meta, rev, base_rev, changes = situation
    server = Server(dict(fields), dict(meta), rev)
    first = server.write(changes, base_rev, "mine")
    again = server.write(changes, base_rev, "mine")
    assert again.apply == {}
    assert {c.field for c in again.conflicts} == {c.field for c in first.conflicts}


@given(st.dictionaries(st.sampled_from(FIELDS), values, min_size=1),
       st.dictionaries(st.sampled_from(FIELDS), values), st.data())
def test_edits_of_different_fields_from_the_same_base_merge_in_either_order(
        base: dict[str, Any], edit_a: dict[str, Any], data: st.DataObject) -> None:
    others = [f for f in FIELDS if f not in edit_a]
    edit_b = data.draw(st.dictionaries(st.sampled_from(others), values) if others
                       else st.just({}))
    op_a = {k: (base.get(k), v) for k, v in edit_a.items()}
    op_b = {k: (base.get(k), v) for k, v in edit_b.items()}
    results = []
    for first, second in (((op_a, "mine"), (op_b, "theirs")),
                          ((op_b, "theirs"), (op_a, "mine"))):
        server = Server(dict(base))
        conflicts = server.write(first[0], 1, first[1]).conflicts + server.write(
            second[0], 1, second[1]).conflicts
        assert conflicts == ()
        results.append(server.fields)
    assert results[0] == results[1] == {**base, **edit_a, **edit_b}


@given(st.dictionaries(st.sampled_from(FIELDS), values, min_size=1), st.data())
def test_the_same_field_changed_twice_keeps_the_first_and_records_the_second(
        base: dict[str, Any], data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(base)))
    theirs = data.draw(values.filter(lambda v: not same(v, base[name])))
    mine = data.draw(values.filter(lambda v: not same(v, base[name]) and not same(v, theirs)))
    server = Server(dict(base))
    assert server.write({name: (base[name], theirs)}, 1, "theirs").conflicts == ()
    merged = server.write({name: (base[name], mine)}, 1, "mine")
    assert server.fields[name] == theirs
    (conflict,) = merged.conflicts
    assert (conflict.field, conflict.base_value, conflict.server_value,
            conflict.client_value) == (name, base[name], theirs, mine)
    assert conflict.server_by == "theirs-user"


@given(st.dictionaries(st.sampled_from(FIELDS), values, min_size=1),
       st.lists(st.dictionaries(st.sampled_from(FIELDS), values, min_size=1), min_size=1,
                max_size=4))
def test_a_devices_own_earlier_ops_never_conflict_with_its_later_ones(
        base: dict[str, Any], edits: list[dict[str, Any]]) -> None:
    """A device writes several ops against the revision it last pulled (base_rev 1)."""
    server, local = Server(dict(base)), dict(base)
    for edit in edits:
        merged = server.write({k: (local.get(k), v) for k, v in edit.items()}, 1, "mine")
        assert merged.conflicts == ()
        local.update(edit)
    assert server.fields == local


def test_equal_values_are_no_op_and_1_is_not_true() -> None:
    merged = merge_update({"a": 1, "b": True}, {"a": [5, "x", "t", "theirs"],
                                                "b": [5, "x", "t", "theirs"]},
                          rev=5, base_rev=1, changes={"a": (0, 1), "b": (False, 1)})
    assert merged.apply == {}
    assert [c.field for c in merged.conflicts] == ["b"]


def test_a_server_restored_from_backup_merges_on_values_only() -> None:
    """The device saw revision 9, the server is back at 3: only values can be trusted."""
    fields = {"a": "x", "b": "y"}
    meta = {"a": [2, "ann", "t", "theirs"], "b": [3, "ann", "t", "theirs"]}
    merged = merge_update(fields, meta, rev=3, base_rev=9,
                          changes={"a": ("x", "new"), "b": ("old", "mine")})
    assert merged.apply == {"a": "new"}
    assert [(c.field, c.server_value) for c in merged.conflicts] == [("b", "y")]


# -- deletes -------------------------------------------------------------------------------------

def test_a_delete_of_the_revision_it_saw_goes_ahead() -> None:
    assert merge_delete({"a": 1}, {"a": [3, "ann", "t", "theirs"]}, rev=3, base_rev=3,
                        updated_by="ann", updated_at="t") is None


def test_a_delete_after_its_own_devices_edit_goes_ahead() -> None:
    assert merge_delete({"a": 2}, {"a": [4, "me", "t", "mine"]}, rev=4, base_rev=3,
                        updated_by="me", updated_at="t", own_device="mine") is None


@given(st.integers(1, 5), st.integers(1, 5), st.sampled_from(["theirs", "server"]))
def test_a_delete_against_a_concurrent_edit_is_a_conflict(base_rev: int, more: int,
                                                          who: str) -> None:
    rev = base_rev + more
    conflict = merge_delete({"a": 1, "b": 2},
                            {"a": [base_rev, "me", "t0", "mine"],
                             "b": [rev, "bob", "2026-11-18T10:00:00.000Z", who]},
                            rev=rev, base_rev=base_rev, updated_by="bob", updated_at="t",
                            own_device="mine")
    assert conflict is not None
    assert (conflict.field, conflict.server_value, conflict.client_value) == (DELETED, False,
                                                                              True)
    assert (conflict.server_by, conflict.server_at) == ("bob", "2026-11-18T10:00:00.000Z")


@given(st.dictionaries(st.sampled_from(FIELDS), st.tuples(maybe_values, maybe_values),
                       min_size=1))
def test_an_edit_of_a_deleted_record_is_kept_in_a_conflict_not_applied(
        changes: dict[str, tuple[Any, Any]]) -> None:
    conflict = edit_of_deleted(changes, deleted_by="bob", deleted_at="t")
    assert conflict is not None
    assert (conflict.field, conflict.server_value, conflict.server_by) == (DELETED, True, "bob")
    assert conflict.client_value == {k: v for k, (_b, v) in changes.items()}


def test_an_empty_edit_of_a_deleted_record_is_nothing() -> None:
    assert edit_of_deleted({}, deleted_by="bob", deleted_at="t") is None


def test_an_op_built_on_the_devices_own_earlier_ops_counts_as_applied_as_sent() -> None:
    meta = {"a": [2, "me", "t", "mine"], "b": [1, "ann", "t", "theirs"]}
    assert not changed_by_others(meta, rev=2, base_rev=1, own_device="mine")
    assert changed_by_others(meta, rev=2, base_rev=1, own_device="other")
    assert changed_by_others({}, rev=2, base_rev=5)  # a restored server: nothing is certain
    assert not changed_by_others(meta, rev=2, base_rev=2)
