"""The indicators for evidence on a real encrypted workspace (a supervisor's team seeded
through the use cases), each month's numbers checked against the same numbers counted again
in plain loops over the records; suppression of small cells when de-identified; the files."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from casemgr.app.casework import Casework
from casemgr.app.dashboard import TURNAROUND_BANDS
from casemgr.app.indicators import (
    INDICATORS,
    SUPPRESSED,
    closure_kind,
    export_indicators,
    indicators,
    month_spans,
)
from casemgr.db.errors import WrongPassword
from casemgr.db.workspace import Workspace
from casemgr.domain.permissions import CaseAccess, in_scope
from casemgr.domain.records import RecordType, RiskLevel
from casemgr.domain.schedule import DuePolicy
from tests.support.dashboard import SAM, team_workspace
from tests.support.workspaces import PASSWORD


@pytest.fixture(scope="module")
def team_ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    with team_workspace(tmp_path_factory.mktemp("indicators")) as ws:
        yield ws


def counted_again(ws: Workspace, today: date, months: int) -> dict[tuple[str, str, str, str],
                                                                   float]:
    """Every count the indicators have, from loops over the records of sam's cases."""
    cases = {r.id: r for r in ws.store.records_of_type(RecordType.CASE)
             if in_scope(SAM, CaseAccess.of_case(r.fields))}

    def of_cases(record_type: RecordType) -> list:
        return [r for r in ws.store.records_of_type(record_type) if r.case_id in cases]

    visits, tasks = of_cases(RecordType.VISIT), of_cases(RecordType.TASK)
    approvals, referrals = of_cases(RecordType.APPROVAL), of_cases(RecordType.REFERRAL)
    targets = DuePolicy().first_visit_days
    found: Counter[tuple[str, str, str, str]] = Counter()
    for month, first, last in month_spans(today, months):
        lo, hi = first.isoformat(), last.isoformat()
        for case in cases.values():
            f = case.fields
            closed_on = f.get("closed_on") if f["status"] == "closed" else None
            if f["opened_on"] <= hi and (closed_on is None or closed_on > hi):
                for group in (f["assigned_to"], "all"):
                    found[("caseload", month, group, "open_cases")] += 1
            if closed_on is not None and lo <= closed_on <= hi:
                for group in (closure_kind(f.get("closure_reason", "")), "all"):
                    found[("closure_reasons", month, group, "closed_cases")] += 1
            if lo <= f["opened_on"] <= hi:
                risk = f.get("risk") or "not_assessed"
                target = targets[RiskLevel(f["risk"]) if f.get("risk") else RiskLevel.HIGH]
                found[("first_visit", month, risk, "cases_opened")] += 1
                found[("first_visit", month, "all", "cases_opened")] += 1
                dates = [v.fields["visit_date"] for v in visits
                         if v.case_id == case.id and v.fields["visit_date"] <= hi]
                opened = date.fromisoformat(f["opened_on"])
                if dates:
                    days = max(0, (date.fromisoformat(min(dates)) - opened).days)
                    for group in (risk, "all"):
                        found[("first_visit", month, group,
                               "visited_in_time" if days <= target else "visited_late")] += 1
                else:
                    waited = (last - opened).days
                    for group in (risk, "all"):
                        found[("first_visit", month, group, "not_visited_overdue"
                               if waited > target else "not_visited_not_due")] += 1
        for task in tasks:
            t = task.fields
            if t["status"] == "done" and lo <= t["completed_on"] <= hi:
                late = t["completed_on"] > t["due_date"]
                for group in (t["kind"], "all"):
                    found[("visits_on_time", month, group, "done")] += 1
                    found[("visits_on_time", month, group,
                           "done_late" if late else "done_on_time")] += 1
        for approval in approvals:
            a = approval.fields
            if a["kind"] != "case_plan":
                continue
            if a["decision"] == "pending" and a["requested_at"][:10] <= hi:
                found[("plan_approval", month, "all", "still_waiting")] += 1
            elif a["decision"] != "pending" and lo <= a["decided_at"][:10] <= hi:
                found[("plan_approval", month, "all", "decided")] += 1
                found[("plan_approval", month, "all", "approved" if a["decision"] ==
                       "approved" else "sent_back")] += 1
                days = max(0, (date.fromisoformat(a["decided_at"][:10]) -
                               date.fromisoformat(a["requested_at"][:10])).days)
                band = next(label for label, low, high in TURNAROUND_BANDS
                            if low <= days and (high is None or days <= high))
                found[("plan_approval", month, band, "decided")] += 1
        for referral in referrals:
            r = referral.fields
            if lo <= (r.get("sent_on") or "") <= hi:
                for group in (r["service_type"], "all"):
                    found[("referral_completion", month, group, "sent")] += 1
                    if r["status"] == "completed":
                        found[("referral_completion", month, group, "completed")] += 1
    return dict(found)


