"""ReassignCasesDialog: the supervisor gives one or several cases to another worker of their
team, seeing how many cases and open tasks move before saying so."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from casemgr.app.team import Reassignment
from casemgr.ui.dialogs.base import CaseworkDialog
from casemgr.ui.forms.widgets import HelpLabel
from casemgr.ui.i18n import N_, tr

# Case numbers named in the dialog before "and n more".
NAMED_CASES = 8
NO_COMMON_WORKER = (N_("No worker may take all of these cases: they belong to different teams. "
                    "Choose the cases of one team."))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


class ReassignCasesDialog(CaseworkDialog):
    """Who takes the cases, from the workers who may (an active member of each case's team);
    `value()` is the worker's name, for Casework.reassign_cases."""

    def __init__(self, parent: QWidget | None, plan: Reassignment) -> None:
        super().__init__(parent)
        self.setObjectName("reassign_cases_dialog")
        self._plan = plan
        cases = plan.cases
        self.setWindowTitle("Reassign the case" if len(cases) == 1
                            else f"Reassign {len(cases)} cases")
        form = self.new_form()
        named = ", ".join(f"{c.case_number} ({c.assigned_to})" for c in cases[:NAMED_CASES])
        more = len(cases) - NAMED_CASES
        which = QLabel(named + (f" and {more} more" if more > 0 else ""))
        which.setObjectName("cases")
        which.setWordWrap(True)
        form.addRow("Case" if len(cases) == 1 else "Cases", which)
        self.worker = QComboBox()
        self.worker.setObjectName("worker")
        self.worker.addItem("Choose who takes them" if len(cases) > 1
                            else "Choose who takes it", None)
        for name in plan.workers:
            self.worker.addItem(name, name)
        self.add_row(form, "worker", tr("Give to"), self.worker, required=True)
        self.moving = QLabel()
        self.moving.setObjectName("moving")
        self.moving.setWordWrap(True)
        form.addRow("", self.moving)
        source = ("Workers of the team as the server listed them at the last sync."
                  if plan.from_directory else
                  "This workspace has no server: the workers are the people who hold its "
                  "cases.")
        form.addRow("", HelpLabel(source + " Open tasks of the previous worker go with each "
                                  "case; tasks given to someone else stay theirs."))
        self.main_layout.addLayout(form)
        self.main_layout.addStretch(1)
        self.add_buttons(tr("Reassign"), name="reassign")
        self.worker.currentIndexChanged.connect(self._show_moving)
        self._show_moving()
        self.resize(560, 300)

    def value(self) -> str:
        return str(self.worker.currentData() or "")

    def problems(self) -> dict[str, str]:
        if not self._plan.workers:
            return {"worker": tr(NO_COMMON_WORKER)}
        worker = self.value()
        if not worker:
            return {"worker": "Choose the worker who takes "
                              f"{'it' if len(self._plan.cases) == 1 else 'them'}."}
        if self._plan.moving(worker)[0] == 0:
            return {"worker": f"{worker} holds {'it' if len(self._plan.cases) == 1 else 'them'}"
                              " already; choose someone else."}
        return {}

    @Slot()
    def _show_moving(self) -> None:
        worker = self.value()
        if not self._plan.workers:
            self.moving.setText(tr(NO_COMMON_WORKER))
            return
        if not worker:
            self.moving.setText(tr("Choose a worker to see how many cases and open tasks move."))
            return
        cases, tasks = self._plan.moving(worker)
        staying = len(self._plan.cases) - cases
        text = (f"{_plural(cases, 'case')} and {_plural(tasks, 'open task')} move to {worker}."
                if cases else f"Nothing moves: {worker} holds {'it' if staying == 1 else 'them'}"
                " already.")
        if cases and staying:
            text += (f" {_plural(staying, 'case')} {'is' if staying == 1 else 'are'} theirs "
                     "already.")
        self.moving.setText(text)


__all__ = ["ReassignCasesDialog"]
