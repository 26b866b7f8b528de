"""A full disk: telling it from other errors, saying how much to free, and the reserve.

The reserve is a file of RESERVE_BYTES in the workspace folder (`.reserve`, 0600), made at
creation and topped up at each unlock as far as the disk allows. casemgr gives part of it
back to the disk, just long enough for a write that must not fail for lack of space:

- what reading needs: the shared-memory file SQLite makes when it opens the database,
  and the audit entry of opening a case file or an attachment;
- what finishes something already done: the audit entry of a password change, a schema
  migration at unlock, the checkpoint at close;
- sync, so that the office gets the work done on a full laptop (the push's bookkeeping
  and the pulled pages, down to a floor kept for reading).

A new change by the user never dips into it: on a full disk it is refused at once, with how
much to free (StorageFull, `disk_full`), before it could take the space the rest needs.

Why 8 MiB: the biggest of those writes is a pulled page of 500 records (the server's
page), which writes about 1.3 MiB of WAL with notes of a hundred words, and as much again to
the database when it is checkpointed; SQLite's WAL grows to about 4 MiB (1000 pages) before
it checkpoints and starts again at its beginning; the shared-memory file is 32 KiB; an audit
entry a few pages. 8 MiB holds a WAL cycle, a pulled page and the 1 MiB a sync leaves for
reading (tests/unit/db/test_full_disk.py syncs a page of 500 records on a full disk), and is
small beside what a laptop has free in normal use. What a lent write did not use is taken
back at once (`Reserve.lend`), so a read costs the reserve only the pages its audit entry
adds to the database.

The files are made with posix_fallocate where the platform has it (real blocks, even on a
file system that compresses or deduplicates zeros), otherwise written as zeros.
"""

from __future__ import annotations

import errno
import math
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from casemgr.db.errors import StorageFull

MiB = 1024 * 1024
RESERVE_NAME = ".reserve"
RESERVE_BYTES = 8 * MiB
READ_FLOOR = 1 * MiB  # what a sync leaves of the reserve, for reading afterwards
LEND_STEP = 512 * 1024  # lent first; all of it only if that was not enough
WORK_ROOM = 8 * MiB  # free space a write wants beside the reserve (a WAL cycle and more)
LOW_SPACE = 1 * MiB  # below this, an I/O error from SQLite is taken for a full disk
_CHUNK, _PAGE = 256 * 1024, 4096
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
_SQLITE_IOERR, _SQLITE_FULL = 10, 13

T = TypeVar("T")


def free_bytes(folder: Path) -> int:
    """Free space for an unprivileged user on the disk holding `folder` (or the nearest
    folder above it that exists)."""
    folder = Path(folder)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return int(shutil.disk_usage(folder).free)
    except OSError:
        return 0


def is_disk_full(exc: BaseException, folder: Path | None = None) -> bool:
    """Whether `exc` is a write refused for lack of space: ENOSPC (or a quota) from the OS,
    SQLITE_FULL, or, on a disk that is short of space, a SQLite I/O error (SQLite reports a
    shared-memory file it cannot grow that way)."""
    if isinstance(exc, StorageFull):
        return True
    if isinstance(exc, OSError):
        return exc.errno in _FULL_ERRNOS
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return False
    if code & 0xFF == _SQLITE_FULL or "database or disk is full" in str(exc):
        return True
    return (code & 0xFF == _SQLITE_IOERR and folder is not None
            and free_bytes(folder) < LOW_SPACE)


def space_to_free(folder: Path, reserve: Reserve | None = None) -> int:
    """Bytes to free so that a write fits and the reserve is whole again (at least 1 MiB).
    `reserve` defaults to the one of the workspace in `folder`, if it is one."""
    if reserve is None and (Path(folder) / "workspace.json").exists():
        reserve = Reserve(Path(folder) / RESERVE_NAME)
    missing = reserve.size - reserve.held() if reserve is not None else 0
    return max(MiB, WORK_ROOM + max(0, missing) - free_bytes(folder))


