"""The failed-unlock counter with the OS credential store (casemgr.db.keystore): its MAC key
then needs a secret that is not on the disk, so rewriting the counter from what is in the
workspace's files no longer resets it. The store is outside the system: a fake here, and
keyring's own API with an in-memory backend for SystemKeystore."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from casemgr.db import guard
from casemgr.db.errors import UnlockBackoff, WrongPassword
from casemgr.db.keystore import KeystoreUnavailable, SystemKeystore, system_keystore
from casemgr.db.workspace import WorkspaceInfo, WorkspacePaths, create_workspace, unlock_workspace
from casemgr.domain.clock import FixedClock
from tests.support.workspaces import FAST_KDF, PASSWORD


class FakeKeystore:
    """A credential store in memory; `up` False makes it fail like a locked one."""

    def __init__(self) -> None:
        self.secrets: dict[str, bytes] = {}
        self.up = True

    def get(self, name: str) -> bytes | None:
        if not self.up:
            raise KeystoreUnavailable("locked")
        return self.secrets.get(name)

    def put(self, name: str, secret: bytes) -> None:
        if not self.up:
            raise KeystoreUnavailable("locked")
        self.secrets[name] = secret


def unlock(data_dir: Path, clock: FixedClock, keystore: FakeKeystore | None,
           password: str = PASSWORD):  # type: ignore[no-untyped-def]
    return unlock_workspace(data_dir, "amina", password, clock=clock, kdf_policy=FAST_KDF,
                            keystore=keystore)


def fail_times(data_dir: Path, clock: FixedClock, keystore: FakeKeystore | None,
               times: int) -> None:
    for _ in range(times):
        with pytest.raises(WrongPassword):
            unlock(data_dir, clock, keystore, "wrong password!")
        clock.advance(3600)


def forge_reset(data_dir: Path, *, sealed: bool) -> None:
    """What someone with the disk can do: rewrite the counter to zero failures with a MAC
    under the key derived from what the workspace's files say (user and device)."""
    paths = WorkspacePaths.for_user(data_dir, "amina")
    info = WorkspaceInfo.read(paths)
    key = guard.guard_mac_key(info.user, info.device_id, None)
    mac = hmac.new(key, b"casemgr-unlock-guard|0|0", hashlib.sha256).hexdigest()
    paths.guard.write_text(json.dumps({"failures": 0, "last_failure_ms": 0,
                                       "keystore": sealed, "mac": mac}))


@pytest.fixture
def store() -> FakeKeystore:
    return FakeKeystore()


@pytest.fixture
def sealed_workspace(data_dir: Path, clock: FixedClock, store: FakeKeystore) -> Path:
    create_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf=FAST_KDF,
                     keystore=store).close()
    return data_dir


def test_a_new_workspace_keeps_its_counter_secret_in_the_store(sealed_workspace, store):
    counter = json.loads(WorkspacePaths.for_user(sealed_workspace, "amina").guard.read_text())
    assert counter["keystore"] is True
    assert len(store.secrets) == 1 and len(next(iter(store.secrets.values()))) == 32
    assert next(iter(store.secrets.values())).hex() not in json.dumps(counter)


@pytest.mark.parametrize("sealed", [False, True])
def test_rewriting_the_counter_from_the_disk_alone_does_not_reset_it(
        sealed_workspace, clock, store, sealed):
    fail_times(sealed_workspace, clock, store, 6)  # six failures: a 16 s wait from now on
    forge_reset(sealed_workspace, sealed=sealed)
    with pytest.raises(UnlockBackoff):
        unlock(sealed_workspace, clock, store)
    clock.advance(guard.wait_after(guard.TAMPERED_FAILURES))
    unlock(sealed_workspace, clock, store).close()


def test_the_counter_still_counts_with_the_store(sealed_workspace, clock, store):
    fail_times(sealed_workspace, clock, store, 3)
    with pytest.raises(WrongPassword) as fourth:
        unlock(sealed_workspace, clock, store, "wrong password!")
    assert fourth.value.wait_seconds == guard.wait_after(4)
    clock.advance(fourth.value.wait_seconds)
    unlock(sealed_workspace, clock, store).close()
    with pytest.raises(WrongPassword) as after_success:
        unlock(sealed_workspace, clock, store, "wrong password!")
    assert after_success.value.wait_seconds == 0


def test_an_existing_counter_moves_into_the_store_at_the_next_unlock(data_dir, clock, store):
    create_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf=FAST_KDF).close()
    fail_times(data_dir, clock, None, 2)  # counted before the store was used
    with pytest.raises(WrongPassword) as third:
        unlock(data_dir, clock, store, "wrong password!")
    assert third.value.wait_seconds == guard.wait_after(3)  # the old count was kept
    path = WorkspacePaths.for_user(data_dir, "amina").guard
    assert json.loads(path.read_text())["keystore"] is True and len(store.secrets) == 1
    clock.advance(third.value.wait_seconds)
    forge_reset(data_dir, sealed=False)  # and from now on the plain key is not enough
    with pytest.raises(UnlockBackoff):
        unlock(data_dir, clock, store)


def test_a_secret_gone_from_the_store_costs_the_penalty_then_is_made_again(
        sealed_workspace, clock, store):
    store.secrets.clear()
    with pytest.raises(UnlockBackoff):
        unlock(sealed_workspace, clock, store)
    clock.advance(guard.wait_after(guard.TAMPERED_FAILURES))
    unlock(sealed_workspace, clock, store).close()
    assert len(store.secrets) == 1
    unlock(sealed_workspace, clock, store).close()  # and the new one is used from then on


def test_a_locked_store_never_stops_an_unlock_and_the_counter_still_counts(
        data_dir, clock, store):
    store.up = False
    create_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf=FAST_KDF,
                     keystore=store).close()
    assert store.secrets == {}
    fail_times(data_dir, clock, store, 3)
    with pytest.raises(WrongPassword) as fourth:
        unlock(data_dir, clock, store, "wrong password!")
    assert fourth.value.wait_seconds == guard.wait_after(4)
    clock.advance(fourth.value.wait_seconds)
    unlock(data_dir, clock, store).close()


# -- SystemKeystore: keyring's API, an in-memory backend in place of the OS's ------------------

class _MemoryBackend(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


@pytest.fixture
def os_keyring() -> Iterator[_MemoryBackend]:
    before = keyring.get_keyring()
    backend = _MemoryBackend()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


def test_the_system_store_is_used_through_keyring_where_one_exists(
        os_keyring, data_dir, clock):
    store = system_keystore()
    assert isinstance(store, SystemKeystore)
    create_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf=FAST_KDF,
                     keystore=store).close()
    assert [service for service, _ in os_keyring.values] == ["casemgr"]
    fail_times(data_dir, clock, store, 6)
    forge_reset(data_dir, sealed=True)
    with pytest.raises(UnlockBackoff):
        unlock_workspace(data_dir, "amina", PASSWORD, clock=clock, kdf_policy=FAST_KDF,
                         keystore=store)


def test_no_system_store_means_none(os_keyring):
    keyring.set_keyring(fail.Keyring())
    assert system_keystore() is None
