"""A device over HTTP to a real server process that keeps the raw bytes of what it is sent:
what the restricted-field tests grep for values that must not be there."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

import requests

from casemgr import __version__
from casemgr.sync.protocol import PROTOCOL_VERSION, Op, PullResponse, PushResponse, RecordOut
from tests.server.sync_support import Clock, Writer
from tests.support.live_server import DEMO_PASSWORD


@dataclass
class Raw(Writer):
    """A device of `user` over HTTP that keeps the raw bytes of every answer it got."""

    url: str
    user: str
    device_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    clock: Clock = field(default_factory=Clock)
    next_seq: int = 1
    cursor: int = 0
    mirror: dict[str, RecordOut] = field(default_factory=dict)
    evicted: list[str] = field(default_factory=list)
    epoch: str | None = None
    token: str = ""

    def __post_init__(self) -> None:
        answer = requests.post(f"{self.url}/api/v1/auth/login", timeout=30, json={
            "protocol_version": PROTOCOL_VERSION, "client_version": __version__,
            "device_id": self.device_id, "username": self.user, "password": DEMO_PASSWORD})
        assert answer.status_code == 200, answer.text
        self.token = answer.json()["tokens"]["access_token"]

    def call(self, method: str, path: str, **kw: Any) -> requests.Response:
        return requests.request(method, f"{self.url}{path}", timeout=30, headers={
            "Authorization": f"Bearer {self.token}", "X-Casemgr-Device-Id": self.device_id,
            "X-Casemgr-Protocol-Version": str(PROTOCOL_VERSION),
            "X-Casemgr-Client-Version": __version__}, **kw)

    def push(self, *ops: Op, **extra: Any) -> PushResponse:
        answer = self.call("POST", "/api/v1/sync/push",
                           json=self.request(*ops, **extra).model_dump(mode="json"))
        assert answer.status_code == 200, answer.text
        return PushResponse.model_validate_json(answer.content)

    def fetch(self, cursor: int, limit: int) -> PullResponse:
        return PullResponse.model_validate_json(self.pull_bytes(cursor))

    def pull_bytes(self, cursor: int) -> bytes:
        answer = self.call("GET", "/api/v1/sync/pull", params={"cursor": cursor, "limit": 1000})
        assert answer.status_code == 200, answer.text
        return answer.content
