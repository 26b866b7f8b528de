"""Starting the desktop app (a minimal window until the full UI of issue 5 lands)."""

from __future__ import annotations

import argparse
import os
import sys


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") in ("offscreen", "minimal", "vnc"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) \
        or sys.platform in ("win32", "darwin")


def run_app(args: argparse.Namespace) -> int:
    if not has_display() and not args.screenshot:
        print("casemgr: no display here. Use the command line (`casemgr --help`), run under "
              "xvfb-run, or set QT_QPA_PLATFORM=offscreen with --screenshot.", file=sys.stderr)
        return 0
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from casemgr import __version__

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle(f"casemgr {__version__}")
    label = QLabel(
        "<h2>casemgr</h2><p>Offline-first case management for caseworkers.</p>"
        "<p>The desktop screens are being built. Meanwhile every workflow is available "
        "from the command line: <code>casemgr --help</code>.</p>")
    label.setWordWrap(True)
    label.setMargin(24)
    window.setCentralWidget(label)
    window.resize(640, 360)
    window.show()
    if args.screenshot:
        app.processEvents()
        ok = window.grab().save(args.screenshot, "PNG")
        return 0 if ok else 1
    return int(app.exec())
