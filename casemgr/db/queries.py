"""Reads for the pages and the case file beyond the case list: open tasks, referrals in
progress, open conflicts, a case's history (with the fields each change changed), the outbox,
the changes the server refused, what the Today page gathers (approvals, records others
changed, when it was last seen), what the team caseload adds to the case rows (overdue
visits and reviews, the latest visit) with the organisation's directory of users, and the
Dashboard's figures, counted in SQL.

Each takes the unlocked workspace and returns plain rows; the use cases in casemgr.app reach
them (the UI never runs SQL). Lists of ids go to SQLite as one JSON array (`json_each`), so a
long list costs one statement, not one per id.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from casemgr.db import audit
from casemgr.db.store import LAST_VISIT_SQL, NO_DUE, row_to_record
from casemgr.db.sync_store import SyncStore
from casemgr.db.workspace import Workspace
from casemgr.domain.records import Record, RecordType


@dataclass(frozen=True)
class TaskRow:
    task_id: str
    case_id: str | None  # None: a personal task (agreed in supervision, in no case)
    case_number: str
    family_name: str
    title: str
    kind: str
    due_date: str
    status: str
    assigned_to: str
    supervisor: str = ""  # who agreed it in a supervision session ("" not from one)


def open_tasks(ws: Workspace, limit: int = 1000) -> list[TaskRow]:
    """The open tasks due soonest, across the workspace's cases, and the personal tasks
    agreed in supervision (no case); each says who agreed it if it came from a session.

    Uses the case list's `next_due` (each case's earliest open task): the cases due soonest
    hold the tasks due soonest, so only their tasks are read.
    """
    cases = ws.conn.execute(
        "SELECT case_id, case_number, family_name FROM case_index WHERE next_due < ? "
        "ORDER BY next_due, case_number LIMIT ?", (NO_DUE, limit)).fetchall()
    by_case = {c[0]: c for c in cases}
    rows = [*ws.conn.execute(
        "SELECT id, case_id, fields FROM records WHERE case_id IN "
        "(SELECT value FROM json_each(?)) AND type = 'task' AND deleted = 0",
        (json.dumps(list(by_case)),)), *ws.conn.execute(
        "SELECT id, case_id, fields FROM records WHERE case_id IS NULL AND type = 'task' "
        "AND deleted = 0")]
    agreed = supervision_tasks(ws)
    found = []
    for task_id, case_id, raw in rows:
        f = json.loads(raw)
        if f.get("status") != "open":
            continue
        _, number, family = by_case[case_id] if case_id is not None else (None, "", "")
        found.append(TaskRow(task_id, case_id, number, family, f["title"], f["kind"],
                             f["due_date"], f["status"], f.get("assigned_to", ""),
                             agreed.get(task_id, "")))
    found.sort(key=lambda t: (t.due_date, t.case_number, t.title))
    return found[:limit]


def supervision_tasks(ws: Workspace) -> dict[str, str]:
    """The tasks agreed in the supervision sessions this workspace holds: task id -> the
    supervisor who recorded the session."""
    return {r[0]: r[1] for r in ws.conn.execute(
        "SELECT json_extract(a.value, '$.task_id'), r.created_by FROM records r, "
        "json_each(r.fields, '$.actions') a WHERE r.type = 'supervision' AND r.deleted = 0")}


def task_states(ws: Workspace, task_ids: Iterable[Any]) -> dict[str, str]:
    """The status of each of these tasks the workspace holds (deleted ones left out)."""
    wanted = sorted({t for t in task_ids if isinstance(t, str)})
    return {r[0]: r[1] for r in ws.conn.execute(
        "SELECT id, json_extract(fields, '$.status') FROM records WHERE type = 'task' AND "
        "deleted = 0 AND id IN (SELECT value FROM json_each(?))", (json.dumps(wanted),))}


def teams_of(ws: Workspace, username: str) -> frozenset[str]:
    """The teams a user belongs to, as the directory this device last synced says."""
    row = ws.conn.execute("SELECT teams FROM directory_users WHERE username = ?",
                          (username,)).fetchone()
    return frozenset(t for t in (row[0] if row else "").split(",") if t)


@dataclass(frozen=True)
class DirectoryUser:
    """Someone in the organisation's directory (synced from the server)."""

    username: str
    role: str
    teams: frozenset[str]
    active: bool


