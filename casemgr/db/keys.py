"""The key hierarchy of DESIGN.md section 5: a random data key, stored only wrapped.

The 256-bit data key is SQLCipher's raw key. On disk it exists only as AES-256-GCM
ciphertext under a key derived from the password with Argon2id (parameters stored beside
it, so they can be raised later). The associated data binds the wrap to user, device and
key version. A successful unwrap *is* the offline password check: no password hash is kept.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casemgr.db.errors import CorruptKeyFile, WrongPassword
from casemgr.db.files import atomic_write

KEY_BYTES = 32
FORMAT = 1


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes, lanes."""

    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 1

    def weaker_than(self, other: KdfParams) -> bool:
        return self.memory_kib < other.memory_kib or self.iterations < other.iterations


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class WrappedKey:
    """What is stored in key.json: nothing here reveals the data key without the password."""

    user: str
    device_id: str
    key_version: int
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    uses_device_secret: bool = False

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "format": FORMAT,
            "user": self.user,
            "device_id": self.device_id,
            "key_version": self.key_version,
            "kdf": {"algorithm": "argon2id", **asdict(self.kdf)},
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
            "uses_device_secret": self.uses_device_secret,
        }
        return json.dumps(data, indent=1)

    @classmethod
    def from_json(cls, text: str) -> WrappedKey:
        try:
            data = json.loads(text)
            if data["format"] != FORMAT or data["kdf"]["algorithm"] != "argon2id":
                raise ValueError("unknown key file format")
            kdf = KdfParams(
                int(data["kdf"]["memory_kib"]), int(data["kdf"]["iterations"]),
                int(data["kdf"]["lanes"]),
            )
            if not (8 * kdf.lanes <= kdf.memory_kib <= 4 * 1024 * 1024 and 1 <= kdf.iterations
                    <= 64 and 1 <= kdf.lanes <= 16):
                raise ValueError("key derivation parameters out of range")
            wrapped = cls(
                user=str(data["user"]), device_id=str(data["device_id"]),
                key_version=int(data["key_version"]), kdf=kdf,
                salt=_unb64(data["salt"]), nonce=_unb64(data["nonce"]),
                ciphertext=_unb64(data["ciphertext"]),
                uses_device_secret=bool(data.get("uses_device_secret", False)),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise CorruptKeyFile(f"The key file is damaged ({exc}).") from None
        if len(wrapped.salt) != 16 or len(wrapped.nonce) != 12 or len(
            wrapped.ciphertext
        ) != KEY_BYTES + 16:
            raise CorruptKeyFile("The key file is damaged (wrong field sizes).")
        return wrapped


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text, validate=True)


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def _aad(user: str, device_id: str, key_version: int) -> bytes:
    return f"casemgr-data-key|v{FORMAT}|{user}|{device_id}|{key_version}".encode()


def _kek(password: str, salt: bytes, kdf: KdfParams, device_secret: bytes | None) -> bytes:
    """The key-encryption key: Argon2id of the password, HKDF-mixed with a device secret if any."""
    stretched = Argon2id(
        salt=salt, length=KEY_BYTES, iterations=kdf.iterations, lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    ).derive(password.encode("utf-8"))
    if device_secret is None:
        return stretched
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"casemgr kek v1"
    ).derive(stretched + device_secret)


def wrap_key(
    data_key: bytes, password: str, *, user: str, device_id: str, key_version: int,
    kdf: KdfParams = DEFAULT_KDF, device_secret: bytes | None = None,
) -> WrappedKey:
    if len(data_key) != KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = _kek(password, salt, kdf, device_secret)
    ciphertext = AESGCM(kek).encrypt(nonce, data_key, _aad(user, device_id, key_version))
    return WrappedKey(user, device_id, key_version, kdf, salt, nonce, ciphertext,
                      device_secret is not None)


def unwrap_key(wrapped: WrappedKey, password: str, device_secret: bytes | None = None) -> bytes:
    """The data key, or WrongPassword. A flipped bit anywhere in the wrap also fails here."""
    if wrapped.uses_device_secret and device_secret is None:
        raise CorruptKeyFile("This workspace needs the device secret from the system keystore.")
    kek = _kek(password, wrapped.salt, wrapped.kdf, device_secret)
    aad = _aad(wrapped.user, wrapped.device_id, wrapped.key_version)
    try:
        return AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, aad)
    except InvalidTag:
        raise WrongPassword() from None


def save_wrapped(path: Path, wrapped: WrappedKey) -> None:
    atomic_write(path, wrapped.to_json().encode())


def load_wrapped(path: Path) -> WrappedKey:
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError:
        raise CorruptKeyFile("The key file is damaged (not text).") from None
    return WrappedKey.from_json(text)


def sqlcipher_key_pragma(data_key: bytes) -> str:
    """`PRAGMA key` text for a raw key; the hex is produced here, never taken from input."""
    if len(data_key) != KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    hexkey = data_key.hex()
    assert all(c in "0123456789abcdef" for c in hexkey)
    return f"\"x'{hexkey}'\""
