"""Attachments encrypted at rest in 64 KiB chunks: readable only with their record's key,
and any damage, truncation or swap is detected rather than shown as content."""

from __future__ import annotations

import os

import pytest

from casemgr.app.casework import Casework
from casemgr.db.attachments import (
    CHUNK,
    CorruptAttachment,
    open_sealed,
    seal_file,
    sealed_size,
    sha256_of,
)
from tests.support.workspaces import add_case

RID = "0190aaaa-0000-7000-8000-0000000000a1"


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 17])
def test_round_trip_of_any_size(tmp_path, size):
    data = os.urandom(size)
    (tmp_path / "in").write_bytes(data)
    sealed = seal_file(tmp_path / "in", tmp_path / "out", RID)
    assert sealed.size == size
    assert sealed.sha256 == sha256_of(tmp_path / "out")
    assert sealed.stored_size == (tmp_path / "out").stat().st_size == sealed_size(size)
    assert b"".join(open_sealed(tmp_path / "out", sealed.key_hex, RID)) == data


def test_the_stored_file_holds_no_plaintext(tmp_path):
    marker = b"Child protection report for Zawadi Hassan" * 100
    (tmp_path / "in").write_bytes(marker)
    seal_file(tmp_path / "in", tmp_path / "out", RID)
    assert b"Zawadi" not in (tmp_path / "out").read_bytes()


def sealed_copy(tmp_path, size=3 * CHUNK):
    (tmp_path / "in").write_bytes(os.urandom(size))
    return seal_file(tmp_path / "in", tmp_path / "out", RID), tmp_path / "out"


def test_a_flipped_byte_is_detected(tmp_path):
    sealed, path = sealed_copy(tmp_path)
    raw = bytearray(path.read_bytes())
    raw[CHUNK + 100] ^= 1
    path.write_bytes(bytes(raw))
    with pytest.raises(CorruptAttachment):
        b"".join(open_sealed(path, sealed.key_hex, RID))


def test_a_file_cut_at_a_chunk_boundary_is_detected(tmp_path):
    sealed, path = sealed_copy(tmp_path)
    raw = path.read_bytes()
    path.write_bytes(raw[: 12 + 2 * (CHUNK + 16)])  # header + two whole chunks
    with pytest.raises(CorruptAttachment):
        b"".join(open_sealed(path, sealed.key_hex, RID))


def test_a_file_under_another_record_or_key_does_not_open(tmp_path):
    sealed, path = sealed_copy(tmp_path)
    with pytest.raises(CorruptAttachment):
        b"".join(open_sealed(path, sealed.key_hex, "0190aaaa-0000-7000-8000-0000000000a2"))
    with pytest.raises(CorruptAttachment):
        b"".join(open_sealed(path, os.urandom(32).hex(), RID))


def test_attaching_to_a_case_encrypts_queues_and_reads_back(workspace, tmp_path):
    case_id = add_case(workspace)
    cw = Casework(workspace)
    source = tmp_path / "school-report.pdf"
    source.write_bytes(b"%PDF-1.4 attendance 62%" + os.urandom(100_000))
    record = cw.attach_file(case_id, source, "Term report").value
    assert record.fields["media_type"] == "application/pdf"
    assert record.fields["size"] == source.stat().st_size
    assert b"".join(cw.read_attachment(record.id)) == source.read_bytes()
    queued = workspace.conn.execute("SELECT record_id, sha256 FROM blob_uploads").fetchall()
    assert queued == [(record.id, record.fields["sha256"])]
    assert workspace.store.audit_entries()[-1]["action"] == "open_attachment"
    cw.delete_record(record.id)
    assert not (workspace.paths.attachments / record.id).exists()


def test_files_no_record_names_are_swept_on_unlock(workspace, data_dir, clock, tmp_path):
    from casemgr.db.workspace import unlock_workspace
    from tests.support.workspaces import FAST_KDF, PASSWORD

    case_id = add_case(workspace)
    source = tmp_path / "photo.jpg"
    source.write_bytes(os.urandom(1000))
    kept = Casework(workspace).attach_file(case_id, source).value
    folder = workspace.paths.attachments
    (folder / "0190aaaa-0000-7000-8000-0000000000ff").write_bytes(b"orphan ciphertext")
    (folder / ".0190aaaa-0000-7000-8000-0000000000fe.part").write_bytes(b"cut seal")
    (folder / f".{kept.id}.download").write_bytes(b"half a download")
    workspace.close()
    with unlock_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf_policy=FAST_KDF):
        assert sorted(p.name for p in folder.iterdir()) == sorted([kept.id, f".{kept.id}.download"])
