"""Where casemgr finds its shipped resources and keeps its users' data."""

from __future__ import annotations

import os
from pathlib import Path


def _resources() -> Path:
    """The shipped resources: the checkout's own resources/ when running from a source tree
    (an editable install, or PYTHONPATH), else the installed package `casemgr.resources`
    (a wheel: setup.py maps the folder into it)."""
    tree = Path(__file__).resolve().parent.parent
    if (tree / "pyproject.toml").is_file() and (tree / "resources" / "forms").is_dir():
        return tree / "resources"
    from importlib.resources import files

    return Path(str(files("casemgr.resources")))  # installed as files: a real folder


RESOURCES = _resources()
FORMS_DIR = RESOURCES / "forms"
ICONS_DIR = RESOURCES / "icons"


def default_data_dir() -> Path:
    """The platform's user data folder, unless CASEMGR_DATA_DIR says otherwise."""
    if env := os.environ.get("CASEMGR_DATA_DIR"):
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("casemgr", appauthor=False))


def default_log_dir(data_dir: Path) -> Path:
    """The platform's log folder; a data folder of its own (`--data-dir`, CASEMGR_DATA_DIR)
    keeps its logs beside its workspaces, in `<data dir>/logs`."""
    import platformdirs

    if data_dir.resolve() != Path(platformdirs.user_data_dir("casemgr", appauthor=False)
                                  ).resolve():
        return data_dir / "logs"
    return Path(platformdirs.user_log_dir("casemgr", appauthor=False))
