"""Shared plumbing of the sync benchmarks (bench/server_load.py, bench/sync.py).

Not a test helper and not part of the package: a real `casemgr-server serve` process, a
fresh PostgreSQL database, percentiles, and cleaning up after a run even on Ctrl+C.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python bench/x.py` from anywhere imports the checkout
    sys.path.insert(0, str(ROOT))

# Cheap server-side password hashing, so that logins do not dominate a load run (the cost
# is a setting, DESIGN.md 5; the real 64 MiB / t=3 is measured by bench/local_store.py).
CHEAP_HASH_ENV = {"CASEMGR_SERVER_PASSWORD_MEMORY_KIB": "64",
                  "CASEMGR_SERVER_PASSWORD_TIME_COST": "1"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank; NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def sigterm_as_interrupt() -> None:
    """SIGTERM (and SIGHUP) unwind like Ctrl+C, so every `finally` cleans up."""
    def handler(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, handler)
    with contextlib.suppress(ValueError, AttributeError):
        signal.signal(signal.SIGHUP, handler)


class ServerProcess:
    """`casemgr-server serve` in its own session (Ctrl+C in the terminal reaches only the
    benchmark, which then stops the server's whole process group); log to a file."""

    def __init__(self, env: dict[str, str], log_path: Path, workers: int = 1,
                 timeout: float = 90.0) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self._log = open(log_path, "w")  # noqa: SIM115 - closed in stop()
        full_env = {**os.environ, "CASEMGR_SERVER_DEV_MODE": "true", **env}
        full_env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(ROOT), full_env.get("PYTHONPATH", "")) if p)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "casemgr.server.cli", "serve", "--host", "127.0.0.1",
             "--port", str(self.port), "--workers", str(workers)],
            env=full_env, stdout=self._log, stderr=subprocess.STDOUT, cwd=log_path.parent,
            start_new_session=True)
        try:
            self._wait_ready(workers, timeout)
        except BaseException:
            self.stop()
            raise

    def _wait_ready(self, workers: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("the server exited:\n" + self.log_path.read_text())
            started = self.log_path.read_text().count("Application startup complete")
            if started >= workers:
                with contextlib.suppress(requests.RequestException):
                    if requests.get(self.url + "/api/v1/server-info", timeout=5).ok:
                        return
            time.sleep(0.1)
        raise RuntimeError("the server did not start in time:\n" + self.log_path.read_text())

    def pids(self) -> list[int]:
        """The server's processes (uvicorn's supervisor and its workers)."""
        try:
            out = subprocess.run(["ps", "-o", "pid=", "-g", str(self.proc.pid)],
                                 capture_output=True, text=True, check=False).stdout
            return [int(x) for x in out.split()]
        except OSError:
            return [self.proc.pid]

    def stop(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)  # the group we started
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        else:  # uvicorn's workers may outlive a dead supervisor
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.proc.pid, signal.SIGKILL)
        self._log.close()

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def cpu_seconds(pids: Sequence[int]) -> float:
    """User + system CPU seconds used so far by these processes (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def busy_cpu_seconds() -> float:
    """CPU seconds the whole machine has spent busy (all cores, /proc/stat), so that short-
    lived processes (PostgreSQL backends) are counted too."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    values = [int(x) for x in fields]
    idle = values[3] + (values[4] if len(values) > 4 else 0)  # idle + iowait
    return (sum(values[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def background_load(seconds: float = 2.0) -> float:
    """Cores kept busy by whatever else runs on the machine, measured before we start."""
    before = busy_cpu_seconds()
    time.sleep(seconds)
    return (busy_cpu_seconds() - before) / seconds


def backend_pids(url: str) -> list[int]:
    """The PostgreSQL backends connected to the database of `url` (for CPU accounting: the
    server's pooled connections live through a phase). Empty when it is not PostgreSQL."""
    if not url.startswith("postgresql"):
        return []
    import psycopg
    import sqlalchemy as sa

    name = sa.engine.make_url(url).database
    with psycopg.connect(psycopg_dsn(url), autocommit=True) as conn:
        return [int(r[0]) for r in conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,))]


def pg_sessions(url: str | None) -> int:
    """Sessions ever opened on the database of `url` (pg_stat_database.sessions), 0 if none."""
    if not url or not url.startswith("postgresql"):
        return 0
    import psycopg
    import sqlalchemy as sa

    name = sa.engine.make_url(url).database
    with psycopg.connect(psycopg_dsn(url), autocommit=True) as conn:
        row = conn.execute("SELECT sessions FROM pg_stat_database WHERE datname = %s",
                           (name,)).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


class CpuMeter:
    """CPU seconds used between start() and stop(): by the machine, by given processes, and
    by PostgreSQL backends of one database (found at both ends)."""

    def __init__(self, pids: Sequence[int], db_url: str | None = None) -> None:
        self.pids = list(pids)
        self.db_url = db_url

    def start(self) -> None:
        self.sessions0 = pg_sessions(self.db_url)
        self.pg0 = set(backend_pids(self.db_url)) if self.db_url else set()
        self.t0 = time.monotonic()
        self.busy0 = busy_cpu_seconds()
        self.own0 = cpu_seconds(self.pids)
        self.pg_cpu0 = {pid: cpu_seconds([pid]) for pid in self.pg0}

    def stop(self) -> dict[str, float]:
        busy = busy_cpu_seconds() - self.busy0
        own = cpu_seconds(self.pids) - self.own0
        pg_now = set(backend_pids(self.db_url)) if self.db_url else set()
        pg = sum(cpu_seconds([pid]) - self.pg_cpu0.get(pid, 0.0) for pid in pg_now)
        sessions = pg_sessions(self.db_url) - self.sessions0 - 2  # our own two look-ups
        return {"wall": time.monotonic() - self.t0, "busy": busy, "own": own, "pg": pg,
                "sessions": max(sessions, 0)}


# -- PostgreSQL ------------------------------------------------------------------------------

def psycopg_dsn(sqlalchemy_url: str) -> str:
    """The libpq connection string of a SQLAlchemy postgresql+psycopg URL."""
    import sqlalchemy as sa

    url = sa.engine.make_url(sqlalchemy_url)
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


@contextlib.contextmanager
def fresh_postgres_database(admin_url: str, name: str) -> Iterator[str]:
    """A new, empty database `name` on the server of `admin_url` (dropped first if it is
    left over from an interrupted run, and dropped again at the end); yields its URL."""
    import psycopg
    import sqlalchemy as sa

    if not name.replace("_", "").isalnum():
        raise ValueError("a plain database name, please")
    admin_dsn = psycopg_dsn(admin_url)

    def run(sql: str) -> None:
        with psycopg.connect(admin_dsn, autocommit=True) as conn:
            conn.execute(sql)

    run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    run(f'CREATE DATABASE "{name}"')
    url = sa.engine.make_url(admin_url).set(database=name).render_as_string(
        hide_password=False)
    try:
        yield url
    finally:
        for attempt in range(5):  # a client still reconnecting can make one attempt fail
            try:
                run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                break
            except Exception:
                time.sleep(0.5 * (attempt + 1))


# -- profiling with py-spy -------------------------------------------------------------------

def py_spy_start(pid: int, seconds: float, out: Path) -> subprocess.Popen[bytes] | None:
    """Sample a process with py-spy (collapsed stacks in `out`), if py-spy is installed."""
    exe = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(exe).exists():
        return None
    # --gil: only samples of the thread holding the GIL, i.e. where the worker's CPU goes
    # (waits on PostgreSQL or the network release it and are not counted).
    return subprocess.Popen([exe, "record", "-p", str(pid), "-d", str(max(1, int(seconds))),
                             "-r", "250", "--gil", "--format", "raw", "-o", str(out),
                             "--nonblocking"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def py_spy_summary(files: Sequence[Path], top: int = 30,
                   keep: tuple[str, ...] = ("casemgr/", "sqlalchemy/", "psycopg/", "pydantic",
                                            "fastapi/", "starlette/", "json/", "uvicorn/")
                   ) -> list[str]:
    """Where the samples went: inclusive share per function (each counted once per stack),
    for frames of our code and the libraries we call, and the top self-time frames."""
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    for path in files:
        if not path.exists():
            continue
        for line in path.read_text().splitlines():
            stack, _, count_text = line.rpartition(" ")
            if not stack or not count_text.isdigit():
                continue
            count = int(count_text)
            total += count
            frames = [f for f in stack.split(";") if f]
            names, kept = [], set()
            for frame in frames:
                # "func (path/to/file.py:line)" -> "func (package/file.py)"
                name, _, where = frame.partition(" (")
                where = where.rstrip(")").rsplit(":", 1)[0]
                short = f"{name} ({'/'.join(where.split('/')[-2:])})"
                names.append(short)
                if any(k in where for k in keep):
                    kept.add(short)
            for name in kept:
                inclusive[name] += count
            if names:
                own[names[-1]] += count
    if not total:
        return ["(no samples)"]
    lines = [f"{total:,} samples holding the GIL; inclusive share (a function and what it "
             "calls):"]
    lines += [f"  {100 * n / total:5.1f}%  {name}" for name, n in inclusive.most_common(top)]
    lines.append("self time (the frame on top of the stack):")
    lines += [f"  {100 * n / total:5.1f}%  {name}" for name, n in own.most_common(12)]
    return lines
