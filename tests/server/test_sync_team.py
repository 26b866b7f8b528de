"""The server decides a case's team and who it may be given to (issue 9, item 3): a case made
on a device gets one of its author's teams, never none, a made-up one or another team's, so it
always reaches a supervisor; a reassignment pushed from a device goes only to an active member
of a team the supervisor leads. Anything else is quarantined with a reason, on SQLite and
PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from casemgr.domain.records import RecordType
from casemgr.server import tables as t
from casemgr.server.sync.push import (
    NAME_A_TEAM,
    NO_SUCH_TEAM,
    NO_SUCH_WORKER,
    NOT_IN_A_TEAM,
    NOT_YOUR_TEAM,
)
from tests.server.sync_support import Device, World, register, registered_case, world


@pytest.fixture
def w(db_url: str, tmp_path: Any) -> Iterator[World]:
    with world(db_url, tmp_path) as w:
        yield w


def push_registration(dev: Device, **kw: Any) -> tuple[str, list[str]]:
    reg, ops = register(dev, **kw)
    return reg.case_id, [r.status for r in dev.push(*ops).results]


def refused_case(w: World, dev: Device, reason: str, **kw: Any) -> None:
    """The registration's case op is quarantined with `reason`; the case is not on the server."""
    case_id, statuses = push_registration(dev, **kw)
    assert statuses[1] == "rejected"
    assert [q.reason for q in w.quarantine() if q.op["record_id"] == case_id] == [reason]
    assert [r.id for r in w.records(RecordType.CASE) if r.id == case_id] == []


WITHIN_TEAMS = "You can reassign cases only within your teams."


def deactivate(w: World, name: str) -> None:
    with w.engine.begin() as conn:
        conn.execute(sa.update(t.users).where(t.users.c.username == name).values(active=False))


# -- creating a case ---------------------------------------------------------------------------

def test_a_case_without_a_team_gets_its_authors_only_team_and_reaches_the_supervisor(
        w: World) -> None:
    amina = w.device("amina", teams=("North",))
    sam = w.device("sam", "supervisor", ("North",))
    case_id, statuses = push_registration(amina)  # no team in the op
    assert statuses == ["applied"] * 3
    assert w.record(case_id).fields["team"] == "North"
    sam.pull()
    assert sam.mirror[case_id].fields["team"] == "North"


@pytest.mark.parametrize("team", ["Atlantis", "South"])
def test_a_case_naming_a_team_not_the_authors_is_quarantined(w: World, team: str) -> None:
    w.person("sue", "supervisor", ("South",))  # South exists
    amina = w.device("amina", teams=("North",))
    refused_case(w, amina, NOT_YOUR_TEAM, team=team)


def test_a_caseworker_in_no_team_cannot_register_a_case(w: World) -> None:
    refused_case(w, w.device("amina"), NOT_IN_A_TEAM)


def test_a_caseworker_in_several_teams_names_one_of_theirs(w: World) -> None:
    w.person("sue", "supervisor", ("South",))
    amina = w.device("amina", teams=("North", "East"))
    refused_case(w, amina, NAME_A_TEAM)
    refused_case(w, amina, NOT_YOUR_TEAM, team="South")
    case_id, statuses = push_registration(amina, team="East")
    assert statuses == ["applied"] * 3
    assert w.record(case_id).fields["team"] == "East"


def test_a_supervisor_registers_for_a_team_they_lead_and_one_of_its_members(w: World) -> None:
    w.person("amina", teams=("North",))
    w.person("carl", teams=("South",))
    sam = w.device("sam", "supervisor", ("North",))
    case_id, statuses = push_registration(sam, assigned_to="amina")
    assert statuses == ["applied"] * 3
    assert w.record(case_id).fields["team"] == "North"
    refused_case(w, sam, NOT_YOUR_TEAM, team="South", assigned_to="carl")
    refused_case(w, sam, NO_SUCH_WORKER, assigned_to="carl")


# -- reassigning from a device -----------------------------------------------------------------

def test_a_supervisor_reassigns_within_the_team_to_an_active_member(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    w.person("rex", teams=("North",))
    w.person("nia", teams=("North",))
    w.person("carl", teams=("South",))
    w.person("sue", "supervisor", ("South",))
    sam = w.device("sam", "supervisor", ("North",))
    reg = registered_case(amina)
    sam.pull()
    deactivate(w, "nia")
    for change, reason in (({"assigned_to": "carl"}, NO_SUCH_WORKER),  # another team's
                           ({"assigned_to": "ghost"}, NO_SUCH_WORKER),  # nobody
                           ({"assigned_to": "nia"}, NO_SUCH_WORKER),  # not active
                           # another team (casemgr.domain.workflow says so already)
                           ({"assigned_to": "carl", "team": "South"}, WITHIN_TEAMS),
                           ({"team": "Atlantis"}, WITHIN_TEAMS)):
        result = sam.push_one(sam.update(reg.case_id, change))
        assert (result.status, result.reason) == ("rejected", reason), change
    assert w.record(reg.case_id).fields["assigned_to"] == "amina"
    assert sam.push_one(sam.update(reg.case_id, {"assigned_to": "rex"})).status == "applied"
    assert w.record(reg.case_id).fields["assigned_to"] == "rex"


def test_a_caseworker_cannot_reassign(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    w.person("rex", teams=("North",))
    reg = registered_case(amina)
    result = amina.push_one(amina.update(reg.case_id, {"assigned_to": "rex"}))
    assert result.status == "rejected"
    assert w.record(reg.case_id).fields["assigned_to"] == "amina"


def test_an_admin_reassigns_to_an_existing_team(w: World) -> None:
    amina = w.device("amina", teams=("North",))
    w.person("carl", teams=("South",))
    ada = w.device("ada", "admin")
    reg = registered_case(amina)
    ada.pull()
    result = ada.push_one(ada.update(reg.case_id, {"assigned_to": "carl", "team": "Atlantis"}))
    assert (result.status, result.reason) == ("rejected", NO_SUCH_TEAM)
    result = ada.push_one(ada.update(reg.case_id, {"assigned_to": "carl", "team": "South"}))
    assert result.status == "applied", result.reason
    assert w.record(reg.case_id).fields["team"] == "South"
