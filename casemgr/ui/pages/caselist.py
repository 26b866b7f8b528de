"""The case list: a table model that holds case ids only and fetches rows lazily in blocks
through the database worker (Anki's browser model), with filters and as-you-type search.

All ids of the current sort and filter arrive in one operation (with the first block of
rows); other blocks are fetched when the view first asks for one of their rows, showing a
placeholder until they arrive. A small cache keeps the rows seen last.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casemgr.app.casework import Casework
from casemgr.app.changes import Changes
from casemgr.db.store import CaseQuery, CaseSort
from casemgr.domain.records import CaseStatus, RiskLevel
from casemgr.ui.i18n import N_, local_date, local_moment, plural, tr
from casemgr.ui.widgets import palette
from casemgr.ui.widgets.tables import ModelIndex, row_flags, select_whole_row
from casemgr.ui.workers.db import DbWorker

PLACEHOLDER = "…"

STATUS_TEXT = {
    CaseStatus.OPEN.value: N_("Open"), CaseStatus.ACTIVE.value: N_("Active"),
    CaseStatus.CLOSURE_REQUESTED.value: N_("Closure requested"),
    CaseStatus.CLOSED.value: N_("Closed"),
}  # translated where shown (status_text)


def status_text(status: str) -> str:
    return tr(STATUS_TEXT[status]) if status in STATUS_TEXT else status


def risk_text(risk: str | None) -> str:
    return {"critical": tr("Critical risk"), "high": tr("High risk"),
            "medium": tr("Medium risk"), "low": tr("Low risk")}.get(risk or "",
                                                                   tr("Risk not assessed"))


def due_text(next_due: str | None, today: date) -> str:
    if not next_due:
        return tr("Nothing due")
    if next_due < today.isoformat():
        return tr("Overdue since {date}").format(date=local_date(next_due))
    if next_due == today.isoformat():
        return tr("Due today ({date})").format(date=local_date(next_due))
    return tr("Due {date}").format(date=local_date(next_due))


def due_colour(next_due: str | None, today: date) -> QColor | None:
    """The colour of a due date: the error colour when overdue, the warning one when due
    today (beside words that say so)."""
    if not next_due or next_due > today.isoformat():
        return None
    return palette.error() if next_due < today.isoformat() else palette.warning()


def header_sort_order(key: CaseSort, query: CaseQuery) -> Qt.SortOrder:
    """The order a click on a sorting column's header asks for: the other way round if the
    list is sorted by it already, else the most severe and the latest first (risk,
    updated) and the rest ascending."""
    if key is query.sort:
        return Qt.SortOrder.AscendingOrder if query.descending else Qt.SortOrder.DescendingOrder
    if key in (CaseSort.RISK, CaseSort.UPDATED):
        return Qt.SortOrder.DescendingOrder
    return Qt.SortOrder.AscendingOrder


@dataclass(frozen=True)
class CaseColumn:
    """A column of a case list: its header, the sort a click on it asks for (None: none), the
    text of a row on a day, and optionally a colour (from widgets.palette) and boldness,
    always beside words that say the same thing. A row is the list's own kind (a `CaseRow`
    for My cases)."""

    header: str
    sort: CaseSort | None
    text: Callable[[Any, date], str]
    foreground: Callable[[Any, date], QColor | None] | None = None
    background: Callable[[Any, date], QColor | None] | None = None
    bold: Callable[[Any, date], bool] | None = None


def _overdue(next_due: str | None, today: date) -> bool:
    return bool(next_due) and str(next_due) < today.isoformat()


COLUMNS: tuple[CaseColumn, ...] = (
    CaseColumn(N_("Case"), CaseSort.CASE_NUMBER, lambda r, _t: r.case_number),
    CaseColumn(N_("Family"), CaseSort.FAMILY, lambda r, _t: r.family_name),
    CaseColumn(N_("Children"), None, lambda r, _t: r.children),
    CaseColumn(N_("Status"), CaseSort.STATUS, lambda r, _t: status_text(r.status)),
    CaseColumn(N_("Risk"), CaseSort.RISK, lambda r, _t: risk_text(r.risk),
               background=lambda r, _t: palette.risk_background(r.risk),
               foreground=lambda r, _t: palette.risk_foreground(r.risk),
               bold=lambda r, _t: r.risk == RiskLevel.CRITICAL.value),
    CaseColumn(N_("Caseworker"), None, lambda r, _t: r.assigned_to),
    CaseColumn(N_("Next due"), CaseSort.NEXT_DUE, lambda r, t: due_text(r.next_due, t),
               foreground=lambda r, t: due_colour(r.next_due, t),
               bold=lambda r, t: _overdue(r.next_due, t)),
    CaseColumn(N_("Updated"), CaseSort.UPDATED, lambda r, _t: local_moment(r.updated_at)),
)


class _Latest:
    """The newest query generation; the worker skips a query that a newer one replaced."""

    def __init__(self) -> None:
        self.value = 0


@dataclass(frozen=True)
class _Loaded:
    ids: list[str]
    row_of: dict[str, int]
    first_rows: Mapping[str, Any]
    capped: bool
    hidden: int = 0  # cases the search finds that the filters hide


# How a list fetches the rows it shows for some of its case ids (My cases: their list rows).
RowFetcher = Callable[[Casework, list[str]], Mapping[str, Any]]


def case_list_rows(cw: Casework, case_ids: list[str]) -> Mapping[str, Any]:
    return cw.case_rows(case_ids)


def _load(cw: Casework, query: CaseQuery, text: str, first: int, latest: _Latest,
          generation: int, fetch: RowFetcher) -> _Loaded | None:
    if latest.value != generation:
        return None  # the user typed on; a newer query is queued behind this one
    hits = cw.search(text, query)
    ids = hits.case_ids
    hidden = 0
    unfiltered = CaseQuery(sort=query.sort, descending=query.descending)
    if text.strip() and not hits.capped and replace(query, offset=0, limit=unfiltered.limit) \
            != unfiltered:
        hidden = max(0, len(cw.search(text, unfiltered).case_ids) - len(ids))
    return _Loaded(ids, {cid: i for i, cid in enumerate(ids)}, fetch(cw, ids[:first]),
                   hits.capped, hidden)


class _Gone:
    """A case that was removed after its id was listed."""


GONE = _Gone()


class CaseListModel(QAbstractTableModel):
    """Case ids of the current query; rows fetched on demand, in blocks, by the worker.
    `columns` and `fetch` say what a row is and shows (My cases: COLUMNS of `CaseRow`s)."""

    loaded = Signal(int)  # number of cases (`capped` says whether a search was cut short)
    rows_arrived = Signal()

    def __init__(self, worker: DbWorker, today: Callable[[], date], *,
                 columns: Sequence[CaseColumn] = COLUMNS, fetch: RowFetcher = case_list_rows,
                 block_size: int = 100, cache_rows: int = 5000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self.columns = tuple(columns)
        self._fetch = fetch
        self._block = block_size
        self._cache_rows = max(cache_rows, 3 * block_size)
        self._ids: list[str] = []
        self._row_of: dict[str, int] = {}
        self._cache: OrderedDict[str, Any] = OrderedDict()  # a row, or GONE
        self._pending: set[int] = set()
        self._generation = 0
        self._latest = _Latest()
        self.query = CaseQuery()
        self.search_text = ""
        self.capped = False
        self.hidden_by_filters = 0
        self.active = False  # a workspace is open and the list may load
        self.is_loaded = False

    # -- queries -------------------------------------------------------------------------------

    def set_query(self, query: CaseQuery, text: str | None = None) -> None:
        """Show the cases of `query` (and of the search `text`, when given)."""
        self.query = replace(query, offset=0)
        if text is not None:
            self.search_text = text
        self.reload()

    def set_search(self, text: str) -> None:
        if text != self.search_text:
            self.search_text = text
            self.reload()

    def reload(self) -> None:
        """Fetch the ids again (the rows cached stay valid only for this generation)."""
        if not self.active:
            return
        self._generation += 1
        self._latest.value = generation = self._generation
        query, text, first, latest = self.query, self.search_text, self._block, self._latest
        fetch = self._fetch
        self._worker.run(lambda cw: _load(cw, query, text, first, latest, generation, fetch),
                         lambda loaded: self._loaded(generation, loaded))

    def _loaded(self, generation: int, loaded: _Loaded | None) -> None:
        if loaded is None or generation != self._generation:
            return
        self.beginResetModel()
        self._ids, self._row_of, self.capped = loaded.ids, loaded.row_of, loaded.capped
        self.hidden_by_filters = loaded.hidden
        self._cache.clear()
        self._pending.clear()
        self._cache.update(loaded.first_rows)
        self.endResetModel()
        self.is_loaded = True
        self.loaded.emit(len(self._ids))
        if loaded.first_rows:
            self.rows_arrived.emit()

    def clear(self) -> None:
        """Locked: forget every id and row."""
        self.active = False
        self._generation += 1
        self._latest.value = self._generation
        self.beginResetModel()
        self._ids, self._row_of = [], {}
        self._cache.clear()
        self._pending.clear()
        self.endResetModel()
        self.is_loaded = False

    def activate(self) -> None:
        self.active = True
        self.reload()

    # -- rows ----------------------------------------------------------------------------------

    def case_id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: str) -> int | None:
        return self._row_of.get(case_id)

    def case_row(self, row: int) -> Any:
        """The row's data if it has arrived (None while it is being fetched, or gone)."""
        case_id = self.case_id_at(row)
        found = self._cache.get(case_id) if case_id else None
        return None if isinstance(found, _Gone) else found

    def _request_block(self, block: int) -> None:
        if block in self._pending:
            return
        self._pending.add(block)
        ids = self._ids[block * self._block:(block + 1) * self._block]
        generation = self._generation
        fetch = self._fetch
        self._worker.run(lambda cw: fetch(cw, ids),
                         lambda rows: self._block_arrived(generation, block, ids, rows))

    def _block_arrived(self, generation: int, block: int, ids: list[str],
                       rows: Mapping[str, Any]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(block)
        for case_id in ids:
            self._cache[case_id] = rows.get(case_id, GONE)
            self._cache.move_to_end(case_id)
        while len(self._cache) > self._cache_rows:
            self._cache.popitem(last=False)
        first = block * self._block
        last = min(first + len(ids), len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, len(self.columns) - 1))
        self.rows_arrived.emit()

    @Slot(object)
    def apply_changes(self, changes: Changes) -> None:
        """Refresh only the rows of the cases that changed; new or removed cases reload."""
        if not self.active or not self.is_loaded or not changes.case_ids:
            return
        if changes.deleted_cases or any(c not in self._row_of for c in changes.case_ids):
            self.reload()
            return
        for case_id in changes.case_ids:
            row = self._row_of[case_id]
            if self._cache.pop(case_id, None) is not None:
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, len(self.columns) - 1))

    # -- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(column.header)
            if role == Qt.ItemDataRole.ToolTipRole and column.sort is not None:
                return tr("Sort by {column}").format(column=tr(column.header).lower())
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return row_flags(index)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        case_id = self._ids[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return case_id
        row = self._cache.get(case_id)
        if row is None:
            self._request_block(index.row() // self._block)
            if role == Qt.ItemDataRole.DisplayRole:
                return PLACEHOLDER if index.column() == 0 else ""
            return None
        if isinstance(row, _Gone):
            return tr("(removed)") if role == Qt.ItemDataRole.DisplayRole and \
                index.column() == 0 else None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row, self._today())
        colour = column.background if role == Qt.ItemDataRole.BackgroundRole else \
            column.foreground if role == Qt.ItemDataRole.ForegroundRole else None
        if colour is not None:
            found = colour(row, self._today())
            return QBrush(found) if found is not None else None
        if role == Qt.ItemDataRole.FontRole and column.bold is not None \
                and column.bold(row, self._today()):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort if 0 <= column < len(self.columns) else None
        if key is None:
            return
        descending = order is Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.query.sort, self.query.descending) or not self.is_loaded:
            self.set_query(replace(self.query, sort=key, descending=descending))

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(self.columns) if c.sort is self.query.sort)


