"""What a user does to a widget, for the Qt tests: show it, find a child, click, type,
leave a field, pick from a list. Each helper checks the widget is on screen first, so a
test fails where the user could not have done what it does."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QWidget

W = TypeVar("W", bound=QWidget)


def show(qtbot: Any, widget: W, size: tuple[int, int] | None = None) -> W:
    """Show `widget` as the active window (at `size` if given) and hand it back."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def find(parent: QWidget, cls: type, name: str) -> Any:
    """The child of type `cls` called `name` (the test fails if there is none)."""
    found = parent.findChild(cls, name)
    assert found is not None, f"no {cls.__name__} named {name!r}"
    return found


def click(qtbot: Any, button: QAbstractButton) -> None:
    """Click on the box or the start of the text (a stretched radio's middle is empty)."""
    assert button.isVisible(), f"{button.objectName() or button.text()} is not on screen"
    assert button.isEnabled(), f"{button.objectName() or button.text()} is disabled"
    point = QPoint(min(8, button.width() // 2), button.height() // 2)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=point)


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    """Focus the input, select what is there, and type over it."""
    assert widget.isVisible(), f"{widget.objectName()} is not on screen"
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(widget, text)


def leave(qtbot: Any, widget: QWidget) -> None:
    """Move on to the next field with Tab."""
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def finish(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type into a field and leave it with Tab, as a user moving on does."""
    type_into(qtbot, widget, text)
    leave(qtbot, widget)


def choose(qtbot: Any, combo: QComboBox, data: Any) -> None:
    """Pick an entry with the keyboard: Home, then Down as many times as needed."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data
