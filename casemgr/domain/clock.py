"""Clocks: the injected wall clock and the hybrid logical clock that orders edits across devices."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol


class Clock(Protocol):
    """The wall clock, injected everywhere time matters so tests can set it."""

    def now_ms(self) -> int:
        """Milliseconds since the Unix epoch, UTC."""
        ...


class SystemClock:
    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000


class FixedClock:
    """A clock that moves only when told to: for tests and deterministic seeding."""

    def __init__(self, start_ms: int) -> None:
        self.ms = start_ms

    def now_ms(self) -> int:
        return self.ms

    def advance(self, seconds: float) -> None:
        self.ms += int(seconds * 1000)


def iso_utc(ms: int) -> str:
    """ISO-8601 UTC text for a ms timestamp, as stored in records and shown in audit entries."""
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds").replace(
        "+00:00", "Z"
    )


def today(clock: Clock) -> date:
    return datetime.fromtimestamp(clock.now_ms() / 1000, UTC).date()


@dataclass(frozen=True, order=True)
class HlcTimestamp:
    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        # Fixed widths so that text order equals timestamp order.
        return f"{self.wall_ms:015d}-{self.counter:05d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> HlcTimestamp:
        wall, counter, node = text.split("-", 2)
        return cls(int(wall), int(counter), node)


class HybridLogicalClock:
    """Kulkarni et al.'s HLC: close to wall time, yet never runs backwards and respects causality.

    A device whose clock is set back keeps issuing increasing timestamps; one that has seen a
    later timestamp from another device (`observe`) issues timestamps after it.
    """

    def __init__(self, clock: Clock, node: str, last: HlcTimestamp | None = None) -> None:
        self._clock = clock
        self._node = node
        self._wall = last.wall_ms if last else 0
        self._counter = last.counter if last else 0
        self._lock = threading.Lock()

    def now(self) -> HlcTimestamp:
        with self._lock:
            wall = self._clock.now_ms()
            if wall > self._wall:
                self._wall, self._counter = wall, 0
            else:
                self._counter += 1
            return HlcTimestamp(self._wall, self._counter, self._node)

    def now_texts(self, count: int) -> list[str]:
        """`count` timestamps as text, the same as `count` calls of `now` in the same
        millisecond, with one read of the wall clock (a pulled page stamps each record it
        stores). The counter keeps its five digits: past them, the next millisecond."""
        if count <= 0:
            return []
        with self._lock:
            wall = self._clock.now_ms()
            if wall > self._wall:
                self._wall, self._counter = wall, -1
            out: list[str] = []
            node = self._node
            for _ in range(count):
                self._counter += 1
                if self._counter > 99_999:
                    self._wall, self._counter = self._wall + 1, 0
                out.append(f"{self._wall:015d}-{self._counter:05d}-{node}")
            return out

    def observe(self, remote: HlcTimestamp) -> None:
        with self._lock:
            wall = self._clock.now_ms()
            top = max(wall, self._wall, remote.wall_ms)
            if top == self._wall == remote.wall_ms:
                self._counter = max(self._counter, remote.counter) + 1
            elif top == self._wall:
                self._counter += 1
            elif top == remote.wall_ms:
                self._counter = remote.counter + 1
            else:
                self._counter = 0
            self._wall = top
