"""The forms engine: shipped forms, visibility, validation messages, scoring, bad definitions."""

from __future__ import annotations

import copy
import json
import random
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casemgr.domain.errors import ValidationError
from casemgr.domain.forms import (
    FieldType,
    FormDefinition,
    FormDefinitionError,
    is_visible,
    load_form_file,
    load_forms_dir,
    parse_form,
    sample_answers,
    score,
    text,
    validate_answers,
    visible_fields,
)
from casemgr.domain.records import RiskLevel

FORMS_DIR = Path(__file__).resolve().parents[3] / "resources" / "forms"
SHIPPED = load_forms_dir(FORMS_DIR)
TODAY = date(2025, 6, 15)


def shipped(form_id: str) -> FormDefinition:
    return SHIPPED[(form_id, 1)]


def definition(fields: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    """A one-section test form definition."""
    return {
        "id": "test_form",
        "version": 1,
        "title": {"en": "Test", "fr": "Essai"},
        "default_language": "en",
        "languages": ["en", "fr"],
        "sections": [{"id": "main", "title": "Main", "fields": fields}],
        **extra,
    }


def errors_of(form: FormDefinition, answers: dict[str, Any], **kwargs: Any) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        validate_answers(form, answers, today=TODAY, **kwargs)
    return caught.value.errors


# --- shipped forms --------------------------------------------------------------------------


def test_the_three_shipped_forms_load_from_the_resources_folder() -> None:
    assert set(SHIPPED) == {
        ("initial_risk_screening", 1),
        ("family_needs_strengths", 1),
        ("case_closure_checklist", 1),
    }
    for path in FORMS_DIR.glob("*.json"):
        assert load_form_file(path).id == path.stem


@pytest.mark.parametrize("key", sorted(SHIPPED))
def test_every_question_of_a_shipped_form_reads_in_the_app_s_four_languages(
        key: tuple[str, int]) -> None:
    form = SHIPPED[key]
    assert form.languages == ("en", "fr", "es", "ar")
    strings = [form.title]
    for section in form.sections:
        strings.append(section.title)
        for f in section.fields:
            strings += [f.label, *(c.label for c in f.choices)]
    for s in strings:
        assert not isinstance(s, str) and set(s) == {"en", "fr", "es", "ar"}, s
        assert all(text.strip() for text in s.values()), s
        assert s["ar"] != s["en"] and any("\u0600" <= ch <= "\u06ff" for ch in s["ar"]), s


def test_shipped_screening_asks_what_a_caseworker_expects() -> None:
    form = shipped("initial_risk_screening")
    ids = {f.id for f in form.fields}
    assert {"immediate_danger", "injuries_observed", "alleged_perpetrator", "perpetrator_access",
            "caregiver_protective", "child_age_band", "disability", "school_attendance",
            "basic_needs_met", "previous_reports", "child_views", "worker_observations"} <= ids
    assert 15 <= len(form.fields) <= 25
    assert {t.risk for t in form.scoring.thresholds} == {RiskLevel.LOW, RiskLevel.MEDIUM,
                                                         RiskLevel.HIGH}


# --- visibility and cleaning ----------------------------------------------------------------

CLOSURE_BASE = {
    "closure_reason": "goals_met",
    "goals_achieved": "all",
    "child_safe": True,
    "referrals_completed": "all_completed",
    "follow_up_arranged": False,
    "child_informed": True,
    "child_views": "She is happy to be back at school and knows she can call.",
    "family_informed": True,
    "closure_date": "2025-06-10",
}


def test_closure_base_answers_are_valid() -> None:
    form = shipped("case_closure_checklist")
    assert validate_answers(form, CLOSURE_BASE, today=TODAY) == CLOSURE_BASE


def test_a_required_follow_up_question_is_refused_when_shown() -> None:
    form = shipped("case_closure_checklist")
    answers = {**CLOSURE_BASE, "closure_reason": "other"}
    assert errors_of(form, answers) == {"closure_reason_other": "This field is required."}


def test_a_required_question_hidden_by_show_if_is_not_asked() -> None:
    form = shipped("case_closure_checklist")
    assert not is_visible(form, "closure_reason_other", CLOSURE_BASE)
    assert "closure_reason_other" not in validate_answers(form, CLOSURE_BASE, today=TODAY)


def test_answers_to_hidden_questions_are_dropped_even_when_malformed() -> None:
    form = shipped("case_closure_checklist")
    answers = {**CLOSURE_BASE, "closure_reason_other": "Moved in with grandmother",
               "transferred_to": 42}
    assert validate_answers(form, answers, today=TODAY) == CLOSURE_BASE


def test_blank_text_counts_as_unanswered() -> None:
    form = shipped("case_closure_checklist")
    cleaned = validate_answers(form, {**CLOSURE_BASE, "supervisor_notes": "   "}, today=TODAY)
    assert "supervisor_notes" not in cleaned
    answers = {**CLOSURE_BASE, "closure_reason": "other", "closure_reason_other": ""}
    assert errors_of(form, answers) == {"closure_reason_other": "This field is required."}


def test_a_question_that_depends_on_a_hidden_question_is_hidden_too() -> None:
    form = shipped("family_needs_strengths")
    answers = {"school_age_children": False, "education_rating": 1}
    assert not is_visible(form, "education_rating", answers)
    assert not is_visible(form, "education_needs", answers)
    assert is_visible(form, "education_needs", {"school_age_children": True,
                                                "education_rating": 1})


def test_a_section_shows_only_when_its_condition_holds() -> None:
    form = shipped("family_needs_strengths")
    calm = {f"{d}_rating": 3 for d in ("housing", "income", "health", "safety")}
    assert "urgent_actions" not in {f.id for f in visible_fields(form, calm)}
    assert "urgent_actions" in {f.id for f in visible_fields(form, {**calm, "income_rating": 1})}


def test_visible_fields_keep_form_order_and_unknown_ids_are_refused() -> None:
    form = shipped("initial_risk_screening")
    shown = visible_fields(form, {"injuries_observed": True})
    assert [f.id for f in shown] == [f.id for f in form.fields if f in shown]
    assert "injuries_description" in {f.id for f in shown}
    with pytest.raises(KeyError):
        is_visible(form, "no_such_question", {})


CONDITION_FORM = parse_form(definition([
    {"id": "seen", "type": "date", "label": "Seen on"},
    {"id": "kind", "type": "single_choice", "label": "Kind",
     "choices": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}]},
    {"id": "late", "type": "text", "label": "Late",
     "show_if": {"field": "seen", "gte": "2025-01-01"}},
    {"id": "not_a", "type": "text", "label": "Not A",
     "show_if": {"field": "kind", "not_equals": "a"}},
    {"id": "no_kind", "type": "text", "label": "No kind",
     "show_if": {"field": "kind", "answered": False}},
    {"id": "either", "type": "text", "label": "Either",
     "show_if": {"any": [{"field": "kind", "equals": "b"},
                         {"field": "seen", "lte": "2000-12-31"}]}},
]))


