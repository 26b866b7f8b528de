"""The Team caseload page, the supervisor's view of their teams' work: each worker's open
cases and what is late in them (high risk, overdue first visits and reviews, no visit in 30
days) above the cases themselves, filtered and sorted as My cases; one or several cases are
given to another worker of the team from here ("Reassign…"), their open tasks with them
(casemgr.app.team)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casemgr.app.casework import Casework
from casemgr.app.changes import Changes
from casemgr.app.team import NO_VISIT_DAYS, TeamCase, TeamCaseload, WorkerLoad
from casemgr.db.store import CaseQuery, CaseSort
from casemgr.domain.records import RecordType, RiskLevel
from casemgr.ui.pages.base import Page, state_label
from casemgr.ui.pages.caselist import (
    STATUS_TEXT,
    CaseFilters,
    due_colour,
    due_text,
    header_sort_order,
    risk_text,
)
from casemgr.ui.widgets import palette
from casemgr.ui.widgets.tables import Column, RowsModel, RowsTable
from casemgr.ui.workers.db import DbWorker

WHOLE_TEAM = "Whole team"
# The workers table shows this many rows before it scrolls; the cases get the rest.
WORKER_ROWS_SHOWN = 7


@dataclass(frozen=True)
class _Loaded:
    caseload: TeamCaseload
    cases: list[TeamCase]


def _count(n: int, word: str, plural: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else plural or word + 's'}"


def _late(n: int) -> QColor | None:
    return palette.error() if n else None


def _overdue_text(c: TeamCase) -> str:
    parts = ([_count(c.overdue_visits, "first visit")] if c.overdue_visits else []) + (
        [_count(c.overdue_reviews, "review")] if c.overdue_reviews else [])
    return ", ".join(parts)


class TeamPage(Page):
    open_case_requested = Signal(str)
    reassign_requested = Signal(list)  # the ids of the cases to give to another worker

    def __init__(self, worker: DbWorker, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self._today = today
        self.user = ""
        self._query = CaseQuery()
        self._unvisited_only = False
        layout = QVBoxLayout(self)
        self.summary = state_label("teamSummary")
        layout.addWidget(self.summary)

        self.workers = RowsModel[WorkerLoad]([
            Column("Caseworker", self._worker_text, bold=lambda w: not w.worker,
                   foreground=lambda w: None if w.in_team else palette.warning(),
                   tooltip=lambda w: "" if w.in_team else
                   f"{w.worker} holds cases of the team but is no longer an active member of "
                   "it: give their cases to someone else."),
            Column("Open cases", lambda w: f"{w.open_cases:,}"),
            Column("High risk", lambda w: f"{w.high_risk:,}",
                   tooltip=lambda _w: "Open cases at high or critical risk"),
            Column("Overdue first visits", lambda w: f"{w.overdue_visits:,}",
                   foreground=lambda w: _late(w.overdue_visits),
                   bold=lambda w: w.overdue_visits > 0),
            Column("Overdue reviews", lambda w: f"{w.overdue_reviews:,}",
                   foreground=lambda w: _late(w.overdue_reviews),
                   bold=lambda w: w.overdue_reviews > 0),
            Column(f"No visit in {NO_VISIT_DAYS} days", lambda w: f"{w.unvisited:,}",
                   foreground=lambda w: palette.warning() if w.unvisited else None,
                   bold=lambda w: w.unvisited > 0,
                   tooltip=lambda _w: f"Open cases whose last visit (or, never visited, "
                   f"whose opening) was more than {NO_VISIT_DAYS} days ago"),
        ], lambda w: w.worker, self)
        self.workers_table = RowsTable(self.workers, "teamWorkers")
        self.workers_table.setAccessibleName("Caseload by worker")
        self.workers_table.setToolTip("Click a worker to see their cases below")
        self.workers_table.fit_columns(stretch=(0,))
        self.workers_table.selectionModel().selectionChanged.connect(self._worker_clicked)
        layout.addWidget(self.workers_table)

        bar = QHBoxLayout()
        self.filters = CaseFilters()
        self.filters.changed.connect(self._filters_changed)
        bar.addWidget(self.filters)
        self.unvisited = QCheckBox(f"No visit in {NO_VISIT_DAYS} days")
        self.unvisited.setObjectName("unvisitedFilter")
        self.unvisited.toggled.connect(self._filters_changed)
        bar.addWidget(self.unvisited)
        bar.addStretch(1)
        self.reassign = QPushButton("Reassign…")
        self.reassign.setObjectName("reassignCases")
        self.reassign.clicked.connect(self._reassign_clicked)
        bar.addWidget(self.reassign)
        self.open_case = QPushButton("Open case")
        self.open_case.setObjectName("openTeamCase")
        self.open_case.clicked.connect(self._open_clicked)
        bar.addWidget(self.open_case)
        layout.addLayout(bar)
        self.count = QLabel()
        self.count.setObjectName("teamCaseCount")
        layout.addWidget(self.count)

        self._case_columns: list[tuple[Column[TeamCase], CaseSort | None]] = [
            (Column("Case", lambda c: c.row.case_number), CaseSort.CASE_NUMBER),
            (Column("Family", lambda c: c.row.family_name), CaseSort.FAMILY),
            (Column("Status", lambda c: STATUS_TEXT.get(c.row.status, c.row.status)),
             CaseSort.STATUS),
            (Column("Risk", lambda c: risk_text(c.row.risk),
                    background=lambda c: palette.risk_background(c.row.risk),
                    bold=lambda c: c.row.risk == RiskLevel.CRITICAL.value), CaseSort.RISK),
            (Column("Caseworker", lambda c: c.row.assigned_to), None),
            (Column("Next due", lambda c: due_text(c.row.next_due, self._today()),
                    foreground=lambda c: due_colour(c.row.next_due, self._today()),
                    bold=lambda c: bool(c.row.next_due)
                    and c.row.next_due < self._today().isoformat()), CaseSort.NEXT_DUE),
            (Column("Overdue", _overdue_text, foreground=lambda c: _late(
                c.overdue_visits + c.overdue_reviews), bold=lambda c: bool(
                c.overdue_visits + c.overdue_reviews)), None),
            (Column("Last visit", self._last_visit_text,
                    foreground=lambda c: palette.warning() if c.unvisited else None,
                    bold=lambda c: c.unvisited), None),
        ]
        self.cases = RowsModel[TeamCase]([c for c, _ in self._case_columns],
                                         lambda c: c.case_id, self)
        self.cases_table = RowsTable(self.cases, "teamCases")
        self.cases_table.setAccessibleName("The team's cases")
        self.cases_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.cases_table.fit_columns(stretch=(1,))
        header = self.cases_table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._header_clicked)
        self.cases_table.doubleClicked.connect(self._open_clicked)
        self.cases_table.installEventFilter(self)
        self.cases_table.selectionModel().selectionChanged.connect(self._selection)
        layout.addWidget(self.cases_table, 1)
        self._set_indicator()
        self._selection()

    # -- what the page shows -------------------------------------------------------------------

    def start(self, user: str) -> None:
        """Unlocked as a supervisor (or an admin): read the caseload when first shown."""
        self.user = user
        self.activate()

    def load(self, cw: Casework) -> _Loaded:
        # The filters chosen last (plain values, read once): a read asked for since then
        # replaces this one's result anyway.
        query, unvisited_only = self._query, self._unvisited_only
        return _Loaded(cw.team_caseload(),
                       cw.team_cases(query, unvisited_only=unvisited_only))

    def affected_by(self, changes: Changes) -> bool:
        return bool(changes.types & {RecordType.CASE, RecordType.TASK, RecordType.VISIT}
                    or changes.deleted_cases)

    def show_loaded(self, data: _Loaded) -> None:
        caseload = data.caseload
        kept = self.cases_table.selected_ids()
        names = [w.worker for w in caseload.workers]
        chosen = self._query.assigned_to
        # A worker chosen who holds nothing now stays chosen (their cases went elsewhere).
        self.filters.set_workers(names + ([chosen] if chosen and chosen not in names else []),
                                 self.user)
        self.workers.set_rows([caseload.total, *caseload.workers])
        self._select_worker_row(self._query.assigned_to)
        self._fit_workers_table()
        self.cases.set_rows(data.cases)
        self.cases_table.select_ids(kept)
        self.summary.setText(self._summary_text(caseload))
        self._selection()

    def clear_view(self) -> None:
        self.workers.clear()
        self.cases.clear()
        self.summary.clear()
        self.count.clear()
        self.filters.reset()
        self.unvisited.blockSignals(True)
        self.unvisited.setChecked(False)
        self.unvisited.blockSignals(False)
        self._query = replace(CaseQuery(), sort=self._query.sort,
                              descending=self._query.descending)
        self._unvisited_only = False
        self._selection()

    def _worker_text(self, w: WorkerLoad) -> str:
        if not w.worker:
            return WHOLE_TEAM
        name = "Me" if w.worker == self.user else w.worker
        return name if w.in_team else f"{name} (no longer in the team)"

    def _last_visit_text(self, c: TeamCase) -> str:
        if c.last_visit is None:
            return "Never"
        days = (self._today() - date.fromisoformat(c.last_visit)).days
        return f"{c.last_visit} ({_count(days, 'day')} ago)" if days > 0 else c.last_visit

    def _summary_text(self, caseload: TeamCaseload) -> str:
        t = caseload.total
        teams = caseload.teams
        who = (f"Team {teams[0]}" if len(teams) == 1 else
               f"Teams {', '.join(teams[:-1])} and {teams[-1]}" if teams else "All teams")
        late = [part for n, part in (
            (t.overdue_visits, _count(t.overdue_visits, "first visit")),
            (t.overdue_reviews, _count(t.overdue_reviews, "review"))) if n]
        text = (f"{who}: {_count(t.open_cases, 'open case')}, "
                f"{t.high_risk:,} at high or critical risk; "
                + (" and ".join(late) + " overdue" if late else "nothing overdue")
                + f"; {_count(t.unvisited, 'case')} without a visit in {NO_VISIT_DAYS} days.")
        if not caseload.from_directory:
            text += (" This workspace has not received the server's list of workers: the "
                     "workers shown are those who hold cases.")
        return text

    def _fit_workers_table(self) -> None:
        """As tall as its rows (up to WORKER_ROWS_SHOWN, then it scrolls)."""
        table = self.workers_table
        rows = min(self.workers.rowCount(), WORKER_ROWS_SHOWN)
        height = table.horizontalHeader().height() + 2 * table.frameWidth() + sum(
            table.rowHeight(r) for r in range(rows))
        table.setFixedHeight(height)

    # -- filters and sort ----------------------------------------------------------------------

    @Slot()
    def _filters_changed(self) -> None:
        self._query = self.filters.applied_to(self._query, self._today())
        self._unvisited_only = self.unvisited.isChecked()
        self._select_worker_row(self._query.assigned_to)
        self.refresh()

    @Slot()
    def _worker_clicked(self) -> None:
        """A worker chosen in the table above shows their cases (the whole team: all)."""
        rows = self.workers_table.selectionModel().selectedRows()
        load = self.workers.row_at(rows[0].row()) if rows else None
        if load is not None and load.worker != (self._query.assigned_to or ""):
            self.filters.choose_worker(load.worker or None)

    def _select_worker_row(self, worker: str | None) -> None:
        table = self.workers_table
        table.selectionModel().blockSignals(True)
        table.clearSelection()
        table.select_id(worker or "")
        table.selectionModel().blockSignals(False)
        table.viewport().update()

    @Slot(int)
    def _header_clicked(self, column: int) -> None:
        key = self._case_columns[column][1]
        if key is not None:
            order = header_sort_order(key, self._query)
            self._query = replace(self._query, sort=key,
                                  descending=order is Qt.SortOrder.DescendingOrder)
            self.refresh()
        self._set_indicator()

    def _set_indicator(self) -> None:
        column = next(i for i, (_, key) in enumerate(self._case_columns)
                      if key is self._query.sort)
        order = (Qt.SortOrder.DescendingOrder if self._query.descending
                 else Qt.SortOrder.AscendingOrder)
        header = self.cases_table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)

    # -- selection and actions -----------------------------------------------------------------

    def selected_case_ids(self) -> list[str]:
        return self.cases_table.selected_ids()

    @Slot()
    def _selection(self) -> None:
        chosen = len(self.selected_case_ids())
        self.reassign.setEnabled(chosen > 0)
        self.reassign.setToolTip(
            f"Give the {_count(chosen, 'selected case')} to another worker of the team"
            if chosen else "Select one or more cases first (Ctrl+click or Shift+click to "
            "select several)")
        self.open_case.setEnabled(chosen == 1)
        shown = self.cases.rowCount()
        self.count.setText((_count(shown, "case") + (f", {chosen:,} selected" if chosen else ""))
                           if self.active else "")

    @Slot()
    def _reassign_clicked(self) -> None:
        chosen = self.selected_case_ids()
        if chosen:
            self.reassign_requested.emit(chosen)

    @Slot()
    def _open_clicked(self) -> None:
        chosen = self.selected_case_ids()
        if len(chosen) == 1:
            self.open_case_requested.emit(chosen[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a case opens it, as in My cases."""
        if watched is self.cases_table and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_clicked()
            return True
        return super().eventFilter(watched, event)


__all__ = ["WHOLE_TEAM", "TeamPage"]
