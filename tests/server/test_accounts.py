"""Accounts on a real database (SQLite and PostgreSQL), through the real routes: logins, limits
on failures, tokens, revocation, escrow recovery, and the set-up that makes a server usable."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import stat
import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import sqlalchemy as sa
from starlette.exceptions import StarletteDeprecationWarning

from casemgr.domain.clock import FixedClock, iso_utc
from casemgr.server import accounts, security
from casemgr.server import tables as t
from casemgr.server.app import create_app
from casemgr.server.bootstrap import bump_epoch, init_db
from casemgr.server.demo import DEMO_PASSWORD, DemoRefused, seed_demo
from casemgr.server.errors import ApiError
from casemgr.server.keys import TOKEN_PEPPER_FILE, KeysMissing, ServerKeys
from casemgr.server.settings import Settings
from casemgr.sync.lease import RemovalInvalid, verify_lease, verify_revocation
from casemgr.sync.protocol import PROTOCOL_VERSION, SignedLease, SignedRemoval

with warnings.catch_warnings():
    # starlette warns that httpx (not httpx2) drives its TestClient; nothing to act on here.
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

START_MS = 1_795_000_000_000  # 2026-11-18
PASSWORD = "correct horse battery"


def cheap_settings(db_url: str, tmp_path, **overrides: Any) -> Settings:
    """Settings with a cheap Argon2 cost (the defaults take ~0.3 s per hash)."""
    values: dict[str, Any] = {"database_url": db_url, "key_dir": tmp_path / "server-keys",
                              "dev_mode": True, "password_memory_kib": 64,
                              "password_time_cost": 1, **overrides}
    return Settings(**values)


@dataclass
class Server:
    """An initialised server in this process, with a clock the test moves."""

    settings: Settings
    client: TestClient
    clock: FixedClock
    engine: sa.Engine
    app: Any
    devices: dict[str, str] = field(default_factory=dict)

    def body(self, username: str, password: str = PASSWORD, **extra: Any) -> dict[str, Any]:
        device_id = extra.pop("device_id", None) or self.devices.setdefault(
            username, str(uuid.uuid4()))
        return {"protocol_version": PROTOCOL_VERSION, "client_version": "0.1.0",
                "device_id": device_id, "username": username, "password": password,
                "device_name": f"{username}'s laptop", **extra}

    def login(self, username: str, password: str = PASSWORD, client: TestClient | None = None,
              **extra: Any):  # type: ignore[no-untyped-def]
        # json.dumps escapes lone surrogates as \\udXXX, as a hostile client may send them.
        return (client or self.client).post(
            "/api/v1/auth/login", content=json.dumps(self.body(username, password, **extra)),
            headers={"Content-Type": "application/json"})

    def headers(self, token: str, device_id: str | None = None) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {token}",
                   "X-Casemgr-Protocol-Version": str(PROTOCOL_VERSION),
                   "X-Casemgr-Client-Version": "0.1.0"}
        if device_id:
            headers["X-Casemgr-Device-Id"] = device_id
        return headers

    def me(self, token: str, device_id: str | None = None):  # type: ignore[no-untyped-def]
        return self.client.get("/api/v1/me", headers=self.headers(token, device_id))

    def refresh(self, username: str, refresh_token: str):  # type: ignore[no-untyped-def]
        return self.client.post("/api/v1/auth/refresh", json={
            "protocol_version": PROTOCOL_VERSION, "client_version": "0.1.0",
            "device_id": self.devices[username], "refresh_token": refresh_token})

    def address(self, host: str) -> TestClient:
        """A client whose requests come from `host`."""
        return TestClient(self.app, client=(host, 40000), raise_server_exceptions=False)

    def audit_actions(self, actor: str | None = None) -> list[str]:
        query = sa.select(t.audit.c.action).order_by(t.audit.c.id)
        if actor:
            query = query.where(t.audit.c.actor == actor)
        with self.engine.connect() as conn:
            return list(conn.execute(query).scalars())


def start_server(db_url: str, tmp_path, **overrides: Any) -> Iterator[Server]:
    settings = cheap_settings(db_url, tmp_path, **overrides)
    init_db(settings, now=START_MS)
    app = create_app(settings)
    clock = FixedClock(START_MS)
    app.state.clock = clock
    engine: sa.Engine = app.state.engine
    with engine.begin() as conn:
        for name, role, teams in (("amina", "caseworker", ["North"]),
                                  ("brian", "caseworker", ["North"]),
                                  ("sam", "supervisor", ["North", "Outreach"])):
            accounts.create_user(conn, name, role, PASSWORD, teams=teams, now=START_MS,
                                 settings=settings)
    try:
        yield Server(settings, TestClient(app, raise_server_exceptions=False), clock, engine,
                     app)
    finally:
        engine.dispose()


@pytest.fixture
def server(db_url, tmp_path) -> Iterator[Server]:
    yield from start_server(db_url, tmp_path)


@pytest.fixture
def strict_server(db_url, tmp_path) -> Iterator[Server]:
    """A server that locks an account after 3 failures and an address after 6."""
    yield from start_server(db_url, tmp_path, login_failures_allowed=3,
                            login_address_failures_allowed=6, login_lockout_s=60)


# -- logging in ----------------------------------------------------------------------------------

def test_login_gives_tokens_a_verifiable_lease_and_the_epoch(server):
    response = server.login("sam", device_name="Sam's\x00 tablet\x1b")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["user"] == {"username": "sam", "role": "supervisor",
                            "teams": ["North", "Outreach"], "active": True}
    lease = verify_lease(SignedLease.model_validate(body["lease"]), body["server_public_key"],
                         user="sam", device_id=server.devices["sam"])
    assert lease.role == "supervisor" and lease.teams == ["North", "Outreach"]
    assert lease.issued_at == iso_utc(START_MS)
    assert lease.not_after == iso_utc(START_MS + 14 * 86_400_000)
    assert lease.min_client_version == server.settings.min_client_version
    info = server.client.get("/api/v1/server-info").json()
    assert body["epoch"] == info["epoch"]
    assert body["server_public_key"] == info["server_public_key"]
    assert PROTOCOL_VERSION in info["protocol_versions"]

    me = server.me(body["tokens"]["access_token"], server.devices["sam"])
    assert me.status_code == 200 and me.json()["username"] == "sam"
    with server.engine.connect() as conn:
        device = conn.execute(sa.select(t.devices)
                              .where(t.devices.c.id == server.devices["sam"])).one()
    assert device.name == "Sam's tablet"  # control characters (NUL too) dropped
    assert device.client_version == "0.1.0" and device.last_seen_at == iso_utc(START_MS)
    assert server.audit_actions("sam") == ["device_registered", "login"]


def test_unknown_user_and_wrong_password_get_the_same_answer_after_the_same_work(
        server, monkeypatch):
    checked: list[str | None] = []
    real_check = accounts.check_password

    def spy(settings, stored_hash, password):  # type: ignore[no-untyped-def]
        checked.append(stored_hash)
        return real_check(settings, stored_hash, password)

    monkeypatch.setattr(accounts, "check_password", spy)
    wrong = server.login("amina", "not her password")
    unknown = server.login("nobody-here", "not her password")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json() == {
        "error": "invalid_credentials", "detail": "Wrong user name or password.", "reason": None}
    # The unknown user's password was checked against a decoy hash of the same cost.
    assert checked[0] is not None and checked[1] is None
    assert server.audit_actions("amina") == ["login_failed"]
    assert server.audit_actions("nobody-here") == ["login_failed"]


def test_failed_logins_lock_the_account_for_a_doubling_time(strict_server):
    server = strict_server
    for _ in range(3):
        assert server.login("amina", "wrong password").status_code == 401
    locked = server.login("amina")  # even the right password waits
    assert locked.status_code == 429
    assert locked.headers["Retry-After"] == "60"
    assert locked.json()["reason"] == "rate_limited"
    assert "60 seconds" in locked.json()["detail"]
    assert server.login("brian").status_code == 200  # other accounts are not affected

    server.clock.advance(61)
    assert server.login("amina", "wrong again").status_code == 401
    assert server.login("amina").headers["Retry-After"] == "120"  # the lock doubled
    server.clock.advance(121)
    assert server.login("amina").status_code == 200
    # A success clears the account's count: three more failures are needed to lock it again
    # (made from another address, which has failures of its own to count).
    laptop = server.address("192.0.2.7")
    for _ in range(2):
        assert server.login("amina", "wrong password", client=laptop).status_code == 401
    assert server.login("amina", client=laptop).status_code == 200
    assert "login_rate_limited" in server.audit_actions("amina")


def test_an_unknown_user_is_locked_like_a_real_one(strict_server):
    server = strict_server
    answers = [server.login("ghost", "guess").status_code for _ in range(4)]
    assert answers == [401, 401, 401, 429]


def test_failure_counts_are_forgotten_after_the_window(strict_server):
    server = strict_server
    for name in ("ghost1", "ghost2", "amina", "amina"):
        assert server.login(name, "guess").status_code == 401
    server.clock.advance(server.settings.login_window_s + 1)
    assert server.login("someone", "guess").status_code == 401
    with server.engine.connect() as conn:
        keys = set(conn.execute(sa.select(t.login_attempts.c.key)).scalars())
    assert keys == {"user:someone", "addr:testclient"}  # old counters pruned
    for _ in range(2):  # amina's two old failures no longer count toward a lock
        assert server.login("amina", "guess").status_code == 401
    assert server.login("amina").status_code == 200


def test_failed_logins_from_one_address_lock_that_address(strict_server):
    server = strict_server
    attacker, office = server.address("203.0.113.9"), server.address("198.51.100.4")
    for name in ("amina", "brian", "sam", "x1", "x2", "x3"):  # one try per account: no account lock
        assert server.login(name, "guess", client=attacker).status_code == 401
    refused = server.login("amina", client=attacker)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) == 60
    assert server.login("amina", client=office).status_code == 200
    server.clock.advance(60)
    assert server.login("brian", client=attacker).status_code == 200


@pytest.mark.parametrize("version", sorted({PROTOCOL_VERSION, PROTOCOL_VERSION - 1} - {0}))
def test_this_protocol_and_the_one_before_are_spoken(server, version):
    answer = server.login("amina", protocol_version=version)
    assert answer.status_code == 200
    tokens = answer.json()["tokens"]
    headers = {**server.headers(tokens["access_token"]),
               "X-Casemgr-Protocol-Version": str(version)}
    assert server.client.get("/api/v1/me", headers=headers).status_code == 200


@pytest.mark.parametrize("version", [0, -1, PROTOCOL_VERSION + 1, PROTOCOL_VERSION - 2])
def test_any_other_protocol_version_is_told_to_upgrade(server, version):
    answer = server.login("amina", protocol_version=version)
    assert answer.status_code == 426 and answer.json()["reason"] == "upgrade_required"


def test_unsupported_protocol_version_is_told_to_upgrade(server):
    old = server.login("amina", protocol_version=PROTOCOL_VERSION + 5)
    assert old.status_code == 426
    assert old.json()["reason"] == "upgrade_required"
    tokens = server.login("amina").json()["tokens"]
    headers = {**server.headers(tokens["access_token"]),
               "X-Casemgr-Protocol-Version": str(PROTOCOL_VERSION + 5)}
    me = server.client.get("/api/v1/me", headers=headers)
    assert me.status_code == 426 and me.json()["reason"] == "upgrade_required"
    refresh = server.client.post("/api/v1/auth/refresh", json={
        "protocol_version": -1, "client_version": "0.0.1",
        "device_id": server.devices["amina"], "refresh_token": tokens["refresh_token"]})
    assert refresh.status_code == 426


# -- tokens --------------------------------------------------------------------------------------

def test_access_token_expires_and_refresh_rotates(server):
    tokens = server.login("amina").json()["tokens"]
    device = server.devices["amina"]
    server.clock.advance(14 * 60)
    assert server.me(tokens["access_token"], device).status_code == 200
    server.clock.advance(61)
    expired = server.me(tokens["access_token"], device)
    assert expired.status_code == 401 and expired.json()["reason"] == "expired"

    fresh = server.refresh("amina", tokens["refresh_token"])
    assert fresh.status_code == 200
    new = fresh.json()
    assert new["refresh_token"] != tokens["refresh_token"]
    assert server.me(new["access_token"], device).status_code == 200

    server.clock.advance(31 * 86_400)
    late = server.refresh("amina", new["refresh_token"])
    assert late.status_code == 401 and late.json()["reason"] == "expired"


def test_a_refresh_repeated_within_the_grace_window_gets_the_same_pair(server):
    """A device killed after the server rotated its token and before it stored the new
    pair presents the old token again: it gets that same pair, and its session goes on."""
    tokens = server.login("amina").json()["tokens"]
    device = server.devices["amina"]
    first = server.refresh("amina", tokens["refresh_token"]).json()
    server.clock.advance(60)
    again = server.refresh("amina", tokens["refresh_token"])
    assert again.status_code == 200
    assert again.json()["access_token"] == first["access_token"]
    assert again.json()["refresh_token"] == first["refresh_token"]
    assert server.me(first["access_token"], device).status_code == 200
    follows = server.refresh("amina", first["refresh_token"])  # the pair goes on rotating
    assert follows.status_code == 200


def test_a_refresh_token_replayed_after_the_grace_window_ends_the_session(server):
    tokens = server.login("amina").json()["tokens"]
    device = server.devices["amina"]
    new = server.refresh("amina", tokens["refresh_token"]).json()
    server.clock.advance(server.settings.refresh_grace_s + 1)
    replayed = server.refresh("amina", tokens["refresh_token"])
    assert replayed.status_code == 401 and replayed.json()["reason"] is None
    # Whoever held the new pair (maybe a thief, maybe the device) must log in again.
    assert server.me(new["access_token"], device).status_code == 401
    assert server.refresh("amina", new["refresh_token"]).status_code == 401
    assert server.login("amina").status_code == 200


def test_a_refresh_token_two_rotations_old_gets_nothing(server):
    tokens = server.login("amina").json()["tokens"]
    new = server.refresh("amina", tokens["refresh_token"]).json()
    newer = server.refresh("amina", new["refresh_token"]).json()
    replayed = server.refresh("amina", tokens["refresh_token"])  # within the grace, but stale
    assert replayed.status_code == 401 and "access_token" not in replayed.json()
    assert server.me(newer["access_token"], server.devices["amina"]).status_code == 200


def test_tokens_are_stored_only_as_peppered_hashes(server):
    tokens = server.login("amina").json()["tokens"]
    with server.engine.connect() as conn:
        stored = set(conn.execute(sa.select(t.tokens.c.token_hash)).scalars())
    for token in (tokens["access_token"], tokens["refresh_token"]):
        assert token not in stored
        assert hashlib.sha256(token.encode()).hexdigest() not in stored  # peppered
        assert security.token_hash(server.settings, token) in stored


def test_a_token_with_another_devices_id_is_refused(server):
    tokens = server.login("amina").json()["tokens"]
    server.login("brian")
    other = server.me(tokens["access_token"], server.devices["brian"])
    assert other.status_code == 401 and other.json()["error"] == "unauthenticated"
    assert server.me(tokens["access_token"], server.devices["amina"]).status_code == 200


def test_logout_ends_the_session(server):
    tokens = server.login("amina").json()["tokens"]
    device = server.devices["amina"]
    assert server.client.post("/api/v1/auth/logout",
                              headers=server.headers(tokens["access_token"], device)
                              ).status_code == 204
    assert server.me(tokens["access_token"], device).status_code == 401
    assert server.refresh("amina", tokens["refresh_token"]).status_code == 401


def test_lease_endpoint_renews_the_lease_from_now(server):
    body = server.login("amina").json()
    server.clock.advance(10 * 60)
    response = server.client.post("/api/v1/auth/lease", headers=server.headers(
        body["tokens"]["access_token"], server.devices["amina"]))
    assert response.status_code == 200
    lease = verify_lease(SignedLease.model_validate(response.json()), body["server_public_key"],
                         device_id=server.devices["amina"])
    now = START_MS + 10 * 60_000
    assert lease.issued_at == lease.server_time == iso_utc(now)
    assert lease.not_after == iso_utc(now + 14 * 86_400_000)


# -- devices, revocation, deactivation -----------------------------------------------------------

def _obeyed(answer: Any, public_key: str, device_id: str) -> bool:
    """Whether the device would wipe itself on this answer: the server's signed order."""
    order = answer.json().get("revocation")
    try:
        verify_revocation(SignedRemoval.model_validate(order) if order else None, public_key,
                          device_id, None)
    except RemovalInvalid:
        return False
    return True


