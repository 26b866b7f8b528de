"""The operating system's credential store (Secret Service, macOS Keychain, Windows
Credential Locker) through `keyring`, for the one secret casemgr keeps outside its own files:
the key that signs the failed-unlock counter (casemgr.db.guard).

The store is outside the system, so it is an interface: the desktop app and the command
line pass `system_keystore()`, tests pass a fake, and None means there is none (headless
machines, containers), in which case the counter works as it does without it (docs/security.md).
"""

from __future__ import annotations

import base64
import binascii
from typing import Protocol

SERVICE = "casemgr"


class KeystoreUnavailable(Exception):
    """The store exists but cannot be used now (locked, its daemon gone)."""


class Keystore(Protocol):
    """Named secrets, kept by something other than the files beside them."""

    def get(self, name: str) -> bytes | None:
        """The secret called `name`, None if there is none; KeystoreUnavailable if the store
        cannot be asked now."""

    def put(self, name: str, secret: bytes) -> None:
        """Keep `secret` as `name` (replacing any); KeystoreUnavailable if it cannot."""


class SystemKeystore:
    """The OS credential store, through keyring's active backend."""

    def get(self, name: str) -> bytes | None:
        import keyring
        from keyring.errors import KeyringError

        try:
            value = keyring.get_password(SERVICE, name)
        except (KeyringError, OSError) as exc:
            raise KeystoreUnavailable(type(exc).__name__) from None
        if value is None:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            return None  # not ours (or damaged): as if absent

    def put(self, name: str, secret: bytes) -> None:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(SERVICE, name, base64.b64encode(secret).decode("ascii"))
        except (KeyringError, OSError) as exc:
            raise KeystoreUnavailable(type(exc).__name__) from None


def system_keystore() -> Keystore | None:
    """The OS credential store if this machine has a usable one, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is no keystore
        return None
    if isinstance(backend, fail.Keyring) or backend.priority <= 0:
        return None
    return SystemKeystore()


__all__ = ["Keystore", "KeystoreUnavailable", "SystemKeystore", "system_keystore"]
