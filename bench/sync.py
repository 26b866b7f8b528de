#!/usr/bin/env python3
"""Benchmark of the offline-first sync client against a live server (not part of the tests).

A real `casemgr-server serve` process (SQLite file by default; --database-url for
PostgreSQL, where a fresh database beside the given one is created and dropped) and real
encrypted client workspaces (casemgr.sync.account.first_login, casemgr.sync.engine).

  set-up   (untimed) laptop A of caseworker amina seeds --records worth of synthetic cases
           through the real workflow (casemgr.demo.seed.seed_demo) and pushes them.
  (a)      initial sync: laptop B's first_login (real Argon2id cost) and first full sync
           into its fresh workspace -> records/s. Baseline in the same run: raw local bulk
           insert = a plain executemany of the same records (every column B stored) into
           the records table of a fresh SQLCipher workspace, one transaction.
  (b)      week offline: while B is offline, A makes --edits edits of distinct records and
           pushes them (untimed); B's next sync is timed.
  (c)      online edit to other device: A edits a note and syncs, then B syncs; edit start
           to B holding the new text, --rounds rounds, p50/p95.
  (d)      empty sync: nothing changed anywhere, B syncs --empty times as the desktop and
           the CLI do (casemgr.app.syncing.sync); p50/p95 wall time, split into client CPU,
           waiting on HTTP and the server's own time (its access log), with the server's
           and PostgreSQL's CPU per sync. Baseline in the same run: GET /healthz through the
           same transport (same session and headers; no database, no token check).

    .venv/bin/python bench/sync.py [--quick] [--records 50000] [--edits 5000] [--rounds 60]
        [--empty 200] [--database-url postgresql+psycopg://...] [--profile]
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import math
import os
import pstats
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _support import (
    CHEAP_HASH_ENV,
    CpuMeter,
    ServerProcess,
    background_load,
    fresh_postgres_database,
    ms,
    percentile,
    py_spy_summary,
    sigterm_as_interrupt,
)

BENCH_DB = "casemgr_bench_sync"
USER = "amina"
RECORDS_PER_CASE = 18.5  # what seed_demo makes on average (visits, persons, tasks, ...)
# The targets of issue 13's table.
TARGETS = {"initial_records_per_s": 20_000.0, "initial_ratio": 0.30, "catch_up_s": 0.7,
           "edit_p50_s": 0.300, "empty_p50_s": 0.008}
# What the week-offline edits change, by record type: one ordinary field each.
EDITABLE = {"note": "text", "visit": "observations", "case": "summary", "family": "address",
            "person": "school"}


class Profiler:
    """cProfile on CPU time around the timed client work, and py-spy on the server's
    processes meanwhile (when installed), when asked for."""

    def __init__(self, enabled: bool, work: Path) -> None:
        self.enabled = enabled
        self.work = work
        self.server_pids: list[int] = []
        self.reports: list[tuple[str, str]] = []
        self._spies: list[tuple[subprocess.Popen[bytes], Path]] = []

    def prepare(self) -> None:
        """Attach py-spy to the server before the timed part begins."""
        if self.enabled:
            self._spies = self._spy()

    def run(self, name: str, fn: Any) -> Any:
        if not self.enabled:
            return fn()
        spies, self._spies = self._spies, []
        prof = cProfile.Profile(time.process_time)
        prof.enable()
        try:
            return fn()
        finally:
            prof.disable()
            out = io.StringIO()
            stats = pstats.Stats(prof, stream=out)
            stats.sort_stats("cumulative").print_stats(r"casemgr|sqlcipher|requests|json|"
                                                       r"pydantic", 28)
            stats.sort_stats("tottime").print_stats(14)
            self.reports.append((name, out.getvalue()))
            if spies:
                for spy, _ in spies:  # py-spy writes what it sampled when interrupted
                    spy.send_signal(signal.SIGINT)
                for spy, _ in spies:
                    try:
                        spy.wait(timeout=30)
                    except subprocess.TimeoutExpired:
                        spy.kill()
                        spy.wait()
                self.reports.append((f"{name}, the server (py-spy)", "\n".join(
                    py_spy_summary([out for _, out in spies], top=24))))

    def _spy(self) -> list[tuple[subprocess.Popen[bytes], Path]]:
        exe = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
        if not Path(exe).exists():
            return []
        spies = []
        for pid in self.server_pids:
            out = self.work / f"spy-{len(self.reports)}-{pid}.txt"
            spies.append((subprocess.Popen(
                [exe, "record", "-p", str(pid), "-r", "250", "--gil", "--format", "raw",
                 "-o", str(out), "--nonblocking"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), out))
        time.sleep(0.5)  # py-spy attaches
        return spies

    def print(self) -> None:
        for name, text in self.reports:
            print(f"\n--- profile (CPU time) of {name} ---")
            lines = [ln for ln in text.splitlines() if ln.strip()]
            print("\n".join(ln[:160] for ln in lines))


def cpu_line(records: int, client_s: float, server: dict[str, float], profiled: bool) -> str:
    """CPU per record: this process (the client), the server's processes, PostgreSQL."""
    per = max(records, 1) / 1e6
    line = (f"    CPU per record: client {client_s / per:,.0f} us, server "
            f"{server['own'] / per:,.0f} us")
    if server.get("pg"):
        line += f" + PostgreSQL {server['pg'] / per:,.0f} us"
    return line + (" (inflated by the profilers)" if profiled else "")