def disk_full(folder: Path, reserve: Reserve | None = None,
              outcome: str = "Nothing was changed.") -> StorageFull:
    """The error for a write that did not fit, saying how much to free (in MB, as file
    managers count)."""
    need = space_to_free(folder, reserve)
    mb = max(1, math.ceil(need / 1_000_000))
    return StorageFull(
        f"The disk holding your workspace is full: free at least {mb} MB (for example by "
        f"deleting downloads), then try again. {outcome}", need_bytes=need)


class Reserve:
    """The reserve file of one workspace (see the module docstring)."""

    def __init__(self, path: Path, size: int = RESERVE_BYTES) -> None:
        self.path = path
        self.size = size

    def held(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0

    def fill(self, upto: int | None = None) -> int:
        """Grow the file towards `upto` (its full size by default) as far as the disk
        allows; never fails for lack of space. Returns the size it has."""
        target = min(self.size if upto is None else upto, self.size)
        have = self.held()
        if have >= target:
            return have
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600)
        except OSError:
            return have
        chunk = _CHUNK
        try:
            while have < target:
                step = min(chunk, target - have)
                try:
                    _allocate(fd, have, step)
                except OSError as exc:
                    os.ftruncate(fd, have)  # nothing half-allocated past the last chunk
                    if exc.errno not in _FULL_ERRNOS:
                        raise
                    if chunk <= _PAGE:
                        break
                    chunk //= 2  # the last of the free space, in smaller pieces
                    continue
                have += step
            os.fsync(fd)
        except OSError:
            pass  # a reserve it could not make is a smaller reserve, not an error
        finally:
            os.close(fd)
        if have == 0:
            self.path.unlink(missing_ok=True)
        return self.held()

    def shrink(self, to: int) -> int:
        """Give the disk all of the file above `to` bytes; returns how much was freed."""
        have = self.held()
        if have <= to:
            return 0
        try:
            if to <= 0:
                self.path.unlink()
            else:
                os.truncate(self.path, to)
        except OSError:
            return 0
        return have - max(0, to)

    def lend(self, write: Callable[[], T], *, keep: int = 0) -> T:
        """Run `write`; if the disk is full, give it part of the reserve (then all of it
        above `keep`) and run it again; then take back what it did not use. A write that
        still does not fit raises StorageFull (a full disk reported by SQLite or the OS is
        turned into it). `write` must leave nothing behind when it fails (a transaction)."""
        before = self.held()
        try:
            return self._attempt(write)
        except StorageFull:
            if before <= keep:
                raise
        targets = sorted({max(keep, before - LEND_STEP), keep}, reverse=True)
        try:
            for target in targets:
                self.shrink(target)
                try:
                    return self._attempt(write)
                except StorageFull:
                    if target == targets[-1]:
                        raise
            raise AssertionError("unreachable")  # pragma: no cover
        finally:
            self.fill(before)

    def _attempt(self, write: Callable[[], T]) -> T:
        try:
            return write()
        except StorageFull:
            raise
        except Exception as exc:
            if is_disk_full(exc, self.path.parent):
                raise disk_full(self.path.parent, self) from None
            raise


def _allocate(fd: int, offset: int, length: int) -> None:
    """Real blocks for `length` bytes at `offset` (zeros where the platform cannot say so)."""
    fallocate = getattr(os, "posix_fallocate", None)
    if fallocate is not None:
        try:
            fallocate(fd, offset, length)
            return
        except OSError as exc:
            if exc.errno not in (errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL):
                raise
    os.lseek(fd, offset, os.SEEK_SET)
    data = b"\0" * length
    while data:
        written = os.write(fd, data)
        data = data[written:]


__all__ = [
    "READ_FLOOR", "RESERVE_BYTES", "RESERVE_NAME", "Reserve", "disk_full", "free_bytes",
    "is_disk_full", "space_to_free",
]
