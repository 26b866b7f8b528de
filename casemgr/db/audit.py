"""The hash-chained audit log: who did what to which record, when; never field values.

An entry may carry a `detail`: a JSON object of metadata only (an export's format, tables,
scope, row counts), never case data; it is part of the entry's hash. Entries without one
hash as they did before details existed.

Each entry's hash is SHA-256(previous hash || canonical entry). The head hash and the entry
count are also kept in `meta`, so removing the newest entries is detected as well.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from casemgr.domain.records import canonical_json

GENESIS = "0" * 64


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
        "INSERT INTO audit (seq, at, actor, action, record_id, record_type, prev_hash, hash, "
        "detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, record_id, record_type, prev_hash, digest, text),
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
        "SELECT seq, at, actor, action, record_id, record_type, prev_hash, hash, detail "
        "FROM audit ORDER BY seq"
    )
    for seq, at, actor, action, record_id, record_type, prev_hash, digest, detail in rows:
        report.entries += 1
        if seq != expected_seq:
            report.problems.append(f"entry {expected_seq} is missing (next is {seq})")
        elif prev_hash != prev:
            report.problems.append(f"entry {seq} does not follow entry {seq - 1}")
        elif entry_hash(prev, seq, at, actor, action, record_id, record_type,
                        detail) != digest:
            report.problems.append(f"entry {seq} was altered")
        if report.problems:
            return report
        prev, expected_seq = digest, seq + 1
    head = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()[0]
    count = int(conn.execute("SELECT value FROM meta WHERE key = 'audit_count'").fetchone()[0])
    if count != report.entries or head != prev:
        report.problems.append(
            f"the log ends early: {report.entries} entries where {count} were written")
    return report