@pytest.mark.parametrize(("answers", "shown"), [
    ({}, {"seen", "kind", "no_kind"}),
    ({"kind": "a"}, {"seen", "kind"}),
    ({"kind": "b"}, {"seen", "kind", "not_a", "either"}),
    ({"seen": "2025-03-01"}, {"seen", "kind", "late", "no_kind"}),
    ({"seen": "1999-03-01"}, {"seen", "kind", "no_kind", "either"}),
    ({"seen": "not a date", "kind": "zzz"}, {"seen", "kind", "no_kind"}),
])
def test_conditions_compare_only_well_formed_answers(answers: dict[str, Any],
                                                     shown: set[str]) -> None:
    assert {f.id for f in visible_fields(CONDITION_FORM, answers)} == shown


# --- one message per failing field ----------------------------------------------------------

KINDS = parse_form(definition([
    {"id": "name", "type": "text", "label": "Name",
     "validation": {"min_length": 2, "max_length": 10}},
    {"id": "code", "type": "text", "label": "Code", "example": "AB-123",
     "validation": {"pattern": "[A-Z]{2}-[0-9]{3}",
                    "pattern_message": {"en": "Use two letters, a dash and three digits.",
                                        "fr": "Deux lettres, un tiret et trois chiffres."}}},
    {"id": "plain_code", "type": "text", "label": "Plain code",
     "validation": {"pattern": "[0-9]+"}},
    {"id": "story", "type": "long_text", "label": "Story"},
    {"id": "age", "type": "number", "label": "Age",
     "validation": {"min": 0, "max": 17, "integer": True}},
    {"id": "weight", "type": "number", "label": "Weight", "validation": {"min": 0.5, "max": 150}},
    {"id": "born", "type": "date", "label": "Born", "validation": {"not_in_future": True}},
    {"id": "colour", "type": "single_choice", "label": "Colour",
     "choices": [{"value": "red", "label": "Red"}, {"value": "blue", "label": "Blue"}]},
    {"id": "needs", "type": "multiple_choice", "label": "Needs",
     "validation": {"min_selections": 2, "max_selections": 3},
     "choices": [{"value": "food", "label": "Food"}, {"value": "school", "label": "School"},
                 {"value": "health", "label": "Health"}, {"value": "shelter", "label": "Shelter"}]},
    {"id": "help_with", "type": "multiple_choice", "label": "Help with",
     "choices": [{"value": "rent", "label": "Rent"}, {"value": "fees", "label": "Fees"},
                 {"value": "none", "label": {"en": "Nothing", "fr": "Rien"}, "exclusive": True}]},
    {"id": "consent", "type": "yes_no", "label": "Consent", "required": True},
    {"id": "mood", "type": "scale", "label": "Mood", "scale": {"min": 1, "max": 5}},
]))

