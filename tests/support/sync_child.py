"""A sync client to kill: `python -m tests.support.sync_child PLAN_JSON`.

It opens a server-bound workspace the way the app does (casemgr.sync.account.open_workspace,
offline within the lease, the refresh token kept in the workspace), makes the plan's local
edits through Casework, then runs SyncEngine.sync(). Every step it reaches is printed on its
own line, flushed, so the parent (tests/e2e/test_sync_kill.py, bench/sync_kill.py, through
`KillWorld` below) can SIGKILL it at a chosen point by reading its output, never by timing:

    EV <kind> <n> <detail>      the n-th event of that kind

kinds: `wrote` (a local transaction committed; detail: its marker), `in-tx` (inside an open
local transaction), `commit>` / `commit<` (just before / after any COMMIT of the workspace),
`commit><step>` (the same, for the COMMIT of a local write of that kind: note, edit, batch,
register, seed, attach), `http><route>` / `http<<route>` (a request about to go / its answer
in, not yet acted on), `apply` (a pulled record written, its page's transaction still open),
`ack` (a pushed op acknowledged, that transaction still open), `purge` (an evicted case's
rows deleted, that transaction still open), `progress:<phase>` (the engine's progress
callback), `start`, `closing`, `done`.

With `"pause": [kind, n]` in the plan the child stops at that event: it prints
`PAUSED <kind> <n>` and blocks on stdin, so the kill lands exactly there (inside an open
transaction for `in-tx`, `apply`, `ack`, `purge` and `commit>...`). Without it the parent
kills upon the k-th line while the child runs on, which lands anywhere: in a request, in a
COMMIT, in the kernel.

The second half of this module is that parent: a server-bound workspace for amina, a
supervisor's device (sam) making changes she must receive, the kill loop, and the checks
after each restart (nothing lost, nothing duplicated, no divergence, integrity).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casemgr.sync.transport import Transport

# -- the child ---------------------------------------------------------------------------------


class Tracer:
    """Prints one line per event; stops dead at the paused one."""

    def __init__(self, pause: list[Any] | None) -> None:
        self.counts: Counter[str] = Counter()
        self.pause = (str(pause[0]), int(pause[1])) if pause else None
        self.step = ""  # the local write under way, if any

    def __call__(self, kind: str, detail: str = "") -> None:
        self.counts[kind] += 1
        n = self.counts[kind]
        sys.stdout.write(f"EV {kind} {n} {detail}\n")
        sys.stdout.flush()
        if self.pause == (kind, n):
            sys.stdout.write(f"PAUSED {kind} {n}\n")
            sys.stdout.flush()
            sys.stdin.readline()  # the parent kills us here; EOF means it is gone
            os._exit(3)


def _route(method: str, path: str) -> str:
    parts = path.strip("/").split("/")  # api v1 ...
    if parts[2:3] == ["attachments"]:
        if "chunks" in parts:
            return "chunk-put" if method == "PUT" else "chunk-get"
        return "att-" + parts[-1]  # att-init, att-finalize
    return parts[-1]  # push, pull, refresh, lease, login, forms, directory


def traced_transport(ev: Tracer) -> type[Transport]:
    class TracedTransport(Transport):
        def request(self, method: str, path: str, model: Any, **kwargs: Any) -> Any:
            route = _route(method, path)
            ev(f"http>{route}")
            answer = super().request(method, path, model, **kwargs)
            ev(f"http<{route}")
            return answer

    return TracedTransport


def trace_workspace(ws: Any, ev: Tracer) -> None:
    """Every transaction of this workspace says when it is about to commit, and did."""
    begin = ws.transaction

    @contextlib.contextmanager
    def transaction() -> Iterator[Any]:
        with begin() as conn:
            yield conn
            ev("commit>", ev.step)
            if ev.step:
                ev(f"commit>{ev.step}")  # the commit of a local write of this kind
        ev("commit<")

    ws.transaction = transaction


def trace_store(store: Any, ev: Tracer) -> None:
    """Events inside the sync store's transactions (instance attributes shadow the methods)."""
    apply_remote, advance, purge = (store._apply_remote, store._advance_server_state,
                                    store._purge)
    insert_new, update_held = store._insert_new, store._update_held

    def _apply_remote(conn: Any, remote: Any, *args: Any, **kwargs: Any) -> Any:
        done = apply_remote(conn, remote, *args, **kwargs)
        ev("apply", remote.id)
        return done

    # A page with nothing pending is written in bulk: its records are all written when
    # these return, the page's transaction still open; one event per record, as above.
    def _insert_new(conn: Any, records: Any, *args: Any, **kwargs: Any) -> Any:
        done = insert_new(conn, records, *args, **kwargs)
        for remote in done:
            ev("apply", remote.id)
        return done

    def _update_held(conn: Any, records: Any, *args: Any, **kwargs: Any) -> Any:
        done = update_held(conn, records, *args, **kwargs)
        for remote in records:
            ev("apply", remote.id)
        return done

    def _advance_server_state(conn: Any, op: Any, *args: Any, **kwargs: Any) -> Any:
        done = advance(conn, op, *args, **kwargs)
        ev("ack", op.op_id)
        return done

    def _purge(conn: Any, case_id: str, *args: Any, **kwargs: Any) -> Any:
        done = purge(conn, case_id, *args, **kwargs)
        ev("purge", case_id)
        return done

    store._apply_remote = _apply_remote
    store._insert_new = _insert_new
    store._update_held = _update_held
    store._advance_server_state = _advance_server_state
    store._purge = _purge


