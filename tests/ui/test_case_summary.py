"""The case summary as a PDF and on paper: parsed back (pypdf), it names the case, the family,
who printed it and when, on every page with "Page N of M"; redacted, none of the family's
names, addresses or phone numbers is anywhere in the file; each copy is in the audit log; the
case file's actions write it (through the file chooser, the print dialog)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit

from casemgr.app.case_summary import SECTIONS
from casemgr.ui.dialogs.summary import SummaryDialog
from casemgr.ui.mainwindow import PreferencesDialog
from casemgr.ui.reports import write_case_summary_pdf
from tests.support.desktop import open_zzyzx, unlock
from tests.support.pdf_text import all_bytes, contains, page_texts
from tests.support.qt import click
from tests.support.summary import IDENTIFYING, rich_case
from tests.support.workspaces import PASSWORD

AGENCY = "Riverside Child Protection"


@pytest.fixture
def people(workspace):
    from casemgr.app.casework import Casework
    from casemgr.domain.permissions import Actor, Role

    return (Casework(workspace, actor=Actor("amina", Role.CASEWORKER, frozenset({"north"}))),
            Casework(workspace, actor=Actor("sam", Role.SUPERVISOR, frozenset({"north"}))))


def test_the_pdf_names_the_case_the_family_who_printed_it_and_every_section(qapp, people,
                                                                            tmp_path):
    worker, supervisor = people
    case_id = rich_case(worker, supervisor, visits=3)
    number = worker.store.require(case_id).fields["case_number"]
    pdf = tmp_path / "summary.pdf"
    pages = write_case_summary_pdf(worker, number, pdf, redact=False, printed_by="amina",
                                   agency=AGENCY)
    texts = page_texts(pdf)
    assert len(texts) == pages >= 1
    first = texts[0]
    assert f"Case summary: {number} · Kamaraj family" in first
    assert f"{AGENCY} · Case {number}" in first  # the header
    assert "Printed by amina on 2026-11-18" in first
    assert f"Page 1 of {pages}" in first
    whole = " ".join(texts)
    for section in SECTIONS:
        assert section in whole
    for value in ("Thandeka Kamaraj", "Plot 47, Jacaranda Lane", "+254 711 234 567",
                  "Riverside Health Centre", "Thandeka treated; gaining weight",
                  "Approved by sam", "Phone Nokuthula about the school fees"):
        assert value in whole
    assert worker.store.audit_entries(case_id)[-1]["action"] == "summary_pdf"


def test_a_redacted_pdf_holds_no_name_address_or_phone_anywhere_in_the_file(qapp, people,
                                                                            tmp_path):
    worker, supervisor = people
    case_id = rich_case(worker, supervisor, visits=3)
    pdf = tmp_path / "redacted.pdf"
    write_case_summary_pdf(worker, case_id, pdf, redact=True, printed_by="amina",
                           agency=AGENCY)
    whole = " ".join(page_texts(pdf))
    assert "[child 1]" in whole and "eats at school" in whole  # the text is there, withheld
    blob = all_bytes(pdf)
    for value in IDENTIFYING:
        assert value.lower() not in whole.lower(), value
        assert not contains(blob, value), value
    assert "redacted" in whole
    assert worker.store.audit_entries(case_id)[-1]["action"] == "summary_pdf_redacted"


def test_a_long_case_runs_over_pages_each_with_its_header_and_is_written_quickly(
        qapp, people, tmp_path):
    worker, supervisor = people
    case_id = rich_case(worker, supervisor, visits=50)
    number = worker.store.require(case_id).fields["case_number"]
    pdf = tmp_path / "long.pdf"
    started = time.perf_counter()
    pages = write_case_summary_pdf(worker, case_id, pdf, redact=False, printed_by="amina",
                                   agency=AGENCY)
    elapsed = time.perf_counter() - started
    texts = page_texts(pdf)
    assert pages == len(texts) >= 5
    for i, text in enumerate(texts, start=1):
        assert f"{AGENCY} · Case {number}" in text
        assert "Printed by amina on 2026-11-18" in text
        assert f"Page {i} of {pages}" in text
    assert "Visit 1." in texts[-1] or "Visit 1." in " ".join(texts[-3:])
    assert elapsed < 2.0, f"{elapsed:.2f} s for 50 visits"  # about 0.2 s on a laptop


def _summary_dialog(qtbot, window):
    actions = window.casework_actions
    qtbot.waitUntil(lambda: any(isinstance(d, SummaryDialog) and d.isVisible()
                                for d in actions.open_dialogs))
    return next(d for d in actions.open_dialogs if isinstance(d, SummaryDialog))


def _confirm(qtbot, dialog, password=PASSWORD):
    """Type the password again and press the dialog's button, as the user does."""
    qtbot.keyClicks(dialog.password, password)
    click(qtbot, dialog.save_button)


def _audited(qtbot, window, case_id):
    found = []
    window.worker.run(lambda cw: [e["action"] for e in cw.store.audit_entries(case_id)],
                      found.append)
    qtbot.waitUntil(lambda: bool(found))
    return found[0]


