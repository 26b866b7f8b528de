"""The Today page, where a caseworker starts the day (the page shown after unlocking): visits
and reviews due this week, other tasks due, plans and closures sent back, referrals waiting
past their time, and what others changed in their cases since they last looked
(casemgr.app.today). A double click (or Enter) opens the case."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casemgr.app.casework import Casework
from casemgr.app.changes import Changes
from casemgr.app.today import TodayItem, TodayView
from casemgr.domain import labels
from casemgr.ui.i18n import N_, local_date, local_moment, localize, num, plural, tr
from casemgr.ui.labels import choice_label
from casemgr.ui.pages.base import Page, state_label
from casemgr.ui.widgets import palette
from casemgr.ui.widgets.tables import Column, RowsModel, RowsTable
from casemgr.ui.workers.db import DbWorker

# (key, title, what the "When" column holds)
SECTIONS = (
    ("visits", N_("Visits and reviews due this week"), N_("Due")),
    ("tasks", N_("Tasks due this week"), N_("Due")),
    ("sent_back", N_("Sent back by your supervisor"), N_("Sent back on")),
    ("waiting_referrals", N_("Referrals waiting for an answer"), N_("Sent on")),
    ("changed", N_("Changed since you last looked"), N_("When")),
)


def _what(item: TodayItem) -> str:
    """A line in the interface's words, made from its parts (the titles of tasks casemgr
    makes translate; a caseworker's own title stays as written)."""
    if item.line == "sent_back":
        return tr("{kind} sent back by {who}").format(
            kind=choice_label("approval_kind", item.fact("kind")),
            who=item.fact("by") or tr("the supervisor"))
    if item.line == "referral":
        n = int(item.fact("days_late") or 0)
        return plural(n, tr("{service} referral ({urgency}): no answer, %Ln day past its time",
                            "", n),
                      tr("{service} referral ({urgency}): no answer, %Ln days past its time",
                         "", n)).format(
            service=choice_label("service_type", item.fact("service_type")),
            urgency=choice_label("urgency", item.fact("urgency")).lower())
    if item.line == "change":
        kind = choice_label("approval_kind", item.fact("kind"))
        if item.fact("decision") == "approved":
            return tr("{kind} approved").format(kind=kind)
        if item.fact("decision") == "returned":
            return tr("{kind} sent back").format(kind=kind)
        record = choice_label("record_type", item.fact("record_type"))
        name = localize(item.fact("name"))
        return tr("{record}: {name}").format(record=record, name=name) \
            if name and name != labels.choice_label("record_type", item.fact("record_type")) \
            else record
    if not item.title:
        return tr(item.what)
    n = item.overdue_days
    return tr(item.title) + (plural(n, tr(" (overdue by %Ln day)", "", n),
                                    tr(" (overdue by %Ln days)", "", n)) if n else "")


def _detail(item: TodayItem) -> str:
    if item.line == "referral":
        provider = item.fact("provider")
        return tr("Sent to {provider}").format(provider=provider) if provider else ""
    if item.line == "change":
        by = item.fact("by")
        text = (tr("Added by {who}") if item.fact("verb") == "added"
                else tr("Changed by {who}")).format(who=by)
        comment = item.fact("comment")
        return text + (tr(": “{comment}”").format(comment=comment) if comment else "")
    if not item.title:
        return item.detail
    parts = [tr("Agreed in supervision with {supervisor}").format(supervisor=item.supervisor)
             if item.supervisor else "",
             tr("Assigned to {worker}").format(worker=item.assigned_to)
             if item.assigned_to else ""]
    return "; ".join(p for p in parts if p)


class _SectionTable(RowsTable):
    """A section's rows: as tall as its rows up to MAX_ROWS (then it scrolls), so that each
    section shows what it holds and the page scrolls past them."""

    MAX_ROWS = 8
    open_requested = Signal(str)

    def __init__(self, model: RowsModel[TodayItem], name: str) -> None:
        super().__init__(model, name)
        self.fit_columns(stretch=(3, 4))  # What and Details share the width
        self.doubleClicked.connect(self._open)
        model.modelReset.connect(self._fit_height)

    def _fit_height(self) -> None:
        rows = max(1, min(self.model().rowCount(), self.MAX_ROWS))
        height = (self.horizontalHeader().height() + 2 * self.frameWidth()
                  + sum(self.rowHeight(r) or self.verticalHeader().defaultSectionSize()
                        for r in range(rows)))
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().height()
        self.setFixedHeight(height)

    def keyPressEvent(self, event):  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        model = self.model()
        if isinstance(model, RowsModel) and index.isValid():
            item = model.row_at(index.row())
            if isinstance(item, TodayItem) and item.case_id:  # a personal task has none
                self.open_requested.emit(item.case_id)


