#!/usr/bin/env python3
"""Load benchmark of the central sync server on PostgreSQL (not part of the test suite).

A real `casemgr-server serve --workers 2` process on a fresh PostgreSQL database, and
simulated devices on loopback: lightweight protocol clients (casemgr.sync.transport over
requests, casemgr.sync.protocol models), each with its own device id and tokens, pushing
outbox-like batches (creates of families, cases, children and notes; updates with the
right base values and base revs; gapless client seqs) and pulling what changed. Devices are
threads in several load processes (the GIL: one process could not keep a server busy).

Phases, each with fresh logins and an untimed initial pull per device:
  1. saturation  --devices (50) closed loop, no think time, --duration s: the sustained ops/s
  2. paced       the same devices offering --rate (1,000) ops/s in 50-op pushes: push and
                 pull latency at the target load (2b: at --light-rate, 250, for reference)
  3. fan-in      --fanin (1,000) devices logging in over --login-spread (30) s, then
                 --rounds pushes and pulls each: errors (must be 0) and latency; a busy
                 server's 503 with Retry-After is waited out and sent again (counted and
                 printed, not an error); any other failure is an error
With --servers N, N `serve` processes run on the one database and each device sends every
request to the next of them (stateless workers behind a load balancer).
Baseline, in the same run: raw PostgreSQL insert rate (psycopg executemany of the same
number of record-like rows into a plain table, one transaction).

    .venv/bin/python bench/server_load.py [--quick] [--devices 50] [--fanin 1000]
        [--login-spread 30] [--servers 1] [--profile]
        [--database-url postgresql+psycopg://...] (a database next to it is created and dropped)

--profile samples the server workers with py-spy (the dev extra) during the saturation
phase and prints where their CPU went.

Measured on 2026-12-05 (2 shared cores, other jobs keeping both busy; docs/server.md,
"Sizing"), back to back, one transaction per op (before) and per push (after, docs/sync.md
"On the server"), `--devices 50 --fanin 100 --duration 10 --rounds 2`:
  saturation            150 -> 1,025 ops/s; server CPU 5.0 -> 1.0 ms per op
  1,000 ops/s offered   150 -> 960 ops/s carried; p95 per 50-op push 8.5 s -> 1.1 s
  250 ops/s offered     p95 per 50-op push 1.8 s -> 159 ms; server CPU 7.4 -> 0.7 ms per op
  fan-in, 100 devices   202 -> 1,015 ops/s, 0 errors
and with `--devices 16 --fanin 48`: 185 -> 1,110 ops/s at saturation, p95 4.2 s -> 375 ms at
1,000 ops/s offered, server CPU 3.5 -> 0.8 ms and PostgreSQL 1.3 -> 0.2 ms per op.
Second round (issue 13), back to back, `--devices 16 --fanin 1000 --duration 10`, the 2 cores
shared with other jobs: server CPU per op 1.01 -> 0.83 ms (saturation), 1.06 -> 0.76 ms
(1,000 ops/s offered; 560 -> 885 carried, p95 1.8 -> 0.9 s), PostgreSQL 0.19-0.23 -> 0.14-0.18
ms; the 1,000-device fan-in 0 errors with 19,832 requests answered 503 busy and sent again.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing as mp
import os
import queue
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
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
    psycopg_dsn,
    py_spy_start,
    py_spy_summary,
    sigterm_as_interrupt,
)

DEFAULT_ADMIN_URL = os.environ.get(
    "CASEMGR_TEST_DATABASE_URL",
    "postgresql+psycopg://casemgr:casemgr-ci@127.0.0.1:5432/casemgr_test")
BENCH_DB = "casemgr_bench_load"
PASSWORD = "bench-password-2026"
OPS_PER_PUSH = 50
TEAM_SIZE = 10
# Issue 13's table: sustained ops/s, p95 per 50-op push at 1,000 ops/s offered, fan-in, and
# CPU per op (server workers; PostgreSQL's backends).
TARGETS = {"ops_per_s": 1500.0, "offered_ops_per_s": 1000.0, "push_p95_s": 0.200,
           "fanin_devices": 1000, "fanin_errors": 0, "server_cpu_ms": 0.5, "pg_cpu_ms": 0.3}
# A busy server answers 503 with Retry-After (casemgr.server.app.Overload): a laptop waits as
# asked (with jitter) and asks again, as the desktop app does; a request that succeeds in
# the end is no error, and the retries are counted and printed. Nothing else is retried: a
# 500, a refused connection or a timeout is an error.
BUSY_RETRIES = 40

FIRST_NAMES = ["Amani", "Baraka", "Chiku", "Daudi", "Eshe", "Faraji", "Gift", "Hadiya",
               "Imani", "Jabari", "Kesi", "Lulu", "Malaika", "Nia", "Omari", "Pendo"]
FAMILY_NAMES = ["Mwangi", "Otieno", "Njoroge", "Achieng", "Kamau", "Wanjiku", "Mutua",
                "Odhiambo", "Kiptoo", "Chebet", "Nyambura", "Onyango"]
AREAS = ["Kibera", "Mathare", "Korogocho", "Mukuru", "Kawangware", "Dandora"]
NOTE_WORDS = [
    "school", "attendance", "improved", "mother", "reports", "rent", "arrears", "uncle",
    "visited", "clinic", "appointment", "missed", "food", "parcel", "delivered", "teacher",
    "called", "grandmother", "helps", "with", "meals", "child", "seemed", "withdrawn",
    "follow", "up", "next", "week",
]


def username(i: int) -> str:
    return f"cw{i:03d}"


def team_of(i: int) -> str:
    return f"team{i // TEAM_SIZE:02d}"


# -- one simulated device ------------------------------------------------------------------

@dataclass
class Local:
    type: str
    case_id: str
    fields: dict[str, Any]
    rev: int


@dataclass
class DeviceStats:
    pushes: list[tuple[float, float, int]] = field(default_factory=list)  # end, latency, ops
    pulls: list[tuple[float, float, int]] = field(default_factory=list)  # end, latency, records
    statuses: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    login_s: float = 0.0
    retried: Counter[str] = field(default_factory=Counter)


def bench_transport(url: str, device_id: str) -> Any:
    """The desktop app's transport, retrying only what a busy server asks to retry."""
    from casemgr.sync.transport import Transport

    class BusyOnly(Transport):
        RETRY_STATUSES = frozenset({503})
        RETRY_BROKEN_CONNECTIONS = False

    return BusyOnly(url, device_id, retries=BUSY_RETRIES, timeout=(10.0, 300.0))