def run_child(plan: dict[str, Any]) -> int:
    from casemgr.app.casework import Casework
    from casemgr.demo.seed import seed_demo
    from casemgr.sync.account import open_workspace
    from casemgr.sync.engine import SyncEngine
    from tests.support.workspaces import FAST_KDF

    ev = Tracer(plan.get("pause"))
    transport_class = traced_transport(ev)
    ev("start")
    ws, transport = open_workspace(
        Path(plan["data_dir"]), plan["user"], os.environ["CASEMGR_PASSWORD"],
        kdf_policy=FAST_KDF, transport_factory=lambda url, device: transport_class(url, device))
    assert transport is not None, "not a server-bound workspace"
    trace_workspace(ws, ev)
    cw = Casework(ws)
    for step in plan.get("steps", []):
        op = ev.step = step["op"]
        if op == "note":
            cw.add_note(step["case"], step["marker"])
            ev("wrote", step["marker"])
        elif op == "edit":
            cw.edit_record(step["case"], {"summary": step["marker"]})
            ev("wrote", step["marker"])
        elif op == "batch":  # several notes in one transaction: all kept, or none
            with cw.batch():
                for item in step["items"]:
                    cw.add_note(step["case"], item)
                    ev("in-tx", item)
            for item in step["items"]:
                ev("wrote", item)
        elif op == "register":
            cw.register_family({"name": step["marker"], "area": "Kibera"}, [
                {"given_name": "Wanjiru", "family_name": step["marker"], "role": "child",
                 "date_of_birth": "2016-04-02"}],
                {"risk": "medium", "legal_basis": "consent", "consent_given_by": "Grace"})
            ev("wrote", step["marker"])
        elif op == "seed":  # a realistic case through the workflow, in one transaction
            seed_demo(cw, 1, seed=int(step["seed"]))
            ev("wrote", step["marker"])
        elif op == "attach":
            source = Path(step["source"])
            source.write_bytes(os.urandom(int(step["size"])))
            cw.attach_file(step["case"], source, step["marker"])
            ev("wrote", step["marker"])
        else:
            raise ValueError(f"unknown step {op!r}")
    ev.step = ""
    engine = SyncEngine(ws, transport, push_batch=int(plan.get("push_batch", 200)),
                        pull_limit=int(plan.get("pull_limit", 500)),
                        progress=lambda p: ev(f"progress:{p.phase}", f"{p.done}"))
    trace_store(engine.store, ev)
    engine.sync()
    ev("closing")
    ws.close()
    ev("done")
    return 0


