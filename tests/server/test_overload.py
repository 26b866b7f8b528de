"""A busy server says so at once (503 with Retry-After) instead of letting requests queue
until the laptops' timeouts, and the desktop app's transport comes back when asked: a real
`casemgr-server serve` on 127.0.0.1 that works on one request at a time."""

from __future__ import annotations

import socket
import sqlite3
import threading
import time
import urllib.parse

import requests

from casemgr.domain.ids import uuid7
from casemgr.sync.transport import Transport
from tests.support.live_server import LiveServer, demo_settings


def _send_headers_only(url: str) -> socket.socket:
    """A login whose body never comes: it must not take one of the server's places."""
    address = urllib.parse.urlsplit(url)
    conn = socket.create_connection((address.hostname or "127.0.0.1", address.port or 80))
    conn.sendall(b"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                 b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n")
    return conn


def _first_busy_answer(url: str, deadline_s: float = 30.0) -> requests.Response:
    """Ask until the server has taken the held request in (then it answers 503). What is
    asked needs no database, which the held request waits for: a path with no route (404
    while there is room)."""
    deadline = time.monotonic() + deadline_s
    while True:
        answer = requests.get(url + "/api/v1/no-such-route", timeout=10)
        if answer.status_code == 503 or time.monotonic() > deadline:
            return answer


def test_a_server_at_its_limit_answers_busy_at_once_and_the_app_comes_back(tmp_path):
    server = LiveServer(demo_settings(tmp_path), env={
        "CASEMGR_SERVER_MAX_REQUESTS_IN_FLIGHT": "1", "CASEMGR_SERVER_BUSY_RETRY_AFTER_S": "3"})
    # Connections whose body never comes take no place: the server still answers.
    idle = [_send_headers_only(server.url) for _ in range(3)]
    # A whole request the server is working on: one waiting for the database, whose write
    # lock this test holds (on SQLite every route's transaction takes BEGIN IMMEDIATE).
    lock = sqlite3.connect(tmp_path / "server.db", isolation_level=None)
    held = threading.Thread(target=lambda: requests.get(
        server.url + "/api/v1/server-info", timeout=60))
    try:
        assert requests.get(server.url + "/api/v1/server-info", timeout=10).status_code == 200
        lock.execute("BEGIN IMMEDIATE")
        held.start()
        busy = _first_busy_answer(server.url)
        assert busy.status_code == 503
        assert busy.headers["Retry-After"] == "3"
        assert busy.json()["reason"] == "busy"
        # Health checks and metrics are never turned away (a load balancer would take the
        # process out of service).
        assert requests.get(server.url + "/healthz", timeout=10).status_code == 200

        # The desktop app is told to wait 3 s: it waits (here: lets the held login finish)
        # and asks again until the server takes it.
        waits: list[float] = []

        def wait(seconds: float) -> None:
            waits.append(seconds)
            if lock.in_transaction:
                lock.execute("ROLLBACK")
            held.join(timeout=60)

        app = Transport(server.url, uuid7(), retries=5, sleep=wait, jitter=lambda: 0.0)
        assert app.server_info().server_version
        assert waits[0] == 3.0
        assert app.retried["503"] == len(waits)
    finally:
        if lock.in_transaction:
            lock.execute("ROLLBACK")
        lock.close()
        for conn in idle:
            conn.close()
        if held.is_alive():
            held.join(timeout=60)
        server.stop()