class Device:
    """A device's outbox and cursor, without a workspace: ops as the real outbox makes them."""

    def __init__(self, urls: list[str], index: int, seed: int) -> None:
        from casemgr.domain.ids import device_prefix, uuid7

        self.user = username(index)
        self.team = team_of(index)
        # Several server processes (--servers): each request goes to the next, as behind a
        # load balancer; the server keeps no state of its own (tests/e2e/test_sync_stateful).
        self.urls = urls
        self.requests = index  # devices start on different servers
        # Only a busy server's 503 is retried: another 5xx or a dropped connection is an
        # error to count, not to hide.
        self.transport = bench_transport(urls[0], uuid7())
        self.prefix = device_prefix(self.transport.device_id)
        self.rng = random.Random(seed)
        self.next_seq = 1
        self.case_counter = 0
        self.cursor = 0
        self.records: dict[str, Local] = {}  # acknowledged by the server, as it holds them
        self.cases: list[str] = []
        self.stats = DeviceStats()

    def _next_server(self) -> None:
        self.transport.base_url = self.urls[self.requests % len(self.urls)]
        self.requests += 1

    def login(self) -> None:
        self._next_server()
        start = time.perf_counter()
        self.transport.login(self.user, PASSWORD, device_name=f"bench {self.user}")
        self.stats.login_s = time.perf_counter() - start

    # -- ops --------------------------------------------------------------------------------

    def _op(self, kind: str, record_id: str, rtype: str, case_id: str, base_rev: int,
            changes: dict[str, tuple[Any, Any]]) -> Any:
        from casemgr.domain.clock import iso_utc
        from casemgr.domain.ids import uuid7
        from casemgr.sync import protocol

        now = time.time_ns() // 1_000_000
        op = protocol.Op(
            op_id=uuid7(), client_seq=self.next_seq, record_id=record_id, record_type=rtype,
            case_id=case_id, kind=kind, base_rev=base_rev,
            changes={k: protocol.FieldChange(base=b, value=v) for k, (b, v) in changes.items()},
            hlc=f"{now:015d}-{self.next_seq % 100000:05d}-{self.prefix}",
            created_at=iso_utc(now))
        self.next_seq += 1
        return op

    def _registration(self) -> list[tuple[Any, Local]]:
        from casemgr.domain.ids import uuid7

        rng = self.rng
        case_id, family_id = uuid7(), uuid7()
        surname = rng.choice(FAMILY_NAMES)
        self.case_counter += 1
        family = {"name": surname, "area": rng.choice(AREAS)}
        case = {"case_number": f"{self.prefix}-{self.case_counter:05d}", "family_id": family_id,
                "status": "open", "risk": rng.choice(["low", "medium", "high"]),
                "assigned_to": self.user, "team": self.team, "legal_basis": "consent",
                "consent_given_by": f"{rng.choice(FIRST_NAMES)} {surname}",
                "opened_on": time.strftime("%Y-%m-%d"), "summary": "Referred by the school."}
        out = [(family_id, "family", family), (case_id, "case", case)]
        for _ in range(2):
            out.append((uuid7(), "person", {
                "family_id": family_id, "given_name": rng.choice(FIRST_NAMES),
                "family_name": surname, "role": "child",
                "date_of_birth": f"{rng.randint(2010, 2022)}-0{rng.randint(1, 9)}-"
                                 f"1{rng.randint(0, 9)}"}))
        return [(self._op("create", rid, rtype, case_id, 0,
                          {k: (None, v) for k, v in fields.items()}),
                 Local(rtype, case_id, fields, 0)) for rid, rtype, fields in out]

    def _note(self, case_id: str) -> tuple[Any, Local]:
        from casemgr.domain.ids import uuid7

        fields = {"text": " ".join(self.rng.choices(NOTE_WORDS, k=12))}
        return (self._op("create", uuid7(), "note", case_id, 0, {"text": (None, fields["text"])}),
                Local("note", case_id, fields, 0))

    def _update(self, record_id: str) -> tuple[Any, Local]:
        rec = self.records[record_id]
        name = {"note": "text", "case": "summary", "family": "area"}[rec.type]
        if rec.type == "family":
            value: Any = self.rng.choice([a for a in AREAS if a != rec.fields.get(name)])
        else:
            value = " ".join(self.rng.choices(NOTE_WORDS, k=10))
        op = self._op("update", record_id, rec.type, rec.case_id, rec.rev,
                      {name: (rec.fields.get(name), value)})
        return op, Local(rec.type, rec.case_id, {**rec.fields, name: value}, rec.rev)

    def batch(self, n: int = OPS_PER_PUSH) -> list[tuple[Any, Local]]:
        """An outbox batch: registrations, new notes and edits of acknowledged records
        (no record twice, so every update's base is what the server holds)."""
        ops: list[tuple[Any, Local]] = []
        for _ in range(2):
            ops += self._registration()
        new_cases = [local.case_id for op, local in ops if local.type == "case"]
        for _ in range(12):
            ops.append(self._note(self.rng.choice(self.cases + new_cases)))
        editable = [rid for rid, rec in self.records.items()
                    if rec.type in ("note", "case", "family")]
        for rid in self.rng.sample(editable, min(len(editable), n - len(ops))):
            ops.append(self._update(rid))
        while len(ops) < n:
            ops.append(self._note(self.rng.choice(self.cases + new_cases)))
        return ops

    # -- exchanges --------------------------------------------------------------------------

    def push(self) -> None:
        ops = self.batch()
        self._next_server()
        start = time.perf_counter()
        answer = self.transport.push([op for op, _ in ops], outbox_lag=len(ops),
                                     audit_head=None)
        latency = time.perf_counter() - start
        self.stats.pushes.append((time.time(), latency, len(ops)))
        by_id = {op.op_id: (op, local) for op, local in ops}
        for result in answer.results:
            self.stats.statuses[result.status] += 1
            op, local = by_id[result.op_id]
            if result.status in ("applied", "merged"):
                local.rev = result.rev
                self.records[op.record_id] = local
                if local.type == "case" and op.kind == "create":
                    self.cases.append(op.record_id)
            elif len(self.stats.errors) < 5:
                self.stats.errors.append(f"op {result.status}: {result.reason}")

    def pull(self, timed: bool = True) -> None:
        while True:
            self._next_server()
            start = time.perf_counter()
            page = self.transport.pull(self.cursor)
            latency = time.perf_counter() - start
            if timed:
                self.stats.pulls.append((time.time(), latency, len(page.records)))
            for rec in page.records:  # the server's view wins (it may have merged)
                local = self.records.get(rec.id)
                if local is not None:
                    local.fields, local.rev = dict(rec.fields), rec.rev
            self.cursor = max(self.cursor, page.next_cursor)
            if not page.has_more:
                return


