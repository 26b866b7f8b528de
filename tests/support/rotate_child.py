"""A key rotation to kill: `python -m tests.support.rotate_child PLAN_JSON`.

It unlocks the workspace the way the app does and runs `Workspace.rotate_key`, printing
`EV <kind> <n>` lines as tests/support/sync_child.py does (its Tracer): `unlocked`,
`rekey>` (key.next.json is written, the database not yet re-encrypted), `rekey<` (PRAGMA
rekey has returned: the database is under the new key, key.json still wraps the old one),
`done`. With `"pause": [kind, n]` it stops there, prints `PAUSED kind n` and blocks on
stdin, so the parent's SIGKILL lands exactly at that point. The events come from wrapping
the `rekey` that casemgr.db.workspace calls, in this process only: production code has no
hook for it.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any


def run_child(plan: dict[str, Any]) -> int:
    from casemgr.db import workspace as workspace_module
    from casemgr.db.workspace import unlock_workspace
    from tests.support.sync_child import Tracer
    from tests.support.workspaces import FAST_KDF

    ev = Tracer(plan.get("pause"))
    real_rekey = workspace_module.rekey

    def rekey(conn: Any, new_key: bytes) -> None:
        ev("rekey>")
        real_rekey(conn, new_key)
        ev("rekey<")

    workspace_module.rekey = rekey  # type: ignore[assignment]
    password = os.environ["CASEMGR_PASSWORD"]
    ws = unlock_workspace(Path(plan["data_dir"]), plan["user"], password,
                          kdf_policy=FAST_KDF)
    ev("unlocked")
    ws.rotate_key(password, kdf=FAST_KDF)
    ws.close()
    ev("done")
    return 0


if __name__ == "__main__":
    sys.exit(run_child(json.loads(sys.argv[1])))