def test_a_revoked_device_is_told_so_on_its_very_next_request(server):
    first = server.login("amina").json()
    tokens, key = first["tokens"], first["server_public_key"]
    device = server.devices["amina"]
    with server.engine.begin() as conn:
        accounts.revoke_device(conn, device, "ada", START_MS)
    me = server.me(tokens["access_token"], device)
    assert me.status_code == 401 and me.json()["reason"] == "revoked"
    refreshed = server.refresh("amina", tokens["refresh_token"])
    assert refreshed.json()["reason"] == "revoked"
    again = server.login("amina")  # the right password does not bring the device back
    assert again.status_code == 401 and again.json()["reason"] == "revoked"
    # Each answer carries the signed order that makes the device wipe itself.
    assert all(_obeyed(answer, key, device) for answer in (me, refreshed, again))
    # A wrong password learns nothing, not even that the device was revoked.
    wrong = server.login("amina", "wrong password")
    assert (wrong.status_code, wrong.json()["error"], wrong.json()["reason"]) == (
        401, "invalid_credentials", None)
    assert "device_revoked" in server.audit_actions("ada")
    assert server.login("amina", device_id=str(uuid.uuid4())).status_code == 200


def test_a_deactivated_user_is_told_revoked_on_the_very_next_request(server):
    first = server.login("brian").json()
    tokens, key = first["tokens"], first["server_public_key"]
    with server.engine.begin() as conn:
        accounts.deactivate_user(conn, "brian", actor="ada", now=START_MS)
    me = server.me(tokens["access_token"], server.devices["brian"])
    assert me.status_code == 401 and me.json()["reason"] == "revoked"
    login = server.login("brian")
    assert login.status_code == 401 and login.json()["reason"] == "revoked"
    assert _obeyed(login, key, server.devices["brian"])
    assert server.login("brian", "wrong password").json()["reason"] is None  # reveals nothing
    # brian's password buys no order to wipe a device that is not his.
    assert server.login("amina").status_code == 200
    amina_device = server.devices["amina"]
    borrowed = server.login("brian", device_id=amina_device)
    assert borrowed.json()["reason"] == "revoked"
    assert "revocation" not in borrowed.json() and not _obeyed(borrowed, key, amina_device)


