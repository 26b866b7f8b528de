"""Sync as a use case, once for the desktop app and the command line: push and pull with
progress, the changes each step wrote (so that a UI refreshes only what moved), and what the
Sync page shows about the server, the offline lease and the changes waiting or refused."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from casemgr.app.changes import Changes, Outcome
from casemgr.db import queries
from casemgr.db.sync_store import SyncStore
from casemgr.db.workspace import Workspace
from casemgr.domain.records import RecordType
from casemgr.sync import account, protocol
from casemgr.sync.engine import SyncEngine, SyncProgress, SyncSummary
from casemgr.sync.transport import Session, Transport

Progress = Callable[[SyncProgress, Changes], None]


class SyncCancelled(Exception):
    """The sync stopped between two steps because the workspace was locked or the app quits
    (each step is its own transaction: nothing is half-applied). A `progress` callback raises
    it to stop `sync`."""


def changes_of(step: SyncProgress) -> Changes:
    """What one step of a sync wrote: the cases a pulled page touched and the types of its
    records; an evicted case lost every record, whatever its type."""
    evicted = step.phase == "evict" and bool(step.case_ids)
    return Changes(case_ids=step.case_ids,
                   deleted_cases=step.case_ids if evicted else frozenset(),
                   record_types=frozenset(RecordType) if evicted
                   else frozenset(RecordType(t) for t in step.record_types))


def sync(ws: Workspace, transport: Transport,
         progress: Progress | None = None) -> Outcome[SyncSummary]:
    """Push every pending change, then pull until up to date (the engine wipes the
    workspace and raises Revoked if the server revoked the device). `progress(step,
    changes)` follows each step; it may raise (SyncCancelled) to stop the sync between two
    steps, each of which is its own transaction."""
    written = Changes()

    def step(s: SyncProgress) -> None:
        nonlocal written
        changes = changes_of(s)
        written = written | changes
        if progress is not None:
            progress(s, changes)

    summary = SyncEngine(ws, transport, progress=step).sync()
    return Outcome(summary, written)


def keep_tokens(ws: Workspace, transport: Transport) -> None:
    """Keep the refresh token in `ws` (the connection of the thread that syncs) whenever the
    transport gets a new one."""
    def save(session: Session) -> None:
        SyncStore(ws).set_meta("refresh_token", session.refresh_token)

    transport.on_tokens = save


@dataclass(frozen=True)
class SyncOverview:
    """What the Sync page shows: the server, the offline lease, waiting and refused changes."""

    server_url: str | None
    last_sync_at: str
    offline_allowed: bool
    offline_until: str  # the lease's not_after (UTC, ISO), "" without a lease
    lease_note: str  # the lease check's own words
    outbox: list[queries.OutboxEntry]
    outbox_total: int
    refused: list[queries.RefusedChange]


def overview(ws: Workspace, limit: int = 500) -> SyncOverview:
    until = ""
    allowed, note = False, ""
    if ws.info.server_url:
        allowed, note = account.offline_allowed(ws)
        raw = ws.meta("lease")
        if raw:
            try:
                until = protocol.SignedLease.model_validate_json(raw).lease.not_after
            except ValueError:
                until = ""
    return SyncOverview(ws.info.server_url, SyncStore(ws).state().last_sync_at, allowed, until,
                        note, queries.outbox_page(ws, limit), ws.store.outbox_count(),
                        queries.refused_changes(ws))


def last_sync(ws: Workspace) -> tuple[int, str]:
    """Changes waiting to be sent, and when the last sync finished ("" never)."""
    store = SyncStore(ws)
    return store.outbox_count(), store.state().last_sync_at


__all__ = ["SyncCancelled", "SyncOverview", "changes_of", "keep_tokens", "last_sync", "overview",
           "sync"]
