"""Reads the desktop app needs that casemgr.db.store does not offer yet.

They run on the database worker only (never on the UI thread) and read through the Store's
connection, reusing its filters and order (`Store._where`, `Store._order`). Each belongs in
casemgr.db.store; they live here until they move there (no Qt in this module).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from casemgr.db.store import NO_DUE, CaseQuery, Store, fts_query
from casemgr.db.sync_store import SyncStore
from casemgr.db.workspace import Workspace
from casemgr.domain.records import Record, RecordType
from casemgr.sync import account
from casemgr.sync import protocol as p

# A search whose words match more names and notes than this shows the cases of the first
# ones (in the list's sort order) and says so: "type more to narrow it down".
SEARCH_MATCH_LIMIT = 2000


def case_ids(store: Store, q: CaseQuery) -> list[str]:
    """Every case id the list shows for `q` (its filters and sort; offset/limit ignored)."""
    return store.case_ids(q)


@dataclass(frozen=True)
class SearchHits:
    case_ids: list[str]
    capped: bool  # more records matched than SEARCH_MATCH_LIMIT


def search_case_ids(store: Store, text: str, q: CaseQuery,
                    limit: int = SEARCH_MATCH_LIMIT) -> SearchHits:
    """Cases whose names, case number or notes match every word typed (as prefixes), within
    the filters of `q`, in its sort order."""
    match = fts_query(text)
    if not match:
        return SearchHits(case_ids(store, q), False)
    conn = store._ws.conn
    # The FTS rows come in rowid order without ranking, so a short prefix stays cheap.
    rowids = [r[0] for r in conn.execute(
        "SELECT rowid FROM search WHERE search MATCH ? LIMIT ?", (match, limit + 1))]
    if not rowids:
        return SearchHits([], False)
    capped = len(rowids) > limit
    where, args = store._where(q)
    where = (where + " AND " if where else " WHERE ") + (
        "case_id IN (SELECT r.case_id FROM records r WHERE r.rid IN "
        "(SELECT value FROM json_each(?)) AND r.deleted = 0 AND r.case_id IS NOT NULL)")
    rows = conn.execute(f"SELECT case_id FROM case_index{where} ORDER BY {store._order(q)}",
                        [*args, json.dumps(rowids[:limit])])
    return SearchHits([r[0] for r in rows], capped)


def caseworkers(store: Store) -> list[str]:
    """The workers cases in this workspace are assigned to (for the list's filter)."""
    return [r[0] for r in store._ws.conn.execute(
        "SELECT DISTINCT assigned_to FROM case_index ORDER BY assigned_to")]


@dataclass(frozen=True)
class TaskRow:
    task_id: str
    case_id: str
    case_number: str
    family_name: str
    title: str
    kind: str
    due_date: str
    status: str
    assigned_to: str


def open_tasks(store: Store, limit: int = 1000) -> list[TaskRow]:
    """The open tasks due soonest, across the workspace's cases.

    Uses the case list's `next_due` (each case's earliest open task): the cases due soonest
    hold the tasks due soonest, so only their tasks are read.
    """
    conn = store._ws.conn
    cases = conn.execute(
        "SELECT case_id, case_number, family_name FROM case_index WHERE next_due < ? "
        "ORDER BY next_due, case_number LIMIT ?", (NO_DUE, limit)).fetchall()
    by_case = {c[0]: c for c in cases}
    rows = conn.execute(
        "SELECT id, case_id, fields FROM records WHERE case_id IN "
        "(SELECT value FROM json_each(?)) AND type = 'task' AND deleted = 0",
        (json.dumps(list(by_case)),))
    found = []
    for task_id, case_id, raw in rows:
        f = json.loads(raw)
        if f.get("status") != "open":
            continue
        _, number, family = by_case[case_id]
        found.append(TaskRow(task_id, case_id, number, family, f["title"], f["kind"],
                             f["due_date"], f["status"], f.get("assigned_to", "")))
    found.sort(key=lambda t: (t.due_date, t.case_number, t.title))
    return found[:limit]


@dataclass(frozen=True)
class ReferralRow:
    referral_id: str
    case_id: str
    case_number: str
    family_name: str
    service_type: str
    provider: str
    urgency: str
    status: str
    sent_on: str | None
    created_at: str


def referrals_in_progress(store: Store, statuses: Sequence[str] = ("draft", "sent", "accepted"),
                          limit: int = 1000) -> list[ReferralRow]:
    """The newest referrals still moving (drafted, sent, accepted), most urgent first."""
    conn = store._ws.conn
    # Newest first by row number (the type index keeps it), stopping once `limit` are found.
    cursor = conn.execute(
        "SELECT r.id, r.case_id, c.case_number, c.family_name, r.fields, r.created_at "
        "FROM records r JOIN case_index c ON c.case_id = r.case_id WHERE r.type = 'referral' "
        "AND r.deleted = 0 ORDER BY r.rid DESC")
    wanted = set(statuses)
    parsed: list[tuple[str, str, str, str, dict[str, Any], str]] = []
    for rid, cid, num, fam, raw, at in cursor:
        f = json.loads(raw)
        if f.get("status") in wanted:
            parsed.append((rid, cid, num, fam, f, at))
            if len(parsed) >= limit:
                break
    providers = provider_names(store, (p[4].get("provider_id") for p in parsed))
    urgency = {"emergency": 0, "priority": 1}
    parsed.sort(key=lambda p: (urgency.get(p[4].get("urgency", ""), 2), p[5]))
    return [ReferralRow(rid, cid, num, fam, f["service_type"],
                        providers.get(f.get("provider_id", ""), ""), f["urgency"],
                        f["status"], f.get("sent_on"), at)
            for rid, cid, num, fam, f, at in parsed]


def provider_names(store: Store, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = [i for i in set(ids) if i]
    if not wanted:
        return {}
    rows = store._ws.conn.execute(
        "SELECT id, json_extract(fields, '$.name') FROM records WHERE type = 'provider' AND "
        "id IN (SELECT value FROM json_each(?))", (json.dumps(wanted),))
    return {r[0]: r[1] or "" for r in rows}


def outbox_count(store: Store) -> int:
    """Changes waiting to be pushed to the server (a counter kept by triggers)."""
    return store.outbox_count()


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: str
    actor: str
    action: str
    record_id: str | None
    record_type: str | None


def case_history(store: Store, record_ids: Iterable[str]) -> list[HistoryEntry]:
    """The audit entries of a case's records in one query (Store.audit_entries asks per
    record), newest first."""
    ids = json.dumps(sorted(set(record_ids)))
    rows = store._ws.conn.execute(
        "SELECT seq, at, actor, action, record_id, record_type FROM audit WHERE record_id IN "
        "(SELECT value FROM json_each(?)) ORDER BY seq DESC", (ids,))
    return [HistoryEntry(*r) for r in rows]


def pending_changes(store: Store, record_ids: Iterable[str]) -> dict[str, int]:
    """How many outbox ops wait to sync for each of these records (absent: none)."""
    ids = json.dumps(sorted(set(record_ids)))
    rows = store._ws.conn.execute(
        "SELECT record_id, count(*) FROM outbox WHERE record_id IN "
        "(SELECT value FROM json_each(?)) GROUP BY record_id", (ids,))
    return {r[0]: int(r[1]) for r in rows}


@dataclass(frozen=True)
class OutboxEntry:
    client_seq: int
    record_type: str
    kind: str
    case_number: str
    created_at: str


def outbox_page(store: Store, limit: int = 500) -> list[OutboxEntry]:
    """The oldest changes waiting to sync, without their field values (for the Sync page)."""
    rows = store._ws.conn.execute(
        "SELECT o.client_seq, o.record_type, o.kind, coalesce(c.case_number, ''), o.created_at "
        "FROM outbox o LEFT JOIN case_index c ON c.case_id = o.case_id "
        "ORDER BY o.client_seq LIMIT ?", (limit,))
    return [OutboxEntry(*r) for r in rows]


def case_numbers(store: Store, case_ids: Iterable[str | None]) -> dict[str, str]:
    wanted = sorted({c for c in case_ids if c})
    rows = store._ws.conn.execute(
        "SELECT case_id, case_number FROM case_index WHERE case_id IN "
        "(SELECT value FROM json_each(?))", (json.dumps(wanted),))
    return {r[0]: r[1] for r in rows}


@dataclass(frozen=True)
class ConflictRow:
    """An open sync conflict and the number of the case it belongs to."""

    conflict: Record
    case_number: str


def open_conflicts(store: Store) -> list[ConflictRow]:
    """Open conflicts, oldest first: a field changed on two devices, both values kept."""
    found = [r for r in store.records_of_type(RecordType.CONFLICT)
             if r.fields.get("status") == "open"]
    numbers = case_numbers(store, (r.case_id for r in found))
    found.sort(key=lambda r: (str(r.fields.get("server_at") or ""), r.id))
    return [ConflictRow(r, numbers.get(r.case_id or "", "")) for r in found]


@dataclass(frozen=True)
class RefusedChange:
    """A change the server refused: kept here with its reason and the values it carried."""

    op_id: str
    at: str
    case_number: str
    record_type: str
    kind: str
    values: tuple[tuple[str, Any], ...]  # (field, the value that was refused)
    reason: str


def refused_changes(ws: Workspace) -> list[RefusedChange]:
    issues = SyncStore(ws).issues()
    numbers = case_numbers(ws.store, (i["case_id"] for i in issues))
    found = []
    for issue in issues:
        op = issue["op"] if isinstance(issue["op"], dict) else {}
        changes = op.get("changes") or {}
        values = tuple((str(name), change.get("value") if isinstance(change, dict) else change)
                       for name, change in sorted(changes.items()))
        found.append(RefusedChange(
            str(issue["op_id"]), str(issue["at"] or ""), numbers.get(issue["case_id"] or "", ""),
            str(issue["record_type"] or ""), str(op.get("kind", "")), values,
            str(issue["reason"] or "")))
    return found


@dataclass(frozen=True)
class SyncOverview:
    """What the Sync page shows: the server, the offline lease, waiting and refused changes."""

    server_url: str | None
    last_sync_at: str
    offline_allowed: bool
    offline_until: str  # the lease's not_after (UTC, ISO), "" without a lease
    lease_note: str  # the lease check's own words
    outbox: list[OutboxEntry]
    outbox_total: int
    refused: list[RefusedChange]


def sync_overview(ws: Workspace, limit: int = 500) -> SyncOverview:
    until = ""
    allowed, note = False, ""
    if ws.info.server_url:
        allowed, note = account.offline_allowed(ws)
        raw = ws.meta("lease")
        if raw:
            try:
                until = p.SignedLease.model_validate_json(raw).lease.not_after
            except ValueError:
                until = ""
    return SyncOverview(ws.info.server_url, SyncStore(ws).state().last_sync_at, allowed, until,
                        note, outbox_page(ws.store, limit), ws.store.outbox_count(),
                        refused_changes(ws))


__all__ = [
    "SEARCH_MATCH_LIMIT", "ConflictRow", "HistoryEntry", "OutboxEntry", "ReferralRow",
    "RefusedChange", "SearchHits", "SyncOverview", "TaskRow", "case_history", "case_ids",
    "case_numbers", "caseworkers", "open_conflicts", "open_tasks", "outbox_count",
    "outbox_page", "pending_changes", "provider_names", "referrals_in_progress",
    "refused_changes", "search_case_ids", "sync_overview",
]
