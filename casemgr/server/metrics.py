"""Prometheus metrics of this server process (served at /metrics by api/routes/ops.py).

One registry per process: with several uvicorn workers each keeps its own counts, and a
scrape sees the worker that answered it (docs/server.md, "Health and metrics"). Labels
carry route templates, statuses and outcomes only, never ids, user names or case data.
"""

from __future__ import annotations

from typing import Any, get_args

from prometheus_client import CollectorRegistry, Counter, Gauge
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from casemgr.sync.protocol import OpStatus

REGISTRY = CollectorRegistry()

REQUESTS = Counter("casemgr_http_requests", "HTTP requests answered, by route template and "
                   "status", ("method", "route", "status"), registry=REGISTRY)
PUSH_OPS = Counter("casemgr_push_ops", "Pushed ops handled for the first time, by result",
                   ("result",), registry=REGISTRY)
PULL_RECORDS = Counter("casemgr_pull_records_sent", "Records sent in pull answers",
                       registry=REGISTRY)
LOGIN_FAILURES = Counter("casemgr_login_failures", "Logins refused for a wrong user name or "
                         "password (invalid_credentials) or while locked (rate_limited)",
                         ("reason",), registry=REGISTRY)
LIVE_WAITERS = Gauge("casemgr_live_waiters", "Devices waiting for live updates on this "
                     "process now", registry=REGISTRY)

for _result in get_args(OpStatus):
    PUSH_OPS.labels(_result)  # every result shows, at 0 until it happens
for _reason in ("invalid_credentials", "rate_limited"):
    LOGIN_FAILURES.labels(_reason)

UNMATCHED = "unmatched"  # the route label when no route took the request (unknown path, 413)
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def route_template(scope: Scope) -> str:
    """The template of the route that took the request (`/api/v1/admin/users/{username}`,
    never the path asked for, whose ids may be a case's), or UNMATCHED. The router puts the
    matched route in the scope (the same dict) on its way in: read it once the app is done.
    Also the access log's (logs.py)."""
    return str(getattr(scope.get("route"), "path", UNMATCHED))


def method_label(scope: Scope) -> str:
    """The request's method, or "other" for one made up (a label must not take any value)."""
    return str(scope["method"]) if scope["method"] in METHODS else "other"


class RequestMetrics:
    """Count every HTTP request by method, route template (`/api/v1/admin/users/{username}`,
    not the path asked for) and the status answered; an exception no handler turned into an
    answer counts as 500."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        # The counter of each (method, route, status) seen, kept: `labels()` checks and
        # looks them up under a lock, a cost every request paid. Bounded: a route template,
        # never a path, and a method from METHODS or "other".
        self._counters: dict[tuple[str, str, str], Any] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500

        async def noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, noting_status)
        finally:
            key = (method_label(scope), route_template(scope), str(status))
            counter = self._counters.get(key)
            if counter is None:
                counter = self._counters[key] = REQUESTS.labels(*key)
            counter.inc()
