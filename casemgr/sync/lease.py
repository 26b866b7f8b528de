"""The server's signed words on the client: the offline lease (check the signature, and
decide whether the workspace may unlock without the server, DESIGN.md 5, "Offline lease"),
and the orders to delete a case or the whole workspace (docs/sync.md, "Removals") or a
person's erased records ("Erasure").

Imports only pydantic, cryptography and the protocol, so the client and the tests can use it
without the server.
"""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, datetime, timedelta

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from casemgr.sync.protocol import (
    REVOKED,
    Erasure,
    Lease,
    Removal,
    SignedErasure,
    SignedLease,
    SignedRemoval,
    canonical_json,
)

# A device clock a little behind the server's is normal; more than this is a clock set back.
CLOCK_SKEW_ALLOWED = timedelta(minutes=5)


class LeaseInvalid(Exception):
    """The lease was not signed by this server, was altered, or is for another user or device."""


class RemovalInvalid(Exception):
    """An order to delete that this device must not obey: not signed by its server, altered,
    for another device or case, or replayed from an earlier answer."""


def _check_signature(message: bytes, signature_b64: str, public_key_b64: str | None) -> bool:
    """Whether `public_key_b64` signed `message`; False also for a malformed key or
    signature (and for no key at all)."""
    if not public_key_b64:
        return False
    try:
        public_key = Ed25519PublicKey.from_public_bytes(
            base64.b64decode(public_key_b64, validate=True))
        public_key.verify(base64.b64decode(signature_b64, validate=True), message)
    except (binascii.Error, ValueError, InvalidSignature):
        return False
    return True


def verify_lease(signed: SignedLease, public_key_b64: str, *, user: str | None = None,
                 device_id: str | None = None) -> Lease:
    """The lease if the server's key signed exactly it (and it names `user` and `device_id`
    when given); raises LeaseInvalid otherwise."""
    if not _check_signature(canonical_json(signed.lease), signed.signature, public_key_b64):
        raise LeaseInvalid("The lease's signature does not check out: it is malformed, was "
                           "altered, or was signed by another server.")
    if user is not None and signed.lease.user != user:
        raise LeaseInvalid(f"The lease is for user {signed.lease.user}, not {user}.")
    if device_id is not None and signed.lease.device_id != device_id:
        raise LeaseInvalid("The lease is for another device.")
    return signed.lease


def verify_removal(signed: SignedRemoval | None, public_key_b64: str | None, device_id: str,
                   *, case_id: str | None = None, nonce: str | None = None,
                   not_before: str | None = None) -> Removal:
    """The removal if this device's server signed exactly it for `device_id` (and for
    `case_id`, with `nonce`, no earlier than `not_before` minus the allowed clock skew, each
    when given); raises RemovalInvalid otherwise, with the reason in words."""
    if signed is None:
        raise RemovalInvalid("it was not signed")
    removal = signed.removal
    if not _check_signature(canonical_json(removal), signed.signature, public_key_b64):
        raise RemovalInvalid("its signature is not the server's")
    if removal.device_id != device_id:
        raise RemovalInvalid("it is for another device")
    if case_id is not None and removal.case_id != case_id:
        raise RemovalInvalid("it is for something else")
    if nonce is not None and removal.nonce != nonce:
        raise RemovalInvalid("it belongs to another answer (replayed)")
    if not_before is not None:
        try:
            too_old = _parse_time(removal.time) < _parse_time(not_before) - CLOCK_SKEW_ALLOWED
        except ValueError:
            raise RemovalInvalid("its time is unreadable") from None
        if too_old:
            raise RemovalInvalid("it is older than the last answer from the server (replayed)")
    return removal


def verify_erasure(signed: SignedErasure, public_key_b64: str | None, device_id: str, *,
                   nonce: str) -> Erasure:
    """An erase order this device must obey: signed by its server for this device and for
    the pull that carried it (`nonce`); raises RemovalInvalid otherwise."""
    erasure = signed.erasure
    if not _check_signature(canonical_json(erasure), signed.signature, public_key_b64):
        raise RemovalInvalid("its signature is not the server's")
    if erasure.device_id != device_id:
        raise RemovalInvalid("it is for another device")
    if erasure.nonce != nonce:
        raise RemovalInvalid("it belongs to another answer (replayed)")
    return erasure


def verify_revocation(signed: SignedRemoval | None, public_key_b64: str | None,
                      device_id: str, not_before: str | None) -> Removal:
    """A revocation this device must obey (wipe itself), or RemovalInvalid."""
    return verify_removal(signed, public_key_b64, device_id, case_id=REVOKED,
                          not_before=not_before)


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


def issued_ms_ago(lease: Lease, now_ms: int) -> int:
    """How long ago, by the clock giving `now_ms`, the lease was issued (negative: a clock
    behind the server's)."""
    return now_ms - int(_parse_time(lease.issued_at).timestamp() * 1000)


def _parse_time(text: str) -> datetime:
    """An ISO-8601 time as an aware UTC datetime; a time without a zone is taken as UTC."""
    value = datetime.fromisoformat(text)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
