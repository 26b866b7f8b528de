"""Who looked at a case (issue 15): its access log, kept by the server from what every device
sent at its syncs (case files opened, attachments saved, prints, summaries and exports), read
online through the workspace's `Transport` for the case's team supervisors and admins.

Nothing of it is on the device: a caseworker's laptop never holds who else opened a case. So
it needs the server, and says so when it cannot reach it (`AccessOffline`). Each entry is
metadata only: who, when, what was done to which kind of record, on which device.
"""

from __future__ import annotations

from casemgr.domain.errors import PermissionDenied
from casemgr.domain.permissions import Actor, CaseAccess, require_access_log
from casemgr.sync.protocol import CaseAccessEntry, CaseAccessLog
from casemgr.sync.transport import CertificateRefused, Offline, Refused, SyncError, Transport


class AccessUnavailable(Exception):
    """The access log could not be read; the message says why, in words."""


class AccessOffline(AccessUnavailable):
    """The server cannot be reached: the access log is available when online."""


class AccessNotAllowed(AccessUnavailable):
    """The server says this account may not see the case's access log."""


class AccessNotOnServer(AccessUnavailable):
    """The server does not have the case yet (registered here, not synced)."""


def sees_access_log(actor: Actor, case: CaseAccess) -> bool:
    """Whether the actor may see who opened this case: a supervisor of its team, an admin
    (the server decides; this only spares the others a tab they cannot use)."""
    try:
        require_access_log(actor, case)
    except PermissionDenied:
        return False
    return True


def case_access(transport: Transport, case_id: str) -> CaseAccessLog:
    """Who opened, printed or exported the case, newest first: one request to the server."""
    try:
        return transport.case_access(case_id)
    except (Offline, CertificateRefused) as exc:
        raise AccessOffline(str(exc)) from None
    except Refused as exc:
        if exc.status == 403:
            raise AccessNotAllowed(str(exc)) from None
        if exc.status == 404:
            raise AccessNotOnServer("The server does not have this case yet: it gets it at "
                                    "the next sync.") from None
        raise AccessUnavailable(str(exc)) from None
    except SyncError as exc:
        raise AccessUnavailable(str(exc)) from None


__all__ = ["AccessNotAllowed", "AccessNotOnServer", "AccessOffline", "AccessUnavailable",
           "CaseAccessEntry", "CaseAccessLog", "case_access", "sees_access_log"]
