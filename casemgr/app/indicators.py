"""Indicators for evidence (issue 12, item 3): per calendar month, over the cases in the
user's scope (the Dashboard's scope), as one tidy table: indicator, month, group, measure,
value. Written as CSV (one file) or XLSX (one sheet per indicator).

- caseload: cases open at the month's end (today for the current month) per worker.
- first_visit: the cases opened in the month per risk level: visited within the target,
  late, not visited past the target, not due yet, and the median days to the first visit
  (the Dashboard's "Time to the first visit", counted for the month).
- visits_on_time: tasks done in the month per kind (first visit, review, follow-up, other):
  done by their due date, after it, and the share done on time.
- plan_approval: case plans decided in the month: approved, sent back, the median days from
  request to decision, per waiting band; and those still waiting at the month's end (the
  Dashboard's "Case plan approval turnaround").
- referral_completion: referrals sent in the month per service type: sent, completed (as
  they stand today), and the share completed (the Dashboard's "Referral outcomes").
- closure_reasons: cases closed in the month, per kind of reason. The reason is free text,
  so it is sorted by words it uses (`CLOSURE_KINDS`) and never written out.

De-identified, a count of 1 to 4 is written "<5", and a median or share computed from fewer
than 5 cases is left empty (SUPPRESS_BELOW). docs/exports.md says the same.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from casemgr.app.exports import AUDIT_ACTION, scope_code, write_to
from casemgr.domain.permissions import Action, require

if TYPE_CHECKING:
    from casemgr.app.casework import Casework

SUPPRESS_BELOW = 5
SUPPRESSED = "<5"
DEFAULT_MONTHS = 12
MAX_MONTHS = 120
INDICATORS = ("caseload", "first_visit", "visits_on_time", "plan_approval",
              "referral_completion", "closure_reasons")
FORMATS = ("csv", "xlsx")
COLUMNS = ("indicator", "month", "group", "measure", "value")
# How a closure reason is sorted: the first kind whose words it uses (lower case), else
# "other". A stopgap until a case records the kind of its closure as a choice.
CLOSURE_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("goals_met", ("goal", "achieved", "stable")),
    ("moved_or_transferred", ("moved", "transferred", "relocat")),
    ("no_new_concerns", ("no new concern", "no concern", "services are in place")),
    ("family_withdrew", ("no longer wish", "withdr", "refused", "declined")),
)

Value = int | float | str | None


@dataclass(frozen=True)
class IndicatorRow:
    indicator: str
    month: str  # YYYY-MM
    group: str
    measure: str
    value: Value


@dataclass(frozen=True)
class Indicators:
    rows: tuple[IndicatorRow, ...]
    deidentified: bool
    scope: str
    months: tuple[str, ...]

    def value(self, indicator: str, month: str, group: str, measure: str) -> Value:
        return next((r.value for r in self.rows if (r.indicator, r.month, r.group, r.measure)
                     == (indicator, month, group, measure)), None)


def month_spans(today: date, count: int) -> list[tuple[str, date, date]]:
    """The last `count` calendar months up to today's: (YYYY-MM, first day, last day or
    today), oldest first."""
    if not 1 <= count <= MAX_MONTHS:
        raise ValueError(f"the months are from 1 to {MAX_MONTHS}")
    spans = []
    first = today.replace(day=1)
    for _ in range(count):
        following = (first + timedelta(days=32)).replace(day=1)
        spans.append((first.strftime("%Y-%m"), first, min(following - timedelta(days=1),
                                                          today)))
        first = (first - timedelta(days=1)).replace(day=1)
    return spans[::-1]


def closure_kind(reason: str) -> str:
    text = reason.lower()
    return next((kind for kind, words in CLOSURE_KINDS if any(w in text for w in words)),
                "other")


def indicators(cw: Casework, *, months: int = DEFAULT_MONTHS, deidentify: bool = True
               ) -> Indicators:
    """Every indicator for each of the last `months` months (the current one so far)."""
    from casemgr.app import dashboard as dash  # the database layer, only when counting
    from casemgr.db import queries

    scope = dash.case_scope(cw.actor)
    rows: list[IndicatorRow] = []
    spans = month_spans(cw.today(), months)
    for label, first, last in spans:
        since, until = first.isoformat(), last.isoformat()

        def add(indicator: str, group: str, measure: str, value: Value, *,
                base: int | None = None, count: bool = True, label: str = label) -> None:
            shown = _shown(value, base, deidentify) if count or base is not None else value
            rows.append(IndicatorRow(indicator, label, group, measure, shown))

        for worker, n in sorted(queries.caseload_on(cw.ws, scope, until)):
            add("caseload", worker, "open_cases", n)
        period = dash.period_figures(cw, first, last)
        for row in period.first_visits.rows:
            target, median, cases, in_time, late, overdue, not_due = row.values
            if not cases:
                continue
            group = row.key or "not_assessed"
            add("first_visit", group, "cases_opened", cases)
            add("first_visit", group, "visited_in_time", in_time)
            add("first_visit", group, "visited_late", late)
            add("first_visit", group, "not_visited_overdue", overdue)
            add("first_visit", group, "not_visited_not_due", not_due)
            add("first_visit", group, "target_days", target, count=False)
            add("first_visit", group, "median_days", median,
                base=int(in_time or 0) + int(late or 0))
        timeliness = queries.task_timeliness(cw.ws, scope, since, until)
        for kind, on_time, late_done in sorted(timeliness):
            _shares(add, "visits_on_time", kind, on_time, late_done)
        if timeliness:
            _shares(add, "visits_on_time", "all", sum(t[1] for t in timeliness),
                    sum(t[2] for t in timeliness))
        plans = period.plan_turnaround
        approved = sum(int(r.values[0] or 0) for r in plans.rows)
        returned = sum(int(r.values[1] or 0) for r in plans.rows)
        waiting = sum(int(r.values[2] or 0) for r in plans.rows)
        if approved or returned or waiting:
            add("plan_approval", "all", "decided", approved + returned)
            add("plan_approval", "all", "approved", approved)
            add("plan_approval", "all", "sent_back", returned)
            add("plan_approval", "all", "still_waiting", waiting)
            add("plan_approval", "all", "median_days", plans.median_days,
                base=approved + returned)
            for r in plans.rows:
                if r.values[0] or r.values[1]:
                    add("plan_approval", r.key, "decided",
                        int(r.values[0] or 0) + int(r.values[1] or 0))
        for r in period.referrals.rows:
            sent = int(r.values[-1] or 0)
            completed = int(r.values[0] or 0)
            add("referral_completion", r.key, "sent", sent)
            add("referral_completion", r.key, "completed", completed)
            add("referral_completion", r.key, "share_completed",
                round(completed / sent, 3) if sent else None, base=sent)
        kinds: dict[str, int] = {}
        for reason in queries.closure_reasons(cw.ws, scope, since, until):
            kinds[closure_kind(reason)] = kinds.get(closure_kind(reason), 0) + 1
        for kind, n in sorted(kinds.items()):
            add("closure_reasons", kind, "closed_cases", n)
    return Indicators(tuple(rows), deidentify, scope_code(cw, None),
                      tuple(label for label, _, _ in spans))


def _shares(add: Any, indicator: str, group: str, on_time: int, late: int) -> None:
    done = on_time + late
    add(indicator, group, "done", done)
    add(indicator, group, "done_on_time", on_time)
    add(indicator, group, "done_late", late)
    add(indicator, group, "share_on_time", round(on_time / done, 3) if done else None,
        base=done)


def _shown(value: Value, base: int | None, deidentify: bool) -> Value:
    """A value as the file has it: de-identified, a count of 1 to 4 becomes "<5", and a
    median or share of fewer than 5 cases is left out (None)."""
    if not deidentify:
        return value
    if base is not None:
        return value if base >= SUPPRESS_BELOW else None
    if isinstance(value, int) and 0 < value < SUPPRESS_BELOW:
        return SUPPRESSED
    return value


# -- writing --------------------------------------------------------------------------------

def write_csv(data: Indicators, target: Path | IO[str]) -> None:
    """One CSV: indicator, month, group, measure, value."""
    def rows(stream: IO[str]) -> None:
        out = csv.writer(stream, lineterminator="\r\n")
        out.writerow(COLUMNS)
        for r in data.rows:
            out.writerow([r.indicator, r.month, r.group, r.measure,
                          "" if r.value is None else r.value])

    if isinstance(target, Path):
        with target.open("w", encoding="utf-8-sig", newline="") as f:
            rows(f)
    else:
        rows(target)


def write_xlsx(data: Indicators, target: Path | IO[bytes]) -> None:
    """One sheet per indicator (month, group, measure, value), numbers as numbers, the
    header frozen."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    for name in INDICATORS:
        sheet = book.create_sheet(name)
        sheet.freeze_panes = "A2"
        header = []
        for title in COLUMNS[1:]:
            cell = WriteOnlyCell(sheet, value=title)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for r in data.rows:
            if r.indicator == name:
                sheet.append([r.month, r.group, r.measure, r.value])
    book.save(target)


WRITERS = {"csv": write_csv, "xlsx": write_xlsx}


def export_indicators(cw: Casework, fmt: str, password: str, target: Path | IO[Any], *,
                      deidentify: bool = True, months: int = DEFAULT_MONTHS) -> Indicators:
    """Check the right and the password, count, record it in the audit chain, write."""
    if fmt not in WRITERS:
        raise ValueError(f"No indicators format {fmt}; use one of {', '.join(WRITERS)}.")
    require(cw.actor, Action.EXPORT)
    cw.ws.verify_password(password)
    data = indicators(cw, months=months, deidentify=deidentify)
    cw.store.audit_only(AUDIT_ACTION, actor=cw.actor.user, detail={
        "what": "indicators", "format": fmt, "scope": data.scope, "deidentified": deidentify,
        "months": len(data.months), "rows": {"indicators": len(data.rows)}})
    write_to(WRITERS[fmt], data, target)
    return data


__all__ = [
    "CLOSURE_KINDS", "DEFAULT_MONTHS", "FORMATS", "INDICATORS", "SUPPRESSED", "SUPPRESS_BELOW",
    "IndicatorRow", "Indicators", "closure_kind", "export_indicators", "indicators",
    "month_spans", "write_csv", "write_xlsx",
]
