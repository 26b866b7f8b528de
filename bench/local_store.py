#!/usr/bin/env python3
"""Benchmark of the local encrypted workspace (not part of the test suite).

1. Raw baseline: 200,000 rows of ~250 bytes with an FTS5 index, one transaction, into plain
   SQLite and into SQLCipher (the encryption cost alone).
2. The real write path (demo seeding through Casework: validation, workflow checks, record,
   search, outbox, audit, case index) on the same synthetic cases into a plain SQLite file
   and into the encrypted workspace: records/s and their ratio.
3. The encrypted workspace grown to --cases, then, in a fresh process (as the app would
   be): unlock time with the real Argon2id cost, the first page of the case list under each
   sort and filter, full-text search p50/p95 with the rows to show, opening one case file,
   and peak RSS.

    .venv/bin/python bench/local_store.py --cases 100000 [--ratio-cases 10000] [--dir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from casemgr.app.casework import Casework
from casemgr.db.connection import open_encrypted, open_plain
from casemgr.db.keys import new_data_key
from casemgr.db.workspace import (
    Workspace,
    WorkspaceInfo,
    WorkspacePaths,
    create_workspace,
    init_schema,
)
from casemgr.demo.seed import seed_demo
from casemgr.domain.clock import SystemClock, iso_utc
from casemgr.domain.ids import uuid7

PASSWORD = "benchmark password"
TARGETS = {
    "unlock_s": 0.6, "list_first_page_ms": 10.0, "search_p95_ms": 10.0,
    "encryption_ratio": 1.3, "rss_mb": 300.0,
}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def raw_baseline(tmp: Path, rows: int = 200_000) -> dict[str, float]:
    """The same inserts into plain SQLite and SQLCipher: rows/s and the ratio."""
    rng = random.Random(7)
    words = [f"w{rng.randrange(50_000)}" for _ in range(5000)]
    data = [(i, " ".join(rng.choice(words) for _ in range(35))[:250]) for i in range(rows)]
    result = {}
    for name, conn in (("plain", open_plain(tmp / "raw-plain.db")),
                       ("sqlcipher", open_encrypted(tmp / "raw-cipher.db", new_data_key()))):
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("CREATE VIRTUAL TABLE f USING fts5(body)")
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO t VALUES (?, ?)", data)
        conn.executemany("INSERT INTO f (rowid, body) VALUES (?, ?)", data)
        conn.execute("COMMIT")
        result[name] = rows / (time.perf_counter() - start)
        conn.close()
    return result


def plain_workspace(root: Path) -> Workspace:
    """A workspace on an unencrypted file, for the write-path baseline only."""
    root.mkdir(parents=True)
    paths = WorkspacePaths(root)
    clock = SystemClock()
    info = WorkspaceInfo("bench", uuid7(), None, iso_utc(clock.now_ms()))
    conn = open_plain(paths.db)
    init_schema(conn, info)
    return Workspace(paths, info, conn, clock)


def seed_rate(ws: Workspace, cases: int, seed: int) -> tuple[float, int]:
    cw = Casework(ws)
    start = time.perf_counter()
    summary = seed_demo(cw, cases, seed=seed)
    return summary.records / (time.perf_counter() - start), summary.records


def query_phase(data_dir: Path) -> dict[str, object]:
    """Run in a fresh process: what a user waits for, and what the app holds in memory."""
    from casemgr.db.store import CaseQuery, CaseSort
    from casemgr.db.workspace import unlock_workspace

    unlock_workspace(data_dir, "bench", PASSWORD).close()  # migrations, if any, not timed
    start = time.perf_counter()
    ws = unlock_workspace(data_dir, "bench", PASSWORD)
    unlock_s = time.perf_counter() - start
    cw = Casework(ws)
    total = ws.store.count_cases(CaseQuery())
    lists: dict[str, float] = {}
    today = cw.today().isoformat()
    queries = {f"sort {s.value}": CaseQuery(sort=s) for s in CaseSort}
    queries |= {f"sort {s.value} desc": CaseQuery(sort=s, descending=True) for s in CaseSort}
    queries |= {
        "filter status=active": CaseQuery(status="active", sort=CaseSort.FAMILY),
        "filter risk=critical": CaseQuery(risk="critical", sort=CaseSort.FAMILY),
        "filter overdue": CaseQuery(overdue_on=today, sort=CaseSort.NEXT_DUE),
        "filter worker": CaseQuery(assigned_to="bench", sort=CaseSort.UPDATED,
                                   descending=True),
        "filter overdue, by family": CaseQuery(overdue_on=today, sort=CaseSort.FAMILY),
        "filter active+worker, by risk": CaseQuery(status="active", assigned_to="bench",
                                                   sort=CaseSort.RISK, descending=True),
    }
    for name, q in queries.items():
        times = []
        for _ in range(5):
            t = time.perf_counter()
            rows = cw.list_cases(q)
            times.append(time.perf_counter() - t)
            assert rows or name.startswith("filter"), name
        lists[name] = statistics.median(times)
    # The desktop list holds every id of the list in order and fetches rows by id as shown.
    t = time.perf_counter()
    ids = ws.store.case_ids(CaseQuery(sort=CaseSort.FAMILY))
    ids_s = time.perf_counter() - t
    assert len(ids) == total
    # Search as a user types: prefixes of family names, given names, case numbers, note words.
    rng = random.Random(11)
    sample = cw.list_cases(CaseQuery(limit=400, sort=CaseSort.UPDATED))
    terms: list[str] = []
    for row in sample:
        name = row.family_name.split()[0]
        child = (row.children.split(", ") or [""])[0]
        terms += [name[:3], name, child[:4], row.case_number, f"{name[:4]} {child[:2]}"]
    terms += ["school", "hung", "uncle", "medic", "rent", "sch att"]
    rng.shuffle(terms)
    search_times = []
    hits = 0
    for term in terms[:1000]:
        t = time.perf_counter()
        found = cw.case_rows(cw.search(term).case_ids[:50])  # with the rows to show
        search_times.append(time.perf_counter() - t)
        hits += bool(found)
    search_times.sort()
    open_times = []
    for row in sample[:50]:
        t = time.perf_counter()
        cw.open_case_file(row.case_id)
        open_times.append(time.perf_counter() - t)
    ws.close()
    return {
        "cases": total, "unlock_s": unlock_s, "lists": lists, "all_ids_s": ids_s,
        "search_p50": search_times[len(search_times) // 2],
        "search_p95": search_times[int(len(search_times) * 0.95)],
        "search_queries": len(search_times), "search_hits": hits,
        "open_case_p50": statistics.median(open_times),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--cases", type=int, default=100_000)
    p.add_argument("--ratio-cases", type=int, default=10_000,
                   help="cases seeded into both plain and encrypted files for the ratio")
    p.add_argument("--dir", type=Path, help="work folder (default: a temporary one)")
    p.add_argument("--query-phase", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.query_phase:
        print(json.dumps(query_phase(args.query_phase)))
        return

    work = args.dir or Path(tempfile.mkdtemp(prefix="casemgr-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"work folder: {work}")
    try:
        raw = raw_baseline(work)
        print(f"raw insert, 200k rows + FTS5: plain {raw['plain']:,.0f} rows/s, SQLCipher "
              f"{raw['sqlcipher']:,.0f} rows/s, ratio {raw['plain'] / raw['sqlcipher']:.2f}")

        ratio_cases = min(args.ratio_cases, args.cases)
        plain = plain_workspace(work / "plain")
        plain_rate, plain_records = seed_rate(plain, ratio_cases, seed=1)
        plain.close()
        ws = create_workspace(work / "enc", "bench", PASSWORD)
        enc_rate, enc_records = seed_rate(ws, ratio_cases, seed=1)
        assert plain_records == enc_records, "the two runs must make the same writes"
        print(f"write path, {ratio_cases:,} cases ({enc_records:,} records): plain "
              f"{plain_rate:,.0f} records/s, encrypted {enc_rate:,.0f} records/s, "
              f"ratio {plain_rate / enc_rate:.2f} (target <= {TARGETS['encryption_ratio']})")

        rest = args.cases - ratio_cases
        if rest > 0:
            start = time.perf_counter()
            rate, records = seed_rate(ws, rest, seed=2)
            print(f"grew to {args.cases:,} cases: {records:,} more records at {rate:,.0f} "
                  f"records/s ({time.perf_counter() - start:.0f} s)")
        total_records = ws.conn.execute("SELECT count(*) FROM records").fetchone()[0]
        ws.close()
        size_mb = sum(f.stat().st_size for f in (work / "enc" / "bench").rglob("*")
                      if f.is_file()) / 2**20
        print(f"workspace: {total_records:,} records, {size_mb:,.0f} MB on disk")

        out = subprocess.run([sys.executable, __file__, "--query-phase", str(work / "enc")],
                             check=True, capture_output=True, text=True).stdout
        q = json.loads(out)
        print(f"unlock (Argon2id 64 MiB, t=3): {q['unlock_s']:.3f} s "
              f"(target <= {TARGETS['unlock_s']} s)")
        worst = max(q["lists"].values())
        print(f"case list first page ({q['cases']:,} cases), median of 5 each "
              f"(target <= {TARGETS['list_first_page_ms']} ms):")
        for name, t in q["lists"].items():
            print(f"  {name:<28} {ms(t)}")
        print(f"  worst                        {ms(worst)}")
        print(f"every case id in sort order (what the desktop list holds): "
              f"{ms(q['all_ids_s'])}")
        print(f"search as you type, {q['search_queries']} queries ({q['search_hits']} with hits):"
              f" p50 {ms(q['search_p50'])}, p95 {ms(q['search_p95'])} "
              f"(target p95 <= {TARGETS['search_p95_ms']} ms)")
        print(f"open a case file (audited), median of 50: {ms(q['open_case_p50'])}")
        print(f"peak RSS of the reading process: {q['rss_mb']:.0f} MB "
              f"(target <= {TARGETS['rss_mb']:.0f} MB)")
        print(f"seeding process peak RSS: "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    finally:
        if not args.dir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