class CaseTable(QTableView):
    """The case table; Enter opens the current case like a double click."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doubleClicked.connect(self._open_index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        case_id = index.data(Qt.ItemDataRole.UserRole)
        if case_id:
            self.open_requested.emit(str(case_id))


class CaseFilters(QWidget):
    """The case list's filters, shared by My cases and the team caseload: status, risk,
    caseworker and "overdue only"; `changed` when the user changes one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(tr("Any status"), None)
        for value in STATUS_TEXT:
            self.status.addItem(status_text(value), value)
        self.risk = QComboBox()
        self.risk.setObjectName("riskFilter")
        self.risk.addItem(tr("Any risk"), None)
        for level in (RiskLevel.CRITICAL, RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW):
            self.risk.addItem(risk_text(level.value), level.value)
        self.worker = QComboBox()
        self.worker.setObjectName("workerFilter")
        self.worker.addItem(tr("Any caseworker"), None)
        self.overdue = QCheckBox(tr("Overdue only"))
        self.overdue.setObjectName("overdueFilter")
        for combo in (self.status, self.risk, self.worker):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(self.changed)
        layout.addWidget(self.overdue)
        self.overdue.toggled.connect(self.changed)

    def applied_to(self, query: CaseQuery, today: date) -> CaseQuery:
        """`query` with the filters chosen."""
        return replace(query, status=self.status.currentData(), risk=self.risk.currentData(),
                       assigned_to=self.worker.currentData(),
                       overdue_on=today.isoformat() if self.overdue.isChecked() else None)

    def set_workers(self, workers: list[str], me: str) -> None:
        """The caseworkers to filter by ("Me" for `me`), keeping the one chosen."""
        current = self.worker.currentData()
        self.worker.blockSignals(True)
        while self.worker.count() > 1:
            self.worker.removeItem(1)
        for name in workers:
            self.worker.addItem(tr("Me") if name == me else name, name)
        self.worker.setCurrentIndex(max(self.worker.findData(current), 0))
        self.worker.blockSignals(False)

    def choose_worker(self, worker: str | None) -> None:
        """Filter by this caseworker (None: any), as if chosen in the list."""
        index = self.worker.findData(worker) if worker is not None else 0
        if index >= 0:
            self.worker.setCurrentIndex(index)

    def reset(self) -> None:
        """Every filter back to "any", no caseworker names (locked), without `changed`."""
        for w in (self.status, self.risk, self.worker, self.overdue):
            w.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.risk.setCurrentIndex(0)
        while self.worker.count() > 1:
            self.worker.removeItem(1)
        self.worker.setCurrentIndex(0)
        self.overdue.setChecked(False)
        for w in (self.status, self.risk, self.worker, self.overdue):
            w.blockSignals(False)


