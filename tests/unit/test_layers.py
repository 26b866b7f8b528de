"""The layers of docs/architecture.md: what each package may import (checked on the AST)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "casemgr"

# package -> imports it must never make (prefix match on the module name)
FORBIDDEN = {
    "domain": ("PySide6", "casemgr.db", "casemgr.sync", "casemgr.server", "casemgr.ui",
               "casemgr.app", "sqlcipher3", "sqlite3", "sqlalchemy", "requests", "fastapi"),
    "db": ("PySide6", "casemgr.ui", "casemgr.server", "casemgr.app", "casemgr.sync",
           "requests"),
    "sync": ("PySide6", "casemgr.ui", "casemgr.server"),
    "app": ("PySide6", "casemgr.ui", "casemgr.server"),
    "demo": ("PySide6", "casemgr.ui", "casemgr.server"),
    "server": ("PySide6", "casemgr.ui", "casemgr.db", "casemgr.app"),
    "ui": ("casemgr.server", "sqlcipher3", "sqlite3", "requests"),
}

# casemgr/ui goes through casemgr/app; from db and sync it may name only these: the kinds of
# error it turns into messages, and the plain types use cases take and return.
UI_MAY_NAME = {
    "casemgr.db.errors": "*",  # exception types only
    "casemgr.db.connection": {"OperationalError"},
    "casemgr.db.keys": {"KdfParams", "DEFAULT_KDF"},
    "casemgr.db.keystore": {"Keystore", "system_keystore"},  # the OS credential store
    "casemgr.db.store": {"CaseQuery", "CaseRow", "CaseSort"},
    "casemgr.db.queries": {"ConflictRow", "OutboxEntry", "ReferralRow", "RefusedChange",
                           "TaskRow"},
    "casemgr.db.workspace": {"Workspace"},
    "casemgr.db.files": {"atomic_write"},  # the desktop settings file (no case data in it)
    "casemgr.sync.engine": {"SyncProgress", "SyncSummary"},
    "casemgr.sync.live": {"LiveWatch"},  # its own thread, like the sync thread's Transport
    "casemgr.sync.account": {"OnlineLoginNeeded", "TransportFactory"},
    "casemgr.sync.transport": {"Transport", "SyncError", "AccountRefused", "CertificateRefused",
                               "NeedsLogin", "Offline", "RateLimited", "Refused", "Revoked",
                               "ServerTrouble", "UnverifiedRevocation", "UpgradeRequired"},
}


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_stay_within_bounds(layer):
    offending = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imports_of(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offending.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    assert offending == []


def test_nothing_imports_the_ui():
    offending = [
        str(path.relative_to(PACKAGE.parent))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and path.name != "cli.py"  # the command starts the app (a lazy import in cmd_app)
        and any(n == "casemgr.ui" or n.startswith("casemgr.ui.") for n in imports_of(path))
    ]
    assert offending == []


def test_sync_package_init_imports_nothing():
    init = PACKAGE / "sync" / "__init__.py"
    assert imports_of(init) == set()


def test_only_the_entry_points_import_demo():
    """Demo data and the demo launcher are for `casemgr demo seed` and `casemgr --demo` (and
    bench/, scripts/, tests outside the package): no layer builds on them."""
    entry_points = {"casemgr/cli.py", "casemgr/ui/main.py"}
    offending = [
        rel for path in PACKAGE.rglob("*.py")
        if (rel := path.relative_to(PACKAGE.parent).as_posix()) not in entry_points
        and "demo" not in path.relative_to(PACKAGE).parts[:1]
        and any(n == "casemgr.demo" or n.startswith("casemgr.demo.") for n in imports_of(path))
    ]
    assert offending == []


def test_ui_names_only_listed_types_of_db_and_sync():
    offending = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                names = [(a.name, "*") for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [(node.module, a.name) for a in node.names]
            else:
                continue
            for module, name in names:
                if not module.startswith(("casemgr.db", "casemgr.sync")):
                    continue
                allowed = UI_MAY_NAME.get(module, set())
                if allowed != "*" and name not in allowed:
                    offending.append(f"{path.relative_to(PACKAGE.parent)}: {module}.{name}")
    assert offending == []


def test_no_sql_outside_db_and_server():
    """SQL runs in casemgr/db (the workspace) and casemgr/server only."""
    offending = []
    for layer in ("domain", "app", "sync", "ui", "demo"):
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr in ("execute", "executemany", "executescript")):
                    offending.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert offending == []
