"""The hash-chained audit log: who did what to which record, when; never field values.

An entry may carry a `detail`: a JSON object of metadata only (an export's format, tables,
scope, row counts), never case data; it is part of the entry's hash. Entries without one
hash as they did before details existed.

Each entry's hash is SHA-256(previous hash || canonical entry). The head hash and the entry
count are also kept in `meta`, so removing the newest entries is detected as well.

Stored compactly (workspace migration 12): each hash as its 32 bytes, a record id that is a
UUID as its 16 bytes (any other id as text). The hash is computed over their usual text
forms (lower-case hex, the hyphenated UUID), so a chain written before migration 12 still
verifies; `pack_id` and `unpack_id` convert, and every read gives the text forms back. An
entry keeps only its own hash (migration 14): the previous one, which it is computed over,
is the hash of the entry before it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from casemgr.domain.records import canonical_json

GENESIS = "0" * 64

# A record id stored as 16 bytes: exactly the form str(uuid.UUID(...)) gives back, so that
# unpacking returns the id that was packed. The same test is migration 12's GLOB.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
UUID_GLOB = "-".join("[0-9a-f]" * n for n in (8, 4, 4, 4, 12))  # the same test in SQL


def pack_id(record_id: str | None) -> bytes | str | None:
    """A record id as the audit table stores it: a UUID as its 16 bytes, else as it is."""
    if record_id is not None and _UUID.fullmatch(record_id):
        return bytes.fromhex(record_id.replace("-", ""))
    return record_id


def unpack_id(value: bytes | str | None) -> str | None:
    """The text form of a stored record id."""
    if isinstance(value, bytes):
        h = value.hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return value


def packed_ids_sql(placeholder: str = "?") -> str:
    """A subquery of the stored forms of the record ids in a JSON list argument (their text
    forms), for a `record_id IN (...)` that reads the audit_by_record index."""
    return (f"SELECT CASE WHEN value GLOB '{UUID_GLOB}' THEN unhex(replace(value, '-', '')) "  # nosec B608 # a constant pattern; the ids are bound
            f"ELSE value END FROM json_each({placeholder})")


def _hex(value: bytes | str) -> str:
    return value.hex() if isinstance(value, bytes) else value


def entry_hash(prev_hash: str, seq: int, at: str, actor: str, action: str,
               record_id: str | None, record_type: str | None,
               detail: str | None = None) -> str:
    parts: list[object] = [seq, at, actor, action, record_id, record_type]
    if detail is not None:
        parts.append(detail)
    body = canonical_json(parts)
    return hashlib.sha256((prev_hash + body).encode()).hexdigest()


def insert_entry(conn: Any, *, prev_hash: str, seq: int, at: str, actor: str, action: str,
                 record_id: str | None = None, record_type: str | None = None,
                 detail: Mapping[str, Any] | None = None) -> str:
    """Insert entry `seq` after `prev_hash`; returns its hash. The caller keeps meta's head."""
    text = canonical_json(detail) if detail is not None else None
    digest = entry_hash(prev_hash, seq, at, actor, action, record_id, record_type, text)
    conn.execute(
        "INSERT INTO audit (seq, at, actor, action, record_id, record_type, hash, detail) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, pack_id(record_id), record_type, bytes.fromhex(digest), text),
    )
    return digest


@dataclass
class ChainReport:
    entries: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain(conn: Any) -> ChainReport:
    """Walk the chain; report edited, deleted, inserted or reordered entries."""
    report = ChainReport()
    prev, expected_seq = GENESIS, 1
    rows = conn.execute(
        "SELECT seq, at, actor, action, record_id, record_type, hash, detail "
        "FROM audit ORDER BY seq"
    )
    for seq, at, actor, action, stored_id, record_type, stored, detail in rows:
        report.entries += 1
        record_id, digest = unpack_id(stored_id), _hex(stored)
        if seq != expected_seq:
            report.problems.append(f"entry {expected_seq} is missing (next is {seq})")
        elif entry_hash(prev, seq, at, actor, action, record_id, record_type,
                        detail) != digest:
            # Over the previous entry's hash too: a rewritten previous entry (its own hash
            # recomputed) shows here.
            report.problems.append(f"entry {seq} was altered" + (
                f" (or entry {seq - 1} was rewritten)" if seq > 1 else ""))
        if report.problems:
            return report
        prev, expected_seq = digest, seq + 1
    head = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()[0]
    count = int(conn.execute("SELECT value FROM meta WHERE key = 'audit_count'").fetchone()[0])
    if count != report.entries or head != prev:
        report.problems.append(
            f"the log ends early: {report.entries} entries where {count} were written")
    return report
