"""HTTP to the sync server (requests): timeouts on every call, retries with exponential
backoff and jitter, TLS verification always on, and errors of kinds the engine acts on.

Every request says who is asking (protocol version, client version, device id): in the JSON
body where there is one, in X-Casemgr-* headers otherwise.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import logging
import random
import ssl
import time
import urllib.parse
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import requests
import urllib3
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError
from requests.adapters import HTTPAdapter

from casemgr import __version__
from casemgr.sync import protocol
from casemgr.sync.lease import RemovalInvalid, verify_revocation

_log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)


class SyncError(Exception):
    """Base of what can go wrong talking to the server."""


class Offline(SyncError):
    """The server could not be reached (no network, refused, timed out) after retries."""


class ServerTrouble(SyncError):
    """The server kept answering with errors (5xx) or with something that is not the
    protocol; nothing was applied from it."""


class Revoked(SyncError):
    """This device was revoked or its user deactivated: the workspace must be wiped."""


class UpgradeRequired(SyncError):
    """The server no longer speaks this client's protocol: update casemgr (the outbox is
    kept)."""


class NeedsLogin(SyncError):
    """The session ended (tokens expired or refused): log in online again."""


class AccountRefused(SyncError):
    """A login refused because the account is deactivated or the device revoked, before any
    workspace was open on this device (so nothing to wipe)."""


class UnverifiedRevocation(NeedsLogin):
    """An answer said this device was revoked without the server's signed order to wipe (a
    forged answer, or one from another server): nothing was deleted, the session ended."""

    def __init__(self, why: str) -> None:
        super().__init__(
            f"The server's answer said this device was revoked, but {why}: nothing was "
            "deleted. Log in again; if this happens again, tell your IT support (the "
            "connection to the server may be tampered with).")


class RateLimited(SyncError):
    def __init__(self, retry_after: float) -> None:
        super().__init__(f"Too many failed logins; try again in {retry_after:.0f} s.")
        self.retry_after = retry_after


class Refused(SyncError):
    """The server refused the request (4xx) for a reason given in `error` and `detail`."""

    def __init__(self, status: int, error: str, detail: Any, reason: str | None) -> None:
        super().__init__(f"{error}: {detail}" if detail else error)
        self.status = status
        self.error = error
        self.detail = detail
        self.reason = reason


@dataclass
class Session:
    """The tokens of the current online session (kept in memory; the refresh token is also
    kept inside the encrypted workspace)."""

    access_token: str = ""
    refresh_token: str = ""


class CertificateRefused(SyncError):
    """The server's certificate was not trusted (unknown authority, wrong name) or its key is
    not the one pinned on this device: nothing was sent."""


class InsecureServer(ValueError):
    """A server address that would send passwords and case data in clear text."""


# The ssl error a pinned connection raises; found again in the error requests reports.
PIN_MISMATCH = "casemgr: the server's public key does not match the pinned key"


def check_server_url(url: str) -> str:
    """The address, if casemgr may talk to it: https:// anywhere; http:// only to this
    computer (the demo and the tests), never across a network."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url
    if parts.scheme == "http" and parts.hostname:
        if _is_loopback(parts.hostname):
            return url
        raise InsecureServer(
            f"Refused {url}: casemgr talks to a server only over https:// (plain http:// would "
            "send passwords, keys and case data readable on the network; it is allowed only "
            "to this computer, 127.0.0.1 or localhost).")
    raise InsecureServer("The server address must start with https://")


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def spki_sha256(der_certificate: bytes) -> str:
    """The pin of a certificate's public key: base64 of SHA-256 over its SubjectPublicKeyInfo
    (what `openssl x509 -pubkey | openssl pkey -pubin -outform der | openssl dgst -sha256
    -binary | base64` prints). A renewed certificate with the same key has the same pin."""
    cert = x509.load_der_x509_certificate(der_certificate)
    spki = cert.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(hashlib.sha256(spki).digest()).decode()


def normalise_pin(pin: str) -> str:
    """A pin given as base64 (44 characters) or hex (64 digits, colons allowed), as base64."""
    text = pin.strip()
    if text.startswith("sha256/"):
        text = text[len("sha256/"):]
    digits = text.replace(":", "")
    if len(digits) == 64 and all(c in "0123456789abcdefABCDEF" for c in digits):
        return base64.b64encode(bytes.fromhex(digits)).decode()
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError:
        raw = b""
    if len(raw) != 32:
        raise ValueError("A server key pin is the SHA-256 of its public key: 44 characters of "
                         "base64 or 64 hexadecimal digits.")
    return base64.b64encode(raw).decode()


