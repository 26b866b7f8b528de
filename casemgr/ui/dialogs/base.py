"""The base of every casework dialog (`CaseworkDialog`: labelled fields with their messages
underneath, date fields and their check, Save and Cancel, the save path), and the caseworker
words for stored values.

Each dialog takes plain data and gives plain dicts; the messages it shows come from the
domain (validate_fields), from its own checks (`problems`), or from the use case that refused
the dict (ValidationError.errors, handed back through `show_errors`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casemgr.domain.errors import ValidationError
from casemgr.domain.labels import choice_label
from casemgr.domain.records import FIELDS, RecordType, validate_fields
from casemgr.ui.forms.widgets import DateField, ErrorLabel, OptionButtons

NOT_A_DATE = "Write the date as YYYY-MM-DD."


def field_label(record_type: RecordType, name: str) -> str:
    """The label records.FIELDS gives a field, else its name made readable."""
    spec = FIELDS[record_type].get(name)
    return spec.label if spec is not None and spec.label else name.replace("_", " ").capitalize()


def field_words(record_type: str, name: str) -> str:
    """`field_label` for a record type given as stored text (one this version may not know)."""
    try:
        return field_label(RecordType(record_type), name)
    except ValueError:
        return name.replace("_", " ").capitalize()


def record_words(record_type: str) -> str:
    """A record type as the caseworker reads it: "Case plan"."""
    return choice_label("record_type", record_type).capitalize()


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
    """A few options side by side as radio buttons (arrow keys move between them); the group
    is a forms.widgets.OptionButtons, as in the form renderer."""

    def __init__(self, vocabulary: str, values: Sequence[Any], parent: QWidget | None = None,
                 *, labels: Sequence[str] | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.group = OptionButtons(values, self)
        self.values = self.group.options
        self.buttons = self.group.option_buttons
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for i, value in enumerate(self.values):
            text = labels[i] if labels is not None else choice_label(vocabulary, value)
            button = QRadioButton(text, self)
            button.setObjectName(f"{name}:{value}" if name else str(value))
            self.group.add_option_button(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.setFocusProxy(self.buttons[0])

    def value(self) -> Any:
        return self.group.value()

    def set_value(self, value: Any) -> None:
        self.group.set_value(value)
        checked = self.group.checkedButton()
        self.setFocusProxy(checked if checked is not None else self.buttons[0])

    def button(self, value: Any) -> QAbstractButton:
        return self.group.button_of(value)


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


def add_field_row(form: QFormLayout, field_errors: FieldErrors, key: str, text: str,
                  widget: QWidget, *, required: bool = False,
                  focus: QWidget | None = None) -> ErrorLabel:
    """A labelled field with its message underneath; the label is bound to the field (its
    buddy and accessible name), the message to `key` in `field_errors`."""
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
    field_errors.bind(key, error, target, text)
    return error


def date_field(today: date, name: str = "", *, value: date | str | None = None,
               latest: date | None = None, parent: QWidget | None = None) -> DateField:
    """A date typed or picked, its input named `name`; `latest` is the last day the calendar
    offers (today for a date that cannot be in the future)."""
    field = DateField(parent, today=today)
    if name:
        field.line_edit.setObjectName(name)
    if latest is not None:
        field.set_range(maximum=latest)
    if value is not None:
        field.set_date(value)
    return field


def date_problem(field: DateField, *, missing: str | None = None, invalid: str = NOT_A_DATE,
                 latest: date | None = None, too_late: str = "") -> str | None:
    """What is wrong with the date in `field`, or None: `missing` when blank (None: a blank
    date is fine), `invalid` when it is not a date, `too_late` when it is after `latest`."""
    if field.date_text() is None:
        return missing
    day = field.date()
    if day is None:
        return invalid
    if latest is not None and day > latest:
        return too_late
    return None


class CaseworkDialog(QDialog):
    """A dialog of labelled fields, each with its message underneath, and a banner for the
    messages no field owns. Subclasses add rows (`add_row`, `add_date_row`), then the buttons
    (`add_buttons`); Save runs `save`: `problems()` shown beside their fields, or accept."""

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

    # -- fields --------------------------------------------------------------------------------

    @staticmethod
    def new_form() -> QFormLayout:
        """A form whose fields take the dialog's width."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def add_row(self, form: QFormLayout, key: str, text: str, widget: QWidget, *,
                required: bool = False, focus: QWidget | None = None) -> ErrorLabel:
        """A labelled field with its message underneath; the label is bound to the field."""
        return add_field_row(form, self.field_errors, key, text, widget, required=required,
                             focus=focus)

    def add_date_row(self, form: QFormLayout, key: str, text: str, *, today: date,
                     required: bool = False, value: date | str | None = None,
                     latest: date | None = None) -> DateField:
        """A labelled date field (its input named `key`), checked by `date_problem`."""
        field = date_field(today, key, value=value, latest=latest)
        self.add_row(form, key, text, field, required=required, focus=field.line_edit)
        return field

    # -- buttons and saving --------------------------------------------------------------------

    def add_buttons(self, save_text: str | None = None, *, name: str = "save",
                    enter_saves: bool = True) -> QPushButton:
        """Save (or a button reading `save_text`) and Cancel, added at the bottom: Save runs
        `save`, Cancel rejects. `enter_saves=False` keeps Enter in a line from saving."""
        self.buttons = QDialogButtonBox(self)
        if save_text is None:
            button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        else:
            button = self.buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        assert button is not None
        self.save_button = button
        self.save_button.setObjectName(name)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        if not enter_saves:
            for b in (self.save_button, self.cancel_button):
                b.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.main_layout.addWidget(self.buttons)
        return self.save_button

    def ctrl_enter_saves(self) -> None:
        """Ctrl+Enter saves from anywhere in the dialog (also in a text box)."""
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)

    def problems(self) -> dict[str, str]:
        """What must be fixed before saving (key -> message); {} when all is well."""
        return {}

    @Slot()
    def save(self) -> None:
        """Show the problems beside their fields, or accept when there are none."""
        errors = self.problems()
        if errors:
            self.show_errors(errors)
            return
        self.field_errors.clear()
        self.accept()

    # -- messages ------------------------------------------------------------------------------

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Show messages (e.g. ValidationError.errors from the use case) next to their fields."""
        self.field_errors.show(errors)

    def errors(self) -> dict[str, str]:
        """The messages on show, by key ("" for those not tied to a field)."""
        return self.field_errors.messages()
