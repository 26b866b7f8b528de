"""The base of every dialog (`FittedDialog`: it fits the screen, its content scrolls while its
buttons stay in view, and Esc, Cancel or closing the window ask before dropping what was typed)
and of every casework dialog (`CaseworkDialog`: labelled fields with their messages underneath
and a summary of them on top, date fields and their check, Save and Cancel, the save path), and
the caseworker words for stored values.

Each dialog takes plain data and gives plain dicts; the messages it shows come from the
domain (validate_fields), from its own checks (`problems`), or from the use case that refused
the dict (ValidationError.errors, handed back through `show_errors`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from casemgr.domain.errors import ValidationError
from casemgr.domain.records import FIELDS, RecordType, validate_fields
from casemgr.ui.forms.widgets import DateField, ErrorLabel, MessageSummary, OptionButtons
from casemgr.ui.i18n import N_, localize, tr
from casemgr.ui.labels import choice_label

NOT_A_DATE = N_("Write the date as YYYY-MM-DD.")
REQUIRED_HINT = N_("Fields marked * must be filled in.")
DISCARD_QUESTION = N_("Discard what you typed?")


def field_label(record_type: RecordType, name: str) -> str:
    """The label records.FIELDS gives a field, else its name made readable."""
    spec = FIELDS[record_type].get(name)
    return (tr(spec.label) if spec is not None and spec.label
            else name.replace("_", " ").capitalize())


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
    """A message fit to show alone, in the user's language: "is required" from
    validate_fields becomes "Family name is required."; full sentences from the use cases are
    kept as they are. Whether it is such a fragment is read from the English (a script
    without capitals, Arabic, cannot tell)."""
    fragment = str(message).strip()[:1].islower()
    text = localize(message).strip()
    if fragment:
        text = f"{name} {text}"
        if not text.endswith((".", "!", "?", "。")):
            text += "."
    return text


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


@dataclass
class _Bound:
    label: ErrorLabel
    focus: QWidget
    name: str
    widget: QWidget
    context: str


class FieldErrors:
    """Puts each message next to its field (keys like "family.name"); the rest go to a banner.
    With a `summary` (a dialog's MessageSummary), every message is also listed there, named
    after its field, in the order of the fields."""

    def __init__(self, banner: ErrorLabel | None, describe: Callable[[str], str] | None = None,
                 *, summary: MessageSummary | None = None) -> None:
        self.banner = banner
        self.summary = summary
        self.describe = describe or (lambda key: key)
        self._bound: dict[str, _Bound] = {}
        self._raw: dict[str, str] = {}  # the messages on show as given, by key
        self._general: list[str] = []  # the messages no field owns, as shown

    def bind(self, key: str, label: ErrorLabel, focus: QWidget, name: str, *,
             widget: QWidget | None = None, context: str = "") -> None:
        """`widget`: what holds the input (its changes concern `key`), `focus` by default;
        `context`: where the field is, for the summary ("Person 2")."""
        label.setObjectName(f"error:{key}")
        self._bound[key] = _Bound(label, focus, name, widget or focus, context)

    def unbind(self, which: Callable[[str], bool]) -> None:
        """Forget the fields whose key `which` accepts (rows that were removed or renumbered)."""
        for key in [k for k in self._bound if which(k)]:
            del self._bound[key]
            self._raw.pop(key, None)
        self._summarise()

    def keys(self) -> list[str]:
        return list(self._bound)

    def key_of(self, widget: QWidget) -> str | None:
        """The field `widget` belongs to, if any."""
        for key, bound in self._bound.items():
            if widget is bound.widget or bound.widget.isAncestorOf(widget):
                return key
        return None

    def clear(self) -> None:
        for bound in self._bound.values():
            bound.label.set_message(None)
        self._raw.clear()
        self._general = []
        if self.banner is not None:
            self.banner.set_message(None)
        self._summarise()

    def _in_form_order(self) -> list[tuple[str, _Bound]]:
        """The fields top to bottom, left to right, as the user reads them (rows added later,
        such as another person, are bound last but may sit higher)."""
        def place(item: tuple[str, _Bound]) -> tuple[int, int]:
            label = item[1].label
            point = label.mapTo(label.window(), QPoint(0, 0))
            return point.y(), point.x()

        return sorted(self._bound.items(), key=place)

    def show(self, errors: Mapping[str, str]) -> QWidget | None:
        """Replace the messages on show with `errors`; focus (and return) the first field
        concerned. What the domain said (casemgr.domain.text.msg) is shown in the user's
        language."""
        self.clear()
        first: QWidget | None = None
        for key, bound in self._in_form_order():
            if key in errors:
                self._raw[key] = errors[key]
                bound.label.set_message(sentence(bound.name, errors[key]))
                first = first or bound.focus
        self._general = [sentence(self.describe(key), message) if key else localize(message)
                         for key, message in errors.items() if key not in self._bound]
        if self.banner is not None:
            self.banner.set_message("\n".join(self._general))
        self._summarise()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return first

    def set(self, key: str, message: str | None) -> None:
        """Show or clear one field's message, leaving the others."""
        if key in self._bound:
            bound = self._bound[key]
            bound.label.set_message(sentence(bound.name, message) if message else None)
            if message:
                self._raw[key] = message
            else:
                self._raw.pop(key, None)
            self._summarise()

    def messages(self) -> dict[str, str]:
        """The messages on show, by key ("" for those no field owns)."""
        shown = {k: b.label.message() for k, b in self._bound.items() if b.label.message()}
        if self._general:
            shown[""] = "\n".join(self._general)
        return shown

    def summary_lines(self) -> list[str]:
        """Each problem once, named after its field, in the order of the fields; fields that
        share one message (two ways to give the same thing) share its line."""
        shared: dict[tuple[str, str], list[str]] = {}
        lines: list[tuple[str, str, list[str]]] = []
        for key, bound in self._in_form_order():
            raw = self._raw.get(key)
            if not raw or not bound.label.message():
                continue
            if raw[:1].islower():  # "is required": it reads after the field's name
                text = sentence(bound.name, raw)
                lines.append((bound.context, text, []))
                continue
            if (bound.context, raw) in shared:
                shared[(bound.context, raw)].append(bound.name)
                continue
            names = [bound.name]
            shared[(bound.context, raw)] = names
            lines.append((bound.context, localize(raw), names))
        out = []
        for context, text, names in lines:
            line = f"{', '.join(names)}: {text}" if names else text
            out.append(f"{context} – {line}" if context else line)
        return out + self._general

    def _summarise(self) -> None:
        if self.summary is not None:
            self.summary.set_message("\n".join(f"• {line}" for line in self.summary_lines()))


def add_field_row(form: QFormLayout, field_errors: FieldErrors, key: str, text: str,
                  widget: QWidget, *, required: bool = False,
                  focus: QWidget | None = None) -> ErrorLabel:
    """A labelled field with its message underneath; the label is bound to the field (its
    buddy and accessible name), the message to `key` in `field_errors`."""
    label = QLabel(f"{text} *" if required else text)
    label.setObjectName(f"label:{key}")
    target = focus or widget.focusProxy() or widget
    label.setBuddy(target)
    name = tr("{text} (required)").format(
               text=text) if required else text
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
    field_errors.bind(key, error, target, text, widget=widget)
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
        return tr(invalid)
    if latest is not None and day > latest:
        return too_late
    return None


def screen_space(widget: QWidget) -> QRect:
    """The part of `widget`'s screen a window may take: the screen without its panels and
    docks (at 1366×768 with a top bar, about 1366×740)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


# The window system's frame around a dialog (title bar, borders), when it cannot be measured
# yet: a dialog is sized before its first show, and so before it has a frame.
FRAME_ALLOWANCE = QSize(16, 48)


class _NotInput:
    pass


_NOT_INPUT = _NotInput()


def _input_value(widget: QWidget) -> Any:
    """What the user has put in `widget`, comparable over time; _NOT_INPUT for what takes none."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else _NOT_INPUT
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractItemView) and widget.selectionModel() is not None:
        return tuple(sorted((i.row(), i.column())
                            for i in widget.selectionModel().selectedIndexes()))
    return _NOT_INPUT


