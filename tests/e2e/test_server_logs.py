"""The server's log, read from a real `casemgr-server serve` process: one JSON object a line,
each request's access line carrying its id (the proxy's X-Request-ID when it sends a sane
one, answered back), and nothing of the cases in it — not the names and notes pushed, not
the user name of a failed login, not the values of a refused body, not the row a database
error quotes, not the case id in a path."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from casemgr import __version__
from casemgr.server.db import sqlite_file
from casemgr.sync.protocol import PROTOCOL_VERSION
from tests.support.http_laptop import HttpLaptop
from tests.support.live_server import DEMO_PASSWORD, LiveServer, demo_settings

# What a caseworker types, which must never reach the server's log.
CHILD_NAME = "Nyokabi Wairimu-Oyelaran"
NOTE = "Mother disclosed the uncle's visits on Thursdays"
STRANGER = "quetzalcoatl.ngozi"  # a user name that does not exist, tried at login
CASE_NUMBER = "AB12-48151"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    live = LiveServer(demo_settings(tmp_path))
    yield live
    live.stop()


def log_lines(output: list[str]) -> list[dict[str, Any]]:
    """Every line the server wrote, each of which must be a JSON object."""
    lines = [json.loads(line) for line in output]
    for line in lines:
        assert {"time", "level", "logger", "message"} <= line.keys(), line
    return lines


def access_line(server: LiveServer, request_id: str) -> dict[str, Any]:
    """The access line of the request with that id (written just after its answer)."""
    def has_it(output: list[str]) -> bool:
        return any(request_id in line and "casemgr.server.access" in line for line in output)

    return next(line for line in log_lines(server.wait_for_output(has_it))
                if line.get("request_id") == request_id
                and line["logger"] == "casemgr.server.access")


def test_a_proxys_request_id_is_answered_back_and_on_the_access_line(server):
    answer = requests.get(f"{server.url}/healthz", headers={"X-Request-ID": "edge-7f3a9c"},
                          timeout=10)
    assert answer.headers["X-Request-ID"] == "edge-7f3a9c"
    line = access_line(server, "edge-7f3a9c")
    assert (line["method"], line["route"], line["status"]) == ("GET", "/healthz", 200)
    assert line["duration_ms"] >= 0 and line["client"] == "127.0.0.1"

    # An id that is not short and plain is replaced, not copied into the log.
    odd = requests.get(f"{server.url}/healthz", timeout=10,
                       headers={"X-Request-ID": "x" * 65})
    ours = odd.headers["X-Request-ID"]
    assert ours != "x" * 65 and len(ours) == 32
    access_line(server, ours)
    # Every line the server wrote, its start-up included, is JSON; no plain access lines.
    lines = log_lines(server.output)
    assert any("Application startup complete" in line["message"] for line in lines)
    assert not any('"GET /healthz' in line["message"] for line in lines)


def test_case_data_user_names_and_refused_bodies_stay_out_of_the_log(server):
    laptop = HttpLaptop(server.url)
    laptop.log_in()
    case_id, ops = laptop.new_case(CHILD_NAME, NOTE, CASE_NUMBER)
    pushed = laptop.send(*ops, request_id="push-1")
    assert pushed.status_code == 200, pushed.text
    assert {r["status"] for r in pushed.json()["results"]} == {"applied"}
    pulled = requests.get(f"{server.url}/api/v1/sync/pull", params={"cursor": 0},
                          headers={**laptop.headers(), "X-Request-ID": "pull-1"}, timeout=10)
    assert CHILD_NAME.split()[0] in pulled.text  # the server has it and hands it out...

    # A failed login by a made-up name, and a body refused as invalid (422) whose values
    # pydantic would quote.
    refused = requests.post(f"{server.url}/api/v1/auth/login", timeout=10, headers={
        "X-Request-ID": "login-1"}, json={
        "protocol_version": PROTOCOL_VERSION, "client_version": __version__,
        "device_id": str(uuid.uuid4()), "username": STRANGER, "password": NOTE})
    assert refused.status_code == 401
    invalid = requests.post(f"{server.url}/api/v1/sync/push", timeout=10, headers={
        **laptop.headers(), "X-Request-ID": "invalid-1"}, json={
        **laptop.request(*ops).model_dump(mode="json"), "client_seq_from": CHILD_NAME})
    assert invalid.status_code == 422
    # A case id in a path (amina may not reassign: 403).
    reassign = requests.post(f"{server.url}/api/v1/admin/cases/{case_id}/reassign", timeout=10,
                             headers={**laptop.headers(), "X-Request-ID": "path-1"},
                             json={"assigned_to": "amina"})
    assert reassign.status_code == 403

    push, pull = access_line(server, "push-1"), access_line(server, "pull-1")
    assert push["route"] == "/api/v1/sync/push" and push["status"] == 200
    assert push["device_id"] == laptop.device_id and push["user_id"]
    assert pull["route"] == "/api/v1/sync/pull"  # the query string is not logged
    assert access_line(server, "login-1")["status"] == 401
    assert access_line(server, "login-1")["user_id"] is None
    assert access_line(server, "invalid-1")["status"] == 422
    assert access_line(server, "path-1")["route"] == "/api/v1/admin/cases/{case_id}/reassign"

    # ... but its log has none of it.
    log = "".join(server.output)
    for secret in (*CHILD_NAME.split(), *CHILD_NAME.split()[1].split("-"), NOTE, STRANGER,
                   CASE_NUMBER, case_id, DEMO_PASSWORD, laptop.token, "amina"):
        assert secret not in log, secret


def test_a_server_failure_is_logged_by_type_and_traceback_without_the_row(server):
    laptop = HttpLaptop(server.url)
    laptop.log_in()
    # The database refuses every new record: the error SQLAlchemy raises quotes the row.
    db_file = sqlite_file(server.settings.database_url)
    assert db_file is not None
    with sqlite3.connect(db_file) as db:
        db.execute("CREATE TRIGGER refuse BEFORE INSERT ON records "
                   "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
    db.close()

    case_id, ops = laptop.new_case(CHILD_NAME, NOTE, CASE_NUMBER)
    failed = laptop.send(*ops, request_id="fails-1")
    assert failed.status_code == 500
    assert failed.headers["X-Request-ID"] == "fails-1"
    assert "fails-1" in failed.json()["detail"]  # what a user can quote to whoever runs it

    access = access_line(server, "fails-1")
    assert (access["route"], access["status"]) == ("/api/v1/sync/push", 500)
    errors = [line for line in log_lines(server.output) if "exception" in line]
    assert len(errors) == 1, errors  # ours, with the request id; not uvicorn's again
    assert errors[0]["request_id"] == "fails-1" and errors[0]["level"] == "ERROR"
    assert errors[0]["exception"]["type"] == "sqlalchemy.exc.IntegrityError"
    assert "push.py" in errors[0]["exception"]["traceback"]  # where it failed
    log = "".join(server.output)
    for secret in (*CHILD_NAME.split(), "Wairimu-Oyelaran", NOTE, CASE_NUMBER, case_id,
                   "refused by the test"):
        assert secret not in log, secret
