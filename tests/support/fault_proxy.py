"""A fault-injecting HTTP proxy on 127.0.0.1, between a client Transport and a live server.

Stdlib only (socketserver, http.server, http.client), one thread per client connection,
keep-alive like a real server. Faults are armed per request: `inject(Fault.X, times=N,
path=...)` applies X to the next N requests whose path starts with `path` (any request when
None), then the proxy forwards faithfully again. Every request it sees is logged in `seen`.

With several upstreams (`FaultProxy(url_a, url_b)`) it forwards each request to the next one
in turn, as a load balancer in front of stateless server processes does; `Seen.upstream`
says which answered.

Faults (what the client sees, and whether the server applied the request):

  DROP_BEFORE    the connection is reset before anything is forwarded   (not applied)
  DROP_AFTER     forwarded; the answer is read, then the connection is reset: a "lost
                 response"                                                (applied)
  TRUNCATE       forwarded; half of the body is sent under the whole body's Content-Length,
                 then the connection is closed                            (applied)
  GARBLE         forwarded; half of the body is sent as a complete, well-formed HTTP answer
                 (Content-Length of the half): not JSON of the protocol    (applied)
  HOLD_RESPONSE  forwarded; the answer is held until `release` is set (or the hold limit),
                 long enough for the client's read timeout to fire        (applied)
  HOLD_REQUEST   the request is held until `release` is set, then forwarded: it reaches the
                 server late, after the client gave up and retried       (applied, late)
  DUPLICATE      forwarded twice; the client gets the second answer       (applied twice)
  BAD_GATEWAY    forwarded; the client gets 502 instead of the answer     (applied)
  UNAVAILABLE    503 with Retry-After; nothing forwarded                  (not applied)
  FORGE          forwarded; the client gets what `rewrite(status, body)` makes of the
                 answer (an attacker on the path)                          (applied)

No sleeps: holds wait on `release` (a threading.Event the test sets), bounded by
`hold_limit_s` so a forgotten release cannot hang a test run; `wait_idle` waits on a
condition until no request is in flight.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import socketserver
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlsplit


class Fault(StrEnum):
    DROP_BEFORE = "drop_before"
    DROP_AFTER = "drop_after"
    TRUNCATE = "truncate"
    GARBLE = "garble"
    HOLD_RESPONSE = "hold_response"
    HOLD_REQUEST = "hold_request"
    DUPLICATE = "duplicate"
    BAD_GATEWAY = "bad_gateway"
    UNAVAILABLE = "unavailable"
    FORGE = "forge"


# What FORGE does to an answer: (status, body) in, (status, body) out.
Rewrite = Callable[[int, bytes], tuple[int, bytes]]


# Faults after which the server has applied the request although the client got no answer.
APPLIED_UNSEEN = frozenset({Fault.DROP_AFTER, Fault.TRUNCATE, Fault.GARBLE, Fault.HOLD_RESPONSE,
                            Fault.HOLD_REQUEST, Fault.BAD_GATEWAY})

_HOP_BY_HOP = frozenset({"connection", "keep-alive", "proxy-connection", "transfer-encoding",
                         "te", "trailer", "upgrade", "content-length"})
_REASONS = {200: "OK", 401: "Unauthorized"}


@dataclass
class _Armed:
    fault: Fault
    remaining: int
    path: str | None
    skip: int
    rewrite: Rewrite | None = None


@dataclass(frozen=True)
class Seen:
    """One request as the proxy handled it."""

    method: str
    path: str
    fault: Fault | None
    forwarded: int  # how many times it reached the server
    status: int | None  # the server's answer (the last one, if forwarded twice)
    upstream: int = 0  # which upstream (its index) the request went to


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    proxy: FaultProxy


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the client's requests.Session expects
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: the test reads `seen`

    def setup(self) -> None:
        super().setup()
        self.server.proxy._connections.add(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.proxy._connections.discard(self.connection)

    def do_GET(self) -> None:
        self._proxy()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_GET

    # -- one request -----------------------------------------------------------------------

    def _proxy(self) -> None:
        proxy = self.server.proxy
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path = urlsplit(self.path).path
        fault, rewrite = proxy._take(path)
        upstream = proxy._begin()
        forwarded, status = 0, None
        try:
            forwarded, status = self._run(fault, body, rewrite, upstream)
        finally:
            proxy._end(Seen(self.command, path, fault, forwarded, status, upstream))

    def _run(self, fault: Fault | None, body: bytes, rewrite: Rewrite | None = None,
             upstream: int = 0) -> tuple[int, int | None]:
        proxy = self.server.proxy
        if fault is Fault.DROP_BEFORE:
            self._reset()
            return 0, None
        if fault is Fault.UNAVAILABLE:
            self._answer(503, "Service Unavailable", [("Content-Type", "application/json"),
                                                       ("Retry-After", "1")],
                         b'{"error":"unavailable","detail":"try again"}')
            return 0, None
        if fault is Fault.HOLD_REQUEST:
            proxy.release.wait(proxy.hold_limit_s)
        status, reason, headers, answer = self._forward(body, upstream)
        forwarded = 1
        if fault is Fault.DUPLICATE:
            status, reason, headers, answer = self._forward(body, upstream)
            forwarded = 2
        if fault is Fault.DROP_AFTER:
            self._reset()
        elif fault is Fault.HOLD_RESPONSE:
            proxy.release.wait(proxy.hold_limit_s)
            self._answer(status, reason, headers, answer)  # most likely to a closed socket
        elif fault is Fault.TRUNCATE:
            self._answer(status, reason, headers, answer[: len(answer) // 2],
                         length=len(answer))
            self._reset()
        elif fault is Fault.GARBLE:
            self._answer(status, reason, headers, answer[: len(answer) // 2])
        elif fault is Fault.BAD_GATEWAY:
            self._answer(502, "Bad Gateway", [("Content-Type", "text/plain")], b"bad gateway")
        elif fault is Fault.FORGE and rewrite is not None:
            forged_status, forged = rewrite(status, answer)
            self._answer(forged_status, _REASONS.get(forged_status, "Forged"),
                         [("Content-Type", "application/json")], forged)
        else:
            self._answer(status, reason, headers, answer)
        return forwarded, status

    def _forward(self, body: bytes, upstream: int = 0
                 ) -> tuple[int, str, list[tuple[str, str]], bytes]:
        proxy = self.server.proxy
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() not in _HOP_BY_HOP - {"content-length"}}
        host, port = proxy.upstreams[upstream]
        conn = http.client.HTTPConnection(host, port, timeout=proxy.upstream_timeout_s)
        try:
            conn.request(self.command, self.path, body=body or None, headers=headers)
            response = conn.getresponse()
            answer = response.read()
            kept = [(k, v) for k, v in response.getheaders() if k.lower() not in _HOP_BY_HOP]
            return response.status, response.reason, kept, answer
        finally:
            conn.close()

    def _answer(self, status: int, reason: str, headers: list[tuple[str, str]], body: bytes,
                *, length: int | None = None) -> None:
        head = [f"HTTP/1.1 {status} {reason}"]
        head += [f"{k}: {v}" for k, v in headers if k.lower() not in _HOP_BY_HOP]
        head.append(f"Content-Length: {len(body) if length is None else length}")
        try:
            self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
            self.wfile.flush()
        except OSError:
            self.close_connection = True  # the client is gone (it timed out): nothing to do

    def _reset(self) -> None:
        """Close the client's connection with a TCP reset (SO_LINGER 0), nothing more sent."""
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass


class FaultProxy:
    """`url` forwards to `upstream_url` (to each of several in turn), applying the faults
    armed with `inject`."""

    def __init__(self, upstream_url: str, *more_upstreams: str, hold_limit_s: float = 20.0,
                 upstream_timeout_s: float = 30.0) -> None:
        self.upstreams: list[tuple[str, int]] = []
        for url in (upstream_url, *more_upstreams):
            upstream = urlsplit(url)
            assert upstream.scheme == "http" and upstream.hostname and upstream.port
            self.upstreams.append((upstream.hostname, upstream.port))
        self._turn = 0
        self.hold_limit_s = hold_limit_s
        self.upstream_timeout_s = upstream_timeout_s
        self.release = threading.Event()
        self.seen: list[Seen] = []
        self._armed: list[_Armed] = []
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._in_flight = 0
        self._connections: set[socket.socket] = set()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.proxy = self
        self.port = int(self._server.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True,
                                        name="fault-proxy")
        self._thread.start()

    # -- control -----------------------------------------------------------------------------

    def inject(self, fault: Fault, times: int = 1, path: str | None = None, *,
               skip: int = 0, rewrite: Rewrite | None = None) -> None:
        """Apply `fault` to the next `times` requests whose path starts with `path` (any
        path when None), after letting the first `skip` of them through; FORGE answers
        with `rewrite`'s version of the real answer."""
        assert (fault is Fault.FORGE) == (rewrite is not None), "FORGE needs a rewrite"
        with self._lock:
            self._armed.append(_Armed(Fault(fault), times, path, skip, rewrite))

    def clear(self) -> None:
        """No more faults: forward faithfully (held requests stay held until `release`)."""
        with self._lock:
            self._armed.clear()

    def pending_faults(self) -> int:
        with self._lock:
            return sum(a.remaining for a in self._armed)

    def faults_applied(self, fault: Fault | None = None) -> list[Seen]:
        with self._lock:
            return [s for s in self.seen if s.fault is not None
                    and (fault is None or s.fault is fault)]

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Wait until no request is being handled (held ones released and answered)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._in_flight == 0, timeout)

    def close(self) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()
        for conn in list(self._connections):
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self.wait_idle(self.hold_limit_s)
        self._thread.join(timeout=5)

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- bookkeeping (handler threads) -------------------------------------------------------

    def _take(self, path: str) -> tuple[Fault | None, Rewrite | None]:
        with self._lock:
            for armed in self._armed:
                if armed.remaining > 0 and (armed.path is None or path.startswith(armed.path)):
                    if armed.skip > 0:
                        armed.skip -= 1
                        return None, None
                    armed.remaining -= 1
                    return armed.fault, armed.rewrite
            return None, None

    def _begin(self) -> int:
        """A request starts; the upstream whose turn it is."""
        with self._lock:
            self._in_flight += 1
            upstream = self._turn
            self._turn = (self._turn + 1) % len(self.upstreams)
            return upstream

    def _end(self, seen: Seen) -> None:
        with self._idle:
            self.seen.append(seen)
            self._in_flight -= 1
            self._idle.notify_all()


__all__ = ["APPLIED_UNSEEN", "Fault", "FaultProxy", "Rewrite", "Seen"]