# -- the parent --------------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
USER = "amina"
DEMO_PASSWORD = "demo-password-2026"
ATTACH_SIZE = 1_200_000  # two 1 MiB chunks once sealed
CHILD_TIMEOUT_S = 120
ITEM_FIELDS = {"note": "text", "family": "name", "attachment": "description"}

# Where a kill can be aimed (pause at the n-th event of a kind) and what the round needs for
# that event to happen. "line" kills upon a random output line while the child runs on.
POINTS: dict[str, tuple[str, ...]] = {
    # during local writes
    "wrote": ("writes",), "in-tx": ("batch",), "commit>": ("writes",),
    "commit>note": ("writes",), "commit>attach": ("attach",), "commit>register": ("register",),
    # during push
    "http>push": ("writes",), "http<push": ("writes",), "ack": ("writes",),
    "progress:push": ("writes",),
    # attachment upload, between push and pull
    "http>att-init": ("attach",), "http<chunk-put": ("attach",),
    "http<att-finalize": ("attach",), "progress:files": ("attach",),
    "http>pull": (),
    # mid-pull
    "http<pull": ("writes",), "apply": ("writes",), "progress:pull": ("writes",),
    "purge": ("evict",),
    "progress:evict": ("evict",), "http<chunk-get": ("download",),
    # after the exchange
    "http<refresh": (), "http<lease": (), "http<directory": (), "progress:finish": (),
    "closing": (),
}
# How many times a round surely reaches a point (at least once for all of them).
POINT_TIMES = {p: 1 for p in (
    "commit>register", "commit>attach", "http>att-init", "http<att-finalize", "progress:files",
    "purge", "progress:evict", "http<refresh", "http<lease", "http<directory",
    "progress:finish", "closing")} | {"http<chunk-put": 2, "http<chunk-get": 2}


@dataclass
class RoundReport:
    """What one round found; every count but `relogins` and `orphans` must be 0."""

    number: int
    point: str  # what the kill was aimed at
    killed: bool = False
    last_event: str = ""  # the last line the child printed before it died
    lost: int = 0
    duplicated: int = 0
    diverged: int = 0
    integrity: int = 0
    relogins: int = 0
    orphans: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.lost or self.duplicated or self.diverged or self.integrity)

    def fail(self, kind: str, message: str, count: int = 1) -> None:
        setattr(self, kind, getattr(self, kind) + count)
        self.problems.append(f"round {self.number} ({self.point}): {kind}: {message}")


class Findings:
    """Counts each problem once: a record that diverged stays diverged in every later round."""

    def __init__(self) -> None:
        self.seen: set[tuple[str, str]] = set()

    def fail(self, report: RoundReport, kind: str, keys: Any, message: str) -> None:
        new = [k for k in ([keys] if isinstance(keys, str) else keys)
               if (kind, k) not in self.seen]
        if new:
            self.seen.update((kind, k) for k in new)
            report.fail(kind, message, len(new))


@dataclass
class Totals:
    rounds: int = 0
    kills: int = 0
    lost: int = 0
    duplicated: int = 0
    diverged: int = 0
    integrity: int = 0
    relogins: int = 0
    orphans: int = 0
    points: Counter[str] = field(default_factory=Counter)
    last_events: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def add(self, r: RoundReport) -> None:
        self.rounds += 1
        self.kills += r.killed
        for name in ("lost", "duplicated", "diverged", "integrity", "relogins", "orphans"):
            setattr(self, name, getattr(self, name) + getattr(r, name))
        if r.killed:
            self.points[r.point] += 1
            self.last_events[r.last_event] += 1
        self.problems += r.problems


class ChildFailed(AssertionError):
    """The child exited with an error of its own (not our SIGKILL)."""


