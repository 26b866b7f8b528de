"""The ASGI application: `create_app(settings)` wires settings, database, keys and routes."""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from casemgr import __version__
from casemgr.domain.clock import Clock, SystemClock, iso_utc
from casemgr.domain.errors import PermissionDenied, ValidationError, WorkflowError
from casemgr.server.api.deps import FileOffsetClock, get_clock, get_keys, server_clock
from casemgr.server.db import make_engine
from casemgr.server.errors import ApiError
from casemgr.server.keys import ServerKeys
from casemgr.server.logs import RequestLog
from casemgr.server.metrics import RequestMetrics
from casemgr.server.retention import run_retention
from casemgr.server.settings import Settings
from casemgr.server.sync.live import ChangeWatch
from casemgr.sync.protocol import REVOKED, ErrorBody, Removal

_log = logging.getLogger(__name__)


class _AppClock:
    """The app's clock as the routes see it (a test may set app.state.clock later)."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app

    def now_ms(self) -> int:
        clock: Clock = getattr(self.app.state, "clock", None) or SystemClock()
        return clock.now_ms()


async def _retention_loop(app: FastAPI, interval_s: int) -> None:
    """Run retention now and every `interval_s` (casemgr.server.retention); a failure is
    logged (no case data) and tried again at the next turn."""
    clock = _AppClock(app)
    while True:
        try:
            report = await run_in_threadpool(run_retention, app.state.engine, clock.now_ms())
            if report.departed or report.archived:
                _log.info("retention: %d closed cases left devices, %d archived",
                          len(report.departed), len(report.archived))
        except Exception as exc:  # the database may be down or not initialised yet
            _log.warning("retention: the run failed (%s)", type(exc).__name__)
        await asyncio.sleep(interval_s)


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    interval = app.state.settings.retention_interval_s
    task = asyncio.create_task(_retention_loop(app, interval)) if interval > 0 else None
    try:
        yield
    finally:
        if task is not None:
            task.cancel()


class BodyLimit:
    """Refuse request bodies over `limit` bytes with 413 before the route reads them."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                await _send_json(send, 413, {"error": "too_large", "detail":
                                             f"The request body is over {self.limit} bytes."})
                return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise ApiError(413, "too_large",
                                   f"The request body is over {self.limit} bytes.")
            return message

        await self.app(scope, limited, send)


class Overload:
    """Answer 503 with Retry-After at once when this process already works on `limit`
    requests, instead of letting the request queue until the client gives up on it (a
    burst of a thousand laptops would otherwise wait tens of seconds, some of them past
    their timeouts). Long-polls for live updates (their own limit, ChangeWatch), health
    checks and /metrics are not counted, and are never refused here.

    A request is counted once its body has arrived whole (read here first, up to
    `body_limit`; a larger one goes on to BodyLimit's 413): a client that sends headers and
    then nothing, or trickles its body, must not hold one of the places, or a few such
    connections, without logging in, would turn every laptop away."""

    EXEMPT = frozenset({"/api/v1/sync/wait", "/healthz", "/readyz", "/metrics"})

    def __init__(self, app: ASGIApp, limit: int, retry_after_s: int, body_limit: int) -> None:
        self.app = app
        self.limit = limit
        self.retry_after = str(retry_after_s).encode()
        self.body_limit = body_limit
        self.in_flight = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.limit or scope.get("path") in self.EXEMPT:
            await self.app(scope, receive, send)
            return
        arrived: list[Message] = []
        size = 0
        while True:
            message = await receive()
            arrived.append(message)
            size += len(message.get("body", b""))
            if (message["type"] != "http.request" or not message.get("more_body")
                    or size > self.body_limit):
                break

        async def replay() -> Message:
            return arrived.pop(0) if arrived else await receive()

        receive = replay
        if self.in_flight >= self.limit:
            await _send_json(send, 503, {
                "error": "busy", "reason": "busy", "detail": (
                    "The server is busy with other devices; this device will try again "
                    "shortly.")}, [(b"retry-after", self.retry_after)])
            return
        self.in_flight += 1  # one event loop per process: no lock needed
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1


async def _send_json(send: Send, status: int, body: dict[str, Any],
                     headers: list[tuple[bytes, bytes]] | None = None) -> None:
    raw = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(raw)).encode()), *(headers or [])]})
    await send({"type": "http.response.body", "body": raw})


def _error(status: int, error: str, detail: Any = None, reason: str | None = None,
           headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": error, "detail": detail, "reason": reason, **extra},
                        status_code=status, headers=headers)


def _revocation(request: Request, device_id: str) -> dict[str, Any]:
    """The signed order that makes a revoked device wipe itself (docs/sync.md, "Removals")."""
    removal = Removal(device_id=device_id, case_id=REVOKED,
                      time=iso_utc(get_clock(request).now_ms()), nonce=secrets.token_hex(16))
    return get_keys(request).sign_removal(removal).model_dump(mode="json")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    # Any route may refuse a body it cannot parse (400) or one over the size limit (413).
    common: dict[int | str, dict[str, Any]] = {
        status: {"model": ErrorBody, "description": why} for status, why in (
        (400, "The body could not be parsed"), (413, "The request body is too large"))}
    app = FastAPI(title="casemgr sync server", version=__version__, responses=common,
                  openapi_url="/openapi.json", docs_url=None, redoc_url=None,
                  lifespan=_lifespan)
    app.state.settings = settings
    app.state.engine = make_engine(settings.database_url)
    app.state.keys = ServerKeys.load(settings.key_dir)
    clock = server_clock(settings)
    if isinstance(clock, FileOffsetClock):
        app.state.clock = clock
    app.state.live = ChangeWatch(app.state.engine, max_waiters=settings.live_max_waiters,
                                 poll_s=settings.live_poll_ms / 1000,
                                 max_wait_s=settings.live_wait_s, clock=_AppClock(app))

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        extra = {} if exc.revoked_device is None else {
            "revocation": _revocation(request, exc.revoked_device)}
        return _error(exc.status, exc.error, exc.detail, exc.reason, exc.headers, **extra)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        detail = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", ""))}
                  for e in exc.errors()]
        return _error(422, "invalid_request", detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, "http_error", exc.detail)

    @app.exception_handler(ValidationError)
    async def _domain_invalid(_: Request, exc: ValidationError) -> JSONResponse:
        return _error(422, "invalid_fields", exc.errors)

    @app.exception_handler(WorkflowError)
    async def _workflow(_: Request, exc: WorkflowError) -> JSONResponse:
        return _error(409, "workflow", str(exc))

    @app.exception_handler(PermissionDenied)
    async def _denied(_: Request, exc: PermissionDenied) -> JSONResponse:
        return _error(403, "forbidden", str(exc))

    from casemgr.server.api.routes import admin, attachments, auth, ops, sync

    for module in (auth, sync, attachments, admin, ops):
        app.include_router(module.router)
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(Overload, limit=settings.max_requests_in_flight,
                       retry_after_s=settings.busy_retry_after_s,
                       body_limit=settings.max_body_bytes)
    # Outside BodyLimit and Overload: it counts the 413s and 503s they answer too.
    app.add_middleware(RequestMetrics)
    # Outermost: every answer carries the request id, and every line logged has it.
    app.add_middleware(RequestLog)
    return app