class TodayPage(Page):
    open_case_requested = Signal(str)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        layout = QVBoxLayout(self)
        self.summary = state_label("todaySummary")
        layout.addWidget(self.summary)
        body = QWidget()
        column = QVBoxLayout(body)
        self.boxes: dict[str, QGroupBox] = {}
        self.models: dict[str, RowsModel[TodayItem]] = {}
        self.tables: dict[str, _SectionTable] = {}
        for key, title, when in SECTIONS:
            model = RowsModel[TodayItem]([
                Column(tr(when), (lambda i: local_moment(i.when)) if key == "changed"
                       else (lambda i: local_date(i.when)),
                       foreground=lambda i: palette.error() if i.late else None,
                       bold=lambda i: i.late),
                Column(tr("Case"), lambda i: i.case_number),
                Column(tr("Family"), lambda i: i.family_name),
                Column(tr("What"), _what),
                Column(tr("Details"), _detail),
            ], lambda i, k=key: i.record_id or f"{k}:{i.case_id}:{i.when}", self)
            table = _SectionTable(model, f"today_{key}")
            table.open_requested.connect(self.open_case_requested)
            box = QGroupBox(tr(title))
            box.setObjectName(f"todayBox_{key}")
            inner = QVBoxLayout(box)
            inner.addWidget(table)
            column.addWidget(box)
            self.boxes[key], self.models[key], self.tables[key] = box, model, table
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.view: TodayView | None = None
        self.empty_note = QLabel(tr("Nothing due this week, nothing sent back or waiting, and "
                                    "nothing new in your cases."))
        self.empty_note.setObjectName("todayEmpty")
        column.insertWidget(0, self.empty_note)

    def start(self) -> None:
        self.activate()

    def load(self, cw: Casework) -> TodayView:
        return cw.today_view()

    def affected_by(self, changes: Changes) -> bool:
        return bool(changes)

    def show_loaded(self, view: TodayView) -> None:
        self.view = view
        counts = []
        for key, title, _when in SECTIONS:
            items: list[TodayItem] = getattr(view, key)
            self.models[key].set_rows(items)
            self.boxes[key].setVisible(bool(items))
            self.boxes[key].setTitle(tr("{title} ({count})").format(title=tr(title),
                                                                     count=num(len(items))))
        late = sum(i.late for i in (*view.visits, *view.tasks))
        due = len(view.visits) + len(view.tasks)
        counts.append(tr("%Ln due this week", "", due)
                      + (tr(", %Ln overdue", "", late) if late else ""))
        if view.sent_back:
            counts.append(tr("%Ln sent back", "", len(view.sent_back)))
        if view.waiting_referrals:
            n = len(view.waiting_referrals)
            counts.append(tr("%Ln referral waiting", "", n) if n == 1
                          else tr("%Ln referrals waiting", "", n))
        n = len(view.changed)
        if view.since:
            since = local_moment(view.since)
            counts.append(tr("%Ln change by others since {time}", "", n).format(time=since)
                          if n == 1 else
                          tr("%Ln changes by others since {time}", "", n).format(time=since))
        else:
            counts.append(tr("%Ln change by others in the last week", "", n) if n == 1
                          else tr("%Ln changes by others in the last week", "", n))
        self.summary.setText(tr("Today: {counts}.").format(counts=" · ".join(counts)))
        self.empty_note.setVisible(view.empty)

    def clear_view(self) -> None:
        self.view = None
        for key, _title, _when in SECTIONS:
            self.models[key].clear()
        self.summary.clear()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving Today: what it showed counts as seen (the next look starts from now)."""
        if self.active and self.view is not None:
            self._worker.run(lambda cw: cw.mark_today_seen())
            self.view = None
            self.mark_stale()
        super().hideEvent(event)


__all__ = ["SECTIONS", "TodayPage"]