def directory_users(ws: Workspace) -> list[DirectoryUser]:
    """Everyone in the directory this device last synced, by name."""
    return [DirectoryUser(r[0], r[1], frozenset(t for t in r[2].split(",") if t), bool(r[3]))
            for r in ws.conn.execute(
                "SELECT username, role, teams, active FROM directory_users ORDER BY username")]


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


def referrals_in_progress(ws: Workspace,
                          statuses: Sequence[str] = ("draft", "sent", "accepted"),
                          limit: int = 1000) -> list[ReferralRow]:
    """The newest referrals still moving (drafted, sent, accepted), most urgent first."""
    # Newest first by row number (the type index keeps it), stopping once `limit` are found.
    cursor = ws.conn.execute(
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
    providers = provider_names(ws, (p[4].get("provider_id") for p in parsed))
    urgency = {"emergency": 0, "priority": 1}
    parsed.sort(key=lambda p: (urgency.get(p[4].get("urgency", ""), 2), p[5]))
    return [ReferralRow(rid, cid, num, fam, f["service_type"],
                        providers.get(f.get("provider_id", ""), ""), f["urgency"],
                        f["status"], f.get("sent_on"), at)
            for rid, cid, num, fam, f, at in parsed]


def provider_names(ws: Workspace, ids: Iterable[str | None]) -> dict[str, str]:
    """The service directory's names of these providers."""
    wanted = [i for i in set(ids) if i]
    if not wanted:
        return {}
    rows = ws.conn.execute(
        "SELECT id, json_extract(fields, '$.name') FROM records WHERE type = 'provider' AND "
        "id IN (SELECT value FROM json_each(?))", (json.dumps(wanted),))
    return {r[0]: r[1] or "" for r in rows}


def caseworkers(ws: Workspace) -> list[str]:
    """The workers cases in this workspace are assigned to (for the list's filter)."""
    return [r[0] for r in ws.conn.execute(
        "SELECT DISTINCT assigned_to FROM case_index ORDER BY assigned_to")]


# The open tasks of the workspace past their due date, from migration 8's index of open tasks.
_LATE_TASKS = (
    "SELECT case_id, sum(json_extract(fields, '$.kind') = 'first_visit') AS visits, "
    "sum(json_extract(fields, '$.kind') = 'review') AS reviews "
    "FROM records INDEXED BY records_open_tasks "
    "WHERE type = 'task' AND deleted = 0 AND json_extract(fields, '$.status') = 'open' "
    "AND json_extract(fields, '$.due_date') < :today GROUP BY case_id")


@dataclass(frozen=True)
class WorkerRow:
    """One worker's open cases (by the case list's assignee) and what is late in them."""

    worker: str
    open_cases: int
    high_risk: int
    overdue_visits: int
    overdue_reviews: int
    unvisited: int


def worker_loads(ws: Workspace, today: str, no_visit_since: str) -> list[WorkerRow]:
    """Each worker's open cases, those at high or critical risk, open first-visit and review
    tasks due before `today`, and open cases not visited since `no_visit_since` (counted
    from their opening when never visited), in one statement over the case list and the
    indexes of open tasks and visit dates (migration 8)."""
    rows = ws.conn.execute(
        f"WITH late AS ({_LATE_TASKS}) "  # nosec B608 # constant SQL fragments; values bound
        "SELECT assigned_to, count(*), sum(risk IN ('high', 'critical')), "
        "coalesce(sum(l.visits), 0), coalesce(sum(l.reviews), 0), "
        f"sum(coalesce(({LAST_VISIT_SQL}), opened_on) < :since) "
        "FROM case_index LEFT JOIN late l ON l.case_id = case_index.case_id "
        "WHERE status != 'closed' GROUP BY assigned_to",
        {"today": today, "since": no_visit_since})
    return [WorkerRow(r[0], *(int(v or 0) for v in r[1:])) for r in rows]


def team_assignees(ws: Workspace) -> list[tuple[str | None, str]]:
    """Each (team, worker) that cases of the workspace are assigned to."""
    return [(r[0], r[1]) for r in ws.conn.execute(
        "SELECT DISTINCT team, assigned_to FROM case_index")]


@dataclass(frozen=True)
class CaseWork:
    """What a supervisor watches in a case beyond its list row: its open first-visit and review
    tasks past their due date, and the day of its latest visit."""

    overdue_visits: int = 0
    overdue_reviews: int = 0
    last_visit: str | None = None


def case_work(ws: Workspace, today: str, case_ids: Iterable[str]) -> dict[str, CaseWork]:
    """`CaseWork` of these cases (a page of the list), from the indexes of open tasks and
    visit dates; `today` (YYYY-MM-DD): a task due before it is overdue."""
    def late(kind: str) -> str:
        return ("SELECT count(*) FROM records t INDEXED BY records_open_tasks "
                "WHERE t.case_id = case_index.case_id AND t.type = 'task' AND t.deleted = 0 "
                "AND json_extract(t.fields, '$.status') = 'open' "  # nosec B608 # kind is a literal of case_work; values bound
                f"AND json_extract(t.fields, '$.kind') = '{kind}' "
                "AND json_extract(t.fields, '$.due_date') < :today")

    rows = ws.conn.execute(
        f"SELECT case_id, ({late('first_visit')}), ({late('review')}), ({LAST_VISIT_SQL}) "
        "FROM case_index WHERE case_id IN (SELECT value FROM json_each(:ids))",  # nosec B608 # constant SQL fragments; values bound
        {"today": today, "ids": json.dumps(sorted(set(case_ids)))})
    return {r[0]: CaseWork(int(r[1]), int(r[2]), r[3]) for r in rows}


@dataclass(frozen=True)
class HistoryEntry:
    """One entry of a record's history: an audit entry of this device (`source` "local"), or
    a change received by sync ("sync": `seq` is then its row in record_changes and `actor`
    who changed the record last on the server). `changes`: the fields an update changed,
    name -> (old, new), in name order ({} when not known, as for edits made before casemgr
    kept them)."""

    seq: int
    at: str
    actor: str
    action: str
    record_id: str | None
    record_type: str | None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    source: str = "local"


def _changes(raw: str | None) -> dict[str, tuple[Any, Any]]:
    if not raw:
        return {}
    return {name: (pair[0], pair[1]) for name, pair in sorted(json.loads(raw).items())}


def audit_history(ws: Workspace, record_ids: Iterable[str]) -> list[HistoryEntry]:
    """The audit entries of these records in one query, newest first, each update with the
    fields it changed."""
    rows = ws.conn.execute(
        "SELECT a.seq, a.at, a.actor, a.action, a.record_id, a.record_type, c.fields "  # nosec B608 # a constant subquery; the ids are bound
        "FROM audit a LEFT JOIN record_changes c ON c.audit_seq = a.seq "
        f"WHERE a.record_id IN ({audit.packed_ids_sql()}) ORDER BY a.seq DESC",
        (json.dumps(sorted(set(record_ids))),))
    return [HistoryEntry(r[0], r[1], r[2], r[3], audit.unpack_id(r[4]), r[5],
                         changes=_changes(r[6])) for r in rows]


def synced_history(ws: Workspace, record_ids: Iterable[str]) -> list[HistoryEntry]:
    """The changes of these records received by sync, newest first, with what they changed."""
    rows = ws.conn.execute(
        "SELECT c.id, c.at, c.actor, c.record_id, r.type, c.fields FROM record_changes c "
        "LEFT JOIN records r ON r.id = c.record_id WHERE c.source = 'sync' AND c.record_id IN "
        "(SELECT value FROM json_each(?)) ORDER BY c.at DESC, c.id DESC",
        (json.dumps(sorted(set(record_ids))),))
    return [HistoryEntry(r[0], r[1], r[2], "update", r[3], r[4], changes=_changes(r[5]),
                         source="sync") for r in rows]


def pending_changes(ws: Workspace, record_ids: Iterable[str]) -> dict[str, int]:
    """How many outbox ops wait to sync for each of these records (absent: none)."""
    rows = ws.conn.execute(
        "SELECT record_id, count(*) FROM outbox WHERE record_id IN "
        "(SELECT value FROM json_each(?)) GROUP BY record_id",
        (json.dumps(sorted(set(record_ids))),))
    return {r[0]: int(r[1]) for r in rows}


@dataclass(frozen=True)
class OutboxEntry:
    client_seq: int
    record_type: str
    kind: str
    case_number: str
    created_at: str


def outbox_page(ws: Workspace, limit: int = 500) -> list[OutboxEntry]:
    """The oldest changes waiting to sync, without their field values (for the Sync page)."""
    rows = ws.conn.execute(
        "SELECT o.client_seq, o.record_type, o.kind, coalesce(c.case_number, ''), o.created_at "
        "FROM outbox o LEFT JOIN case_index c ON c.case_id = o.case_id "
        "ORDER BY o.client_seq LIMIT ?", (limit,))
    return [OutboxEntry(*r) for r in rows]


def case_numbers(ws: Workspace, case_ids: Iterable[str | None]) -> dict[str, str]:
    """The human-readable number of each of these cases."""
    rows = ws.conn.execute(
        "SELECT case_id, case_number FROM case_index WHERE case_id IN "
        "(SELECT value FROM json_each(?))", (json.dumps(sorted({c for c in case_ids if c})),))
    return {r[0]: r[1] for r in rows}


@dataclass(frozen=True)
class ConflictRow:
    """An open sync conflict and the number of the case it belongs to."""

    conflict: Record
    case_number: str


def open_conflicts(ws: Workspace) -> list[ConflictRow]:
    """Open conflicts, oldest first: a field changed on two devices, both values kept."""
    found = [r for r in ws.store.records_of_type(RecordType.CONFLICT)
             if r.fields.get("status") == "open"]
    numbers = case_numbers(ws, (r.case_id for r in found))
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
    """Every change the server refused, with its reason, oldest first (dismissed ones too:
    dismissing only acknowledges a refusal where it was reported)."""
    issues = SyncStore(ws).issues(None)
    numbers = case_numbers(ws, (i["case_id"] for i in issues))
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


__all__ = [
    "CaseScope", "CaseWork", "ConflictRow", "DirectoryUser", "HistoryEntry", "OutboxEntry",
    "ReferralRow", "RefusedChange", "TaskRow", "WorkerRow", "audit_history", "case_numbers",
    "case_work", "caseload_by_worker", "caseload_on", "cases_by_risk_and_status", "caseworkers",
    "closure_reasons", "directory_users", "export_case_count", "export_rows",
    "first_visit_days", "open_conflicts", "open_tasks",
    "outbox_page", "pending_changes", "plan_decision_days", "provider_names",
    "referral_outcomes", "referrals_in_progress", "refused_changes", "supervision_tasks",
    "synced_history", "task_states", "task_timeliness", "task_work_by_worker",
    "team_assignees", "teams_of", "worker_loads",
]


# -- the Today page ---------------------------------------------------------------------------

TODAY_SEEN = "today_seen_at"  # meta: when the user last looked at Today (this device only)


@dataclass(frozen=True)
class CaseRecordRow:
    """A record of one of the workspace's cases, with the case's number and family."""

    record: Record
    case_number: str
    family_name: str
    assigned_to: str
    risk: str | None = None


def _case_records(ws: Workspace, sql: str, args: Sequence[Any]) -> list[CaseRecordRow]:
    rows = ws.conn.execute(
        "SELECT r.id, r.type, r.case_id, r.fields, r.rev, r.created_at, r.created_by, "  # nosec B608 # callers pass constant WHERE text; values bound
        "r.updated_at, r.updated_by, r.deleted, r.withheld, c.case_number, c.family_name, "
        "c.assigned_to, c.risk FROM records r JOIN case_index c ON c.case_id = r.case_id "
        + sql, args)
    return [CaseRecordRow(row_to_record(row[:11]), *row[11:15]) for row in rows]


def approvals_of_cases(ws: Workspace) -> list[CaseRecordRow]:
    """Every approval request of the workspace's cases, oldest first."""
    return _case_records(ws, "WHERE r.type = 'approval' AND r.deleted = 0 "
                             "ORDER BY r.created_at, r.rid", ())


@dataclass(frozen=True)
class PendingRequest:
    """A request waiting for a decision (the latest about its plan or closure), with its
    case, and what it asks to approve as it is now (`subject` None: gone): for a plan its
    status and submitted_hash, for a case its status and closure_reason."""

    approval_id: str
    case_id: str
    case_number: str
    family_name: str
    assigned_to: str
    risk: str | None
    kind: str
    requested_by: str
    requested_at: str
    subject_hash: str
    subject: dict[str, Any] | None


def pending_requests(ws: Workspace, not_by: str) -> list[PendingRequest]:
    """Every pending approval request of the workspace's cases not made by `not_by` and not
    replaced by a later request about the same plan or closure, oldest first. A supervisor's
    workspace holds tens of thousands of approvals: the two partial indexes of migration 7
    hold every field read until the requests are found, and only the fields shown are read
    from the rows of the requests and of their subjects (the planner is told to start from
    the index of pending requests)."""
    rows = ws.conn.execute(
        "SELECT r.id, r.case_id, c.case_number, c.family_name, c.assigned_to, c.risk, "
        "json_extract(r.fields, '$.kind'), json_extract(r.fields, '$.requested_by'), "
        "coalesce(json_extract(r.fields, '$.requested_at'), r.created_at), "
        "json_extract(r.fields, '$.subject_hash'), s.deleted, "
        "json_extract(s.fields, '$.status'), json_extract(s.fields, '$.submitted_hash'), "
        "json_extract(s.fields, '$.closure_reason') "
        "FROM records p INDEXED BY records_pending_requests "
        "JOIN records r ON r.rid = p.rid JOIN case_index c ON c.case_id = r.case_id "
        "LEFT JOIN records s ON s.id = json_extract(p.fields, '$.subject_id') "
        "WHERE p.type = 'approval' AND p.deleted = 0 "
        "AND json_extract(p.fields, '$.decision') = 'pending' "
        "AND json_extract(p.fields, '$.requested_by') IS NOT ? "
        "AND NOT EXISTS (SELECT 1 FROM records o WHERE o.type = 'approval' AND o.deleted = 0 "
        "  AND json_extract(o.fields, '$.subject_id') = json_extract(p.fields, '$.subject_id') "
        "  AND json_extract(o.fields, '$.kind') = json_extract(p.fields, '$.kind') "
        "  AND json_extract(o.fields, '$.requested_at') "
        "      > json_extract(p.fields, '$.requested_at')) "
        "ORDER BY json_extract(p.fields, '$.requested_at'), p.rid", (not_by,))
    return [PendingRequest(
        approval_id=row[0], case_id=row[1], case_number=row[2] or "",
        family_name=row[3] or "", assigned_to=row[4] or "", risk=row[5],
        kind=str(row[6] or ""), requested_by=str(row[7] or ""), requested_at=str(row[8]),
        subject_hash=str(row[9] or ""),
        subject=None if row[10] is None or row[10] else
        {k: v for k, v in zip(("status", "submitted_hash", "closure_reason"), row[11:14],
                              strict=True) if v is not None})
        for row in rows]


def changed_by_others(ws: Workspace, user: str, since: str,
                      limit: int = 200) -> list[CaseRecordRow]:
    """Records of the workspace's cases that someone other than `user` changed after
    `since` (an ISO time), newest first."""
    return _case_records(ws, "WHERE r.updated_at > ? AND r.updated_by != ? AND r.deleted = 0 "
                             "ORDER BY r.updated_at DESC, r.rid DESC LIMIT ?",
                         (since, user, limit))


def today_seen_at(ws: Workspace) -> str:
    """When the user last looked at the Today page on this device ("" never)."""
    return ws.meta(TODAY_SEEN)


def mark_today_seen(ws: Workspace, at: str) -> None:
    """Remember that the user looked at Today at `at` (a local setting: not synced)."""
    SyncStore(ws).set_meta(TODAY_SEEN, at)


# -- the Dashboard ----------------------------------------------------------------------------
# Each figure is counted in one statement over case_index (one row per case) and the records
# of the cases in scope, grouped in SQL: Python gets a few dozen groups, never the records.
# Dates are the ISO days records keep (`since` and `until` inclusive); a request's or a
# decision's day is the UTC date of its time stamp.
#
# The fields read come from the covering expression indexes of migration 9 (and 8's of visit
# dates; INDEXED BY: the planner, without statistics, prefers the index on type and would
# read every record). The rows are read in a MATERIALIZED subquery: SQLite takes an indexed
# expression from the index only outside an aggregate, and would otherwise decrypt every
# record's page. The groups come
# back as one JSON array in one row (`_groups`): each row fetched waits for the GIL, which the
# UI thread holds while it draws a chart (a 5 ms switch interval), so one row per group took
# seconds whenever the Dashboard was counted while it drew.


def _groups(ws: Workspace, sql: str, args: Sequence[Any], width: int) -> list[list[Any]]:
    """The rows of `sql` (its columns named c0, c1, …, `width` of them), in one fetch."""
    columns = ", ".join(f"g.c{i}" for i in range(width))
    (text,) = ws.conn.execute(
        f"SELECT json_group_array(json_array({columns})) FROM (" + sql + ") g",  # nosec B608 # SQL built here from constants; values bound
        args).fetchone()
    rows: list[list[Any]] = json.loads(text)
    return rows


@dataclass(frozen=True)
class CaseScope:
    """The cases a read covers: every case the workspace holds (`everyone`: an admin's), or
    those assigned to `user` and, for a supervisor, those of `teams`."""

    user: str
    teams: frozenset[str] = frozenset()
    everyone: bool = False

    def sql(self, alias: str = "c") -> tuple[str, tuple[Any, ...]]:
        """The condition on case_index (as `alias`) and its arguments."""
        return (f"(? OR {alias}.assigned_to = ? OR {alias}.team IN "
                "(SELECT value FROM json_each(?)))",  # nosec B608 # alias is a literal; user and teams bound
                (int(self.everyone), self.user, json.dumps(sorted(self.teams))))


def cases_by_risk_and_status(ws: Workspace, scope: CaseScope, since: str, until: str
                             ) -> list[tuple[str | None, str, int]]:
    """(risk, status, cases) of the cases open at some time from `since` to `until`: opened
    by `until` and not closed before `since`, by their risk and status today."""
    where, args = scope.sql()
    rows = _groups(
        ws, "SELECT c.risk AS c0, c.status AS c1, count(*) AS c2 FROM case_index c WHERE " +
        where + " AND c.opened_on <= ? AND (c.status != 'closed' OR coalesce((SELECT "  # nosec B608 # scope.sql() is constant text; values bound
        "json_extract(r.fields, '$.closed_on') FROM records r INDEXED BY records_case_closed "
        "WHERE r.id = c.case_id AND r.type = 'case'), '') >= ?) GROUP BY c.risk, c.status",
        (*args, until, since), 3)
    return [(r[0], r[1], int(r[2])) for r in rows]


def task_work_by_worker(ws: Workspace, scope: CaseScope, since: str, until: str
                        ) -> list[tuple[str, int, int]]:
    """(worker, open tasks due before `until`, tasks done from `since` to `until` after their
    due date) for the tasks of the cases in scope; a task's worker is the one it is assigned
    to, else the case's. Open tasks are found by their due date, done ones among the done."""
    where, args = scope.sql()
    task = ("SELECT c.assigned_to AS case_worker, json_extract(r.fields, '$.assigned_to') AS "
            "worker, {overdue} AS overdue, {late} AS late FROM records r INDEXED BY "  # nosec B608 # scope.sql() is constant text; values bound
            "records_task_work JOIN case_index c ON c.case_id = r.case_id WHERE r.type = 'task' "
            "AND r.deleted = 0 AND " + where + " AND json_extract(r.fields, '$.status') = ")
    done = "json_extract(r.fields, '$.completed_on')"
    rows = _groups(
        ws, "WITH t AS MATERIALIZED (" + task.format(overdue=1, late=0) +
        "'open' AND json_extract(r.fields, '$.due_date') < ? UNION ALL " +
        task.format(overdue=0, late=1) + f"'done' AND {done} BETWEEN ? AND ? AND {done} > "
        "json_extract(r.fields, '$.due_date')) SELECT coalesce(nullif(worker, ''), case_worker) "
        "AS c0, sum(overdue) AS c1, sum(late) AS c2 FROM t GROUP BY 1",  # nosec B608 # scope.sql() is constant text; values bound
        (*args, until, *args, since, until), 3)
    return [(r[0], int(r[1]), int(r[2])) for r in rows]


def first_visit_days(ws: Workspace, scope: CaseScope, since: str, until: str
                     ) -> list[tuple[str | None, int | None, int, int]]:
    """(risk, days from the opening to the first visit or None if there was none yet by
    `until`, days from the opening to `until`, cases) for the cases opened from `since` to
    `until`, grouped."""
    where, args = scope.sql()
    rows = _groups(
        ws, "WITH v AS MATERIALIZED (SELECT c.risk, c.opened_on, (SELECT "
        "min(json_extract(r.fields, '$.visit_date')) FROM records r INDEXED BY "
        "records_visit_dates WHERE r.case_id = c.case_id AND r.type = 'visit' AND "
        "r.deleted = 0 AND json_extract(r.fields, '$.visit_date') <= ?) AS first "
        "FROM case_index c INDEXED BY case_index_opened WHERE " + where +  # nosec B608 # scope.sql() is constant text; values bound
        " AND c.opened_on BETWEEN ? AND ?) "
        "SELECT risk AS c0, CAST(julianday(first) - julianday(opened_on) AS INTEGER) AS c1, "
        "CAST(julianday(?) - julianday(opened_on) AS INTEGER) AS c2, count(*) AS c3 FROM v "
        "GROUP BY 1, 2, 3", (until, *args, since, until, until), 4)
    return [(r[0], None if r[1] is None else int(r[1]), int(r[2]), int(r[3])) for r in rows]


def plan_decision_days(ws: Workspace, scope: CaseScope, since: str, until: str
                       ) -> list[tuple[str, int, int]]:
    """(decision, days, requests) for the case-plan approval requests of the cases in scope:
    those decided from `since` to `until` with the days from request to decision, and those
    still waiting with the days they have waited by `until`."""
    where, args = scope.sql()
    rows = _groups(
        ws, "WITH a AS MATERIALIZED (SELECT json_extract(r.fields, '$.decision') AS decision, "
        "substr(json_extract(r.fields, '$.requested_at'), 1, 10) AS requested, "
        "substr(json_extract(r.fields, '$.decided_at'), 1, 10) AS decided "  # nosec B608 # scope.sql() is constant text; values bound
        "FROM records r INDEXED BY records_plan_decisions JOIN case_index c "
        "ON c.case_id = r.case_id WHERE r.type = 'approval' AND r.deleted = 0 AND "
        "json_extract(r.fields, '$.kind') = 'case_plan' AND " + where + ") "
        "SELECT decision AS c0, CAST(julianday(coalesce(decided, ?)) - julianday(requested) "
        "AS INTEGER) AS c1, count(*) AS c2 FROM a WHERE (decision = 'pending' AND "
        "requested <= ?) OR decided BETWEEN ? AND ? GROUP BY 1, 2",
        (*args, until, until, since, until), 3)
    return [(r[0], max(0, int(r[1])), int(r[2])) for r in rows]


def referral_outcomes(ws: Workspace, scope: CaseScope, since: str, until: str
                      ) -> list[tuple[str, str, int]]:
    """(service type, status today, referrals) of the referrals sent from `since` to
    `until`."""
    where, args = scope.sql()
    rows = _groups(
        ws, "WITH s AS MATERIALIZED (SELECT json_extract(r.fields, '$.service_type') AS "
        "service, json_extract(r.fields, '$.status') AS status FROM records r INDEXED BY "
        "records_referral_outcomes JOIN case_index c ON c.case_id = r.case_id "
        "WHERE r.type = 'referral' AND r.deleted = 0 AND json_extract(r.fields, '$.sent_on') "
        "BETWEEN ? AND ? AND " + where + ") "  # nosec B608 # scope.sql() is constant text; values bound
        "SELECT service AS c0, status AS c1, count(*) AS c2 FROM s GROUP BY 1, 2",
        (since, until, *args), 3)
    return [(r[0], r[1], int(r[2])) for r in rows]


def caseload_by_worker(ws: Workspace, scope: CaseScope) -> list[tuple[str, int, int]]:
    """(worker, cases not closed, of which high or critical risk) of the cases in scope."""
    where, args = scope.sql()
    rows = _groups(
        ws, "SELECT c.assigned_to AS c0, count(*) AS c1, sum(c.risk IN ('high', 'critical')) "
        "AS c2 FROM case_index c WHERE " + where + " AND c.status != 'closed' "  # nosec B608 # scope.sql() is constant text; values bound
        "GROUP BY c.assigned_to", args, 3)
    return [(r[0], int(r[1]), int(r[2] or 0)) for r in rows]


# -- the indicators (casemgr.app.indicators) --------------------------------------------------
# Per month, over the same scope as the Dashboard; the figures the Dashboard also draws are
# counted by its queries above, for each month's days.

def caseload_on(ws: Workspace, scope: CaseScope, day: str) -> list[tuple[str, int]]:
    """(worker, cases) of the cases in scope open at the end of `day`: opened by then and not
    closed by then, by the worker they are assigned to today."""
    where, args = scope.sql()
    rows = _groups(
        ws, "SELECT c.assigned_to AS c0, count(*) AS c1 FROM case_index c WHERE " + where +  # nosec B608 # scope.sql() is constant text; values bound
        " AND c.opened_on <= ? AND (c.status != 'closed' OR coalesce((SELECT "
        "json_extract(r.fields, '$.closed_on') FROM records r INDEXED BY records_case_closed "
        "WHERE r.id = c.case_id AND r.type = 'case'), '9999-12-31') > ?) GROUP BY 1",
        (*args, day, day), 2)
    return [(r[0], int(r[1])) for r in rows]


def task_timeliness(ws: Workspace, scope: CaseScope, since: str, until: str
                    ) -> list[tuple[str, int, int]]:
    """(task kind, done by their due date, done after it) of the tasks of the cases in scope
    done from `since` to `until`."""
    where, args = scope.sql()
    done = "json_extract(r.fields, '$.completed_on')"
    rows = _groups(
        ws, "WITH t AS MATERIALIZED (SELECT json_extract(r.fields, '$.kind') AS kind, "
        f"{done} <= json_extract(r.fields, '$.due_date') AS on_time FROM records r INDEXED BY "
        "records_task_work JOIN case_index c ON c.case_id = r.case_id WHERE r.type = 'task' "
        "AND r.deleted = 0 AND json_extract(r.fields, '$.status') = 'done' AND "
        f"{done} BETWEEN ? AND ? AND " + where + ") "  # nosec B608 # scope.sql() is constant text; values bound
        "SELECT kind AS c0, sum(on_time) AS c1, sum(1 - on_time) AS c2 FROM t GROUP BY 1",
        (since, until, *args), 3)
    return [(r[0], int(r[1] or 0), int(r[2] or 0)) for r in rows]


def closure_reasons(ws: Workspace, scope: CaseScope, since: str, until: str) -> list[str]:
    """The closure reasons (as written) of the cases in scope closed from `since` to
    `until`, one per case."""
    where, args = scope.sql()
    return [str(r[0] or "") for r in ws.conn.execute(
        "SELECT json_extract(r.fields, '$.closure_reason') FROM case_index c JOIN records r "
        "INDEXED BY records_case_closed ON r.id = c.case_id AND r.type = 'case' "
        "WHERE c.status = 'closed' AND json_extract(r.fields, '$.closed_on') BETWEEN ? AND ? "
        "AND " + where, (since, until, *args))]  # nosec B608 # scope.sql() is constant text; values bound


# -- exports (casemgr.app.exports) ------------------------------------------------------------

def export_case_count(ws: Workspace, scope: CaseScope, case_id: str | None = None) -> int:
    """How many cases are in scope (only `case_id`, when given)."""
    where, args = scope.sql()
    if case_id is not None:
        where, args = where + " AND c.case_id = ?", (*args, case_id)
    return int(ws.conn.execute(f"SELECT count(*) FROM case_index c WHERE {where}",  # nosec B608 # scope.sql() is constant text; values bound
                               args).fetchone()[0])


def export_rows(ws: Workspace, scope: CaseScope, record_type: RecordType,
                case_id: str | None = None) -> list[tuple[str, str, dict[str, Any], str, str,
                                                          str]]:
    """(id, case id, fields, created at, created by, updated at) of every live record of this
    type in the cases in scope (only `case_id`, when given), by case number then id: one
    statement for the whole table."""
    where, args = scope.sql()
    if case_id is not None:
        where, args = where + " AND c.case_id = ?", (*args, case_id)
    rows = ws.conn.execute(
        "SELECT r.id, r.case_id, r.fields, r.created_at, r.created_by, r.updated_at "
        "FROM records r JOIN case_index c ON c.case_id = r.case_id WHERE r.type = ? AND "
        f"r.deleted = 0 AND {where} ORDER BY c.case_number, r.id",  # nosec B608 # scope.sql() is constant text; values bound
        (record_type.value, *args))
    return [(r[0], r[1], json.loads(r[2]), r[3], r[4], r[5]) for r in rows]