KINDS_VALID = {
    "name": "Amina", "code": "KE-204", "plain_code": "77", "story": "Line one\nline two",
    "age": 9, "weight": 31.5, "born": "2016-04-30", "colour": "red", "needs": ["food", "health"],
    "help_with": ["rent"], "consent": False, "mood": 3,
}


def test_valid_answers_of_every_kind_come_back_unchanged() -> None:
    assert validate_answers(KINDS, KINDS_VALID, today=TODAY) == KINDS_VALID


@pytest.mark.parametrize(("field", "value", "message"), [
    ("name", "A", "Must be at least 2 characters long."),
    ("name", "Abcdefghijk", "Must be at most 10 characters long."),
    ("name", "two\nlines", "Must be a single line."),
    ("name", 12, "Must be text."),
    ("name", "bell\x07", "Must not contain control characters."),
    ("story", "x" * 20_001, "Must be at most 20000 characters long."),
    ("code", "ke-204", "Use two letters, a dash and three digits."),
    ("plain_code", "12a", "Does not match the expected format."),
    ("age", 18, "Must be at most 17."),
    ("age", -1, "Must be at least 0."),
    ("age", 9.5, "Must be a whole number."),
    ("age", True, "Must be a number."),
    ("weight", 0.2, "Must be at least 0.5."),
    ("weight", float("nan"), "Must be a number."),
    ("weight", float("inf"), "Must be a number."),
    ("weight", "31.5", "Must be a number."),
    ("weight", False, "Must be a number."),
    ("born", "2025-06-16", "The date cannot be in the future."),
    ("born", "2016-02-30", "This date does not exist."),
    ("born", "30/04/2016", "Must be a date (YYYY-MM-DD)."),
    ("born", 20160430, "Must be a date (YYYY-MM-DD)."),
    ("colour", "green", "Must be one of the listed options."),
    ("colour", ["red"], "Must be one of the listed options."),
    ("colour", True, "Must be one of the listed options."),
    ("needs", ["food"], "Select at least 2."),
    ("needs", ["food", "school", "health", "shelter"], "Select at most 3."),
    ("needs", ["food", "food"], "Each option can be chosen only once."),
    ("needs", ["food", "cash"], "Must be a list of the listed options."),
    ("needs", "food", "Must be a list of the listed options."),
    ("help_with", ["none", "rent"], "“Nothing” cannot be combined with other options."),
    ("consent", "yes", "Must be yes or no."),
    ("consent", 1, "Must be yes or no."),
    ("consent", None, "This field is required."),
    ("mood", 6, "Must be a whole number from 1 to 5."),
    ("mood", 2.5, "Must be a whole number from 1 to 5."),
    ("mood", True, "Must be a whole number from 1 to 5."),
])
def test_each_invalid_answer_gets_exactly_one_message_on_its_own_field(
    field: str, value: Any, message: str
) -> None:
    assert errors_of(KINDS, {**KINDS_VALID, field: value}) == {field: message}


