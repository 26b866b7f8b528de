"""Routes get their connection from the Conn dependency (casemgr/server/api/deps.py): one
transaction, begun only after the device check's own transaction and after the request
body has been read (on SQLite every transaction begins with BEGIN IMMEDIATE)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from casemgr.server.api import deps
from casemgr.server.api.routes import admin, attachments, auth, sync


def call_order(dependant: Dependant) -> list[Callable[..., Any]]:
    """The dependencies in the order FastAPI runs them (each one's own first)."""
    order: list[Callable[..., Any]] = []
    for sub in dependant.dependencies:
        order += call_order(sub)
        if sub.call is not None:
            order.append(sub.call)
    return order


def test_conn_begins_after_the_device_check_and_the_body():
    routes = [r for m in (admin, attachments, auth, sync) for r in m.router.routes
              if isinstance(r, APIRoute)]
    with_conn = 0
    for route in routes:
        order = call_order(route.dependant)
        if deps.get_conn not in order:
            continue
        with_conn += 1
        begins = order.index(deps.get_conn)
        for before in (deps.current_device, deps.request_body):
            assert all(i < begins for i, call in enumerate(order) if call is before), \
                f"{route.path}: Conn is declared before {before.__name__}"
    assert with_conn >= 20
