"""The server's log: one JSON object a line on stderr (or plain text for a person at a
terminal), each request with an id that every line logged while it runs carries.

What is logged never holds case data, user names, passwords, tokens, request bodies or query
strings: an access line names the route's template (`/api/v1/admin/cases/{case_id}`, not the
path asked for), the status, the time taken, the client's address and, once authenticated,
the device's and user's ids. An exception is logged by its type and the traceback of the
code it went through, never by its message, which may quote the values it choked on (a
database error quotes the row it could not write; a validation error, the input).
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import sys
import time
import traceback
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any, Literal

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from casemgr.server.metrics import method_label, route_template

LogFormat = Literal["json", "text"]
LOG_FORMATS: tuple[LogFormat, ...] = ("json", "text")
REQUEST_ID_HEADER = "X-Request-ID"
# A request id a proxy or client sends is taken if it is this short and plain (a UUID, the
# 32 hex digits of nginx's $request_id); anything else is replaced by one of ours.
_SANE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")

ACCESS = logging.getLogger("casemgr.server.access")
ERRORS = logging.getLogger("casemgr.server.errors")

# What the lines logged during a request carry: its id and, once the token is checked, the
# device and user ids. A dict, so that a route running in the thread pool (a copy of the
# context) still fills in the request's.
_REQUEST: ContextVar[dict[str, str] | None] = ContextVar("casemgr_request", default=None)


def current_request_id() -> str | None:
    context = _REQUEST.get()
    return context["request_id"] if context else None


def note_device(device_id: str, user_id: str) -> None:
    """Record who an authenticated request is from, for its access line (ids only)."""
    context = _REQUEST.get()
    if context is not None:
        context["device_id"], context["user_id"] = device_id, user_id


def request_id_from(headers: list[tuple[bytes, bytes]]) -> str:
    """The incoming X-Request-ID when it is sane, else a new one."""
    for name, value in headers:
        if name == b"x-request-id":
            candidate = value.decode("latin-1")
            if _SANE_ID.match(candidate):
                return candidate
            break
    return uuid.uuid4().hex


class RequestLog:
    """Give every HTTP request an id (answered in X-Request-ID), and log one access line
    for it when it is done; an exception no handler answered is logged (type and traceback
    only) and answered 500 with the id, so that a user's report can be matched to the log."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = request_id_from(scope.get("headers", []))
        context = {"request_id": request_id}
        token = _REQUEST.set(context)
        started = time.perf_counter()
        status, answered = 500, False

        async def with_id(message: Message) -> None:
            nonlocal status, answered
            if message["type"] == "http.response.start":
                status, answered = message["status"], True
                message["headers"] = [*message.get("headers", []),
                                      (b"x-request-id", request_id.encode("ascii"))]
            await send(message)

        try:
            await self.app(scope, receive, with_id)
        except Exception as exc:
            ERRORS.error("Unhandled exception", exc_info=exc)
            with contextlib.suppress(AttributeError):  # see DropLoggedExceptions
                exc.casemgr_logged = True  # type: ignore[attr-defined]
            if not answered:
                await _internal_error(with_id, request_id)
            raise
        finally:
            client = scope.get("client")
            ACCESS.info("%s %s %s", method_label(scope), route_template(scope), status,
                        extra={"fields": {
                            "method": method_label(scope), "route": route_template(scope),
                            "status": status,
                            "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                            "client": client[0] if client else None,
                            "device_id": context.get("device_id"),
                            "user_id": context.get("user_id")}})
            _REQUEST.reset(token)