def test_several_bad_answers_get_one_message_each() -> None:
    answers = {**KINDS_VALID, "age": 30, "colour": "green", "consent": None}
    assert set(errors_of(KINDS, answers)) == {"age", "colour", "consent"}


def test_unknown_answer_keys_are_refused() -> None:
    errors = errors_of(KINDS, {**KINDS_VALID, "favourite_food": "rice"})
    assert errors == {"favourite_food": "This is not a question of this form."}


def test_answers_that_are_not_an_object_are_refused() -> None:
    with pytest.raises(ValidationError):
        validate_answers(KINDS, ["consent"], today=TODAY)  # type: ignore[arg-type]


def test_whole_numbers_sent_as_floats_are_cleaned_to_integers() -> None:
    cleaned = validate_answers(KINDS, {**KINDS_VALID, "age": 9.0, "mood": 4.0}, today=TODAY)
    assert (cleaned["age"], cleaned["mood"]) == (9, 4)
    assert isinstance(cleaned["age"], int) and isinstance(cleaned["mood"], int)


def test_messages_are_in_french_when_the_form_has_french() -> None:
    answers = {**KINDS_VALID, "consent": None, "age": -3, "code": "x",
               "help_with": ["none", "fees"]}
    assert errors_of(KINDS, answers, lang="fr") == {
        "consent": "Ce champ est obligatoire.",
        "age": "Doit être supérieur ou égal à 0.",
        "code": "Deux lettres, un tiret et trois chiffres.",
        "help_with": "« Rien » ne peut pas être combiné avec d'autres options.",
    }
    assert errors_of(KINDS, {**KINDS_VALID, "consent": None}, lang="fr-CA") == {
        "consent": "Ce champ est obligatoire."}


def test_messages_fall_back_to_the_form_language_when_it_lacks_the_one_asked() -> None:
    english_only = parse_form({**definition([{"id": "q", "type": "yes_no", "label": "Q",
                                              "required": True}]),
                               "title": "Test", "languages": ["en"]})
    assert errors_of(english_only, {}, lang="fr") == {"q": "This field is required."}


def test_translation_lookup_falls_back_to_the_default_language_then_any() -> None:
    assert text({"en": "Yes", "fr": "Oui"}, "fr", "en") == "Oui"
    assert text({"en": "Yes", "fr": "Oui"}, "fr-BE", "en") == "Oui"
    assert text({"en": "Yes", "fr": "Oui"}, "es", "en") == "Yes"
    assert text({"fr": "Oui"}, "es", "en") == "Oui"
    assert text({"en": "Yes"}, None, "en") == "Yes"
    assert text("Yes", "fr", "en") == "Yes"


# --- scoring --------------------------------------------------------------------------------