# -- a load process: several devices, one thread each ------------------------------------

def load_process(urls: list[str], indices: list[int], mode: str, param: float, seed: int,
                 ready: Any, go: Any, start_at: Any, results: Any, spread_s: float = 0.0
                 ) -> None:
    """Log the devices in (concurrently; with `spread_s`, each at a random moment of that
    many seconds), pull once untimed, report ready, wait for `go`,
    then run: "closed" (push+pull back to back until start+param s), "paced" (one push+pull
    every param s per device, start spread over it, until start+duration) or "rounds"
    (param rounds back to back)."""
    devices: list[Device] = []
    setup_errors: list[str] = []

    def setup(i: int) -> None:
        try:
            d = Device(urls, i, seed * 100_003 + i)
            if spread_s:
                time.sleep(d.rng.uniform(0, spread_s))
            d.login()
            d.pull(timed=False)
            devices.append(d)
        except Exception as exc:
            setup_errors.append(f"login/initial pull {username(i)}: {exc!r}")

    threads = [threading.Thread(target=setup, args=(i,)) for i in indices]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    ready.put(len(devices))
    go.wait()
    before = resource.getrusage(resource.RUSAGE_SELF)
    start = start_at.value
    if mode == "paced":
        duration, interval = param
    else:
        duration, interval = float(param), 0.0

    def run(d: Device) -> None:
        try:
            if mode == "rounds":
                for _ in range(int(param)):
                    d.push()
                    d.pull()
                return
            due = start + (d.rng.uniform(0, interval) if interval else 0.0)
            while True:
                if interval:
                    wait = due - time.time()
                    if wait > 0:
                        time.sleep(wait)
                    due += interval
                if time.time() >= start + duration:
                    return
                d.push()
                d.pull()
        except Exception as exc:
            d.stats.errors.append(f"{d.user}: {type(exc).__name__}: {exc}"[:300])
            d.stats.statuses["request_failed"] += 1

    threads = [threading.Thread(target=run, args=(d,)) for d in devices]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime - before.ru_utime - before.ru_stime
    results.put({
        "pushes": [s for d in devices for s in d.stats.pushes],
        "pulls": [s for d in devices for s in d.stats.pulls],
        "statuses": dict(sum((d.stats.statuses for d in devices), Counter())),
        "errors": setup_errors + [e for d in devices for e in d.stats.errors],
        "setup_failures": len(setup_errors),
        "logins": [d.stats.login_s for d in devices],
        "cpu_s": cpu,
        "retried": dict(sum((d.transport.retried for d in devices), Counter())),
    })


