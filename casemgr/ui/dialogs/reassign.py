"""ReassignDialog: which caseworker (and team) a case goes to; a supervisor's action."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from casemgr.ui.dialogs.base import CaseworkDialog
from casemgr.ui.i18n import tr


class ReassignDialog(CaseworkDialog):
    """The caseworker and team to give the case to; `value()` is {"worker", "team"} for
    Casework.reassign_case."""

    def __init__(self, parent: QWidget | None, *, current: str, team: str | None) -> None:
        super().__init__(parent)
        self.setObjectName("reassign_dialog")
        self.setWindowTitle(tr("Reassign the case"))
        form = self.new_form()
        self.worker = QLineEdit(current)
        self.worker.setObjectName("assigned_to")
        self.add_row(form, "assigned_to", tr("Caseworker"), self.worker, required=True)
        self.team = QLineEdit(team or "")
        self.team.setObjectName("team")
        self.add_row(form, "team", tr("Team"), self.team)
        self.main_layout.addLayout(form)
        self.add_buttons(tr("Reassign"))

    def value(self) -> dict[str, Any]:
        return {"worker": self.worker.text().strip(), "team": self.team.text().strip() or None}

    def problems(self) -> dict[str, str]:
        return {} if self.value()["worker"] else {
            "assigned_to": tr("Name the caseworker who takes the case.")}