def test_save_summary_as_pdf_from_the_case_file_redacted(qtbot, unlocked, tmp_path):
    unlocked.open_preferences()  # the organisation the header names
    preferences = unlocked.findChild(PreferencesDialog, "preferences")
    preferences.agency_name.setText(AGENCY)
    preferences.accept()
    assert unlocked.ctx.settings.get("agency_name") == AGENCY
    view = open_zzyzx(qtbot, unlocked)
    actions = unlocked.casework_actions
    assert actions.save_summary.isEnabled() and actions.print_summary.isEnabled()
    actions.save_summary.trigger()
    dialog = _summary_dialog(qtbot, unlocked)
    click(qtbot, dialog.redact_box)
    assert dialog.redact()
    _confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: any(isinstance(d, QFileDialog) for d in actions.open_dialogs))
    chooser = next(d for d in actions.open_dialogs if isinstance(d, QFileDialog))
    number = view.data.file.case.fields["case_number"]
    assert chooser.selectedFiles()[0].endswith(f"case-summary-{number}.pdf")
    pdf = tmp_path / "zzyzx.pdf"
    name = chooser.findChild(QLineEdit, "fileNameEdit")  # where the user types the name
    qtbot.waitUntil(lambda: name.text() == f"case-summary-{number}.pdf")  # the suggestion
    name.setText(str(pdf))
    chooser.accept()
    qtbot.waitUntil(lambda: "case summary" in unlocked.message_bar.text.text(), timeout=5000)
    assert str(pdf) in unlocked.message_bar.text.text()
    whole = " ".join(page_texts(pdf))
    assert f"{AGENCY} · Case {number} · redacted" in whole and "Printed by amina" in whole
    assert "Page 1 of" in whole
    for value in ("Zzyzx", "Quillon"):
        assert value not in whole and not contains(all_bytes(pdf), value)
    assert _audited(qtbot, unlocked, view.case_id)[-1] == "summary_pdf_redacted"


def _open_print_dialog(qtbot, window):
    actions = window.casework_actions
    actions.print_summary.trigger()
    dialog = _summary_dialog(qtbot, window)
    _confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: actions.summary_print_dialog is not None
                    and actions.summary_print_dialog.isVisible())
    return actions.summary_print_dialog


def test_a_print_cancelled_or_cut_short_by_the_lock_prints_and_records_nothing(qtbot,
                                                                               unlocked):
    view = open_zzyzx(qtbot, unlocked)
    case_id = view.case_id
    before = _audited(qtbot, unlocked, case_id)
    _open_print_dialog(qtbot, unlocked).reject()
    qtbot.waitUntil(lambda: unlocked.casework_actions.summary_print_dialog is None)
    printer_dialog = _open_print_dialog(qtbot, unlocked)
    unlocked.lock()
    assert unlocked.casework_actions.summary_print_dialog is None
    assert not printer_dialog.isVisible()
    unlock(qtbot, unlocked)
    assert [a for a in _audited(qtbot, unlocked, case_id)[len(before):]
            if a.startswith("summary")] == []


def test_print_summary_goes_through_the_print_dialog(qtbot, unlocked, tmp_path):
    view = open_zzyzx(qtbot, unlocked)
    actions = unlocked.casework_actions
    actions.print_summary.trigger()
    dialog = _summary_dialog(qtbot, unlocked)
    assert not dialog.redact()
    _confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: actions.summary_print_dialog is not None
                    and actions.summary_print_dialog.isVisible())
    printer_dialog = actions.summary_print_dialog
    printers = printer_dialog.findChild(QComboBox, "printers")
    printers.setCurrentIndex(printers.findText("Print to File (PDF)"))
    pdf = tmp_path / "printed.pdf"
    printer_dialog.findChild(QLineEdit, "filename").setText(str(pdf))
    printer_dialog.accept()
    qtbot.waitUntil(lambda: "sent to the printer" in unlocked.message_bar.text.text(),
                    timeout=5000)
    assert actions.summary_print_dialog is None
    texts = page_texts(pdf)
    assert "Zzyzx family" in texts[0] and f"Page 1 of {len(texts)}" in texts[0]
    assert "Quillon Zzyzx" in " ".join(texts)
    assert _audited(qtbot, unlocked, view.case_id)[-1] == "summary_print"


def test_a_wrong_password_keeps_the_summary_in_the_workspace(qtbot, unlocked):
    """The summary leaves the encrypted store only after the password once more: a wrong one
    is said beside the field, nothing is chosen, written or recorded."""
    view = open_zzyzx(qtbot, unlocked)
    before = _audited(qtbot, unlocked, view.case_id)
    actions = unlocked.casework_actions
    actions.save_summary.trigger()
    dialog = _summary_dialog(qtbot, unlocked)
    click(qtbot, dialog.save_button)  # no password at all
    assert "password" in dialog.errors() and dialog.isVisible()
    _confirm(qtbot, dialog, "not the password")
    qtbot.waitUntil(lambda: bool(dialog.errors().get("password")), timeout=10_000)
    assert dialog.isVisible() and dialog.password.text() == ""
    assert not any(isinstance(d, QFileDialog) for d in actions.open_dialogs)
    assert _audited(qtbot, unlocked, view.case_id) == before
    dialog.reject()
