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

Each count also has its total over the groups (group "all"). De-identified, a count of 1 to 4
is written "<5", a median or share computed from fewer than 5 cases is left empty
(SUPPRESS_BELOW), and where a total would give away the one small count beside it, the
smallest other count is left empty too. docs/exports.md says the same.

Written as CSV, XLSX, or a one-page PDF with the Dashboard's charts over the same months
(casemgr.ui.reports: it needs Qt).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from casemgr.app.exports import AUDIT_ACTION, scope_code, write_to
from casemgr.domain.permissions import Action, require
from casemgr.domain.text import msg

if TYPE_CHECKING:
    from casemgr.app.casework import Casework
    from casemgr.app.dashboard import Dashboard

SUPPRESS_BELOW = 5
SUPPRESSED = "<5"
DEFAULT_MONTHS = 12
MAX_MONTHS = 120
INDICATORS = ("caseload", "first_visit", "visits_on_time", "plan_approval",
              "referral_completion", "closure_reasons")
FORMATS = ("csv", "xlsx", "pdf")
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
    board: Dashboard | None = None  # the Dashboard over the months (the PDF's charts)
    counted_at: str = ""  # local time, "2026-12-05 14:03"

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


def indicators(cw: Casework, *, months: int = DEFAULT_MONTHS, deidentify: bool = True,
               with_board: bool = False) -> Indicators:
    """Every indicator for each of the last `months` months (the current one so far), with
    each count's total over its groups (group "all"). `with_board`: also the Dashboard's
    figures over the same months (the one-page PDF draws them)."""
    from casemgr.app import dashboard as dash  # the database layer, only when counting
    from casemgr.db import queries

    scope = dash.case_scope(cw.actor)
    raw: list[_Raw] = []
    spans = month_spans(cw.today(), months)
    for label, first, last in spans:
        since, until = first.isoformat(), last.isoformat()

        def add(indicator: str, group: str, measure: str, value: Value, *,
                base: int | None = None, count: bool = True, label: str = label) -> None:
            raw.append(_Raw(IndicatorRow(indicator, label, group, measure, value), base,
                            count))

        caseload = sorted(queries.caseload_on(cw.ws, scope, until))
        for worker, n in caseload:
            add("caseload", worker, "open_cases", n)
        if caseload:
            add("caseload", "all", "open_cases", sum(n for _, n in caseload))
        period = dash.period_figures(cw, first, last)
        opened: dict[str, int] = {}
        for row in period.first_visits.rows:
            target, median, cases, in_time, late, overdue, not_due = row.values
            if not cases:
                continue
            group = row.key or "not_assessed"
            counts: tuple[tuple[str, Value], ...] = (
                ("cases_opened", cases), ("visited_in_time", in_time), ("visited_late", late),
                ("not_visited_overdue", overdue), ("not_visited_not_due", not_due))
            for measure, count in counts:
                add("first_visit", group, measure, count)
                opened[measure] = opened.get(measure, 0) + int(count or 0)
            add("first_visit", group, "target_days", target, count=False)
            add("first_visit", group, "median_days", median,
                base=int(in_time or 0) + int(late or 0))
        for measure, n in opened.items():
            add("first_visit", "all", measure, n)
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
        sent_all = completed_all = 0
        for r in period.referrals.rows:
            sent = int(r.values[-1] or 0)
            completed = int(r.values[0] or 0)
            _completion(add, r.key, sent, completed)
            sent_all, completed_all = sent_all + sent, completed_all + completed
        if period.referrals.rows:
            _completion(add, "all", sent_all, completed_all)
        kinds: dict[str, int] = {}
        for reason in queries.closure_reasons(cw.ws, scope, since, until):
            kinds[closure_kind(reason)] = kinds.get(closure_kind(reason), 0) + 1
        for kind, n in sorted(kinds.items()):
            add("closure_reasons", kind, "closed_cases", n)
        if kinds:
            add("closure_reasons", "all", "closed_cases", sum(kinds.values()))
    board = None
    if with_board:
        board = dash.dashboard(cw, (cw.today() - spans[0][1]).days + 1, cw.today())
        if deidentify:
            board = suppressed_board(board)
    counted_at = datetime.fromtimestamp(cw.ws.clock.now_ms() / 1000).astimezone()
    return Indicators(_suppressed(raw, deidentify), deidentify, scope_code(cw, None),
                      tuple(label for label, _, _ in spans), board,
                      counted_at.strftime("%Y-%m-%d %H:%M"))


@dataclass(frozen=True)
class _Raw:
    row: IndicatorRow
    base: int | None  # a median's or share's number of cases
    count: bool  # a count of cases or tasks (False: a target in days)


def _shares(add: Any, indicator: str, group: str, on_time: int, late: int) -> None:
    done = on_time + late
    add(indicator, group, "done", done)
    add(indicator, group, "done_on_time", on_time)
    add(indicator, group, "done_late", late)
    add(indicator, group, "share_on_time", round(on_time / done, 3) if done else None,
        base=done)


def _completion(add: Any, group: str, sent: int, completed: int) -> None:
    add("referral_completion", group, "sent", sent)
    add("referral_completion", group, "completed", completed)
    add("referral_completion", group, "share_completed",
        round(completed / sent, 3) if sent else None, base=sent)


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


