"""The interface in French, Spanish and Arabic: the catalogues load and are complete and up
to date with the sources, the main screens show no string left in English, Arabic lays the
window out right to left, and the language chosen in Preferences is kept for the next start."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabBar,
    QWidget,
)

from casemgr.app.changes import Changes, Outcome
from casemgr.domain.errors import PermissionDenied
from casemgr.domain.records import RecordType
from casemgr.ui import i18n
from casemgr.ui.context import AppContext
from casemgr.ui.errors import user_message
from casemgr.ui.i18n import CODES, TRANSLATIONS_DIR, install_language, remove_language, tr
from casemgr.ui.mainwindow import MainWindow
from casemgr.ui.pages.base import Page
from casemgr.ui.settings import Settings
from tests.support.desktop import open_zzyzx, select_row
from tests.ui.conftest import unlock

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = tuple(code for code in CODES if code != "en")
MAIN_PAGES = ("today", "cases", "tasks", "referrals", "conflicts", "sync")


def catalogue(code: str) -> dict[str, str]:
    """The source strings of a .ts file that have a translation of their own: source →
    translation (plurals: their first form)."""
    found = {}
    for message in ET.parse(TRANSLATIONS_DIR / f"casemgr_{code}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")]
        found[source] = forms[0] if forms else (translation.text or "")
    return found


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the app to a language; back to English, left to right, after the test (the
    rest of the suite runs in English)."""
    yield lambda code: (None if install_language(qapp, code) else pytest.fail(code))
    remove_language(qapp)
    assert not qapp.isRightToLeft() and tr("My cases") == "My cases"


@pytest.fixture
def open_in(qtbot: Any, language: Callable[[str], None],
            start_window: Callable[[AppContext], MainWindow],
            make_ctx: Callable[..., AppContext]) -> Callable[[str], MainWindow]:
    """The main window built and unlocked in a language, starting on Today."""
    def open_window(code: str) -> MainWindow:
        language(code)
        settings = Settings.in_memory()
        settings.set("start_page", "today")
        window = start_window(make_ctx(settings=settings))
        unlock(qtbot, window)
        return window
    return open_window


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_language_loads_with_qt_s_own_translations(qapp, language, code):
    language(code)
    ours = catalogue(code)
    assert tr("My cases") == ours["My cases"] != "My cases"
    # A plural: the count in the language's digits and words.
    one_case = tr("%Ln case", "", 1)
    assert "case" not in one_case and QLocale().toString(1) in one_case
    # Qt's standard buttons come from Qt's own catalogue for the language.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    assert QLocale().name().startswith(code)


