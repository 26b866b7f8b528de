"""casemgr: offline-first case management for child-protection caseworkers."""

__version__ = "0.1.0"
