"""The supervisor's Dashboard as a use case: six figures over the cases in the user's scope,
for a period (the last 30, 90 or 365 days up to today), each a table of rows (a label and its
numbers) that the page draws as a chart and shows beside it. Counted from the workspace alone,
so offline too, in SQL (casemgr.db.queries): a few dozen rows come back, whatever the caseload.

What each figure counts is written in its `explanation` and in docs/desktop.md "Dashboard".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from casemgr.db import queries
from casemgr.domain.labels import choice_label
from casemgr.domain.permissions import Actor, Role
from casemgr.domain.records import (
    SERVICE_TYPES,
    CaseStatus,
    Decision,
    ReferralStatus,
    RiskLevel,
)
from casemgr.domain.schedule import UNKNOWN_RISK_AS
from casemgr.domain.text import msg

if TYPE_CHECKING:
    from casemgr.app.casework import Casework

PERIODS = (30, 90, 365)  # the choices of the page: the last n days, today included
DEFAULT_PERIOD = 90
# Open cases one worker should carry at most, until the organisation sets its own standard
# on the page.
DEFAULT_CASELOAD_CEILING = 20
MAX_CASELOAD_CEILING = 500
UNKNOWN_RISK = ""  # the row key of cases whose risk was not assessed
# How long a case plan waited for its decision, in days (label, from, to; None: no end).
TURNAROUND_BANDS: tuple[tuple[str, int, int | None], ...] = (
    (msg("Same day"), 0, 0), (msg("1–2 days"), 1, 2), (msg("3–5 days"), 3, 5),
    (msg("6–10 days"), 6, 10), (msg("Over 10 days"), 11, None))
_RISKS = sorted(RiskLevel, key=lambda r: -r.rank)  # critical first
_STATUSES = (CaseStatus.OPEN, CaseStatus.ACTIVE, CaseStatus.CLOSURE_REQUESTED,
             CaseStatus.CLOSED)
_OUTCOMES = (ReferralStatus.COMPLETED, ReferralStatus.ACCEPTED, ReferralStatus.DECLINED,
             ReferralStatus.CANCELLED, ReferralStatus.SENT)

Number = int | float | None


@dataclass(frozen=True)
class Row:
    """One row of a figure: what it is about (`key`: a risk level, a worker, a service type,
    a band), its label in words, and its numbers, one per column of the figure."""

    key: str
    label: str
    values: tuple[Number, ...]


@dataclass(frozen=True)
class Figure:
    """A figure's numbers as a table: `label_header` heads the labels, `columns` the numbers.
    `explanation` says what is counted; `empty` is said when there is nothing to count."""

    title: str
    explanation: str
    label_header: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    empty: str

    @property
    def is_empty(self) -> bool:
        return not any(v for row in self.rows for v in row.values)

    def column(self, header: str) -> list[Number]:
        """The numbers of one column, row by row."""
        i = self.columns.index(header)
        return [row.values[i] for row in self.rows]

    def row(self, key: str) -> Row | None:
        return next((r for r in self.rows if r.key == key), None)


@dataclass(frozen=True)
class CasesByRiskAndStatus(Figure):
    """Cases open at some time in the period, by risk level (rows) and status today."""


@dataclass(frozen=True)
class OverdueWork(Figure):
    """Tasks overdue today and tasks done late in the period, per worker."""


@dataclass(frozen=True)
class FirstVisits(Figure):
    """Days from registration to the first visit of the cases opened in the period, per risk
    level, against the target days of that level."""

    @property
    def is_empty(self) -> bool:
        return not any(self.column("Cases"))


@dataclass(frozen=True)
class PlanTurnaround(Figure):
    """Days case plans waited for the supervisor's decision, in bands: decided in the period,
    and still waiting today. `median_days`: of those decided (None: none was)."""

    median_days: float | None = None


@dataclass(frozen=True)
class ReferralOutcomes(Figure):
    """Referrals sent in the period, by service type and where they stand today."""


@dataclass(frozen=True)
class Caseload(Figure):
    """Cases not closed per worker today, against the ceiling a worker should not pass."""

    ceiling: int = DEFAULT_CASELOAD_CEILING

    @property
    def over(self) -> list[str]:
        """The workers carrying more cases than the ceiling."""
        return [r.key for r in self.rows if int(r.values[0] or 0) > self.ceiling]

    def with_ceiling(self, ceiling: int) -> Caseload:
        """The same counts against another ceiling (no need to count again)."""
        return _caseload(((r.key, int(r.values[0] or 0), int(r.values[1] or 0))
                          for r in self.rows), ceiling)


@dataclass(frozen=True)
class Dashboard:
    """Every figure of the Dashboard, for the period from `since` to `until` (inclusive)."""

    period_days: int
    since: date
    until: date
    scope: str  # whose cases, in words
    risk_and_status: CasesByRiskAndStatus
    overdue: OverdueWork
    first_visits: FirstVisits
    plan_turnaround: PlanTurnaround
    referrals: ReferralOutcomes
    caseload: Caseload

    @property
    def figures(self) -> tuple[Figure, ...]:
        return (self.risk_and_status, self.overdue, self.first_visits, self.plan_turnaround,
                self.referrals, self.caseload)

    @property
    def period_text(self) -> str:
        return msg("the last {days} days ({since} to {until})", days=self.period_days,
                   since=self.since.isoformat(), until=self.until.isoformat())

    def with_ceiling(self, ceiling: int) -> Dashboard:
        return replace(self, caseload=self.caseload.with_ceiling(ceiling))


def case_scope(actor: Actor) -> queries.CaseScope:
    """The cases the Dashboard counts: those that reach the user (permissions.in_scope): an
    admin's every case, a supervisor's own and their teams', anyone else's own."""
    teams = actor.teams if actor.role is Role.SUPERVISOR else frozenset()
    return queries.CaseScope(actor.user, teams, everyone=actor.role is Role.ADMIN)


def scope_words(actor: Actor) -> str:
    if actor.role is Role.ADMIN:
        return msg("every case on this device")
    if actor.role is Role.SUPERVISOR and actor.teams:
        names = ", ".join(sorted(actor.teams))
        if len(actor.teams) > 1:
            return msg("the cases of your teams ({names}) and your own", names=names)
        return msg("the cases of your team ({names}) and your own", names=names)
    return msg("your own cases")


def dashboard(cw: Casework, period_days: int, today: date,
              caseload_ceiling: int = DEFAULT_CASELOAD_CEILING) -> Dashboard:
    """Every figure for the `period_days` days up to and including `today`."""
    if period_days < 1:
        raise ValueError("the period must be at least one day")
    if not 1 <= caseload_ceiling <= MAX_CASELOAD_CEILING:
        raise ValueError(f"the caseload ceiling must be from 1 to {MAX_CASELOAD_CEILING}")
    since = today - timedelta(days=period_days - 1)
    scope = case_scope(cw.actor)
    first, last = since.isoformat(), today.isoformat()
    ws = cw.ws
    caseload_rows = queries.caseload_by_worker(ws, scope)
    period = period_figures(cw, since, today)
    return Dashboard(
        period_days, since, today, scope_words(cw.actor),
        _risk_and_status(queries.cases_by_risk_and_status(ws, scope, first, last)),
        _overdue(queries.task_work_by_worker(ws, scope, first, last),
                 [worker for worker, _, _ in caseload_rows]),
        period.first_visits, period.plan_turnaround, period.referrals,
        _caseload(caseload_rows, caseload_ceiling))


@dataclass(frozen=True)
class PeriodFigures:
    """The figures about what happened from one day to another (the Dashboard's period, or
    a month of the indicators, casemgr.app.indicators)."""

    first_visits: FirstVisits
    plan_turnaround: PlanTurnaround
    referrals: ReferralOutcomes


def period_figures(cw: Casework, since: date, until: date) -> PeriodFigures:
    """Time to the first visit of the cases opened from `since` to `until`, the case plans
    decided then (and waiting at its end), the referrals sent then."""
    scope = case_scope(cw.actor)
    first, last = since.isoformat(), until.isoformat()
    return PeriodFigures(
        _first_visits(queries.first_visit_days(cw.ws, scope, first, last),
                      cw.policy.first_visit_days),
        _plan_turnaround(queries.plan_decision_days(cw.ws, scope, first, last)),
        _referrals(queries.referral_outcomes(cw.ws, scope, first, last)))


def _risk_label(risk: str) -> str:
    return msg(choice_label("risk", risk)) if risk else msg("Not assessed")


def _risk_rows(found: Iterable[str]) -> list[str]:
    """The risk levels, critical first, then "not assessed" if any case is."""
    return [r.value for r in _RISKS] + ([UNKNOWN_RISK] if UNKNOWN_RISK in set(found) else [])


def _risk_and_status(counts: list[tuple[str | None, str, int]]) -> CasesByRiskAndStatus:
    by: dict[tuple[str, str], int] = {}
    for risk, status, n in counts:
        key = (risk or UNKNOWN_RISK, status)
        by[key] = by.get(key, 0) + n
    rows = []
    for risk in _risk_rows(r for r, _ in by):
        values = [by.get((risk, s.value), 0) for s in _STATUSES]
        rows.append(Row(risk, _risk_label(risk), (*values, sum(values))))
    return CasesByRiskAndStatus(
        msg("Cases by risk and status"),
        msg("Cases open at any time in the period (opened by its last day, not closed before "
            "its first), by their risk level and status today."),
        msg("Risk"), (*(msg(choice_label("case_status", s.value)) for s in _STATUSES),
                      msg("Total")),
        tuple(rows), msg("No case was open in this period."))


def _overdue(counts: list[tuple[str, int, int]], workers: list[str]) -> OverdueWork:
    by = {worker: (late, done_late) for worker, late, done_late in counts}
    for worker in workers:
        by.setdefault(worker, (0, 0))
    ordered = sorted(by.items(), key=lambda item: (-item[1][0], -item[1][1], item[0]))
    return OverdueWork(
        msg("Overdue work per worker"),
        msg("Overdue now: open tasks whose due date has passed, however long ago (the period "
            "does not hide old ones). Done late: tasks ticked off in the period after their "
            "due date. A task counts for the worker it is assigned to, else the case's "
            "worker; tasks in no case (agreed in supervision) are not counted."),
        msg("Worker"), (msg("Overdue now"), msg("Done late")),
        tuple(Row(w, w, v) for w, v in ordered if any(v) or w in workers),
        msg("No task is overdue, and none was done late in this period."))


def _median(histogram: Mapping[int, int]) -> float | None:
    """The median of values given as value -> how many times."""
    total = sum(histogram.values())
    if not total:
        return None
    ordered = sorted(histogram.items())

    def nth(n: int) -> int:  # the n-th value (0-based) in order
        seen = 0
        for value, count in ordered:
            seen += count
            if n < seen:
                return value
        raise IndexError(n)

    middle = total // 2
    return float(nth(middle)) if total % 2 else (nth(middle - 1) + nth(middle)) / 2


def _first_visits(counts: list[tuple[str | None, int | None, int, int]],
                  targets: Mapping[RiskLevel, int]) -> FirstVisits:
    stats: dict[str, dict[str, int]] = {}
    days_to_visit: dict[str, dict[int, int]] = {}
    for risk, days, open_days, n in counts:
        key = risk or UNKNOWN_RISK
        target = targets[RiskLevel(risk) if risk else UNKNOWN_RISK_AS]
        s = stats.setdefault(key, {"cases": 0, "in_time": 0, "late": 0, "overdue": 0,
                                   "not_due": 0})
        s["cases"] += n
        if days is not None:
            days = max(0, days)  # a visit before the case was opened on paper: day 0
            s["in_time" if days <= target else "late"] += n
            hist = days_to_visit.setdefault(key, {})
            hist[days] = hist.get(days, 0) + n
        else:
            s["overdue" if open_days > target else "not_due"] += n
    rows = []
    for risk in _risk_rows(stats):
        s = stats.get(risk, {})
        target = targets[RiskLevel(risk) if risk else UNKNOWN_RISK_AS]
        rows.append(Row(risk, _risk_label(risk), (
            target, _median(days_to_visit.get(risk, {})), s.get("cases", 0),
            s.get("in_time", 0), s.get("late", 0), s.get("overdue", 0), s.get("not_due", 0))))
    return FirstVisits(
        msg("Time to the first visit"),
        msg("Cases opened in the period, by risk level today: the target and the median days "
            "from opening to the first visit recorded; how many were visited within the "
            "target (In time) or after it (Late), and of those not visited yet, how many are "
            "past the target (Overdue) or still within it (Not due). A case not assessed has "
            "the target of high risk."),
        msg("Risk"), (msg("Target"), msg("Median"), msg("Cases"), msg("In time"), msg("Late"),
                      msg("Overdue"), msg("Not due")),
        tuple(rows), msg("No case was opened in this period."))


def _band(days: int) -> int:
    return next(i for i, (_, lo, hi) in enumerate(TURNAROUND_BANDS)
                if days >= lo and (hi is None or days <= hi))


def _plan_turnaround(counts: list[tuple[str, int, int]]) -> PlanTurnaround:
    columns = (Decision.APPROVED.value, Decision.RETURNED.value, Decision.PENDING.value)
    table = [[0, 0, 0] for _ in TURNAROUND_BANDS]
    decided: dict[int, int] = {}
    for decision, days, n in counts:
        if decision not in columns:
            continue
        table[_band(days)][columns.index(decision)] += n
        if decision != Decision.PENDING.value:
            decided[days] = decided.get(days, 0) + n
    median = _median(decided)
    return PlanTurnaround(
        msg("Case plan approval turnaround"),
        msg("Days from a case plan's request for approval to the supervisor's decision "
            "(calendar days), for the plans decided in the period: approved or sent back; and "
            "the plans still waiting today, by the days they have waited so far.")
        if median is None else
        msg("Days from a case plan's request for approval to the supervisor's decision "
            "(calendar days), for the plans decided in the period: approved or sent back; and "
            "the plans still waiting today, by the days they have waited so far. Median of "
            "those decided: {median} days.", median=number_text(median)),
        msg("Waited"), (msg("Approved"), msg("Sent back"), msg("Still waiting")),
        tuple(Row(label, label, (a, r, w))
              for (label, _, _), (a, r, w) in zip(TURNAROUND_BANDS, table, strict=True)),
        msg("No case plan was decided in this period, and none is waiting."), median)


def _referrals(counts: list[tuple[str, str, int]]) -> ReferralOutcomes:
    by: dict[str, dict[str, int]] = {}
    for service, status, n in counts:
        by.setdefault(service, {})[status] = by.get(service, {}).get(status, 0) + n
    order = {s: i for i, s in enumerate(SERVICE_TYPES)}
    rows = []
    for service in sorted(by, key=lambda s: (-sum(by[s].values()), order.get(s, len(order)))):
        values = [by[service].get(s.value, 0) for s in _OUTCOMES]
        rows.append(Row(service, msg(choice_label("service_type", service)),
                        (*values, sum(by[service].values()))))
    return ReferralOutcomes(
        msg("Referral outcomes by service"),
        msg("Referrals sent in the period, by service type and where each stands today: the "
            "service completed, accepted by the provider (under way), declined, cancelled, or "
            "no answer yet. Drafts not sent are not counted."),
        msg("Service"), (msg("Completed"), msg("Accepted"), msg("Declined"), msg("Cancelled"),
                         msg("No answer"), msg("Sent")),
        tuple(rows), msg("No referral was sent in this period."))


def _caseload(counts: Iterable[tuple[str, int, int]], ceiling: int) -> Caseload:
    ordered = sorted(counts, key=lambda c: (-c[1], c[0]))
    return Caseload(
        msg("Caseload per worker"),
        msg("Cases not closed assigned to each worker today (the period does not apply), and "
            "how many of them are high or critical risk, against the ceiling of {ceiling} "
            "cases per worker.", ceiling=ceiling),
        msg("Worker"), (msg("Cases"), msg("High or critical"), msg("Over the ceiling by")),
        tuple(Row(w, w, (n, high, max(0, n - ceiling))) for w, n, high in ordered),
        msg("No case is open."), ceiling)


def number_text(value: Number) -> str:
    """A number as the tables show it: whole numbers plain, a median to one decimal, "–" for
    none."""
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}".removesuffix(".0")
    return f"{value:,}"


__all__ = [
    "DEFAULT_CASELOAD_CEILING",
    "DEFAULT_PERIOD",
    "MAX_CASELOAD_CEILING",
    "PERIODS",
    "TURNAROUND_BANDS",
    "UNKNOWN_RISK",
    "Caseload",
    "CasesByRiskAndStatus",
    "Dashboard",
    "Figure",
    "FirstVisits",
    "OverdueWork",
    "PeriodFigures",
    "PlanTurnaround",
    "ReferralOutcomes",
    "Row",
    "case_scope",
    "dashboard",
    "number_text",
    "period_figures",
    "scope_words",
]
