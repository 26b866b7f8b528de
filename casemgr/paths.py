"""Where casemgr finds its shipped resources and keeps its users' data."""

from __future__ import annotations

import os
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FORMS_DIR = RESOURCES / "forms"


def default_data_dir() -> Path:
    """The platform's user data folder, unless CASEMGR_DATA_DIR says otherwise."""
    if env := os.environ.get("CASEMGR_DATA_DIR"):
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("casemgr", appauthor=False))
