"""FormRenderer driven as a caseworker would: clicks and keys on the real widgets."""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QWidget,
)

from casemgr.domain.errors import ValidationError
from casemgr.domain.forms import (
    FieldType,
    FormDefinition,
    load_forms_dir,
    parse_form,
    sample_answers,
    score,
    validate_answers,
)
from casemgr.paths import FORMS_DIR
from casemgr.ui.forms import DateField, FormRenderer
from tests.support.qt import choose, click, find, leave, show, type_into

# A popup (calendar, completion list) makes the offscreen platform say it cannot raise windows
# or grab the keyboard: nothing about our widgets. tests/ui/conftest.py covers size hints only.
shows_popup = pytest.mark.qt_log_ignore(r"This plugin does not support")

TODAY = date(2026, 11, 18)
FORMS = {form.id: form for form in load_forms_dir(FORMS_DIR).values()}

ALL_TYPES = parse_form({
    "id": "all_types",
    "version": 1,
    "title": {"en": "Every kind of question", "fr": "Toutes les sortes de questions"},
    "default_language": "en",
    "languages": ["en", "fr"],
    "sections": [
        {"id": "basics", "title": {"en": "Basics", "fr": "Les bases"}, "fields": [
            {"id": "reference", "type": "text", "required": True,
             "label": {"en": "Report reference", "fr": "Référence du signalement"},
             "help": {"en": "As written on the report", "fr": "Comme sur le signalement"},
             "validation": {"pattern": "[A-Z]{2}-[0-9]{3}", "pattern_message": {
                 "en": "Two capitals, a dash and three digits, e.g. AB-123.",
                 "fr": "Deux majuscules, un tiret et trois chiffres, p. ex. AB-123."}},
             "example": "AB-123"},
            {"id": "notes", "type": "long_text", "label": "Notes"},
            {"id": "visits", "type": "number", "label": "Visits so far",
             "validation": {"min": 0, "max": 10, "integer": True}},
            {"id": "seen_on", "type": "date", "label": "Seen on",
             "validation": {"not_in_future": True}},
            {"id": "place", "type": "single_choice", "label": "Place", "choices": [
                {"value": "home", "label": "Home"}, {"value": "school", "label": "School"},
                {"value": "clinic", "label": "Clinic"}]},
            {"id": "district", "type": "single_choice", "label": "District", "choices": [
                {"value": f"d{i}", "label": f"District {i}"} for i in range(1, 10)]},
            {"id": "needs", "type": "multiple_choice", "label": "Needs", "choices": [
                {"value": "food", "label": "Food", "score": 1},
                {"value": "school_fees", "label": "School fees", "score": 1},
                {"value": "none", "label": "None of these", "exclusive": True}]},
            {"id": "safe", "type": "yes_no", "required": True,
             "label": {"en": "Is the child safe at home?", "fr": "L'enfant est-il en sécurité ?"}},
            {"id": "wellbeing", "type": "scale", "label": "Wellbeing",
             "scale": {"min": 1, "max": 5, "labels": {"1": "Very poor", "5": "Very good"},
                       "points": {"1": 3}}},
        ]},
        {"id": "danger", "title": "If the child is not safe",
         "show_if": {"field": "safe", "equals": False}, "fields": [
            {"id": "danger_details", "type": "long_text", "required": True,
             "label": "What makes the child unsafe?"}]},
    ],
    "scoring": {
        "rules": [{"when": {"field": "safe", "equals": False}, "points": 5,
                   "reason": {"en": "Not safe at home", "fr": "Pas en sécurité"}}],
        "thresholds": [{"min": 0, "risk": "low"}, {"min": 5, "risk": "high"}],
    },
})


# -- helpers: what a user does -----------------------------------------------------------------


def make(qtbot: Any, form: FormDefinition, lang: str | None = None) -> FormRenderer:
    return show(qtbot, FormRenderer(form, lang=lang, today=TODAY), size=(900, 900))


