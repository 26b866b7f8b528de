"""A record must say something: a visit records who was present or what was observed. The rule
is the domain's (workflow.check_record_edit), so the desktop, the command line and the server
refuse the same visits."""

from __future__ import annotations

from datetime import date

import pytest

from casemgr.domain.errors import ValidationError
from casemgr.domain.permissions import Actor, CaseAccess, Role
from casemgr.domain.records import RecordType
from casemgr.domain.workflow import check_record_edit, content_problems

WORKER = Actor("wanjiru", Role.CASEWORKER, frozenset({"north"}))
CASE = CaseAccess("wanjiru", "north")
TODAY = date(2026, 11, 18)
NEEDED = "Record who was present or what you observed."
EMPTY_VISIT = {"visit_date": "2026-11-18", "visit_type": "home", "child_seen": True}


def test_a_visit_with_neither_who_was_present_nor_an_observation_is_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        check_record_edit(RecordType.VISIT, None, EMPTY_VISIT, WORKER, CASE, today=TODAY)
    assert refused.value.errors == {"participants": NEEDED, "observations": NEEDED}
    blank = {**EMPTY_VISIT, "participants": "  ", "observations": "\n"}
    assert content_problems(RecordType.VISIT, None, blank) == {"participants": NEEDED,
                                                               "observations": NEEDED}


@pytest.mark.parametrize("given", [{"participants": "Grace, Wanjiru"},
                                   {"observations": "Home tidy; child at school."}])
def test_either_one_is_enough(given: dict[str, str]) -> None:
    check_record_edit(RecordType.VISIT, None, {**EMPTY_VISIT, **given}, WORKER, CASE,
                      today=TODAY)


def test_the_rule_and_the_date_are_reported_together() -> None:
    with pytest.raises(ValidationError) as refused:
        check_record_edit(RecordType.VISIT, None, {**EMPTY_VISIT, "visit_date": "2026-12-01"},
                          WORKER, CASE, today=TODAY)
    assert refused.value.errors == {"participants": NEEDED, "observations": NEEDED,
                                    "visit_date": "A visit cannot be recorded in the future."}


def test_an_edit_may_not_empty_a_visit_but_one_stored_before_the_rule_takes_other_edits() -> None:
    recorded = {**EMPTY_VISIT, "observations": "Home tidy."}
    with pytest.raises(ValidationError):
        check_record_edit(RecordType.VISIT, recorded, {**recorded, "observations": None},
                          WORKER, CASE, today=TODAY)
    # Recorded (or synced from another device) before the rule: its follow-up can be added.
    check_record_edit(RecordType.VISIT, EMPTY_VISIT, {**EMPTY_VISIT, "follow_up": "Call"},
                      WORKER, CASE, today=TODAY)


def test_other_records_have_no_such_rule() -> None:
    assert content_problems(RecordType.TASK, None, {"title": "Call", "status": "open"}) == {}
