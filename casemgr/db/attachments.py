"""Attachment files encrypted at rest: AES-256-GCM in 64 KiB chunks under a per-file key.

The key lives only in the attachment record (inside the encrypted database), so deleting
the record makes the file unreadable. Each chunk's nonce is a random 8-byte file prefix plus
the chunk number, and its associated data binds the record id, the chunk number and whether
it is the last chunk: chunks cannot be reordered, swapped between files or cut off unseen.
The file's SHA-256 (of the ciphertext) is its content address on the server.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casemgr.db.errors import WorkspaceError

MAGIC = b"CMA1"
CHUNK = 64 * 1024
TAG = 16
HEADER = len(MAGIC) + 8


class CorruptAttachment(WorkspaceError):
    """The encrypted file is damaged, truncated, or belongs to another record."""


@dataclass(frozen=True)
class SealedFile:
    key_hex: str  # goes into the attachment record's file_key field
    size: int  # plaintext bytes
    sha256: str  # of the ciphertext: the content address
    stored_size: int


def _aad(record_id: str, index: int, last: bool) -> bytes:
    return f"casemgr-attachment|{record_id}|{index}|{int(last)}".encode()


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + index.to_bytes(4, "big")


def seal_file(source: Path, dest: Path, record_id: str) -> SealedFile:
    """Encrypt `source` into `dest` (written beside it first, then renamed into place)."""
    key = AESGCM.generate_key(bit_length=256)
    aes = AESGCM(key)
    prefix = os.urandom(8)
    digest = hashlib.sha256()
    tmp = dest.with_name(f".{dest.name}.part")
    size = stored = 0
    try:
        with open(source, "rb") as src, open(tmp, "wb") as out:
            os.fchmod(out.fileno(), 0o600)
            header = MAGIC + prefix
            out.write(header)
            digest.update(header)
            stored += len(header)
            chunk, index = src.read(CHUNK), 0
            while True:
                following = src.read(CHUNK)
                last = not following
                sealed = aes.encrypt(_nonce(prefix, index), chunk, _aad(record_id, index, last))
                out.write(sealed)
                digest.update(sealed)
                size += len(chunk)
                stored += len(sealed)
                if last:
                    break
                chunk, index = following, index + 1
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return SealedFile(key.hex(), size, digest.hexdigest(), stored)


def open_sealed(path: Path, key_hex: str, record_id: str) -> Iterator[bytes]:
    """The plaintext of an attachment, chunk by chunk; CorruptAttachment if anything is off."""
    aes = AESGCM(bytes.fromhex(key_hex))
    with open(path, "rb") as f:
        header = f.read(HEADER)
        if len(header) != HEADER or not header.startswith(MAGIC):
            raise CorruptAttachment("The attachment file is not a casemgr attachment.")
        prefix = header[len(MAGIC):]
        block, index = f.read(CHUNK + TAG), 0
        while True:
            following = f.read(CHUNK + TAG)
            last = not following
            try:
                yield aes.decrypt(_nonce(prefix, index), block, _aad(record_id, index, last))
            except InvalidTag:
                raise CorruptAttachment("The attachment file is damaged or incomplete.") \
                    from None
            if last:
                return
            block, index = following, index + 1


def sealed_size(size: int) -> int:
    """Bytes on disk of a sealed file of `size` plaintext bytes."""
    chunks = max(1, -(-size // CHUNK))
    return HEADER + size + chunks * TAG


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()
