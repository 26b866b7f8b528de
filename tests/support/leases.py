"""An offline lease as the server issues it, for the server's signing tests and the client's
lease checks alike."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from casemgr.sync.protocol import Lease

DEVICE = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
T0 = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def a_lease(**changes: object) -> Lease:
    values: dict[str, object] = {
        "user": "amina", "device_id": DEVICE, "role": "caseworker", "teams": ["North"],
        "issued_at": iso(T0), "not_after": iso(T0 + timedelta(days=14)),
        "server_time": iso(T0), "min_client_version": "0.1.0", **changes}
    return Lease.model_validate(values)
