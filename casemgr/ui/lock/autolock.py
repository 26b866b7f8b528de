"""Auto-lock: after a stretch with no keyboard or mouse input anywhere in the app, lock.

Idle time is measured with an injectable monotonic clock and checked by a timer, so tests
advance the clock instead of waiting ten minutes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})


class IdleLock(QObject):
    """Emits `idle` once the app has had no input for `minutes`, while armed."""

    idle = Signal()

    def __init__(self, app: QCoreApplication, minutes: int, *,
                 now: Callable[[], float] = time.monotonic, check_every_ms: int = 5000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._now = now
        self._timeout_s = minutes * 60.0
        self._last_input = now()
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.check)
        app.installEventFilter(self)

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    @property
    def minutes(self) -> float:
        return self._timeout_s / 60

    def set_minutes(self, minutes: int) -> None:
        self._timeout_s = minutes * 60.0

    def arm(self) -> None:
        """Start counting (when the workspace is unlocked)."""
        self._last_input = self._now()
        self._timer.start()

    def disarm(self) -> None:
        self._timer.stop()

    def idle_seconds(self) -> float:
        return self._now() - self._last_input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = self._now()
        return False

    def check(self) -> None:
        if self.armed and self.idle_seconds() >= self._timeout_s:
            self.disarm()
            self.idle.emit()

    def detach(self) -> None:
        self.disarm()
        self._app.removeEventFilter(self)


__all__ = ["INPUT_EVENTS", "IdleLock"]
