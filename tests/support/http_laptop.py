"""A laptop stand-in that logs in and pushes over HTTP to a real server process, writing
ops the way the client's outbox does (tests/server/sync_support.Writer)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

import requests

from casemgr import __version__
from casemgr.domain.records import RecordType
from casemgr.sync.protocol import PROTOCOL_VERSION, Op, RecordOut
from tests.server.sync_support import Clock, Writer
from tests.support.live_server import DEMO_PASSWORD


@dataclass
class HttpLaptop(Writer):
    """`user`'s device on the server at `url`."""

    url: str
    user: str = "amina"
    password: str = DEMO_PASSWORD
    device_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    clock: Clock = field(default_factory=Clock)
    next_seq: int = 1
    cursor: int = 0
    mirror: dict[str, RecordOut] = field(default_factory=dict)
    evicted: list[str] = field(default_factory=list)
    epoch: str | None = None
    token: str = ""

    def log_in(self) -> None:
        answer = requests.post(f"{self.url}/api/v1/auth/login", timeout=10, json={
            "protocol_version": PROTOCOL_VERSION, "client_version": __version__,
            "device_id": self.device_id, "username": self.user, "password": self.password})
        assert answer.status_code == 200, answer.text
        self.token = answer.json()["tokens"]["access_token"]
        self.epoch = answer.json()["epoch"]

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", "X-Casemgr-Device-Id": self.device_id,
                "X-Casemgr-Protocol-Version": str(PROTOCOL_VERSION)}

    def send(self, *ops: Op, request_id: str | None = None, **extra: Any) -> requests.Response:
        """POST a push of `ops` (its answer, whatever it is)."""
        return requests.post(f"{self.url}/api/v1/sync/push", timeout=30, headers={
            **self.headers(), **({"X-Request-ID": request_id} if request_id else {})},
            json=self.request(*ops, **extra).model_dump(mode="json"))

    def new_case(self, child: str = "Zawadi Hassan", note: str = "Visited school",
                 case_number: str = "AB12-00001") -> tuple[str, list[Op]]:
        """The ops of a registration: family, case, a child (`child`: given and family
        name) and a note on the case."""
        given, family = child.split(" ", 1)
        case_id, family_id = str(uuid.uuid4()), str(uuid.uuid4())
        ops = [
            self.create(RecordType.FAMILY, {"name": family}, case_id, family_id),
            self.create(RecordType.CASE, {
                "case_number": case_number, "family_id": family_id, "status": "open",
                "assigned_to": self.user, "legal_basis": "consent", "consent_given_by": "mother",
                "opened_on": "2026-11-01", "risk": "high"}, case_id, case_id),
            self.create(RecordType.PERSON, {
                "family_id": family_id, "given_name": given, "family_name": family,
                "role": "child", "date_of_birth": "2015-02-03"}, case_id),
            self.create(RecordType.NOTE, {"text": note}, case_id),
        ]
        return case_id, ops
