"""What a use case changed, as Anki's operations return `OpChanges`: the views showing those
records refresh, and nothing else does.

Every write use case of `Casework` returns an `Outcome`: its value (the record it created or
changed, a case id, …) and the `Changes` it committed. The sync use case reports the cases
and record types each pulled page wrote in the same form.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from casemgr.domain.records import Record, RecordType

T = TypeVar("T")
U = TypeVar("U")


@dataclass(frozen=True)
class Changes:
    """The records one operation wrote (id and type) and the cases they belong to. A sync
    knows only the cases and record types of what it received (`record_types`)."""

    records: frozenset[tuple[str, RecordType]] = frozenset()
    case_ids: frozenset[str] = frozenset()
    deleted_cases: frozenset[str] = frozenset()
    ops: int = 0  # outbox entries written (one per record change): what the next sync sends
    record_types: frozenset[RecordType] = frozenset()

    @classmethod
    def of(cls, written: Iterable[Record]) -> Changes:
        written = list(written)
        return cls(
            records=frozenset((r.id, r.type) for r in written),
            case_ids=frozenset(r.case_id for r in written if r.case_id),
            deleted_cases=frozenset(r.id for r in written
                                    if r.type is RecordType.CASE and r.deleted),
            ops=len(written))

    @property
    def types(self) -> frozenset[RecordType]:
        return frozenset(t for _, t in self.records) | self.record_types

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.records | other.records, self.case_ids | other.case_ids,
                       self.deleted_cases | other.deleted_cases, self.ops + other.ops,
                       self.record_types | other.record_types)

    def __bool__(self) -> bool:
        return bool(self.records or self.case_ids or self.deleted_cases or self.record_types)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a write use case returns: its value and what it changed."""

    value: T
    changes: Changes = field(default_factory=Changes)

    def then(self, other: Outcome[U]) -> Outcome[U]:
        """Two use cases run one after the other: the second's value, both changes."""
        return Outcome(other.value, self.changes | other.changes)


__all__ = ["Changes", "Outcome"]
