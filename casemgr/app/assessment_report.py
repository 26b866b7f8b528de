"""A saved assessment as a caseworker reads (and prints) it: the form's title and version, who
completed it and when, every question asked with its answer in words (in the form's language;
"Not answered", never blank), the score, the suggested risk and the reasons for it.

Qt-free: the desktop turns an `AssessmentReport` into a printable document
(casemgr.ui.dialogs.assessment_view), and anything else may render it as it likes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from casemgr.domain import forms as formsmod
from casemgr.domain.forms import FieldType, FormDefinition, FormField
from casemgr.domain.labels import choice_label
from casemgr.domain.records import Record, display_name
from casemgr.domain.restricted import withheld_questions

# The report's own words in the languages the shipped forms use (English otherwise).
WORDS: dict[str, dict[str, str]] = {
    "en": {"yes": "Yes", "no": "No", "not_answered": "Not answered",
           "restricted": "Restricted — ask your supervisor"},
    "fr": {"yes": "Oui", "no": "Non", "not_answered": "Sans réponse",
           "restricted": "Restreint — demandez à votre superviseur"},
    "es": {"yes": "Sí", "no": "No", "not_answered": "Sin respuesta",
           "restricted": "Restringido — pregunte a su supervisor/a"},
    "ar": {"yes": "نعم", "no": "لا", "not_answered": "دون إجابة",
           "restricted": "مقيّد — اسأل مشرفك"},
}


def word(key: str, lang: str) -> str:
    return WORDS.get(lang.split("-")[0].split("_")[0], WORDS["en"])[key]


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str  # in words; word("not_answered") when there is none
    answered: bool
    # The server withheld the answer from this user (a restricted question): `answer` is
    # word("restricted"), never "Not answered".
    withheld: bool = False


@dataclass(frozen=True)
class ReportSection:
    title: str
    answers: tuple[Answer, ...]


@dataclass(frozen=True)
class AssessmentReport:
    record_id: str
    title: str
    form_id: str
    version: int | None
    language: str
    completed_by: str
    completed_on: str
    changed: str  # "Corrected by amina on 2026-11-20 10:05", or ""
    about: str  # the person the assessment is about, or ""
    sections: tuple[ReportSection, ...]
    score: str
    suggested_risk: str  # in words, or ""
    reasons: tuple[str, ...]
    note: str = ""  # what the reader should know (a form version not on this device)
    # Answers the server withheld from this user: the score is the server's, from every
    # answer, and the reasons cannot all be told here.
    withheld: int = 0

    def answers(self) -> list[Answer]:
        return [a for s in self.sections for a in s.answers]


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return f"{value:g}" if isinstance(value, float) else str(value)


def answer_words(form: FormDefinition, field: FormField, value: Any, lang: str) -> str:
    """An answer as the question's reader understands it: the label of a choice, Yes or No,
    a scale point with its anchor, the text or number itself."""
    if value is None or value == "" or value == []:
        return word("not_answered", lang)

    def label(choice: Any) -> str:
        try:
            return form.text(field.choice(str(choice)).label, lang)
        except KeyError:
            return str(choice)

    if field.type is FieldType.YES_NO:
        return word("yes" if value is True else "no", lang) if isinstance(value, bool) \
            else str(value)
    if field.type is FieldType.SINGLE_CHOICE:
        return label(value)
    if field.type is FieldType.MULTIPLE_CHOICE and isinstance(value, list):
        return ", ".join(label(v) for v in value)
    if field.type is FieldType.SCALE:
        anchor = field.scale_labels.get(value) if isinstance(value, int) else None
        return f"{value} = {form.text(anchor, lang)}" if anchor is not None else str(value)
    if field.type is FieldType.NUMBER:
        return _number(value)
    return str(value)


def assessment_report(record: Record, form: FormDefinition | None,
                      person: Record | None = None, *,
                      corrected: tuple[str, str] | None = None) -> AssessmentReport:
    """The report of a saved assessment `record`, read with the `form` version it was made
    with (None: not on this device; the answers are then listed as saved). `person`: whom it
    is about; `corrected`: who last corrected it and when (ISO time), if anyone did."""
    fields = record.fields
    answers: Mapping[str, Any] = fields.get("answers") or {}
    version = fields.get("form_version")
    changed = ""
    if corrected is not None:
        changed = f"Corrected by {corrected[0]} on {corrected[1][:16].replace('T', ' ')}"
    risk = fields.get("suggested_risk")
    report = AssessmentReport(
        record_id=record.id, title=str(fields.get("form_id") or "Assessment"),
        form_id=str(fields.get("form_id", "")),
        version=version if isinstance(version, int) else None, language="en",
        completed_by=record.created_by,
        completed_on=str(fields.get("completed_on") or record.created_at[:10]),
        changed=changed, about=display_name(person.type, person.fields) if person else "",
        sections=(), score=_number(fields["score"]) if fields.get("score") is not None else "",
        suggested_risk=choice_label("risk", risk) if risk else "", reasons=())
    if form is None:
        listed = tuple(Answer(name, str(value), True) for name, value in sorted(answers.items()))
        return replace(report, sections=(ReportSection("Answers", listed),), note=(
            f"Version {version} of this form is not on this device yet (it comes with the "
            "next sync): the answers are shown as saved."))
    lang = form.default_language
    hidden = withheld_questions(record.withheld)
    visible = {f.id for f in formsmod.visible_fields(form, answers)} | hidden
    sections = []
    for section in form.sections:
        shown = tuple(Answer(form.text(f.label, lang), word("restricted", lang), True, True)
                      if f.id in hidden else
                      Answer(form.text(f.label, lang),
                             answer_words(form, f, answers.get(f.id), lang),
                             answers.get(f.id) not in (None, "", []))
                      for f in section.fields if f.id in visible)
        if shown:
            sections.append(ReportSection(form.text(section.title, lang), shown))
    # With answers withheld, the reasons this device could tell would be only some of them.
    reasons = () if hidden else formsmod.score(form, answers, lang=lang).reasons
    return replace(report, title=form.text(form.title, lang), language=lang,
                   sections=tuple(sections), reasons=reasons, withheld=len(hidden))


__all__ = ["Answer", "AssessmentReport", "ReportSection", "answer_words", "assessment_report",
           "word"]
