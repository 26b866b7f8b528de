"""Live updates on the laptop: while it is online, a thread of its own waits on the server's
`/sync/wait` for news in its user's scope and says so (`on_news`: the app then syncs), so
that a change made elsewhere shows within about a second without polling (docs/sync.md,
"Live updates").

It waits with the access token of the app's own transport and never refreshes it (the sync
thread owns the tokens): a refused token, a revocation or any answer it does not expect is
news too, and the sync that follows deals with it. A dropped connection (a proxy cutting an
idle one, the network gone) or a busy server is waited out with exponential backoff and full
jitter, so that many laptops do not come back at once.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable

from casemgr.sync import protocol
from casemgr.sync.transport import Offline, ServerTrouble, SyncError, Transport

_log = logging.getLogger(__name__)


def wait_for_news(transport: Transport, cursor: int,
                  wait_s: int = protocol.MAX_WAIT_S) -> protocol.WaitResponse:
    """One wait: whether the device's scope has news past `cursor` (answered at once if it
    has, else after at most `wait_s`)."""
    answer: protocol.WaitResponse = transport.request(
        "GET", "/api/v1/sync/wait", protocol.WaitResponse,
        params={"cursor": cursor, "wait_s": wait_s}, retry_auth=False)
    return answer


class LiveWatch:
    """The waiting thread. `cursor()`: the device's pull cursor, or None while the app is
    not online (it then sleeps until `resume`); `on_news()`: called on its thread when there
    is something to pull, after which it waits for `resume` (the app calls it when its sync
    has finished) before waiting on the server again."""

    def __init__(self, main: Transport, *, cursor: Callable[[], int | None],
                 on_news: Callable[[], None], wait_s: int = protocol.MAX_WAIT_S,
                 backoff_s: float = 1.0, max_backoff_s: float = 60.0,
                 jitter: Callable[[], float] = random.random) -> None:
        self.main = main
        self.cursor = cursor
        self.on_news = on_news
        self.wait_s = wait_s
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self._jitter = jitter
        self._wake = threading.Event()
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None
        # Its own connection (a wait holds one for up to wait_s), the same server and trust.
        self.transport = main.sibling(read_timeout_s=wait_s + 15.0)
        self.waits = 0  # answered waits, for whoever watches it work

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="casemgr-live-updates",
                                            daemon=True)
            self._thread.start()

    def resume(self) -> None:
        """The app synced (or went online): wait on the server again."""
        self._wake.set()

    def stop(self) -> None:
        self._stopped.set()
        self._wake.set()
        self.transport.http.close()  # a wait in progress ends with a dropped connection
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def _tell(self) -> None:
        """There is news: say so, unless stopped meanwhile."""
        if self._stopped.is_set():
            return
        try:
            self.on_news()
        except RuntimeError:  # whoever listened is gone (the app closed): stop
            self._stopped.set()

    def _pause(self, seconds: float | None) -> None:
        self._wake.wait(seconds)
        self._wake.clear()

    def _backoff(self, failures: int, at_least: float = 0.0) -> float:
        cap: float = min(self.max_backoff_s, self.backoff_s * 2.0 ** min(failures, 16))
        return max(at_least, cap * self._jitter())

    def _run(self) -> None:
        failures = 0
        while not self._stopped.is_set():
            cursor = self.cursor()
            if cursor is None:
                self._pause(None)
                continue
            self.transport.session = self.main.session  # the app's current token
            self.transport.trust(self.main.server_key, self.main.revocations_after)
            try:
                answer = wait_for_news(self.transport, cursor, self.wait_s)
            except Offline:
                failures += 1
                self._pause(self._backoff(failures))
                continue
            except ServerTrouble:  # busy (503) or broken: come back later, not all at once
                failures += 1
                self._pause(self._backoff(failures, at_least=self.backoff_s * 5))
                continue
            except SyncError as exc:  # a token refused, a revocation...: the sync's to handle
                _log.info("live updates: %s; asking for a sync", type(exc).__name__)
                failures = 0
                self._tell()
                self._pause(self.max_backoff_s)
                continue
            failures = 0
            self.waits += 1
            if answer.changed:
                self._tell()
                self._pause(self.max_backoff_s)  # until the sync is done (resume)


__all__ = ["LiveWatch", "wait_for_news"]
