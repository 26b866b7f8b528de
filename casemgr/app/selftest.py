"""The storage half of `casemgr --self-test` (the desktop half: casemgr/ui/selftest.py): an
encrypted workspace of a synthetic user in a folder of the caller's, a case written through
the use cases, the files on the disk checked for plain text, the workspace unlocked again and
the case read back."""

from __future__ import annotations

from pathlib import Path

from casemgr.app.casework import Casework
from casemgr.db.workspace import WorkspacePaths, create_workspace, unlock_workspace

USER = "selftest"
# Synthetic: the words the files on the disk must not contain.
FAMILY = {"name": "Quillfeather", "area": "Selftestville", "phone": "+000 555 0100"}
CHILD = {"given_name": "Zephyrine", "family_name": "Quillfeather", "role": "child",
         "sex": "female", "date_of_birth": "2017-03-09"}
CASE = {"risk": "high", "legal_basis": "consent", "consent_given_by": "Oriel Quillfeather"}


class SelfTestFailed(Exception):
    """A step did not do what it must."""


def write_case(data_dir: Path, password: str) -> tuple[str, int]:
    """A new encrypted workspace with one case; the case's id and how many forms shipped."""
    ws = create_workspace(data_dir, USER, password,
                          profile={"role": "caseworker", "teams": "selftest"})
    try:
        cw = Casework(ws)
        if not cw.forms:
            raise SelfTestFailed("no forms were found among the shipped resources")
        return cw.register_family(FAMILY, [CHILD], CASE).value, len(cw.forms)
    finally:
        ws.close()


def check_encrypted(data_dir: Path) -> int:
    """Every file of the workspace checked: no SQLite header, no word of the case; how many."""
    paths = WorkspacePaths.for_user(data_dir, USER)
    files = [p for p in paths.root.rglob("*") if p.is_file()]
    for path in files:
        raw = path.read_bytes()
        if path == paths.db and raw.startswith(b"SQLite format 3\x00"):
            raise SelfTestFailed("the workspace database is not encrypted")
        for word in (FAMILY["name"], CHILD["given_name"], FAMILY["area"]):
            if word.encode() in raw:
                raise SelfTestFailed(f"{path.name} holds case data in plain text")
    return len(files)


def read_case(data_dir: Path, password: str, case_id: str) -> None:
    """Unlock again, read the case back, and check the workspace (integrity, audit chain)."""
    ws = unlock_workspace(data_dir, USER, password)
    try:
        case = ws.store.get(case_id)
        if case is None or case.fields.get("risk") != CASE["risk"]:
            raise SelfTestFailed("the case read back is not the case written")
        problems = ws.check()
        if problems:
            raise SelfTestFailed(f"the workspace check found {len(problems)} problems")
    finally:
        ws.close()


__all__ = ["CASE", "CHILD", "FAMILY", "USER", "SelfTestFailed", "check_encrypted", "read_case",
           "write_case"]
