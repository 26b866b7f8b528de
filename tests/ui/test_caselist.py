"""The case list: ids held, rows fetched lazily through the worker; searching as one types,
sorting by clicking headers, filtering; risk and overdue in words as well as colour."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QToolButton

from casemgr.app.casework import Casework
from casemgr.db.store import CaseQuery, CaseSort
from casemgr.db.workspace import unlock_workspace
from casemgr.ui.pages.caselist import COLUMNS, PLACEHOLDER, CaseListModel
from tests.support.desktop import FAMILY_COLUMN, SEEDED_CASES, USER, open_zzyzx
from tests.support.workspaces import FAST_KDF, PASSWORD

RISK = [c.header for c in COLUMNS].index("Risk")
DUE = [c.header for c in COLUMNS].index("Next due")


def texts(window, column):
    model = window.cases.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def click_header(qtbot, window, column):
    header = window.cases.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    with qtbot.waitSignal(window.cases.model.loaded, timeout=5000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=header.viewport().rect().center().__class__(x, 5))


def test_search_as_you_type_narrows_the_list(qtbot, unlocked):
    page = unlocked.cases
    qtbot.keyClick(unlocked, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        qtbot.keyClicks(page.search, "zzy")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, FAMILY_COLUMN).data() == "Zzyzx"
    assert page.count.text() == "1 case matches “zzy”"
    # Down goes from the search box into the results, Enter opens the case found.
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    found = page.model.case_id_at(0)
    assert page.table.hasFocus() and page.selected_case_id() == found
    with qtbot.waitSignal(unlocked.case_file.shown, timeout=5000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [found]
    qtbot.waitUntil(lambda: unlocked.pages.currentWidget() is unlocked.case_file)
    unlocked.back()
    qtbot.waitUntil(lambda: unlocked.pages.currentWidget() is page)
    # a child's name and a word of a note find the same case
    for words in ("Quill", "school visit plan"):
        page.search.clear()
        with qtbot.waitSignal(page.model.loaded, timeout=5000):
            qtbot.keyClicks(page.search, words)
        qtbot.waitUntil(lambda: "Zzyzx" in texts(unlocked, FAMILY_COLUMN))
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == SEEDED_CASES + 1)


def test_clicking_a_header_sorts_and_clicking_again_reverses(qtbot, unlocked):
    click_header(qtbot, unlocked, FAMILY_COLUMN)
    qtbot.waitUntil(lambda: PLACEHOLDER not in texts(unlocked, 0))
    names = texts(unlocked, FAMILY_COLUMN)
    assert names == sorted(names, key=str.lower)
    assert unlocked.cases.model.query.sort is CaseSort.FAMILY
    click_header(qtbot, unlocked, FAMILY_COLUMN)
    qtbot.waitUntil(lambda: PLACEHOLDER not in texts(unlocked, 0))
    assert texts(unlocked, FAMILY_COLUMN) == sorted(names, key=str.lower, reverse=True)
    header = unlocked.cases.table.horizontalHeader()
    assert header.sortIndicatorSection() == FAMILY_COLUMN
    assert header.sortIndicatorOrder() is Qt.SortOrder.DescendingOrder


@pytest.fixture
def late_zzyzx(seeded_dir, clock):
    """A task a week overdue on the high-risk Zzyzx case, before the app opens (the seeded
    caseload, like a real one, is mostly on time: about one case in ten is overdue)."""
    with unlock_workspace(seeded_dir, USER, PASSWORD, clock=clock, kdf_policy=FAST_KDF) as ws:
        cw = Casework(ws)
        row = next(r for r in cw.list_cases(CaseQuery(limit=100)) if r.family_name == "Zzyzx")
        cw.add_task(row.case_id, "Call the school", (cw.today() - timedelta(days=7)).isoformat())


def test_filters_for_risk_status_worker_and_overdue(qtbot, late_zzyzx, unlocked):
    page = unlocked.cases
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.risk.setCurrentIndex(page.risk.findData("high"))
    qtbot.waitUntil(lambda: PLACEHOLDER not in texts(unlocked, 0))
    assert set(texts(unlocked, RISK)) == {"High risk"}
    index = page.model.index(0, RISK)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None  # colour and words

    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.overdue.click()
    qtbot.waitUntil(lambda: PLACEHOLDER not in texts(unlocked, 0))
    dues = texts(unlocked, DUE)
    assert dues and all(d.startswith("Overdue since") for d in dues)
    assert page.model.index(0, DUE).data(Qt.ItemDataRole.ForegroundRole) is not None

    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.status.setCurrentIndex(page.status.findData("closed"))
    assert page.model.rowCount() == 0
    assert page.count.text() == "0 cases"

    for combo in (page.status, page.risk):
        with qtbot.waitSignal(page.model.loaded, timeout=5000):
            combo.setCurrentIndex(0)
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.overdue.click()
    qtbot.waitUntil(lambda: page.worker_filter.count() == 2)
    assert page.worker_filter.itemText(1) == "Me"
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.worker_filter.setCurrentIndex(1)
    assert page.model.rowCount() == SEEDED_CASES + 1


def test_rows_arrive_in_blocks_with_placeholders_first(qtbot, unlocked):
    worker = unlocked.worker
    model = CaseListModel(worker, unlocked.ctx.today, block_size=5, cache_rows=15)
    model.activate()
    qtbot.waitUntil(lambda: model.is_loaded)
    last = model.rowCount() - 1
    assert model.index(last, 0).data() == PLACEHOLDER  # asks for the block, shows "…"
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        pass
    first, bottom = changed.args[0], changed.args[1]
    assert first.row() <= last <= bottom.row()
    assert model.index(last, 0).data() != PLACEHOLDER
    # the cache keeps at most cache_rows rows: the first block was dropped
    for row in range(0, model.rowCount(), 5):
        model.index(row, 0).data()
    qtbot.waitUntil(lambda: len(model._cache) == 15 and not model._pending)
    # Blocks 1-3 were asked for in that order and arrive in it (one database thread), each
    # pushing out the oldest rows: block 0 first, then block 4.
    assert model.case_row(0) is None and model.case_row(5) is not None
    assert model.index(0, 0).data() == PLACEHOLDER


def test_case_list_model_passes_the_model_tester(qtbot, qtmodeltester, unlocked):
    model = unlocked.cases.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    qtmodeltester.check(model, force_py=True)
    empty = CaseListModel(unlocked.worker, unlocked.ctx.today)
    qtmodeltester.check(empty, force_py=True)
    assert empty.rowCount(QModelIndex()) == 0


def test_a_new_case_reloads_the_ids_and_a_changed_one_refreshes_its_row(qtbot, unlocked):
    model = unlocked.cases.model
    total = model.rowCount()
    with qtbot.waitSignal(model.loaded, timeout=5000):
        unlocked.worker.run(lambda cw: cw.register_family(
            {"name": "Aaberg"}, [{"given_name": "Liv", "family_name": "Aaberg",
                                  "role": "child", "estimated_age": 7}],
            {"legal_basis": "statutory_duty", "risk": "low"}))
    assert model.rowCount() == total + 1
    zzyzx = next(r for r in range(model.rowCount())
                 if model.index(r, FAMILY_COLUMN).data() == "Zzyzx")
    case_id = model.case_id_at(zzyzx)
    with qtbot.assertNotEmitted(model.modelReset), \
            qtbot.waitSignal(model.dataChanged, timeout=5000):
        unlocked.worker.run(lambda cw: cw.set_risk(case_id, __import__(
            "casemgr.domain.records", fromlist=["RiskLevel"]).RiskLevel.LOW,
            "School reports steady attendance."))
    qtbot.waitUntil(lambda: model.index(zzyzx, RISK).data() == "Low risk")
    assert model.query == CaseQuery(sort=model.query.sort)


def test_typing_then_down_waits_for_the_search_and_lands_on_its_first_case(qtbot, unlocked):
    page = unlocked.cases
    page.search.setFocus()
    qtbot.keyClicks(page.search, "zzy")  # the search waits for a pause in the typing...
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        qtbot.keyClick(page.search, Qt.Key.Key_Down)  # ...which Down does not wait for
    qtbot.waitUntil(page.table.hasFocus)
    assert page.model.rowCount() == 1
    assert page.selected_case_id() == page.model.case_id_at(0)


def test_ctrl_o_with_no_case_selected_says_so(qtbot, unlocked):
    unlocked.cases.table.clearSelection()
    unlocked.cases.table.setCurrentIndex(QModelIndex())
    unlocked.activateWindow()
    qtbot.keyClick(unlocked, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(unlocked.message_bar.isVisible)
    assert "No case is selected" in unlocked.message_bar.text.text()
    assert unlocked.pages.currentWidget() is unlocked.cases


def test_tab_goes_through_the_list_page_in_screen_order(unlocked):
    page = unlocked.cases
    order = [page.search, page.status, page.risk, page.worker_filter, page.overdue, page.table]
    chain, widget = [], page.search
    for _ in range(len(order) - 1):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus \
                or widget not in order:
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain == order[1:]


def _buttons_of(window, action):
    return [b for b in window.case_file.findChildren(QToolButton) if b.defaultAction() is action]


def test_what_a_caseworker_can_never_do_is_hidden_not_greyed(qtbot, unlocked):
    open_zzyzx(qtbot, unlocked)
    actions = unlocked.casework_actions
    for never in (actions.decide_plan, actions.decide_closure, actions.reassign,
                  actions.reopen):
        assert not never.isVisible()
        assert all(b.isHidden() for b in _buttons_of(unlocked, never)), never.text()
    for theirs in (actions.record_visit, actions.run_assessment, actions.refer):
        assert theirs.isVisible() and theirs.isEnabled()
        assert all(not b.isHidden() for b in _buttons_of(unlocked, theirs)), theirs.text()


def test_risk_sorts_by_severity_most_severe_first(qtbot, unlocked):
    click_header(qtbot, unlocked, RISK)
    qtbot.waitUntil(lambda: PLACEHOLDER not in texts(unlocked, RISK))
    order = ["Critical risk", "High risk", "Medium risk", "Low risk", "Risk not assessed"]
    risks = texts(unlocked, RISK)
    assert risks == sorted(risks, key=order.index)  # not alphabetical: critical first
    assert unlocked.cases.model.query.descending


def test_a_search_the_filters_hide_says_so(qtbot, unlocked):
    page = unlocked.cases
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.risk.setCurrentIndex(page.risk.findData("low"))  # Zzyzx is high risk
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        qtbot.keyClicks(page.search, "Zzyzx")
    qtbot.waitUntil(lambda: "the filters hide 1 more" in page.count.text())
    assert page.model.rowCount() == 0
    assert page.count.text().startswith("0 cases match “Zzyzx”")
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.risk.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.count.text() == "1 case matches “Zzyzx”")
