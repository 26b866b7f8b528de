"""Fixtures shared by every test: a fixed clock, cheap key derivation, real workspaces."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casemgr.db.keys import KdfParams
from casemgr.db.workspace import Workspace, create_workspace
from casemgr.domain.clock import FixedClock

# Argon2id at 64 MiB costs ~0.15 s per unlock; tests use a cheap setting except where the
# real cost is the point (tests/unit/db/test_keys.py checks the default parameters).
FAST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
PASSWORD = "correct horse battery"
START_MS = 1_795_000_000_000  # 2026-11-18T...Z, a fixed "now" for deterministic tests


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START_MS)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def workspace(data_dir: Path, clock: FixedClock) -> Iterator[Workspace]:
    ws = create_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf=FAST_KDF)
    yield ws
    ws.close()


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
