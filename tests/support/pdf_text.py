"""A PDF read back as a reader would: its text page by page (pypdf), and every byte of it with
its compressed streams inflated (what a search through the file could find)."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

from pypdf import PdfReader


def page_texts(path: Path) -> list[str]:
    """Each page's text, its whitespace made single spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def all_bytes(path: Path) -> bytes:
    """The file's bytes followed by every stream inflated (Flate), so that a value stored
    anywhere in it, compressed or not, is found by a plain search."""
    raw = path.read_bytes()
    parts = [raw]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.DOTALL):
        try:
            parts.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return b"\n".join(parts)


def contains(blob: bytes, text: str) -> bool:
    """`text` in `blob` in any encoding a PDF writer uses for strings (Latin-1, UTF-16)."""
    return any(text.encode(enc, "ignore") in blob
               for enc in ("latin-1", "utf-8", "utf-16-be", "utf-16-le"))


__all__ = ["all_bytes", "contains", "page_texts"]
