"""The desktop app's settings: declared once with type, default and description, versioned,
and written atomically as JSON in the data folder (never pickled Qt objects; no case data).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casemgr.app.dashboard import (
    DEFAULT_CASELOAD_CEILING,
    DEFAULT_PERIOD,
    MAX_CASELOAD_CEILING,
    PERIODS,
)
from casemgr.db.files import atomic_write

LANGUAGE_CODES = ("en", "fr", "es", "ar")  # casemgr.ui.i18n.LANGUAGES

SETTINGS_FILE = "desktop-settings.json"
VERSION = 2


@dataclass(frozen=True)
class Setting:
    """One setting: its name, the JSON type it holds, its default and what it does."""

    name: str
    type: type
    default: Any
    description: str
    valid: Callable[[Any], bool] = lambda _value: True

    def accepts(self, value: Any) -> bool:
        # bool is an int in Python; a setting declared int must not take True.
        if self.type is int and isinstance(value, bool):
            return False
        return isinstance(value, self.type) and self.valid(value)


def _geometry(value: Any) -> bool:
    keys = {"x", "y", "width", "height", "maximized"}
    return (set(value) == keys and all(type(value[k]) is int for k in keys - {"maximized"})
            and isinstance(value["maximized"], bool) and value["width"] > 0
            and value["height"] > 0)


DECLARED: tuple[Setting, ...] = (
    Setting("auto_lock_minutes", int, 10,
            "Lock the workspace after this many minutes without keyboard or mouse input "
            "(1 to 240).", lambda v: 1 <= v <= 240),
    Setting("last_profile", str, "",
            "The workspace unlocked last, preselected on the lock screen (a user name)."),
    Setting("window_geometry", dict, {},
            "Where the main window was and how big: x, y, width, height, maximized.",
            lambda v: v == {} or _geometry(v)),
    Setting("case_list_sort", str, "case_number",
            "The column the case list is sorted by.",
            lambda v: v in ("case_number", "family", "risk", "status", "next_due", "updated")),
    Setting("case_list_descending", bool, False, "Whether the case list sort is descending."),
    Setting("start_page", str, "today", "The page shown after unlocking: today or cases.",
            lambda v: v in ("today", "cases")),
    Setting("sync_interval_minutes", int, 5,
            "Sync with the server every this many minutes while the workspace is unlocked "
            "(0: only when asked and shortly after changes; at most 240).",
            lambda v: 0 <= v <= 240),
    Setting("search_delay_ms", int, 150,
            "How long the case search waits after the last keystroke before searching "
            "(0 to 2000 ms).", lambda v: 0 <= v <= 2000),
    Setting("dashboard_period_days", int, DEFAULT_PERIOD,
            "The period the Dashboard counts: the last 30, 90 or 365 days.",
            lambda v: v in PERIODS),
    Setting("caseload_ceiling", int, DEFAULT_CASELOAD_CEILING,
            "The most open cases one worker should carry, drawn on the Dashboard's caseload "
            f"chart (1 to {MAX_CASELOAD_CEILING}).", lambda v: 1 <= v <= MAX_CASELOAD_CEILING),
    Setting("agency_name", str, "",
            "The organisation named in the header of printed case summaries (none when "
            "empty)."),
    Setting("language", str, "",
            "The language of the interface: en, fr, es or ar; empty for the system's language "
            "(English when casemgr does not have it). A change applies at the next start.",
            lambda v: v == "" or v in LANGUAGE_CODES),
)
BY_NAME: dict[str, Setting] = {s.name: s for s in DECLARED}


def _v1_to_v2(values: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept the idle lock in seconds ("idle_lock_seconds")."""
    seconds = values.pop("idle_lock_seconds", None)
    if isinstance(seconds, int) and not isinstance(seconds, bool):
        values["auto_lock_minutes"] = max(1, round(seconds / 60))
    return values


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


class UnknownSetting(KeyError):
    """A name that no setting is declared with."""


class Settings:
    """The values of the declared settings, read from and saved to one JSON file."""

    def __init__(self, path: Path | None, values: Mapping[str, Any] | None = None) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        for name, value in (values or {}).items():
            if name in BY_NAME and BY_NAME[name].accepts(value):
                self._values[name] = value

    @classmethod
    def in_memory(cls) -> Settings:
        """Settings that are never written (tests, screenshots)."""
        return cls(None)

    @classmethod
    def load(cls, data_dir: Path) -> Settings:
        """The settings saved in `data_dir`; a missing or unreadable file gives the defaults,
        and a value of the wrong type falls back to its default."""
        path = data_dir / SETTINGS_FILE
        try:
            raw = json.loads(path.read_text("utf-8"))
            version = int(raw.get("version", 1))
            values = dict(raw.get("settings", {}))
        except (OSError, ValueError, TypeError, AttributeError):
            return cls(path)
        while version < VERSION:
            values = MIGRATIONS[version](values)
            version += 1
        return cls(path, values)

    def get(self, name: str) -> Any:
        try:
            setting = BY_NAME[name]
        except KeyError:
            raise UnknownSetting(name) from None
        value = self._values.get(name, setting.default)
        return dict(value) if isinstance(value, dict) else value

    def set(self, name: str, value: Any) -> None:
        """Change a setting (in memory; `save` writes it). Refuses a value of the wrong kind."""
        try:
            setting = BY_NAME[name]
        except KeyError:
            raise UnknownSetting(name) from None
        if not setting.accepts(value):
            raise ValueError(f"{value!r} is not a valid value for {name}: {setting.description}")
        self._values[name] = value

    def save(self) -> None:
        """Write every setting that differs from its default, atomically."""
        if self.path is None:
            return
        values = {n: v for n, v in self._values.items() if v != BY_NAME[n].default}
        data = {"version": VERSION, "settings": values}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, json.dumps(data, indent=1, sort_keys=True).encode())


__all__ = ["DECLARED", "LANGUAGE_CODES", "SETTINGS_FILE", "VERSION", "Setting", "Settings",
           "UnknownSetting"]
