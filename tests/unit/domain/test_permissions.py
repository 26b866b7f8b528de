"""Who may do what, on which cases: every role against every action and every kind of case."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from casemgr.domain.errors import PermissionDenied
from casemgr.domain.permissions import (
    PERMISSIONS,
    Action,
    Actor,
    CaseAccess,
    Role,
    WorkerAccess,
    can,
    in_scope,
    require,
    require_access_log,
    require_supervisor_of,
    supervises,
)

A = Action

# The agency's rules as a caseworker would state them, written independently of the matrix.
CASEWORK = {A.VIEW_CASE, A.EDIT_CASE, A.REGISTER_FAMILY, A.RECORD_VISIT, A.RUN_ASSESSMENT,
            A.EDIT_PLAN, A.SUBMIT_PLAN, A.REQUEST_CLOSURE, A.REFER, A.RESOLVE_CONFLICT,
            A.EXPORT}  # the cases in their scope (require_export: names of one case only)
SUPERVISION = {A.DECIDE_PLAN, A.DECIDE_CLOSURE, A.REOPEN_CASE, A.REASSIGN_CASE,
               A.VIEW_CASE_ACCESS}  # who opened a case: its team's supervisor (and admins)
ADMINISTRATION = {A.MANAGE_USERS, A.MANAGE_DEVICES, A.PUBLISH_FORMS, A.IMPORT_PROVIDERS,
                  A.VIEW_AUDIT, A.VIEW_SYNC_HEALTH}
# Supportive supervision of the workforce: recorded by supervisors (and admins), never by the
# caseworkers it is about.
ALLOWED = {
    Role.CASEWORKER: CASEWORK,
    Role.SUPERVISOR: CASEWORK | SUPERVISION | {A.VIEW_TEAM_CASELOAD, A.RECORD_SUPERVISION},
    Role.ADMIN: ADMINISTRATION | {A.VIEW_CASE, A.REASSIGN_CASE, A.VIEW_TEAM_CASELOAD,
                                  A.RECORD_SUPERVISION, A.EXPORT, A.VIEW_CASE_ACCESS},
}
ABOUT_ONE_CASE = (CASEWORK | SUPERVISION) - {A.EXPORT}  # an export covers the user's scope

ACTORS = {
    Role.CASEWORKER: Actor("wanjiru", Role.CASEWORKER, frozenset({"north"})),
    Role.SUPERVISOR: Actor("amina", Role.SUPERVISOR, frozenset({"north"})),
    Role.ADMIN: Actor("root", Role.ADMIN),
}
# How a case relates to the acting user (every actor above is "me" and in team north).
CASES: dict[str, Callable[[str], CaseAccess]] = {
    "mine": lambda me: CaseAccess(me, "north"),
    "colleague's in my team": lambda me: CaseAccess("omar", "north"),
    "another team's": lambda me: CaseAccess("omar", "south"),
    "mine in another team": lambda me: CaseAccess(me, "south"),
    "without a team": lambda me: CaseAccess("omar", None),
}
REACHES = {
    Role.CASEWORKER: {"mine", "mine in another team"},
    Role.SUPERVISOR: {"mine", "colleague's in my team", "mine in another team"},
    Role.ADMIN: set(CASES),
}


def expected(role: Role, action: Action, relation: str | None) -> bool:
    if action not in ALLOWED[role]:
        return False
    return relation is None or action not in ABOUT_ONE_CASE or relation in REACHES[role]


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", list(Role))
def test_matrix_for_every_kind_of_case(role: Role, action: Action) -> None:
    actor = ACTORS[role]
    relations: list[str | None] = [None, *CASES]
    got = {r: can(actor, action, None if r is None else CASES[r](actor.user)) for r in relations}
    assert got == {r: expected(role, action, r) for r in relations}


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", list(Role))
def test_require_refuses_exactly_what_can_refuses(role: Role, action: Action) -> None:
    actor = ACTORS[role]
    for make in CASES.values():
        case = make(actor.user)
        if can(actor, action, case):
            require(actor, action, case)
        else:
            with pytest.raises(PermissionDenied) as refused:
                require(actor, action, case)
            message = str(refused.value)
            # A message a user can act on, naming no other worker, team or case detail.
            assert message.endswith(".") and message[0].isupper()
            assert "omar" not in message and "south" not in message


def test_refusal_says_what_the_role_cannot_do() -> None:
    with pytest.raises(PermissionDenied, match=r"^Your role \(caseworker\) does not allow you "
                                               r"to approve or send back case plans\.$"):
        require(ACTORS[Role.CASEWORKER], A.DECIDE_PLAN, CaseAccess("wanjiru", "north"))
    with pytest.raises(PermissionDenied, match=r"\(admin\) does not allow you to record visits"):
        require(ACTORS[Role.ADMIN], A.RECORD_VISIT, CaseAccess("omar", "north"))


def test_refusal_for_a_case_out_of_reach_says_whose_cases_are_reachable() -> None:
    with pytest.raises(PermissionDenied, match=r"^This case is not assigned to you\.$"):
        require(ACTORS[Role.CASEWORKER], A.RECORD_VISIT, CaseAccess("omar", "north"))
    with pytest.raises(PermissionDenied, match="assigned to you or to one of your teams"):
        require(ACTORS[Role.SUPERVISOR], A.DECIDE_PLAN, CaseAccess("omar", "south"))


def test_supervisor_of_several_teams_reaches_each_of_them() -> None:
    lead = Actor("amina", Role.SUPERVISOR, frozenset({"north", "east"}))
    assert in_scope(lead, CaseAccess("omar", "east"))
    assert in_scope(lead, CaseAccess("omar", "north"))
    assert not in_scope(lead, CaseAccess("omar", "south"))


def test_caseworker_team_membership_does_not_open_colleagues_cases() -> None:
    assert not in_scope(ACTORS[Role.CASEWORKER], CaseAccess("omar", "north"))


def test_every_action_has_one_row_that_says_what_it_allows() -> None:
    assert set(PERMISSIONS) == set(Action)
    for action, row in PERMISSIONS.items():
        assert row.what and row.what == row.what.strip(), action
        assert row.on_case == (action in ABOUT_ONE_CASE), action


def test_case_access_is_read_from_case_fields() -> None:
    fields = {"assigned_to": "wanjiru", "team": "", "case_number": "AB12-00001"}
    assert CaseAccess.of_case(fields) == CaseAccess("wanjiru", None)
    assert CaseAccess.of_case({"assigned_to": "omar", "team": "north"}) == CaseAccess("omar",
                                                                                      "north")


def test_a_supervisor_supervises_the_workers_of_their_teams_only() -> None:
    sam = Actor("sam", Role.SUPERVISOR, frozenset({"north", "east"}))
    assert supervises(sam, WorkerAccess("amina", frozenset({"north"})))
    assert supervises(sam, WorkerAccess("omar", frozenset({"south", "east"})))
    assert not supervises(sam, WorkerAccess("carla", frozenset({"south"})))
    assert not supervises(sam, WorkerAccess("nobody"))  # in no team
    assert not supervises(sam, WorkerAccess("sam", frozenset({"north"})))  # not oneself
    assert supervises(ACTORS[Role.ADMIN], WorkerAccess("carla", frozenset({"south"})))
    assert not supervises(ACTORS[Role.CASEWORKER], WorkerAccess("omar", frozenset({"north"})))


def test_refusing_a_supervision_says_why() -> None:
    sam = Actor("sam", Role.SUPERVISOR, frozenset({"north"}))
    with pytest.raises(PermissionDenied, match=r"^carla is not in one of your teams\.$"):
        require_supervisor_of(sam, WorkerAccess("carla", frozenset({"south"})))
    with pytest.raises(PermissionDenied, match="with someone else"):
        require_supervisor_of(sam, WorkerAccess("sam", frozenset({"north"})))
    with pytest.raises(PermissionDenied, match=r"\(caseworker\) does not allow you to record "
                                               "supervision sessions"):
        require_supervisor_of(ACTORS[Role.CASEWORKER], WorkerAccess("omar", frozenset({"north"})))


@pytest.mark.parametrize("role", list(Role))
def test_names_of_more_than_one_case_leave_only_with_a_supervisor_or_an_admin(role):
    from casemgr.domain.permissions import require_export

    actor = ACTORS[role]
    require_export(actor, identified=False, cases=20_000)
    require_export(actor, identified=True, cases=1)
    if role is Role.CASEWORKER:
        with pytest.raises(PermissionDenied, match="more than one case"):
            require_export(actor, identified=True, cases=2)
    else:
        require_export(actor, identified=True, cases=2)


def test_who_opened_a_case_is_seen_by_its_teams_supervisor_and_admins_only() -> None:
    """Narrower than the supervisor's scope: a case assigned to the supervisor in another
    team, or without a team, is not theirs to watch."""
    seen = {}
    for role, actor in ACTORS.items():
        for relation, make in CASES.items():
            try:
                require_access_log(actor, make(actor.user))
                seen[role, relation] = True
            except PermissionDenied as refused:
                assert "omar" not in str(refused) and "south" not in str(refused)
                seen[role, relation] = False
    assert {k for k, v in seen.items() if v} == {
        (Role.SUPERVISOR, "mine"), (Role.SUPERVISOR, "colleague's in my team"),
        *((Role.ADMIN, relation) for relation in CASES)}