def sync_phases(engine: Any) -> dict[str, float]:
    """Time each phase of one SyncEngine.sync() (push, pull, downloads) on this engine."""
    times: dict[str, float] = {}

    def timed(name: str, fn: Any) -> Any:
        def wrapper(*a: Any, **k: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                times[name] = times.get(name, 0.0) + time.perf_counter() - start
        return wrapper

    for name in ("push", "pull", "refresh_downloads"):
        setattr(engine, name, timed(name, getattr(engine, name)))
    # Inside the pull: waiting for the server's pages (request, server work, parsing) versus
    # applying them to the workspace.
    transport = engine.transport
    if not hasattr(transport, "_bench_pull"):
        transport._bench_pull = transport.pull
    transport.pull = timed("pull_requests", transport._bench_pull)
    engine.store.apply_pull_page = timed("pull_apply", type(engine.store).apply_pull_page
                                         .__get__(engine.store))
    return times


def pull_split(phases: dict[str, float]) -> str:
    return (f"pull {phases.get('pull', 0):.2f} s = page requests "
            f"{phases.get('pull_requests', 0):.2f} s (server, HTTP, parsing) + applying pages "
            f"{phases.get('pull_apply', 0):.2f} s")


def raw_local_insert(work: Path, ws_src: Any, kdf: Any) -> tuple[float, int]:
    """The same records' columns, as B stored them, inserted with one executemany into the
    records table of a fresh SQLCipher workspace, in one transaction: records/s."""
    from casemgr.db.workspace import create_workspace

    rows = ws_src.conn.execute(
        "SELECT id, type, case_id, fields, rev, created_at, created_by, updated_at, "
        "updated_by, deleted, hlc, server_fields FROM records").fetchall()
    ws = create_workspace(work / "raw", "raw", "raw benchmark password", kdf=kdf)
    try:
        start = time.perf_counter()
        with ws.transaction() as conn:
            conn.executemany(
                "INSERT INTO records (id, type, case_id, fields, rev, created_at, created_by, "
                "updated_at, updated_by, deleted, hlc, server_fields) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        elapsed = time.perf_counter() - start
    finally:
        ws.close()
    return len(rows) / elapsed, len(rows)


def server_durations(log_path: Path, route: str, count: int) -> list[float]:
    """The last `count` durations (s) the server's access log gives for `route`: its own
    time, from the request reaching the app to the answer's last byte."""
    found: list[float] = []
    for line in reversed(log_path.read_text().splitlines()):
        if route not in line:
            continue
        with contextlib.suppress(ValueError, KeyError, TypeError):
            entry = json.loads(line)
            fields = entry.get("fields", entry)
            if fields.get("route") == route:
                found.append(float(fields["duration_ms"]) / 1000)
        if len(found) == count:
            break
    return found


def empty_sync(args: argparse.Namespace, engine_b: Any, server: ServerProcess, url: str,
               profiler: Profiler) -> float:
    """(d) B syncs `args.empty` times with nothing changed, as the desktop and the CLI call
    it; the baseline is a bare round trip to the same server. Returns the p50 (s)."""
    from casemgr.app.syncing import sync

    ws_b, transport = engine_b.ws, engine_b.transport
    print(f"\n(d) empty sync: nothing changed; laptop B syncs {args.empty} times "
          "(casemgr.app.syncing.sync, as the desktop and the CLI call it)")
    http_s: list[float] = []
    requests_made = [0]
    session_request = transport.http.request

    def timed_request(*a: Any, **k: Any) -> Any:
        start = time.perf_counter()
        try:
            return session_request(*a, **k)
        finally:
            http_s.append(time.perf_counter() - start)
            requests_made[0] += 1

    transport.http.request = timed_request
    try:
        for _ in range(5):  # warm: connection, caches, the catalog kept after (c)
            sync(ws_b, transport)
        walls, cpus, waits = [], [], []
        sent0, received0, requests0 = (transport.bytes_sent, transport.bytes_received,
                                       requests_made[0])
        meter = CpuMeter(server.pids(), url if url.startswith("postgresql") else None)

        def syncs() -> None:
            for _ in range(args.empty):
                del http_s[:]
                wall0, cpu0 = time.perf_counter(), time.process_time()
                summary = sync(ws_b, transport).value
                walls.append(time.perf_counter() - wall0)
                cpus.append(time.process_time() - cpu0)
                waits.append(sum(http_s))
                if summary.pushed or summary.pulled:
                    raise RuntimeError(f"the empty sync moved something: {summary.line()}")

        profiler.prepare()
        meter.start()
        profiler.run("(d) empty syncs", syncs)
        used = meter.stop()
        calls = (requests_made[0] - requests0) / args.empty
        sent = (transport.bytes_sent - sent0) / args.empty
        received = (transport.bytes_received - received0) / args.empty
        own = server_durations(server.log_path, "/api/v1/sync/pull", args.empty)
        # The baseline: the same session, headers and token, a route with no work behind it.
        floor = []
        for _ in range(args.empty):
            start = time.perf_counter()
            transport.request("GET", "/healthz", None)
            floor.append(time.perf_counter() - start)
    finally:
        transport.http.request = session_request
    p50, p95 = percentile(walls, 50), percentile(walls, 95)
    print(f"  empty sync: p50 {ms(p50)}, p95 {ms(p95)} ({calls:.2f} requests, {sent:,.0f} B "
          f"sent and {received:,.0f} B received per sync)")
    print(f"    client CPU p50 {ms(percentile(cpus, 50))}; waiting on HTTP p50 "
          f"{ms(percentile(waits, 50))}, of which the server's own time (access log) p50 "
          f"{ms(percentile(own, 50))}, p95 {ms(percentile(own, 95))}")
    pg = f", PostgreSQL {ms(used['pg'] / args.empty)}" if url.startswith("postgresql") else ""
    print(f"    CPU per sync: server {ms(used['own'] / args.empty)}{pg}")
    f50 = percentile(floor, 50)
    print(f"  baseline, GET /healthz through the same transport: p50 {ms(f50)}, p95 "
          f"{ms(percentile(floor, 95))}")
    print(f"  ratio empty sync / bare round trip (p50): {p50 / f50:.1f}x")
    return p50


def pick_edits(ws: Any, count: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """`count` distinct live records of the editable types: (id, type, field)."""
    marks = ",".join("?" * len(EDITABLE))
    rows = ws.conn.execute(
        f"SELECT id, type FROM records WHERE deleted = 0 AND type IN ({marks}) ORDER BY id",  # nosec B608 # only ? placeholders; values bound
        tuple(EDITABLE)).fetchall()
    chosen = rng.sample(rows, min(count, len(rows)))
    return [(rid, rtype, EDITABLE[rtype]) for rid, rtype in chosen]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=50_000,
                        help="caseload size to seed on the server (approximate: whole cases)")
    parser.add_argument("--edits", type=int, default=5_000, help="week-offline changes")
    parser.add_argument("--rounds", type=int, default=60, help="edit-to-other-device rounds")
    parser.add_argument("--empty", type=int, default=200, help="empty syncs timed")
    parser.add_argument("--database-url", help="PostgreSQL URL: a fresh database "
                        f"{BENCH_DB} is made beside it (default: a SQLite file)")
    parser.add_argument("--workers", type=int, default=1, help="server worker processes")
    parser.add_argument("--profile", action="store_true",
                        help="cProfile (CPU time) the timed client work and print the top")
    parser.add_argument("--quick", action="store_true", help="a smoke run in under a minute")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    if args.quick:
        args.records, args.edits, args.rounds, args.empty = 2_500, 400, 10, 100
    sigterm_as_interrupt()

    work = Path(tempfile.mkdtemp(prefix="casemgr-syncbench-"))
    servers: list[ServerProcess] = []
    opened: list[Any] = []
    profiler = Profiler(args.profile, work)
    try:
        if args.database_url:
            with fresh_postgres_database(args.database_url, BENCH_DB) as url:
                try:
                    run(args, work, url, "PostgreSQL", servers, opened, profiler)
                finally:  # the server goes before its database is dropped
                    for live in servers:
                        live.stop()
        else:
            run(args, work, f"sqlite:///{work / 'server.db'}", "SQLite", servers, opened,
                profiler)
        profiler.print()
    except KeyboardInterrupt:
        print("\ninterrupted; cleaning up", file=sys.stderr)
        return 130
    except Exception:
        traceback.print_exc()
        return 1
    finally:
        for ws in opened:
            with contextlib.suppress(Exception):  # closing what is left, best effort
                ws.close()
        for live in servers:
            live.stop()
        if args.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def run(args: argparse.Namespace, work: Path, url: str, db_name: str,
        servers: list[ServerProcess], opened: list[Any], profiler: Profiler) -> None:
    """Everything it starts goes into `servers` and `opened`, which main() cleans up."""
    from casemgr.app.casework import Casework
    from casemgr.db.keys import DEFAULT_KDF, KdfParams
    from casemgr.demo.seed import seed_demo
    from casemgr.server.bootstrap import init_db
    from casemgr.server.demo import DEMO_PASSWORD
    from casemgr.server.demo import seed_demo as seed_server
    from casemgr.server.settings import Settings
    from casemgr.sync.account import first_login
    from casemgr.sync.engine import SyncEngine

    fast_kdf = KdfParams(memory_kib=1024, iterations=1, lanes=1)  # for the untimed devices
    settings = Settings(database_url=url, key_dir=work / "keys",
                        password_memory_kib=int(CHEAP_HASH_ENV[
                            "CASEMGR_SERVER_PASSWORD_MEMORY_KIB"]), password_time_cost=1,
                        dev_mode=True)  # the demo organisation
    init_db(settings)
    seed_server(settings)  # demo users (amina is a caseworker) and the service directory
    print(f"casemgr sync client benchmark: server `casemgr-server serve --workers "
          f"{args.workers}` on {db_name}, loopback, {os.cpu_count()} cores; user {USER}")
    print(f"other processes kept {background_load():.2f} of {os.cpu_count()} cores busy just "
          "before the run (figures below are shared with them)")
    server = ServerProcess({"CASEMGR_SERVER_DATABASE_URL": url,
                            "CASEMGR_SERVER_KEY_DIR": str(work / "keys"), **CHEAP_HASH_ENV},
                           work / "server.log", workers=args.workers)
    servers.append(server)
    profiler.server_pids = server.pids()
    pg_url = url if url.startswith("postgresql") else None

    # -- set-up: laptop A seeds the caseload and pushes it (untimed) ------------------------
    ws_a, transport_a = first_login(work / "laptop-a", server.url, USER, DEMO_PASSWORD,
                                    kdf=fast_kdf)
    opened.append(ws_a)
    engine_a = SyncEngine(ws_a, transport_a, push_batch=500)  # fewer round trips to seed
    engine_a.sync()  # the directory's providers, which seeded referrals point to
    cw_a = Casework(ws_a)
    cases = max(1, math.ceil(args.records / RECORDS_PER_CASE))
    start = time.perf_counter()
    seeded = seed_demo(cw_a, cases, seed=7)
    seed_s = time.perf_counter() - start
    ops = engine_a.store.outbox_count()
    start = time.perf_counter()
    pushed = engine_a.sync()
    push_s = time.perf_counter() - start
    print(f"set-up (untimed): laptop A seeded {seeded.cases:,} cases ({seeded.records:,} "
          f"records) in {seed_s:.1f} s and pushed {ops:,} ops in {push_s:.1f} s "
          f"({ops / push_s:,.0f} ops/s; {pushed.rejected} rejected)")
    if pushed.rejected or pushed.conflicts:
        raise RuntimeError(f"the seed push was not clean: {pushed.line()}")

    # -- (a) initial sync into a fresh workspace ------------------------------------------
    print("\n(a) initial sync: laptop B logs in for the first time and downloads the caseload")
    start = time.perf_counter()
    ws_b, transport_b = first_login(work / "laptop-b", server.url, USER, DEMO_PASSWORD,
                                    kdf=DEFAULT_KDF)
    login_s = time.perf_counter() - start
    opened.append(ws_b)
    engine_b = SyncEngine(ws_b, transport_b)
    phases = sync_phases(engine_b)
    profiler.prepare()
    meter = CpuMeter(server.pids(), pg_url)
    meter.start()
    cpu0 = time.process_time()
    start = time.perf_counter()
    first = profiler.run("(a) B's first sync", engine_b.sync)
    sync_s = time.perf_counter() - start
    client_cpu = time.process_time() - cpu0
    server_cpu = meter.stop()
    records = int(ws_b.conn.execute("SELECT count(*) FROM records").fetchone()[0])
    cases_b = int(ws_b.conn.execute("SELECT count(*) FROM case_index").fetchone()[0])
    rate = records / sync_s
    print(f"  first_login (Argon2id {DEFAULT_KDF.memory_kib // 1024} MiB, "
          f"t={DEFAULT_KDF.iterations}; creates the workspace): {login_s:.2f} s")
    print(f"  first sync: {first.pulled:,} records pulled ({records:,} in the workspace, "
          f"{cases_b:,} cases listed) in {sync_s:.2f} s -> {rate:,.0f} records/s "
          f"({first.bytes_received / 2**20:.1f} MiB received)")
    print(f"    {pull_split(phases)}; push {phases.get('push', 0):.2f} s; lease/forms/directory "
          f"{phases.get('refresh_downloads', 0):.2f} s")
    print(cpu_line(first.pulled, client_cpu, server_cpu, args.profile))
    print(f"  including first_login: {records / (sync_s + login_s):,.0f} records/s")
    if first.pulled > records:
        print(f"    NOTE: the server sent {first.pulled / records:.2f} records per record kept "
              "(cases arrive whole, then again in the change feed from cursor 0)")
    raw_rate, raw_rows = raw_local_insert(work, ws_b, fast_kdf)
    ratio = rate / raw_rate
    print(f"  baseline, raw local bulk insert (plain executemany of the same {raw_rows:,} "
          f"rows into the records table of a fresh SQLCipher workspace, one transaction): "
          f"{raw_rate:,.0f} records/s")
    print(f"  ratio initial sync / raw local insert: {ratio:.1%}")
    state_a = ws_a.conn.execute("SELECT count(*) FROM records").fetchone()[0]
    if state_a != records:
        print(f"  NOTE: laptop A holds {state_a:,} records, laptop B {records:,}")

    # -- (b) a week offline: A edits, B catches up ----------------------------------------
    print(f"\n(b) week-offline catch-up: laptop A edits {args.edits:,} distinct records while "
          "B is offline; then B syncs")
    rng = random.Random(5)
    edits = pick_edits(ws_a, args.edits, rng)
    start = time.perf_counter()
    for i in range(0, len(edits), 50):
        with cw_a.batch():
            for rid, _rtype, name in edits[i:i + 50]:
                cw_a.edit_record(rid, {name: f"week offline edit {rid[-8:]} {rng.random():.6f}"})
    edit_s = time.perf_counter() - start
    start = time.perf_counter()
    pushed = engine_a.sync()
    print(f"  (untimed) A made {len(edits):,} edits in {edit_s:.1f} s and pushed them in "
          f"{time.perf_counter() - start:.1f} s ({pushed.rejected} rejected, "
          f"{pushed.conflicts} conflicts)")
    phases = sync_phases(engine_b)
    profiler.prepare()
    meter = CpuMeter(server.pids(), pg_url)
    meter.start()
    cpu0 = time.process_time()
    start = time.perf_counter()
    caught = profiler.run("(b) B's catch-up sync", engine_b.sync)
    catch_s = time.perf_counter() - start
    client_cpu = time.process_time() - cpu0
    server_cpu = meter.stop()
    check = edits[len(edits) // 2]
    fields = ws_b.store.require(check[0]).fields
    a_fields = ws_a.store.require(check[0]).fields
    assert fields.get(check[2]) == a_fields.get(check[2]), "B did not receive A's edit"
    print(f"  B's sync: {caught.pulled:,} records pulled in {catch_s:.2f} s "
          f"({caught.pulled / catch_s:,.0f} records/s)")
    print(f"    {pull_split(phases)}; lease/forms/directory "
          f"{phases.get('refresh_downloads', 0):.2f} s")
    print(cpu_line(caught.pulled, client_cpu, server_cpu, args.profile))

    # -- (c) online: edit on A to B ---------------------------------------------------------
    print(f"\n(c) online edit to other device: A edits a note and syncs, then B syncs; "
          f"{args.rounds} rounds")
    notes = [r[0] for r in ws_a.conn.execute(
        "SELECT id FROM records WHERE type = 'note' AND deleted = 0 ORDER BY id LIMIT 500")]
    latencies, a_times, b_times = [], [], []

    def rounds() -> None:
        for i in range(args.rounds):
            note_id = notes[i % len(notes)]
            text = f"online round {i} {rng.random():.9f}"
            start = time.perf_counter()
            cw_a.edit_record(note_id, {"text": text})
            engine_a.sync()
            mid = time.perf_counter()
            engine_b.sync()
            end = time.perf_counter()
            if ws_b.store.require(note_id).fields.get("text") != text:
                raise RuntimeError(f"round {i}: B does not have A's edit")
            latencies.append(end - start)
            a_times.append(mid - start)
            b_times.append(end - mid)

    profiler.run("(c) online rounds", rounds)
    p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
    print(f"  edit -> B has it: p50 {ms(p50)}, p95 {ms(p95)}, max {ms(max(latencies))} "
          f"(A's edit + sync p50 {ms(statistics.median(a_times))}, B's sync p50 "
          f"{ms(statistics.median(b_times))}; each sync = push and pull, plus the lease, "
          "forms or directory only when the pull's catalog says they changed)")

    empty_p50 = empty_sync(args, engine_b, server, url, profiler)

    print("\ntargets (DESIGN.md 9):")
    print(f"  initial sync >= {TARGETS['initial_records_per_s']:,.0f} records/s: {rate:,.0f} "
          f"({'met' if rate >= TARGETS['initial_records_per_s'] else 'MISSED'})")
    print(f"  initial sync >= {TARGETS['initial_ratio']:.0%} of raw local bulk insert: "
          f"{ratio:.1%} ({'met' if ratio >= TARGETS['initial_ratio'] else 'MISSED'})")
    print(f"  {len(edits):,} changes after a week offline <= {TARGETS['catch_up_s']:.1f} s: "
          f"{catch_s:.2f} s ({'met' if catch_s <= TARGETS['catch_up_s'] else 'MISSED'})")
    print(f"  online edit to other device p50 <= {ms(TARGETS['edit_p50_s'])}: {ms(p50)} "
          f"({'met' if p50 <= TARGETS['edit_p50_s'] else 'MISSED'})")
    print(f"  empty sync <= {ms(TARGETS['empty_p50_s'])} (p50): {ms(empty_p50)} "
          f"({'met' if empty_p50 <= TARGETS['empty_p50_s'] else 'MISSED'})")
    for ws in opened:
        ws.close()
    opened.clear()
    server.stop()  # before a PostgreSQL database is dropped


if __name__ == "__main__":
    sys.exit(main())