class KillWorld:
    """amina's server-bound workspace, killed and restarted round after round, and sam's
    device (a supervisor of her team) making changes she must receive."""

    def __init__(self, root: Path, server_url: str, database_url: str, *, seed: int = 1,
                 push_batch: int = 3, pull_limit: int = 4) -> None:
        import random

        import sqlalchemy as sa

        from casemgr.app.casework import Casework
        from casemgr.demo.seed import seed_demo
        from casemgr.sync.account import first_login
        from casemgr.sync.engine import SyncEngine
        from tests.support.workspaces import FAST_KDF

        self.root, self.url, self.database_url = root, server_url, database_url
        self.rng = random.Random(seed)
        self.prefix = f"kw{self.rng.randrange(16**6):06x}"
        self.push_batch, self.pull_limit = push_batch, pull_limit
        self.totals = Totals()
        self.findings = Findings()
        self.typical_lines = 60
        self.db = sa.create_engine(database_url, connect_args={"timeout": 30}
                                   if database_url.startswith("sqlite") else {})
        self.k_dir = root / "amina-laptop"
        ws, transport = first_login(self.k_dir, server_url, USER, DEMO_PASSWORD, kdf=FAST_KDF)
        self.device_id = ws.device_id
        cw = Casework(ws)
        SyncEngine(ws, transport).sync()
        self.k_cases = [cw.register_family(
            {"name": f"{self.prefix}-home{i}", "area": "Kibera"},
            [{"given_name": "Zawadi", "family_name": "Otieno", "role": "child",
              "date_of_birth": "2015-02-03"}],
            {"risk": "medium", "legal_basis": "consent", "consent_given_by": "Grace"}).value
            for i in range(3)]
        seed_demo(cw, 2, seed=seed)
        SyncEngine(ws, transport).sync()
        ws.close()
        self.committed: set[str] = set()  # item markers kept locally: each on the server once
        self.uncommitted: set[str] = set()  # planned, never committed: nowhere
        self.o_markers: set[str] = set()
        self.orphans: set[str] = set()
        self.sam_ws, self.sam_transport = first_login(root / "sam-laptop", server_url, "sam",
                                                      DEMO_PASSWORD, kdf=FAST_KDF)
        self.sam = Casework(self.sam_ws)
        self.sam_sync()
        self.sam_cases: dict[str, str] = {}  # case id -> who it is assigned to now
        self.round_no = 0
        self.gone: str | None = None  # the case sam took away from amina this round

    def close(self) -> None:
        if self.sam_ws.conn is not None:
            self.sam_ws.close()
        self.db.dispose()

    def sam_sync(self) -> None:
        from casemgr.sync.engine import SyncEngine

        SyncEngine(self.sam_ws, self.sam_transport).sync()

    # -- one round ---------------------------------------------------------------------------

    def round(self, point: str | None = None, n: int = 1, line: int | None = None, *,
              back_between: bool | None = None) -> RoundReport:
        """sam works and syncs; amina's child edits and syncs and is killed at `point` (the
        n-th event of that kind), or upon output line `line`, or (neither) at a random line;
        then her workspace is reopened, synced to completion and checked.

        A case sam took away from amina this round may come back to her while her laptop is
        down (`back_between`; None: at random)."""
        return self.finish(*self.kill(point, n, line, back_between=back_between))

    def kill(self, point: str | None = None, n: int = 1, line: int | None = None, *,
             back_between: bool | None = None) -> tuple[dict[str, Any], list[str], RoundReport]:
        """The first half of a round: everything up to the kill (and sam's work meanwhile)."""
        self.round_no += 1
        i = self.round_no
        needs = set(POINTS.get(point or "", ()))
        if point is None and line is None:
            line = self.rng.randint(1, self.typical_lines)
        report = RoundReport(i, point or "line")
        self.gone = None
        self._sam_works(i, needs)
        plan = self._plan(i, needs, point, n)
        lines = self._run_child(plan, report, line)
        if back_between is None:
            back_between = self.rng.random() < 0.5
        if report.killed and back_between and self.gone:
            self.sam.reassign_case(self.gone, USER)
            self.sam_cases[self.gone] = USER
            self.sam_sync()
            report.point += "+back"
        return plan, lines, report

    def finish(self, plan: dict[str, Any], lines: list[str], report: RoundReport
               ) -> RoundReport:
        """The second half: restart, sync to completion, check."""
        self._after_kill(plan, lines, report)
        self.totals.add(report)
        return report

    def _sam_works(self, i: int, needs: set[str]) -> None:
        rng, sam = self.rng, self.sam
        case = rng.choice(self.k_cases)
        marker = f"{self.prefix}-sam-r{i}"
        sam.add_note(case, marker)
        self.o_markers.add(marker)
        if rng.random() < 0.3:
            sam.edit_record(rng.choice(self.k_cases), {"consent_given_by": f"Grace {i}"})
        if "evict" in needs or (not needs and rng.random() < 0.15):
            mine = [c for c, who in self.sam_cases.items() if who == USER]
            if not mine:  # a case for amina first; she receives it whole, then loses it
                self._sam_registers(i)
                self.sam_sync()
                self._quiet_restart()
                mine = [c for c, who in self.sam_cases.items() if who == USER]
            self.gone = rng.choice(mine)
            sam.reassign_case(self.gone, "brian")
            self.sam_cases[self.gone] = "brian"
        elif rng.random() < 0.15:
            back = [c for c, who in self.sam_cases.items() if who != USER]
            if back and rng.random() < 0.5:
                case_id = rng.choice(back)
                sam.reassign_case(case_id, USER)
                self.sam_cases[case_id] = USER
            else:
                self._sam_registers(i)
        if "download" in needs or (not needs and rng.random() < 0.08):
            source = self.root / "sam-upload.bin"
            source.write_bytes(os.urandom(ATTACH_SIZE))
            marker = f"{self.prefix}-samfile-r{i}"
            sam.attach_file(rng.choice(self.k_cases), source, marker)
            self.o_markers.add(marker)
        self.sam_sync()

    def _sam_registers(self, i: int) -> None:
        marker = f"{self.prefix}-samfam-r{i}"
        case_id = self.sam.register_family(
            {"name": marker, "area": "Mathare"},
            [{"given_name": "Baraka", "family_name": "Ouma", "role": "child",
              "date_of_birth": "2017-09-09"}],
            {"risk": "low", "legal_basis": "consent", "consent_given_by": "Mary"},
            assigned_to=USER, team="North").value
        self.sam_cases[case_id] = USER
        self.o_markers.add(marker)

    def _plan(self, i: int, needs: set[str], point: str | None, n: int) -> dict[str, Any]:
        rng = self.rng
        steps: list[dict[str, Any]] = []
        count = 0

        def marker(kind: str) -> str:
            nonlocal count
            count += 1
            return f"{self.prefix}-{kind}-r{i}-{count}"

        def note() -> None:
            steps.append({"op": "note", "case": rng.choice(self.k_cases),
                          "marker": marker("note")})

        for _ in range(rng.randint(0, 4)):
            note()
        if rng.random() < 0.5:
            case = rng.choice(self.k_cases)
            for _ in range(rng.randint(1, 2)):
                steps.insert(rng.randint(0, len(steps)),
                             {"op": "edit", "case": case, "marker": marker("edit")})
        if "batch" in needs or rng.random() < 0.35:
            size = max(rng.randint(2, 3), n if point == "in-tx" else 0)
            steps.append({"op": "batch", "case": rng.choice(self.k_cases),
                          "items": [marker("batch") for _ in range(size)]})
        if "register" in needs or rng.random() < 0.1:
            steps.append({"op": "register", "marker": marker("fam")})
        if rng.random() < 0.06:
            steps.append({"op": "seed", "seed": i, "marker": marker("seed")})
        if "attach" in needs or rng.random() < 0.08:
            steps.append({"op": "attach", "case": rng.choice(self.k_cases),
                          "source": str(self.root / "amina-upload.bin"), "size": ATTACH_SIZE,
                          "marker": marker("file")})
        while "writes" in needs and len(steps) < max(3, 3 * n + 1):
            note()
        if rng.random() < 0.3:
            rng.shuffle(steps)
        plan: dict[str, Any] = {"data_dir": str(self.k_dir), "user": USER, "steps": steps,
                                "push_batch": self.push_batch, "pull_limit": self.pull_limit}
        if point is not None:
            plan["pause"] = [point, n]
        return plan

    def _run_child(self, plan: dict[str, Any], report: RoundReport, line: int | None
                   ) -> list[str]:
        """Run the child until it pauses at the planned point (or prints line `line`), then
        SIGKILL it; every line it printed, up to its death, is returned."""
        import signal
        import subprocess
        import threading

        env = {**os.environ, "CASEMGR_PASSWORD": DEMO_PASSWORD, "PYTHONPATH": str(ROOT)}
        stderr_path = self.root / "child-stderr.txt"
        with open(stderr_path, "w") as stderr:
            proc = subprocess.Popen(
                [sys.executable, "-m", "tests.support.sync_child", json.dumps(plan)],
                cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=stderr, text=True)
        assert proc.stdout is not None and proc.stdin is not None
        # Not a timing device: only a stuck child (a hung request) ever meets it.
        watchdog = threading.Timer(CHILD_TIMEOUT_S, proc.kill)
        watchdog.start()
        lines: list[str] = []
        seen = 0
        try:
            for text in proc.stdout:
                lines.append(text.rstrip("\n"))
                seen += text.startswith("EV ")
                if text.startswith("PAUSED") or (line is not None and seen == line):
                    os.kill(proc.pid, signal.SIGKILL)
                    report.killed = True
                    break
            lines += proc.stdout.read().splitlines()  # what it printed before it died
        finally:
            proc.stdout.close()
            proc.stdin.close()
            rc = proc.wait()
            stuck = not watchdog.is_alive() and not report.killed
            watchdog.cancel()
        events = [x for x in lines if x.startswith("EV ")]
        report.last_event = events[-1].split()[1] if events else ""
        if report.killed and rc == -signal.SIGKILL:
            return lines
        report.killed = False
        if stuck:
            raise ChildFailed(f"round {report.number}: the child was stuck for "
                              f"{CHILD_TIMEOUT_S} s after {lines[-1:]}")
        if rc != 0:
            raise ChildFailed(f"round {report.number}: the child exited {rc}:\n"
                              + stderr_path.read_text()[-3000:])
        self.typical_lines = max(20, (self.typical_lines + len(events)) // 2 + 5)
        return lines

    # -- the checks ----------------------------------------------------------------------------

    def open(self) -> tuple[Any, Any]:
        from casemgr.sync.account import open_workspace
        from tests.support.workspaces import FAST_KDF

        ws, transport = open_workspace(self.k_dir, USER, DEMO_PASSWORD, kdf_policy=FAST_KDF)
        assert transport is not None
        return ws, transport

    def _sync(self, ws: Any, transport: Any, report: RoundReport | None) -> tuple[Any, Any]:
        """Sync to completion; a session cut off mid-refresh needs an online login."""
        from casemgr.sync.account import open_workspace
        from casemgr.sync.engine import SyncEngine
        from casemgr.sync.transport import NeedsLogin
        from tests.support.workspaces import FAST_KDF

        try:
            SyncEngine(ws, transport).sync()
        except NeedsLogin:
            if report is not None:
                report.relogins += 1
            ws.close()
            ws, transport = open_workspace(self.k_dir, USER, DEMO_PASSWORD, kdf_policy=FAST_KDF,
                                           go_online=True)
            SyncEngine(ws, transport).sync()
        return ws, transport

    def _quiet_restart(self) -> None:
        ws, transport = self.open()
        ws, transport = self._sync(ws, transport, None)
        ws.close()

    @staticmethod
    def _items(rows: Any, prefix: str) -> Counter[str]:
        """Marker -> how many live records carry it."""
        found: Counter[str] = Counter()
        for rtype, fields in rows:
            value = fields.get(ITEM_FIELDS.get(rtype, ""), "")
            if isinstance(value, str) and value.startswith(prefix):
                found[value] += 1
        return found

    def _local_items(self, ws: Any) -> Counter[str]:
        return self._items(((r[0], json.loads(r[1])) for r in ws.conn.execute(
            "SELECT type, fields FROM records WHERE deleted = 0 AND type IN "
            "('note', 'family', 'attachment')")), self.prefix)

    def _after_kill(self, plan: dict[str, Any], lines: list[str], report: RoundReport
                    ) -> None:
        wrote = [x.split(maxsplit=3)[3] for x in lines if x.startswith("EV wrote ")]
        ws, transport = self.open()
        try:
            # 1. What the kill left: an intact workspace holding every committed write.
            for problem in ws.check():
                report.fail("integrity", f"after the kill: {problem}")
            local = self._local_items(ws)
            planned: list[str] = []
            for step in plan["steps"]:
                if step["op"] == "batch":
                    kept = [m in local for m in step["items"]]
                    if any(kept) and not all(kept):
                        report.fail("integrity", f"a transaction was torn: {step['items']}")
                    planned += step["items"]
                elif step["op"] in ("note", "register", "attach"):
                    planned.append(step["marker"])
            for m in wrote:
                if m in planned and m not in local:
                    report.fail("lost", f"{m} was committed before the kill, gone after it")
            self._check_edits(ws, plan, wrote, report)
            self.committed |= {m for m in planned if m in local}
            self.uncommitted |= {m for m in planned if m not in local}
            # 2. Restart: sync to completion, then a quiet sync.
            ws, transport = self._sync(ws, transport, report)
            ws, transport = self._sync(ws, transport, report)
            for problem in ws.check():
                report.fail("integrity", f"after the restart: {problem}")
            self._check_converged(ws, report)
        finally:
            if ws.conn is not None:
                ws.close()

    def _check_edits(self, ws: Any, plan: dict[str, Any], wrote: list[str],
                     report: RoundReport) -> None:
        """The case summary holds the last committed edit (or one committed after it)."""
        edits = [s for s in plan["steps"] if s["op"] == "edit"]
        if not edits:
            return
        values = [s["marker"] for s in edits]
        done = [v for v in values if v in wrote]
        row = ws.conn.execute("SELECT json_extract(fields, '$.summary') FROM records "
                              "WHERE id = ?", (edits[0]["case"],)).fetchone()
        now = row[0] if row else None
        if done and (now not in values or values.index(now) < values.index(done[-1])):
            report.fail("lost", f"the summary edit {done[-1]} was committed, the case "
                                f"says {now!r}")

    def _check_converged(self, ws: Any, report: RoundReport) -> None:
        import sqlalchemy as sa

        from casemgr.server import tables as t

        fail = functools.partial(self.findings.fail, report)
        outbox = ws.store.outbox()
        if outbox:
            fail("lost", [op.op_id for op in outbox],
                 f"{len(outbox)} ops still in the outbox after a full sync")
        issues = [r[0] for r in ws.conn.execute("SELECT op_id FROM sync_issues")]
        if issues:
            fail("lost", issues, f"{len(issues)} changes refused by the server")
        r, cs, o = t.records, t.case_scope, t.op_results
        with self.db.connect() as conn:
            server_items = self._items(conn.execute(
                sa.select(r.c.type, r.c.fields).where(
                    r.c.type.in_(list(ITEM_FIELDS)), r.c.deleted == sa.false())).all(),
                self.prefix)
            in_scope = sa.or_(r.c.case_id.is_(None), r.c.case_id.in_(
                sa.select(cs.c.case_id).where(cs.c.assigned_to == USER)))
            server_rows = {row.id: (row.type, row.case_id, row.fields, row.rev)
                           for row in conn.execute(
                sa.select(r.c.id, r.c.type, r.c.case_id, r.c.fields, r.c.rev)
                .where(in_scope, r.c.deleted == sa.false()))}
            ops = conn.execute(sa.select(o.c.client_seq, o.c.op_id)
                               .where(o.c.device_id == self.device_id)).all()
            last = conn.execute(sa.select(t.devices.c.last_client_seq)
                                .where(t.devices.c.id == self.device_id)).scalar_one()
            refused = list(conn.execute(sa.select(t.quarantine.c.id)).scalars())
            blobs = dict(conn.execute(sa.select(t.blobs.c.sha256, t.blobs.c.complete)).all())
        # Nothing lost, nothing twice: each committed marker on the server exactly once.
        for m in sorted(self.committed | self.o_markers):
            if server_items[m] == 0:
                fail("lost", m, f"{m} never reached the server")
            elif server_items[m] > 1:
                fail("duplicated", m, f"{m} is on the server {server_items[m]} times")
        for m in sorted(self.uncommitted):
            if server_items[m]:
                fail("diverged", m, f"{m} was never committed on the device but is on the "
                                    "server")
        # Exactly once per op: the device's client seqs 1..next-1, one op id each.
        next_seq = int(ws.meta("next_client_seq"))
        seqs = sorted(s for s, _ in ops)
        twice = [op_id for op_id, n in Counter(op_id for _, op_id in ops).items() if n > 1]
        if twice:
            fail("duplicated", twice, f"{len(twice)} op ids have more than one stored result")
        missing = sorted(set(range(1, next_seq)) - set(seqs))
        if missing or last != next_seq - 1 or len(seqs) != next_seq - 1:
            fail("lost", [f"seq {s}" for s in missing] or [f"last {last}/{next_seq}"],
                 f"the server holds {len(seqs)} client seqs up to {last}; the device wrote "
                 f"{next_seq - 1} (missing {missing[:5]})")
        if refused:
            fail("lost", refused, f"{len(refused)} changes quarantined by the server")
        # No divergence: the device's live records are the server's, in her scope.
        local_rows = {row[0]: (row[1], row[2], json.loads(row[3]), row[4])
                      for row in ws.conn.execute(
            "SELECT id, type, case_id, fields, rev FROM records WHERE deleted = 0")}
        differ = sorted(k for k in local_rows.keys() | server_rows.keys()
                        if local_rows.get(k) != server_rows.get(k))
        if differ:
            sample = differ[0]
            fail("diverged", differ, f"{len(differ)} records differ, e.g. {sample}: device "
                                     f"{local_rows.get(sample)} server "
                                     f"{server_rows.get(sample)}")
        for m, count in self._local_items(ws).items():
            if count > 1:
                fail("duplicated", m, f"{m} is on the device {count} times")
        # Attachments: every live one whole on the server and on the device.
        folder = ws.paths.attachments
        attachments = {rid: json.loads(f) for rid, f in ws.conn.execute(
            "SELECT id, fields FROM records WHERE type = 'attachment' AND deleted = 0")}
        for rid, fields in attachments.items():
            if not blobs.get(fields["sha256"]):
                fail("lost", rid, f"attachment {rid} is not complete on the server")
            if not (folder / rid).is_file():
                fail("lost", rid, f"attachment {rid} has no file on the device")
        # Files no record names (a kill between sealing a file and committing its record).
        known = {r[0] for r in ws.conn.execute(
            "SELECT id FROM records WHERE type = 'attachment'")}
        orphans = {p.name for p in folder.iterdir() if p.is_file() and p.name not in known}
        report.orphans = len(orphans - self.orphans)
        self.orphans |= orphans


if __name__ == "__main__":
    sys.exit(run_child(json.loads(sys.argv[1])))