def answer(qtbot: Any, renderer: FormRenderer, field_id: str, value: Any) -> None:
    """Answer one question through its widgets."""
    field = renderer.form().field(field_id)
    t = field.type
    if t in (FieldType.TEXT, FieldType.NUMBER, FieldType.DATE):
        text = value if isinstance(value, str) else f"{value:g}" if isinstance(value, float) \
            else str(value)
        type_into(qtbot, find(renderer, QLineEdit, f"input:{field_id}"), text)
    elif t is FieldType.LONG_TEXT:
        type_into(qtbot, find(renderer, QPlainTextEdit, f"input:{field_id}"), value)
    elif t is FieldType.SINGLE_CHOICE:
        combo = renderer.findChild(QComboBox, f"input:{field_id}")
        if combo is not None:
            choose(qtbot, combo, value)
        else:
            click(qtbot, find(renderer, QRadioButton, f"option:{field_id}:{value}"))
    elif t is FieldType.MULTIPLE_CHOICE:
        for c in field.choices:
            box = find(renderer, QCheckBox, f"option:{field_id}:{c.value}")
            if box.isChecked() != (c.value in value):
                click(qtbot, box)
    elif t is FieldType.YES_NO:
        click(qtbot, find(renderer, QRadioButton, f"option:{field_id}:{'yes' if value else 'no'}"))
    else:
        click(qtbot, find(renderer, QPushButton, f"option:{field_id}:{value}"))


def error_of(renderer: FormRenderer, field_id: str) -> str:
    label = find(renderer, QLabel, f"error:{field_id}")
    return label.text() if label.isVisible() else ""


def short_sample(form: FormDefinition, seed: int) -> dict[str, Any]:
    """Valid answers with short texts, so that typing them stays quick."""
    answers = sample_answers(form, random.Random(seed), today=TODAY)
    for field_id in answers:
        if form.field(field_id).type in (FieldType.TEXT, FieldType.LONG_TEXT):
            answers[field_id] = f"Seen {field_id[:12]}"
    return answers


# -- the Qt binding ----------------------------------------------------------------------------


def test_qt_calls_that_return_none_keep_none_alive(qapp):
    """PySide6 6.12.0 drops a reference to None on every call returning None: a long session
    (or this test run) then aborts with "none_dealloc". 6.11.2 is fine."""
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(200):
        widget.setObjectName("probe")
        widget.parentWidget()
    assert before - sys.getrefcount(None) < 50, (
        "this PySide6 build loses references to None; install another version")


# -- every field type --------------------------------------------------------------------------


def test_every_field_type_gets_its_input_with_bound_label_help_and_required_mark(qtbot):
    r = make(qtbot, ALL_TYPES)
    assert isinstance(r.field_editor("reference"), QLineEdit)
    assert isinstance(r.field_editor("notes"), QPlainTextEdit)
    assert isinstance(r.field_editor("visits"), QLineEdit)
    dates = r.findChildren(DateField)
    assert len(dates) == 1 and dates[0].line_edit is r.field_editor("seen_on")
    assert len([b for b in r.findChildren(QRadioButton) if ":place:" in b.objectName()]) == 3
    assert isinstance(r.field_editor("district"), QComboBox)  # nine options: a list
    assert find(r, QComboBox, "input:district").count() == 10  # "Choose…" and the nine
    assert len([b for b in r.findChildren(QCheckBox) if ":needs:" in b.objectName()]) == 3
    assert find(r, QRadioButton, "option:safe:yes").text() == "Yes"
    scale = [find(r, QPushButton, f"option:wellbeing:{n}") for n in range(1, 6)]
    assert [b.text() for b in scale] == ["1", "2", "3", "4", "5"]
    assert scale[0].accessibleName() == "1 – Very poor"
    anchors = [lbl.text() for lbl in r.findChildren(QLabel)]
    assert "Very poor" in anchors and "Very good" in anchors

    label = find(r, QLabel, "label:reference")
    assert label.text() == "Report reference *"
    assert label.buddy() is r.field_editor("reference")
    assert find(r, QLabel, "label:notes").text() == "Notes"
    for field in ALL_TYPES.fields:
        assert find(r, QLabel, f"label:{field.id}").buddy() is r.field_editor(field.id)
    assert find(r, QLabel, "help:reference").text() == "As written on the report"
    assert r.field_editor("reference").placeholderText() == "AB-123"
    assert "required" in r.field_editor("reference").accessibleName()


def test_shown_form_has_no_hidden_section_until_its_condition_holds(qtbot):
    r = make(qtbot, ALL_TYPES)
    section = find(r, QWidget, "section:danger")
    assert not section.isVisible()
    answer(qtbot, r, "safe", False)
    assert section.isVisible()
    answer(qtbot, r, "safe", True)
    assert not section.isVisible()


