"""The base of every page of the navigation: it reads what it shows on the database worker,
and reloads only when a change touched it — at once if it is on screen, else when it is shown
again (Anki's "only the affected views refresh"). Results of a read that a newer one replaced,
or that arrive after the workspace was locked, are dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from casemgr.app.casework import Casework
from casemgr.app.changes import Changes
from casemgr.ui.i18n import N_
from casemgr.ui.widgets import palette
from casemgr.ui.workers.db import DbWorker

NO_SERVER = N_("Offline-only workspace: no server. Everything stays on this device, "
               "encrypted; nothing is sent anywhere.")  # translated where shown


def state_label(name: str) -> QLabel:
    """The panel at the top of a page that says what it shows (or why it is empty)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    palette.apply_style(label, palette.panel_style)
    return label


class Page(QWidget):
    """Subclasses say what to read (`load`, run on the worker), how to show it (`show_loaded`),
    which changes concern them (`affected_by`) and what to empty on lock (`clear_view`)."""

    shown = Signal()  # the rows of the latest read are on screen
    # Read again on a change that concerns it even when hidden (a count shown elsewhere).
    refresh_hidden = False

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._generation = 0
        self._active = False
        self._stale = True
        worker.changes_made.connect(self._changed)

    # -- what a page says ------------------------------------------------------------------

    def load(self, cw: Casework) -> Any:
        """Read what the page shows (on the database thread: no widget here)."""
        raise NotImplementedError

    def show_loaded(self, data: Any) -> None:
        """Show what `load` read (on the main thread)."""
        raise NotImplementedError

    def affected_by(self, changes: Changes) -> bool:
        """Whether these changes alter what the page shows."""
        return bool(changes)

    def clear_view(self) -> None:
        """Empty every widget that shows case data (the workspace is being locked)."""

    # -- the same for every page -----------------------------------------------------------

    @property
    def active(self) -> bool:
        return self._active

    def activate(self) -> None:
        """Unlocked: the page reads its rows the first time it is shown."""
        self._active = True
        self._stale = True

    def refresh(self) -> None:
        """Read again now."""
        if not self._active:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        self._worker.run(self.load, lambda data: self._loaded(generation, data))

    def mark_stale(self) -> None:
        """Read again the next time the page is shown."""
        self._stale = True

    def show_if_stale(self) -> None:
        """The page was brought on screen: read again if something changed meanwhile."""
        if self._stale:
            self.refresh()

    def clear(self) -> None:
        """Locked: nothing of the workspace stays on screen, and reads on their way are
        dropped."""
        self._active = False
        self._stale = True
        self._generation += 1
        self.clear_view()

    def _loaded(self, generation: int, data: Any) -> None:
        if generation != self._generation or not self._active:
            return
        self.show_loaded(data)
        self.shown.emit()

    @Slot(object)
    def _changed(self, changes: Changes) -> None:
        if not self._active or not self.affected_by(changes):
            return
        if self.isVisible() or self.refresh_hidden:
            self.refresh()
        else:
            self._stale = True


__all__ = ["NO_SERVER", "Page", "state_label"]
