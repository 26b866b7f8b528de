"""Routes: resumable, content-addressed attachment upload and download (DESIGN.md 6)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response
from starlette.concurrency import run_in_threadpool

from casemgr.domain.clock import iso_utc
from casemgr.server import attachments
from casemgr.server.api.deps import (
    ClientHeadersDep,
    ClockDep,
    CurrentDevice,
    EngineDep,
    error_responses,
)
from casemgr.sync.protocol import AttachmentInit, AttachmentStatus

router = APIRouter(prefix="/api/v1", tags=["attachments"])

Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the ciphertext")]
ChunkIndex = Annotated[int, Path(ge=0, le=4096)]

_BINARY = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}


@router.post("/attachments/init", response_model=AttachmentStatus,
             responses=error_responses(401, 403, 404, 409, 413, 422, 426))
def init_upload(req: AttachmentInit, device: CurrentDevice, engine: EngineDep,
                clock: ClockDep) -> AttachmentStatus:
    """Start or resume an upload (its attachment record synced first): the chunks missing."""
    return attachments.init_upload(engine, device, req, iso_utc(clock.now_ms()))


@router.put("/attachments/{sha256}/chunks/{idx}", response_model=AttachmentStatus,
            responses=error_responses(401, 403, 404, 413, 422, 426),
            openapi_extra={"requestBody": {"required": True, "content": _BINARY}})
async def put_chunk(sha256: Sha256, idx: ChunkIndex, request: Request,
                    client: ClientHeadersDep, device: CurrentDevice,
                    engine: EngineDep) -> AttachmentStatus:
    """Store chunk `idx` (1 MiB, the last one shorter); sending it again changes nothing."""
    data = await request.body()
    status: AttachmentStatus = await run_in_threadpool(attachments.put_chunk, engine, device,
                                                       sha256, idx, data)
    return status


@router.post("/attachments/{sha256}/finalize", response_model=AttachmentStatus,
             responses=error_responses(401, 403, 404, 409, 422, 426))
def finalize(sha256: Sha256, client: ClientHeadersDep, device: CurrentDevice,
             engine: EngineDep) -> AttachmentStatus:
    """Check size and SHA-256 of the chunks; 422 (and the chunks dropped) on a mismatch."""
    return attachments.finalize(engine, device, sha256)


@router.get("/attachments/{sha256}/chunks/{idx}", response_class=Response,
            responses={200: {"content": _BINARY, "description": "The chunk's bytes"},
                       **error_responses(401, 403, 404, 422, 426)})
def read_chunk(sha256: Sha256, idx: ChunkIndex, client: ClientHeadersDep,
               device: CurrentDevice, engine: EngineDep) -> Response:
    """Download chunk `idx` of a complete file whose attachment is in the device's scope."""
    return Response(attachments.read_chunk(engine, device, sha256, idx),
                    media_type="application/octet-stream")
