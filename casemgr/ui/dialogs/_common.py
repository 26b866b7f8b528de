"""What the casework dialogs share: caseworker words for stored values, and inline messages.

Each dialog takes plain data and gives plain dicts; the messages it shows come from the
domain (validate_fields) or from the use case that refused the dict (ValidationError.errors).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casemgr.domain.errors import ValidationError
from casemgr.domain.records import FIELDS, RecordType, validate_fields
from casemgr.ui.forms.widgets import ErrorLabel

# Words a caseworker reads for the values records store (casemgr.domain.records).
CHOICE_LABELS: dict[str, dict[str, str]] = {
    "sex": {"female": "Female", "male": "Male", "other": "Other", "unknown": "Not known"},
    "role": {"child": "Child", "caregiver": "Caregiver", "other": "Other household member"},
    "legal_basis": {
        "consent": "Consent of the family",
        "court_order": "Court order",
        "statutory_duty": "Statutory duty",
        "vital_interest": "Vital interest (the child's life or safety is at risk)",
    },
    "protection_concern": {
        "physical_abuse": "Physical abuse",
        "sexual_abuse": "Sexual abuse",
        "emotional_abuse": "Emotional abuse",
        "neglect": "Neglect",
        "exploitation": "Exploitation",
        "child_labour": "Child labour",
        "family_separation": "Unaccompanied or separated",
        "trafficking": "Trafficking",
        "domestic_violence": "Exposure to domestic violence",
        "child_marriage": "Child marriage (or at risk)",
        "other": "Other",
    },
    "visit_type": {"home": "Home", "office": "Office", "school": "School", "phone": "Phone",
                   "other": "Other"},
    "urgency": {"routine": "Routine", "priority": "Priority", "emergency": "Emergency"},
    "service_type": {
        "health": "Health care",
        "mental_health": "Mental health",
        "education": "Education",
        "legal": "Legal aid",
        "shelter": "Shelter",
        "food": "Food",
        "cash_assistance": "Cash assistance",
        "family_support": "Family support",
        "disability": "Disability services",
        "substance_use": "Substance use",
        "other": "Other",
    },
    "goal_status": {"not_started": "Not started", "in_progress": "In progress",
                    "achieved": "Achieved", "dropped": "Dropped"},
    "task_kind": {"first_visit": "First visit", "review": "Case review",
                  "follow_up": "Follow-up", "other": "Other"},
    "risk": {"low": "Low", "medium": "Medium", "high": "High", "critical": "Critical"},
    "plan_status": {"draft": "Draft", "submitted": "Submitted for approval",
                    "approved": "Approved"},
}


def choice_label(vocabulary: str, value: Any) -> str:
    """The caseworker's word for a stored value, or the value itself if it has none."""
    return CHOICE_LABELS.get(vocabulary, {}).get(str(value), str(value).replace("_", " "))


def field_label(record_type: RecordType, name: str) -> str:
    """The label records.FIELDS gives a field, else its name made readable."""
    spec = FIELDS[record_type].get(name)
    return spec.label if spec is not None and spec.label else name.replace("_", " ").capitalize()


def sentence(name: str, message: str) -> str:
    """A message fit to show alone: "is required" from validate_fields becomes
    "Family name is required."; full sentences from the use cases are kept as they are."""
    message = message.strip()
    if message and message[0].islower():
        message = f"{name} {message}"
        if not message.endswith((".", "!", "?")):
            message += "."
    return message


def fields_problems(record_type: RecordType, fields: Mapping[str, Any], *,
                    complete: bool = True) -> dict[str, str]:
    """What the domain refuses in `fields` (field -> message); {} when they pass."""
    try:
        validate_fields(record_type, fields, complete=complete)
    except ValidationError as e:
        return dict(e.errors)
    return {}


def choice_combo(vocabulary: str, values: Iterable[str], *, blank: str | None = None,
                 parent: QWidget | None = None) -> QComboBox:
    """A drop-down of stored values shown in the caseworker's words; `blank` is "not set"."""
    combo = QComboBox(parent)
    if blank is not None:
        combo.addItem(blank, None)
    for value in values:
        combo.addItem(choice_label(vocabulary, value), value)
    return combo


