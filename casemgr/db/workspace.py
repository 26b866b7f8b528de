"""One user's encrypted workspace on this device: create, unlock, change password, rotate key.

Layout of `<data dir>/<user>/`:
  workspace.json     plain metadata (user, device id, server or none); no case data. What
                     matters of it is also bound into the encrypted database (meta
                     `bound_settings`) and checked at every unlock
  key.json           the data key, wrapped (casemgr.db.keys)
  key.next.json      only during key rotation: the new key, wrapped, until the rekey is done
  unlock-guard.json  the failed-unlock counter (casemgr.db.guard)
  server-ca.pem      the CA the server's certificate must chain to, if IT gave one
  workspace.db       SQLCipher 4 (+ -wal, -shm)
  attachments/       encrypted blobs
  .reserve           space kept for reading, syncing and finishing a write on a full disk
                     (casemgr.db.space)

Unlocking writes nothing that needs new space: the failed-unlock counter is rewritten in
place on a full disk, and what SQLite needs to open the database (its shared-memory file),
a migration or the binding of the settings borrow from the reserve.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import shutil
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from casemgr.db import guard as guardmod
from casemgr.db.connection import DatabaseError, open_encrypted, rekey
from casemgr.db.errors import (
    CorruptKeyFile,
    LockedOut,
    NotAWorkspace,
    NoWorkspace,
    SettingsChanged,
    StorageFull,
    UnlockBackoff,
    WorkspaceCorrupt,
    WorkspaceExists,
    WrongPassword,
)
from casemgr.db.files import atomic_write, shred
from casemgr.db.keys import (
    DEFAULT_KDF,
    KdfParams,
    load_wrapped,
    new_data_key,
    save_wrapped,
    unwrap_key,
    wrap_key,
)
from casemgr.db.keystore import Keystore
from casemgr.db.migrations import migrate
from casemgr.db.space import READ_FLOOR, RESERVE_NAME, Reserve, disk_full, is_disk_full
from casemgr.domain.clock import Clock, HlcTimestamp, HybridLogicalClock, SystemClock, iso_utc
from casemgr.domain.ids import device_prefix, uuid7

_USER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD = 8
# Meta key set by rotate_key while the server still escrows the previous data key.
ESCROW_PENDING = "escrow_pending"
T = TypeVar("T")


def check_user_name(user: str) -> str:
    if not _USER.match(user) or ".." in user:
        raise ValueError(
            "A user name is 1-64 letters, digits, '.', '_', '@' or '-', starting with a letter "
            "or digit."
        )
    return user


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"A password needs at least {MIN_PASSWORD} characters.")


@dataclass(frozen=True)
class WorkspacePaths:
    root: Path

    @classmethod
    def for_user(cls, data_dir: Path, user: str) -> WorkspacePaths:
        return cls(Path(data_dir) / check_user_name(user))

    @property
    def meta(self) -> Path:
        return self.root / "workspace.json"

    @property
    def key(self) -> Path:
        return self.root / "key.json"

    @property
    def next_key(self) -> Path:
        return self.root / "key.next.json"

    @property
    def guard(self) -> Path:
        return self.root / "unlock-guard.json"

    @property
    def db(self) -> Path:
        return self.root / "workspace.db"

    @property
    def server_ca(self) -> Path:
        """The CA certificate the server's certificate must chain to (when not a public CA)."""
        return self.root / "server-ca.pem"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def reserve(self) -> Path:
        """Space kept for a full disk (casemgr.db.space)."""
        return self.root / RESERVE_NAME

    def db_files(self) -> list[Path]:
        return [self.db, self.db.with_name("workspace.db-wal"),
                self.db.with_name("workspace.db-shm")]


