"""Small input widgets shared by the form renderer and the dialogs: dates, inline messages, and
one answer among a few options as a group of buttons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casemgr.ui.i18n import tr
from casemgr.ui.widgets import palette


def same_option(a: Any, b: Any) -> bool:
    """Equal answers, where True is not 1 (yes/no answers against numbers)."""
    return type(a) is type(b) and a == b if isinstance(a, bool) or isinstance(b, bool) \
        else bool(a == b)


class OptionButtons(QButtonGroup):
    """One answer among a few options: an exclusive group of checkable buttons, one per option
    (the dialogs' RadioRow and the form renderer's button editors). The value is the option of
    the button checked, None while none is; where the buttons sit is the owner's layout."""

    def __init__(self, options: Sequence[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setExclusive(True)
        self.options = list(options)
        self.option_buttons: list[QAbstractButton] = []

    def add_option_button(self, button: QAbstractButton) -> None:
        """The button of the next option."""
        self.addButton(button, len(self.option_buttons))
        self.option_buttons.append(button)

    def value(self) -> Any:
        index = self.checkedId()
        return self.options[index] if index >= 0 else None

    def set_value(self, value: Any) -> None:
        """Check the button of `value`; None (or a value not among the options) checks none."""
        self.setExclusive(False)
        for button, option in zip(self.option_buttons, self.options, strict=True):
            button.setChecked(value is not None and same_option(option, value))
        self.setExclusive(True)

    def button_of(self, option: Any) -> QAbstractButton:
        return self.option_buttons[self.options.index(option)]


class ErrorLabel(QLabel):
    """A message shown under one field; hidden while there is nothing to say.

    Under a field (the default) its line is kept while hidden, so the form does not move when
    a message comes or goes; a message longer than the line ends in "…" and is read whole in
    its tooltip, its accessible description and the summary atop the form. `text()` is the
    whole message. A banner (`one_line=False`) wraps its text and takes no room while empty.
    """

    def __init__(self, parent: QWidget | None = None, *, one_line: bool = True) -> None:
        super().__init__(parent)
        self._one_line = one_line
        self._message = ""
        palette.apply_style(self, palette.error_style)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(tr("Error"))
        if one_line:
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            policy.setRetainSizeWhenHidden(True)
            self.setSizePolicy(policy)
        else:
            self.setWordWrap(True)
        self.setVisible(False)

    def set_message(self, message: str | None) -> None:
        self._message = message or ""
        self.setAccessibleDescription(self._message)
        self._show_text()
        self.setVisible(bool(message))

    def message(self) -> str:
        return "" if self.isHidden() else self._message

    def text(self) -> str:  # type: ignore[override]
        """The whole message (what is drawn may end in "…")."""
        return self._message if self._one_line else super().text()

    def _show_text(self) -> None:
        shown = self._message
        if self._one_line and shown:
            width = self.contentsRect().width() - 2 * self.margin()
            one_line = " ".join(shown.split())
            shown = self.fontMetrics().elidedText(one_line, Qt.TextElideMode.ElideRight,
                                                  max(width, 0)) if width > 0 else one_line
        self.setToolTip(self._message if shown != self._message else "")
        super().setText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._one_line:
            self._show_text()

    def sizeHint(self) -> QSize:
        if not self._one_line:
            return super().sizeHint()
        margins = self.contentsMargins()
        height = (self.fontMetrics().height() + margins.top() + margins.bottom()
                  + 2 * self.margin())
        return QSize(self.fontMetrics().averageCharWidth() * 20, height)

    def minimumSizeHint(self) -> QSize:
        if not self._one_line:
            return super().minimumSizeHint()
        return QSize(0, self.sizeHint().height())


class MessageSummary(QFrame):
    """The problems of a form listed at its top, in room kept for them from the start (about
    `lines` lines; more scroll), so nothing below moves when they come or go. While there is
    no problem it shows a quiet hint ("Fields marked * are required.")."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 3,
                 hint: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("errors")
        self.setAccessibleName(tr("Problems to fix"))
        self._hint = hint
        self._message = ""
        self.label = QLabel(self)
        self.label.setObjectName("summary_text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.scroll)
        # Whole lines only: a fourth shows when scrolled to, never cut in half.
        self.setFixedHeight(self.label.fontMetrics().lineSpacing() * lines + 8)
        self._show()

    def set_hint(self, hint: str) -> None:
        """What to show while there is no problem."""
        self._hint = hint
        self._show()

    def set_message(self, message: str | None) -> None:
        """The problems, one a line ("" or None: none, the hint is shown again)."""
        self._message = message or ""
        self._show()
        self.scroll.verticalScrollBar().setValue(0)

    def message(self) -> str:
        return self._message

    def text(self) -> str:
        """What the summary says now: the problems, else the hint."""
        return self.label.text()

    def _show(self) -> None:
        problems = bool(self._message)
        self.label.setText(self._message if problems else self._hint)
        palette.apply_style(self.label, palette.error_style if problems else palette.help_style)
        self.label.setAccessibleDescription(self.label.text())


class HelpLabel(QLabel):
    """Help under a question, in a quieter colour."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        palette.apply_style(self, palette.help_style)
        self.setVisible(bool(text))

    def set_help(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))


class _CalendarPopup(QCalendarWidget):
    """The calendar shown under a date field; Escape closes it without choosing."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


def parse_iso_date(text: str) -> dt.date | None:
    """The date written as YYYY-MM-DD, or None when the text is not one."""
    try:
        return dt.date.fromisoformat(text.strip()) if len(text.strip()) == 10 else None
    except ValueError:
        return None


class DateField(QWidget):
    """A date typed as YYYY-MM-DD or picked from a calendar (Alt+Down or F4). Unlike QDateEdit
    it can stay blank, so an unknown date is never recorded by accident."""

    changed = Signal()
    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None,
                 placeholder: str = "YYYY-MM-DD", calendar_tip: str = "Pick a date (Alt+Down)"
                 ) -> None:
        super().__init__(parent)
        self._today = today or dt.date.today()
        self._minimum: dt.date | None = None
        self._maximum: dt.date | None = None
        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText(placeholder)
        self.line_edit.setMaxLength(10)
        self.line_edit.setInputMethodHints(Qt.InputMethodHint.ImhDate)
        self.line_edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.line_edit.setMinimumWidth(self.line_edit.fontMetrics().horizontalAdvance("0000-00-00")
                                       + 24)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(calendar_tip)
        self.button.setAccessibleName(calendar_tip)
        # Keyboard users open the calendar from the field itself: one tab stop per date.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.line_edit)
        self.setFocusPolicy(self.line_edit.focusPolicy())
        self._popup: _CalendarPopup | None = None
        self.line_edit.textChanged.connect(self.changed)
        self.line_edit.editingFinished.connect(self.editing_finished)
        self.line_edit.installEventFilter(self)
        self.button.clicked.connect(self.open_calendar)

    # -- value -----------------------------------------------------------------------------

    def text(self) -> str:
        return self.line_edit.text().strip()

    def date_text(self) -> str | None:
        """The text typed, or None when the field is blank (the caller validates the format)."""
        return self.text() or None

    def date(self) -> dt.date | None:
        return parse_iso_date(self.text())

    def set_date(self, value: dt.date | str | None) -> None:
        text = value.isoformat() if isinstance(value, dt.date) else (value or "")
        if text != self.line_edit.text():
            self.line_edit.setText(text)

    def set_range(self, minimum: dt.date | None = None, maximum: dt.date | None = None) -> None:
        """Limit the days the calendar offers; typed dates are still checked by the caller."""
        self._minimum, self._maximum = minimum, maximum

    def set_placeholder(self, text: str) -> None:
        self.line_edit.setPlaceholderText(text)

    def set_calendar_tip(self, text: str) -> None:
        self.button.setToolTip(text)
        self.button.setAccessibleName(text)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line_edit.setAccessibleName(name)

    def setAccessibleDescription(self, text: str) -> None:
        super().setAccessibleDescription(text)
        self.line_edit.setAccessibleDescription(text)

    # -- calendar --------------------------------------------------------------------------

    def calendar(self) -> QCalendarWidget | None:
        """The calendar popup while it is open (for tests and accessibility tools)."""
        return self._popup if self._popup is not None and self._popup.isVisible() else None

    @Slot()
    def open_calendar(self) -> None:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.clicked.connect(self._picked)
            self._popup.activated.connect(self._picked)
        popup = self._popup
        if self._minimum is not None:
            popup.setMinimumDate(QDate(self._minimum.year, self._minimum.month,
                                       self._minimum.day))
        if self._maximum is not None:
            popup.setMaximumDate(QDate(self._maximum.year, self._maximum.month,
                                       self._maximum.day))
        start = self.date() or self._today
        popup.setSelectedDate(QDate(start.year, start.month, start.day))
        popup.adjustSize()
        popup.move(self.line_edit.mapToGlobal(QPoint(0, self.line_edit.height())))
        popup.show()
        popup.setFocus(Qt.FocusReason.PopupFocusReason)

    @Slot(QDate)
    def _picked(self, day: QDate) -> None:
        self.set_date(dt.date(day.year(), day.month(), day.day()))
        if self._popup is not None:
            self._popup.close()
        self.line_edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.editing_finished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            opens = event.key() == Qt.Key.Key_F4 or (
                event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if opens:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)