@pytest.mark.parametrize("form_id", sorted(FORMS))
def test_shipped_form_filled_through_the_widgets(qtbot, form_id):
    form = FORMS[form_id]
    expected = short_sample(form, seed=7)
    r = make(qtbot, form)
    for field in form.fields:
        if field.id in expected:
            assert r.rows[field.id].isVisible(), f"{field.id} should be asked by now"
            answer(qtbot, r, field.id, expected[field.id])
    assert r.answers() == expected
    assert r.validate()
    assert r.errors() == {}
    assert r.cleaned_answers() == validate_answers(form, expected, today=TODAY)
    assert r.score_result() == score(form, expected)


def test_set_answers_shows_saved_answers_in_the_widgets(qtbot):
    form = FORMS["family_needs_strengths"]
    saved = sample_answers(form, random.Random(3), today=TODAY)
    r = make(qtbot, form)
    with qtbot.waitSignal(r.answers_changed) as signal:
        r.set_answers(saved)
    assert signal.args == [saved]
    assert r.answers() == saved
    rating = saved["housing_rating"]
    assert find(r, QPushButton, f"option:housing_rating:{rating}").isChecked()


# -- show_if ------------------------------------------------------------------------------------


def test_show_if_hides_and_shows_questions_as_answers_change(qtbot):
    r = make(qtbot, FORMS["initial_risk_screening"])
    details = r.rows["injuries_description"]
    assert not details.isVisible()
    answer(qtbot, r, "injuries_observed", True)
    assert details.isVisible()
    answer(qtbot, r, "injuries_description", "Bruise on the left arm")
    assert r.answers()["injuries_description"] == "Bruise on the left arm"

    answer(qtbot, r, "injuries_observed", False)
    assert not details.isVisible()
    assert "injuries_description" not in r.answers()  # a hidden answer is not submitted

    answer(qtbot, r, "injuries_observed", True)  # changed their mind: the text is still there
    assert r.answers()["injuries_description"] == "Bruise on the left arm"


def test_show_if_with_in_and_not_conditions(qtbot):
    r = make(qtbot, FORMS["initial_risk_screening"])
    assert not r.rows["school_attendance"].isVisible()
    answer(qtbot, r, "child_age_band", "5_11")
    assert r.rows["school_attendance"].isVisible()
    answer(qtbot, r, "child_age_band", "1_4")
    assert not r.rows["school_attendance"].isVisible()
    # "not in [no_person]" is true while unanswered; the combo answers it.
    assert r.rows["perpetrator_access"].isVisible()
    answer(qtbot, r, "alleged_perpetrator", "no_person")
    assert not r.rows["perpetrator_access"].isVisible()


# -- inline messages ------------------------------------------------------------------------------


def test_bad_number_message_appears_on_leaving_and_vanishes_when_fixed(qtbot):
    r = make(qtbot, FORMS["initial_risk_screening"])
    edit = r.field_editor("children_in_household")
    type_into(qtbot, edit, "40")
    assert error_of(r, "children_in_household") == ""  # not while typing the first time
    leave(qtbot, edit)
    assert error_of(r, "children_in_household") == "Must be at most 30."
    type_into(qtbot, edit, "2.5")
    assert error_of(r, "children_in_household") == "Must be a whole number."
    type_into(qtbot, edit, "many")
    assert error_of(r, "children_in_household") == "Must be a number."
    type_into(qtbot, edit, "4")
    assert error_of(r, "children_in_household") == ""
    assert r.answers()["children_in_household"] == 4


def test_pattern_message_is_the_forms_own_and_vanishes_when_fixed(qtbot):
    r = make(qtbot, ALL_TYPES)
    edit = r.field_editor("reference")
    type_into(qtbot, edit, "ab123")
    leave(qtbot, edit)
    assert error_of(r, "reference") == "Two capitals, a dash and three digits, e.g. AB-123."
    type_into(qtbot, edit, "AB-123")
    assert error_of(r, "reference") == ""


def test_required_message_when_an_answer_is_removed_and_on_submit(qtbot):
    r = make(qtbot, ALL_TYPES)
    edit = r.field_editor("reference")
    type_into(qtbot, edit, "AB-1")
    type_into(qtbot, edit, "")
    leave(qtbot, edit)
    assert error_of(r, "reference") == "This field is required."

    # Tabbing through an untouched question says nothing until the form is submitted.
    notes = r.field_editor("notes")
    notes.setFocus(Qt.FocusReason.TabFocusReason)
    leave(qtbot, notes)
    assert error_of(r, "safe") == ""

    assert not r.validate()
    assert error_of(r, "safe") == "This field is required."
    assert error_of(r, "danger_details") == ""  # hidden: not asked
    assert set(r.errors()) == {"reference", "safe", ""}  # one message per question, one summary
    assert "2 answers need attention" in r.errors()[""]
    assert QApplication.focusWidget() is edit  # the first question to fix

    answer(qtbot, r, "safe", False)
    assert error_of(r, "safe") == ""
    assert error_of(r, "danger_details") == "This field is required."
    answer(qtbot, r, "danger_details", "Father drinks and hits")
    answer(qtbot, r, "reference", "AB-123")
    assert r.errors() == {}
    assert r.validate()


