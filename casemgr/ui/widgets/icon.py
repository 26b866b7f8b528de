"""The application's icon (resources/icons, rendered from casemgr.svg by
scripts/render_icons.py) and the name the desktop knows the app by."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from casemgr.paths import ICONS_DIR

# The reverse-DNS id of the app: its .desktop file and AppStream metainfo (packaging/linux)
# are named after it, and Wayland and X11 match the window to them by it.
DESKTOP_ID = "org.casemgr.CaseManager"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The icon at every size shipped (PNGs: no SVG plugin needed)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = ICONS_DIR / f"casemgr-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


__all__ = ["DESKTOP_ID", "ICON_SIZES", "app_icon"]