SCREENING_LOW = {
    "screening_date": "2025-06-14",
    "immediate_danger": False,
    "urgent_medical_care": False,
    "injuries_observed": False,
    "protection_concerns": ["emotional_abuse"],
    "alleged_perpetrator": "known_adult",
    "perpetrator_access": "no_contact",
    "child_age_band": "15_17",
    "disability": False,
    "school_attendance": "regular",
    "basic_needs_met": "met",
    "caregiver_protective": "able_and_willing",
    "previous_reports": "none_known",
    "child_seen": True,
    "worker_observations": "Calm, well cared for; mother protective and engaged.",
}


def screening_score(**changes: Any) -> Any:
    form = shipped("initial_risk_screening")
    return score(form, validate_answers(form, {**SCREENING_LOW, **changes}, today=TODAY))


def test_screening_with_few_concerns_suggests_low_risk() -> None:
    result = screening_score()
    assert (result.score, result.suggested_risk) == (2, RiskLevel.LOW)
    assert len(result.reasons) == 2


def test_screening_of_an_injured_toddler_abused_at_home_suggests_high_risk() -> None:
    result = screening_score(protection_concerns=["physical_abuse"],
                             alleged_perpetrator="parent_or_caregiver",
                             perpetrator_access="lives_with_child", child_age_band="1_4",
                             injuries_observed=True, injuries_description="Bruises on both arms.")
    assert (result.score, result.suggested_risk) == (13, RiskLevel.HIGH)
    assert "Injuries or physical signs of harm observed (+3)" in result.reasons


@pytest.mark.parametrize("danger", ["immediate_danger", "urgent_medical_care"])
def test_immediate_danger_makes_risk_critical_whatever_the_score(danger: str) -> None:
    result = screening_score(**{danger: True})
    assert result.score == 2
    assert result.suggested_risk is RiskLevel.CRITICAL
    assert any("critical" in reason for reason in result.reasons)


def test_perpetrator_living_with_an_unprotected_child_raises_risk_to_high() -> None:
    result = screening_score(alleged_perpetrator="parent_or_caregiver",
                             perpetrator_access="lives_with_child", caregiver_protective="no")
    assert result.score == 10  # medium by score alone
    assert result.suggested_risk is RiskLevel.HIGH


def test_score_reasons_are_translated() -> None:
    form = shipped("initial_risk_screening")
    reasons = score(form, {**SCREENING_LOW, "immediate_danger": True}, lang="fr").reasons
    assert "Préoccupations de protection signalées ou observées — Violence psychologique (+1)" \
        in reasons
    assert any(r.startswith("L'enfant est en danger immédiat") for r in reasons)


def test_hidden_questions_never_score() -> None:
    closure = shipped("case_closure_checklist")
    assert score(closure, {**CLOSURE_BASE, "receiving_service_informed": False}).score == 0
    family = shipped("family_needs_strengths")
    result = score(family, {"safety_rating": 4, "safety_concern_now": True})
    assert (result.score, result.suggested_risk) == (0, RiskLevel.LOW)
    result = score(family, {"safety_rating": 2, "safety_concern_now": True})
    assert (result.score, result.suggested_risk) == (6, RiskLevel.HIGH)


THRESHOLD_FORM = parse_form(definition(
    [{"id": "level", "type": "scale", "label": "Level",
      "scale": {"min": 1, "max": 5, "points": {"2": 4, "3": 5, "4": 9.5, "5": 10}}}],
    scoring={"thresholds": [{"min": 0, "risk": "low"}, {"min": 5, "risk": "medium"},
                            {"min": 10, "risk": "high"}]},
))


@pytest.mark.parametrize(("level", "risk"), [
    (1, RiskLevel.LOW), (2, RiskLevel.LOW), (3, RiskLevel.MEDIUM), (4, RiskLevel.MEDIUM),
    (5, RiskLevel.HIGH),
])
def test_a_threshold_is_reached_at_its_minimum(level: int, risk: RiskLevel) -> None:
    assert score(THRESHOLD_FORM, {"level": level}).suggested_risk is risk


