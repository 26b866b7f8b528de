"""Who may do what: the roles, the actions a user can take, and which cases each role reaches.

Checked by the client before it writes and by the server when a change arrives (DESIGN.md 1, 6).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Final, NamedTuple

from casemgr.domain.errors import PermissionDenied
from casemgr.domain.text import Text, msg


class Role(StrEnum):
    CASEWORKER = "caseworker"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Action(StrEnum):
    VIEW_CASE = "view_case"
    EDIT_CASE = "edit_case"
    REGISTER_FAMILY = "register_family"
    RECORD_VISIT = "record_visit"
    RUN_ASSESSMENT = "run_assessment"
    EDIT_PLAN = "edit_plan"
    SUBMIT_PLAN = "submit_plan"
    DECIDE_PLAN = "decide_plan"
    REQUEST_CLOSURE = "request_closure"
    DECIDE_CLOSURE = "decide_closure"
    REOPEN_CASE = "reopen_case"
    REFER = "refer"
    REASSIGN_CASE = "reassign_case"
    RESOLVE_CONFLICT = "resolve_conflict"
    VIEW_TEAM_CASELOAD = "view_team_caseload"
    MANAGE_USERS = "manage_users"
    MANAGE_DEVICES = "manage_devices"
    PUBLISH_FORMS = "publish_forms"
    IMPORT_PROVIDERS = "import_providers"
    EXPORT = "export"
    VIEW_AUDIT = "view_audit"
    VIEW_SYNC_HEALTH = "view_sync_health"
    RECORD_SUPERVISION = "record_supervision"
    VIEW_CASE_ACCESS = "view_case_access"


@dataclass(frozen=True)
class Actor:
    """The signed-in user as the rules see them: name, role and (for supervisors) their teams."""

    user: str
    role: Role
    teams: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CaseAccess:
    """What decides who reaches a case: its assigned caseworker and its team."""

    assigned_to: str
    team: str | None

    @classmethod
    def of_case(cls, case_fields: Mapping[str, Any]) -> CaseAccess:
        """The access of a case record, read from its fields."""
        return cls(str(case_fields.get("assigned_to") or ""), case_fields.get("team") or None)


@dataclass(frozen=True)
class WorkerAccess:
    """What decides who may supervise a worker: the worker and the teams they belong to."""

    user: str
    teams: frozenset[str] = frozenset()


class Permission(NamedTuple):
    """One row of the matrix: which roles may act, and whether the case must be in their scope."""

    on_case: bool
    caseworker: bool
    supervisor: bool
    admin: bool
    what: str  # completes "Your role does not allow you to ..."

    def allows(self, role: Role) -> bool:
        return {Role.CASEWORKER: self.caseworker, Role.SUPERVISOR: self.supervisor,
                Role.ADMIN: self.admin}[role]


# A role as "Your role (supervisor) does not allow you to …" names it.
ROLE_WORDS: Final[Mapping[Role, Text]] = MappingProxyType({
    Role.CASEWORKER: msg("caseworker"), Role.SUPERVISOR: msg("supervisor"),
    Role.ADMIN: msg("admin")})

Y, N = True, False

# Caseworkers do casework on the cases assigned to them; supervisors do the same on their
# teams' cases and also decide plans and closures, reassign, reopen and see the caseload;
# admins run the system and may view and reassign any case, but record no casework.
# on_case: the action concerns one case, which must then be in the actor's scope.
#
#                                       on_case  case-   super-  admin
#                                                worker  visor
PERMISSIONS: Final[Mapping[Action, Permission]] = MappingProxyType({
    Action.VIEW_CASE:          Permission(Y,     Y,      Y,      Y, msg("open case files")),
    Action.EDIT_CASE:          Permission(Y,     Y,      Y,      N, msg("change case details")),
    Action.REGISTER_FAMILY:    Permission(Y,     Y,      Y,      N, msg("register families")),
    Action.RECORD_VISIT:       Permission(Y,     Y,      Y,      N, msg("record visits")),
    Action.RUN_ASSESSMENT:     Permission(Y,     Y,      Y,      N, msg("run assessments")),
    Action.EDIT_PLAN:          Permission(Y,     Y,      Y,      N, msg("write case plans")),
    Action.SUBMIT_PLAN:        Permission(Y,     Y,      Y,      N,
                                          msg("submit case plans for approval")),
    Action.DECIDE_PLAN:        Permission(Y,     N,      Y,      N,
                                          msg("approve or send back case plans")),
    Action.REQUEST_CLOSURE:    Permission(Y,     Y,      Y,      N, msg("request case closure")),
    Action.DECIDE_CLOSURE:     Permission(Y,     N,      Y,      N,
                                          msg("approve or send back closure requests")),
    Action.REOPEN_CASE:        Permission(Y,     N,      Y,      N, msg("reopen closed cases")),
    Action.REFER:              Permission(Y,     Y,      Y,      N,
                                          msg("refer children to services")),
    Action.REASSIGN_CASE:      Permission(Y,     N,      Y,      Y, msg("reassign cases")),
    Action.RESOLVE_CONFLICT:   Permission(Y,     Y,      Y,      N, msg("resolve sync conflicts")),
    Action.VIEW_TEAM_CASELOAD: Permission(N,     N,      Y,      Y, msg("see team caseloads")),
    Action.MANAGE_USERS:       Permission(N,     N,      N,      Y, msg("manage users and teams")),
    Action.MANAGE_DEVICES:     Permission(N,     N,      N,      Y, msg("manage devices")),
    Action.PUBLISH_FORMS:      Permission(N,     N,      N,      Y,
                                          msg("publish assessment forms")),
    Action.IMPORT_PROVIDERS:   Permission(N,     N,      N,      Y,
                                          msg("import the service directory")),
    Action.EXPORT:             Permission(N,     Y,      Y,      Y, msg("export data")),
    Action.VIEW_AUDIT:         Permission(N,     N,      N,      Y, msg("view the audit log")),
    Action.VIEW_SYNC_HEALTH:   Permission(N,     N,      N,      Y, msg("view sync health")),
    Action.RECORD_SUPERVISION: Permission(N,     N,      Y,      Y,
                                          msg("record supervision sessions")),
    # Who opened, printed or exported a case: its team's supervisor and admins (issue 15);
    # `require_access_log` narrows it to the supervisors of the case's own team.
    Action.VIEW_CASE_ACCESS:   Permission(Y,     N,      Y,      Y,
                                          msg("see who opened a case")),
})


def require_export(actor: Actor, *, identified: bool, cases: int) -> None:
    """Raise PermissionDenied unless the actor may export this: anyone who may export takes
    the cases in their scope out de-identified, or one case with its names; names of more
    than one case leave only with a supervisor or an administrator (issue 12)."""
    require(actor, Action.EXPORT)
    if identified and cases > 1 and actor.role is Role.CASEWORKER:
        raise PermissionDenied(
            msg("An export with names of more than one case needs a supervisor or an "
                "administrator: de-identify it, or export one case."))


def require_access_log(actor: Actor, case: CaseAccess) -> None:
    """Raise PermissionDenied unless the actor may see who opened, printed or exported this
    case: an admin, or a supervisor of the case's team (not a supervisor merely assigned a
    case of another team, nor the case's caseworker)."""
    require(actor, Action.VIEW_CASE_ACCESS)
    if actor.role is Role.SUPERVISOR and (case.team is None or case.team not in actor.teams):
        raise PermissionDenied(msg("Only a supervisor of this case's team (or an "
                                   "administrator) sees who opened it."))