@dataclass(frozen=True)
class WorkspaceInfo:
    """What workspace.json says: who, which device, bound to which server (None: offline-only)."""

    user: str
    device_id: str
    server_url: str | None
    created_at: str
    server_ca: bool = False  # the server's CA certificate is kept beside it (server-ca.pem)
    server_pin: str | None = None  # SPKI SHA-256 (base64) the server's key must have

    @classmethod
    def read(cls, paths: WorkspacePaths) -> WorkspaceInfo:
        try:
            data = json.loads(paths.meta.read_text("utf-8"))
            return cls(str(data["user"]), str(data["device_id"]), data.get("server_url"),
                       str(data["created_at"]), bool(data.get("server_ca", False)),
                       data.get("server_pin"))
        except FileNotFoundError:
            raise NoWorkspace(f"There is no workspace for this user in {paths.root.parent}.") \
                from None
        except (ValueError, KeyError, TypeError):
            raise CorruptKeyFile("workspace.json is damaged.") from None

    def write(self, paths: WorkspacePaths) -> None:
        data: dict[str, Any] = {"format": 1, "user": self.user, "device_id": self.device_id,
                                "server_url": self.server_url, "created_at": self.created_at}
        if self.server_ca:
            data["server_ca"] = True
        if self.server_pin:
            data["server_pin"] = self.server_pin
        atomic_write(paths.meta, json.dumps(data, indent=1).encode())

    def bound(self, paths: WorkspacePaths) -> dict[str, str | None]:
        """The settings that decide where the next sync goes and whom it trusts, as bound
        into the encrypted database: user, device, server URL, the SHA-256 of the kept CA
        certificate (if any) and the key pin."""
        ca = None
        if self.server_ca:
            try:
                ca = hashlib.sha256(paths.server_ca.read_bytes()).hexdigest()
            except FileNotFoundError:
                ca = "(missing)"
        return {"user": self.user, "device_id": self.device_id, "server_url": self.server_url,
                "server_ca_sha256": ca, "server_pin": self.server_pin}


BOUND_SETTINGS = "bound_settings"  # the meta key holding WorkspaceInfo.bound as JSON
_BOUND_NAMES = {"user": "user", "device_id": "device id", "server_url": "server URL",
                "server_ca_sha256": "server CA certificate (server-ca.pem)",
                "server_pin": "server key pin"}


def _bound_json(info: WorkspaceInfo, paths: WorkspacePaths) -> str:
    return json.dumps(info.bound(paths), sort_keys=True, separators=(",", ":"))


