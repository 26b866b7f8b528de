"""The transport waits as long as a busy server asks (Retry-After on 503), against a real
HTTP server on 127.0.0.1; the clock (sleep) is injected, so nothing waits for real."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from casemgr.sync import protocol
from casemgr.sync.transport import ServerTrouble, Transport

INFO = {"protocol_versions": [protocol.PROTOCOL_VERSION], "server_version": "test",
        "epoch": "e1", "server_public_key": "", "server_time": "2026-12-04T00:00:00Z"}


class Busy(BaseHTTPRequestHandler):
    answers: ClassVar[list[tuple[int, dict[str, str]]]] = []

    def do_GET(self) -> None:
        status, headers = self.answers.pop(0) if self.answers else (200, {})
        body = json.dumps(INFO if status == 200 else {"error": "busy"}).encode()
        self.send_response(status)
        for name, value in {**headers, "Content-Type": "application/json"}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def busy_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Busy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def transport(url: str, waits: list[float], retries: int = 3) -> Transport:
    return Transport(url, "device-1", retries=retries, backoff_s=0.5, max_backoff_s=30,
                     sleep=waits.append, jitter=lambda: 0.0)


def test_a_503_with_retry_after_is_waited_out_before_asking_again(busy_server):
    Busy.answers = [(503, {"Retry-After": "7"}), (503, {"Retry-After": "2"})]
    waits: list[float] = []
    info = transport(busy_server, waits).server_info()
    assert info.epoch == "e1"
    assert waits == [7.0, 2.0]


def test_a_retry_after_longer_than_the_cap_waits_the_cap(busy_server):
    Busy.answers = [(503, {"Retry-After": "3600"})]
    waits: list[float] = []
    transport(busy_server, waits).server_info()
    assert waits == [30.0]


def test_without_retry_after_the_backoff_decides_and_gives_up_in_the_end(busy_server):
    Busy.answers = [(503, {})] * 4
    waits: list[float] = []
    with pytest.raises(ServerTrouble):
        transport(busy_server, waits).server_info()
    assert waits == [0.0, 0.0, 0.0]  # full jitter drawn as 0: no floor without Retry-After


def test_devices_turned_away_together_come_back_spread_out_and_count_it(busy_server):
    # Retry-After is a floor; the jitter spreads the return over half as much again, so a
    # thousand laptops a busy server answered in the same second do not all come back in
    # the same second. The retries are counted by why, for the sync log and the benchmark.
    Busy.answers = [(503, {"Retry-After": "2"}), (503, {"Retry-After": "2"})]
    waits: list[float] = []
    draws = iter([0.0, 1.0])
    http = Transport(busy_server, "device-1", retries=3, backoff_s=0.5, max_backoff_s=30,
                     sleep=waits.append, jitter=lambda: next(draws))
    assert http.server_info().epoch == "e1"
    assert waits == [2.0, 3.0]
    assert http.retried == {"503": 2}
