"""The diagnostic report a user copies for support (Help → Copy diagnostic report): versions,
the platform, the workspace's schema and sync state. No case data, no names (not even the
user's), no passwords, no folder paths (they hold the computer's user name): the server is
named by its host only."""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from urllib.parse import urlsplit

from casemgr import __version__
from casemgr.app import syncing
from casemgr.db.connection import cipher_version
from casemgr.db.migrations import LATEST, schema_version
from casemgr.db.workspace import Workspace


@dataclass(frozen=True)
class WorkspaceFacts:
    schema_version: int
    outbox: int  # changes waiting to be sent
    last_sync_at: str  # "" never
    server_host: str | None  # None: an offline-only workspace


def workspace_facts(ws: Workspace) -> WorkspaceFacts:
    outbox, last_sync_at = syncing.last_sync(ws)
    url = ws.info.server_url
    return WorkspaceFacts(schema_version(ws.conn), outbox, last_sync_at,
                          (urlsplit(url).hostname or "?") if url else None)


def diagnostic_report(*, qt: str, pyside: str, workspace: WorkspaceFacts | None) -> str:
    """Plain text, one fact a line, for pasting into a message to support."""
    lines = [
        f"casemgr {__version__}",
        f"Python {platform.python_version()} ({sys.implementation.name})",
        f"Qt {qt}, PySide6 {pyside}",
        f"SQLCipher {cipher_version()}",
        f"Platform: {platform.platform()} ({platform.machine()})",
    ]
    if workspace is None:
        lines.append("Workspace: locked (unlock it to include its schema and sync state)")
    else:
        lines += [
            f"Workspace schema: {workspace.schema_version} (this version of casemgr: {LATEST})",
            f"Server: {workspace.server_host or 'none (offline-only workspace)'}",
            f"Last sync: {workspace.last_sync_at or 'never'}",
            f"Changes waiting to be sent: {workspace.outbox}",
        ]
    return "\n".join(lines) + "\n"


__all__ = ["WorkspaceFacts", "diagnostic_report", "workspace_facts"]