class CaseListPage(QWidget):
    """Search box, filters, count and the case table."""

    open_case_requested = Signal(str)

    def __init__(self, worker: DbWorker, today: Callable[[], date], search_delay_ms: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self.user = ""
        self.model = CaseListModel(worker, today, parent=self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(tr("Search names, case numbers and notes (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Search cases"))
        self.search.installEventFilter(self)
        self._into_results_when_loaded = False
        bar.addWidget(self.search, 3)
        self.filters = CaseFilters()
        self.status, self.risk = self.filters.status, self.filters.risk
        self.worker_filter, self.overdue = self.filters.worker, self.filters.overdue
        bar.addWidget(self.filters)
        layout.addLayout(bar)
        self.count = QLabel()
        self.count.setObjectName("caseCount")
        layout.addWidget(self.count)
        self.table = CaseTable()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(True)
        for column, width in enumerate((110, 170, 170, 130, 120, 110, 190)):
            header.resizeSection(column, width)
        header.sectionClicked.connect(self._header_clicked)
        self.table.open_requested.connect(self.open_case_requested)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(search_delay_ms)
        self._debounce.timeout.connect(self._search_now)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_now)
        self.filters.changed.connect(self._filters_changed)
        self.model.loaded.connect(self._show_count)
        worker.changes_made.connect(self.model.apply_changes)
        self._set_indicator()

    # -- session -------------------------------------------------------------------------------

    def start(self, user: str, sort: CaseSort, descending: bool) -> None:
        """Unlocked: load the list and the caseworkers for the filter."""
        self.user = user
        self.model.query = replace(self.model.query, sort=sort, descending=descending)
        self._set_indicator()
        self.model.activate()
        self._worker.run(lambda cw: cw.caseworkers(), self._fill_workers)

    def clear(self) -> None:
        """Locked: no ids, no rows, no search text, no caseworker names."""
        self.model.clear()
        self._debounce.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filters.reset()
        self.count.clear()
        self.model.search_text = ""
        self.model.query = replace(CaseQuery(), sort=self.model.query.sort,
                                   descending=self.model.query.descending)

    def _fill_workers(self, workers: list[str]) -> None:
        self.filters.set_workers(workers, self.user)

    # -- interaction ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down (or Page Down) in the search box moves into the results, on the first case
        (or the one already current), so that Enter then opens it; a search still waiting
        for the typing to pause runs first, and the move follows its results."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            if self._debounce.isActive():
                self._into_results_when_loaded = True
                self._search_now()
            else:
                self._into_results()
            return True
        return super().eventFilter(watched, event)

    def _into_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else 0
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        select_whole_row(self.table, row)

    def selected_case_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.case_id_at(index.row()) if index.isValid() else None

    @Slot()
    def _search_now(self) -> None:
        self._debounce.stop()
        self.model.set_search(self.search.text())

    @Slot()
    def _filters_changed(self) -> None:
        self.model.set_query(self.filters.applied_to(self.model.query, self._today()))

    @Slot(int)
    def _header_clicked(self, column: int) -> None:
        key = self.model.columns[column].sort
        if key is None:
            self._set_indicator()  # this column does not sort; keep showing the real one
            return
        self.model.sort(column, header_sort_order(key, self.model.query))
        self._set_indicator()

    def _set_indicator(self) -> None:
        order = Qt.SortOrder.DescendingOrder if self.model.query.descending else \
            Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), order)
        header.blockSignals(False)

    @Slot(int)
    def _show_count(self, total: int) -> None:
        if self._into_results_when_loaded:
            self._into_results_when_loaded = False
            self._into_results()
        text, capped = self.model.search_text.strip(), self.model.capped
        if text:
            more = tr(" (showing the first matches: type more to narrow the search)") \
                if capped else ""
            hidden = self.model.hidden_by_filters
            if hidden:
                more += plural(
                    hidden,
                    tr("; the filters hide %Ln more that matches (set them to “Any” to see it)",
                       "", hidden),
                    tr("; the filters hide %Ln more that match (set them to “Any” to see them)",
                       "", hidden))
            self.count.setText(plural(total, tr("%Ln case matches “{text}”{more}", "", total),
                                      tr("%Ln cases match “{text}”{more}", "", total))
                               .format(text=text, more=more))
        else:
            self.count.setText(plural(total, tr("%Ln case", "", total),
                                      tr("%Ln cases", "", total)))


__all__ = ["COLUMNS", "PLACEHOLDER", "STATUS_TEXT", "CaseFilters", "CaseListModel",
           "CaseListPage", "due_colour", "due_text", "header_sort_order", "risk_text",
           "status_text"]
