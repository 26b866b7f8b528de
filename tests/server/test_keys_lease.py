"""The server's keys (lease signing, escrow): keys live in owner-only files and never in the
database; a lease the server signed verifies on the client, and one altered by one byte is
refused. The client's offline-unlock checks are in tests/unit/sync/test_lease.py."""

from __future__ import annotations

import base64
import secrets
import stat
import uuid
import warnings
from datetime import timedelta

import pytest
import sqlalchemy as sa
from starlette.exceptions import StarletteDeprecationWarning

from casemgr.server.accounts import create_user
from casemgr.server.app import create_app
from casemgr.server.bootstrap import init_db
from casemgr.server.keys import (
    ESCROW_KEY_FILE,
    SIGNING_KEY_FILE,
    EscrowUnreadable,
    KeysMissing,
    ServerKeys,
    ServerKeysError,
)
from casemgr.server.settings import Settings
from casemgr.sync.lease import (
    LeaseInvalid,
    RemovalInvalid,
    verify_erasure,
    verify_lease,
    verify_removal,
    verify_revocation,
)
from casemgr.sync.protocol import (
    PROTOCOL_VERSION,
    Erasure,
    Removal,
    SignedErasure,
    SignedLease,
    SignedRemoval,
    eviction_nonce,
)
from tests.support.leases import DEVICE, T0, a_lease, iso
from tests.support.server_dump import all_tables

with warnings.catch_warnings():
    warnings.simplefilter("ignore", StarletteDeprecationWarning)  # httpx, not httpx2
    from fastapi.testclient import TestClient

@pytest.fixture
def keys(tmp_path) -> ServerKeys:
    ServerKeys.ensure(tmp_path / "keys")
    return ServerKeys.load(tmp_path / "keys")


# -- key files -----------------------------------------------------------------------------------

def test_keys_are_created_once_in_owner_only_files(tmp_path):
    key_dir = tmp_path / "deep" / "keys"
    assert ServerKeys.ensure(key_dir) is True
    assert stat.S_IMODE(key_dir.stat().st_mode) == 0o700
    for name in (SIGNING_KEY_FILE, ESCROW_KEY_FILE):
        assert stat.S_IMODE((key_dir / name).stat().st_mode) == 0o600
        assert len((key_dir / name).read_bytes()) == 32
    before = ServerKeys.load(key_dir).public_key_b64
    assert ServerKeys.ensure(key_dir) is False  # a second init-db keeps the keys
    assert ServerKeys.load(key_dir).public_key_b64 == before
    assert [p.name for p in key_dir.iterdir() if p.name.endswith(".tmp")] == []


def test_missing_keys_stop_the_app_with_a_message_naming_init_db(tmp_path):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 's.db'}",
                        key_dir=tmp_path / "nowhere")
    with pytest.raises(KeysMissing, match="casemgr-server init-db"):
        create_app(settings)


def test_keys_readable_by_others_are_refused(keys):
    path = keys.key_dir / ESCROW_KEY_FILE
    path.chmod(0o644)
    with pytest.raises(ServerKeysError, match="chmod 600"):
        ServerKeys.load(keys.key_dir)


def test_keys_do_not_show_in_a_repr(keys):
    escrow = (keys.key_dir / ESCROW_KEY_FILE).read_bytes()
    assert repr(escrow) not in repr(keys) and escrow.hex() not in repr(keys)