def _suppressed(raw: list[_Raw], deidentify: bool) -> tuple[IndicatorRow, ...]:
    """The rows as written. De-identified, small counts are "<5" (`_shown`), and where a
    total is shown beside exactly one small count, the smallest other count of the same
    total is left empty too (secondary suppression): otherwise the small count would be the
    total minus the others."""
    rows = [replace(r.row, value=_shown(r.row.value, r.base, deidentify)
                    if r.count or r.base is not None else r.row.value) for r in raw]
    if not deidentify:
        return tuple(rows)
    totals: dict[tuple[str, str, str], list[int]] = {}
    for i, r in enumerate(raw):
        if r.count and r.base is None and isinstance(r.row.value, int):
            totals.setdefault((r.row.indicator, r.row.month, r.row.measure), []).append(i)
    for members in totals.values():
        total = [i for i in members if raw[i].row.group == "all"]
        parts = [i for i in members if raw[i].row.group != "all"]
        if not total or rows[total[0]].value == SUPPRESSED:
            continue
        small = [i for i in parts if rows[i].value == SUPPRESSED]
        others = [i for i in parts if rows[i].value != SUPPRESSED and raw[i].row.value]
        if len(small) == 1 and others:
            hide = min(others, key=lambda i: (raw[i].row.value, raw[i].row.group))
            rows[hide] = replace(rows[hide], value=None)
    return tuple(rows)


# Columns a chart does not draw as bars of their own: targets, medians, a row's total.
_NOT_DRAWN = frozenset({"Target", "Median", "Total", "Sent"})


def suppressed_board(board: Dashboard) -> Dashboard:
    """The Dashboard's figures de-identified as the indicators are: every count of 1 to 4
    left out (drawn as nothing), and a median of fewer than 5 cases too; targets stay."""
    def hidden(figure: Any, row: Any) -> tuple[Any, ...]:
        values = []
        for header, v in zip(figure.columns, row.values, strict=True):
            if header == "Target":
                values.append(v)
            elif header == "Median":
                base = sum(int(row.values[figure.columns.index(h)] or 0)
                           for h in ("In time", "Late"))
                values.append(v if base >= SUPPRESS_BELOW else None)
            else:
                values.append(None if isinstance(v, int) and 0 < v < SUPPRESS_BELOW else v)
        return tuple(values)

    def hide(figure: Any) -> Any:
        rows = tuple(replace(r, values=hidden(figure, r)) for r in figure.rows)
        drawn = [v for r in rows for h, v in zip(figure.columns, r.values, strict=True)
                 if h not in _NOT_DRAWN and v]
        if drawn or not figure.rows:
            return replace(figure, rows=rows)
        # nothing left to draw: say why instead of an empty chart
        return replace(figure, rows=tuple(replace(r, values=tuple(None for _ in r.values))
                                          for r in rows),
                       empty=msg("All counts under 5: not shown."))

    return replace(board, **{name: hide(getattr(board, name)) for name in (
        "risk_and_status", "overdue", "first_visits", "plan_turnaround", "referrals",
        "caseload")})


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


WRITERS = {"csv": write_csv, "xlsx": write_xlsx}  # "pdf" needs Qt: casemgr.ui.reports


def prepare_indicators(cw: Casework, fmt: str, password: str, *, deidentify: bool = True,
                       months: int = DEFAULT_MONTHS) -> Indicators:
    """Check the right and the password, count (with the Dashboard's figures for a PDF) and
    record the export in the audit chain; the caller writes the file."""
    if fmt not in FORMATS:
        raise ValueError(f"No indicators format {fmt}; use one of {', '.join(FORMATS)}.")
    require(cw.actor, Action.EXPORT)
    cw.ws.verify_password(password)
    data = indicators(cw, months=months, deidentify=deidentify, with_board=fmt == "pdf")
    cw.store.audit_only(AUDIT_ACTION, actor=cw.actor.user, detail={
        "what": "indicators", "format": fmt, "scope": data.scope, "deidentified": deidentify,
        "months": len(data.months), "rows": {"indicators": len(data.rows)}})
    return data


def export_indicators(cw: Casework, fmt: str, password: str, target: Path | IO[Any], *,
                      deidentify: bool = True, months: int = DEFAULT_MONTHS) -> Indicators:
    """`prepare_indicators`, then write the CSV or XLSX file (or stream)."""
    if fmt not in WRITERS:
        raise ValueError(f"No indicators format {fmt}; use one of {', '.join(WRITERS)}.")
    data = prepare_indicators(cw, fmt, password, deidentify=deidentify, months=months)
    write_to(WRITERS[fmt], data, target)
    return data


__all__ = [
    "CLOSURE_KINDS", "DEFAULT_MONTHS", "FORMATS", "INDICATORS", "SUPPRESSED", "SUPPRESS_BELOW",
    "IndicatorRow", "Indicators", "closure_kind", "export_indicators", "indicators",
    "month_spans", "prepare_indicators", "suppressed_board", "write_csv", "write_xlsx",
]
