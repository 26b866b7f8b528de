"""The field-level three-way merge of sync (DESIGN.md 6, steps 3-5): pure, run by the server.

An op carries, per changed field, the value the device started from (`base`) and the value
it wrote. Against the server's record and its `field_meta` ({field: [rev, by, at, device]},
the revision that last changed the field, by whom, when, from which device):

- a field the server has not changed since `base_rev` takes the device's value; so does one
  the server changed but whose value still equals the device's base;
- a field whose server value already equals the device's value is a no-op;
- otherwise the change is concurrent: the server value is kept and a `FieldConflict`
  records the base, the server value with its author and time, and the device's value.

Changes made by the same device since `base_rev` are not concurrent: a device writes several
ops against the revision it last pulled, and its own earlier ops are what its later ones
built on (field_meta's fourth element tells them apart; entries without it count as foreign).

Deletes: a delete against a concurrent edit is a conflict (field `deleted`, server value
False): the record is kept, nothing is silently lost. An edit to a record deleted
concurrently does not bring it back (no resurrection): the record stays deleted and one
conflict (field `deleted`, server value True, by whoever deleted it) keeps the device's
values, as an object of field -> value, for a person to act on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from casemgr.domain.records import canonical_json

DELETED = "deleted"  # the `field` of a conflict about a deletion


@dataclass(frozen=True)
class FieldConflict:
    """A concurrent change the merge did not apply: the server value was kept."""

    field: str
    base_value: Any
    server_value: Any
    server_by: str
    server_at: str
    client_value: Any


@dataclass(frozen=True)
class Merge:
    """What to write: the device's values that win (None clears), and the conflicts."""

    apply: dict[str, Any] = field(default_factory=dict)
    conflicts: tuple[FieldConflict, ...] = ()

    @property
    def outcome(self) -> Literal["merged", "conflict"]:
        return "conflict" if self.conflicts else "merged"


@dataclass(frozen=True)
class FieldMeta:
    """One field_meta entry: the revision that last changed the field, by whom, when, where."""

    rev: int
    by: str
    at: str
    device: str | None = None

    @classmethod
    def parse(cls, raw: Any) -> FieldMeta:
        """Read a stored entry ([rev, by, at] or [rev, by, at, device])."""
        items = list(raw) if isinstance(raw, list | tuple) else []
        rev = items[0] if items and isinstance(items[0], int) else 0
        by = str(items[1]) if len(items) > 1 else ""
        at = str(items[2]) if len(items) > 2 else ""
        device = str(items[3]) if len(items) > 3 and items[3] is not None else None
        return cls(rev, by, at, device)

    def dump(self) -> list[Any]:
        return [self.rev, self.by, self.at, self.device]


_PLAIN = (str, int, bool, type(None))  # equal as JSON exactly when equal and of one type


def same(a: Any, b: Any) -> bool:
    """JSON equality: 1 and True differ, key order does not matter."""
    if a is b:
        return True
    kind = type(a)
    if kind in _PLAIN and type(b) in _PLAIN:  # most fields: no JSON text needed
        return kind is type(b) and a == b
    return canonical_json(a) == canonical_json(b)


def _changed_since(meta: FieldMeta | None, base_rev: int, rev: int, own_device: str | None
                   ) -> bool:
    """Whether someone other than the device changed the field after the base it saw."""
    if base_rev > rev:
        # The device saw a revision this server never issued (restored from a backup):
        # the history is unknown, so only values can tell.
        return True
    if meta is None or meta.rev <= base_rev:
        return False
    return own_device is None or meta.device != own_device


def changed_by_others(field_meta: Mapping[str, Any], *, rev: int, base_rev: int,
                      own_device: str | None = None) -> bool:
    """Whether anyone but the device changed the record after the revision it saw: if not,
    an op applies exactly as sent (its device's own earlier ops are what it built on)."""
    if base_rev == rev:
        return False
    return base_rev > rev or any(
        _changed_since(FieldMeta.parse(raw), base_rev, rev, own_device)
        for raw in field_meta.values())


def merge_update(fields: Mapping[str, Any], field_meta: Mapping[str, Any], *, rev: int,
                 base_rev: int, changes: Mapping[str, tuple[Any, Any]],
                 own_device: str | None = None) -> Merge:
    """Merge one op's changes ({field: (base, value)}) into the server's record.

    `rev` is the record's current revision; with `base_rev == rev` every change applies.
    """
    apply: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for name, (base, value) in changes.items():
        server = fields.get(name)
        if same(server, value):
            continue  # already so: an equal value is a no-op
        meta = FieldMeta.parse(field_meta[name]) if name in field_meta else None
        if base_rev == rev or not _changed_since(meta, base_rev, rev, own_device) or same(
                server, base):
            apply[name] = value
            continue
        assert meta is not None or base_rev > rev
        conflicts.append(FieldConflict(name, base, server, meta.by if meta else "",
                                       meta.at if meta else "", value))
    return Merge(apply, tuple(conflicts))


def merge_delete(fields: Mapping[str, Any], field_meta: Mapping[str, Any], *, rev: int,
                 base_rev: int, updated_by: str, updated_at: str,
                 own_device: str | None = None) -> FieldConflict | None:
    """None if the delete may go ahead; else the conflict with the edit it would erase."""
    if base_rev == rev:
        return None
    latest: FieldMeta | None = None
    for name in fields.keys() | field_meta.keys():
        meta = FieldMeta.parse(field_meta[name]) if name in field_meta else None
        if _changed_since(meta, base_rev, rev, own_device) and (
                latest is None or (meta is not None and meta.rev > latest.rev)):
            latest = meta or FieldMeta(rev, updated_by, updated_at)
    if latest is None:
        return None
    return FieldConflict(DELETED, False, False, latest.by, latest.at, True)


def edit_of_deleted(changes: Mapping[str, tuple[Any, Any]], *, deleted_by: str,
                    deleted_at: str) -> FieldConflict | None:
    """The conflict of an edit that arrives after the record was deleted (it stays deleted)."""
    wanted = {name: value for name, (_base, value) in changes.items()}
    if not wanted:
        return None
    return FieldConflict(DELETED, False, True, deleted_by, deleted_at, wanted)


__all__ = ["DELETED", "FieldConflict", "FieldMeta", "Merge", "changed_by_others",
           "edit_of_deleted", "merge_delete", "merge_update", "same"]
