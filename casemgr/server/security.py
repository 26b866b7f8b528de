"""Password hashes (Argon2id, PHC strings) and opaque tokens stored only as peppered hashes."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from functools import lru_cache

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from casemgr.server.settings import Settings


@dataclass(frozen=True)
class PasswordCheck:
    """The outcome of checking a password: whether it matched, and the stored hash to write
    back when the stored one was made with older parameters."""

    ok: bool
    upgraded_hash: str | None = None


@lru_cache(maxsize=8)
def _hasher(time_cost: int, memory_kib: int, parallelism: int) -> PasswordHasher:
    return PasswordHasher(time_cost=time_cost, memory_cost=memory_kib,
                          parallelism=parallelism, hash_len=32, salt_len=16, type=Type.ID)


def password_hasher(settings: Settings) -> PasswordHasher:
    """The Argon2id hasher with the cost the settings ask for."""
    return _hasher(settings.password_time_cost, settings.password_memory_kib,
                   settings.password_parallelism)


def _utf8(text: str) -> bytes:
    # surrogatepass: a JSON body may carry a lone surrogate; it must be a wrong password,
    # not an encoding error.
    return text.encode("utf-8", "surrogatepass")


def hash_password(settings: Settings, password: str) -> str:
    """A PHC string ($argon2id$v=19$m=...,t=...,p=...$salt$hash)."""
    return password_hasher(settings).hash(_utf8(password))


@lru_cache(maxsize=8)
def _decoy_hash(time_cost: int, memory_kib: int, parallelism: int) -> str:
    return _hasher(time_cost, memory_kib, parallelism).hash(secrets.token_urlsafe(16))


def check_password(settings: Settings, stored_hash: str | None, password: str) -> PasswordCheck:
    """Check `password` against `stored_hash`. With no stored hash (unknown user) a decoy hash
    of the same cost is checked, so the answer takes as long as for a real user."""
    hasher = password_hasher(settings)
    if stored_hash is None:
        decoy = _decoy_hash(settings.password_time_cost, settings.password_memory_kib,
                            settings.password_parallelism)
        with contextlib.suppress(VerificationError):
            hasher.verify(decoy, _utf8(password))
        return PasswordCheck(ok=False)
    try:
        hasher.verify(stored_hash, _utf8(password))
    except (VerificationError, InvalidHashError):
        return PasswordCheck(ok=False)
    if hasher.check_needs_rehash(stored_hash):
        return PasswordCheck(ok=True, upgraded_hash=hasher.hash(_utf8(password)))
    return PasswordCheck(ok=True)


def new_token() -> str:
    """A random opaque token (256 bits, URL-safe): handed to the client, never stored."""
    return secrets.token_urlsafe(32)


def successor_tokens(settings: Settings, refresh_token: str) -> tuple[str, str]:
    """The access and refresh tokens that replace `refresh_token`: derived from it under the
    server secret (HMAC-SHA256), so that presenting it again within the grace window gives
    the same pair without the server ever storing a token in the clear."""
    key = _utf8(settings.pepper())

    def derive(kind: str) -> str:
        digest = hmac.new(key, _utf8(f"casemgr-rotate\0{kind}\0{refresh_token}"),
                          hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

    return derive("access"), derive("refresh")


def token_hash(settings: Settings, token: str) -> str:
    """What the database keeps of a token: SHA-256 of the pepper + token, hex.
    A copy of the tokens table alone lets no one act as a device."""
    return hashlib.sha256(_utf8(settings.pepper() + token)).hexdigest()
