"""Live updates: a device that is online waits for news instead of polling (docs/sync.md,
"Live updates").

`GET /api/v1/sync/wait?cursor=N` answers as soon as the device's scope has something past
its cursor N (then the device pulls as usual), or after `wait_s` with nothing. A waiting
device costs the server no thread: each is an asyncio future in its worker process. One
poller per process reads the commit-safe watermark (`committed_seq`) every `poll_s` while
anyone waits, and when it moved finds, in three queries whatever the number of waiters,
which of them have news: a changed case the device holds (an edit, or the case leaving its
scope) or that is now in its user's scope (a case assigned to them), or a changed record
with no case (directory entries, personal records: every waiter is told; a pull that
brings nothing costs one small request). Past `max_waiters` per process a device is told
to come back later (503 with Retry-After). Several server processes each poll the same
database: the state is all in PostgreSQL, as for every other route.

What it does not see: a change of scope made without a record change (a supervisor added
to a team), which the device's next ordinary sync brings.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import sqlalchemy as sa
from starlette.concurrency import run_in_threadpool

from casemgr.domain.clock import Clock, SystemClock, iso_utc
from casemgr.domain.permissions import CaseAccess, in_scope
from casemgr.server import tables as t
from casemgr.server.api.deps import DeviceContext
from casemgr.server.errors import ApiError
from casemgr.server.metrics import LIVE_WAITERS
from casemgr.server.sync.pull import committed_seq
from casemgr.server.sync.scope import scope_changes
from casemgr.sync.protocol import WaitResponse

_IN_CHUNK = 500
_log = logging.getLogger(__name__)


@dataclass(eq=False)
class _Waiter:
    device: DeviceContext
    checked: int  # nothing for the device up to this seq
    news: asyncio.Future[int] = field(repr=False)


@dataclass(frozen=True)
class _Changes:
    """What changed in (lo, hi]: the last seq of each changed case, and of a record with no
    case (0: none)."""

    cases: dict[str, int]
    no_case: int


class ChangeWatch:
    """The waiting devices of one server process, and the poller that wakes them."""

    def __init__(self, engine: sa.Engine, *, max_waiters: int, poll_s: float,
                 max_wait_s: float = 25.0, clock: Clock | None = None) -> None:
        self.engine = engine
        self.clock: Clock = clock or SystemClock()  # the time scope is judged at (grants)
        self.max_waiters = max_waiters
        self.poll_s = poll_s
        self.max_wait_s = max_wait_s
        self._waiters: set[_Waiter] = set()
        self._poller: asyncio.Task[None] | None = None

    @property
    def waiting(self) -> int:
        return len(self._waiters)

    async def wait(self, device: DeviceContext, cursor: int, wait_s: float) -> WaitResponse:
        wait_s = min(wait_s, self.max_wait_s)
        if len(self._waiters) >= self.max_waiters:
            raise ApiError(503, "busy", "The server has as many devices waiting as it takes; "
                                        "wait a little and ask again.",
                           headers={"Retry-After": str(random.randint(5, 15))})
        watermark, news = await run_in_threadpool(self._news_for_one, device, cursor)
        if news:
            return WaitResponse(changed=True, cursor=watermark)
        waiter = _Waiter(device, max(cursor, watermark),
                         asyncio.get_running_loop().create_future())
        self._waiters.add(waiter)
        LIVE_WAITERS.set(len(self._waiters))
        self._ensure_poller()
        try:
            seq = await asyncio.wait_for(waiter.news, wait_s)
            return WaitResponse(changed=True, cursor=seq)
        except TimeoutError:
            return WaitResponse(changed=False, cursor=waiter.checked)
        finally:
            self._waiters.discard(waiter)
            LIVE_WAITERS.set(len(self._waiters))

    # -- the poller --------------------------------------------------------------------------

    def _ensure_poller(self) -> None:
        if self._poller is None or self._poller.done():
            self._poller = asyncio.get_running_loop().create_task(self._poll())

    async def _poll(self) -> None:
        """While anyone waits: read the watermark; when it moved, wake who has news."""
        while self._waiters:
            await asyncio.sleep(self.poll_s)
            waiting = [w for w in self._waiters if not w.news.done()]
            if not waiting:
                continue
            try:
                watermark, woken = await run_in_threadpool(
                    self._news_for, [(w.device, w.checked) for w in waiting])
            except Exception as exc:  # a database hiccup: the waiters time out and ask again
                _log.warning("live updates: looking for news failed (%s)", type(exc).__name__)
                continue
            for index, waiter in enumerate(waiting):
                if index in woken and not waiter.news.done():
                    waiter.news.set_result(watermark)
                else:
                    waiter.checked = max(waiter.checked, watermark)

    # -- who has news (in a worker thread) -----------------------------------------------------

    def _news_for_one(self, device: DeviceContext, cursor: int) -> tuple[int, bool]:
        """The watermark, and whether the device has news past `cursor`: a changed record
        for it, or a case to receive or give up that no record change announced."""
        watermark, woken = self._news_for([(device, cursor)])
        if woken:
            return watermark, True
        with self.engine.connect() as conn:
            gone, arriving = scope_changes(conn, device.device_id, device.actor, 0,
                                           iso_utc(self.clock.now_ms()))
        return watermark, bool(gone or arriving)

    def _news_for(self, waiting: Sequence[tuple[DeviceContext, int]]) -> tuple[int, set[int]]:
        """The watermark, and which of the (device, checked up to) have news past theirs."""
        with self.engine.connect() as conn:
            watermark = committed_seq(conn)
            lo = min(checked for _device, checked in waiting)
            if watermark <= lo:
                return watermark, set()
            changes = _changed(conn, lo, watermark)
            if not changes.cases and not changes.no_case:
                return watermark, set()
            held = _held(conn, [device.device_id for device, _c in waiting], list(changes.cases))
            access = _access(conn, list(changes.cases))
        woken: set[int] = set()
        for index, (device, checked) in enumerate(waiting):
            mine = held.get(device.device_id, set())
            if changes.no_case > checked or any(
                    seq > checked and (case_id in mine or (
                        case_id in access and in_scope(device.actor, access[case_id])))
                    for case_id, seq in changes.cases.items()):
                woken.add(index)
        return watermark, woken


def _changed(conn: sa.Connection, lo: int, hi: int) -> _Changes:
    r = t.records
    cases: dict[str, int] = {}
    no_case = 0
    for case_id, last in conn.execute(
            sa.select(r.c.case_id, sa.func.max(r.c.seq))
            .where(r.c.seq > lo, r.c.seq <= hi).group_by(r.c.case_id)):
        if case_id is None:
            no_case = int(last)
        else:
            cases[case_id] = int(last)
    # A person's erasure reaches every device (casemgr.server.subjects): news for all, as a
    # record with no case is.
    erased = conn.scalar(sa.select(sa.func.max(t.erasures.c.seq)).where(
        t.erasures.c.seq > lo, t.erasures.c.seq <= hi))
    if erased is not None:
        no_case = max(no_case, int(erased))
    return _Changes(cases, no_case)


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), _IN_CHUNK):
        yield ids[i:i + _IN_CHUNK]


def _held(conn: sa.Connection, device_ids: Sequence[str], case_ids: Sequence[str]
          ) -> dict[str, set[str]]:
    """Which of the cases each device holds (was sent and not evicted)."""
    dc = t.device_cases
    held: dict[str, set[str]] = {}
    devices = sorted(set(device_ids))
    for cases in _chunks(case_ids):
        for some in _chunks(devices):
            for device_id, case_id in conn.execute(
                    sa.select(dc.c.device_id, dc.c.case_id)
                    .where(dc.c.device_id.in_(some), dc.c.case_id.in_(cases),
                           dc.c.evicted_at.is_(None))):
                held.setdefault(device_id, set()).add(case_id)
    return held


def _access(conn: sa.Connection, case_ids: Sequence[str]) -> dict[str, CaseAccess]:
    """Who each case reaches now."""
    cs = t.case_scope
    return {row.case_id: CaseAccess(row.assigned_to, row.team)
            for cases in _chunks(case_ids)
            for row in conn.execute(sa.select(cs).where(cs.c.case_id.in_(cases)))}


__all__ = ["ChangeWatch"]