def test_a_device_of_another_user_is_refused(server):
    shared = str(uuid.uuid4())
    assert server.login("amina", device_id=shared).status_code == 200
    taken = server.login("brian", device_id=shared)
    assert taken.status_code == 403 and taken.json()["error"] == "device_taken"


# -- escrow and recovery -------------------------------------------------------------------------

def test_escrowed_key_comes_back_after_an_admin_password_reset(server):
    data_key = secrets.token_bytes(32)
    escrow = base64.b64encode(data_key).decode()
    first = server.login("amina", escrow_key=escrow)
    assert first.status_code == 200 and first.json()["escrowed_key"] is None
    with server.engine.connect() as conn:
        sealed = conn.execute(sa.select(t.devices.c.escrowed_key)).scalar_one()
    assert data_key not in bytes(sealed)

    with server.engine.begin() as conn:
        accounts.reset_password(conn, "amina", "a new password 2", actor="ada",
                                settings=server.settings, now=START_MS)
    old_session = server.me(first.json()["tokens"]["access_token"], server.devices["amina"])
    assert old_session.status_code == 401
    assert old_session.json()["reason"] is None  # a reset logs out; it does not wipe
    assert server.login("amina").status_code == 401  # the old password is gone
    recovered = server.login("amina", "a new password 2", want_key=True)
    assert recovered.status_code == 200
    assert base64.b64decode(recovered.json()["escrowed_key"]) == data_key
    assert "escrow_key_returned" in server.audit_actions("amina")
    with server.engine.connect() as conn:
        assert conn.execute(sa.select(t.users.c.password_reset_at)
                            .where(t.users.c.username == "amina")).scalar_one()