def test_the_catalogues_are_complete_and_up_to_date_with_the_sources(tmp_path):
    """Nobody forgot to run scripts/update_translations.py or to translate what it added:
    lupdate over today's sources finds no new string, and the shipped .qm are the .ts
    compiled."""
    script = ROOT / "scripts" / "update_translations.py"
    tree = tmp_path / "tree"
    for part in ("casemgr", "scripts", "resources/translations"):
        shutil.copytree(ROOT / part, tree / part,
                        ignore=shutil.ignore_patterns("__pycache__"))
    (tree / "resources" / "forms").mkdir()
    subprocess.run([sys.executable, str(tree / "scripts" / script.name)], cwd=tree,
                   check=True, timeout=300)
    assert (tree / "casemgr/ui/vocabulary.py").read_text() == \
        (ROOT / "casemgr/ui/vocabulary.py").read_text(), "run scripts/update_translations.py"
    for code in TRANSLATED:
        regenerated = tree / "resources/translations" / f"casemgr_{code}.ts"
        assert catalogue(code).keys() == {
            m.findtext("source") for m in ET.parse(regenerated).getroot().iter("message")
        }, "run scripts/update_translations.py"
        unfinished = [m.findtext("source") for m in ET.parse(regenerated).getroot()
                      .iter("message") if m.find("translation").get("type") == "unfinished"]
        assert unfinished == [], f"untranslated in casemgr_{code}.ts"
        assert (tree / "resources/translations" / f"casemgr_{code}.qm").read_bytes() == \
            (TRANSLATIONS_DIR / f"casemgr_{code}.qm").read_bytes(), \
            "run scripts/update_translations.py --qm"


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user reads on the visible widgets under `widget`."""
    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        where = f"{type(w).__name__} {w.objectName()}"
        yield where, w.toolTip()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QTabBar):
            yield from ((where, w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QLineEdit):
            yield where, w.placeholderText()
        elif isinstance(w, QComboBox):
            yield from ((where, w.itemText(i)) for i in range(w.count()))
        elif isinstance(w, QListWidget):
            yield from ((where, w.item(i).text()) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and not isinstance(w, QListWidget) \
                and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount(QModelIndex())):
                yield where, str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                yield from ((where, str(model.index(r, c).data() or ""))
                            for r in range(min(model.rowCount(QModelIndex()), 15)))


def _menu_texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    for action in window.menuBar().actions():
        yield "menu", action.text()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from (("menu item", a.text()) for a in menu.actions())


def test_the_main_screens_in_french_show_no_english_string(qtbot, open_in):
    window = open_in("fr")
    english = {source.replace("&", ""): source for source, translation in catalogue("fr").items()
               if translation.replace("&", "") != source.replace("&", "")}
    seen: list[tuple[str, str]] = [("title", window.windowTitle()), *_menu_texts(window)]
    for name in MAIN_PAGES:
        page = window.page_widgets[name]
        if isinstance(page, Page):  # its rows on screen
            with qtbot.waitSignal(page.shown, timeout=5000):
                window.show_page(name)
                page.refresh()
        else:
            window.show_page(name)
            if name == "cases":
                qtbot.waitUntil(lambda: window.cases.model.case_id_at(0) is not None)
        seen += _texts(window)
    case_id = window.cases.model.case_id_at(0)
    assert case_id is not None
    with qtbot.waitSignal(window.case_file.shown, timeout=5000):
        window.open_case(case_id)
    for index in range(window.case_file.tabs.count()):
        window.case_file.tabs.setCurrentIndex(index)
        seen += _texts(window)

    left = sorted({(where, text) for where, text in seen if text.replace("&", "") in english})
    assert left == [], "\n".join(map(str, left))
    shown = {text for _where, text in seen}
    assert {"Mes dossiers", "Aujourd'hui", "Synchronisation"} <= shown
    # Lines composed of parts (Today's tasks, referrals and changes) are worded in French.
    english_words = ("overdue by", "sent back by", "Changed by", "Added by", "past its time")
    assert [t for t in shown if any(w in t for w in english_words)] == []
    assert any(text.startswith("Aujourd'hui : ") for text in shown)  # Today's summary


def test_arabic_lays_the_main_window_out_right_to_left(qtbot, open_in):
    window = open_in("ar")
    assert QApplication.isRightToLeft()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.navigation.item(1).text() == "حالاتي"
    # Numbers in the Arabic digits of the locale, in the page's own counts.
    window.show_page("cases")
    qtbot.waitUntil(lambda: window.cases.count.text() != "")
    assert any("\u0660" <= ch <= "\u0669" for ch in window.cases.count.text())


def test_the_language_chosen_in_preferences_is_kept_for_the_next_start(qtbot, window):
    unlock(qtbot, window)
    window.open_preferences()
    dialog = window.findChild(QWidget, "preferences")
    combo = dialog.findChild(QComboBox, "language")
    assert [combo.itemData(i) for i in range(combo.count())] == ["", *CODES]
    assert combo.itemText(combo.findData("ar")) == "العربية"
    combo.setCurrentIndex(combo.findData("es"))
    dialog.accept()
    assert window.ctx.settings.get("language") == "es"
    assert "next time casemgr starts" in window.message_bar.findChild(QLabel).text() or any(
        "next time casemgr starts" in label.text()
        for label in window.message_bar.findChildren(QLabel))
    assert i18n.current_language() == "en"  # no live switch: it applies at the next start


@pytest.mark.parametrize("code", ["es", "ar"])
def test_an_assessment_opens_in_the_interface_s_language(qtbot, language, code):
    from casemgr.domain.forms import load_form_file
    from casemgr.paths import FORMS_DIR
    from casemgr.ui.dialogs.assessment import AssessmentDialog

    language(code)
    form = load_form_file(FORMS_DIR / "initial_risk_screening.json")
    dialog = AssessmentDialog(form, None)
    qtbot.addWidget(dialog)
    assert dialog.language() == code
    assert dialog.windowTitle() == form.text(form.title, code) != form.text(form.title, "en")


def test_the_dashboard_and_the_case_summary_say_what_the_domain_counts_in_french(
        qapp, language, tmp_path):
    """What casemgr.app composes (the Dashboard's figures, the case summary's text) is
    translated where it is shown (casemgr.domain.text.msg, i18n.localize)."""
    from html import escape

    from casemgr.app.case_summary import SECTIONS, case_summary, to_html
    from casemgr.app.casework import Casework
    from casemgr.app.dashboard import dashboard
    from casemgr.db.workspace import unlock_workspace
    from casemgr.domain.clock import FixedClock
    from casemgr.domain.records import RecordType
    from casemgr.ui.i18n import localize
    from casemgr.ui.pages.dashboard import dashboard_document
    from tests.support.dashboard import SAM, SUPERVISOR, make_team_workspace
    from tests.support.workspaces import FAST_KDF, PASSWORD, START_MS

    clock = FixedClock(START_MS)
    make_team_workspace(tmp_path, clock, cases_per_worker=3)
    ws = unlock_workspace(tmp_path, SUPERVISOR, PASSWORD, clock=clock, kdf_policy=FAST_KDF)
    try:
        cw = Casework(ws, actor=SAM)
        language("fr")
        data = dashboard(cw, 90, cw.today())
        printed = dashboard_document(data).toPlainText()
        french = catalogue("fr")
        for figure in data.figures:
            assert localize(figure.title) == french[figure.title] in printed
            assert str(figure.title) not in printed
            for column in figure.columns:
                assert localize(column) == french[column]
        assert "Tableau de bord" in printed and "the last 90 days" not in printed
        case = next(r for r in ws.store.records_of_type(RecordType.CASE))
        html = to_html(case_summary(cw, case.id, redact=True), "", "sam", "2026-12-05 10:00",
                       localize)
        for section in SECTIONS:
            assert escape(french[section]) in html and f">{escape(section)}<" not in html
        assert "Imprimé par sam" in html and escape(french[
            "Names, addresses and phone numbers of the family are withheld in this copy; each "
            "person is shown by their role and a number."]) in html
    finally:
        ws.close()


def test_a_refusal_of_the_workflow_is_said_in_french_with_its_words_filled_in(qtbot, open_in):
    """What the domain refuses (casemgr.domain.text.msg) reaches the user in their language,
    through the desktop's own paths: the message of a refused use case (user_message), and
    the tooltip of an action the workflow does not allow, its names filled in."""
    window = open_in("fr")
    fr = catalogue("fr")
    window.show_page("cases")
    view = open_zzyzx(qtbot, window)

    # A caseworker may not reassign a case: their role, and what it does not allow, in French.
    refused: list[BaseException] = []
    window.worker.run(lambda cw: cw.reassign_case(view.case_id, "brian"), None, refused.append)
    qtbot.waitUntil(lambda: bool(refused), timeout=5000)
    assert isinstance(refused[0], PermissionDenied)
    said = user_message(refused[0])
    template = "Your role ({role}) does not allow you to {what}."
    assert fr[template] != template
    assert said == fr["Not allowed: {exc}"].format(exc=fr[template].format(
        role=fr["caseworker"], what=fr["reassign cases"]))
    assert not any(word in said for word in ("role", "allow", "reassign", "caseworker"))

    # Someone else's visit: the tooltip says whose it is, in French.
    def bilals_visit(cw):  # as it arrives by sync: written by its author, bilal
        with cw.store.write("bilal") as tx:
            visit = tx.create(RecordType.VISIT, {
                "visit_date": "2026-11-17", "visit_type": "home", "child_seen": True,
                "participants": "Mère", "observations": "Quillon à la maison."},
                case_id=view.case_id)
        return Outcome(visit, Changes.of([visit]))

    window.worker.run(bilals_visit)
    qtbot.waitUntil(lambda: view.visits.rowCount() == 1, timeout=5000)
    view.show_tab("visits")
    select_row(qtbot, view.visits_table, 0)
    edit = window.casework_actions.correct_visit
    assert not edit.isEnabled()
    template = "Only its author, {author}, can correct this visit."
    assert edit.toolTip() == fr[template].format(author="bilal") != template.format(
        author="bilal")
    assert "bilal" in edit.toolTip() and "author" not in edit.toolTip()


def test_under_arabic_a_table_row_is_selected_as_in_english(qtbot, qapp, language):
    """Selecting a row by code (a page keeping its selection over a reload, the case list's
    Down from the search) works right to left too: QTableView.selectRow looked for the row's
    cell one pixel past the last column there and selected nothing."""
    from casemgr.ui.widgets.tables import Column, RowsModel, RowsTable

    language("ar")
    model = RowsModel([Column("Name", lambda r: r)], lambda r: r)
    model.set_rows(["a", "b", "c"])
    table = RowsTable(model, "rows")
    qtbot.addWidget(table)
    table.resize(400, 200)
    table.show()
    qtbot.waitExposed(table)
    assert table.isRightToLeft()
    table.selectRow(1)
    assert table.selected_id() == "b"
    table.select_id("c")
    assert table.selected_id() == "c"
    assert [i.row() for i in table.selectionModel().selectedRows()] == [2]


def test_a_record_s_name_in_lists_and_the_history_is_in_the_language(qapp, language):
    from casemgr.domain.records import RecordType, display_name
    from casemgr.ui.i18n import localize

    visit = display_name(RecordType.VISIT, {"visit_type": "home", "visit_date": "2026-11-17"})
    assert visit == "Home visit 2026-11-17"  # the command line's English
    language("fr")
    french = catalogue("fr")
    assert localize(visit) == f"Visite : {french['Home']} 2026-11-17"
    assert "visit" not in localize(visit).lower().replace("visite", "")
