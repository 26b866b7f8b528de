"""ReassignCasesDialog: the supervisor gives one or several cases to another worker of their
team, seeing how many cases and open tasks move before saying so."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from casemgr.app.team import Reassignment
from casemgr.ui.dialogs.base import CaseworkDialog
from casemgr.ui.forms.widgets import HelpLabel
from casemgr.ui.i18n import N_, plural, tr

# Case numbers named in the dialog before "and n more".
NAMED_CASES = 8
NO_COMMON_WORKER = (N_("No worker may take all of these cases: they belong to different teams. "
                    "Choose the cases of one team."))


def _cases(n: int) -> str:
    return plural(n, tr("%Ln case", "", n), tr("%Ln cases", "", n))


def _tasks(n: int) -> str:
    return plural(n, tr("%Ln open task", "", n), tr("%Ln open tasks", "", n))


class ReassignCasesDialog(CaseworkDialog):
    """Who takes the cases, from the workers who may (an active member of each case's team);
    `value()` is the worker's name, for Casework.reassign_cases."""

    def __init__(self, parent: QWidget | None, plan: Reassignment) -> None:
        super().__init__(parent)
        self.setObjectName("reassign_cases_dialog")
        self._plan = plan
        cases = plan.cases
        self.setWindowTitle(tr("Reassign the case") if len(cases) == 1
                            else tr("Reassign {count} cases").format(count=len(cases)))
        form = self.new_form()
        named = ", ".join(f"{c.case_number} ({c.assigned_to})" for c in cases[:NAMED_CASES])
        more = len(cases) - NAMED_CASES
        which = QLabel(named + (tr(" and {more} more").format(more=more) if more > 0 else ""))
        which.setObjectName("cases")
        which.setWordWrap(True)
        form.addRow(tr("Case") if len(cases) == 1 else tr("Cases"), which)
        self.worker = QComboBox()
        self.worker.setObjectName("worker")
        self.worker.addItem(tr("Choose who takes them") if len(cases) > 1
                            else tr("Choose who takes it"), None)
        for name in plan.workers:
            self.worker.addItem(name, name)
        self.add_row(form, "worker", tr("Give to"), self.worker, required=True)
        self.moving = QLabel()
        self.moving.setObjectName("moving")
        self.moving.setWordWrap(True)
        form.addRow("", self.moving)
        source = (tr("Workers of the team as the server listed them at the last sync.")
                  if plan.from_directory else
                  tr("This workspace has no server: the workers are the people who hold its "
                  "cases."))
        form.addRow("", HelpLabel(source + tr(" Open tasks of the previous worker go with each "
                                  "case; tasks given to someone else stay theirs.")))
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
            return {"worker": tr("Choose the worker who takes it.")
                    if len(self._plan.cases) == 1 else tr("Choose the worker who takes them.")}
        if self._plan.moving(worker)[0] == 0:
            return {"worker": (tr("{worker} holds it already; choose someone else.")
                               if len(self._plan.cases) == 1 else
                               tr("{worker} holds them already; choose someone else."))
                    .format(worker=worker)}
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
        text = (tr("{cases} and {tasks} move to {worker}.").format(
            cases=_cases(cases), tasks=_tasks(tasks), worker=worker) if cases
            else (tr("Nothing moves: {worker} holds it already.") if staying == 1
                  else tr("Nothing moves: {worker} holds them already.")).format(worker=worker))
        if cases and staying:
            text += plural(staying, tr(" %Ln case is theirs already.", "", staying),
                           tr(" %Ln cases are theirs already.", "", staying))
        self.moving.setText(text)


__all__ = ["ReassignCasesDialog"]
