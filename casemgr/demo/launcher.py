"""The local server of `casemgr --demo`: a `casemgr-server serve` child process on 127.0.0.1
with its embedded SQLite database and keys in the data folder, holding the demo organisation
(casemgr.server.demo, set up by the `init-db` and `seed-demo` commands, also run as child
processes: the desktop app never imports the server package). Started off the UI thread;
stopped when the app quits."""

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

from casemgr.sync.transport import Transport

READY_MARKER = "Application startup complete"
FOLDER = "demo-server"
# What `casemgr-server seed-demo` says, with exit code 3, on a database without a schema.
EXIT_REFUSED = 3
NOT_INITIALISED = "not initialised"


class DemoServerFailed(Exception):
    """The demo server did not start (its last log lines say why)."""


def _port_free(port: int) -> bool:
    """Whether the server could listen there: as uvicorn binds (SO_REUSEADDR), so a port
    whose last connections linger in TIME_WAIT counts as free."""
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class DemoServer:
    """One `casemgr-server serve` process; `url` is where it listens once `start()` returned."""

    def __init__(self, data_dir: Path, *, timeout_s: float = 90.0) -> None:
        self.folder = Path(data_dir) / FOLDER
        self.timeout_s = timeout_s
        self.url = ""
        self.proc: subprocess.Popen[str] | None = None
        self._drain: threading.Thread | None = None
        self.log: list[str] = []

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update({
            "CASEMGR_SERVER_DATABASE_URL": f"sqlite:///{self.folder / 'server.db'}",
            "CASEMGR_SERVER_KEY_DIR": str(self.folder / "keys"),
            "CASEMGR_SERVER_DEV_MODE": "true",
        })
        return env

    def _cli(self, *command: str) -> subprocess.CompletedProcess[str]:
        """Run one `casemgr-server` command on the demo database (a child process, so the
        desktop app never imports the server package)."""
        return subprocess.run(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "casemgr.server.cli", *command], env=self._env(),
            capture_output=True, text=True, timeout=self.timeout_s, check=False)

    def prepare(self) -> None:
        """Create the database, keys and demo organisation the first time. `seed-demo` on an
        initialised database adds nothing (its users exist; re-importing the directory changes
        nothing) and exits 0; on a new one it refuses with EXIT_REFUSED and says
        "not initialised", and then `init-db` comes first."""
        if getattr(sys, "frozen", False):  # a desktop bundle (packaging/): no server in it
            raise DemoServerFailed("This installation has no demo server (the desktop bundle "
                                   "leaves the server out); the demo runs from a checkout: "
                                   "python3 dev.py run.")
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        seeded = self._cli("seed-demo")
        if seeded.returncode == EXIT_REFUSED and NOT_INITIALISED in seeded.stderr:
            initialised = self._cli("init-db")
            if initialised.returncode != 0:
                raise DemoServerFailed("The demo database could not be set up:\n"
                                       + initialised.stdout + initialised.stderr)
            seeded = self._cli("seed-demo")
        if seeded.returncode != 0:
            raise DemoServerFailed("The demo organisation could not be created:\n"
                                   + seeded.stdout + seeded.stderr)

    def _port(self) -> int:
        """The port used last time when it is free (the workspace remembers the address)."""
        remembered = self.folder / "port"
        try:
            port = int(remembered.read_text().strip())
            if _port_free(port):
                return port
        except (OSError, ValueError):
            pass
        port = _free_port()
        remembered.write_text(str(port))
        return port

    def start(self) -> str:
        """Prepare, spawn the server, and wait until its log says it is ready (no sleeps);
        returns its URL. Blocking: run it off the UI thread."""
        self.prepare()
        port = self._port()
        self.url = f"http://127.0.0.1:{port}"
        self.proc = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "casemgr.server.cli", "serve", "--host", "127.0.0.1",
             "--port", str(port)], env=self._env(), stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True)
        lines: queue.Queue[str | None] = queue.Queue()
        self._drain = threading.Thread(target=self._read_log, args=(lines,), daemon=True,
                                       name="casemgr-demo-server-log")
        self._drain.start()
        deadline = time.monotonic() + self.timeout_s
        while True:
            try:
                line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                self.stop()
                raise DemoServerFailed("The demo server did not start in time:\n"
                                       + "".join(self.log[-10:])) from None
            if line is None:
                raise DemoServerFailed("The demo server stopped:\n" + "".join(self.log[-10:]))
            if READY_MARKER in line:
                return self.url

    def _read_log(self, lines: queue.Queue[str | None]) -> None:
        """Read every line for the life of the process (a full pipe would block it)."""
        proc = self.proc
        assert proc is not None and proc.stdout is not None
        for line in proc.stdout:
            self.log.append(line)
            del self.log[:-200]
            lines.put(line)
        lines.put(None)

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> None:
        proc = self.proc
        if proc is None:
            return
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if self._drain is not None:
            self._drain.join(timeout=15)
        if proc.stdout is not None:
            proc.stdout.close()

    def transport_factory(self) -> Callable[[str, str], Transport]:
        """Transports to this server whatever address the workspace remembers (the port may
        have changed since the workspace was created)."""
        def make(_url: str, device_id: str) -> Transport:
            return Transport(self.url, device_id)

        return make


__all__ = ["FOLDER", "READY_MARKER", "DemoServer", "DemoServerFailed"]
