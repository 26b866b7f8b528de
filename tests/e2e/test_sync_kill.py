"""kill -9 of a sync client at chosen and random points, restart, converge.

A real server process on 127.0.0.1, amina's real SQLCipher workspace, and a real client
process (tests/support/sync_child.py) that edits, syncs and is SIGKILLed where its output
says it is: inside local transactions, during push, between push and pull, in the middle of
applying a pulled page, during an eviction, during attachment upload and download. sam (a
supervisor of her team) keeps changing her cases meanwhile, and moves cases away from her and
back. After each kill the workspace is reopened, synced to completion, synced again quietly
and checked (KillWorld._after_kill): every local write committed before the kill is on the
server exactly once and a cut transaction is nowhere, one stored result per op id and client
seq, the device's live records equal the server's in her scope, nothing refused, the
workspace's integrity checks and audit chain intact. bench/sync_kill.py runs the same loop
500 times.
"""

from __future__ import annotations

import pytest

from casemgr.sync.engine import SyncEngine
from tests.support.live_server import LiveServer, demo_settings
from tests.support.sync_child import KillWorld, RoundReport

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("kill")
    settings = demo_settings(root)
    live = LiveServer(settings)
    try:
        w = KillWorld(root, live.url, settings.database_url, seed=20261118)
        yield w
        w.close()
    finally:
        live.stop()


def kill_at(world: KillWorld, *points: tuple[str, int], **kwargs) -> list[RoundReport]:
    """One round per (event kind, n): the child pauses at that event and is killed there."""
    reports = [world.round(point, n, **kwargs) for point, n in points]
    assert [r.point for r in reports if not r.killed] == [], "a kill point was never reached"
    assert [p for r in reports for p in r.problems] == []
    return reports


def test_kills_during_local_writes(world):
    # Between two committed writes, inside a batch of notes (the whole batch or none of it),
    # and inside the transaction of a note and of a registration, just before its COMMIT.
    kill_at(world, ("wrote", 1), ("wrote", 3), ("in-tx", 1), ("in-tx", 2), ("commit>note", 2),
            ("commit>register", 1))


def test_kills_during_push(world):
    # Before a push is sent; after the server applied it but before the device heard
    # (the push goes again and must not apply twice); inside the acknowledging transaction;
    # between two push batches.
    kill_at(world, ("http>push", 1), ("http<push", 1), ("http<push", 2), ("ack", 2),
            ("progress:push", 1))


def test_kills_between_push_and_pull(world):
    kill_at(world, ("progress:files", 1), ("http>pull", 1))


def test_kills_mid_pull(world):
    # A page received and not applied; inside a page's transaction, some records written;
    # between two pages.
    kill_at(world, ("http<pull", 2), ("apply", 1), ("apply", 3), ("progress:pull", 1))


def test_kills_during_an_eviction(world):
    # sam takes a case away from amina; her device is killed with its rows deleted and the
    # page's cursor not yet committed, then once after it. Either way the case must be gone
    # for good after the restart, and whole again if sam gave it back while she was down.
    kill_at(world, ("purge", 1), ("progress:evict", 1), back_between=False)
    kill_at(world, ("purge", 1), ("progress:evict", 1), back_between=True)


def test_kills_during_attachment_transfer(world):
    # Upload: between two chunks, after finalize before the device noted it; download (a
    # file sam attached): after the first chunk.
    kill_at(world, ("http<chunk-put", 1), ("http<att-finalize", 1), ("http<chunk-get", 1))


def test_kills_at_random_output_lines(world):
    # The child runs on after the line the parent waits for, so these land anywhere:
    # mid-request, mid-COMMIT, in the engine between steps.
    reports = [world.round() for _ in range(8)]
    assert [p for r in reports for p in r.problems] == []
    assert sum(r.killed for r in reports) >= 4  # some may finish before their line comes


def test_a_kill_during_a_token_refresh_keeps_the_session(world):
    """Killed after the server rotated the refresh token and before the device stored the
    new pair: the old token, presented again within the server's grace window, gets the same
    pair, so the next sync needs no password."""
    plan, lines, report = world.kill("http<refresh", 1)
    assert report.killed
    ws, transport = world.open()
    try:
        SyncEngine(ws, transport).sync()  # NeedsLogin here was the bug
    finally:
        ws.close()
    assert world.finish(plan, lines, report).clean


def test_a_kill_while_attaching_a_file_leaves_no_orphan_file(world):
    """The file sealed before its record committed is swept when the workspace unlocks."""
    [report] = kill_at(world, ("commit>attach", 1))
    assert report.orphans == 0
