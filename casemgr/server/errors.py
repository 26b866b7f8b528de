"""API errors: every refusal is a JSON body of casemgr.sync.protocol.ErrorBody's shape."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """Raised anywhere in the server to answer `status` with an ErrorBody."""

    def __init__(self, status: int, error: str, detail: Any = None,
                 reason: str | None = None, headers: dict[str, str] | None = None,
                 revoked_device: str | None = None) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.detail = detail
        self.reason = reason
        self.headers = headers or {}
        # A revocation answer for this device: the app signs the order to wipe (app.py).
        self.revoked_device = revoked_device
