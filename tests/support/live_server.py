"""A real `casemgr-server serve` process on 127.0.0.1, for any test that needs one, and the
settings of a demo server to run in it (tests/conftest.py's `live_server` fixture)."""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from casemgr.server.bootstrap import init_db
from casemgr.server.demo import DEMO_PASSWORD, seed_demo
from casemgr.server.settings import Settings

__all__ = ["DEMO_PASSWORD", "LiveServer", "demo_settings", "free_port"]


def demo_settings(root: Path, db_file: Path | None = None,
                  database_url: str | None = None) -> Settings:
    """A server on a SQLite file (`root`/server.db unless `db_file`), or on `database_url`,
    with its keys under `root`, cheap password hashing, and the demo organisation (users
    with DEMO_PASSWORD)."""
    settings = Settings(database_url=database_url or f"sqlite:///{db_file or root / 'server.db'}",
                        key_dir=root / "server-keys", password_memory_kib=1024,
                        password_time_cost=1, dev_mode=True)
    init_db(settings)
    seed_demo(settings)
    return settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """`casemgr-server serve` in its own process; `url` is where it listens. `port`: the
    port of a server stopped before, to start it again where its clients look for it."""

    def __init__(self, settings: Settings, workers: int = 1,
                 env: dict[str, str] | None = None, port: int | None = None,
                 tls: tuple[Path, Path] | None = None, args: tuple[str, ...] = ()) -> None:
        """`args`: more options of `serve`."""
        self.settings = settings
        self.port = port or free_port()
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        # Every line the server has written so far (stdout and stderr), for tests of its log.
        self.output: list[str] = []
        self._more_output = threading.Condition()
        tls_args = ["--ssl-certfile", str(tls[0]), "--ssl-keyfile", str(tls[1])] if tls else []
        process_env = dict(os.environ)
        process_env.update({
            "CASEMGR_SERVER_DATABASE_URL": settings.database_url,
            "CASEMGR_SERVER_KEY_DIR": str(settings.key_dir),
            "CASEMGR_SERVER_DEV_MODE": "true",
            "CASEMGR_SERVER_PASSWORD_MEMORY_KIB": str(settings.password_memory_kib),
            "CASEMGR_SERVER_PASSWORD_TIME_COST": str(settings.password_time_cost),
            **(env or {}),  # what the test asks for wins
        })
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "casemgr.server.cli", "serve", "--host", "127.0.0.1",
             "--port", str(self.port), "--workers", str(workers), *tls_args, *args],
            env=process_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        # Ready once every worker has started and the socket listens ("Uvicorn running on"
        # comes after the one worker's startup, before several workers' start).
        self._wait_for({"Application startup complete": workers, "Uvicorn running on": 1},
                       timeout=60)

    def _wait_for(self, markers: dict[str, int], timeout: float) -> None:
        """Read the server's log until each marker has appeared as many times as it says
        (its readiness signal).

        A thread reads every line for the life of the process (so a chatty server never
        blocks on a full pipe) and hands them over through a queue we wait on.
        """
        lines: queue.Queue[str | None] = queue.Queue()
        self._drain = threading.Thread(target=self._read_log, args=(lines,), daemon=True)
        self._drain.start()
        deadline = time.monotonic() + timeout
        wanted, log = dict(markers), list[str]()
        while any(n > 0 for n in wanted.values()):
            try:
                line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                self.stop()
                raise RuntimeError("server did not start:\n" + "".join(log)) from None
            if line is None:
                raise RuntimeError("server exited:\n" + "".join(log))
            log.append(line)
            for marker in wanted:
                wanted[marker] -= marker in line
        self._startup_log = log

    def _read_log(self, lines: queue.Queue[str | None]) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            lines.put(line)
            with self._more_output:
                self.output.append(line)
                self._more_output.notify_all()
        lines.put(None)

    def wait_for_output(self, found: Callable[[list[str]], bool], timeout: float = 15) -> list[str]:
        """The server's output once `found(lines)` holds (a log line is written just after
        the answer it is about is sent); AssertionError with the output after `timeout`."""
        with self._more_output:
            if not self._more_output.wait_for(lambda: found(self.output), timeout=timeout):
                raise AssertionError("not in the server's output:\n" + "".join(self.output))
            return list(self.output)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        drain = getattr(self, "_drain", None)
        if drain is not None:
            drain.join(timeout=15)  # the pipe reaches its end once the process has exited
        if self.proc.stdout:
            self.proc.stdout.close()
