"""Every exception is put into words in one place (casemgr.ui.errors): the words a user reads
for a sync, a login, an unlock and a new workspace."""

from __future__ import annotations

import sqlite3

import pytest

from casemgr.app.syncing import SyncCancelled
from casemgr.db.errors import LockedOut, StorageFull, WorkspaceExists, WrongPassword
from casemgr.sync.transport import (
    NeedsLogin,
    Offline,
    RateLimited,
    Refused,
    Revoked,
    ServerTrouble,
    UnverifiedRevocation,
    UpgradeRequired,
)
from casemgr.ui.errors import (
    REVOKED_MESSAGE,
    SyncOutcome,
    login_error,
    new_workspace_error,
    sync_failure,
    unlock_message,
    user_message,
)


@pytest.mark.parametrize(("exc", "outcome", "title"), [
    (SyncCancelled(), SyncOutcome.STOPPED, "Not synced"),
    (Revoked("revoked"), SyncOutcome.REVOKED, "Revoked"),
    (Offline("no route"), SyncOutcome.OFFLINE, "Offline · working offline"),
    (UpgradeRequired("too old"), SyncOutcome.NEEDS_UPDATE, "Sync stopped: update casemgr"),
    (NeedsLogin("expired"), SyncOutcome.LOG_IN_AGAIN, "Sync stopped: log in again"),
    (RateLimited(60), SyncOutcome.RETRY_LATER, "Sync refused for now"),
    (ServerTrouble("HTTP 503"), SyncOutcome.RETRY_LATER, "Sync failed · will retry"),
    (Refused(400, "bad_batch", None, None), SyncOutcome.RETRY_LATER, "Sync failed · will retry"),
    (sqlite3.OperationalError("database is locked"), SyncOutcome.RETRY_LATER,
     "Sync paused · will retry"),
    (StorageFull("The disk is full."), SyncOutcome.ENVIRONMENT, "Sync failed"),
    (KeyError("bug"), SyncOutcome.BUG, "Sync failed"),
])
def test_each_sync_failure_has_its_meaning_and_words(exc, outcome, title):
    failure = sync_failure(exc, "https://casemgr.example.org")
    assert (failure.outcome, failure.title) == (outcome, title)
    assert failure.detail


def test_sync_failure_details_say_what_to_do():
    assert "https://casemgr.example.org cannot be reached" in sync_failure(
        Offline("x"), "https://casemgr.example.org").detail
    assert sync_failure(Revoked("x")).detail == REVOKED_MESSAGE
    forged = sync_failure(UnverifiedRevocation("it was not signed"))
    assert forged.outcome is SyncOutcome.LOG_IN_AGAIN  # never REVOKED: nothing is wiped
    assert "nothing was deleted" in forged.detail and "it was not signed" in forged.detail
    assert sync_failure(RateLimited(60)).detail == "Too many failed logins; try again in 60 s."
    assert "disk is full" in sync_failure(StorageFull("x")).detail
    assert sync_failure(KeyError("case data")).detail == "An internal error stopped the sync."


def test_lock_screen_words():
    assert unlock_message(WrongPassword(attempts_left=3)) == str(WrongPassword(attempts_left=3))
    assert unlock_message(Revoked("x")) == REVOKED_MESSAGE
    assert unlock_message(LockedOut()) == str(LockedOut())
    assert unlock_message(KeyError("x")) == "The workspace could not be opened."
    assert login_error(NeedsLogin("x")) == {
        "password": "The server did not accept this user name and password."}
    assert login_error(Offline("x"), "https://s").keys() == {"server"}
    assert new_workspace_error(WorkspaceExists("x")) == {
        "user": "A workspace with this name already exists here."}
    assert new_workspace_error(ValueError("Too short.")) == {"password": "Too short."}
    assert new_workspace_error(KeyError("x")) == {}


def test_a_full_disk_says_how_much_to_free_when_it_is_known():
    full = StorageFull("x", need_bytes=8_400_000)
    assert "The disk is full, so the change was not saved. Free at least 9 MB" in (
        user_message(full))
    assert "Free some space" in user_message(StorageFull("x"))
    assert unlock_message(full).startswith(
        "The disk is full, so the workspace could not be opened. Free at least 9 MB")
    assert "Free at least 9 MB" in sync_failure(full).detail