def check_bound_settings(conn: Any, info: WorkspaceInfo, paths: WorkspacePaths) -> None:
    """Refuse (SettingsChanged) a workspace whose workspace.json or server-ca.pem no longer
    says what was bound into its encrypted database (whose pages SQLCipher authenticates
    under the data key, so only the key holder can change that copy). A workspace from
    before the binding gets it now, on its first unlock."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (BOUND_SETTINGS,)).fetchone()
    now = _bound_json(info, paths)
    if row is None:
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (BOUND_SETTINGS, now))
        return
    if row[0] == now:
        return
    try:
        was = json.loads(row[0])
    except ValueError:
        was = {}
    changed = [label for key, label in _BOUND_NAMES.items()
               if was.get(key) != info.bound(paths).get(key)] or ["settings"]
    raise SettingsChanged(
        f"The workspace settings on disk were changed ({', '.join(changed)}): workspace.json "
        "no longer matches what this workspace was set up with, so it was not opened and "
        "nothing was sent to any server.")


def create_workspace(
    data_dir: Path, user: str, password: str, *, clock: Clock | None = None,
    kdf: KdfParams = DEFAULT_KDF, server_url: str | None = None, device_id: str | None = None,
    data_key: bytes | None = None, device_secret: bytes | None = None,
    profile: Mapping[str, str] | None = None, server_ca_pem: bytes | None = None,
    server_pin: str | None = None, keystore: Keystore | None = None,
) -> Workspace:
    """Create a new workspace; refuses if anything is already in its place.

    `profile`: more settings kept inside the encrypted database (the user's role, teams).
    `server_ca_pem`, `server_pin`: how the server's certificate is checked (kept beside it).
    `keystore`: the OS credential store, which keeps the failed-unlock counter's secret.
    """
    clock = clock or SystemClock()
    check_new_password(password)
    paths = WorkspacePaths.for_user(data_dir, user)
    if paths.root.exists() and any(paths.root.iterdir()):
        raise WorkspaceExists(f"A workspace for {user} already exists in {data_dir}.")
    fresh = not paths.root.exists()
    device_id = device_id or uuid7(clock.now_ms)
    key = data_key or new_data_key()
    info = WorkspaceInfo(user, device_id, server_url, iso_utc(clock.now_ms()),
                         server_ca_pem is not None, server_pin)
    conn = None
    try:
        with _full_disk(paths):
            paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
            paths.attachments.mkdir(exist_ok=True, mode=0o700)
            if server_ca_pem is not None:
                atomic_write(paths.server_ca, server_ca_pem)
            save_wrapped(paths.key, wrap_key(key, password, user=user, device_id=device_id,
                                             key_version=1, kdf=kdf,
                                             device_secret=device_secret))
            _guard_for(paths, info, keystore).reset()
            paths.db.touch(mode=0o600)  # SQLite gives -wal and -shm the main file's mode
            conn = open_encrypted(paths.db, key)
            init_schema(conn, info, {**(profile or {}),
                                     BOUND_SETTINGS: _bound_json(info, paths)})
            info.write(paths)  # last: a workspace without workspace.json is an unfinished one
    except BaseException:
        # Nothing half-made stays in the way of the next try (on a full disk, say): the
        # folder was empty or missing, so all in it is this attempt's.
        if conn is not None:
            conn.close()
        _remove_unfinished(paths, fresh)
        raise
    Reserve(paths.reserve).fill()  # as far as the disk allows
    ws = Workspace(paths, info, conn, clock, data_key=key)
    ws.keystore = keystore
    return ws


def _remove_unfinished(paths: WorkspacePaths, fresh: bool) -> None:
    if fresh:
        shutil.rmtree(paths.root, ignore_errors=True)
        return
    for child in paths.root.iterdir() if paths.root.is_dir() else ():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


def init_schema(conn: Any, info: WorkspaceInfo, profile: Mapping[str, str] | None = None
                ) -> None:
    """Migrate a new database and write its starting settings (counters, audit genesis)."""
    migrate(conn)
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [
        ("user", info.user), ("device_id", info.device_id),
        ("device_prefix", device_prefix(info.device_id)), ("next_client_seq", "1"),
        ("case_counter", "0"), ("audit_head", "0" * 64), ("audit_count", "0"),
        ("hlc_last", ""), ("key_version", "1"), *(profile or {}).items(),
    ])
    conn.execute("COMMIT")


def _guard_for(paths: WorkspacePaths, info: WorkspaceInfo, keystore: Keystore | None
               ) -> guardmod.UnlockGuard:
    return guardmod.UnlockGuard(paths.guard, info.user, info.device_id, keystore)


def unlock_workspace(
    data_dir: Path, user: str, password: str, *, clock: Clock | None = None,
    kdf_policy: KdfParams = DEFAULT_KDF, device_secret: bytes | None = None,
    keystore: Keystore | None = None,
) -> Workspace:
    """Open the workspace with the password, applying the failed-unlock backoff (its
    counter signed with a secret from `keystore`, the OS credential store, when given).

    Raises UnlockBackoff before trying when a wait is due, WrongPassword (with the wait that
    now applies), LockedOut when a server-bound workspace's key was deleted, NoWorkspace,
    StorageFull when the disk is too full even to count the attempt (then the password was
    not tried) or to open the database.

    The attempt is counted before the password is tried and forgiven once it succeeded
    (casemgr.db.guard), so that no attempt is free, and a successful one is not stopped by
    a counter it cannot reset.
    """
    clock = clock or SystemClock()
    paths = WorkspacePaths.for_user(data_dir, user)
    info = WorkspaceInfo.read(paths)
    guard = _guard_for(paths, info, keystore)
    now = clock.now_ms()
    state = guard.read(now)
    if state.tampered:
        guard.write(state)  # make the penalty stick
    wait = state.wait_seconds(now)
    if wait > 0:
        raise UnlockBackoff(wait)
    if not paths.key.exists():
        if info.server_url:
            raise LockedOut()
        raise CorruptKeyFile("The key file is missing; this offline-only workspace cannot be "
                             "opened.")
    wrapped = load_wrapped(paths.key)
    if wrapped.user != info.user or wrapped.device_id != info.device_id:
        raise CorruptKeyFile("The key file belongs to another workspace.")
    attempt = guard.record_failure(state, now)  # counted first: StorageFull refuses it here
    try:
        key = unwrap_key(wrapped, password, device_secret)
    except WrongPassword:
        if info.server_url and attempt.failures >= guardmod.SERVER_BOUND_LIMIT:
            shred(paths.key)
            raise LockedOut() from None
        left = (guardmod.SERVER_BOUND_LIMIT - attempt.failures) if info.server_url else None
        raise WrongPassword(guardmod.wait_after(attempt.failures), left) from None
    with contextlib.suppress(StorageFull, OSError):
        # If it cannot be reset, this one counts as a failure until an unlock resets it.
        guard.reset()
    reserve = Reserve(paths.reserve)
    conn, key = reserve.lend(
        lambda: _open_with_rotation_recovery(paths, key, password, device_secret))
    try:
        reserve.lend(lambda: migrate(conn))
        reserve.lend(lambda: check_bound_settings(conn, info, paths))
    except BaseException:
        conn.close()
        raise
    ws = Workspace(paths, info, conn, clock, data_key=key)
    ws.keystore = keystore
    ws.sweep_attachments()
    if wrapped.kdf.weaker_than(kdf_policy):
        # On a full disk the stronger wrap waits for an unlock with space.
        with contextlib.suppress(StorageFull):
            ws._rewrap(key, password, kdf_policy, device_secret)
    reserve.fill()  # made whole again as far as the disk allows
    return ws


@contextmanager
def _full_disk(paths: WorkspacePaths) -> Iterator[None]:
    """Report a write that did not fit as StorageFull (saying how much to free)."""
    try:
        yield
    except StorageFull:
        raise
    except Exception as exc:
        if is_disk_full(exc, paths.root):
            raise disk_full(paths.root) from None
        raise


def _open_with_rotation_recovery(
    paths: WorkspacePaths, key: bytes, password: str, device_secret: bytes | None,
) -> tuple[Any, bytes]:
    """Open the database (and say with which key); if a key rotation was cut short after the
    rekey, finish it."""
    try:
        return open_encrypted(paths.db, key), key
    except NotAWorkspace:
        if not paths.next_key.exists():
            raise
        new_key = unwrap_key(load_wrapped(paths.next_key), password, device_secret)
        conn = open_encrypted(paths.db, new_key)
        paths.next_key.replace(paths.key)
        return conn, new_key


class Workspace:
    """An unlocked workspace: the one write connection and the record store on it."""

    def __init__(self, paths: WorkspacePaths, info: WorkspaceInfo, conn: Any, clock: Clock,
                 *, data_key: bytes | None = None) -> None:
        from casemgr.db.store import Store

        self.paths = paths
        self.info = info
        self.conn = conn
        self.clock = clock
        # In memory only (SQLCipher holds it anyway while the database is open): it lets
        # `open_second_connection` open the file again without the password.
        self._data_key = data_key
        self.reserve = Reserve(paths.reserve)
        last = self.meta("hlc_last")
        self.hlc = HybridLogicalClock(clock, info.device_id[-12:],
                                      HlcTimestamp.parse(last) if last else None)
        self.store = Store(self)
        # The OS credential store the failed-unlock counter is signed with (verify_password).
        self.keystore: Keystore | None = None

    @property
    def user(self) -> str:
        return self.info.user

    @property
    def device_id(self) -> str:
        return self.info.device_id

    def meta(self, key: str) -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else ""

    def escrow_pending(self) -> str | None:
        """The mark rotate_key left while the server escrows an older data key (its value
        tells one rotation from the next), or None."""
        return self.meta(ESCROW_PENDING) or None

    def escrow_sent(self, mark: str) -> None:
        """The server confirmed it escrows the data key that was current at `mark`."""
        def forget() -> None:
            with self.transaction() as conn:
                conn.execute("DELETE FROM meta WHERE key = ? AND value = ?",
                             (ESCROW_PENDING, mark))

        self.with_reserve(forget, keep=READ_FLOOR)  # part of a sync

    def data_key_for_escrow(self) -> bytes:
        """The data key, only to send it to the server that escrows it."""
        if self._data_key is None:
            raise NotAWorkspace("The workspace is not open.")
        return self._data_key

    def open_second_connection(self) -> Workspace:
        """Another connection to this unlocked workspace (same file, same in-memory key, same
        hybrid logical clock), for another thread: WAL lets it read while the first writes,
        and BEGIN IMMEDIATE with busy_timeout queues the two connections' writes."""
        if self.conn is None or self._data_key is None:
            raise NotAWorkspace("The workspace is not open, so it cannot be opened again.")
        key = self._data_key
        conn = self.reserve.lend(lambda: open_encrypted(self.paths.db, key))
        other = Workspace(self.paths, self.info, conn, self.clock, data_key=self._data_key)
        other.hlc = self.hlc  # one clock for the device: timestamps stay unique and ordered
        other.keystore = self.keystore
        return other

    def close(self) -> None:
        if self.conn is None:
            return
        conn = self.conn
        try:
            self.reserve.lend(lambda: conn.execute("PRAGMA wal_checkpoint(TRUNCATE)"))
        except StorageFull:
            pass  # the WAL keeps what the database file had no room for; nothing is lost
        finally:
            conn.close()
            self.conn = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def with_reserve(self, write: Callable[[], T], *, keep: int = 0) -> T:
        """Run `write` (whole transactions), lending it the reserve if the disk is full:
        only for what must not fail for lack of space (the audit entry of a read, the end of
        something already done, sync); a new change by the user never does. `keep`: what to
        leave of the reserve (a sync leaves some for reading). StorageFull if it still does
        not fit."""
        return self.reserve.lend(write, keep=keep)

    def sweep_attachments(self) -> int:
        """Remove attachment files no record names (a crash between sealing a file and
        committing its record leaves one; its key died with the transaction). Partial
        downloads of live attachments are kept so they can resume."""
        folder = self.paths.attachments
        if not folder.is_dir():
            return 0
        known = {r[0] for r in self.conn.execute(
            "SELECT id FROM records WHERE type = 'attachment' AND deleted = 0")}
        removed = 0
        for path in folder.iterdir():
            name = path.name
            resumable = name.startswith(".") and name.endswith(".download") \
                and name[1:-len(".download")] in known
            if path.is_file() and name not in known and not resumable:
                shred(path)
                removed += 1
        return removed

    # -- keys ------------------------------------------------------------------------------

    def verify_password(self, password: str, *, device_secret: bytes | None = None) -> None:
        """Check the user's password again (before data leaves the encrypted store): through
        the key unwrap, so as slow and constant-time as an unlock, and counted by the
        failed-unlock guard like one: UnlockBackoff when a wait is due, WrongPassword (with
        the wait that now applies), LockedOut when a server-bound workspace's key was
        deleted after too many failures (as at unlock)."""
        guard = _guard_for(self.paths, self.info, self.keystore)
        now = self.clock.now_ms()
        state = guard.read(now)
        if state.tampered:
            guard.write(state)
        wait = state.wait_seconds(now)
        if wait > 0:
            raise UnlockBackoff(wait)
        wrapped = load_wrapped(self.paths.key)
        attempt = guard.record_failure(state, now)  # counted first, as at unlock
        try:
            unwrap_key(wrapped, password, device_secret)
        except WrongPassword:
            if self.info.server_url and attempt.failures >= guardmod.SERVER_BOUND_LIMIT:
                shred(self.paths.key)
                raise LockedOut() from None
            left = (guardmod.SERVER_BOUND_LIMIT - attempt.failures) \
                if self.info.server_url else None
            raise WrongPassword(guardmod.wait_after(attempt.failures), left) from None
        with contextlib.suppress(StorageFull, OSError):
            guard.reset()

    def _current_wrap_version(self) -> int:
        return load_wrapped(self.paths.key).key_version

    def _rewrap(self, key: bytes, password: str, kdf: KdfParams,
                device_secret: bytes | None) -> None:
        version = self._current_wrap_version()
        save_wrapped(self.paths.key, wrap_key(
            key, password, user=self.user, device_id=self.device_id, key_version=version,
            kdf=kdf, device_secret=device_secret))

    def change_password(self, old: str, new: str, *, kdf: KdfParams = DEFAULT_KDF,
                        device_secret: bytes | None = None) -> None:
        """Rewrap the same data key under a new password; the database is not touched."""
        check_new_password(new)
        key = unwrap_key(load_wrapped(self.paths.key), old, device_secret)
        self._rewrap(key, new, kdf, device_secret)
        self.store.audit_only("password_change")

    def rotate_key(self, password: str, *, kdf: KdfParams = DEFAULT_KDF,
                   device_secret: bytes | None = None) -> None:
        """Re-encrypt the database under a new data key, then reopen it to confirm.

        Crash-safe: the new key is saved wrapped (key.next.json) before the rekey, and
        becomes key.json only after the database has been reopened with it.
        """
        old = load_wrapped(self.paths.key)
        unwrap_key(old, password, device_secret)  # the password must be right first
        new_key = new_data_key()
        version = old.key_version + 1
        save_wrapped(self.paths.next_key, wrap_key(
            new_key, password, user=self.user, device_id=self.device_id, key_version=version,
            kdf=kdf, device_secret=device_secret))
        if self.info.server_url is not None:
            # The server escrows the old key until the next sync sends this one (sync
            # engine, docs/sync.md "Keys, leases and recovery"). Set before the rekey, so that
            # a crash anywhere after it leaves the flag set (at worst the same key again).
            with self.transaction() as conn:
                conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                             (ESCROW_PENDING, uuid7()))
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        rekey(self.conn, new_key)
        self.conn.close()
        self.conn = open_encrypted(self.paths.db, new_key)
        self._data_key = new_key
        self.paths.next_key.replace(self.paths.key)
        self.store.audit_only("key_rotation")

    # -- checks ----------------------------------------------------------------------------

    def check(self) -> list[str]:
        """SQLCipher and SQLite integrity checks plus the audit chain; [] when all is well."""
        problems: list[str] = []
        try:
            rows = self.conn.execute("PRAGMA cipher_integrity_check").fetchall()
            problems += [f"cipher: {r[0]}" for r in rows]
            rows = self.conn.execute("PRAGMA integrity_check").fetchall()
            problems += [f"sqlite: {r[0]}" for r in rows if r[0] != "ok"]
            rows = self.conn.execute("PRAGMA foreign_key_check").fetchall()
            problems += [f"foreign key: {tuple(r)}" for r in rows]
            self.conn.execute("INSERT INTO search(search) VALUES ('integrity-check')")
        except DatabaseError as exc:
            problems.append(f"database: {exc}")
        from casemgr.db.audit import verify_chain

        problems += verify_chain(self.conn).problems
        return problems

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error. A transaction the disk has
        no room for raises StorageFull (saying how much to free), nothing of it kept."""
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")  # a full disk may refuse the commit itself
            except BaseException:
                if conn.in_transaction:  # SQLite may have rolled back already (SQLITE_FULL)
                    conn.execute("ROLLBACK")
                raise
        except StorageFull:
            raise
        except Exception as exc:
            if is_disk_full(exc, self.paths.root):
                raise disk_full(self.paths.root) from None
            raise


def restore_key(data_dir: Path, user: str, data_key: bytes, new_password: str, *,
                kdf: KdfParams = DEFAULT_KDF, device_secret: bytes | None = None,
                keystore: Keystore | None = None) -> None:
    """Recovery: wrap a data key returned by the server under a new password.

    The key must open this workspace's database first; nothing is written otherwise.
    """
    check_new_password(new_password)
    paths = WorkspacePaths.for_user(data_dir, user)
    info = WorkspaceInfo.read(paths)
    conn = open_encrypted(paths.db, data_key)  # NotAWorkspace if it is not this one's key
    conn.close()
    version = load_wrapped(paths.key).key_version if paths.key.exists() else 1
    save_wrapped(paths.key, wrap_key(data_key, new_password, user=info.user,
                                     device_id=info.device_id, key_version=version, kdf=kdf,
                                     device_secret=device_secret))
    _guard_for(paths, info, keystore).reset()


def delete_workspace_files(paths: WorkspacePaths) -> None:
    """Remote wipe order: the wrapped key first (the data is unreadable from then on)."""
    for p in (paths.key, paths.next_key):
        shred(p)
    for p in paths.db_files():
        p.unlink(missing_ok=True)
    shutil.rmtree(paths.attachments, ignore_errors=True)
    for p in (paths.guard, paths.reserve, paths.meta):
        p.unlink(missing_ok=True)


__all__ = [
    "BOUND_SETTINGS", "SettingsChanged", "Workspace", "WorkspaceCorrupt", "WorkspaceInfo",
    "WorkspacePaths", "check_user_name",
    "create_workspace", "delete_workspace_files", "unlock_workspace",
]
