"""The failed-unlock counter: doubling waits, kept in a file that shows when it was edited.

The file carries an HMAC under a key derived from the user and device and, where the machine
has an OS credential store (casemgr.db.keystore), from a random secret kept there: then
rewriting the file needs that secret, which is not on the disk. Without a store the MAC
stops casual edits only (docs/security.md). A missing, edited or replaced counter counts as
TAMPERED_FAILURES failures, so deleting it never buys an attacker more tries; so does a file
written without the secret while the store holds one (a downgrade), or one written with it
while the store has none.

A counter from before the store was used (or from a machine without one) is read with the
plain key and sealed with a new secret at its next write: existing workspaces move over at
their next unlock.

Each attempt is counted before the password is tried, and forgiven after it succeeded (as
smart cards count PIN tries): so neither killing the program while the key is derived nor a
counter that cannot be written gives a free guess. On a full disk the counter is rewritten
in place, which needs no new space; if even that fails the attempt is refused before the
password is tried, whatever the password, so the refusal tells nothing about it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from pathlib import Path

from casemgr.db.errors import StorageFull
from casemgr.db.files import atomic_write, rewrite_in_place
from casemgr.db.keystore import Keystore, KeystoreUnavailable

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
    def __init__(self, path: Path, user: str, device_id: str,
                 keystore: Keystore | None = None) -> None:
        self._path = path
        self._user = user
        self._device_id = device_id
        self._keystore = keystore
        self._secret_name = f"unlock-guard:{device_id}:{user}"

    def _stored_secret(self) -> tuple[bool, bytes | None]:
        """Whether a keystore can be asked now, and the secret it holds for this counter."""
        if self._keystore is None:
            return False, None
        try:
            return True, self._keystore.get(self._secret_name)
        except KeystoreUnavailable:
            return False, None

    def _mac(self, failures: int, last_ms: int, secret: bytes | None) -> str:
        msg = f"casemgr-unlock-guard|{failures}|{last_ms}".encode()
        key = guard_mac_key(self._user, self._device_id, secret)
        return hmac.new(key, msg, hashlib.sha256).hexdigest()

    def read(self, now_ms: int) -> GuardState:
        tampered = GuardState(TAMPERED_FAILURES, now_ms, tampered=True)
        try:
            data = json.loads(self._path.read_text("utf-8"))
            failures, last_ms = int(data["failures"]), int(data["last_failure_ms"])
            sealed = data.get("keystore", False) is True
            mac = str(data["mac"])
        except (OSError, ValueError, KeyError, TypeError):
            return tampered
        _, secret = self._stored_secret()
        if sealed and secret is None:
            return tampered  # the secret is gone (or the store is not there to ask)
        if not sealed and secret is not None:
            return tampered  # rewritten without the secret the store holds
        if failures < 0 or not hmac.compare_digest(self._mac(failures, last_ms, secret), mac):
            return tampered
        return GuardState(failures, last_ms)

    def write(self, state: GuardState) -> None:
        asked, secret = self._stored_secret()
        if asked and secret is None and self._keystore is not None:
            secret = self._new_secret(self._keystore)
        data = {
            "failures": state.failures,
            "last_failure_ms": state.last_failure_ms,
            "keystore": secret is not None,
            "mac": self._mac(state.failures, state.last_failure_ms, secret),
        }
        encoded = json.dumps(data).encode()
        try:
            atomic_write(self._path, encoded)
        except StorageFull:
            if not self._path.is_file():
                raise
            rewrite_in_place(self._path, encoded)  # a full disk: no new file, same block

    def _new_secret(self, keystore: Keystore) -> bytes | None:
        """A new secret for this counter, kept in the store (None if it cannot keep it)."""
        secret = secrets.token_bytes(32)
        try:
            keystore.put(self._secret_name, secret)
        except KeystoreUnavailable:
            return None
        return secret

    def record_failure(self, state: GuardState, now_ms: int) -> GuardState:
        """Count one more failure (unlock counts each attempt so, before trying it).
        StorageFull if the counter cannot be written even in place."""
        new = GuardState(state.failures + 1, now_ms)
        self.write(new)
        return new

    def reset(self) -> None:
        self.write(GuardState())


def guard_mac_key(user: str, device_id: str, secret: bytes | None) -> bytes:
    """The counter's MAC key: bound to the user and device, which never change (so a rewrap
    keeps the counter valid), and to the keystore's secret when there is one."""
    seed = f"casemgr-guard|{user}|{device_id}|".encode() + (secret or b"")
    return hashlib.sha256(seed).digest()
