"""Attachment blobs (DESIGN.md 6): content-addressed by the SHA-256 of the ciphertext the
device uploads, in 1 MiB chunks, resumable, kept in the database so workers stay stateless.

The blob is ciphertext; its per-file key is a field of the attachment record, which syncs
like any record, so the server (which holds every record of a case) can read attachments as
it can read records: the per-file key protects the file at rest on the laptop and lets a
deleted record make its file unreadable, not the file from the server (docs/sync.md,
"Attachments"). A blob belongs to its attachment record:
uploading needs the record (pushed first) in a case the device may edit, downloading needs
it in the device's scope.
"""

from __future__ import annotations

import hashlib
from typing import Any

import sqlalchemy as sa

from casemgr.domain.errors import PermissionDenied
from casemgr.domain.permissions import Action, CaseAccess, require
from casemgr.domain.records import RecordType
from casemgr.server import tables as t
from casemgr.server.api.deps import DeviceContext, require_protocol
from casemgr.server.errors import ApiError
from casemgr.sync.protocol import CHUNK_SIZE, AttachmentInit, AttachmentStatus


def chunk_count(size: int) -> int:
    return -(-size // CHUNK_SIZE)


def chunk_size(size: int, idx: int) -> int:
    """The exact size of chunk `idx` of a blob of `size` bytes (the last one may be short)."""
    return min(CHUNK_SIZE, size - idx * CHUNK_SIZE)


def _authorise(conn: sa.Connection, device: DeviceContext, record_id: str,
               action: Action, now_iso: str | None = None) -> dict[str, object]:
    """The attachment record's fields, if the device may take `action` on its case (to view:
    also under a break-glass grant running at `now_iso`, casemgr.server.sync.glass)."""
    r = t.records
    row = conn.execute(sa.select(r.c.type, r.c.case_id, r.c.fields, r.c.deleted)
                       .where(r.c.id == record_id)).first()
    if row is None or row.deleted or row.type != RecordType.ATTACHMENT.value:
        raise ApiError(404, "not_found", "There is no such attachment; sync its record first.")
    case = conn.execute(sa.select(r.c.fields).where(r.c.id == row.case_id)).scalar_one_or_none()
    scope = conn.execute(sa.select(t.case_scope.c.assigned_to, t.case_scope.c.team)
                         .where(t.case_scope.c.case_id == row.case_id)).first()
    if isinstance(case, dict):
        access = CaseAccess.of_case(case)
    elif scope is not None:
        access = CaseAccess(scope.assigned_to, scope.team)
    else:
        raise ApiError(404, "not_found", "There is no such attachment.")
    try:
        require(device.actor, action, access)
    except PermissionDenied as exc:
        g = t.access_grants
        if action is not Action.VIEW_CASE or now_iso is None or conn.execute(
                sa.select(g.c.id).where(g.c.case_id == row.case_id,
                                        g.c.username == device.username,
                                        g.c.expires_at > now_iso).limit(1)).first() is None:
            raise ApiError(403, "forbidden", str(exc)) from None
    return dict(row.fields or {})


def _blob(conn: sa.Connection, sha256: str, *, lock: bool = False) -> Any:
    """The blob's size, completeness and record; 404 before init."""
    b = t.blobs
    query = sa.select(b.c.size, b.c.complete, b.c.record_id).where(b.c.sha256 == sha256)
    if lock:
        query = query.with_for_update()
    row = conn.execute(query).first()
    if row is None:
        raise ApiError(404, "not_found", "No upload of this file was started; call init first.")
    return row


def _status(conn: sa.Connection, sha256: str, size: int, complete: bool) -> AttachmentStatus:
    have = set(conn.execute(sa.select(t.blob_chunks.c.idx)
                            .where(t.blob_chunks.c.sha256 == sha256)).scalars())
    missing = [] if complete else [i for i in range(chunk_count(size)) if i not in have]
    return AttachmentStatus(sha256=sha256, size=size, chunk_size=CHUNK_SIZE, missing=missing,
                            complete=complete)


def init_upload(conn: sa.Connection, device: DeviceContext, req: AttachmentInit,
                now_iso: str) -> AttachmentStatus:
    """Start or resume an upload: which chunks the server still needs."""
    require_protocol(req.protocol_version)
    if req.device_id != device.device_id:
        raise ApiError(403, "wrong_device", "This request names another device than the one "
                                            "signed in.")
    fields = _authorise(conn, device, req.record_id, Action.EDIT_CASE)
    if fields.get("sha256") not in (None, req.sha256):
        raise ApiError(409, "wrong_file", "This file is not the one its attachment record "
                                          "names.")
    row = conn.execute(sa.select(t.blobs.c.size, t.blobs.c.complete, t.blobs.c.record_id)
                       .where(t.blobs.c.sha256 == req.sha256)).first()
    if row is None:
        conn.execute(sa.insert(t.blobs).values(sha256=req.sha256, size=req.size,
                                               complete=False, created_at=now_iso,
                                               record_id=req.record_id))
        return _status(conn, req.sha256, req.size, False)
    if row.record_id != req.record_id:
        raise ApiError(409, "wrong_file", "This file belongs to another attachment.")
    if row.size != req.size and not row.complete:
        # A fresh start with the right size: what was sent under the wrong one is dropped.
        conn.execute(sa.delete(t.blob_chunks).where(t.blob_chunks.c.sha256 == req.sha256))
        conn.execute(sa.update(t.blobs).where(t.blobs.c.sha256 == req.sha256)
                     .values(size=req.size))
        return _status(conn, req.sha256, req.size, False)
    return _status(conn, req.sha256, row.size, row.complete)


def put_chunk(conn: sa.Connection, device: DeviceContext, sha256: str, idx: int,
              data: bytes) -> AttachmentStatus:
    """Store one chunk (again: idempotent); a chunk of the wrong size is refused."""
    blob = _blob(conn, sha256, lock=True)
    _authorise(conn, device, blob.record_id, Action.EDIT_CASE)
    if blob.complete:
        return _status(conn, sha256, blob.size, True)
    if not 0 <= idx < chunk_count(blob.size):
        raise ApiError(422, "invalid_chunk", f"This file has chunks 0 to "
                                             f"{chunk_count(blob.size) - 1}, not {idx}.")
    expected = chunk_size(blob.size, idx)
    if len(data) != expected:
        raise ApiError(422, "invalid_chunk", f"Chunk {idx} must be {expected} bytes, not "
                                             f"{len(data)}.")
    c = t.blob_chunks
    conn.execute(sa.delete(c).where(c.c.sha256 == sha256, c.c.idx == idx))
    conn.execute(sa.insert(c).values(sha256=sha256, idx=idx, data=data))
    return _status(conn, sha256, blob.size, False)


def finalize(engine: sa.Engine, device: DeviceContext, sha256: str) -> AttachmentStatus:
    """Verify size and hash of the chunks and mark the blob complete; a mismatch drops the
    chunks (nothing is kept as complete) and answers 422, so the device uploads again."""
    # Its own transaction, not Conn: dropping the chunks commits before the 422 is raised.
    with engine.begin() as conn:
        blob = _blob(conn, sha256, lock=True)
        _authorise(conn, device, blob.record_id, Action.EDIT_CASE)
        if blob.complete:
            return _status(conn, sha256, blob.size, True)
        status = _status(conn, sha256, blob.size, False)
        if status.missing:
            raise ApiError(409, "incomplete", {"missing": status.missing, "message":
                                               "Some chunks have not arrived yet."})
        digest, size = hashlib.sha256(), 0
        c = t.blob_chunks
        for idx in range(chunk_count(blob.size)):  # one chunk in memory at a time
            data = conn.execute(sa.select(c.c.data).where(c.c.sha256 == sha256,
                                                          c.c.idx == idx)).scalar_one()
            digest.update(data)
            size += len(data)
        good = size == blob.size and digest.hexdigest() == sha256
        if good:
            conn.execute(sa.update(t.blobs).where(t.blobs.c.sha256 == sha256)
                         .values(complete=True))
        else:
            conn.execute(sa.delete(c).where(c.c.sha256 == sha256))
    if not good:
        raise ApiError(422, "hash_mismatch", "The uploaded file does not match its SHA-256; "
                                             "upload it again.")
    return AttachmentStatus(sha256=sha256, size=blob.size, chunk_size=CHUNK_SIZE, missing=[],
                            complete=True)


def read_chunk(conn: sa.Connection, device: DeviceContext, sha256: str, idx: int,
               now_iso: str | None = None) -> bytes:
    """One chunk of a complete blob whose attachment record is in the device's scope (or
    under a break-glass grant running at `now_iso`)."""
    blob = _blob(conn, sha256)
    _authorise(conn, device, blob.record_id, Action.VIEW_CASE, now_iso)
    if not blob.complete:
        raise ApiError(404, "not_found", "This file has not been uploaded completely yet.")
    data = conn.execute(sa.select(t.blob_chunks.c.data).where(
        t.blob_chunks.c.sha256 == sha256, t.blob_chunks.c.idx == idx)).scalar_one_or_none()
    if data is None:
        raise ApiError(404, "not_found", f"This file has no chunk {idx}.")
    return bytes(data)


__all__ = ["chunk_count", "chunk_size", "finalize", "init_upload", "put_chunk", "read_chunk"]