def test_a_form_without_scoring_suggests_nothing() -> None:
    assert score(KINDS, KINDS_VALID) == score(KINDS, {})
    assert score(KINDS, KINDS_VALID).suggested_risk is None


def test_closure_with_a_child_not_safe_leaves_high_remaining_risk() -> None:
    form = shipped("case_closure_checklist")
    answers = {**CLOSURE_BASE, "child_safe": False, "goals_achieved": "some",
               "child_not_safe_explanation": "Family moved; no contact possible."}
    result = score(form, validate_answers(form, answers, today=TODAY))
    assert result.score == 9
    assert result.suggested_risk is RiskLevel.HIGH


# --- bad definitions ------------------------------------------------------------------------

GOOD_FIELDS: list[dict[str, Any]] = [
    {"id": "a", "type": "yes_no", "label": "A"},
    {"id": "b", "type": "text", "label": "B", "show_if": {"field": "a", "equals": True}},
    {"id": "c", "type": "single_choice", "label": "C",
     "choices": [{"value": "x", "label": "X"}, {"value": "y", "label": "Y"}]},
]


def bad(change: Any) -> dict[str, Any]:
    data = definition(copy.deepcopy(GOOD_FIELDS))
    change(data, data["sections"][0]["fields"])
    return data


@pytest.mark.parametrize(("change", "problem"), [
    (lambda d, f: f.append({"id": "a", "type": "text", "label": "Again"}),
     "field 'a': duplicate field id"),
    (lambda d, f: f[1].update(show_if={"field": "nope", "equals": True}),
     "field 'b', show_if: refers to unknown field 'nope'"),
    (lambda d, f: f[0].update(show_if={"field": "b", "answered": True}),
     "visibility conditions form a cycle: a -> b -> a"),
    (lambda d, f: f[1].update(show_if={"field": "b", "answered": True}),
     "visibility conditions form a cycle: b -> b"),
    (lambda d, f: f[1].update(validation={"pattern": "([0-9]"}),
     "field 'b', validation.pattern: invalid regular expression"),
    (lambda d, f: f[1].update(type="dropdown"), "field 'b': unknown type 'dropdown'"),
    (lambda d, f: f[1].update(requried=True), "field 'b': unknown key 'requried'"),
    (lambda d, f: f[2]["choices"].append({"value": "x", "label": "X again"}),
     "field 'c': duplicate choice value 'x'"),
    (lambda d, f: f[1].update(show_if={"field": "c", "equals": "z"}),
     "'z' can never be an answer to single_choice field 'c'"),
    (lambda d, f: f[1].update(show_if={"field": "c", "gte": "x"}),
     "'gte' needs a number, scale or date field"),
    (lambda d, f: f[1].update(validation={"min": 3}), "'min' does not apply to a text field"),
    (lambda d, f: f[1].update(required=True, validation={"pattern": "[0-9]+"}),
     "a required field with a pattern needs an 'example'"),
    (lambda d, f: f[1].update(label={"en": "B", "de": "B"}),
     "translation for 'de', which is not in the form's languages"),
    (lambda d, f: d.update(default_language="es"), "must include the default language 'es'"),
    (lambda d, f: d.update(scoring={"thresholds": [{"min": 5, "risk": "medium"},
                                                   {"min": 2, "risk": "high"}]}),
     "scoring.thresholds[1]: thresholds overlap or are out of order"),
    (lambda d, f: d.update(scoring={"thresholds": [{"min": 0, "risk": "low"},
                                                   {"min": 0, "risk": "medium"}]}),
     "scoring.thresholds[1]: thresholds overlap or are out of order"),
    (lambda d, f: d.update(scoring={"thresholds": [{"min": 0, "risk": "high"},
                                                   {"min": 5, "risk": "low"}]}),
     "thresholds out of order: low must be a higher risk than high"),
    (lambda d, f: d.update(scoring={"thresholds": [{"min": 0, "risk": "severe"}]}),
     "unknown risk level 'severe'"),
    (lambda d, f: d.update(scoring={"rules": [{"when": {"field": "q", "equals": 1},
                                               "points": 1, "reason": "Q"}]}),
     "scoring.rules[0].when: refers to unknown field 'q'"),
])
def test_bad_definitions_are_refused_naming_form_place_and_problem(change: Any,
                                                                   problem: str) -> None:
    parse_form(bad(lambda d, f: None))  # the unchanged definition is fine
    with pytest.raises(FormDefinitionError) as caught:
        parse_form(bad(change))
    assert str(caught.value).startswith("form 'test_form'")
    assert problem in str(caught.value)


