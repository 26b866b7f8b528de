"""A small real disk for full-disk tests: a tmpfs of a few MiB mounted under the test's
tmp_path (root, or CAP_SYS_ADMIN, is needed: elsewhere the test is skipped and says why),
and a filler that takes every free byte of it, the way a download fills a laptop.

tmpfs keeps no blocks back for root (ext4 keeps 5 %), so a full tmpfs is as full for the
tests, which run as root here, as a full laptop disk is for its user."""

from __future__ import annotations

import errno
import math
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

MiB = 1024 * 1024
_PIECE = MiB  # the filler is made of 1 MiB files, so that space can be freed by the MiB


class SmallDisk:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.filler = root / "downloads"
        self._pieces: list[Path] = []

    def free(self) -> int:
        return shutil.disk_usage(self.root).free

    def fill(self) -> int:
        """Write filler files until the disk refuses another page; returns the bytes taken."""
        self.filler.mkdir(exist_ok=True)
        taken = 0
        size = _PIECE
        while size >= 4096:
            path = self.filler / f"piece-{len(self._pieces):05d}"
            written = _write_until_full(path, size)
            if written:
                self._pieces.append(path)
                taken += written
            if written < size:
                size //= 2  # the last of it, in smaller pieces
        assert self.free() < 4096, f"the disk still has {self.free()} bytes free"
        return taken

    def free_up(self, nbytes: int | None = None) -> None:
        """Delete filler pieces (newest first) until at least `nbytes` are freed; all of it
        without an argument."""
        freed = 0
        while self._pieces and (nbytes is None or freed < nbytes):
            path = self._pieces.pop()
            freed += path.stat().st_size
            path.unlink()

    def free_mb(self, mb: int) -> None:
        """Free `mb` MB (10^6 bytes, as file managers count), rounded up to whole pieces."""
        self.free_up(math.ceil(mb * 1_000_000 / _PIECE) * _PIECE)


def _write_until_full(path: Path, size: int) -> int:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    written = 0
    try:
        data = b"\1" * size
        while written < size:
            try:
                n = os.write(fd, data[written:])
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                break
            if n == 0:
                break
            written += n
    finally:
        os.close(fd)
    if written == 0:
        path.unlink()
    return written


@contextmanager
def small_disk(where: Path, size_mib: int) -> Iterator[SmallDisk]:
    """Mount a tmpfs of `size_mib` MiB at `where` for the duration; skip if that is not
    allowed here."""
    where.mkdir(parents=True, exist_ok=True)
    try:
        proc = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_mib}m,mode=0700", "tmpfs", str(where)],
            capture_output=True, text=True, timeout=30)
    except FileNotFoundError:
        pytest.skip("no `mount` command here: the full-disk tests need to mount a small tmpfs")
    if proc.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (the full-disk tests need root or "
                    f"CAP_SYS_ADMIN): {proc.stderr.strip() or proc.returncode}")
    try:
        yield SmallDisk(where)
    finally:
        if subprocess.run(["umount", str(where)], capture_output=True,
                          timeout=30).returncode != 0:
            subprocess.run(["umount", "-l", str(where)], capture_output=True, timeout=30)
