"""The offline lease on the client: check the server's signature, and decide whether the
workspace may unlock without the server (DESIGN.md 5, "Offline lease").

Imports only pydantic, cryptography and the protocol, so the client and the tests can use it
without the server.
"""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, datetime, timedelta

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from casemgr.sync.protocol import Lease, SignedLease, canonical_json

# A device clock a little behind the server's is normal; more than this is a clock set back.
CLOCK_SKEW_ALLOWED = timedelta(minutes=5)


class LeaseInvalid(Exception):
    """The lease was not signed by this server, was altered, or is for another user or device."""


def verify_lease(signed: SignedLease, public_key_b64: str, *, user: str | None = None,
                 device_id: str | None = None) -> Lease:
    """The lease if the server's key signed exactly it (and it names `user` and `device_id`
    when given); raises LeaseInvalid otherwise."""
    try:
        public_key = Ed25519PublicKey.from_public_bytes(
            base64.b64decode(public_key_b64, validate=True))
        signature = base64.b64decode(signed.signature, validate=True)
    except (binascii.Error, ValueError) as e:
        raise LeaseInvalid(f"The server key or the lease signature is malformed ({e}).") from None
    try:
        public_key.verify(signature, canonical_json(signed.lease))
    except InvalidSignature:
        raise LeaseInvalid("The lease's signature does not match: it was altered or "
                           "signed by another server.") from None
    if user is not None and signed.lease.user != user:
        raise LeaseInvalid(f"The lease is for user {signed.lease.user}, not {user}.")
    if device_id is not None and signed.lease.device_id != device_id:
        raise LeaseInvalid("The lease is for another device.")
    return signed.lease


def lease_allows_offline(lease: Lease, now_iso: str,
                         last_server_time_seen: str | None = None) -> tuple[bool, str]:
    """Whether the workspace may unlock offline now, and if not, why in the user's words.

    Refused past `not_after`, or when the device clock reads earlier than the last server
    time seen (a clock set back to stretch the lease).
    """
    try:
        now = _parse_time(now_iso)
        not_after = _parse_time(lease.not_after)
        latest_seen = _parse_time(lease.server_time)
        if last_server_time_seen:
            latest_seen = max(latest_seen, _parse_time(last_server_time_seen))
    except ValueError:
        return False, "The offline permission has an unreadable date; connect to the server."
    if now < latest_seen - CLOCK_SKEW_ALLOWED:
        return False, ("This computer's clock is earlier than the last time the server was "
                       "reached; correct the clock or connect to the server to unlock.")
    if now >= not_after:
        return False, (f"Offline use was allowed until {lease.not_after}; connect to the "
                       "server to unlock.")
    return True, f"Offline use is allowed until {lease.not_after}."


def client_too_old(lease: Lease, version: str) -> str | None:
    """Why this casemgr `version` may not be used with the lease's server (the lease names
    the oldest it allows), or None when it may."""
    if _version_key(version) >= _version_key(lease.min_client_version):
        return None
    return (f"This casemgr ({version}) is older than the server allows (at least "
            f"{lease.min_client_version}): update casemgr to unlock. Your workspace and the "
            "changes waiting to be sent are kept.")


def _version_key(version: str) -> tuple[int, ...]:
    """1.10.2 after 1.9: the leading numbers of each dotted part ("2rc1" counts as 2)."""
    key = []
    for part in version.strip().split("."):
        digits = ""
        for ch in part:
            if not ch.isdigit():
                break
            digits += ch
        key.append(int(digits or 0))
    return tuple(key)


def _parse_time(text: str) -> datetime:
    """An ISO-8601 time as an aware UTC datetime; a time without a zone is taken as UTC."""
    value = datetime.fromisoformat(text)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
