"""The server's own keys, kept in files outside the database (being written)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class ServerKeys:
    key_dir: Path

    @classmethod
    def load(cls, key_dir: Path) -> ServerKeys:
        return cls(key_dir)
