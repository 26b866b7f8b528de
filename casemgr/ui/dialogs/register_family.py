"""RegisterFamilyDialog: a family, its household members and a new case, after a duplicate check.

The dialog never reads the workspace: it asks for the duplicate check with a signal and is
given the candidates (Casework.possible_duplicates) back through `show_duplicates`.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casemgr.domain.records import (
    LEGAL_BASES,
    PERSON_ROLES,
    PROTECTION_CONCERNS,
    SEX,
    RecordType,
    RiskLevel,
)
from casemgr.ui.dialogs.base import (
    CaseworkDialog,
    choice_combo,
    date_field,
    date_problem,
    field_label,
    fields_problems,
)
from casemgr.ui.forms.widgets import ErrorLabel, HelpLabel
from casemgr.ui.i18n import plural, tr
from casemgr.ui.labels import choice_label

# A record id that passes validate_fields where the real one is only known when writing.
_PLACEHOLDER_ID = "00000000-0000-7000-8000-000000000000"
RELATIONSHIPS = ("mother", "father", "grandmother", "grandfather", "aunt", "uncle", "sibling",
                 "stepmother", "stepfather", "foster carer", "guardian", "neighbour")

_MEMBER_KEY = re.compile(r"member[0-9]+\.")
DuplicateQuery = tuple[str, str, str | None, int | None]


class _MemberRow(QFrame):
    """One person of the household: names, role, sex, date of birth or estimated age."""

    remove_requested = Signal(QWidget)
    identity_edited = Signal()  # names, date of birth or age edited: time for a duplicate check

    def __init__(self, today: date, parent: QWidget | None = None, *,
                 family_name: str = "", role: str = "child") -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.given_name = QLineEdit(self)
        self.family_name = QLineEdit(family_name, self)
        self.role = choice_combo("role", PERSON_ROLES, parent=self)
        self.role.setCurrentIndex(max(self.role.findData(role), 0))
        self.sex = choice_combo("sex", SEX, blank=tr("Not recorded"), parent=self)
        self.date_of_birth = date_field(today, latest=today, parent=self)
        self.estimated_age = QLineEdit(self)
        self.estimated_age.setValidator(QIntValidator(0, 120, self.estimated_age))
        self.estimated_age.setMaximumWidth(80)
        self.relationship = QLineEdit(self)
        self.relationship.setPlaceholderText(tr("e.g. mother, grandfather, sibling"))
        completer = QCompleter(list(RELATIONSHIPS), self.relationship)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.relationship.setCompleter(completer)
        self.remove_button = QPushButton(tr("Remove"), self)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.errors: dict[str, ErrorLabel] = {}
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.addWidget(self.title, 0, 0, 1, 3)
        grid.addWidget(self.remove_button, 0, 3, Qt.AlignmentFlag.AlignRight)
        cells: list[tuple[str, str, QWidget, QWidget, int, int]] = [
            ("given_name", tr("Given name *"), self.given_name, self.given_name, 1, 0),
            ("family_name", tr("Family name *"), self.family_name, self.family_name, 1, 1),
            ("role", tr("Role *"), self.role, self.role, 1, 2),
            ("sex", tr("Sex"), self.sex, self.sex, 1, 3),
            ("date_of_birth", tr("Date of birth"), self.date_of_birth,
             self.date_of_birth.line_edit, 4, 0),
            ("estimated_age", tr("or estimated age (years)"), self.estimated_age,
             self.estimated_age, 4, 1),
            ("relationship", tr("Relationship to child"), self.relationship, self.relationship,
             4, 2),
        ]
        for key, text, widget, focus, row, column in cells:
            label = QLabel(text, self)
            label.setBuddy(focus)
            focus.setAccessibleName(text.rstrip(" *"))
            error = ErrorLabel(self)
            span = 2 if key == "relationship" else 1
            grid.addWidget(label, row, column, 1, span)
            grid.addWidget(widget, row + 1, column, 1, span)
            grid.addWidget(error, row + 2, column, 1, span)
            self.errors[key] = error
            self.labels[key] = label
        self.focus_targets: dict[str, QWidget] = {key: focus for key, _, _, focus, _, _ in cells}

        self.date_of_birth.changed.connect(self._date_changed)
        for edit in (self.given_name, self.family_name, self.estimated_age):
            edit.editingFinished.connect(self.identity_edited)
        self.date_of_birth.editing_finished.connect(self.identity_edited)

    def set_number(self, number: int, removable: bool) -> None:
        self.title.setText(tr("Person {number}").format(number=number))
        self.setAccessibleName(tr("Person {number}").format(number=number))
        self.remove_button.setAccessibleName(tr("Remove person {number}").format(number=number))
        self.remove_button.setEnabled(removable)

    def tab_chain(self) -> list[QWidget]:
        return [self.given_name, self.family_name, self.role, self.sex,
                self.date_of_birth.line_edit, self.estimated_age, self.relationship,
                self.remove_button]

    @Slot()
    def _date_changed(self) -> None:
        # A date of birth is more precise than an estimate: the age is not asked then.
        has_date = bool(self.date_of_birth.text())
        self.estimated_age.setEnabled(not has_date)
        self.estimated_age.setPlaceholderText(tr("from date of birth") if has_date else "")

    def age(self) -> int | None:
        text = self.estimated_age.text().strip()
        return int(text) if text.isdigit() else None

    def query(self) -> DuplicateQuery | None:
        """What the duplicate check looks for, once both names are given."""
        given, family = self.given_name.text().strip(), self.family_name.text().strip()
        if not given or not family:
            return None
        dob = self.date_of_birth.date_text()
        return (given, family, dob, None if dob else self.age())

    def value(self) -> dict[str, Any]:
        """The person's fields as Casework.register_family takes them (family_id is added there)."""
        person: dict[str, Any] = {
            "given_name": self.given_name.text().strip(),
            "family_name": self.family_name.text().strip(),
            "role": self.role.currentData(),
        }
        if self.sex.currentData() is not None:
            person["sex"] = self.sex.currentData()
        dob = self.date_of_birth.date_text()
        if dob:
            person["date_of_birth"] = dob
        elif self.age() is not None:
            person["estimated_age"] = self.age()
        if self.relationship.text().strip():
            person["relationship"] = self.relationship.text().strip()
        return {k: v for k, v in person.items() if v not in ("", None)}