async def _internal_error(send: Send, request_id: str) -> None:
    body = json.dumps({"error": "internal_error", "detail": (
        f"The server failed; its log has the details under request id {request_id}."),
        "reason": None}).encode()
    await send({"type": "http.response.start", "status": 500,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


# -- formatting ----------------------------------------------------------------------------------

def _exception(exc: BaseException) -> dict[str, Any]:
    """An exception's type and where it went, with its chain: never its message."""
    summary = traceback.TracebackException.from_exception(exc, capture_locals=False)
    chain = []
    te: traceback.TracebackException | None = summary
    seen: set[int] = set()
    while te is not None and id(te) not in seen:
        seen.add(id(te))
        exc_type = te.exc_type
        name = (f"{exc_type.__module__}.{exc_type.__qualname__}" if exc_type is not None
                else "unknown")
        name = name.removeprefix("builtins.")
        chain.append({"type": name, "traceback": "".join(te.stack.format()).rstrip()})
        te = te.__cause__ or (None if te.__suppress_context__ else te.__context__)
    first = chain[0]
    return {"type": first["type"], "traceback": first["traceback"],
            **({"chain": chain[1:]} if len(chain) > 1 else {})}


def _iso(created: float) -> str:
    return datetime.fromtimestamp(created, UTC).isoformat(timespec="milliseconds") \
        .replace("+00:00", "Z")


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, request_id (during a request),
    the record's `fields`, and an exception's type and traceback (not its message)."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {"time": _iso(record.created), "level": record.levelname,
                                "logger": record.name, "message": record.getMessage().strip()}
        if (request_id := current_request_id()) is not None:
            line["request_id"] = request_id
        line.update(getattr(record, "fields", None) or {})
        if record.exc_info and record.exc_info[1] is not None:
            line["exception"] = _exception(record.exc_info[1])
        return json.dumps(line, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """The same for a person: `time LEVEL logger [request id] message key=value ...`."""

    def format(self, record: logging.LogRecord) -> str:
        request_id = current_request_id()
        parts = [_iso(record.created), record.levelname, record.name,
                 *([f"[{request_id}]"] if request_id else []), record.getMessage().strip()]
        fields = getattr(record, "fields", None) or {}
        parts += [f"{k}={v}" for k, v in fields.items() if v is not None and k not in (
            "method", "route", "status")]
        text = " ".join(parts)
        if record.exc_info and record.exc_info[1] is not None:
            exc = _exception(record.exc_info[1])
            for link in [exc, *exc.get("chain", [])]:
                text += f"\n{link['traceback']}\n{link['type']}"
        return text


class DropLoggedExceptions(logging.Filter):
    """Drop uvicorn's "Exception in ASGI application" for an exception RequestLog logged
    already (with the request's id)."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not getattr(exc, "casemgr_logged", False)


def formatter(log_format: LogFormat) -> logging.Formatter:
    return JsonFormatter() if log_format == "json" else TextFormatter()


def log_config(log_format: LogFormat, level: str = "INFO") -> dict[str, Any]:
    """A logging.config.dictConfig for `serve` (uvicorn's `log_config`): everything, uvicorn's
    startup and errors included, to stderr in `log_format`; uvicorn's own access log off
    (RequestLog writes ours)."""
    name = f"casemgr.server.logs.{'JsonFormatter' if log_format == 'json' else 'TextFormatter'}"
    handler = {"class": "logging.StreamHandler", "stream": "ext://sys.stderr",
               "formatter": "default", "filters": ["logged_once"]}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        # uvicorn looks for "default" and "access" when told to colour: both are ours.
        "formatters": {"default": {"()": name}, "access": {"()": name}},
        "filters": {"logged_once": {"()": "casemgr.server.logs.DropLoggedExceptions"}},
        "handlers": {"stderr": handler},
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": level, "propagate": False},
            "uvicorn.error": {"level": level},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
            "casemgr": {"handlers": ["stderr"], "level": level, "propagate": False},
        },
        "root": {"handlers": ["stderr"], "level": "WARNING"},
    }


def say(log_format: LogFormat, message: str, **fields: Any) -> None:
    """One line in the server's log format on stderr, before logging is set up (`serve`
    says where its data is) and without setting it up (a test runs `serve` in-process)."""
    record = logging.LogRecord("casemgr.server", logging.INFO, __file__, 0, message, None, None)
    record.fields = fields
    print(formatter(log_format).format(record), file=sys.stderr, flush=True)

