"""AttachFileDialog: which file to attach to the case, and a few words about it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from casemgr.ui.dialogs.base import CaseworkDialog
from casemgr.ui.i18n import tr


class AttachFileDialog(CaseworkDialog):
    """A file on disk (typed or chosen) and its description; `value()` is {"path",
    "description"} for Casework.attach_file."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("attach_dialog")
        self.setWindowTitle(tr("Attach a file"))
        intro = QLabel(tr("The file is encrypted into this workspace and synced with the case; "
                          "the original on disk is left as it is (delete it if it should not "
                          "stay there)."))
        intro.setWordWrap(True)
        self.main_layout.addWidget(intro)
        form = self.new_form()
        chooser_row = QWidget()
        row = QHBoxLayout(chooser_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit()
        self.path.setObjectName("path")
        row.addWidget(self.path, 1)
        self.browse = QPushButton(tr("Choose…"))
        self.browse.setObjectName("browse")
        self.browse.clicked.connect(self._choose)
        row.addWidget(self.browse)
        self.add_row(form, "path", tr("File"), chooser_row, required=True, focus=self.path)
        self.description = QLineEdit()
        self.description.setObjectName("description")
        self.add_row(form, "description", tr("Description"), self.description)
        self.main_layout.addLayout(form)
        self.add_buttons(tr("Attach"))
        self.chooser: QFileDialog | None = None

    @Slot()
    def _choose(self) -> None:
        chooser = QFileDialog(self, tr("Choose the file to attach"))
        chooser.setObjectName("attach_chooser")
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.fileSelected.connect(self.path.setText)
        chooser.finished.connect(chooser.deleteLater)
        self.chooser = chooser
        chooser.open()

    def value(self) -> dict[str, Any]:
        return {"path": Path(self.path.text().strip()),
                "description": self.description.text().strip() or None}

    def problems(self) -> dict[str, str]:
        text = self.path.text().strip()
        if not text:
            return {"path": tr("Choose the file to attach.")}
        if not Path(text).is_file():
            return {"path": tr("There is no such file (or it is a folder).")}
        return {}
