"""Small file-system helpers: atomic replace (and, on a full disk, a rewrite in place) and
best-effort overwrite before delete."""

from __future__ import annotations

import os
from pathlib import Path

from casemgr.db.space import disk_full, is_disk_full


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise disk_full(path.parent) from None
        raise


def rewrite_in_place(path: Path, data: bytes) -> None:
    """Overwrite an existing small file where it lies: on a full disk this needs no new
    space (its block is already allocated), where atomic_write needs a new file. Not atomic:
    only for a file whose torn copy is detected and taken for the worst (the failed-unlock
    counter, whose MAC then fails). StorageFull if even that does not fit."""
    try:
        fd = os.open(path, os.O_WRONLY)
        try:
            _write_all(fd, data)
            os.ftruncate(fd, len(data))
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        if is_disk_full(exc):
            raise disk_full(path.parent) from None
        raise


def _write_all(fd: int, data: bytes) -> None:
    """os.write until all is written (a short write is followed by ENOSPC, not ignored)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def shred(path: Path) -> None:
    """Overwrite a file with zeros, then delete it (best effort on journaling/SSD storage)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    try:
        with open(path, "r+b") as f:
            f.write(b"\0" * size)
            f.flush()
            os.fsync(f.fileno())
    finally:
        path.unlink(missing_ok=True)
