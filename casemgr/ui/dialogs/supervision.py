"""Supervision dialogs: "New session…", where a supervisor records a supervision session with
a worker of their team (the worker's cases discussed with the decision for each, wellbeing
and workload, training needs, the actions agreed with their due dates), and the read view
of a recorded session. The use case is Casework.record_session (casemgr.app.supervision)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casemgr.app.supervision import (
    ActionLine,
    AgreedAction,
    CaseChoice,
    NewSession,
    SessionView,
)
from casemgr.domain.records import WELLBEING, WORKLOAD
from casemgr.ui.dialogs.base import (
    CaseworkDialog,
    FittedDialog,
    RadioRow,
    date_field,
    date_problem,
)
from casemgr.ui.forms.widgets import ErrorLabel
from casemgr.ui.i18n import N_, tr
from casemgr.ui.labels import choice_label
from casemgr.ui.widgets.tables import Column, RowsModel, RowsTable

NO_CASE = N_("No case (the worker's own)")
ACTION_DUE_DAYS = 14


class _CaseRow(QWidget):
    """One of the worker's cases: ticked if discussed, with the decision taken."""

    toggled = Signal()

    def __init__(self, case: CaseChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.discussed = QCheckBox(f"{case.case_number}  {case.family_name}", self)
        self.discussed.setObjectName(f"discussed:{case.case_number}")
        self.decision = QLineEdit(self)
        self.decision.setObjectName(f"decision:{case.case_number}")
        self.decision.setPlaceholderText(tr("The decision taken, in a line"))
        self.decision.setAccessibleName(tr("Decision for case {case_number}").format(
                                            case_number=case.case_number))
        self.decision.setEnabled(False)
        self.discussed.toggled.connect(self.decision.setEnabled)
        self.discussed.toggled.connect(lambda _on: self.toggled.emit())
        row.addWidget(self.discussed)
        row.addWidget(self.decision, 1)


class _ActionRow(QWidget):
    """One agreed action: what, by when, and in which case discussed (or none)."""

    remove_requested = Signal(QWidget)

    def __init__(self, number: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.action = QLineEdit(self)
        self.action.setObjectName(f"action:{number}")
        self.action.setPlaceholderText(tr("What was agreed, e.g. Visit the school this week"))
        self.action.setAccessibleName(tr("Action {number}").format(number=number))
        self.due = date_field(today, f"action_due:{number}",
                              value=today + timedelta(days=ACTION_DUE_DAYS), parent=self)
        self.due.line_edit.setAccessibleName(tr("Action {number} due").format(number=number))
        self.case = QComboBox(self)
        self.case.setObjectName(f"action_case:{number}")
        self.case.setAccessibleName(tr("Action {number} case").format(number=number))
        self.remove = QPushButton(tr("Remove"), self)
        self.remove.setObjectName(f"remove_action:{number}")
        self.remove.setAccessibleName(tr("Remove action {number}").format(number=number))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        row.addWidget(self.action, 3)
        row.addWidget(self.due, 1)
        row.addWidget(self.case, 2)
        row.addWidget(self.remove)

    def offer_cases(self, cases: Sequence[CaseChoice]) -> None:
        """The cases this action may be tied to (those discussed); keeps the choice if it is
        still one of them."""
        chosen = self.case.currentData()
        self.case.clear()
        self.case.addItem(tr(NO_CASE), None)
        for case in cases:
            self.case.addItem(tr("Case {case_number}").format(
                                  case_number=case.case_number), case.case_id)
        index = self.case.findData(chosen)
        self.case.setCurrentIndex(index if index >= 0 else 0)


class SessionDialog(CaseworkDialog):
    """Record a supervision session. `supervisees`: whom the user may record one with;
    `cases`: each one's open cases. After Accepted, `value()` is the NewSession to record."""

    def __init__(self, parent: QWidget | None = None, *, today: date,
                 supervisees: Sequence[str], cases: Mapping[str, Sequence[CaseChoice]],
                 worker: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Record a supervision session"))
        self.setObjectName("supervision_session_dialog")
        self._today = today
        self._cases = cases
        form = self.new_form()
        self.worker = QComboBox()
        self.worker.setObjectName("worker")
        self.worker.addItem(tr("Choose…"), None)
        for name in supervisees:
            self.worker.addItem(name, name)
        self.add_row(form, "worker", tr("Caseworker"), self.worker, required=True)
        self.session_date = self.add_date_row(form, "session_date", tr("Date"), today=today,
                                              required=True, value=today, latest=today)
        self.main_layout.addLayout(form)

        discussed = QGroupBox(tr("Cases discussed"))
        discussed.setObjectName("casesDiscussed")
        self._case_box = QVBoxLayout(discussed)
        self.no_cases = QLabel()
        self.no_cases.setObjectName("noCases")
        self.no_cases.setWordWrap(True)
        self._case_box.addWidget(self.no_cases)
        self.case_rows: list[_CaseRow] = []
        self.main_layout.addWidget(discussed)
        self._bind_group("cases_discussed", tr("Cases discussed"), discussed)

        form = self.new_form()
        self.wellbeing = RadioRow("wellbeing", WELLBEING, name="wellbeing")
        self.add_row(form, "wellbeing", tr("Wellbeing"), self.wellbeing, required=True)
        self.workload = RadioRow("workload", WORKLOAD, name="workload")
        self.add_row(form, "workload", tr("Workload"), self.workload, required=True)
        self.wellbeing_note = QPlainTextEdit()
        self.wellbeing_note.setObjectName("wellbeing_note")
        self.wellbeing_note.setTabChangesFocus(True)
        self.wellbeing_note.setPlaceholderText(tr("What weighs on them, what helps"))
        self.wellbeing_note.setFixedHeight(60)
        self.add_row(form, "wellbeing_note", tr("About wellbeing and workload"),
                     self.wellbeing_note)
        self.training_needs = QPlainTextEdit()
        self.training_needs.setObjectName("training_needs")
        self.training_needs.setTabChangesFocus(True)
        self.training_needs.setFixedHeight(60)
        self.add_row(form, "training_needs", tr("Training needs"), self.training_needs)
        self.main_layout.addLayout(form)

        agreed = QGroupBox(tr("Agreed actions (each becomes the worker's task)"))
        agreed.setObjectName("agreedActions")
        box = QVBoxLayout(agreed)
        self._action_box = QGridLayout()
        box.addLayout(self._action_box)
        self.add_action_button = QPushButton(tr("Add an action"))
        self.add_action_button.setObjectName("addAction")
        self.add_action_button.clicked.connect(lambda: self.add_action())
        box.addWidget(self.add_action_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.action_rows: list[_ActionRow] = []
        self.main_layout.addWidget(agreed)
        self._bind_group("actions", tr("Agreed actions"), agreed)

        self.add_buttons()
        self.worker.currentIndexChanged.connect(self._worker_chosen)
        if worker is not None:
            self.worker.setCurrentIndex(max(self.worker.findData(worker), 0))
        self._worker_chosen()
        self.add_action()
        self.worker.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(760, 640)

    def _bind_group(self, key: str, name: str, group: QGroupBox) -> None:
        """A message for a group of rows, shown under it (and in the summary)."""
        error = ErrorLabel()
        self.main_layout.addWidget(error)
        self.field_errors.bind(key, error, group, name)

    # -- the worker's cases and the actions --------------------------------------------------

    @Slot()
    def _worker_chosen(self) -> None:
        """Offer the chosen worker's open cases for discussion."""
        for row in self.case_rows:
            self._case_box.removeWidget(row)
            row.deleteLater()
        self.case_rows = []
        worker = self.worker.currentData()
        cases = list(self._cases.get(worker, [])) if worker else []
        self.no_cases.setText(tr("Choose the caseworker first.") if not worker else
                              tr("{worker} has no open case on this device.").format(
                                  worker=worker) if not cases
                              else tr("Tick each case you discussed and note the decision."))
        for case in cases:
            row = _CaseRow(case, self)
            row.toggled.connect(self._offer_cases)
            self._case_box.addWidget(row)
            row.show()  # the dialog may be on screen already
            self.case_rows.append(row)
        self._offer_cases()

    def discussed(self) -> list[CaseChoice]:
        return [row.case for row in self.case_rows if row.discussed.isChecked()]

    @Slot()
    def _offer_cases(self) -> None:
        for row in self.action_rows:
            row.offer_cases(self.discussed())

    def add_action(self) -> _ActionRow:
        row = _ActionRow(len(self.action_rows) + 1, self._today, self)
        row.remove_requested.connect(self._remove_action)
        row.offer_cases(self.discussed())
        self._action_box.addWidget(row, len(self.action_rows), 0)
        row.show()
        self.action_rows.append(row)
        return row

    @Slot(QWidget)
    def _remove_action(self, row: QWidget) -> None:
        if row in self.action_rows:
            self.action_rows.remove(row)
            self._action_box.removeWidget(row)
            row.deleteLater()

    # -- what was typed ----------------------------------------------------------------------

    def value(self) -> NewSession:
        actions = [AgreedAction(row.action.text().strip(), row.due.date() or self._today,
                                row.case.currentData())
                   for row in self.action_rows if row.action.text().strip()]
        return NewSession(
            worker=self.worker.currentData() or "",
            session_date=self.session_date.date() or self._today,
            cases_discussed=[(row.case.case_id, row.decision.text().strip())
                             for row in self.case_rows if row.discussed.isChecked()],
            wellbeing=self.wellbeing.value() or "", workload=self.workload.value() or "",
            actions=actions, wellbeing_note=self.wellbeing_note.toPlainText().strip(),
            training_needs=self.training_needs.toPlainText().strip())

    def problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.worker.currentData():
            errors["worker"] = tr("Choose the caseworker this session was with.")
        when = date_problem(self.session_date, missing=tr("Give the date of the session."),
                            latest=self._today,
                            too_late=tr("A supervision session cannot be recorded in the future."))
        if when:
            errors["session_date"] = when
        undecided = [row.case.case_number for row in self.case_rows
                     if row.discussed.isChecked() and not row.decision.text().strip()]
        if undecided:
            errors["cases_discussed"] = tr("Note the decision taken for case {cases}.").format(
                cases=", ".join(undecided))
        if self.wellbeing.value() is None:
            errors["wellbeing"] = tr("Say how the worker is doing.")
        if self.workload.value() is None:
            errors["workload"] = tr("Say how heavy the workload is.")
        start = self.session_date.date() or self._today
        for number, row in enumerate(self.action_rows, start=1):
            if not row.action.text().strip():
                continue
            due = row.due.date()
            if due is None:
                errors["actions"] = tr("Give action {number} a due date (YYYY-MM-DD).").format(
                                        number=number)
            elif due < start:
                errors["actions"] = (tr("Action {number} is due before the session; an agreed "
                                        "action is due on or after its day.").format(
                                         number=number))
        return errors


class SessionReadDialog(FittedDialog):
    """A recorded supervision session to read: who, when, the cases discussed with their
    decisions, wellbeing and workload, training needs, and each agreed action with its
    task's state now."""

    def __init__(self, view: SessionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervision_read_dialog")
        self.setWindowTitle(tr("Supervision of {worker} on {session_date}").format(
                                worker=view.worker, session_date=view.session_date))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def text(name: str, value: str) -> QLabel:
            label = QLabel(value or "—")
            label.setObjectName(name)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return label

        form.addRow(tr("Caseworker"), text("readWorker", view.worker))
        form.addRow(tr("Supervisor"), text("readSupervisor", view.supervisor))
        form.addRow(tr("Date"), text("readDate", view.session_date))
        form.addRow(tr("Wellbeing"), text("readWellbeing", choice_label("wellbeing",
                                                                   view.wellbeing)))
        form.addRow(tr("Workload"), text("readWorkload", choice_label("workload", view.workload)))
        form.addRow(tr("About wellbeing and workload"), text("readNote", view.wellbeing_note))
        form.addRow(tr("Training needs"), text("readTraining", view.training_needs))
        self.main_layout.addLayout(form)
        self.main_layout.addWidget(QLabel(tr("Cases discussed")))
        self.cases_model = RowsModel[tuple[str, str]]([
            Column(tr("Case"), lambda c: c[0]),
            Column(tr("Decision"), lambda c: c[1]),
        ], lambda c: c[0], self)
        self.cases_model.set_rows(view.cases)
        self.cases_table = RowsTable(self.cases_model, "readCases")
        self.main_layout.addWidget(self.cases_table)
        self.main_layout.addWidget(QLabel(tr("Agreed actions")))
        self.actions_model = RowsModel[ActionLine]([
            Column(tr("Action"), lambda a: a.action),
            Column(tr("Due"), lambda a: a.due_date),
            Column(tr("Case"), lambda a: a.case_number or tr("No case")),
            Column(tr("Task now"), lambda a: choice_label("task_status", a.task_status)
                   if a.task_status else tr("Not on this device")),
        ], lambda a: f"{a.action}:{a.due_date}", self)
        self.actions_model.set_rows(view.actions)
        self.actions_table = RowsTable(self.actions_model, "readActions")
        self.main_layout.addWidget(self.actions_table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.set_button_box(buttons)
        self.resize(680, 560)


__all__ = ["SessionDialog", "SessionReadDialog"]
