"""Routes: resumable, content-addressed attachment upload and download (DESIGN.md 6)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from casemgr.domain.clock import iso_utc
from casemgr.server import attachments
from casemgr.server.api.deps import (
    ClientHeadersDep,
    ClockDep,
    Conn,
    CurrentDevice,
    EngineDep,
    RequestBody,
    error_responses,
)
from casemgr.sync.protocol import AttachmentInit, AttachmentStatus

router = APIRouter(prefix="/api/v1", tags=["attachments"])

Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the ciphertext")]
ChunkIndex = Annotated[int, Path(ge=0, le=4096)]

_BINARY = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}


@router.post("/attachments/init", response_model=AttachmentStatus,
             responses=error_responses(401, 403, 404, 409, 413, 422, 426))
def init_upload(req: AttachmentInit, device: CurrentDevice, conn: Conn,
                clock: ClockDep) -> AttachmentStatus:
    """Start or resume an upload (its attachment record synced first): the chunks missing."""
    return attachments.init_upload(conn, device, req, iso_utc(clock.now_ms()))


@router.put("/attachments/{sha256}/chunks/{idx}", response_model=AttachmentStatus,
            responses=error_responses(401, 403, 404, 413, 422, 426),
            openapi_extra={"requestBody": {"required": True, "content": _BINARY}})
def put_chunk(sha256: Sha256, idx: ChunkIndex, client: ClientHeadersDep,
              device: CurrentDevice, data: RequestBody, conn: Conn) -> AttachmentStatus:
    """Store chunk `idx` (1 MiB, the last one shorter); sending it again changes nothing."""
    return attachments.put_chunk(conn, device, sha256, idx, data)


@router.post("/attachments/{sha256}/finalize", response_model=AttachmentStatus,
             responses=error_responses(401, 403, 404, 409, 422, 426))
def finalize(sha256: Sha256, client: ClientHeadersDep, device: CurrentDevice,
             engine: EngineDep) -> AttachmentStatus:
    """Check size and SHA-256 of the chunks; 422 (and the chunks dropped) on a mismatch."""
    # The engine, not Conn: attachments.finalize commits dropped chunks before its 422.
    return attachments.finalize(engine, device, sha256)


@router.get("/attachments/{sha256}/chunks/{idx}", response_class=Response,
            responses={200: {"content": _BINARY, "description": "The chunk's bytes"},
                       **error_responses(401, 403, 404, 422, 426)})
def read_chunk(sha256: Sha256, idx: ChunkIndex, client: ClientHeadersDep,
               device: CurrentDevice, conn: Conn, clock: ClockDep) -> Response:
    """Download chunk `idx` of a complete file whose attachment is in the device's scope
    (or under the user's break-glass access to its case)."""
    return Response(attachments.read_chunk(conn, device, sha256, idx, iso_utc(clock.now_ms())),
                    media_type="application/octet-stream")
