"""Routes for operations: liveness, readiness and Prometheus metrics (docs/server.md, "Health
and metrics"). No authentication; none of them shows case data, user names or secrets."""

from __future__ import annotations

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy.exc import SQLAlchemyError

from casemgr.server.api.deps import EngineDep
from casemgr.server.db import current_revisions, head_revisions
from casemgr.server.metrics import REGISTRY

router = APIRouter(tags=["operations"], include_in_schema=False)


@router.get("/healthz")
def healthz() -> dict[str, str]:
    """The process is up and answering (the database is not touched)."""
    return {"status": "ok"}


@router.get("/readyz")
def readyz(engine: EngineDep) -> JSONResponse:
    """Ready: the database answers and is migrated to this server's head revision."""
    try:
        current = current_revisions(engine)
    except SQLAlchemyError:
        # The error's text may name hosts and users: the reason alone is given.
        return _not_ready("database_unreachable", "The database could not be reached.")
    heads = head_revisions()
    if current != heads:
        at = ", ".join(sorted(current)) or "none"
        return _not_ready("migrations_not_current", (
            f"The database is at migration {at}; this server needs "
            f"{', '.join(sorted(heads))} (`casemgr-server init-db` migrates an older one)."))
    return JSONResponse({"status": "ready"})


def _not_ready(reason: str, detail: str) -> JSONResponse:
    return JSONResponse({"status": "not_ready", "reason": reason, "detail": detail},
                        status_code=503)


@router.get("/metrics")
def metrics() -> Response:
    """This process's counters in the Prometheus text format."""
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)