def test_a_file_that_is_not_json_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"id": "broken",', encoding="utf-8")
    with pytest.raises(FormDefinitionError, match=r"broken\.json: not valid JSON"):
        load_form_file(path)


def test_a_folder_defining_one_version_twice_is_refused(tmp_path: Path) -> None:
    for name in ("one.json", "two.json"):
        (tmp_path / name).write_text(json.dumps(definition(GOOD_FIELDS)), encoding="utf-8")
    with pytest.raises(FormDefinitionError, match="version 1 is defined twice"):
        load_forms_dir(tmp_path)


# --- sample answers and robustness (properties) ---------------------------------------------

PATTERN_FORM = parse_form(definition([
    {"id": "optional_code", "type": "text", "label": "Code", "validation": {"pattern": "[0-9]{4}"}},
    {"id": "required_code", "type": "text", "label": "Code", "required": True, "example": "KE-7",
     "validation": {"pattern": "[A-Z]{2}-[0-9]"}},
]))


def test_sample_answers_use_the_example_for_patterns_they_cannot_invent() -> None:
    for seed in range(20):
        answers = sample_answers(PATTERN_FORM, random.Random(seed))
        assert answers == {"required_code": "KE-7"}


@settings(max_examples=150, deadline=None)
@given(key=st.sampled_from(sorted(SHIPPED)), seed=st.integers())
def test_sample_answers_always_validate(key: tuple[str, int], seed: int) -> None:
    form = SHIPPED[key]
    answers = sample_answers(form, random.Random(seed), today=TODAY)
    assert validate_answers(form, answers, today=TODAY) == answers
    result = score(form, answers)
    assert result.suggested_risk is not None


@settings(max_examples=100, deadline=None)
@given(seed=st.integers())
def test_sample_answers_cover_every_kind_of_field(seed: int) -> None:
    answers = sample_answers(KINDS, random.Random(seed), today=TODAY)
    assert validate_answers(KINDS, answers, today=TODAY) == answers
    assert "plain_code" not in answers  # a pattern without an example cannot be invented


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


def near_misses(form: FormDefinition) -> st.SearchStrategy[Any]:
    """Values close to valid answers, so that the property explores deep into the form."""
    choices = sorted({c.value for f in form.fields for c in f.choices})
    return st.one_of(
        st.sampled_from(choices),
        st.lists(st.sampled_from(choices), max_size=4),
        st.sampled_from(["2024-02-29", "2023-02-29", "2999-01-01", "", " ", "x\ny", 3.0, -1,
                         2**70, 1e308]),
        st.integers(min_value=-2, max_value=8),
    )


