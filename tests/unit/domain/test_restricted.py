"""Restricted fields in the domain: who may read which value, what is withheld, what a push
by someone who may not read a value may change, and the server's score."""

from __future__ import annotations

from typing import Any

import pytest

from casemgr.domain.forms import FormDefinitionError, parse_form, validate_answers
from casemgr.domain.records import FIELDS, RecordType
from casemgr.domain.restricted import (
    redact,
    refused_names,
    rescore,
    restore_withheld,
    withheld_questions,
)

SECRET = "ZQX-HIV-POSITIVE-7731"


def form_definition(**restricted: Any) -> dict[str, Any]:
    return {
        "id": "health_check", "version": 1, "title": "Health check", "default_language": "en",
        "sections": [{"id": "main", "title": "Main", "fields": [
            {"id": "seen", "type": "yes_no", "label": "Child seen?"},
            {"id": "hiv_positive", "type": "yes_no", "label": "HIV positive?",
             "restricted_to": ["supervisor", "admin"], **restricted},
            {"id": "hiv_details", "type": "long_text", "label": "Details",
             "restricted_to": ["supervisor", "admin"]},
        ]}],
        "scoring": {"rules": [{"when": {"field": "hiv_positive", "equals": True}, "points": 5,
                               "reason": "HIV positive"}],
                    "thresholds": [{"min": 0, "risk": "low"}, {"min": 5, "risk": "high"}]},
    }


FORM = parse_form(form_definition())
FORMS = {(FORM.id, FORM.version): FORM}
ASSESSMENT = {"form_id": "health_check", "form_version": 1, "score": 5,
              "suggested_risk": "high",
              "answers": {"seen": True, "hiv_positive": True, "hiv_details": SECRET}}


def test_the_record_schema_marks_health_and_abuse_fields_for_supervisors() -> None:
    assert FIELDS[RecordType.PERSON]["hiv_status"].restricted_to == ("supervisor", "admin")
    assert not FIELDS[RecordType.CASE]["abuse_disclosure"].readable_by("caseworker")
    assert FIELDS[RecordType.CASE]["summary"].readable_by("caseworker")


def test_a_caseworker_gets_the_record_without_the_value_and_is_told_it_is_withheld() -> None:
    person = {"given_name": "Amina", "hiv_status": SECRET}
    seen = redact(RecordType.PERSON, person, "caseworker", {})
    assert seen.fields == {"given_name": "Amina"}
    assert seen.withheld == ("hiv_status",)
    assert redact(RecordType.PERSON, person, "supervisor", {}).fields == person
    # Nothing to withhold where there is no value: unanswered stays unanswered.
    assert redact(RecordType.PERSON, {"given_name": "A"}, "caseworker", {}).withheld == ()


def test_restricted_answers_are_withheld_per_question() -> None:
    seen = redact(RecordType.ASSESSMENT, ASSESSMENT, "caseworker", FORMS)
    assert seen.fields["answers"] == {"seen": True}
    assert seen.withheld == ("answers.hiv_details", "answers.hiv_positive")
    assert withheld_questions(seen.withheld) == {"hiv_details", "hiv_positive"}
    assert seen.fields["score"] == 5  # the server's score is shown, not recomputed
    assert SECRET in str(redact(RecordType.ASSESSMENT, ASSESSMENT, "admin", FORMS).fields)


def test_a_restriction_published_later_covers_answers_given_on_earlier_versions() -> None:
    """Version 1 of the form had no restriction; version 2 restricts the same questions. The
    answers stored on version 1 are withheld too, and may not be changed by a caseworker."""
    plain = form_definition()
    for field in plain["sections"][0]["fields"]:
        field.pop("restricted_to", None)
    v1 = parse_form(plain)
    v2 = parse_form({**form_definition(), "version": 2})
    old = {**ASSESSMENT, "form_version": 1}
    assert redact(RecordType.ASSESSMENT, old, "caseworker", {(v1.id, 1): v1}).withheld == ()
    forms = {(v1.id, 1): v1, (v2.id, 2): v2}
    seen = redact(RecordType.ASSESSMENT, old, "caseworker", forms)
    assert seen.withheld == ("answers.hiv_details", "answers.hiv_positive")
    assert SECRET not in repr(seen.fields)
    assert refused_names(RecordType.ASSESSMENT, old, {"answers": {"hiv_details": "x"}},
                         "caseworker", forms) == ["answers.hiv_details"]
    assert redact(RecordType.ASSESSMENT, old, "supervisor", forms).fields == old


def test_a_conflict_on_a_restricted_field_keeps_its_values_from_whoever_cannot_read_it() -> None:
    conflict = {"record_id": "x", "record_type": "case", "field": "abuse_disclosure",
                "base_value": "old", "server_value": SECRET, "client_value": "other",
                "status": "open"}
    seen = redact(RecordType.CONFLICT, conflict, "caseworker", {})
    assert SECRET not in str(seen.fields)
    assert seen.withheld == ("base_value", "client_value", "server_value")
    answers = {**conflict, "record_type": "assessment", "field": "answers",
               "server_value": {"seen": True, "hiv_details": SECRET}}
    seen = redact(RecordType.CONFLICT, answers, "caseworker", FORMS)
    assert seen.fields["server_value"] == {"seen": True}
    assert seen.withheld == ("server_value.hiv_details",)


def test_who_cannot_read_a_value_cannot_set_or_change_it() -> None:
    assert refused_names(RecordType.CASE, {}, {"abuse_disclosure": "x"}, "caseworker",
                         {}) == ["abuse_disclosure"]
    assert refused_names(RecordType.CASE, {}, {"summary": "x"}, "caseworker", {}) == []
    assert refused_names(RecordType.CASE, {}, {"abuse_disclosure": "x"}, "supervisor",
                         {}) == []
    new = {"form_id": "health_check", "form_version": 1,
           "answers": {"seen": True, "hiv_details": "typed"}}
    assert refused_names(RecordType.ASSESSMENT, None, new, "caseworker",
                         FORMS) == ["answers.hiv_details"]


def test_an_update_of_other_answers_keeps_the_withheld_ones() -> None:
    sent = redact(RecordType.ASSESSMENT, ASSESSMENT, "caseworker", FORMS).fields["answers"]
    base, value = restore_withheld(RecordType.ASSESSMENT, ASSESSMENT, sent,
                                   {**sent, "seen": False}, "caseworker", FORMS)
    assert value == {"seen": False, "hiv_positive": True, "hiv_details": SECRET}
    assert base == ASSESSMENT["answers"]


def test_the_server_scores_from_every_answer() -> None:
    assert rescore({**ASSESSMENT, "score": 0, "suggested_risk": "low"}, FORMS) == {
        "score": 5, "suggested_risk": "high"}
    assert rescore({**ASSESSMENT, "form_id": "unknown"}, FORMS) is None


def test_a_caseworker_is_not_asked_a_required_restricted_question() -> None:
    form = parse_form(form_definition(required=True))
    assert validate_answers(form, {"seen": True}, withheld={"hiv_positive"}) == {"seen": True}


@pytest.mark.parametrize("roles", [[], ["nobody"], "supervisor", ["admin", "admin"]])
def test_restricted_to_names_known_roles(roles: Any) -> None:
    with pytest.raises(FormDefinitionError, match="restricted_to"):
        parse_form(form_definition(restricted_to=roles))