def _filled(value: Any) -> bool:
    """Whether a value found in an input added after the dialog opened is something typed or
    chosen (an empty new row is not)."""
    if isinstance(value, str):
        return bool(value.strip())
    return value is True


def keep_room(widget: QWidget) -> QWidget:
    """Keep `widget`'s place in its layout while it is hidden (a message under a field), so
    that what is around it does not move when it comes or goes."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
    return widget


def not_input(widget: QWidget) -> QWidget:
    """Mark a widget whose changes are not input to keep (a language chooser, a search box over
    a list), so that closing the dialog does not ask about them."""
    widget.setProperty("casemgr_not_input", True)
    return widget


class FittedDialog(QDialog):
    """A dialog that fits the screen it opens on: its content (`main_layout`, inside
    `scroll_area`) scrolls while the buttons (`set_button_box`) stay at the bottom, in view,
    and the dialog is never larger than the screen's free space (`available_geometry`,
    injectable). Esc, Cancel and closing the window close it at once when nothing was typed,
    else ask "Discard what you typed?" first (`discard_question` while asking).

    `top_layout` holds what stays above the content (a summary of problems), `footer_layout`
    what stays between the content and the buttons. A dialog whose content scrolls by itself
    (the assessment form) passes `scroll=False`."""

    # Where a window may go on the dialog's screen; tests pass a laptop's 1366×728.
    available_geometry: ClassVar[Callable[[QWidget], QRect]] = staticmethod(screen_space)

    def __init__(self, parent: QWidget | None = None, *, scroll: bool = True) -> None:
        super().__init__(parent)
        self.outer_layout = QVBoxLayout(self)
        self.top_layout = QVBoxLayout()
        self.outer_layout.addLayout(self.top_layout)
        self.content = QWidget()
        self.content.setObjectName("dialog_content")
        self.main_layout = QVBoxLayout(self.content)
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area: QScrollArea | None = None
        if scroll:
            self.scroll_area = QScrollArea(self)
            self.scroll_area.setObjectName("dialog_scroll")
            self.scroll_area.setWidgetResizable(True)
            self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
            self.scroll_area.setWidget(self.content)
            self.outer_layout.addWidget(self.scroll_area, 1)
        else:
            self.outer_layout.addWidget(self.content, 1)
        self.footer_layout = QVBoxLayout()
        self.outer_layout.addLayout(self.footer_layout)
        self.button_box: QDialogButtonBox | None = None
        self.discard_question: QMessageBox | None = None
        self._inputs_at_open: dict[QWidget, Any] | None = None
        self._fitted = False

    def set_button_box(self, box: QDialogButtonBox) -> None:
        """The buttons, at the bottom outside the scrolled content; its Cancel (the reject
        role) asks before dropping what was typed."""
        self.button_box = box
        self.outer_layout.addWidget(box)
        box.rejected.connect(self.cancel)

    # -- fitting the screen --------------------------------------------------------------------

    def setVisible(self, visible: bool) -> None:
        if visible and not self._fitted and not self.isVisible():
            self._fitted = True
            self.fit_to_screen()
        super().setVisible(visible)
        if visible:
            self._keep_on_screen()
            if self._inputs_at_open is None:
                self._inputs_at_open = self._inputs()

    def screen_room(self) -> QSize:
        """The largest size the dialog may take: the screen's free space less its frame."""
        space = self.available_geometry(self)
        frame = self._frame_size()
        return QSize(max(space.width() - frame.width(), 240),
                     max(space.height() - frame.height(), 200))

    def fit_to_screen(self) -> None:
        """Size the dialog before it shows: as asked (`resize`) or as its layout wants, taller
        when its content needs it, and never beyond `screen_room()` (then the content
        scrolls)."""
        room = self.screen_room()
        layout = self.outer_layout
        layout.activate()
        wanted = self.size() if self.testAttribute(Qt.WidgetAttribute.WA_Resized) \
            else layout.sizeHint()
        if self.scroll_area is not None:
            bar = self.scroll_area.verticalScrollBar().sizeHint().width()
            content = self.content.sizeHint().expandedTo(self.content.minimumSizeHint())
            # Never narrower than the content (no sideways scrolling)...
            self.scroll_area.setMinimumWidth(min(content.width() + bar,
                                                 room.width() - self._side_margins()))
            # ...and tall enough to show it all, where the screen has room.
            around = layout.sizeHint().height() - self.scroll_area.sizeHint().height()
            wanted = wanted.expandedTo(QSize(0, around + content.height()))
        wanted = wanted.expandedTo(self.minimumSizeHint())
        self.resize(wanted.boundedTo(room))

    def _side_margins(self) -> int:
        margins = self.outer_layout.contentsMargins()
        return margins.left() + margins.right()

    def _frame_size(self) -> QSize:
        """The frame the window system draws around the dialog (or its parent window)."""
        for window in (self, self.parentWidget().window() if self.parentWidget() else None):
            if window is not None and window.isVisible():
                frame = window.frameGeometry().size() - window.geometry().size()
                if frame.width() > 0 or frame.height() > 0:
                    return frame
        return FRAME_ALLOWANCE

    def _keep_on_screen(self) -> None:
        """Move the dialog (with its frame) inside the screen's free space if it is not."""
        space = self.available_geometry(self)
        frame = self.frameGeometry()
        if space.contains(frame):
            return
        x = max(min(frame.x(), space.x() + space.width() - frame.width()), space.x())
        y = max(min(frame.y(), space.y() + space.height() - frame.height()), space.y())
        self.move(x, y)

    # -- leaving without saving ----------------------------------------------------------------

    def _inputs(self) -> dict[QWidget, Any]:
        values: dict[QWidget, Any] = {}
        for widget in self.findChildren(QWidget):
            if widget.window() is not self or widget.property("casemgr_not_input"):
                continue
            value = _input_value(widget)
            if value is not _NOT_INPUT:
                values[widget] = value
        return values

    def has_unsaved_input(self) -> bool:
        """Whether anything was typed, chosen or ticked since the dialog opened."""
        before = self._inputs_at_open
        if before is None:
            return False
        for widget, value in self._inputs().items():
            if widget in before:
                if before[widget] != value:
                    return True
            elif _filled(value):
                return True
        return False

    def mark_saved(self) -> None:
        """What the dialog holds now was sent or saved: closing it asks nothing."""
        self._inputs_at_open = self._inputs()

    @Slot()
    def cancel(self) -> None:
        """Esc, Cancel, closing the window: close at once when nothing was typed; else ask
        "Discard what you typed?" (Discard closes, Keep editing goes back to the dialog)."""
        if self.discard_question is not None:
            self.discard_question.raise_()
            self.discard_question.activateWindow()
            return
        if not self.has_unsaved_input():
            self.reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle() or "casemgr",
                          tr(DISCARD_QUESTION), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("discard_question")
        box.setInformativeText(tr("What you typed in this window has not been saved."))
        discard = box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discard")
        keep = box.addButton(tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keep_editing")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.discard_question = box

        def answered(_result: int) -> None:
            chosen = box.clickedButton()
            self.discard_question = None
            box.deleteLater()
            if chosen is discard:
                self.reject()

        box.finished.connect(answered)
        box.open()

    def done(self, result: int) -> None:
        if self.discard_question is not None:  # closed meanwhile (saved, locked): no question
            self.discard_question.reject()
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Cancel):
            event.accept()
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and (self.discard_question is not None
                                 or self.has_unsaved_input()):
            event.ignore()
            self.cancel()
            return
        super().closeEvent(event)