@settings(max_examples=300, deadline=None)
@given(data=st.data(), key=st.sampled_from([*sorted(SHIPPED), ("kinds", 0)]))
def test_arbitrary_json_answers_are_refused_cleanly_never_crash(data: st.DataObject,
                                                                key: tuple[str, int]) -> None:
    form = KINDS if key == ("kinds", 0) else SHIPPED[key]
    ids = [f.id for f in form.fields]
    base = sample_answers(form, random.Random(data.draw(st.integers())), today=TODAY)
    changes = data.draw(st.dictionaries(st.sampled_from(ids) | st.text(max_size=5),
                                        JSON_VALUES | near_misses(form), max_size=6))
    removed = data.draw(st.sets(st.sampled_from(ids), max_size=4))
    answers = {k: v for k, v in {**base, **changes}.items() if k not in removed}
    try:
        cleaned = validate_answers(form, answers, lang="fr", today=TODAY)
    except ValidationError as e:
        assert e.errors
        assert set(e.errors) <= set(answers) | set(ids)
        assert all(isinstance(m, str) and m for m in e.errors.values())
    else:
        assert set(cleaned) <= {f.id for f in visible_fields(form, answers)}
        assert validate_answers(form, cleaned, today=TODAY) == cleaned
    score(form, answers)
    visible_fields(form, answers)


@settings(max_examples=50, deadline=None)
@given(answers=JSON_VALUES)
def test_answers_of_any_json_shape_are_refused_cleanly(answers: Any) -> None:
    try:
        validate_answers(KINDS, answers, today=TODAY)
    except ValidationError as e:
        assert e.errors


def test_field_types_are_the_documented_eight() -> None:
    assert [t.value for t in FieldType] == ["text", "long_text", "number", "date",
                                            "single_choice", "multiple_choice", "yes_no", "scale"]


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place inside a JSON value, as the keys and indexes that lead to it."""
    out = [path]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*path, i))
    return out


@settings(max_examples=200, deadline=None)
@given(data=st.data(), name=st.sampled_from(sorted(p.name for p in FORMS_DIR.glob("*.json"))))
def test_a_damaged_definition_is_refused_with_a_definition_error(data: st.DataObject,
                                                                 name: str) -> None:
    damaged = json.loads((FORMS_DIR / name).read_text(encoding="utf-8"))
    path = data.draw(st.sampled_from(_paths(damaged)[1:]))
    parent = damaged
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = data.draw(JSON_VALUES)
    try:
        form = parse_form(damaged)
    except FormDefinitionError:
        return
    answers = sample_answers(form, random.Random(0), today=TODAY)
    assert validate_answers(form, answers, today=TODAY) == answers


def test_a_form_says_which_case_stages_it_is_for() -> None:
    field = {"id": "q", "type": "text", "label": "Q"}
    anywhere = parse_form(definition([field]))
    assert anywhere.fits("open") and anywhere.fits("closed")
    closing = parse_form(definition([field], stages=["closure_requested"]))
    assert closing.fits("closure_requested") and not closing.fits("active")
    for bad in (["finished"], "open", [1]):
        with pytest.raises(FormDefinitionError, match="stages"):
            parse_form(definition([field], stages=bad))
    assert shipped("case_closure_checklist").stages == ("closure_requested",)


def test_an_age_question_is_answered_from_the_age_its_choices_cover() -> None:
    field = {"id": "age", "type": "single_choice", "label": "Age", "choices": [
        {"value": "young", "label": "0-4", "ages": [0, 4]},
        {"value": "older", "label": "5-17", "ages": [5, 17]}]}
    asked = parse_form(definition([field])).field("age")
    assert asked.asks_age
    assert (asked.age_answer(0), asked.age_answer(4), asked.age_answer(5)) == (
        "young", "young", "older")
    assert asked.age_answer(18) is None  # no choice covers an adult
    assert shipped("initial_risk_screening").field("child_age_band").age_answer(10) == "5_11"
    some = {**field, "choices": [field["choices"][0], {"value": "x", "label": "X"}]}
    overlapping = {**field, "choices": [field["choices"][0],
                                        {"value": "o", "label": "O", "ages": [3, 9]}]}
    on_multiple = {**field, "type": "multiple_choice"}
    backwards = {**field, "choices": [{"value": "b", "label": "B", "ages": [9, 3]}]}
    for bad in (some, overlapping, on_multiple, backwards):
        with pytest.raises(FormDefinitionError, match="ages"):
            parse_form(definition([bad]))
