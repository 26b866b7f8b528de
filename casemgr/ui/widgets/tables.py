"""A table model over a short list of plain rows (records, tasks, referrals, history), and
the table view the app uses for them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from casemgr.ui.i18n import tr

T = TypeVar("T")
ModelIndex = QModelIndex | QPersistentModelIndex


def row_flags(index: ModelIndex) -> Qt.ItemFlag:
    """What a row of a read-only list allows: selecting it, nothing else."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren)


@dataclass(frozen=True)
class Column(Generic[T]):
    """A column: its header, the text of a row, and optionally a colour (from widgets.palette)
    and boldness (always beside text that says the same thing), a tooltip that says more
    than the cell (by default the cell's whole text), and an alignment (numbers: right)."""

    header: str
    text: Callable[[T], str]
    foreground: Callable[[T], QColor | str | None] | None = None
    background: Callable[[T], QColor | str | None] | None = None
    bold: Callable[[T], bool] | None = None
    tooltip: Callable[[T], str] | None = None
    align: Qt.AlignmentFlag | None = None


def _brush(colour: QColor | str | None) -> QBrush | None:
    return QBrush(QColor(colour)) if colour is not None and colour != "" else None


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows of one kind, each with an id (UserRole) so a selection survives a refresh."""

    def __init__(self, columns: Sequence[Column[T]], id_of: Callable[[T], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._id_of = id_of
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if self._id_of(r) == row_id), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return tr(self.columns[section].header)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return row_flags(index)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or column.text(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.UserRole:
            return self._id_of(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return _brush(column.foreground(row))
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            return _brush(column.background(row))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column.bold is not None and column.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        return None


def select_whole_row(view: QTableView, row: int) -> None:
    """Make `row` the current and only selected row. (QTableView.selectRow finds the row's
    cell at the viewport's left edge, or under right-to-left at its right edge, one pixel past
    the last column: in Arabic it selected nothing.)"""
    index = view.model().index(row, 0)
    if index.isValid():
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)


class RowsTable(QTableView):
    """A read-only table of whole rows, one selected at a time."""

    def __init__(self, model: QAbstractTableModel, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultSectionSize(140)
        # The first rows size the columns to their text (up to MAX_COLUMN_WIDTH; longer text
        # is elided, with the whole of it in the tooltip); later the user's widths stay.
        self._fitted = False
        # Measured on the first rows only: a queue of thousands would stall the UI thread.
        self.horizontalHeader().setResizeContentsPrecision(self.FIT_ROWS)
        self.verticalHeader().setResizeContentsPrecision(self.FIT_ROWS)
        model.modelReset.connect(self._fit_once)
        model.rowsInserted.connect(self._fit_once)

    MAX_COLUMN_WIDTH = 320
    FIT_ROWS = 100

    def _fit_once(self) -> None:
        model = self.model()
        if self._fitted or model is None or model.rowCount() == 0:
            return
        self._fitted = True
        last = model.columnCount() - 1
        for column in range(last):
            self.resizeColumnToContents(column)
            if self.columnWidth(column) > self.MAX_COLUMN_WIDTH:
                self.setColumnWidth(column, self.MAX_COLUMN_WIDTH)

    def selected_id(self) -> str | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row(),
                                                                         QModelIndex()):
            return None
        value = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        return str(value) if value else None

    def fit_columns(self, stretch: tuple[int, ...]) -> None:
        """Short columns fit their contents; the ones in `stretch` (the values) share the
        rest."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.model().columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)

    def selectRow(self, row: int) -> None:  # Qt's, made direction-safe
        select_whole_row(self, row)

    def select_id(self, row_id: str | None) -> None:
        model = self.model()
        if row_id is None or not isinstance(model, RowsModel):
            return
        row = model.row_of(row_id)
        if row is not None:
            self.selectRow(row)


__all__ = ["Column", "RowsModel", "RowsTable", "select_whole_row"]