class _PinnedConnection(urllib3.connection.HTTPSConnection):
    """An HTTPS connection that, once the certificate chain is verified as usual, also
    checks the server's public key against the pin."""

    spki_pin = ""

    def connect(self) -> None:
        super().connect()
        sock = self.sock
        der = sock.getpeercert(binary_form=True) if isinstance(sock, ssl.SSLSocket) else None
        if not der or spki_sha256(der) != self.spki_pin:
            self.close()
            raise ssl.SSLError(PIN_MISMATCH)


class PinnedAdapter(HTTPAdapter):
    """Refuse a TLS peer whose public key (SPKI SHA-256) is not the pinned one, on top of
    normal CA verification, never instead of it."""

    def __init__(self, spki_pin: str) -> None:
        self._pin = normalise_pin(spki_pin)
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        connection = type("PinnedConnection", (_PinnedConnection,), {"spki_pin": self._pin})
        pool = type("PinnedPool", (urllib3.HTTPSConnectionPool,), {"ConnectionCls": connection})
        self.poolmanager.pool_classes_by_scheme = {
            **self.poolmanager.pool_classes_by_scheme, "https": pool}


class Transport:
    """One server, one device. Thread-compatible, not thread-safe: the sync worker owns it."""

    RETRY_STATUSES = frozenset({500, 502, 503, 504})
    # A connection refused, dropped or timed out, an answer cut off: sent again (every route
    # we call is idempotent); a load benchmark counts them as errors instead.
    RETRY_BROKEN_CONNECTIONS = True

    def __init__(
        self, base_url: str, device_id: str, *, timeout: tuple[float, float] = (5.0, 60.0),
        retries: int = 4, backoff_s: float = 0.5, max_backoff_s: float = 30.0,
        ca_file: str | None = None, spki_pin: str | None = None,
        http: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep, jitter: Callable[[], float] = random.random,
    ) -> None:
        self.base_url = check_server_url(base_url).rstrip("/")
        self.device_id = device_id
        self.timeout = timeout
        self.retries = retries
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self.session = Session()
        self.http = http or requests.Session()
        # The environment's proxy settings (HTTPS_PROXY, NO_PROXY, ...) for this server, read
        # once: with trust_env requests reads and parses the whole environment (and ~/.netrc)
        # again on every request, a third of a request's CPU. Nothing else of the
        # environment applies: `verify` is always ours, and the Authorization is our token.
        self.proxies: dict[str, str] = requests.utils.get_environ_proxies(self.base_url)
        self.http.trust_env = False
        self.configure_tls(ca_file, spki_pin)
        self._sleep = sleep
        self._jitter = jitter
        self.bytes_sent = 0
        self.bytes_received = 0
        # Requests sent again, by why: the status answered ("503") or the exception's name.
        self.retried: Counter[str] = Counter()
        self.on_tokens: Callable[[Session], None] | None = None
        # The server's lease key (learnt at first login) and the last server time seen: a
        # revocation is obeyed (Revoked) only when that key signed it for this device since.
        self.server_key: str | None = None
        self.revocations_after: str | None = None

    def trust(self, server_key: str | None, last_server_time: str | None) -> None:
        """The key whose signature makes a revocation answer an order to wipe."""
        self.server_key = server_key or None
        self.revocations_after = last_server_time or None

    def configure_tls(self, ca_file: str | None = None, spki_pin: str | None = None) -> None:
        """Trust the server's certificate through `ca_file` (an organisation's own CA; the
        system's authorities otherwise) and, with `spki_pin`, only with that public key.
        Certificate checks are never switched off."""
        # Passed with every request too: requests lets REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE in
        # the environment override a session's `verify` (psf/requests#3829).
        self.verify: str | bool = ca_file or True
        self.spki_pin = spki_pin
        self.http.verify = self.verify
        if spki_pin:
            self.http.mount("https://", PinnedAdapter(spki_pin))

    # -- plumbing ----------------------------------------------------------------------------

    def sibling(self, *, read_timeout_s: float) -> Transport:
        """Another transport to the same server, for the same device, with the same trust
        (CA, key pin, the server's key) on a connection of its own; no retries."""
        other = Transport(self.base_url, self.device_id, timeout=(self.timeout[0], read_timeout_s),
                          retries=0, ca_file=self.verify if isinstance(self.verify, str) else None,
                          spki_pin=self.spki_pin)
        other.trust(self.server_key, self.revocations_after)
        return other

    def client_info(self) -> dict[str, Any]:
        return {"protocol_version": protocol.PROTOCOL_VERSION, "client_version": __version__,
                "device_id": self.device_id}

    def _headers(self, auth: bool) -> dict[str, str]:
        headers = {protocol.HEADER_PROTOCOL_VERSION: str(protocol.PROTOCOL_VERSION),
                   protocol.HEADER_CLIENT_VERSION: __version__,
                   protocol.HEADER_DEVICE_ID: self.device_id}
        if auth and self.session.access_token:
            headers["Authorization"] = f"Bearer {self.session.access_token}"
        return headers

    def _wait(self, attempt: int, at_least: float = 0.0) -> None:
        """Exponential backoff with full jitter (AWS architecture blog's recommendation). A
        server's Retry-After (`at_least`) is a floor, spread over half as much again: the
        devices a busy server turned away together do not all come back together."""
        cap = min(self.max_backoff_s, self.backoff_s * 2 ** attempt)
        jitter = self._jitter()
        self._sleep(max(min(self.max_backoff_s, at_least * (1 + jitter / 2)), cap * jitter))

    def request(self, method: str, path: str, model: type[M] | None, *, json: Any = None,
                params: dict[str, Any] | None = None, data: bytes | None = None,
                content_type: str | None = None, auth: bool = True,
                retry_auth: bool = True) -> Any:
        """Send, retrying what is safe to retry; every route we call is idempotent (push by
        op id and client seq, chunk PUTs by index), so a retry never doubles an effect.
        `content_type`: what `data` is (an upload), when it is not JSON."""
        url = self.base_url + path
        headers = self._headers(auth)
        if content_type is not None:
            headers["Content-Type"] = content_type
        for attempt in range(self.retries + 1):
            try:
                response = self.http.request(method, url, json=json, params=params, data=data,
                                             headers=headers, timeout=self.timeout,
                                             verify=self.verify, proxies=self.proxies)
            except requests.exceptions.SSLError as exc:
                raise _certificate_refused(self.base_url, exc) from None
            except (requests.ConnectionError, requests.Timeout) as exc:
                if attempt == self.retries or not self.RETRY_BROKEN_CONNECTIONS:
                    raise Offline(f"The server at {self.base_url} cannot be reached "
                                  f"({type(exc).__name__}).") from None
                self.retried[type(exc).__name__] += 1
                self._wait(attempt)
                continue
            except (requests.exceptions.ChunkedEncodingError,
                    requests.exceptions.ContentDecodingError):
                # The answer broke off mid-body (or cannot be decoded): nothing of it is used.
                if attempt == self.retries or not self.RETRY_BROKEN_CONNECTIONS:
                    raise ServerTrouble("The server's answer was cut off or garbled "
                                        f"{self.retries + 1} times; nothing of it was "
                                        "applied.") from None
                self.retried["cut off"] += 1
                self._wait(attempt)
                continue
            body = response.request.body
            self.bytes_sent += len(body) if isinstance(body, (bytes, str)) else 0
            self.bytes_received += len(response.content)
            if response.status_code in self.RETRY_STATUSES:
                if attempt == self.retries:
                    raise ServerTrouble(f"The server answered {response.status_code} "
                                        f"{self.retries + 1} times; try again later.")
                # A server that says when to come back (503 under load, in maintenance) is
                # not asked again sooner; never longer than the backoff's cap.
                self.retried[str(response.status_code)] += 1
                self._wait(attempt, at_least=min(_retry_after(response), self.max_backoff_s))
                continue
            if response.status_code == 401 and auth and retry_auth:
                body = _error_body(response)
                if body.get("reason") == "revoked":
                    raise self._revocation(body)
                self.refresh()
                return self.request(method, path, model, json=json, params=params, data=data,
                                    content_type=content_type, auth=auth, retry_auth=False)
            return self._decode(response, model)
        raise AssertionError("unreachable")  # pragma: no cover

    def _decode(self, response: requests.Response, model: type[M] | None) -> Any:
        status = response.status_code
        if status >= 400:
            body = _error_body(response)
            reason = body.get("reason")
            if reason == "revoked":
                raise self._revocation(body)
            if status == 426 or reason == "upgrade_required":
                raise UpgradeRequired("The server needs a newer casemgr; your unsent changes "
                                      "are kept until you update.")
            if status == 429:
                raise RateLimited(float(response.headers.get("Retry-After") or 60))
            if status == 401:
                raise NeedsLogin("Your session has ended; log in online again.")
            raise Refused(status, str(body.get("error", status)), body.get("detail"), reason)
        if model is None:
            return response.content
        try:
            return model.model_validate_json(response.content)
        except PydanticValidationError:
            raise ServerTrouble("The server's answer is not in the sync protocol's format; "
                                "nothing of it was applied.") from None

    # -- calls -------------------------------------------------------------------------------

    def server_info(self) -> protocol.ServerInfo:
        info: protocol.ServerInfo = self.request("GET", "/api/v1/server-info",
                                                 protocol.ServerInfo, auth=False)
        return info

    def login(self, username: str, password: str, *, device_name: str = "",
              escrow_key: str | None = None, want_key: bool = False) -> protocol.LoginResponse:
        body = protocol.LoginRequest(username=username, password=password,
                                     device_name=device_name, escrow_key=escrow_key,
                                     want_key=want_key, **self.client_info())
        answer: protocol.LoginResponse = self.request(
            "POST", "/api/v1/auth/login", protocol.LoginResponse,
            json=body.model_dump(mode="json"), auth=False)
        self._set_tokens(answer.tokens)
        return answer

    def refresh(self) -> None:
        if not self.session.refresh_token:
            raise NeedsLogin("Log in online first.")
        body = protocol.RefreshRequest(refresh_token=self.session.refresh_token,
                                       **self.client_info())
        tokens: protocol.Tokens = self.request("POST", "/api/v1/auth/refresh", protocol.Tokens,
                                               json=body.model_dump(mode="json"), auth=False)
        self._set_tokens(tokens)

    def _set_tokens(self, tokens: protocol.Tokens | None) -> None:
        self.session = (Session(tokens.access_token, tokens.refresh_token) if tokens
                        else Session())
        if self.on_tokens:
            self.on_tokens(self.session)

    def _revocation(self, body: dict[str, Any]) -> SyncError:
        """Revoked if the answer carries the server's signed order to wipe this device;
        otherwise the session ends here (the tokens are dropped) and nothing is deleted."""
        try:
            signed = (protocol.SignedRemoval.model_validate(body["revocation"])
                      if body.get("revocation") is not None else None)
            verify_revocation(signed, self.server_key, self.device_id, self.revocations_after)
        except PydanticValidationError:
            why = "the order to wipe in it is malformed"
        except RemovalInvalid as exc:
            why = f"its order to wipe {exc}"
        else:
            return Revoked("This device has been revoked by an administrator.")
        _log.warning("An unsigned revocation answer was refused (%s); logged out.", why)
        self._set_tokens(None)
        return UnverifiedRevocation(why)

    def lease(self) -> protocol.SignedLease:
        lease: protocol.SignedLease = self.request("POST", "/api/v1/auth/lease",
                                                   protocol.SignedLease)
        return lease

    def escrow(self, escrow_key: str) -> None:
        """Replace the data key the server escrows for this device (after a key rotation)."""
        body = protocol.EscrowRequest(escrow_key=escrow_key, **self.client_info())
        self.request("POST", "/api/v1/devices/me/escrow", None,
                     json=body.model_dump(mode="json"))

    def audit_events(self, events: list[protocol.AuditEvent]) -> None:
        """Tell the server of the exports and prints recorded in this device's audit chain."""
        body = protocol.AuditEventsRequest(events=events, **self.client_info())
        self.request("POST", "/api/v1/sync/audit", None, json=body.model_dump(mode="json"))

    def access_events(self, events: list[protocol.AccessEvent]) -> None:
        """Tell the server of the case files opened and attachments saved on this device."""
        body = protocol.AccessEventsRequest(events=events, **self.client_info())
        self.request("POST", "/api/v1/sync/access", None, json=body.model_dump(mode="json"))

    def case_access(self, case_id: str) -> protocol.CaseAccessLog:
        """Who opened, printed or exported a case (its team's supervisors and admins only)."""
        log: protocol.CaseAccessLog = self.request(
            "GET", f"/api/v1/cases/{case_id}/access", protocol.CaseAccessLog)
        return log

    def break_glass(self, case: str, reason: str, note: str) -> protocol.BreakGlassGrant:
        """Ask for time-limited access to a case outside this user's caseload (by number or
        id) with a reason; the case then arrives at the next pull. Asking again while the
        access lasts answers the same access."""
        body = protocol.BreakGlassRequest(case=case, reason=reason,  # type: ignore[arg-type]
                                          note=note, **self.client_info())
        grant: protocol.BreakGlassGrant = self.request(
            "POST", "/api/v1/sync/break-glass", protocol.BreakGlassGrant,
            json=body.model_dump(mode="json"))
        return grant

    def end_break_glass(self, case_id: str, holder: str | None = None
                        ) -> protocol.BreakGlassEnded:
        """End a break-glass access to a case now: this user's own (`holder` None), or, for
        the case's supervisor or an admin, `holder`'s. The holder's next pull evicts it."""
        body = protocol.BreakGlassEnd(case_id=case_id, holder=holder, **self.client_info())
        ended: protocol.BreakGlassEnded = self.request(
            "POST", "/api/v1/sync/break-glass/end", protocol.BreakGlassEnded,
            json=body.model_dump(mode="json"))
        return ended

    def push(self, ops: list[protocol.Op], *, outbox_lag: int, audit_head: str | None,
             epoch: str | None = None) -> protocol.PushResponse:
        body = protocol.PushRequest(client_seq_from=ops[0].client_seq, ops=ops,
                                    outbox_lag=outbox_lag, audit_head=audit_head,
                                    **self.client_info())
        payload = body.model_dump(mode="json")
        if epoch is not None and "epoch" in protocol.PushRequest.model_fields:
            payload["epoch"] = epoch
        answer: protocol.PushResponse = self.request("POST", "/api/v1/sync/push",
                                                     protocol.PushResponse, json=payload)
        return answer

    def pull(self, cursor: int, limit: int = protocol.DEFAULT_PULL_LIMIT, *,
             with_catalog: bool = False, with_notices: bool = False
             ) -> protocol.PullResponse:
        """A page of changes after `cursor`; `with_catalog`: the last page says which forms,
        directory and lease terms are current (protocol.Catalog); `with_notices`: and the
        break-glass notices still open for the user (an older server says nothing)."""
        params: dict[str, Any] = {"cursor": cursor, "limit": limit}
        if with_catalog:
            params["with_catalog"] = "true"
        if with_notices:
            params["with_notices"] = "true"
        answer: protocol.PullResponse = self.request("GET", "/api/v1/sync/pull",
                                                     protocol.PullResponse, params=params)
        return answer

    # -- attachments: content-addressed, 1 MiB chunks, resumable ---------------------------

    def attachment_init(self, sha256: str, size: int, record_id: str) -> protocol.AttachmentStatus:
        body = protocol.AttachmentInit(sha256=sha256, size=size, record_id=record_id,
                                       **self.client_info())
        status: protocol.AttachmentStatus = self.request(
            "POST", "/api/v1/attachments/init", protocol.AttachmentStatus,
            json=body.model_dump(mode="json"))
        return status

    def attachment_put(self, sha256: str, index: int, data: bytes) -> None:
        self.request("PUT", f"/api/v1/attachments/{sha256}/chunks/{index}", None, data=data)

    def attachment_finalize(self, sha256: str) -> protocol.AttachmentStatus:
        status: protocol.AttachmentStatus = self.request(
            "POST", f"/api/v1/attachments/{sha256}/finalize", protocol.AttachmentStatus)
        return status

    def attachment_get(self, sha256: str, index: int) -> bytes:
        data: bytes = self.request("GET", f"/api/v1/attachments/{sha256}/chunks/{index}", None)
        return data

    def forms(self) -> protocol.FormsResponse:
        answer: protocol.FormsResponse = self.request("GET", "/api/v1/forms",
                                                      protocol.FormsResponse)
        return answer

    def directory(self) -> protocol.DirectoryResponse:
        answer: protocol.DirectoryResponse = self.request("GET", "/api/v1/directory",
                                                          protocol.DirectoryResponse)
        return answer


def _retry_after(response: requests.Response) -> float:
    """Seconds the server asked us to wait (Retry-After in seconds; 0 when absent or given as
    a date, which a server behind a proxy may not mean for us)."""
    try:
        return max(0.0, float(response.headers.get("Retry-After", "0")))
    except ValueError:
        return 0.0


def _certificate_refused(url: str, exc: BaseException) -> CertificateRefused:
    if PIN_MISMATCH in str(exc):
        return CertificateRefused(
            f"The server at {url} showed a public key other than the one pinned on this "
            "device, so nothing was sent: someone may be intercepting the connection. If the "
            "server's key really changed, ask your IT support for the new pin.")
    return CertificateRefused(
        f"The certificate of the server at {url} is not trusted (not signed by an authority "
        "this device knows, or made out to another name), so nothing was sent. If your "
        "organisation runs its own certificate authority, give its CA file (--ca-file).")


def _error_body(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}