def test_the_summary_names_each_answer_to_fix_and_no_question_moves(qtbot):
    r = make(qtbot, ALL_TYPES)
    notes = r.field_editor("notes")
    safe = find(r, QRadioButton, "option:safe:yes")
    def places() -> list[int]:  # once every pending layout request has been handled
        QApplication.sendPostedEvents()
        r.layout().activate()
        return [notes.mapTo(r, notes.rect().topLeft()).y(),
                safe.mapTo(r, safe.rect().topLeft()).y()]

    before = places()
    assert r.banner.text() == "Questions marked * must be answered."
    assert not r.validate()
    assert r.banner.text().splitlines() == [
        "2 answers need attention:", "• Report reference: This field is required.",
        "• Is the child safe at home?: This field is required."]
    assert places() == before
    answer(qtbot, r, "reference", "AB-123")
    assert r.banner.text().splitlines() == [
        "One answer needs attention:", "• Is the child safe at home?: This field is required."]
    answer(qtbot, r, "safe", True)
    assert r.errors() == {}
    assert r.banner.text() == "Questions marked * must be answered."
    assert places() == before


@shows_popup
def test_future_date_and_calendar_popup(qtbot):
    r = make(qtbot, ALL_TYPES)
    edit = r.field_editor("seen_on")
    type_into(qtbot, edit, (TODAY + timedelta(days=1)).isoformat())
    leave(qtbot, edit)
    assert error_of(r, "seen_on") == "The date cannot be in the future."

    edit.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    field = r.findChildren(DateField)[0]
    calendar = field.calendar()
    assert calendar is not None
    # It offers no day after today, so it opens on today rather than on the future date.
    assert calendar.maximumDate().toPython() == TODAY
    assert calendar.selectedDate().toPython() == TODAY
    view = calendar.findChild(QTableView)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert field.calendar() is None
    assert r.answers()["seen_on"] == (TODAY - timedelta(days=2)).isoformat()
    assert error_of(r, "seen_on") == ""


def test_show_errors_from_the_use_case_go_under_their_questions(qtbot):
    r = make(qtbot, ALL_TYPES)
    r.show_errors({"visits": "Checked on the server: too many.", "gone": "Not a question.",
                   "danger_details": "Hidden question message."})
    assert error_of(r, "visits") == "Checked on the server: too many."
    summary = r.errors()[""]
    assert "gone: Not a question." in summary
    assert "What makes the child unsafe?: Hidden question message." in summary
    answer(qtbot, r, "visits", 3)  # answering again replaces the server's message
    assert error_of(r, "visits") == ""


# -- choices -------------------------------------------------------------------------------------


def test_exclusive_choice_clears_the_others_and_is_cleared_by_them(qtbot):
    r = make(qtbot, FORMS["initial_risk_screening"])
    trusted = find(r, QCheckBox, "option:protective_factors:trusted_adult")
    school = find(r, QCheckBox, "option:protective_factors:safe_activity")
    none = find(r, QCheckBox, "option:protective_factors:none")
    click(qtbot, trusted)
    click(qtbot, school)
    assert r.answers()["protective_factors"] == ["trusted_adult", "safe_activity"]
    click(qtbot, none)
    assert r.answers()["protective_factors"] == ["none"]
    assert not trusted.isChecked() and not school.isChecked()
    click(qtbot, trusted)
    assert r.answers()["protective_factors"] == ["trusted_adult"]
    assert not none.isChecked()


def test_optional_choice_can_be_cleared(qtbot):
    r = make(qtbot, ALL_TYPES)
    answer(qtbot, r, "wellbeing", 4)
    assert r.answers()["wellbeing"] == 4
    click(qtbot, find(r, QPushButton, "clear:wellbeing"))
    assert "wellbeing" not in r.answers()
    assert not find(r, QPushButton, "option:wellbeing:4").isChecked()


# -- score -----------------------------------------------------------------------------------------