@dataclass
class PhaseResult:
    name: str
    devices: int
    wall_s: float
    window_s: float
    pushes: list[tuple[float, float, int]]
    pulls: list[tuple[float, float, int]]
    statuses: dict[str, int]
    errors: list[str]
    setup_failures: int
    logins: list[float]
    load_cpu_s: float
    server_cpu_s: float
    pg_cpu_s: float
    busy_cpu_s: float
    pg_sessions: int = 0
    profile: list[str] = field(default_factory=list)
    retried: dict[str, int] = field(default_factory=dict)  # requests sent again, by why

    @property
    def ops(self) -> int:
        return sum(n for _, _, n in self.pushes)

    @property
    def ops_per_s(self) -> float:
        return self.ops / self.window_s if self.window_s else 0.0

    @property
    def error_count(self) -> int:
        """Failed logins, failed requests and ops not applied (rejected or conflict)."""
        return (sum(v for k, v in self.statuses.items() if k not in ("applied", "merged"))
                + self.setup_failures)

    def windows(self, start: float, width: float = 5.0) -> list[float]:
        """ops/s in consecutive windows (by push completion time)."""
        buckets: Counter[int] = Counter()
        for end, _, n in self.pushes:
            buckets[int((end - start) // width)] += n
        full = int(self.window_s // width)
        return [buckets.get(i, 0) / width for i in range(full)]


def run_phase(name: str, urls: list[str], server: Servers, indices: list[int], procs: int,
              mode: str, param: Any, seed: int, db_url: str, profile_dir: Path | None = None,
              spread_s: float = 0.0) -> tuple[PhaseResult, float]:
    ctx = mp.get_context("spawn")
    ready, results = ctx.Queue(), ctx.Queue()
    go = ctx.Event()
    start_at = ctx.Value("d", 0.0)
    groups = [indices[i::procs] for i in range(procs) if indices[i::procs]]
    workers = [ctx.Process(target=load_process, args=(urls, g, mode, param, seed, ready, go,
                                                      start_at, results, spread_s), daemon=True)
               for g in groups]
    for w in workers:
        w.start()
    try:
        for _ in workers:
            ready.get(timeout=600)
        server_pids = server.pids()
        meter = CpuMeter(server_pids, db_url)
        meter.start()
        start_at.value = time.time() + 0.2
        go.set()
        spies = []
        if profile_dir is not None and mode == "closed":
            time.sleep(1.0)  # past the start
            for pid in server.worker_pids():  # not uvicorn's supervisors
                out = profile_dir / f"{name}-{pid}.txt"
                spy = py_spy_start(pid, float(param) - 1.5, out)
                if spy is not None:
                    spies.append((spy, out))
        parts = []
        for _ in workers:
            while True:
                try:
                    parts.append(results.get(timeout=5))
                    break
                except queue.Empty:
                    if not any(w.is_alive() for w in workers):
                        raise RuntimeError(f"{name}: a load process died") from None
        end = time.time()
        cpu = meter.stop()
        for spy, _ in spies:
            spy.wait(timeout=60)
        for w in workers:
            w.join(timeout=30)
    finally:
        for w in workers:
            if w.is_alive():
                w.terminate()
                w.join(timeout=10)
    start = start_at.value
    if mode == "closed":
        window = float(param)
    elif mode == "paced":
        window = float(param[0])
    else:
        window = max((e for p in parts for e, _, _ in p["pushes"] + p["pulls"]),
                     default=start) - start
    statuses: Counter[str] = Counter()
    retried: Counter[str] = Counter()
    for p in parts:
        statuses.update(p["statuses"])
        retried.update(p["retried"])
    result = PhaseResult(
        name=name, devices=len(indices), wall_s=end - start, window_s=window,
        pushes=[s for p in parts for s in p["pushes"] if s[0] <= start + window + 1e-9],
        pulls=[s for p in parts for s in p["pulls"]],
        statuses=dict(statuses), errors=[e for p in parts for e in p["errors"]],
        setup_failures=sum(p["setup_failures"] for p in parts),
        logins=[x for p in parts for x in p["logins"]],
        load_cpu_s=sum(p["cpu_s"] for p in parts),
        server_cpu_s=cpu["own"], pg_cpu_s=cpu["pg"], busy_cpu_s=cpu["busy"],
        pg_sessions=int(cpu["sessions"]), retried=dict(retried),
        profile=py_spy_summary([out for _, out in spies]) if spies else [])
    return result, start


class Servers:
    """One or more `casemgr-server serve` processes on one database (--servers)."""

    def __init__(self, processes: list[ServerProcess]) -> None:
        self.processes = processes
        self.urls = [p.url for p in processes]

    def pids(self) -> list[int]:
        return [pid for p in self.processes for pid in p.pids()]

    def worker_pids(self) -> list[int]:
        """The worker processes (each process's first pid is uvicorn's supervisor)."""
        return [pid for p in self.processes for pid in p.pids()[1:]]

    @property
    def log_path(self) -> Path:
        return self.processes[0].log_path

    def stop(self) -> None:
        for p in self.processes:
            p.stop()


# -- the baseline --------------------------------------------------------------------------

def raw_insert_rate(url: str, rows: int) -> float:
    """psycopg executemany of record-like rows (the server's records columns, JSONB fields)
    into a plain table, one transaction: the database's own ceiling for these rows."""
    import psycopg

    from casemgr.domain.ids import uuid7

    rng = random.Random(3)
    now = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime())
    data = []
    for i in range(rows):
        case_id = uuid7()
        fields = {"text": " ".join(rng.choices(NOTE_WORDS, k=12))}
        meta = {"text": [1, "cw000", now, case_id]}
        data.append((uuid7(), "note", case_id, json.dumps(fields), 1, i + 1, False, now,
                     "cw000", now, "cw000", json.dumps(meta)))
    with psycopg.connect(psycopg_dsn(url)) as conn:
        conn.execute("CREATE TABLE raw_records (id varchar(36) PRIMARY KEY, type varchar(32) "
                     "NOT NULL, case_id varchar(36), fields jsonb NOT NULL, rev int NOT NULL, "
                     "seq bigint NOT NULL UNIQUE, deleted boolean NOT NULL, created_at "
                     "varchar(32) NOT NULL, created_by varchar(64) NOT NULL, updated_at "
                     "varchar(32) NOT NULL, updated_by varchar(64) NOT NULL, field_meta jsonb "
                     "NOT NULL)")
        conn.execute("CREATE INDEX raw_records_case ON raw_records (case_id)")
        conn.commit()
        start = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO raw_records VALUES (%s, %s, %s, %s, %s, %s, %s, %s, "
                            "%s, %s, %s, %s)", data)
        conn.commit()
        rate = rows / (time.perf_counter() - start)
        conn.execute("DROP TABLE raw_records")
        conn.commit()
    return rate


# -- set-up ----------------------------------------------------------------------------------

def create_users(settings: Any, count: int) -> None:
    from casemgr.domain.clock import SystemClock
    from casemgr.server.accounts import create_user
    from casemgr.server.db import make_engine

    engine = make_engine(settings.database_url)
    now = SystemClock().now_ms()
    try:
        with engine.begin() as conn:
            for i in range(count):
                create_user(conn, username(i), "caseworker", PASSWORD, teams=[team_of(i)],
                            now=now, settings=settings, actor="bench")
    finally:
        engine.dispose()


def report(phase: PhaseResult, start: float, raw_rate: float) -> None:
    push_lat = [lat for _, lat, _ in phase.pushes]
    pull_lat = [lat for _, lat, _ in phase.pulls]
    win = phase.windows(start)
    cores = os.cpu_count() or 1
    print(f"  ops pushed: {phase.ops:,} in {phase.window_s:.1f} s -> {phase.ops_per_s:,.0f} ops/s"
          f" (ratio to raw PostgreSQL insert {phase.ops_per_s / raw_rate:.3f})")
    if len(win) > 1:
        print(f"  per 5 s window: min {min(win):,.0f}, median {statistics.median(win):,.0f}, "
              f"max {max(win):,.0f} ops/s")
    print(f"  push (50 ops), {len(push_lat):,} pushes: p50 {ms(percentile(push_lat, 50))}, "
          f"p95 {ms(percentile(push_lat, 95))}, p99 {ms(percentile(push_lat, 99))}")
    recs = [n for _, _, n in phase.pulls]
    print(f"  pull, {len(pull_lat):,} pulls (median {statistics.median(recs) if recs else 0:.0f}"
          f" records): p50 {ms(percentile(pull_lat, 50))}, p95 {ms(percentile(pull_lat, 95))}, "
          f"p99 {ms(percentile(pull_lat, 99))}")
    print(f"  op results: {dict(sorted(phase.statuses.items()))}; errors: {phase.error_count}")
    busy = phase.retried.get("503", 0)
    others = {k: v for k, v in phase.retried.items() if k != "503"}
    print(f"  requests answered 503 busy (Retry-After) and sent again: {busy:,}"
          + (f"; other retries: {others}" if others else ""))
    for e in phase.errors[:5]:
        print(f"    {e}")
    wall = max(phase.wall_s, 1e-9)
    other = phase.busy_cpu_s - phase.server_cpu_s - phase.load_cpu_s - phase.pg_cpu_s
    print(f"  CPU over {wall:.1f} s, in cores busy (of {cores}): all "
          f"{phase.busy_cpu_s / wall:.2f} = server workers {phase.server_cpu_s / wall:.2f} + "
          f"its PostgreSQL backends {phase.pg_cpu_s / wall:.2f} + load generators "
          f"{phase.load_cpu_s / wall:.2f} + the rest {max(other, 0) / wall:.2f} (other "
          "processes, PostgreSQL's own and short-lived backends, the kernel)")
    print(f"  PostgreSQL sessions opened by the server during the phase: {phase.pg_sessions:,}"
          f" ({phase.pg_sessions / wall:,.1f}/s)")
    if phase.ops:
        server_ms = 1000 * phase.server_cpu_s / phase.ops
        pg_ms = 1000 * phase.pg_cpu_s / phase.ops
        print(f"  CPU per op (its push share of the pulls included): server {server_ms:.2f} ms + "
              f"PostgreSQL {pg_ms:.2f} ms -> {cores} dedicated cores would carry at most "
              f"~{cores * 1000 / (server_ms + pg_ms):,.0f} ops/s on CPU alone")
    if phase.profile:
        print("  py-spy on the server workers during this phase:")
        for line in phase.profile:
            print(f"    {line}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=DEFAULT_ADMIN_URL,
                        help="PostgreSQL URL of a database to connect to; the benchmark "
                             f"creates (and drops) {BENCH_DB} beside it")
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--fanin", type=int, default=1000, help="devices in the fan-in phase")
    parser.add_argument("--login-spread", type=float, default=30.0,
                        help="s over which the fan-in devices log in (each at a random moment)")
    parser.add_argument("--servers", type=int, default=1,
                        help="`serve` processes on the one database, every request of a device "
                             "going to the next (as behind a load balancer)")
    parser.add_argument("--duration", type=float, default=30.0, help="s per timed phase")
    parser.add_argument("--rate", type=float, default=TARGETS["offered_ops_per_s"],
                        help="ops/s offered in the paced phase")
    parser.add_argument("--light-rate", type=float, default=250.0,
                        help="ops/s offered in a second, lighter paced phase (0: skip it)")
    parser.add_argument("--rounds", type=int, default=3, help="pushes per fan-in device")
    parser.add_argument("--workers", type=int, default=2, help="server worker processes")
    parser.add_argument("--procs", type=int, default=4, help="load generator processes")
    parser.add_argument("--raw-rows", type=int, default=50_000)
    parser.add_argument("--quick", action="store_true", help="a smoke run in under a minute")
    parser.add_argument("--profile", action="store_true",
                        help="sample the server workers with py-spy in the saturation phase")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    if args.quick:
        args.devices, args.fanin, args.duration, args.rounds = 8, 24, 4.0, 2
        args.login_spread = 2.0
        args.light_rate = 0.0
        args.raw_rows, args.procs = 5_000, 2
    users = max(args.devices, args.fanin)
    sigterm_as_interrupt()

    from casemgr.server.bootstrap import init_db
    from casemgr.server.settings import Settings

    work = Path(tempfile.mkdtemp(prefix="casemgr-load-"))
    server: Servers | None = None
    try:
        with contextlib.ExitStack() as stack:
            url = stack.enter_context(fresh_postgres_database(args.database_url, BENCH_DB))
            env = {"CASEMGR_SERVER_DATABASE_URL": url,
                   "CASEMGR_SERVER_KEY_DIR": str(work / "keys"), **CHEAP_HASH_ENV}
            settings = Settings(database_url=url, key_dir=work / "keys",
                                password_memory_kib=int(CHEAP_HASH_ENV[
                                    "CASEMGR_SERVER_PASSWORD_MEMORY_KIB"]),
                                password_time_cost=1)
            init_db(settings)
            create_users(settings, users)
            pg_version = subprocess.run(
                ["psql", psycopg_dsn(url), "-Atc", "SHOW server_version"],
                capture_output=True, text=True, check=False).stdout.strip() or "?"
            print(f"casemgr server load: PostgreSQL {pg_version}, {args.servers} x "
                  f"`casemgr-server serve --workers {args.workers}`, {os.cpu_count()} cores, "
                  "loopback; "
                  f"{users} caseworkers in teams of {TEAM_SIZE}; devices are threads in "
                  f"{args.procs} load processes")
            print(f"other processes kept {background_load():.2f} of {os.cpu_count()} cores busy "
                  "just before the run (figures below are shared with them)")
            raw = raw_insert_rate(url, args.raw_rows)
            print(f"baseline: raw PostgreSQL insert (psycopg executemany, {args.raw_rows:,} "
                  f"record-like rows, one transaction): {raw:,.0f} rows/s")
            server = Servers([ServerProcess(env, work / f"server-{n}.log", workers=args.workers)
                              for n in range(args.servers)])
            stack.callback(server.stop)  # runs before the database is dropped
            rng = random.Random(11)

            devices = list(range(args.devices))
            print(f"\n[1] saturation: {args.devices} devices, closed loop (push 50 ops, pull, "
                  f"repeat), {args.duration:.0f} s")
            sat, start = run_phase("saturation", server.urls, server, devices, args.procs,
                                   "closed", args.duration, rng.randrange(1 << 30), url,
                                   profile_dir=work if args.profile else None)
            report(sat, start, raw)

            interval = OPS_PER_PUSH * args.devices / args.rate
            print(f"\n[2] paced: {args.devices} devices, each pushing 50 ops every "
                  f"{interval:.2f} s (offered {args.rate:,.0f} ops/s) and pulling, "
                  f"{args.duration:.0f} s")
            paced, start = run_phase("paced", server.urls, server, devices, args.procs,
                                     "paced", (args.duration, interval), rng.randrange(1 << 30),
                                     url)
            report(paced, start, raw)

            light = None
            if args.light_rate > 0:
                interval = OPS_PER_PUSH * args.devices / args.light_rate
                print(f"\n[2b] paced, light: the same {args.devices} devices offering "
                      f"{args.light_rate:,.0f} ops/s (50 ops every {interval:.2f} s each), "
                      f"{args.duration / 2:.0f} s: latency below saturation")
                light, start = run_phase("light", server.urls, server, devices, args.procs,
                                         "paced", (args.duration / 2, interval),
                                         rng.randrange(1 << 30), url)
                report(light, start, raw)

            fan = list(range(args.fanin))
            print(f"\n[3] fan-in: {args.fanin} devices log in over {args.login_spread:.0f} s, "
                  f"then {args.rounds} "
                  f"rounds of push (50 ops) + pull each, back to back")
            fanin, start = run_phase("fan-in", server.urls, server, fan, args.procs,
                                     "rounds", args.rounds, rng.randrange(1 << 30), url,
                                     spread_s=args.login_spread)
            print(f"  logins: {len(fanin.logins)} (p50 {ms(percentile(fanin.logins, 50))}, "
                  f"max {ms(max(fanin.logins, default=0))})")
            report(fanin, start, raw)

            best = max(sat.ops_per_s, paced.ops_per_s)
            p95 = percentile([lat for _, lat, _ in paced.pushes], 95)
            print("\ntargets (issue 13):")
            print(f"  sustained ops/s on PostgreSQL >= {TARGETS['ops_per_s']:,.0f}: "
                  f"{best:,.0f} ({'met' if best >= TARGETS['ops_per_s'] else 'MISSED'}; "
                  f"ratio to raw insert {best / raw:.3f})")
            print(f"  p95 per 50-op push <= {ms(TARGETS['push_p95_s'])} at "
                  f"{args.rate:,.0f} ops/s offered ({paced.ops_per_s:,.0f} carried): {ms(p95)} "
                  f"({'met' if p95 <= TARGETS['push_p95_s'] else 'MISSED'})")
            if light is not None:
                light_p95 = percentile([lat for _, lat, _ in light.pushes], 95)
                print(f"    (for reference, at {light.ops_per_s:,.0f} ops/s achieved in the "
                      f"light phase: p95 {ms(light_p95)})")
            for phase in (sat, paced):
                if not phase.ops:
                    continue
                server_ms = 1000 * phase.server_cpu_s / phase.ops
                pg_ms = 1000 * phase.pg_cpu_s / phase.ops
                met = server_ms <= TARGETS["server_cpu_ms"] and pg_ms <= TARGETS["pg_cpu_ms"]
                print(f"  CPU per op <= {TARGETS['server_cpu_ms']} ms server + "
                      f"{TARGETS['pg_cpu_ms']} ms PostgreSQL ({phase.name}): {server_ms:.2f} ms + "
                      f"{pg_ms:.2f} ms ({'met' if met else 'MISSED'})")
            ok = fanin.devices >= TARGETS["fanin_devices"] and fanin.error_count == 0
            print(f"  {TARGETS['fanin_devices']:,} devices fan-in, 0 errors: "
                  f"{fanin.devices:,} devices, {fanin.error_count} errors, "
                  f"{sum(fanin.retried.values()):,} requests sent again as asked "
                  f"({'met' if ok else 'MISSED'})")
            server.stop()
            server = None
    except KeyboardInterrupt:
        print("\ninterrupted; cleaning up", file=sys.stderr)
        return 130
    except Exception:
        traceback.print_exc()
        if server is not None:
            print("--- server log (tail) ---", file=sys.stderr)
            print(server.log_path.read_text()[-4000:], file=sys.stderr)
        return 1
    finally:
        if server is not None:
            server.stop()
        if args.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