class RegisterFamilyDialog(CaseworkDialog):
    """A family, its household and a case; Create asks for a duplicate check, then a confirmation
    if people may be registered already. `value()`: (family, members, case) for register_family."""

    duplicate_check_requested = Signal(list)  # [(given, family, dob or None, age or None)]
    open_case_requested = Signal(str)  # the case id of a possible duplicate the user opens

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None,
                 areas: Sequence[str] = (), check_duplicates: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Register a family"))
        self.setObjectName("register_family_dialog")
        self._today = today or date.today()
        self._check_duplicates = check_duplicates
        self._last_query: list[DuplicateQuery] | None = None
        self._answered_query: list[DuplicateQuery] | None = None
        self._candidates: list[dict[str, Any]] = []
        self._create_pending = False
        self.rows: list[_MemberRow] = []

        # -- family ------------------------------------------------------------------------
        family_box = QGroupBox(tr("Family"))
        family_form = QFormLayout(family_box)
        self.family_name = QLineEdit()
        self.address = QLineEdit()
        self.area = QLineEdit()
        if areas:
            area_completer = QCompleter(list(areas), self.area)
            area_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.area.setCompleter(area_completer)
        self.phone = QLineEdit()
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.language = QLineEdit()
        self.language.setPlaceholderText(tr("Language spoken at home"))
        self.family_inputs = {"name": self.family_name, "address": self.address,
                              "area": self.area, "phone": self.phone,
                              "language": self.language}
        for key, edit in self.family_inputs.items():
            edit.setObjectName(f"family.{key}")
            self.add_row(family_form, f"family.{key}", field_label(RecordType.FAMILY, key),
                         edit, required=key == "name")
        self._family_name_before = ""
        self.family_name.textEdited.connect(self._family_name_edited)

        # -- household -----------------------------------------------------------------------
        members_box = QGroupBox(tr("People in the household"))
        self.members_layout = QVBoxLayout()
        self.add_member_button = QPushButton(tr("Add a person"))
        self.add_member_button.setObjectName("add_member")
        self.add_member_button.clicked.connect(lambda: self.add_member())
        self.members_error = ErrorLabel()
        self.field_errors.bind("members", self.members_error, self.add_member_button,
                               tr("Household"))
        members_note = HelpLabel(tr("Give each child's date of birth, or an estimated age if it "
                                    "is not known."))
        members_outer = QVBoxLayout(members_box)
        members_outer.addWidget(members_note)
        members_outer.addLayout(self.members_layout)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_member_button)
        add_row.addStretch(1)
        members_outer.addLayout(add_row)
        members_outer.addWidget(self.members_error)

        # -- case ----------------------------------------------------------------------------
        case_box = QGroupBox(tr("Case"))
        self.case_form = QFormLayout(case_box)
        self.risk = choice_combo("risk", [r.value for r in RiskLevel], blank=tr("Not assessed yet"))
        self.risk.setObjectName("case.risk")
        self.add_row(self.case_form, "case.risk", tr("Risk"), self.risk)
        concerns = QWidget()
        concerns.setObjectName("case.protection_concerns")
        concerns_grid = QGridLayout(concerns)
        concerns_grid.setContentsMargins(0, 0, 0, 0)
        self.concern_boxes: dict[str, QCheckBox] = {}
        for i, value in enumerate(PROTECTION_CONCERNS):
            box = QCheckBox(choice_label("protection_concern", value), concerns)
            box.setObjectName(f"concern:{value}")
            concerns_grid.addWidget(box, i // 2, i % 2)
            self.concern_boxes[value] = box
        self.add_row(self.case_form, "case.protection_concerns", tr("Protection concerns"),
                     concerns, focus=self.concern_boxes[PROTECTION_CONCERNS[0]])
        self.legal_basis = choice_combo("legal_basis", LEGAL_BASES, blank=tr("Choose…"))
        self.legal_basis.setObjectName("case.legal_basis")
        self.add_row(self.case_form, "case.legal_basis", tr("Consent or legal basis"),
                     self.legal_basis, required=True)
        self.consent_given_by = QLineEdit()
        self.consent_given_by.setObjectName("case.consent_given_by")
        self.consent_given_by.setPlaceholderText(tr("Name and relationship to the child"))
        self.add_row(self.case_form, "case.consent_given_by", tr("Consent given by"),
                     self.consent_given_by, required=True)
        self.consent_date = self.add_date_row(
            self.case_form, "case.consent_date", tr("Consent date"), today=self._today,
            required=True, value=self._today, latest=self._today)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("case.summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(tr("Why the family was referred, and what is known so far"))
        self.summary.setMaximumHeight(self.summary.fontMetrics().lineSpacing() * 6 + 12)
        self.add_row(self.case_form, "case.summary", tr("Summary"), self.summary)
        self.legal_basis.currentIndexChanged.connect(self._basis_changed)

        # -- duplicates ----------------------------------------------------------------------
        self.duplicates_panel = QFrame()
        self.duplicates_panel.setObjectName("duplicates")
        self.duplicates_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicates_title = QLabel()
        self.duplicates_title.setWordWrap(True)
        self.duplicates_list = QTreeWidget()
        self.duplicates_list.setObjectName("duplicates_list")
        self.duplicates_list.setRootIsDecorated(False)
        self.duplicates_list.setHeaderLabels([tr("Name"), tr("Date of birth"), tr("Case"),
                                              tr("Match")])
        self.duplicates_list.setAccessibleName(tr("People already registered who may be the same"))
        self.duplicates_list.setMaximumHeight(110)
        self.open_case_button = QPushButton(tr("Open the existing case instead"))
        self.open_case_button.setObjectName("open_existing_case")
        self.open_case_button.clicked.connect(self._open_existing)
        self.confirm_different = QCheckBox(tr("These are different people: register a new family"))
        self.confirm_different.setObjectName("confirm_different")
        self.confirm_error = ErrorLabel()
        dup_layout = QVBoxLayout(self.duplicates_panel)
        dup_layout.addWidget(self.duplicates_title)
        dup_layout.addWidget(self.duplicates_list)
        dup_buttons = QHBoxLayout()
        dup_buttons.addWidget(self.open_case_button)
        dup_buttons.addStretch(1)
        dup_layout.addLayout(dup_buttons)
        dup_layout.addWidget(self.confirm_different)
        dup_layout.addWidget(self.confirm_error)
        self.duplicates_panel.setVisible(False)
        self.confirm_different.toggled.connect(lambda _on: self.confirm_error.set_message(None))
        self.check_status = HelpLabel()
        self.check_status.setObjectName("duplicate_status")

        # -- layout --------------------------------------------------------------------------
        # The form scrolls (the dialog's content); the duplicate check stays by the buttons.
        self.main_layout.addWidget(family_box)
        self.main_layout.addWidget(members_box)
        self.main_layout.addWidget(case_box)
        self.main_layout.addStretch(1)
        self.footer_layout.addWidget(self.duplicates_panel)
        self.footer_layout.addWidget(self.check_status)
        self.create_button = self.add_buttons(tr("Create"), name="create", enter_saves=False)

        self.add_member(role="child")
        self._basis_changed()
        self.resize(820, 860)
        self.family_name.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- household ---------------------------------------------------------------------------

    def add_member(self, role: str = "child") -> _MemberRow:
        """Add a row for one more person (the family name is filled in from the family's)."""
        row = _MemberRow(self._today, family_name=self.family_name.text().strip(), role=role)
        row.remove_requested.connect(self._remove_member)
        row.identity_edited.connect(self._identity_edited)
        self.rows.append(row)
        self.members_layout.addWidget(row)
        row.show()  # a layout shows a new child only on the next event loop turn
        self._renumber()
        if len(self.rows) > 1:
            row.given_name.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(row)
        return row

    @Slot(QWidget)
    def _remove_member(self, row: QWidget) -> None:
        if not isinstance(row, _MemberRow) or len(self.rows) <= 1:
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        self.members_layout.removeWidget(row)
        row.deleteLater()
        self._renumber()
        self.rows[min(index, len(self.rows) - 1)].given_name.setFocus(
            Qt.FocusReason.OtherFocusReason)
        self._identity_edited()

    def _renumber(self) -> None:
        """Bind each row's messages to its key ("member2.date_of_birth") in the current order."""
        self.field_errors.unbind(lambda key: _MEMBER_KEY.match(key) is not None)
        chain: list[QWidget] = [*self.family_inputs.values()]
        for number, row in enumerate(self.rows, start=1):
            row.set_number(number, removable=len(self.rows) > 1)
            for key, error in row.errors.items():
                error.set_message(None)
                label = row.labels[key].text().rstrip(" *")
                if key == "estimated_age":
                    label = tr("Estimated age")
                self.field_errors.bind(f"member{number}.{key}", error, row.focus_targets[key],
                                       label, context=tr("Person {number}").format(number=number))
            chain.extend(row.tab_chain())
        chain.extend([self.add_member_button, self.risk,
                      *self.concern_boxes.values(), self.legal_basis, self.consent_given_by,
                      self.consent_date.line_edit, self.summary])
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    @Slot(str)
    def _family_name_edited(self, text: str) -> None:
        # Members whose family name still follows the family's keep following it.
        for row in self.rows:
            if row.family_name.text().strip() == self._family_name_before:
                row.family_name.setText(text.strip())
        self._family_name_before = text.strip()

    # -- case --------------------------------------------------------------------------------

    @Slot()
    def _basis_changed(self) -> None:
        consent = self.legal_basis.currentData() == "consent"
        for widget in (self.consent_given_by, self.consent_date):
            self.case_form.setRowVisible(self._form_row(widget), consent)

    def _form_row(self, widget: QWidget) -> int:
        block = widget.parentWidget()  # the block holding the field and its message
        assert block is not None
        position: tuple[int, Any] = self.case_form.getWidgetPosition(block)  # type: ignore[assignment]
        return position[0]

    # -- duplicate check ---------------------------------------------------------------------

    def duplicate_query(self) -> list[DuplicateQuery]:
        """The people to look for: everyone with both names given."""
        return [q for q in (row.query() for row in self.rows) if q is not None]

    @Slot()
    def _identity_edited(self) -> None:
        self._request_check()

    def _request_check(self) -> bool:
        """Ask for a check of the current names if they were not asked about already."""
        if not self._check_duplicates:
            return False
        query = self.duplicate_query()
        if not query or query == self._last_query:
            return False
        self._last_query = query
        self.check_status.set_help(tr("Checking for people already registered…"))
        self.duplicate_check_requested.emit(list(query))
        return True

    def show_duplicates(self, candidates: Sequence[Any]) -> None:
        """The answer to the last duplicate check: PossibleDuplicate objects or dicts with
        case_id, case_number, person_id, name, date_of_birth, similarity."""
        self._answered_query = self._last_query
        self._candidates = [_as_dict(c) for c in candidates]
        self.duplicates_list.clear()
        self.confirm_different.setChecked(False)
        self.confirm_error.set_message(None)
        if not self._candidates:
            self.duplicates_panel.setVisible(False)
            self.check_status.set_help(tr("No one with these names is registered yet."))
            self.create_button.setEnabled(True)
            if self._create_pending:
                self._create_pending = False
                self.save()
            return
        for c in self._candidates:
            similarity = c.get("similarity")
            match = f"{round(float(similarity) * 100)}%" if similarity is not None else ""
            item = QTreeWidgetItem([str(c.get("name", "")), str(c.get("date_of_birth") or "—"),
                                    str(c.get("case_number", "")), match])
            item.setData(0, Qt.ItemDataRole.UserRole, c.get("case_id"))
            self.duplicates_list.addTopLevelItem(item)
        first_item = self.duplicates_list.topLevelItem(0)
        if first_item is not None:
            self.duplicates_list.setCurrentItem(first_item)
        for column in range(4):
            self.duplicates_list.resizeColumnToContents(column)
        n = len(self._candidates)
        self.duplicates_title.setText(
            plural(n, tr("%Ln person already registered may be the same. Open the existing "
                         "case, or confirm that this is a different family.", "", n),
                   tr("%Ln people already registered may be the same. Open the existing "
                      "case, or confirm that this is a different family.", "", n)))
        self.duplicates_panel.setVisible(True)
        self.check_status.set_help("")
        self.create_button.setEnabled(True)
        self._create_pending = False

    @Slot()
    def _open_existing(self) -> None:
        item = self.duplicates_list.currentItem()
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole):
            self.open_case_requested.emit(str(item.data(0, Qt.ItemDataRole.UserRole)))
            self.reject()

    # -- create ------------------------------------------------------------------------------

    def value(self) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]:
        """(family, members, case) exactly as Casework.register_family takes them."""
        family = {k: e.text().strip() for k, e in self.family_inputs.items() if e.text().strip()}
        members = [row.value() for row in self.rows]
        case: dict[str, Any] = {}
        if self.risk.currentData() is not None:
            case["risk"] = self.risk.currentData()
        concerns = [v for v, box in self.concern_boxes.items() if box.isChecked()]
        if concerns:
            case["protection_concerns"] = concerns
        if self.legal_basis.currentData() is not None:
            case["legal_basis"] = self.legal_basis.currentData()
        if case.get("legal_basis") == "consent":
            if self.consent_given_by.text().strip():
                case["consent_given_by"] = self.consent_given_by.text().strip()
            if self.consent_date.date_text():
                case["consent_date"] = self.consent_date.date_text()
        if self.summary.toPlainText().strip():
            case["summary"] = self.summary.toPlainText().strip()
        return family, members, case

    def problems(self) -> dict[str, str]:
        """What must be fixed before Create, with the keys register_family uses."""
        family, members, case = self.value()
        errors = {f"family.{k}": v for k, v in fields_problems(RecordType.FAMILY, family).items()}
        if not any(m.get("role") == "child" for m in members):
            errors["members"] = tr("Register at least one child.")
        for i, (member, row) in enumerate(zip(members, self.rows, strict=True), start=1):
            person = {**member, "family_id": _PLACEHOLDER_ID}
            for k, v in fields_problems(RecordType.PERSON, person).items():
                errors[f"member{i}.{k}"] = v
            born = date_problem(row.date_of_birth, latest=self._today,
                                too_late=tr("A date of birth cannot be in the future."))
            if born:
                errors[f"member{i}.date_of_birth"] = born
            elif (member.get("role") == "child" and not row.date_of_birth.date_text()
                  and row.age() is None):
                errors[f"member{i}.date_of_birth"] = (tr("Give the child's date of birth or "
                                                      "estimated age."))
        placeholders = {"case_number": "pending", "family_id": _PLACEHOLDER_ID,
                        "status": "open", "assigned_to": "pending",
                        "opened_on": self._today.isoformat()}
        for k, v in fields_problems(RecordType.CASE, {**case, **placeholders}).items():
            errors[f"case.{k}"] = v
        if case.get("legal_basis") == "consent":
            if not case.get("consent_given_by"):
                errors["case.consent_given_by"] = tr("Record who gave consent.")
            missing = tr("Record the date consent was given (YYYY-MM-DD).")
            consent_day = date_problem(self.consent_date, missing=missing, invalid=missing,
                                       latest=self._today,
                                       too_late=tr("The consent date cannot be in the future."))
            if consent_day:
                errors["case.consent_date"] = consent_day
        return errors

    @Slot()
    def save(self) -> None:
        """Create: the problems beside their fields, else the duplicate check, else the
        confirmation that possible duplicates are different people, then accept."""
        errors = self.problems()
        if errors:
            self._create_pending = False
            self.show_problems(errors)
            return
        self.field_errors.clear()
        if self._check_duplicates and self.duplicate_query() != self._answered_query:
            self._create_pending = True
            self.create_button.setEnabled(False)
            if not self._request_check():
                # Already asked about these names: wait for that answer.
                self.check_status.set_help(tr("Checking for people already registered…"))
            return
        if self._candidates and not self.confirm_different.isChecked():
            self.confirm_error.set_message(
                tr("Confirm that this is a different family, or open the existing case."))
            self.confirm_different.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()

    def _describe(self, key: str) -> str:
        section, _, name = key.partition(".")
        if section == "case":
            return field_label(RecordType.CASE, name)
        if section == "family":
            return tr("Family: {field_label}").format(
                       field_label=field_label(RecordType.FAMILY, name))
        if section.startswith("member"):
            return tr("Person {section}: {field_label}").format(
                section=section[6:], field_label=field_label(RecordType.PERSON, name))
        return super()._describe(key)


def _as_dict(candidate: Any) -> dict[str, Any]:
    if isinstance(candidate, Mapping):
        return dict(candidate)
    if dataclasses.is_dataclass(candidate) and not isinstance(candidate, type):
        return dataclasses.asdict(candidate)
    return {k: getattr(candidate, k, None) for k in
            ("case_id", "case_number", "person_id", "name", "date_of_birth", "similarity")}