def test_the_indicators_match_the_records_counted_again(team_ws):
    cw = Casework(team_ws, actor=SAM)
    data = indicators(cw, months=12, deidentify=False)
    expected = counted_again(team_ws, cw.today(), 12)
    measures = {k for k in expected}
    shown = {(r.indicator, r.month, r.group, r.measure): r.value for r in data.rows
             if (r.indicator, r.month, r.group, r.measure) in measures or
             (isinstance(r.value, int) and r.value and r.measure not in ("target_days",))}
    assert {k: v for k, v in shown.items() if v} == expected
    # so that it cannot pass on zeros: every indicator has numbers in several months
    for name in INDICATORS:
        assert len({k[1] for k in expected if k[0] == name}) >= 2, name
    assert len(data.months) == 12 and data.months[-1] == cw.today().strftime("%Y-%m")
    # the shares, from the counts counted again
    shares = [r for r in data.rows if r.measure.startswith("share_")]
    assert shares
    for r in shares:
        part = "done_on_time" if r.measure == "share_on_time" else "completed"
        whole = "done" if r.measure == "share_on_time" else "sent"
        n = expected.get((r.indicator, r.month, r.group, whole), 0)
        assert r.value == round(expected.get((r.indicator, r.month, r.group, part), 0) / n, 3)


def test_de_identified_cells_under_five_are_suppressed(team_ws):
    cw = Casework(team_ws, actor=SAM)
    plain = indicators(cw, months=12, deidentify=False)
    hidden = indicators(cw, months=12, deidentify=True)
    assert len(plain.rows) == len(hidden.rows)
    suppressed = secondary = 0
    for p, h in zip(plain.rows, hidden.rows, strict=True):
        if p.measure in ("median_days", "share_on_time", "share_completed"):
            assert h.value in (p.value, None)
        elif p.measure != "target_days" and isinstance(p.value, int) and 0 < p.value < 5:
            assert h.value == SUPPRESSED
            suppressed += 1
        elif h.value is None and p.value:  # hidden so the total does not give a small one
            assert p.measure != "target_days" and p.group != "all"
            secondary += 1
        else:
            assert h.value == p.value
    assert suppressed > 0 and secondary > 0
    # No small count can be worked out from a total shown and the other counts shown.
    parts: dict[tuple[str, str, str], list] = {}
    totals = {}
    for h in hidden.rows:
        key = (h.indicator, h.month, h.measure)
        if h.group == "all":
            totals[key] = h.value
        elif h.measure not in ("median_days", "share_on_time", "share_completed",
                               "target_days"):
            parts.setdefault(key, []).append(h.value)
    checked = 0
    for key, values in parts.items():
        if isinstance(totals.get(key), int):
            assert sum(v in (SUPPRESSED, None) for v in values) != 1, key
            checked += 1
    assert checked > 10


def test_the_files_and_the_audit_entry(team_ws, tmp_path):
    cw = Casework(team_ws, actor=SAM)
    with pytest.raises(WrongPassword):
        export_indicators(cw, "csv", "wrong password!", tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()
    data = export_indicators(cw, "csv", PASSWORD, tmp_path / "ind.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "ind.csv").read_text("utf-8-sig"))))
    assert len(rows) == len(data.rows)
    assert {r["indicator"] for r in rows} == set(INDICATORS)
    assert SUPPRESSED in {r["value"] for r in rows}
    export_indicators(cw, "xlsx", PASSWORD, tmp_path / "ind.xlsx", deidentify=False)
    book = load_workbook(tmp_path / "ind.xlsx")
    assert book.sheetnames == list(INDICATORS)
    sheet = book["caseload"]
    assert sheet.freeze_panes == "A2"
    values = [r[3] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert values and all(isinstance(v, int) for v in values)
    entry = [e for e in team_ws.store.audit_entries() if e["action"] == "export"][-1]
    assert entry["detail"]["what"] == "indicators" and entry["detail"]["format"] == "xlsx"
    assert entry["detail"]["deidentified"] is False
    assert "amina" not in json.dumps(entry["detail"])  # no worker or case in it


def test_months_end_today(tmp_path: Path):
    spans = month_spans(date(2026, 3, 10), 3)
    assert spans == [("2026-01", date(2026, 1, 1), date(2026, 1, 31)),
                     ("2026-02", date(2026, 2, 1), date(2026, 2, 28)),
                     ("2026-03", date(2026, 3, 1), date(2026, 3, 10))]


def test_the_pdf_s_de_identified_charts_draw_no_small_count(team_ws):
    """The one-page PDF's charts (the Dashboard's figures over the months) leave out every
    count from 1 to 4; a chart left with nothing to draw says why instead of empty axes."""
    from dataclasses import replace

    from casemgr.app.dashboard import ReferralOutcomes, Row
    from casemgr.app.indicators import suppressed_board

    cw = Casework(team_ws, actor=SAM)
    board = indicators(cw, months=12, deidentify=False, with_board=True).board
    assert board is not None
    small = ReferralOutcomes("Referral outcomes by service", "", "Service",
                             ("Completed", "Accepted", "Declined", "Cancelled", "No answer",
                              "Sent"),
                             (Row("education", "Education", (2, 3, 0, 0, 1, 6)),), "none")
    hidden = suppressed_board(replace(board, referrals=small))
    assert hidden.referrals.is_empty and "under 5" in hidden.referrals.empty
    for plain, shown in zip(board.risk_and_status.rows, hidden.risk_and_status.rows,
                            strict=True):
        for p, h in zip(plain.values, shown.values, strict=True):
            assert h == (None if isinstance(p, int) and 0 < p < 5 else p)
    targets = [r.values[0] for r in hidden.first_visits.rows]
    assert targets == [r.values[0] for r in board.first_visits.rows]  # targets are kept