def test_keys_are_never_in_the_database(db_url, tmp_path):
    settings = Settings(database_url=db_url, key_dir=tmp_path / "keys",
                        password_memory_kib=64, password_time_cost=1)
    init_db(settings)
    app = create_app(settings)
    engine: sa.Engine = app.state.engine
    data_key = secrets.token_bytes(32)
    try:
        with engine.begin() as conn:
            create_user(conn, "amina", "caseworker", "a long password", now=0, settings=settings)
        client = TestClient(app, raise_server_exceptions=False)
        response = client.post("/api/v1/auth/login", json={
            "protocol_version": PROTOCOL_VERSION, "client_version": "0.1.0",
            "device_id": DEVICE, "username": "amina", "password": "a long password",
            "escrow_key": base64.b64encode(data_key).decode()})
        assert response.status_code == 200
        dump = []
        with engine.connect() as conn:
            for table in all_tables(conn):
                for row in conn.execute(sa.select(table)):
                    dump.extend(row)
    finally:
        engine.dispose()
    blob = b"\n".join(v if isinstance(v, bytes) else str(v).encode() for v in dump)
    secrets_on_disk = [(settings.key_dir / name).read_bytes()
                       for name in (SIGNING_KEY_FILE, ESCROW_KEY_FILE)] + [data_key]
    assert len(blob) > 1000  # the dump holds the database's rows
    for secret in secrets_on_disk:
        for form in (secret, secret.hex().encode(), base64.b64encode(secret)):
            assert form not in blob


# -- escrow --------------------------------------------------------------------------------------

def test_escrow_round_trip_is_bound_to_the_device_and_the_server(keys, tmp_path):
    data_key = secrets.token_bytes(32)
    sealed = keys.escrow_seal(DEVICE, data_key)
    assert data_key not in sealed
    assert keys.escrow_open(DEVICE, sealed) == data_key
    assert keys.escrow_seal(DEVICE, data_key) != sealed  # a fresh nonce each time
    with pytest.raises(EscrowUnreadable):
        keys.escrow_open(str(uuid.uuid4()), sealed)
    tampered = sealed[:-1] + bytes([sealed[-1] ^ 1])
    with pytest.raises(EscrowUnreadable):
        keys.escrow_open(DEVICE, tampered)
    ServerKeys.ensure(tmp_path / "other")
    with pytest.raises(EscrowUnreadable):
        ServerKeys.load(tmp_path / "other").escrow_open(DEVICE, sealed)


# -- lease signatures ----------------------------------------------------------------------------

def test_a_signed_lease_verifies_and_any_change_breaks_it(keys, tmp_path):
    signed = keys.sign_lease(a_lease())
    assert verify_lease(signed, keys.public_key_b64, user="amina", device_id=DEVICE) == signed.lease

    stretched = SignedLease(lease=a_lease(not_after=iso(T0 + timedelta(days=400))),
                            signature=signed.signature)
    promoted = SignedLease(lease=a_lease(role="admin"), signature=signed.signature)
    for forged in (stretched, promoted):
        with pytest.raises(LeaseInvalid, match="altered"):
            verify_lease(forged, keys.public_key_b64)

    ServerKeys.ensure(tmp_path / "other")
    other_server = ServerKeys.load(tmp_path / "other")
    with pytest.raises(LeaseInvalid):
        verify_lease(other_server.sign_lease(a_lease()), keys.public_key_b64)
    with pytest.raises(LeaseInvalid, match="another device"):
        verify_lease(signed, keys.public_key_b64, device_id=str(uuid.uuid4()))
    with pytest.raises(LeaseInvalid, match="user amina"):
        verify_lease(signed, keys.public_key_b64, user="brian")
    with pytest.raises(LeaseInvalid, match="malformed"):
        verify_lease(SignedLease(lease=signed.lease, signature="not base64!"),
                     keys.public_key_b64)


def test_a_lease_survives_the_json_round_trip_to_the_client(keys):
    signed = keys.sign_lease(a_lease(teams=["Südwest", "North"]))
    received = SignedLease.model_validate_json(signed.model_dump_json())
    assert verify_lease(received, keys.public_key_b64).teams == ["Südwest", "North"]


# -- orders to delete (docs/sync.md, "Removals") -------------------------------------------------

def _removal(case_id: str = "revoked", *, device_id: str = DEVICE, time: str = iso(T0),
             nonce: str = "epoch-1:7") -> Removal:
    return Removal(device_id=device_id, case_id=case_id, time=time, nonce=nonce)


def test_an_eviction_the_server_signed_for_this_pull_is_obeyed(keys):
    case_id = str(uuid.uuid4())
    signed = keys.sign_removal(_removal(case_id, nonce=eviction_nonce("epoch-1", 7)))
    removal = verify_removal(signed, keys.public_key_b64, DEVICE,
                             nonce=eviction_nonce("epoch-1", 7))
    assert removal.case_id == case_id


