#!/usr/bin/env python3
"""kill -9 of a sync client, 500 times: restart, converge (not part of the test suite).

The loop of tests/e2e/test_sync_kill.py (tests/support/sync_child.py's KillWorld) against a
live server this script starts on 127.0.0.1: amina's real SQLCipher workspace, a real client
process that edits and syncs, SIGKILLed at a point read from its output (a chosen event,
where it pauses, or a random output line while it runs on), then reopened, synced to
completion and checked, while sam changes her cases and moves cases away and back.

At the end it prints the kills and how many changes were lost, duplicated or diverged and
how many integrity checks failed (each must be 0; the exit status is 1 otherwise), the time
taken, and where the kills landed.

    .venv/bin/python bench/sync_kill.py [--kills 500] [--seed 1]
        [--database-url postgresql+psycopg://user@host/db] [--dir DIR]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from casemgr.server.bootstrap import init_db  # noqa: E402
from casemgr.server.demo import seed_demo  # noqa: E402
from casemgr.server.settings import Settings  # noqa: E402
from tests.support.live_server import LiveServer  # noqa: E402
from tests.support.sync_child import POINT_TIMES, POINTS, KillWorld, Totals  # noqa: E402

RANDOM_LINE_SHARE = 0.4  # the rest pause at a chosen event
MAX_ERRORS = 5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=500, help="kills to make (default 500)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--database-url", help="the server's database (default: a new SQLite "
                        "file); a PostgreSQL URL must name an empty or casemgr database")
    parser.add_argument("--dir", type=Path, help="working folder (default: a temporary one)")
    args = parser.parse_args()
    work = args.dir or Path(tempfile.mkdtemp(prefix="casemgr-sync-kill-"))
    work.mkdir(parents=True, exist_ok=True)
    url = args.database_url or f"sqlite:///{work / 'server.db'}"
    settings = Settings(database_url=url, key_dir=work / "server-keys",
                        password_memory_kib=1024, password_time_cost=1, dev_mode=True)
    init_db(settings)
    seed_demo(settings)
    rng = random.Random(args.seed)
    started = time.monotonic()
    live = LiveServer(settings)
    errors: list[str] = []
    try:
        world = KillWorld(work, live.url, url, seed=args.seed)
        try:
            while world.totals.kills < args.kills and world.totals.rounds < 3 * args.kills:
                try:
                    if rng.random() < RANDOM_LINE_SHARE:
                        world.round()
                    else:
                        point = rng.choice(list(POINTS))
                        world.round(point, rng.randint(1, POINT_TIMES.get(point, 3)))
                except Exception:  # a child's own error, a restart that cannot sync
                    errors.append(traceback.format_exc())
                    print(errors[-1], file=sys.stderr)
                    if len(errors) >= MAX_ERRORS:
                        break
                t = world.totals
                if t.rounds % 25 == 0:
                    print(f"  {t.rounds} rounds, {t.kills} kills, {len(t.problems)} problems, "
                          f"{time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
        finally:
            world.close()
    finally:
        live.stop()
    report(world.totals, errors, time.monotonic() - started, url)
    failed = (world.totals.lost or world.totals.duplicated or world.totals.diverged
              or world.totals.integrity or errors or world.totals.kills < args.kills)
    return 1 if failed else 0


def report(t: Totals, errors: list[str], seconds: float, url: str) -> None:
    for problem in t.problems[:50]:
        print(problem)
    print(f"server database: {url.split(':', 1)[0]}")
    print(f"rounds:             {t.rounds}")
    print(f"kills:              {t.kills}")
    print(f"lost:               {t.lost}")
    print(f"duplicated:         {t.duplicated}")
    print(f"diverged:           {t.diverged}")
    print(f"integrity failures: {t.integrity}")
    print(f"errors:             {len(errors)}")
    print(f"online logins needed after a kill during a token refresh: {t.relogins}")
    print(f"orphaned attachment files (a kill while attaching): {t.orphans}")
    print(f"time taken:         {seconds:.0f} s ({seconds / max(t.rounds, 1):.2f} s a round)")
    print("kills aimed at:     " + ", ".join(f"{k} {v}" for k, v in sorted(t.points.items())))
    print("last event seen:    " + ", ".join(
        f"{k} {v}" for k, v in t.last_events.most_common()))


if __name__ == "__main__":
    sys.exit(main())