def test_a_rotated_key_sent_by_the_device_replaces_the_escrowed_one(server):
    """POST /devices/me/escrow (issue 9, item 7): only the signed-in device, for itself."""
    old_key, new_key = secrets.token_bytes(32), secrets.token_bytes(32)
    first = server.login("amina", escrow_key=base64.b64encode(old_key).decode())
    token, device_id = first.json()["tokens"]["access_token"], server.devices["amina"]
    body = {"protocol_version": PROTOCOL_VERSION, "client_version": "0.1.0",
            "device_id": device_id, "escrow_key": base64.b64encode(new_key).decode()}
    assert server.client.post("/api/v1/devices/me/escrow", json=body).status_code == 401
    other = server.client.post("/api/v1/devices/me/escrow", headers=server.headers(token),
                               json={**body, "device_id": str(uuid.uuid4())})
    assert other.status_code == 403
    bad = server.client.post("/api/v1/devices/me/escrow", headers=server.headers(token),
                             json={**body, "escrow_key": "not a key"})
    assert bad.status_code == 422
    recovered = server.login("amina", want_key=True)
    assert base64.b64decode(recovered.json()["escrowed_key"]) == old_key

    token = recovered.json()["tokens"]["access_token"]
    stored = server.client.post("/api/v1/devices/me/escrow", headers=server.headers(token),
                                json=body)
    assert stored.status_code == 204
    assert "escrow_key_replaced" in server.audit_actions("amina")
    recovered = server.login("amina", want_key=True)
    assert base64.b64decode(recovered.json()["escrowed_key"]) == new_key


