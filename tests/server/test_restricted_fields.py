"""Restricted fields on the server: withheld from a caseworker on pull and in quarantine, a
caseworker's edit of one refused and quarantined, an edit of other fields keeping it, and the
score of an assessment with withheld answers computed by the server; SQLite and PostgreSQL.
The end-to-end matrix over a real server process is tests/e2e/test_restricted_fields.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from casemgr.domain.permissions import Role
from casemgr.domain.records import RecordType
from casemgr.server import tables as t
from casemgr.server.admin import publish_form
from casemgr.server.sync.push import quarantined_for
from casemgr.server.sync.redact import Redactor
from tests.server.sync_support import NOW_MS, World, registered_case, world

SECRET = "ZQX-HIV-POSITIVE-7731"

# A form whose scored question is restricted: a caseworker's device cannot score it.
HEALTH_FORM: dict[str, Any] = {
    "id": "health_check", "version": 1, "title": "Health check", "default_language": "en",
    "sections": [{"id": "main", "title": "Main", "fields": [
        {"id": "seen", "type": "yes_no", "label": "Child seen?"},
        {"id": "hiv_positive", "type": "yes_no", "label": "HIV positive?",
         "restricted_to": ["supervisor", "admin"]},
        {"id": "hiv_details", "type": "long_text", "label": "Details",
         "restricted_to": ["supervisor", "admin"]},
    ]}],
    "scoring": {"rules": [{"when": {"field": "hiv_positive", "equals": True}, "points": 5,
                           "reason": "HIV positive"},
                          {"when": {"field": "seen", "equals": False}, "points": 1,
                           "reason": "Child not seen"}],
                "thresholds": [{"min": 0, "risk": "low"}, {"min": 5, "risk": "high"}]},
}


@pytest.fixture
def w(db_url: str, tmp_path: Any) -> Iterator[World]:
    with world(db_url, tmp_path) as w:
        with w.engine.begin() as conn:
            publish_form(conn, HEALTH_FORM, actor="admin", now=NOW_MS)
        yield w


def test_a_caseworker_is_never_sent_a_restricted_value_and_is_told_it_is_withheld(
        w: World) -> None:
    amina = w.device("amina", teams=("North",))
    sam = w.device("sam", "supervisor", ("North",))
    reg = registered_case(amina, team="North")
    sam.pull()
    assert sam.push_one(sam.update(reg.case_id, {"abuse_disclosure": SECRET})).status == \
        "applied"
    assert sam.push_one(sam.update(reg.child_id, {"hiv_status": SECRET})).status == "applied"
    page = amina.fetch(amina.cursor, 500)
    assert SECRET not in page.model_dump_json()
    case = next(r for r in page.records if r.id == reg.case_id)
    assert case.withheld == ["abuse_disclosure"] and "abuse_disclosure" not in case.fields
    # A new device of hers gets the whole case, withheld the same way.
    fresh = w.device("amina")
    first = fresh.fetch(0, 500)
    assert SECRET not in first.model_dump_json()
    assert {r.id: r.withheld for r in first.records}[reg.child_id] == ["hiv_status"]
    # The supervisor reads them, and nothing is said to be withheld.
    sams = w.device("sam").fetch(0, 500)
    assert sams.model_dump_json().count(SECRET) == 2
    assert all(not r.withheld for r in sams.records)


def test_a_caseworkers_edit_of_a_restricted_field_is_refused_and_quarantined(
        w: World) -> None:
    amina = w.device("amina", teams=("North",))
    sam = w.device("sam", "supervisor", ("North",))
    reg = registered_case(amina, team="North")
    sam.pull()
    sam.push_one(sam.update(reg.case_id, {"abuse_disclosure": SECRET}))
    amina.pull()
    result = amina.push_one(amina.update(reg.case_id, {"abuse_disclosure": "overwritten"}))
    assert result.status == "rejected"
    assert "abuse_disclosure" in (result.reason or "") and "supervisor" in (result.reason or "")
    assert w.record(reg.case_id).fields["abuse_disclosure"] == SECRET
    assert [q.reason for q in w.quarantine()] == [result.reason]
    # Setting one on a new record is refused too.
    refused = amina.push_one(amina.create(RecordType.PERSON, {
        "family_id": reg.family_id, "given_name": "Baraka", "family_name": "Hassan",
        "role": "child", "hiv_status": "typed by a caseworker"}, reg.case_id))
    assert refused.status == "rejected"
    # Her edit of another field is applied and keeps the withheld value.
    other = amina.push_one(amina.update(reg.case_id, {"summary": "Family engaged."}))
    assert other.status == "applied"
    assert w.record(reg.case_id).fields["abuse_disclosure"] == SECRET


def test_quarantine_views_withhold_restricted_values_from_who_may_not_read_them(
        w: World) -> None:
    amina = w.device("amina", teams=("North",))
    sam = w.device("sam", "supervisor", ("North",))
    reg = registered_case(amina, team="North")
    sam.pull()
    # A supervisor's change that is refused (a field of no case record), carrying a secret.
    bad = sam.push_one(sam.update(reg.case_id, {"abuse_disclosure": SECRET,
                                                "no_such_field": "x"}))
    assert bad.status == "rejected"
    with w.engine.connect() as conn:
        assert SECRET in quarantined_for(conn, sam.ctx.actor)[0].model_dump_json()
        # The same change as the quarantine view shows it to a reader of the caseworker role.
        shown = Redactor.of(conn, Role.CASEWORKER).quarantined(
            quarantined_for(conn, sam.ctx.actor)[0])
    assert SECRET not in shown.model_dump_json()
    assert shown.withheld == ["abuse_disclosure"]
    assert "no_such_field" in shown.op.changes  # the rest of the change is shown as it was


def test_the_server_scores_an_assessment_whose_answers_the_author_cannot_read(
        w: World) -> None:
    sam = w.device("sam", "supervisor", ("North",))
    reg = registered_case(sam, team="North")  # his own case
    assessment = sam.create(RecordType.ASSESSMENT, {
        "form_id": "health_check", "form_version": 1, "score": 5, "suggested_risk": "high",
        "answers": {"seen": True, "hiv_positive": True, "hiv_details": SECRET},
        "completed_on": "2026-11-10"}, reg.case_id)
    assert sam.push_one(assessment).status == "applied"
    # Only its author corrects an assessment. Its author, now a caseworker, gets it without
    # the answers he may no longer read, with the server's score.
    with w.engine.begin() as conn:
        conn.execute(sa.update(t.users).where(t.users.c.username == "sam")
                     .values(role="caseworker"))
    laptop = w.device("sam")
    laptop.pull()
    his = laptop.mirror[assessment.record_id]
    assert his.fields["answers"] == {"seen": True}
    assert his.withheld == ["answers.hiv_details", "answers.hiv_positive"]
    assert his.fields["score"] == 5
    # He corrects the answer he reads; his device scores what it has (1: child not seen).
    result = laptop.push_one(laptop.update(his, {"answers": {"seen": False}, "score": 1,
                                                 "suggested_risk": "low"}))
    assert result.status == "applied", result.reason
    stored = w.record(assessment.record_id).fields
    assert stored["answers"] == {"seen": False, "hiv_positive": True, "hiv_details": SECRET}
    assert (stored["score"], stored["suggested_risk"]) == (6, "high")
    again = laptop.fetch(laptop.cursor, 500)
    assert SECRET not in again.model_dump_json()
    back = {r.id: r for r in again.records}[assessment.record_id]
    assert (back.fields["score"], back.fields["suggested_risk"]) == (6, "high")


def test_a_conflict_on_a_restricted_field_keeps_its_values_from_the_caseworker(
        w: World) -> None:
    amina = w.device("amina", teams=("North",))
    sam = w.device("sam", "supervisor", ("North",))
    sue = w.device("sue", "supervisor", ("North",))
    reg = registered_case(amina, team="North")
    sam.pull()
    sue.pull()
    sam.push_one(sam.update(reg.case_id, {"abuse_disclosure": SECRET}))
    result = sue.push_one(sue.update(reg.case_id, {"abuse_disclosure": SECRET + " (sue)"}))
    assert result.status == "conflict" and result.conflicts
    page = amina.fetch(amina.cursor, 500)
    assert SECRET not in page.model_dump_json()
    conflict = next(r for r in page.records if r.type is RecordType.CONFLICT)
    assert conflict.fields["field"] == "abuse_disclosure"
    assert conflict.withheld == ["client_value", "server_value"]
    assert SECRET in w.device("sam").fetch(0, 500).model_dump_json()