def test_score_and_suggested_risk_update_live_with_reasons(qtbot):
    r = make(qtbot, FORMS["initial_risk_screening"])
    score_label = find(r, QLabel, "score")
    risk_label = find(r, QLabel, "suggested_risk")
    reasons = find(r, QLabel, "reasons")
    assert score_label.text() == "Score: 0"
    assert risk_label.text() == "Suggested risk: Low"

    with qtbot.waitSignal(r.answers_changed) as signal:
        answer(qtbot, r, "injuries_observed", True)
    # The screening's date is today until changed: most dates asked are today's.
    assert signal.args == [{"screening_date": TODAY.isoformat(), "injuries_observed": True}]
    assert score_label.text() == "Score: 3"
    assert "Injuries or physical signs of harm observed (+3)" in reasons.text()

    answer(qtbot, r, "protection_concerns", ["sexual_abuse", "neglect"])
    assert score_label.text() == "Score: 8"
    assert risk_label.text() == "Suggested risk: Medium"

    answer(qtbot, r, "immediate_danger", True)
    assert risk_label.text() == "Suggested risk: Critical"
    assert "immediate danger" in reasons.text()
    answer(qtbot, r, "immediate_danger", False)
    assert risk_label.text() == "Suggested risk: Medium"
    assert r.score_result() == score(FORMS["initial_risk_screening"], r.answers())


def test_hidden_answers_never_score(qtbot):
    r = make(qtbot, ALL_TYPES)
    answer(qtbot, r, "wellbeing", 1)
    assert r.score_result().score == 3
    answer(qtbot, r, "needs", ["food"])
    assert r.score_result().score == 4


# -- language ------------------------------------------------------------------------------------


def test_french_labels_options_messages_and_reasons(qtbot):
    r = make(qtbot, FORMS["initial_risk_screening"])
    with qtbot.waitSignal(r.language_changed) as signal:
        choose(qtbot, find(r, QComboBox, "language"), "fr")
    assert signal.args == ["fr"]
    assert r.language() == "fr"
    assert find(r, QLabel, "title").text() == "Évaluation initiale des risques"
    assert find(r, QLabel, "label:immediate_danger").text().startswith(
        "L'enfant est-il en danger immédiat ?")
    assert find(r, QRadioButton, "option:immediate_danger:yes").text() == "Oui"
    assert find(r, QComboBox, "input:alleged_perpetrator").itemText(0) == "Choisir…"

    assert not r.validate()
    assert error_of(r, "immediate_danger") == "Ce champ est obligatoire."
    answer(qtbot, r, "injuries_observed", True)
    assert "Blessures ou signes physiques de maltraitance observés (+3)" in \
        find(r, QLabel, "reasons").text()
    assert find(r, QLabel, "suggested_risk").text() == "Risque suggéré : Faible"

    choose(qtbot, find(r, QComboBox, "language"), "en")
    assert error_of(r, "immediate_danger") == "This field is required."


def test_renderer_starts_in_the_users_language(qtbot):
    r = make(qtbot, FORMS["case_closure_checklist"], lang="fr-CA")
    assert r.language() == "fr"
    assert find(r, QLabel, "label:closure_date").text() == "Date de l'entretien de clôture *"


# -- keyboard --------------------------------------------------------------------------------------


def test_tab_order_follows_the_form(qtbot):
    r = make(qtbot, ALL_TYPES)
    owner = {w: f.id for f in ALL_TYPES.fields
             for w in r.rows[f.id].editor.focus_widgets()}
    r.field_editor("reference").setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[str] = []
    for _ in range(40):
        focused = QApplication.focusWidget()
        if focused not in owner:
            break
        if not visited or visited[-1] != owner[focused]:
            visited.append(owner[focused])
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    shown = [f.id for f in ALL_TYPES.fields if r.rows[f.id].isVisible()]
    assert visited == shown


def test_questions_can_be_answered_with_the_keyboard_alone(qtbot):
    r = make(qtbot, ALL_TYPES)
    yes = find(r, QRadioButton, "option:safe:yes")
    yes.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(yes, Qt.Key.Key_Space)
    assert r.answers()["safe"] is True
    qtbot.keyClick(yes, Qt.Key.Key_Right)  # arrow keys move within the yes/no pair
    assert r.answers()["safe"] is False
    box = find(r, QCheckBox, "option:needs:food")
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert r.answers()["needs"] == ["food"]


def test_cleaned_answers_raise_like_the_server(qtbot):
    r = make(qtbot, ALL_TYPES)
    with pytest.raises(ValidationError) as e:
        r.cleaned_answers()
    assert set(e.value.errors) == {"reference", "safe"}
