"""Workspace errors, split into what the user can act on; anything else is a bug."""

from __future__ import annotations


class WorkspaceError(Exception):
    """Base of every error the workspace reports to a person."""


class NoWorkspace(WorkspaceError):
    """There is no workspace for this user in this data folder."""


class WorkspaceExists(WorkspaceError):
    """A workspace (or some other file) is already there; it is never replaced."""


class WrongPassword(WorkspaceError):
    """The password did not unlock the key. `wait_seconds` before the next try is allowed."""

    def __init__(self, wait_seconds: float = 0.0, attempts_left: int | None = None) -> None:
        self.wait_seconds = wait_seconds
        self.attempts_left = attempts_left
        msg = "Wrong password."
        if attempts_left is not None:
            msg += f" {attempts_left} attempts left before an online login is required."
        if wait_seconds > 0:
            msg += f" Try again in {wait_seconds:.0f} s."
        super().__init__(msg)


class UnlockBackoff(WorkspaceError):
    """Too many failed unlocks: the next try is allowed only after `wait_seconds`."""

    def __init__(self, wait_seconds: float) -> None:
        self.wait_seconds = wait_seconds
        super().__init__(f"Too many failed attempts. Try again in {wait_seconds:.0f} s.")


class LockedOut(WorkspaceError):
    """The wrapped key was deleted after too many failures: an online login must restore it."""

    def __init__(self) -> None:
        super().__init__(
            "This workspace is locked after too many failed attempts. "
            "Log in online to restore access; no case data has been lost."
        )


class CorruptKeyFile(WorkspaceError):
    """The key file is damaged or was altered; the workspace cannot be opened with it."""


class NotAWorkspace(WorkspaceError):
    """The database file is not a casemgr workspace or cannot be decrypted with its key."""


class EscrowedKeyOutdated(NotAWorkspace):
    """Recovery: the key the server escrows does not open this workspace (its key was
    rotated and the device did not sync since, so the server never received the new one)."""

    def __init__(self) -> None:
        super().__init__(
            "The key the server holds does not open this workspace: its key was changed on "
            "this device after its last sync, so the server never received the new key. "
            "Nothing was changed here. If the workspace password is known, unlock with it and "
            "sync; otherwise the data on this device cannot be recovered (what was synced is "
            "on the server: log in on a new workspace).")


class StorageFull(WorkspaceError):
    """The disk is full: nothing of the refused write was kept; free space and try again.
    `need_bytes`: how much to free (casemgr.db.space.disk_full says it in the message)."""

    def __init__(self, message: str = "The disk is full; nothing was changed.", *,
                 need_bytes: int | None = None) -> None:
        super().__init__(message)
        self.need_bytes = need_bytes


class WorkspaceCorrupt(WorkspaceError):
    """An integrity check failed."""


class SettingsChanged(WorkspaceCorrupt):
    """workspace.json (or the server's CA certificate kept beside it) no longer matches the
    settings bound into the encrypted workspace: someone edited it, perhaps to send the next
    sync elsewhere. The workspace is not opened and nothing is sent."""


class RecordNotFound(WorkspaceError):
    """No record with that id (or case number) in this workspace."""
