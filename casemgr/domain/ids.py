"""Identifiers a device can mint offline: UUIDv7 record ids and human-readable case numbers."""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Callable

_lock = threading.Lock()
_last = [0, 0]  # last (ms, counter) handed out, so ids from one process sort in creation order


def uuid7(now_ms: Callable[[], int] | None = None) -> str:
    """A UUIDv7 (RFC 9562): 48-bit Unix ms time, 12-bit monotonic counter, 62 random bits."""
    ms = now_ms() if now_ms else time.time_ns() // 1_000_000
    with _lock:
        if ms <= _last[0]:
            ms, counter = _last[0], _last[1] + 1
            if counter > 0xFFF:  # counter exhausted within one ms: borrow the next ms
                ms, counter = ms + 1, 0
        else:
            counter = int.from_bytes(os.urandom(2), "big") & 0x3FF  # leave room to count up
        _last[0], _last[1] = ms, counter
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | counter << 64 | 0b10 << 62 | rand
    return str(uuid.UUID(int=value))


def uuid7_time_ms(value: str) -> int:
    """The Unix ms timestamp embedded in a UUIDv7."""
    return uuid.UUID(value).int >> 80


# Crockford base32 without I, L, O, U: unambiguous when read aloud or copied by hand.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def device_prefix(device_id: str) -> str:
    """Four characters derived from a device id, the first half of every case number it mints."""
    n = uuid.UUID(device_id).int
    return "".join(_ALPHABET[(n >> (5 * i)) & 31] for i in range(4))


def case_number(prefix: str, counter: int) -> str:
    """A case number unique without coordination: device prefix + the device's own counter."""
    return f"{prefix}-{counter:05d}"