def test_no_password_reaches_the_audit(server):
    server.login("amina", "my secret guess")
    server.login("amina")
    with server.engine.connect() as conn:
        rows = conn.execute(sa.select(t.audit)).all()
    text = repr(rows)
    assert rows and "my secret guess" not in text and PASSWORD not in text


# -- hostile input -------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    b"{not json", b"[]", b'"text"', b'{"username": 5}',
    b'{"protocol_version": "x", "client_version": 1, "device_id": "z", "username": "a", '
    b'"password": "p"}',
])
def test_malformed_logins_get_a_json_4xx(server, body):
    response = server.client.post("/api/v1/auth/login", content=body,
                                  headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"] == "invalid_request"


def test_hostile_strings_are_refused_or_stored_safely(server):
    assert server.login("amina\x00admin").status_code == 422
    assert server.login("a" * 5000).status_code == 422
    assert server.login("amina", "\ud800 lone surrogate").status_code == 422
    assert server.login("amina", "\x00 nul in a password").status_code == 401
    assert server.login("amina", client_version="9\x00" * 100).status_code == 200
    bad_headers = {"Authorization": "Bearer \x7f", "X-Casemgr-Protocol-Version": "one"}
    assert server.client.get("/api/v1/me", headers=bad_headers).status_code in (401, 422)
    assert server.client.get("/api/v1/me").status_code in (401, 422)


# -- users, passwords, set-up --------------------------------------------------------------------

def test_create_user_creates_a_missing_team_and_refuses_duplicates(server):
    with server.engine.begin() as conn:
        user = accounts.create_user(conn, "dora", "caseworker", PASSWORD, teams=["East"],
                                    now=START_MS, settings=server.settings)
        assert user.teams == ["East"]
        assert "East" in set(conn.execute(sa.select(t.teams.c.name)).scalars())
    with server.engine.begin() as conn, pytest.raises(ApiError) as taken:
        accounts.create_user(conn, "dora", "admin", PASSWORD, now=START_MS,
                             settings=server.settings)
    assert taken.value.status == 409
    with server.engine.begin() as conn, pytest.raises(ApiError) as weak:
        accounts.create_user(conn, "eve", "admin", "short", now=START_MS,
                             settings=server.settings)
    assert weak.value.status == 422
    assert server.login("dora").status_code == 200


def test_a_stored_hash_with_an_older_cost_is_upgraded_at_login(server):
    stronger = server.settings.model_copy(update={"password_time_cost": 2})
    server.app.state.settings = stronger
    assert server.login("amina").status_code == 200
    with server.engine.connect() as conn:
        stored = conn.execute(sa.select(t.users.c.password_hash)
                              .where(t.users.c.username == "amina")).scalar_one()
    assert ",t=2," in stored
    assert security.check_password(stronger, stored, PASSWORD).ok


def test_default_password_cost_is_argon2id_64_mib_three_passes():
    settings = Settings()
    stored = security.hash_password(settings, "a good long password")
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=1$")
    assert security.check_password(settings, stored, "a good long password").ok
    assert not security.check_password(settings, stored, "a wrong password").ok


def test_safe_defaults_a_random_pepper_with_the_keys_and_no_demo(tmp_path):
    settings = Settings(key_dir=tmp_path / "keys")
    assert not settings.dev_mode  # unless --dev, CASEMGR_SERVER_DEV_MODE or the demo
    with pytest.raises(KeysMissing, match="init-db"):
        settings.pepper()  # none until init-db makes one
    ServerKeys.ensure(settings.key_dir)
    pepper = settings.pepper()
    assert len(pepper) == 64 and pepper == Settings(key_dir=tmp_path / "keys").pepper()
    assert pepper != Settings(key_dir=tmp_path / "other").model_copy(
        update={"secret": "s" * 40}).pepper()
    assert stat.S_IMODE((settings.key_dir / TOKEN_PEPPER_FILE).stat().st_mode) == 0o600
    # A token hashed under one server's pepper means nothing under another's.
    other = tmp_path / "other-keys"
    ServerKeys.ensure(other)
    assert security.token_hash(settings, "t") != security.token_hash(
        Settings(key_dir=other), "t")
    with pytest.raises(ValueError, match="at least 32"):
        Settings(secret="short")
    assert Settings(secret="s" * 40).pepper() == "s" * 40


def test_init_db_is_idempotent_and_bump_epoch_changes_what_clients_see(server):
    epoch = server.client.get("/api/v1/server-info").json()["epoch"]
    report = init_db(server.settings, now=START_MS + 1)
    assert report.epoch == epoch and not report.epoch_created and not report.keys_created
    assert report.forms_published == []
    with server.engine.connect() as conn:
        assert conn.execute(sa.select(t.counters.c.value)
                            .where(t.counters.c.name == "change_seq")).scalar_one() == 0
        forms = conn.execute(sa.select(t.forms.c.form_id, t.forms.c.published_by)).all()
    assert {f.form_id for f in forms} >= {"initial_risk_screening", "family_needs_strengths"}
    assert {f.published_by for f in forms} == {"system"}

    new_epoch = bump_epoch(server.settings)
    assert new_epoch != epoch
    assert server.client.get("/api/v1/server-info").json()["epoch"] == new_epoch
    assert server.login("amina").json()["epoch"] == new_epoch


def test_seed_demo_creates_the_demo_organisation_once(server):
    created = seed_demo(server.settings, now=START_MS)
    assert created == ["admin", "sofia", "carla", "dmitri"]  # sam, amina, brian existed
    assert seed_demo(server.settings, now=START_MS) == []
    with server.engine.connect() as conn:
        sofia = accounts.get_user(conn, "sofia")
        dmitri = accounts.get_user(conn, "dmitri")
    assert sofia is not None and sofia.role == "supervisor" and sofia.teams == ["South"]
    assert dmitri is not None and dmitri.role == "caseworker" and dmitri.teams == ["South"]
    assert server.login("carla", DEMO_PASSWORD).status_code == 200
    production = server.settings.model_copy(update={"dev_mode": False})
    with pytest.raises(DemoRefused):
        seed_demo(production)


def test_openapi_documents_the_auth_errors(server):
    paths = server.client.get("/openapi.json").json()["paths"]
    login = paths["/api/v1/auth/login"]["post"]["responses"]
    assert {"200", "401", "422", "426", "429"} <= set(login)
    assert login["429"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody")
    assert "401" in paths["/api/v1/me"]["get"]["responses"]
    assert "204" in paths["/api/v1/auth/logout"]["post"]["responses"]
