"""The PySide6 desktop app. Nothing else in casemgr imports this package."""