def in_scope(actor: Actor, case: CaseAccess) -> bool:
    """Whether the case reaches the actor: own cases, their teams' (supervisors), all (admins)."""
    if actor.role is Role.ADMIN or case.assigned_to == actor.user:
        return True
    return actor.role is Role.SUPERVISOR and case.team is not None and case.team in actor.teams


def supervises(actor: Actor, worker: WorkerAccess) -> bool:
    """Whether the actor supervises the worker: a supervisor of a team the worker belongs to,
    or an admin; nobody supervises themselves."""
    if worker.user == actor.user or not worker.user:
        return False
    if actor.role is Role.ADMIN:
        return True
    return actor.role is Role.SUPERVISOR and bool(worker.teams & actor.teams)


def require_supervisor_of(actor: Actor, worker: WorkerAccess) -> None:
    """Raise PermissionDenied unless the actor may record supervision of this worker."""
    require(actor, Action.RECORD_SUPERVISION)
    if worker.user == actor.user:
        raise PermissionDenied(msg("A supervision session is recorded by a supervisor with "
                                   "someone else."))
    if not supervises(actor, worker):
        raise PermissionDenied(msg("{worker} is not in one of your teams.", worker=worker.user)
                               if worker.user else msg("This worker is not in one of your teams."))


def can(actor: Actor, action: Action, case: CaseAccess | None = None) -> bool:
    """Whether the actor may take the action (on this case; without one: on some case)."""
    rule = PERMISSIONS[action]
    if not rule.allows(actor.role):
        return False
    return not (rule.on_case and case is not None) or in_scope(actor, case)


def require(actor: Actor, action: Action, case: CaseAccess | None = None) -> None:
    """Raise PermissionDenied, with a message free of case data, unless `can` allows it."""
    rule = PERMISSIONS[action]
    if not rule.allows(actor.role):
        raise PermissionDenied(msg("Your role ({role}) does not allow you to {what}.",
                                   role=ROLE_WORDS[actor.role], what=rule.what))
    if rule.on_case and case is not None and not in_scope(actor, case):
        raise PermissionDenied(msg("This case is not assigned to you.")
                               if actor.role is Role.CASEWORKER
                               else msg("This case is not assigned to you or to one of your "
                                        "teams."))
