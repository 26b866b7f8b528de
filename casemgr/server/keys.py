"""The server's own keys: the Ed25519 key that signs offline leases and orders to delete (a
revoked device's wipe, a case's eviction, a person's erasure), and the AES-256 key that keeps
devices' escrowed data keys. Each lives in its own file (mode 0600) in the key folder (mode
0700), never in the database, so a database dump alone opens no escrowed key."""

from __future__ import annotations

import base64
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from casemgr.sync.protocol import (
    Erasure,
    Lease,
    Removal,
    SignedErasure,
    SignedLease,
    SignedRemoval,
    canonical_json,
)

SIGNING_KEY_FILE = "lease-signing-key.ed25519"  # the raw 32-byte Ed25519 private key
ESCROW_KEY_FILE = "escrow-key.aes256"  # 32 random bytes
# 32 random bytes mixed into the stored hashes of tokens (unless CASEMGR_SERVER_SECRET is set):
# a copy of the database alone lets no one act as a device.
TOKEN_PEPPER_FILE = "token-pepper"  # noqa: S105 - a file name
KEY_FILES = (SIGNING_KEY_FILE, ESCROW_KEY_FILE, TOKEN_PEPPER_FILE)
KEY_BYTES = 32
_NONCE_BYTES = 12
_ESCROW_FORMAT = b"\x01"  # first byte of every sealed blob, so the format can change later


class ServerKeysError(Exception):
    """The key folder cannot be used; the message says what to do."""


class KeysMissing(ServerKeysError):
    """No keys yet: `casemgr-server init-db` creates them."""


class EscrowUnreadable(ServerKeysError):
    """A sealed key that this server's escrow key does not open (another key, or altered)."""


@dataclass(frozen=True)
class ServerKeys:
    """The loaded keys; pass one instance to whatever signs leases or opens escrow."""

    key_dir: Path
    _signing_key: Ed25519PrivateKey = field(repr=False)
    _escrow_key: bytes = field(repr=False)  # never printed, never logged

    @classmethod
    def ensure(cls, key_dir: Path) -> bool:
        """Create whichever key file is missing (folder 0700, files 0600); True if any was."""
        key_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            key_dir.chmod(0o700)
        created = False
        for name in KEY_FILES:
            if not (key_dir / name).exists():
                created |= _write_new_key(key_dir / name, secrets.token_bytes(KEY_BYTES))
        return created

    @classmethod
    def load(cls, key_dir: Path) -> ServerKeys:
        """Read both keys; raises KeysMissing (run init-db) or ServerKeysError (unsafe files)."""
        _require(key_dir, KEY_FILES)
        signing = _read_key(key_dir / SIGNING_KEY_FILE)
        escrow = _read_key(key_dir / ESCROW_KEY_FILE)
        _read_key(key_dir / TOKEN_PEPPER_FILE)  # safe and whole, as the others
        return cls(key_dir, Ed25519PrivateKey.from_private_bytes(signing), escrow)

    @property
    def public_key_b64(self) -> str:
        """The raw Ed25519 public key in base64: clients keep it to verify leases offline."""
        raw = self._signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return base64.b64encode(raw).decode("ascii")

    def sign_lease(self, lease: Lease) -> SignedLease:
        """The lease with an Ed25519 signature over its canonical JSON."""
        return SignedLease(lease=lease, signature=self._sign(canonical_json(lease)))

    def sign_removal(self, removal: Removal) -> SignedRemoval:
        """An order to delete a case (or a whole workspace) from a device, signed the same
        way: the device deletes nothing without it."""
        return SignedRemoval(removal=removal, signature=self._sign(canonical_json(removal)))

    def sign_erasure(self, erasure: Erasure) -> SignedErasure:
        """An order to erase a person's records from a device, signed the same way."""
        return SignedErasure(erasure=erasure, signature=self._sign(canonical_json(erasure)))

    def _sign(self, message: bytes) -> str:
        return base64.b64encode(self._signing_key.sign(message)).decode("ascii")

    def escrow_seal(self, device_id: str, data_key: bytes) -> bytes:
        """A device's data key encrypted with AES-256-GCM; the AAD binds it to the device."""
        nonce = secrets.token_bytes(_NONCE_BYTES)
        sealed = AESGCM(self._escrow_key).encrypt(nonce, data_key, _escrow_aad(device_id))
        return _ESCROW_FORMAT + nonce + sealed

    def escrow_open(self, device_id: str, blob: bytes) -> bytes:
        """The data key sealed for this device; EscrowUnreadable for any other blob."""
        if blob[:1] != _ESCROW_FORMAT or len(blob) < 1 + _NONCE_BYTES + 16:
            raise EscrowUnreadable("The escrowed key is not in a format this server knows.")
        nonce, sealed = blob[1:1 + _NONCE_BYTES], blob[1 + _NONCE_BYTES:]
        try:
            return AESGCM(self._escrow_key).decrypt(nonce, sealed, _escrow_aad(device_id))
        except InvalidTag:
            raise EscrowUnreadable(
                "The escrowed key does not open with this server's escrow key (was the key "
                "folder replaced, or the key escrowed for another device?).") from None


def _escrow_aad(device_id: str) -> bytes:
    return b"casemgr-escrow-v1:" + device_id.encode("utf-8")


def _write_new_key(path: Path, key: bytes) -> bool:
    """Write a key file readable by its owner only; never overwrite one that appeared meanwhile."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, key)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)  # fails if another init-db wrote the key first: keep theirs
        return True
    except FileExistsError:
        return False
    finally:
        tmp.unlink()


def token_pepper(key_dir: Path) -> str:
    """The pepper of the stored token hashes kept in the key folder (init-db makes it)."""
    _require(key_dir, (TOKEN_PEPPER_FILE,))
    return _read_key(key_dir / TOKEN_PEPPER_FILE).hex()


def _require(key_dir: Path, names: tuple[str, ...]) -> None:
    missing = [name for name in names if not (key_dir / name).is_file()]
    if missing:
        raise KeysMissing(
            f"The server keys ({', '.join(missing)}) are not in {key_dir}; run "
            "`casemgr-server init-db` with the same CASEMGR_SERVER_KEY_DIR first.")


def _read_key(path: Path) -> bytes:
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        raise ServerKeysError(
            f"{path} can be read by other users of this machine; restrict it with "
            f"`chmod 600 {path}` (and `chmod 700 {path.parent}`).")
    data = path.read_bytes()
    if len(data) != KEY_BYTES:
        raise ServerKeysError(f"{path} is not a {KEY_BYTES}-byte key; restore it from backup.")
    return data
