#!/usr/bin/env python3
"""How big the encrypted workspace is, table by table (not part of the test suite).

Builds workspaces of --cases synthetic cases through the real write path and measures them
in three states a caseworker's laptop goes through:

- **written**: the demo's cases written on this device (`seed_demo` through `Casework`:
  records, search entries, outbox ops, audit entries, field histories, case index), every
  op still waiting to sync;
- **synced**: the same workspace after the server acknowledged every op (the real
  acknowledgement path, `SyncStore.apply_push_results`, 200 ops per call as a push);
- **pulled**: a new laptop's first download of the same records (`SyncStore.apply_pull_page`,
  500 records a page), the way most caseworkers get their caseload.

Each is closed (WAL checkpointed) and measured: the file size, free pages, and the bytes of
each table and index. sqlcipher3's SQLite is built without the `dbstat` virtual table, so
the database is copied unencrypted (`sqlcipher_export`, which lays it out afresh like
VACUUM) into the temporary folder and measured there with the standard library's SQLite,
whose `dbstat` is available: its pages carry no SQLCipher IV and MAC (80 of each 4,096
bytes), so its total is about 2% below the encrypted file's, and any free pages the
encrypted file holds are not in it (they are reported separately).

`--baseline REF` (default: the commit before the workspace was slimmed, issue 13 item 6)
runs the same measurement in a second process on the `casemgr` package of that commit
(`git archive`), so the run prints before and after and the ratios.

    .venv/bin/python bench/workspace_size.py [--cases 10000] [--baseline REF|none] [--dir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# The casemgr package measured: this checkout, or a baseline's extracted copy.
sys.path.insert(0, os.environ.get("WORKSPACE_SIZE_CODE", str(ROOT)))

PASSWORD = "benchmark password"
BASELINE_REF = "f8808fa"  # main before issue 13 item 6 (hex ids and hashes, no VACUUM)
TARGET_100K_BYTES = 1.2e9
PUSH_BATCH = 200
PULL_PAGE = 500
STATES = ("written", "synced", "pulled")


def group_of(name: str, owners: dict[str, str]) -> str:
    """The table a b-tree belongs to: itself, its index's table, or FTS5's shadow tables."""
    table = owners.get(name, name)
    if table.startswith("search_"):
        return "search (fts5)"
    if table.startswith("sqlite_"):
        return "sqlite (schema)"
    return table


def profile(db: Path, data_key: bytes, tmp: Path) -> dict[str, Any]:
    """Sizes of one closed workspace file: file, free pages, and per table and index."""
    from casemgr.db.connection import open_encrypted

    conn = open_encrypted(db, data_key)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    page_count = conn.execute("PRAGMA page_count").fetchone()[0]
    freelist = conn.execute("PRAGMA freelist_count").fetchone()[0]
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # nosec B608 # our own table names
              for t in ("records", "outbox", "audit", "record_changes", "case_index")}
    plain = tmp / "plain-copy.db"
    plain.unlink(missing_ok=True)
    conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    copy = sqlite3.connect(plain)
    owners = dict(copy.execute("SELECT name, tbl_name FROM sqlite_master"))
    objects: dict[str, dict[str, int]] = {}
    for name, pages, size in copy.execute(
            "SELECT name, count(*), sum(pgsize) FROM dbstat GROUP BY name"):
        table = group_of(name, owners)
        kind = "table" if owners.get(name, name) == name else "index"
        entry = objects.setdefault(table, {"table": 0, "index": 0, "pages": 0})
        entry[kind] += size
        entry["pages"] += pages
    indexes = {name: size for name, size in copy.execute(
        "SELECT name, sum(pgsize) FROM dbstat WHERE name IN "
        "(SELECT name FROM sqlite_master WHERE type = 'index') GROUP BY name")}
    copy.close()
    plain.unlink()
    return {
        "file_bytes": db.stat().st_size, "page_size": page_size, "page_count": page_count,
        "free_pages": freelist, "counts": counts, "objects": objects, "indexes": indexes,
    }


def oldest_ops(conn: Any, limit: int) -> list[Any]:
    """The oldest `limit` outbox ops, as SyncStore.pending now reads them (before, it read
    the whole outbox each time: at tens of thousands of ops, for the baseline too, the
    acknowledgements would take quadratic time)."""
    from casemgr.db import store

    rows = conn.execute(
        "SELECT client_seq, op_id, record_id, record_type, case_id, kind, base_rev, changes, "
        "hlc, created_at FROM outbox ORDER BY client_seq LIMIT ?", (limit,))
    # A baseline before migration 14 stored every op's changes unpacked.
    unpack = getattr(store, "unpack_changes", json.loads)
    return [store.OutboxOp(r[0], r[1], r[2], r[3], r[4], r[5], r[6], unpack(r[7]), r[8], r[9])
            for r in rows]


def build(work: Path, cases: int) -> dict[str, Any]:
    """The three states of one run; see the module docstring."""
    from casemgr.app.casework import Casework
    from casemgr.db.sync_store import PushOutcome, RemoteRecord, SyncStore
    from casemgr.db.workspace import create_workspace
    from casemgr.demo.seed import seed_demo

    out: dict[str, Any] = {}
    ws = create_workspace(work / "writer", "bench", PASSWORD)
    key = ws.data_key_for_escrow()
    start = time.perf_counter()
    seed_demo(Casework(ws), cases, seed=1)
    out["seed_s"] = time.perf_counter() - start
    db = ws.paths.db
    ws.close()
    out["written"] = profile(db, key, work)

    from casemgr.db.workspace import unlock_workspace
    ws = unlock_workspace(work / "writer", "bench", PASSWORD)
    store = SyncStore(ws)
    start = time.perf_counter()
    while ops := oldest_ops(ws.conn, PUSH_BATCH):
        store.apply_push_results(ops, [PushOutcome(op.client_seq, op.op_id, "applied", 1)
                                       for op in ops])
    out["ack_s"] = time.perf_counter() - start
    # What the server would send back: every record as the writer holds it, each case's
    # own record first (a device takes a case's records once it holds the case).
    rows = ws.conn.execute(
        "SELECT id, type, case_id, fields, created_at, created_by, updated_at, updated_by, "
        "deleted FROM records ORDER BY coalesce(case_id, ''), type != 'case', rid").fetchall()
    ws.close()
    out["synced"] = profile(db, key, work)

    remote = [RemoteRecord(r[0], r[1], r[2], json.loads(r[3]), 1, seq, r[4], r[5], r[6],
                           r[7], bool(r[8])) for seq, r in enumerate(rows, start=1)]
    del rows
    reader = create_workspace(work / "reader", "bench", PASSWORD,
                              server_url="https://casemgr.invalid", profile={"role": "admin"})
    key = reader.data_key_for_escrow()
    store = SyncStore(reader)
    start = time.perf_counter()
    for i in range(0, len(remote), PULL_PAGE):
        page = remote[i:i + PULL_PAGE]
        store.apply_pull_page(page, page[-1].seq, "bench-epoch",
                              final=i + PULL_PAGE >= len(remote))
    out["pull_s"] = time.perf_counter() - start
    db = reader.paths.db
    reader.close()
    out["pulled"] = profile(db, key, work)
    return out


# -- the report ---------------------------------------------------------------------------

def mb(n: float) -> str:
    return f"{n / 1e6:,.1f} MB"


def per_record_table(name: str, run: dict[str, Any], base: dict[str, Any] | None) -> None:
    records = run["counts"]["records"]
    print(f"  {'bytes per record':<22} {'table':>9} {'indexes':>9} {'total':>9}"
          + (f" {'before':>9} {'ratio':>6}" if base else ""))
    names = sorted(set(run["objects"]) | set(base["objects"] if base else ()),
                   key=lambda n: -(run["objects"].get(n, {}).get("table", 0)
                                   + run["objects"].get(n, {}).get("index", 0)))
    total = before_total = 0.0
    for obj in names:
        o = run["objects"].get(obj, {"table": 0, "index": 0})
        t, i = o["table"] / records, o["index"] / records
        before = 0.0
        total += t + i
        line = f"  {obj:<22} {t:>9,.0f} {i:>9,.0f} {t + i:>9,.0f}"
        if base:
            b = base["objects"].get(obj, {"table": 0, "index": 0})
            before = (b["table"] + b["index"]) / base["counts"]["records"]
            before_total += before
            line += f" {before:>9,.0f} {(t + i) / before if before else 0:>6.2f}"
        if t + i >= 2 or before >= 2:  # not the one-page tables
            print(line)
    line = f"  {'all (unencrypted copy)':<22} {'':>9} {'':>9} {total:>9,.0f}"
    if base:
        line += f" {before_total:>9,.0f} {total / before_total:>6.2f}"
    print(line)


def report(cases: int, run: dict[str, Any], base: dict[str, Any] | None) -> None:
    for state in STATES:
        r = run[state]
        b = base[state] if base else None
        c = r["counts"]
        print(f"\n{state}: {cases:,} cases, {c['records']:,} records, outbox {c['outbox']:,}, "
              f"audit {c['audit']:,}, record_changes {c['record_changes']:,}")
        line = (f"  file {mb(r['file_bytes'])} ({r['file_bytes'] / c['records']:,.0f} bytes per "
                f"record), {r['free_pages']:,} free pages of {r['page_count']:,}; at 100,000 "
                f"cases {mb(r['file_bytes'] * 100_000 / cases)}")
        if b:
            line += (f" (before {mb(b['file_bytes'] * 100_000 / cases)}, ratio "
                     f"{r['file_bytes'] / b['file_bytes']:.2f})")
        print(line)
        per_record_table(state, r, b)
    at_100k = {s: run[s]["file_bytes"] * 100_000 / cases for s in STATES}
    worst = max(at_100k.values())
    met = "met" if worst <= TARGET_100K_BYTES else "NOT met"
    print("\nat 100,000 cases (extrapolated): "
          + ", ".join(f"{s} {at_100k[s] / 1e9:.2f} GB" for s in STATES)
          + f"; target <= {TARGET_100K_BYTES / 1e9:.1f} GB for the largest: {met}"
          + (f" ({worst / TARGET_100K_BYTES:.1f}x)" if worst > TARGET_100K_BYTES else ""))
    biggest = sorted(run["synced"]["indexes"].items(), key=lambda kv: -kv[1])[:8]
    records = run["synced"]["counts"]["records"]
    print("largest indexes after sync, bytes per record: "
          + ", ".join(f"{n} {s / records:,.0f}" for n, s in biggest))


def baseline(ref: str, cases: int, work: Path) -> dict[str, Any] | None:
    code = work / "baseline-code"
    code.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "casemgr", "resources",
                              "pyproject.toml"],
                             capture_output=True, check=False)
    if archive.returncode:
        print(f"no baseline: git archive {ref} failed: {archive.stderr.decode().strip()}")
        return None
    tar_path = work / "baseline.tar"
    tar_path.write_bytes(archive.stdout)
    with tarfile.open(tar_path) as tar:
        tar.extractall(code, filter="data")
    env = {**os.environ, "WORKSPACE_SIZE_CODE": str(code)}
    done = subprocess.run([sys.executable, __file__, "--cases", str(cases), "--measure-only",
                           "--dir", str(work / "baseline")], env=env, check=False,
                          capture_output=True, text=True)
    if done.returncode:
        tail = "\n".join(done.stderr.strip().splitlines()[-3:])
        print(f"no baseline: the bench failed on the code of {ref}:\n{tail}")
        return None
    return dict(json.loads(done.stdout.splitlines()[-1]))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--cases", type=int, default=10_000)
    p.add_argument("--baseline", default=BASELINE_REF,
                   help="git ref whose casemgr package is measured too ('none': skip)")
    p.add_argument("--dir", type=Path, help="work folder (default: a temporary one)")
    p.add_argument("--json", action="store_true", help="also print the figures as JSON")
    p.add_argument("--measure-only", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    work = args.dir or Path(tempfile.mkdtemp(prefix="casemgr-size-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if args.measure_only:
            print(json.dumps(build(work, args.cases)))
            return
        base = None
        if args.baseline != "none":
            start = time.perf_counter()
            base = baseline(args.baseline, args.cases, work)
            if base:
                print(f"baseline {args.baseline}: built in {time.perf_counter() - start:.0f} s")
        start = time.perf_counter()
        (work / "current").mkdir()
        run = build(work / "current", args.cases)
        print(f"this checkout: built in {time.perf_counter() - start:.0f} s (seed "
              f"{run['seed_s']:.0f} s, acknowledge {run['ack_s']:.0f} s, pull "
              f"{run['pull_s']:.0f} s)")
        report(args.cases, run, base)
        if args.json:
            print(json.dumps({"current": run, "baseline": base}))
    finally:
        if not args.dir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
