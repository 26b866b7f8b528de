"""Attachments in the case file: attaching a file (encrypted into the workspace) and saving a
decrypted copy only after a warning that it leaves the encrypted store (audited)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QToolButton

from casemgr.ui.casefile.workflows import AttachFileDialog
from tests.support.desktop import open_zzyzx, select_row


def button_for(view, action):
    return next(b for b in view.findChildren(QToolButton) if b.defaultAction() is action)


def attach(qtbot, window, path, description):
    actions = window.casework_actions
    view = window.case_file
    qtbot.mouseClick(button_for(view, actions.attach_file), Qt.MouseButton.LeftButton)
    dialog = actions.open_dialogs[-1]
    assert isinstance(dialog, AttachFileDialog)
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)  # the file chooser fills it
    chooser = dialog.chooser
    assert isinstance(chooser, QFileDialog)
    chooser.selectFile(str(path))
    chooser.accept()
    assert dialog.path.text() == str(path)
    qtbot.keyClicks(dialog.description, description)
    with qtbot.waitSignal(view.shown, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_attach_a_file_then_save_a_decrypted_copy_after_the_warning(qtbot, unlocked, tmp_path):
    report = tmp_path / "school-report.pdf"
    content = b"%PDF-1.4 Zqxattachmarker " + bytes(range(256)) * 400
    report.write_bytes(content)
    view = open_zzyzx(qtbot, unlocked)
    view.show_tab("attachments")
    actions = unlocked.casework_actions
    assert actions.attach_file.isEnabled()
    assert not actions.save_attachment.isEnabled()  # nothing selected yet
    attach(qtbot, unlocked, report, "Term report")
    qtbot.waitUntil(lambda: view.attachments.rowCount() == 1)
    assert [view.attachments.index(0, c).data() for c in range(2)] == [
        "school-report.pdf", "Term report"]
    [record] = view.attachments.rows()
    stored = unlocked.ctx.data_dir / "amina" / "attachments" / record.id
    assert b"Zqxattachmarker" not in stored.read_bytes()  # encrypted at rest

    select_row(qtbot, view.attachments_table, 0)
    assert actions.save_attachment.isEnabled()
    copy = tmp_path / "copy.pdf"

    # Cancelling the warning writes nothing.
    qtbot.mouseClick(button_for(view, actions.save_attachment), Qt.MouseButton.LeftButton)
    warning = actions.open_dialogs[-1]
    assert isinstance(warning, QMessageBox)
    assert "will not be encrypted" in warning.text()
    warning.reject()
    assert not any(isinstance(d, QFileDialog) for d in actions.open_dialogs)

    qtbot.mouseClick(button_for(view, actions.save_attachment), Qt.MouseButton.LeftButton)
    warning = actions.open_dialogs[-1]
    qtbot.mouseClick(warning.findChild(QPushButton, "confirmYes"), Qt.MouseButton.LeftButton)
    chooser = actions.open_dialogs[-1]
    assert isinstance(chooser, QFileDialog)
    assert chooser.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    chooser.selectFile(str(copy))
    chooser.accept()
    qtbot.waitUntil(lambda: "decrypted copy was saved" in unlocked.message_bar.text.text(),
                    timeout=5000)
    assert copy.read_bytes() == content
    audited = []
    unlocked.worker.run(lambda cw: [e["action"] for e in cw.store.audit_entries(record.id)],
                        audited.append)
    qtbot.waitUntil(lambda: bool(audited))
    assert "open_attachment" in audited[0]


def test_attaching_needs_an_existing_file(qtbot, unlocked, tmp_path):
    open_zzyzx(qtbot, unlocked).show_tab("attachments")
    actions = unlocked.casework_actions
    qtbot.mouseClick(button_for(unlocked.case_file, actions.attach_file),
                     Qt.MouseButton.LeftButton)
    dialog = actions.open_dialogs[-1]
    qtbot.keyClicks(dialog.path, str(tmp_path / "missing.pdf"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors() == {"path": "There is no such file (or it is a folder)."}  # beside it
    assert dialog.isVisible()
