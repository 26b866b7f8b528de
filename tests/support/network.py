"""The laptop's network as a test sets it: up, down, or holding requests on an event (the
HTTP call blocks on the sync thread until the test releases it). Injected into the app
through `AppContext.transport_factory`; it talks to a real server."""

from __future__ import annotations

import threading
from typing import Any

import requests
from PySide6.QtCore import QThread

from casemgr.sync.transport import Transport


class HeldNetwork:
    """Requests whose URL contains `hold_path` wait on `hold` while `holding` is True."""

    def __init__(self) -> None:
        self.up = True
        self.holding = False
        self.hold_path = "/sync/"
        self.hold = threading.Event()  # set it to release the held request
        self.held = threading.Event()  # set once a request is waiting on `hold`
        self.answered = threading.Event()  # ...and the server answered it once released
        self.threads: set[str] = set()  # the Qt threads HTTP requests were made on

    def hold_requests(self, path: str = "/sync/") -> None:
        """From now on, requests to `path` wait until `hold` is set."""
        self.hold_path, self.holding = path, True
        self.hold.clear()
        self.held.clear()
        self.answered.clear()

    def transport(self, url: str, device_id: str) -> Transport:
        return Transport(url, device_id, http=_Session(self), retries=1, backoff_s=0.01)


class _Session(requests.Session):
    def __init__(self, network: HeldNetwork) -> None:
        super().__init__()
        self.network = network

    def request(self, method: str | bytes, url: str | bytes, *args: Any,  # type: ignore[override]
                **kwargs: Any) -> requests.Response:
        network = self.network
        network.threads.add(QThread.currentThread().objectName() or "?")
        held = network.holding and network.hold_path in str(url)
        if held:
            network.held.set()
            assert network.hold.wait(timeout=30), "the test never released the held request"
        if not network.up:
            raise requests.ConnectionError("the network is down (test)")
        response = super().request(method, url, *args, **kwargs)
        if held:
            network.answered.set()
        return response