class CaseworkDialog(FittedDialog):
    """A dialog of labelled fields, each with its message underneath, and a summary on top
    listing every problem by its field (and the messages no field owns). Subclasses add rows
    (`add_row`, `add_date_row`) to `main_layout`, then the buttons (`add_buttons`); Save runs
    `save`: `problems()` shown beside their fields, focus on the first, or accept. Once shown,
    a field's message goes as soon as the field is fixed; no message moves the fields."""

    def __init__(self, parent: QWidget | None = None, *, summary: bool = True,
                 scroll: bool = True) -> None:
        super().__init__(parent, scroll=scroll)
        self.error_summary = MessageSummary(self)
        self.error_summary.setVisible(summary)
        self.banner = self.error_summary
        self.field_errors = FieldErrors(None, self._describe, summary=self.error_summary)
        self.top_layout.addWidget(self.error_summary)
        self._checked_keys: set[str] = set()  # messages from problems(), kept up to date

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
        if required:
            self.error_summary.set_hint(tr(REQUIRED_HINT))
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
        `save`, Cancel cancels (asking first if something was typed). `enter_saves=False`
        keeps Enter in a line from saving."""
        self.buttons = QDialogButtonBox(self)
        if save_text is None:
            button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        else:
            button = self.buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        assert button is not None
        self.save_button = button
        self.save_button.setObjectName(name)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        if not enter_saves:
            for b in (self.save_button, self.cancel_button):
                b.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.set_button_box(self.buttons)
        return self.save_button

    def ctrl_enter_saves(self) -> None:
        """Ctrl+Enter saves from anywhere in the dialog (also in a text box)."""
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)

    def problems(self) -> dict[str, str]:
        """What must be fixed before saving (key -> message); {} when all is well."""
        return {}

    def checked(self) -> bool:
        """True when nothing must be fixed; else the problems are shown beside their fields."""
        errors = self.problems()
        if errors:
            self.show_problems(errors)
            return False
        self.field_errors.clear()
        self._checked_keys = set()
        return True

    @Slot()
    def save(self) -> None:
        """Show the problems beside their fields, or accept when there are none."""
        if self.checked():
            self.accept()

    # -- messages ------------------------------------------------------------------------------

    def show_problems(self, errors: Mapping[str, str]) -> None:
        """Show what `problems()` found; each message then follows its field as it changes."""
        self.show_errors(errors)
        self._checked_keys = set(errors)

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Show messages (e.g. ValidationError.errors from the use case) next to their fields
        and in the summary; focus the first field concerned. A message goes when its field
        changes."""
        self._checked_keys = set()
        first = self.field_errors.show(errors)
        self._watch_inputs()
        if first is not None and self.scroll_area is not None \
                and self.content.isAncestorOf(first):
            self.scroll_area.ensureWidgetVisible(first)

    def errors(self) -> dict[str, str]:
        """The messages on show, by key ("" for those not tied to a field)."""
        return self.field_errors.messages()

    def _watch_inputs(self) -> None:
        """Follow every input of the dialog (rows added since included), once each."""
        for widget in self.findChildren(QWidget):
            if widget.window() is not self or widget.property("casemgr_watched"):
                continue
            signal = _change_signal(widget)
            if signal is None:
                continue
            widget.setProperty("casemgr_watched", True)
            signal.connect(lambda *_args, w=widget: self._input_changed(w))

    def _input_changed(self, widget: QWidget) -> None:
        """A field changed while messages are on show: its own message follows what it holds
        now (gone once it is right); the dialog's other messages go when fixed too."""
        shown = self.field_errors.messages()
        if not any(key for key in shown):
            return
        changed = self.field_errors.key_of(widget)
        problems = self.problems()
        for key in shown:
            if key == changed:
                self.field_errors.set(key, problems.get(key))
            elif key and key in self._checked_keys and key not in problems:
                self.field_errors.set(key, None)
        self._checked_keys &= set(problems)


def _change_signal(widget: QWidget) -> Any:
    """The signal a user's change to `widget` emits, or None."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.toggled
    return None
