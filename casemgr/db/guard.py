"""The failed-unlock counter: doubling waits, kept in a file that shows when it was edited.

The file carries an HMAC under a key derived from the user and device, and from the OS
keystore's device secret when there is one (without it the MAC stops casual edits only).
A missing, edited or replaced counter counts as TAMPERED_FAILURES failures, so deleting it
never buys an attacker more tries.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path

from casemgr.db.files import atomic_write

FREE_ATTEMPTS = 2  # a typo or two costs no wait
MAX_WAIT_S = 3600.0
SERVER_BOUND_LIMIT = 10  # then the wrapped key is deleted and an online login is needed
TAMPERED_FAILURES = 5


def wait_after(failures: int) -> float:
    """Seconds to wait after `failures` consecutive failures: 0, 0, 2, 4, 8, ... up to 1 h."""
    if failures <= FREE_ATTEMPTS:
        return 0.0
    return min(2.0 ** (failures - FREE_ATTEMPTS), MAX_WAIT_S)


@dataclass
class GuardState:
    failures: int = 0
    last_failure_ms: int = 0
    tampered: bool = False

    def wait_seconds(self, now_ms: int) -> float:
        until = self.last_failure_ms + wait_after(self.failures) * 1000
        return max(0.0, (until - now_ms) / 1000)


class UnlockGuard:
    def __init__(self, path: Path, mac_key: bytes) -> None:
        self._path = path
        self._mac_key = mac_key

    def _mac(self, failures: int, last_ms: int) -> str:
        msg = f"casemgr-unlock-guard|{failures}|{last_ms}".encode()
        return hmac.new(self._mac_key, msg, hashlib.sha256).hexdigest()

    def read(self, now_ms: int) -> GuardState:
        try:
            data = json.loads(self._path.read_text("utf-8"))
            failures, last_ms = int(data["failures"]), int(data["last_failure_ms"])
            if failures < 0 or not hmac.compare_digest(self._mac(failures, last_ms),
                                                       str(data["mac"])):
                raise ValueError("bad mac")
            return GuardState(failures, last_ms)
        except (OSError, ValueError, KeyError, TypeError):
            return GuardState(TAMPERED_FAILURES, now_ms, tampered=True)

    def write(self, state: GuardState) -> None:
        data = {
            "failures": state.failures,
            "last_failure_ms": state.last_failure_ms,
            "mac": self._mac(state.failures, state.last_failure_ms),
        }
        atomic_write(self._path, json.dumps(data).encode())

    def record_failure(self, state: GuardState, now_ms: int) -> GuardState:
        new = GuardState(state.failures + 1, now_ms)
        self.write(new)
        return new

    def reset(self) -> None:
        self.write(GuardState())


def guard_mac_key(user: str, device_id: str, device_secret: bytes | None) -> bytes:
    seed = f"casemgr-guard|{user}|{device_id}|".encode() + (device_secret or b"")
    return hashlib.sha256(seed).digest()
