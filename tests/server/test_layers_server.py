"""The server at run time: starting it loads neither the client's workspace (casemgr.db),
its use cases (casemgr.app), its widgets (casemgr.ui) nor Qt, directly or through another
module (tests/unit/test_layers.py checks the import statements; this checks what loads)."""

from __future__ import annotations

import json
import subprocess
import sys


def test_the_server_loads_no_client_module():
    code = (
        "import importlib, json, pkgutil, sys\n"
        "import casemgr.server\n"
        "for m in pkgutil.walk_packages(casemgr.server.__path__, 'casemgr.server.'):\n"
        "    if '.migrations' not in m.name:  # Alembic's env.py runs only under Alembic\n"
        "        importlib.import_module(m.name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    loaded = json.loads(out.stdout)
    assert "casemgr.server.api.routes.admin" in loaded  # the check saw the whole app
    forbidden = ("casemgr.db", "casemgr.app", "casemgr.ui", "PySide6", "sqlcipher3")
    assert [m for m in loaded if m.split(".")[0] == "PySide6"
            or any(m == f or m.startswith(f + ".") for f in forbidden)] == []