def set_combo_value(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class RadioRow(QWidget):
    """A few options side by side as radio buttons (arrow keys move between them)."""

    def __init__(self, vocabulary: str, values: Sequence[Any], parent: QWidget | None = None,
                 *, labels: Sequence[str] | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.values = list(values)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for i, value in enumerate(self.values):
            text = labels[i] if labels is not None else choice_label(vocabulary, value)
            button = QRadioButton(text, self)
            button.setObjectName(f"{name}:{value}" if name else str(value))
            self.group.addButton(button, i)
            self.buttons.append(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.setFocusProxy(self.buttons[0])

    def value(self) -> Any:
        index = self.group.checkedId()
        return self.values[index] if index >= 0 else None

    def set_value(self, value: Any) -> None:
        self.group.setExclusive(False)
        for button, option in zip(self.buttons, self.values, strict=True):
            button.setChecked(value is not None and option == value
                              and type(option) is type(value))
        self.group.setExclusive(True)
        checked = self.group.checkedButton()
        self.setFocusProxy(checked if checked is not None else self.buttons[0])

    def button(self, value: Any) -> QRadioButton:
        return self.buttons[self.values.index(value)]


class FieldErrors:
    """Puts each message next to its field (keys like "family.name"); the rest go to a banner."""

    def __init__(self, banner: ErrorLabel, describe: Callable[[str], str] | None = None) -> None:
        self.banner = banner
        self.describe = describe or (lambda key: key)
        self._bound: dict[str, tuple[ErrorLabel, QWidget, str]] = {}

    def bind(self, key: str, label: ErrorLabel, focus: QWidget, name: str) -> None:
        label.setObjectName(f"error:{key}")
        self._bound[key] = (label, focus, name)

    def unbind(self, which: Callable[[str], bool]) -> None:
        """Forget the fields whose key `which` accepts (rows that were removed or renumbered)."""
        for key in [k for k in self._bound if which(k)]:
            del self._bound[key]

    def keys(self) -> list[str]:
        return list(self._bound)

    def clear(self) -> None:
        for label, _, _ in self._bound.values():
            label.set_message(None)
        self.banner.set_message(None)

    def show(self, errors: Mapping[str, str]) -> None:
        """Replace the messages on show with `errors` and focus the first field concerned."""
        self.clear()
        general: list[str] = []
        first: QWidget | None = None
        for key, (label, focus, name) in self._bound.items():
            if key in errors:
                label.set_message(sentence(name, errors[key]))
                first = first or focus
        for key, message in errors.items():
            if key not in self._bound:
                general.append(sentence(self.describe(key), message) if key else message)
        self.banner.set_message("\n".join(general))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def set(self, key: str, message: str | None) -> None:
        """Show or clear one field's message, leaving the others."""
        if key in self._bound:
            label, _, name = self._bound[key]
            label.set_message(sentence(name, message) if message else None)

    def messages(self) -> dict[str, str]:
        """The messages on show, by key ("" for the banner)."""
        shown = {k: lbl.message() for k, (lbl, _, _) in self._bound.items() if lbl.message()}
        if self.banner.message():
            shown[""] = self.banner.message()
        return shown


class CaseworkDialog(QDialog):
    """A dialog whose fields show their own messages; subclasses add rows and a button box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = ErrorLabel(self)
        self.banner.setObjectName("errors")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(6)
        self.field_errors = FieldErrors(self.banner, self._describe)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(self.banner)

    def _describe(self, key: str) -> str:
        return key.rsplit(".", 1)[-1].replace("_", " ").capitalize()

    def add_row(self, form: QFormLayout, key: str, text: str, widget: QWidget, *,
                required: bool = False, focus: QWidget | None = None) -> ErrorLabel:
        """A labelled field with its message underneath; the label is bound to the field."""
        label = QLabel(f"{text} *" if required else text)
        label.setObjectName(f"label:{key}")
        target = focus or widget.focusProxy() or widget
        label.setBuddy(target)
        name = f"{text} (required)" if required else text
        if isinstance(target, QAbstractButton) and target.text():
            # A radio button or check box keeps its own words; the group carries the label.
            widget.setAccessibleName(name)
        else:
            target.setAccessibleName(name)
        error = ErrorLabel()
        block = QWidget()
        box = QVBoxLayout(block)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        form.addRow(label, block)
        self.field_errors.bind(key, error, target, text)
        return error

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Show messages (e.g. ValidationError.errors from the use case) next to their fields."""
        self.field_errors.show(errors)

    def errors(self) -> dict[str, str]:
        """The messages on show, by key ("" for those not tied to a field)."""
        return self.field_errors.messages()
