"""A device over HTTP to a real server process that keeps the raw bytes of what it is sent:
what the restricted-field tests grep for values that must not be there."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import requests

from casemgr import __version__
from casemgr.sync.protocol import Op, PullResponse, PushResponse
from tests.support.http_laptop import HttpLaptop


@dataclass
class Raw(HttpLaptop):
    """A device of `user` over HTTP that keeps the raw bytes of every answer it got."""

    def __post_init__(self) -> None:
        self.log_in()

    def call(self, method: str, path: str, **kw: Any) -> requests.Response:
        return requests.request(method, f"{self.url}{path}", timeout=30, headers={
            **self.headers(), "X-Casemgr-Client-Version": __version__}, **kw)

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
