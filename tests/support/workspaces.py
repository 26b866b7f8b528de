"""Constants and a helper for tests on real encrypted workspaces: cheap key derivation, the
password, a fixed "now", and a case written straight through the store."""

from __future__ import annotations

from casemgr.db.keys import KdfParams
from casemgr.db.workspace import Workspace

# Argon2id at 64 MiB costs ~0.15 s per unlock; tests use a cheap setting except where the
# real cost is the point (tests/unit/db/test_keys.py checks the default parameters).
FAST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
PASSWORD = "correct horse battery"
START_MS = 1_795_000_000_000  # 2026-11-18T...Z, a fixed "now" for deterministic tests


def add_case(ws: Workspace, family: str = "Hassan", child: str = "Zawadi",
             note: str | None = None, risk: str = "medium", status: str = "open") -> str:
    """A case with its family, one child and optionally a note, written through the store."""
    from casemgr.domain.ids import uuid7
    from casemgr.domain.records import RecordType

    case_id = uuid7()
    with ws.store.write(ws.user) as tx:
        fam = tx.create(RecordType.FAMILY, {"name": family}, case_id=case_id)
        tx.create(RecordType.CASE, {
            "case_number": tx.next_case_number(), "family_id": fam.id, "status": status,
            "assigned_to": ws.user, "legal_basis": "consent", "opened_on": "2026-11-01",
            "risk": risk}, case_id=case_id, record_id=case_id)
        tx.create(RecordType.PERSON, {"family_id": fam.id, "given_name": child,
                                      "family_name": family, "role": "child",
                                      "date_of_birth": "2015-02-03"}, case_id=case_id)
        if note:
            tx.create(RecordType.NOTE, {"text": note}, case_id=case_id)
    return case_id