def test_an_order_to_delete_is_refused_unless_the_server_signed_exactly_it(keys, tmp_path):
    case_id = str(uuid.uuid4())
    signed = keys.sign_removal(_removal(case_id))
    ServerKeys.ensure(tmp_path / "other")
    impostor = ServerKeys.load(tmp_path / "other")
    refusals = {
        "not signed": (None, {}),
        "not the server's": (impostor.sign_removal(_removal(case_id)), {}),
        "another case": (SignedRemoval(removal=_removal(str(uuid.uuid4())),
                                       signature=signed.signature), {}),
        "another device": (keys.sign_removal(_removal(case_id, device_id=str(uuid.uuid4()))),
                           {}),
        "replayed from another pull": (signed, {"nonce": eviction_nonce("epoch-1", 8)}),
        "a lease's signature": (SignedRemoval(removal=_removal(case_id),
                                              signature=keys.sign_lease(a_lease()).signature),
                                {}),
    }
    obeyed = []
    for name, (order, checks) in refusals.items():
        try:
            verify_removal(order, keys.public_key_b64, DEVICE, **checks)
        except RemovalInvalid:
            continue
        obeyed.append(name)
    assert obeyed == []
    with pytest.raises(RemovalInvalid):  # no key learnt yet: nothing can be obeyed
        verify_removal(signed, None, DEVICE)


def test_an_erase_order_is_obeyed_only_as_the_server_signed_it_for_this_pull(keys, tmp_path):
    def order(device_id: str = DEVICE, records: tuple[str, ...] = ("a",)) -> Erasure:
        return Erasure(device_id=device_id, erasure_id=str(uuid.uuid4()),
                       record_ids=[str(uuid.uuid5(uuid.NAMESPACE_URL, r)) for r in records],
                       case_ids=[], time=iso(T0), nonce=eviction_nonce("epoch-1", 7))

    nonce = eviction_nonce("epoch-1", 7)
    signed = keys.sign_erasure(order())
    assert verify_erasure(signed, keys.public_key_b64, DEVICE, nonce=nonce) == signed.erasure
    ServerKeys.ensure(tmp_path / "other")
    impostor = ServerKeys.load(tmp_path / "other")
    refusals = {
        "not the server's": (impostor.sign_erasure(order()), nonce),
        "more records than signed": (SignedErasure(erasure=order(records=("a", "b")),
                                                   signature=signed.signature), nonce),
        "another device": (keys.sign_erasure(order(device_id=str(uuid.uuid4()))), nonce),
        "replayed from another pull": (signed, eviction_nonce("epoch-1", 8)),
        "an eviction's signature": (SignedErasure(erasure=signed.erasure, signature=keys.
                                                  sign_removal(_removal()).signature), nonce),
    }
    obeyed = []
    for name, (candidate, expected_nonce) in refusals.items():
        try:
            verify_erasure(candidate, keys.public_key_b64, DEVICE, nonce=expected_nonce)
        except RemovalInvalid:
            continue
        obeyed.append(name)
    assert obeyed == []


def test_a_revocation_older_than_the_last_answer_seen_is_a_replay(keys):
    signed = keys.sign_removal(_removal(time=iso(T0)))
    assert verify_revocation(signed, keys.public_key_b64, DEVICE, iso(T0)).case_id == "revoked"
    # Within the clock skew allowed, the server's clock and the device's record agree.
    verify_revocation(signed, keys.public_key_b64, DEVICE, iso(T0 + timedelta(minutes=4)))
    with pytest.raises(RemovalInvalid, match="replayed"):
        verify_revocation(signed, keys.public_key_b64, DEVICE, iso(T0 + timedelta(hours=1)))
    with pytest.raises(RemovalInvalid, match="something else"):  # an eviction is no wipe
        verify_revocation(keys.sign_removal(_removal(str(uuid.uuid4()))), keys.public_key_b64,
                          DEVICE, None)
