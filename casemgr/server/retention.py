"""Retention (issue 15, item 4): per organisation, closed cases leave devices N days after
closure, and are archived on the server M years after it; an admin can restore one.

The policy lives in server_meta (`retention_closed_days`, `retention_archive_years`), set by
an admin (admin API, console, `casemgr-server retention set`). Leaving devices needs no job:
the pull's scope (casemgr.server.sync.scope) leaves out a case closed longer ago than N days,
so the device gets the ordinary signed eviction. `run_retention` (every
`retention_interval_s` in each server process, and `casemgr-server retention run`) notes
those departures in the audit once each and archives what is past M years; an archived case
is on no device, an admin's included, until restored. A restored case's retention counts
again from its restoration (case_scope.closed_at is set to it).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from casemgr.domain.clock import iso_utc
from casemgr.domain.records import RecordType
from casemgr.server import tables as t
from casemgr.server.accounts import write_audit
from casemgr.server.errors import ApiError
from casemgr.sync.protocol import ArchivedCase, RetentionPolicy, RetentionReport

CLOSED_DAYS = "retention_closed_days"
ARCHIVE_YEARS = "retention_archive_years"
RETENTION_ACTOR = "retention"  # who the audit says did what the job does


# Built once: every pull reads the policy (departure_cutoff).
_READ_POLICY = (sa.select(t.server_meta.c.key, t.server_meta.c.value)
                .where(t.server_meta.c.key.in_((CLOSED_DAYS, ARCHIVE_YEARS))))


def read_policy(conn: sa.Connection) -> RetentionPolicy:
    """The organisation's policy (the defaults where none was set)."""
    values = dict(conn.execute(_READ_POLICY).all())
    default = RetentionPolicy()
    return RetentionPolicy(
        closed_days=int(values.get(CLOSED_DAYS, default.closed_days)),
        archive_years=int(values.get(ARCHIVE_YEARS, default.archive_years)))


def set_policy(conn: sa.Connection, policy: RetentionPolicy, *, actor: str,
               now: int) -> RetentionPolicy:
    """Store the policy (audited with the old and new numbers)."""
    m = t.server_meta
    old = read_policy(conn)
    for key, value in ((CLOSED_DAYS, policy.closed_days), (ARCHIVE_YEARS, policy.archive_years)):
        if not conn.execute(sa.update(m).where(m.c.key == key).values(value=str(value))
                            ).rowcount:
            conn.execute(sa.insert(m).values(key=key, value=str(value)))
    write_audit(conn, now, actor, "retention_changed", None, {
        "closed_days": policy.closed_days, "archive_years": policy.archive_years,
        "was_closed_days": old.closed_days, "was_archive_years": old.archive_years})
    return policy


def _parse(now_iso: str) -> datetime:
    return datetime.fromisoformat(now_iso.replace("Z", "+00:00"))


def _years_before(moment: datetime, years: int) -> datetime:
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:  # 29 February in a year that has none
        return moment.replace(year=moment.year - years, day=28)


def departure_cutoff(conn: sa.Connection, now_iso: str) -> str:
    """A case closed at or before this time has left devices (scope_clause)."""
    days = read_policy(conn).closed_days
    return iso_utc(int((_parse(now_iso) - timedelta(days=days)).timestamp() * 1000))


def run_retention(engine: sa.Engine, now_ms: int) -> RetentionReport:
    """Note the closed cases that have left devices since the last run and archive those
    past the archive years, each audited once (two server processes running it at once
    each see a case only once: the UPDATE takes it)."""
    now_iso = iso_utc(now_ms)
    cs = t.case_scope
    with engine.begin() as conn:
        policy = read_policy(conn)
        departed_before = departure_cutoff(conn, now_iso)
        archive_before = iso_utc(int(_years_before(datetime.fromtimestamp(now_ms / 1000, UTC),
                                                   policy.archive_years).timestamp() * 1000))
        archived = sorted(conn.execute(
            sa.update(cs).where(cs.c.archived_at.is_(None), cs.c.closed_at.is_not(None),
                                cs.c.closed_at <= archive_before)
            .values(archived_at=now_iso).returning(cs.c.case_id)).scalars())
        departed = sorted(conn.execute(
            sa.update(cs).where(cs.c.departed_at.is_(None), cs.c.closed_at.is_not(None),
                                cs.c.closed_at <= departed_before)
            .values(departed_at=now_iso).returning(cs.c.case_id)).scalars())
        for case_id in departed:
            write_audit(conn, now_ms, RETENTION_ACTOR, "case_left_devices", case_id,
                        {"case_id": case_id, "closed_days": policy.closed_days})
        for case_id in archived:
            write_audit(conn, now_ms, RETENTION_ACTOR, "case_archived", case_id,
                        {"case_id": case_id, "archive_years": policy.archive_years})
    return RetentionReport(departed=departed, archived=archived)


def _archived_out(conn: sa.Connection, where: sa.ColumnElement[bool]) -> list[ArchivedCase]:
    cs, r = t.case_scope, t.records
    rows = conn.execute(
        sa.select(cs.c.case_id, cs.c.closed_at, cs.c.archived_at, r.c.fields)
        .select_from(cs.outerjoin(r, sa.and_(r.c.id == cs.c.case_id,
                                             r.c.type == RecordType.CASE.value)))
        .where(where).order_by(cs.c.archived_at, cs.c.case_id))
    return [ArchivedCase(case_id=row.case_id,
                         case_number=str((row.fields or {}).get("case_number") or ""),
                         closed_at=row.closed_at, archived_at=row.archived_at)
            for row in rows]


def list_archived(conn: sa.Connection) -> list[ArchivedCase]:
    """Every archived case, oldest archived first."""
    return _archived_out(conn, t.case_scope.c.archived_at.is_not(None))


def restore_case(conn: sa.Connection, case_id: str, *, actor: str, now: int) -> ArchivedCase:
    """Bring an archived case back: it reaches the devices in its scope at their next pull,
    and its retention counts again from now (audited)."""
    cs = t.case_scope
    now_iso = iso_utc(now)
    done = conn.execute(sa.update(cs).where(cs.c.case_id == case_id,
                                            cs.c.archived_at.is_not(None))
                        .values(archived_at=None, departed_at=None, closed_at=now_iso)).rowcount
    if not done:
        raise ApiError(404, "not_found", "There is no archived case with this id.")
    write_audit(conn, now, actor, "case_restored", case_id, {"case_id": case_id})
    return _archived_out(conn, cs.c.case_id == case_id)[0]


__all__ = ["RETENTION_ACTOR", "departure_cutoff", "list_archived", "read_policy",
           "restore_case", "run_retention", "set_policy"]
