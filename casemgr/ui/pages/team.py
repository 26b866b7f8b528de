"""The Team caseload page, the supervisor's view of their teams' work: each worker's open
cases and what is late in them (high risk, overdue first visits and reviews, no visit in 30
days) above the cases themselves, filtered and sorted as My cases (its model, fetching rows
as they are shown: a team may hold tens of thousands of cases); one or several cases are given
to another worker of the team from here ("Reassign…"), their open tasks with them
(casemgr.app.team)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casemgr.app.casework import Casework
from casemgr.app.changes import Changes
from casemgr.app.team import NO_VISIT_DAYS, TeamCase, TeamCaseload, WorkerLoad, no_visit_since
from casemgr.db.store import CaseQuery
from casemgr.domain.records import RecordType
from casemgr.ui.i18n import N_, local_date, num, plural, tr
from casemgr.ui.pages.base import Page, state_label
from casemgr.ui.pages.caselist import (
    COLUMNS,
    STATUS_TEXT,
    CaseColumn,
    CaseFilters,
    CaseListModel,
    CaseTable,
    header_sort_order,
    risk_text,
)
from casemgr.ui.widgets import palette
from casemgr.ui.widgets.tables import Column, RowsModel, RowsTable
from casemgr.ui.workers.db import DbWorker

WHOLE_TEAM = N_("Whole team")
# The workers table shows this many rows before it scrolls; the cases get the rest.
WORKER_ROWS_SHOWN = 7


def _visits(n: int) -> str:
    return plural(n, tr("%Ln first visit", "", n), tr("%Ln first visits", "", n))


def _reviews(n: int) -> str:
    return plural(n, tr("%Ln review", "", n), tr("%Ln reviews", "", n))


def _late(n: int) -> QColor | None:
    return palette.error() if n else None


def _of_case(column: CaseColumn) -> CaseColumn:
    """A column of My cases, shown for a team case (its list row)."""
    fg, bg, bold = column.foreground, column.background, column.bold
    return CaseColumn(
        column.header, column.sort, lambda c, t: column.text(c.row, t),
        foreground=None if fg is None else (lambda c, t: fg(c.row, t)),
        background=None if bg is None else (lambda c, t: bg(c.row, t)),
        bold=None if bold is None else (lambda c, t: bold(c.row, t)))


def _overdue_text(c: TeamCase, _today: date) -> str:
    parts = ([_visits(c.overdue_visits)] if c.overdue_visits else []) + (
        [_reviews(c.overdue_reviews)] if c.overdue_reviews else [])
    return ", ".join(parts)


def _last_visit_text(c: TeamCase, today: date) -> str:
    if c.last_visit is None:
        return tr("Never")
    days = (today - date.fromisoformat(c.last_visit)).days
    if days <= 0:
        return local_date(c.last_visit)
    return plural(days, tr("{date} (%Ln day ago)", "", days),
                  tr("{date} (%Ln days ago)", "", days)).format(date=local_date(c.last_visit))


_MY_CASES = {c.header: c for c in COLUMNS}
TEAM_COLUMNS: tuple[CaseColumn, ...] = (
    *(_of_case(_MY_CASES[h]) for h in ("Case", "Family", "Status", "Risk", "Caseworker",
                                       "Next due")),
    CaseColumn(N_("Overdue"), None, _overdue_text,
               foreground=lambda c, _t: _late(c.overdue_visits + c.overdue_reviews),
               bold=lambda c, _t: bool(c.overdue_visits + c.overdue_reviews)),
    CaseColumn(N_("Last visit"), None, _last_visit_text,
               foreground=lambda c, _t: palette.warning() if c.unvisited else None,
               bold=lambda c, _t: c.unvisited),
)
FAMILY_COLUMN = 1
# The longest text of each column but Family (which takes the room left), to size it.
_WIDEST = ("WWWW-00000", "", max(STATUS_TEXT.values(), key=len), risk_text(None), "Caseworker",
           "Overdue since 2026-12-31", "1 first visit, 1 review", "2026-12-31 (365 days ago)")


def _team_rows(cw: Casework, case_ids: list[str]) -> dict[str, TeamCase]:
    return cw.team_case_rows(case_ids)


class TeamPage(Page):
    open_case_requested = Signal(str)
    reassign_requested = Signal(list)  # the ids of the cases to give to another worker

    def __init__(self, worker: DbWorker, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self._today = today
        self.user = ""
        layout = QVBoxLayout(self)
        self.summary = state_label("teamSummary")
        layout.addWidget(self.summary)

        self.workers = RowsModel[WorkerLoad]([
            Column(tr("Caseworker"), self._worker_text, bold=lambda w: not w.worker,
                   foreground=lambda w: None if w.in_team else palette.warning(),
                   tooltip=lambda w: "" if w.in_team else
                   tr("{worker} holds cases of the team but is no longer an active member of "
                      "it: give their cases to someone else.").format(worker=w.worker)),
            Column(tr("Open cases"), lambda w: num(w.open_cases)),
            Column(tr("High risk"), lambda w: num(w.high_risk),
                   tooltip=lambda _w: tr("Open cases at high or critical risk")),
            Column(tr("Overdue first visits"), lambda w: num(w.overdue_visits),
                   foreground=lambda w: _late(w.overdue_visits),
                   bold=lambda w: w.overdue_visits > 0),
            Column(tr("Overdue reviews"), lambda w: num(w.overdue_reviews),
                   foreground=lambda w: _late(w.overdue_reviews),
                   bold=lambda w: w.overdue_reviews > 0),
            Column(tr("No visit in %Ln days", "", NO_VISIT_DAYS), lambda w: num(w.unvisited),
                   foreground=lambda w: palette.warning() if w.unvisited else None,
                   bold=lambda w: w.unvisited > 0,
                   tooltip=lambda _w: tr("Open cases whose last visit (or, never visited, "
                                         "whose opening) was more than %Ln days ago", "",
                                         NO_VISIT_DAYS)),
        ], lambda w: w.worker, self)
        self.workers_table = RowsTable(self.workers, "teamWorkers")
        self.workers_table.setAccessibleName(tr("Caseload by worker"))
        self.workers_table.setToolTip(tr("Click a worker to see their cases below"))
        self.workers_table.fit_columns(stretch=(0,))
        self.workers_table.selectionModel().selectionChanged.connect(self._worker_clicked)
        layout.addWidget(self.workers_table)

        bar = QHBoxLayout()
        self.filters = CaseFilters()
        self.filters.changed.connect(self._filters_changed)
        bar.addWidget(self.filters)
        self.unvisited = QCheckBox(tr("No visit in {NO_VISIT_DAYS} days").format(
                                       NO_VISIT_DAYS=NO_VISIT_DAYS))
        self.unvisited.setObjectName("unvisitedFilter")
        self.unvisited.toggled.connect(self._filters_changed)
        bar.addWidget(self.unvisited)
        bar.addStretch(1)
        self.reassign = QPushButton(tr("Reassign…"))
        self.reassign.setObjectName("reassignCases")
        self.reassign.clicked.connect(self._reassign_clicked)
        bar.addWidget(self.reassign)
        self.open_case = QPushButton(tr("Open case"))
        self.open_case.setObjectName("openTeamCase")
        self.open_case.clicked.connect(self._open_clicked)
        bar.addWidget(self.open_case)
        layout.addLayout(bar)
        self.count = QLabel()
        self.count.setObjectName("teamCaseCount")
        layout.addWidget(self.count)

        self.cases = CaseListModel(worker, today, columns=TEAM_COLUMNS, fetch=_team_rows,
                                   parent=self)
        self.cases_table = CaseTable()
        self.cases_table.setObjectName("teamCases")
        self.cases_table.setAccessibleName(tr("The team's cases"))
        self.cases_table.setModel(self.cases)
        self.cases_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.cases_table.setAlternatingRowColors(True)
        self.cases_table.setWordWrap(False)
        self.cases_table.verticalHeader().hide()
        self.cases_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.cases_table.verticalHeader().setDefaultSectionSize(
            self.cases_table.fontMetrics().height() + 8)
        header = self.cases_table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._header_clicked)
        self._fit_case_columns()
        self.cases_table.open_requested.connect(self.open_case_requested)
        self.cases_table.selectionModel().selectionChanged.connect(self._selection)
        self.cases.loaded.connect(self._cases_loaded)
        layout.addWidget(self.cases_table, 1)
        self._kept: list[str] = []  # the cases selected when the list was read again
        self._set_indicator()
        self._selection()

    # -- what the page shows -------------------------------------------------------------------

    def start(self, user: str) -> None:
        """Unlocked as a supervisor (or an admin): read the caseload when first shown."""
        self.user = user
        self.activate()

    def refresh(self) -> None:
        """Read the caseload and the list again (the cases selected stay selected)."""
        super().refresh()
        if not self.active:
            return
        self._kept = self.selected_case_ids()
        if self.cases.active:
            self.cases.reload()
        else:
            self.cases.activate()

    def load(self, cw: Casework) -> TeamCaseload:
        return cw.team_caseload()

    def affected_by(self, changes: Changes) -> bool:
        return bool(changes.types & {RecordType.CASE, RecordType.TASK, RecordType.VISIT}
                    or changes.deleted_cases)

    def show_loaded(self, caseload: TeamCaseload) -> None:
        names = [w.worker for w in caseload.workers]
        chosen = self.cases.query.assigned_to
        # A worker chosen who holds nothing now stays chosen (their cases went elsewhere).
        self.filters.set_workers(names + ([chosen] if chosen and chosen not in names else []),
                                 self.user)
        self.workers.set_rows([caseload.total, *caseload.workers])
        self._select_worker_row(chosen)
        self._fit_workers_table()
        self.summary.setText(self._summary_text(caseload))

    def clear_view(self) -> None:
        self.workers.clear()
        self.cases.clear()
        self.summary.clear()
        self.count.clear()
        self.filters.reset()
        self.unvisited.blockSignals(True)
        self.unvisited.setChecked(False)
        self.unvisited.blockSignals(False)
        self.cases.query = replace(CaseQuery(), sort=self.cases.query.sort,
                                   descending=self.cases.query.descending)
        self._kept = []
        self._selection()

    def _worker_text(self, w: WorkerLoad) -> str:
        if not w.worker:
            return tr(WHOLE_TEAM)
        name = tr("Me") if w.worker == self.user else w.worker
        return name if w.in_team else tr("{name} (no longer in the team)").format(name=name)

    def _summary_text(self, caseload: TeamCaseload) -> str:
        t = caseload.total
        teams = caseload.teams
        who = (tr("Team {team}").format(team=teams[0]) if len(teams) == 1 else
               tr("Teams {teams} and {last}").format(teams=", ".join(teams[:-1]),
                                                     last=teams[-1])
               if teams else tr("All teams"))
        late = [part for n, part in (
            (t.overdue_visits, _visits(t.overdue_visits)),
            (t.overdue_reviews, _reviews(t.overdue_reviews))) if n]
        n = t.open_cases
        text = (tr("{who}: {open}, {high} at high or critical risk; {late}; {unvisited}.").format(
            who=who, open=plural(n, tr("%Ln open case", "", n), tr("%Ln open cases", "", n)),
            high=num(t.high_risk),
            late=(tr("{items} overdue").format(items=tr(" and ").join(late)) if late
                  else tr("nothing overdue")),
            unvisited=plural(t.unvisited,
                             tr("%Ln case without a visit in {days} days", "", t.unvisited),
                             tr("%Ln cases without a visit in {days} days", "", t.unvisited))
            .format(days=num(NO_VISIT_DAYS))))
        if not caseload.from_directory:
            text += tr(" This workspace has not received the server's list of workers: the "
                       "workers shown are those who hold cases.")
        return text

    def _fit_workers_table(self) -> None:
        """As tall as its rows (up to WORKER_ROWS_SHOWN, then it scrolls)."""
        table = self.workers_table
        rows = min(self.workers.rowCount(), WORKER_ROWS_SHOWN)
        height = table.horizontalHeader().height() + 2 * table.frameWidth() + sum(
            table.rowHeight(r) for r in range(rows))
        table.setFixedHeight(height)

    def _fit_case_columns(self) -> None:
        """Each column as wide as its longest text (rows arrive as they are shown, so their
        widths are known beforehand); Family takes the room left."""
        header = self.cases_table.horizontalHeader()
        metrics = self.cases_table.fontMetrics()
        bold = self.cases_table.font()
        bold.setBold(True)
        wide = QFontMetrics(bold)  # an overdue date or a critical risk is bold
        for column, text in enumerate(_WIDEST):
            if column == FAMILY_COLUMN:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            title = tr(TEAM_COLUMNS[column].header)
            header.resizeSection(column, max(wide.horizontalAdvance(text),
                                             metrics.horizontalAdvance(title) + 24) + 16)

    # -- filters and sort ----------------------------------------------------------------------

    @Slot()
    def _filters_changed(self) -> None:
        query = self.filters.applied_to(self.cases.query, self._today())
        since = no_visit_since(self._today()) if self.unvisited.isChecked() else None
        self.cases.set_query(replace(query, no_visit_since=since))
        self._select_worker_row(query.assigned_to)

    @Slot()
    def _worker_clicked(self) -> None:
        """A worker chosen in the table above shows their cases (the whole team: all)."""
        rows = self.workers_table.selectionModel().selectedRows()
        load = self.workers.row_at(rows[0].row()) if rows else None
        if load is not None and load.worker != (self.cases.query.assigned_to or ""):
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
        key = TEAM_COLUMNS[column].sort
        if key is not None:
            self.cases.sort(column, header_sort_order(key, self.cases.query))
        self._set_indicator()

    def _set_indicator(self) -> None:
        order = (Qt.SortOrder.DescendingOrder if self.cases.query.descending
                 else Qt.SortOrder.AscendingOrder)
        header = self.cases_table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.cases.sort_column(), order)
        header.blockSignals(False)

    # -- selection and actions -----------------------------------------------------------------

    def selected_case_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.cases_table.selectionModel().selectedRows())
        return [c for c in map(self.cases.case_id_at, rows) if c is not None]

    @Slot(int)
    def _cases_loaded(self, _total: int) -> None:
        """The list was read again: the cases selected before stay selected."""
        selection = self.cases_table.selectionModel()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        for case_id in self._kept:
            row = self.cases.row_of(case_id)
            if row is not None:
                selection.select(self.cases.index(row, 0), flags)
        self._kept = []
        self._selection()

    @Slot()
    def _selection(self) -> None:
        chosen = len(self.cases_table.selectionModel().selectedRows())
        self.reassign.setEnabled(chosen > 0)
        self.reassign.setToolTip(
            plural(chosen, tr("Give the %Ln selected case to another worker of the team", "",
                              chosen),
                   tr("Give the %Ln selected cases to another worker of the team", "", chosen))
            if chosen else tr("Select one or more cases first (Ctrl+click or Shift+click to "
                              "select several)"))
        self.open_case.setEnabled(chosen == 1)
        shown = self.cases.rowCount()
        self.count.setText((plural(shown, tr("%Ln case", "", shown), tr("%Ln cases", "", shown))
                            + (tr(", {count} selected").format(count=num(chosen))
                               if chosen else ""))
                           if self.active and self.cases.is_loaded else "")

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


__all__ = ["TEAM_COLUMNS", "WHOLE_TEAM", "TeamPage"]
