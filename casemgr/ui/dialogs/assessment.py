"""AssessmentDialog: fill in one assessment form; Save only with answers the engine accepts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from casemgr.domain.errors import ValidationError
from casemgr.domain.forms import FormDefinition, ScoreResult
from casemgr.domain.schedule import age_on
from casemgr.ui.dialogs.base import CaseworkDialog, not_input
from casemgr.ui.forms.renderer import FormRenderer
from casemgr.ui.i18n import current_language, tr


@dataclass(frozen=True)
class Subject:
    """A child an assessment may be about."""

    person_id: str
    name: str
    date_of_birth: str | None = None


_SAVE = {"en": "Save assessment", "fr": "Enregistrer l'évaluation",
         "es": "Guardar la evaluación", "ar": "حفظ التقييم"}
_CANCEL = {"en": "Cancel", "fr": "Annuler", "es": "Cancelar", "ar": "إلغاء"}


class AssessmentDialog(CaseworkDialog):
    """A FormRenderer with Save and Cancel (Ctrl+Enter saves). After Accepted, `value()` holds
    the cleaned answers for Casework.run_assessment (with `language()` as its `lang`); the
    renderer shows the messages under its questions."""

    def __init__(self, form: FormDefinition, parent: QWidget | None = None, *,
                 answers: Mapping[str, Any] | None = None, lang: str | None = None,
                 today: date | None = None,
                 children: Sequence[Subject] = (), person_id: str | None = None) -> None:
        """`children`: whom the assessment may be about, besides the family as a whole;
        a child's date of birth answers the form's age question (`Choice.ages`)."""
        # The renderer scrolls its questions and sums up its own messages on top.
        super().__init__(parent, summary=False, scroll=False)
        self.setObjectName("assessment_dialog")
        self._today = today or date.today()
        # The form in the interface's language when it has it (else its default language).
        self.renderer = FormRenderer(form, self, lang=lang or current_language(), today=today)
        not_input(self.renderer.language_combo)
        if answers:
            self.renderer.set_answers(answers)
        self.about = QComboBox()
        self.about.setObjectName("about")
        self.about.addItem(tr("The family as a whole"), None)
        for child in children:
            self.about.addItem(child.name, child)
        self.age_note = QLabel()
        self.age_note.setObjectName("age_note")
        self.age_note.setWordWrap(True)
        about_row = QHBoxLayout()
        about_row.addWidget(QLabel(tr("About:")))
        about_row.addWidget(self.about)
        about_row.addWidget(self.age_note, 1)
        self.main_layout.addLayout(about_row)
        self.about.setVisible(bool(children))
        self.about.currentIndexChanged.connect(self._about_changed)
        ids = [c.person_id for c in children]
        if person_id in ids:
            self.about.setCurrentIndex(ids.index(person_id) + 1)
        elif len(children) == 1:
            self.about.setCurrentIndex(1)  # one child: the assessment is about them
        self._about_changed()
        self.main_layout.addWidget(self.renderer, 1)
        self.add_buttons()
        self.ctrl_enter_saves()
        self._value: dict[str, Any] = {}
        self.renderer.language_changed.connect(self._retranslate)
        self._retranslate(self.renderer.language())
        self.resize(760, 820)

    def value(self) -> dict[str, Any]:
        """The answers as saved: hidden and blank answers dropped, numbers normalised."""
        return dict(self._value)

    def person_id(self) -> str | None:
        """The child the assessment is about (None: the family as a whole)."""
        subject = self.about.currentData()
        return subject.person_id if isinstance(subject, Subject) else None

    @Slot()
    def _about_changed(self) -> None:
        """A child with a date of birth on file answers the form's age question."""
        subject = self.about.currentData()
        age = age_on(subject.date_of_birth, self._today) if isinstance(subject, Subject) \
            else None
        note = ""
        for field in self.renderer.form().fields:
            if not field.asks_age:
                continue
            answer = field.age_answer(age) if age is not None else None
            why = (tr("From {name}'s date of birth on file ({date_of_birth}): {age} years.").format(
                name=subject.name, date_of_birth=subject.date_of_birth,
                age=age) if answer is not None and isinstance(subject, Subject)
                   else "")
            self.renderer.answer_from_file(field.id, answer, why)
            note = note or why
        self.age_note.setText(note)

    def language(self) -> str:
        return self.renderer.language()

    def score_result(self) -> ScoreResult:
        return self.renderer.score_result()

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Messages from the use case (question id -> message), shown under the questions."""
        self.renderer.show_errors(errors)

    def errors(self) -> dict[str, str]:
        return self.renderer.errors()

    @Slot()
    def save(self) -> None:
        """The renderer checks the answers and shows its own messages; accept clean ones."""
        if not self.renderer.validate():
            return
        try:
            self._value = self.renderer.cleaned_answers()
        except ValidationError as e:  # validate() just passed; kept for safety
            self.renderer.show_errors(e.errors)
            return
        self.accept()

    @Slot(str)
    def _retranslate(self, lang: str) -> None:
        form = self.renderer.form()
        self.setWindowTitle(form.text(form.title, lang))
        self.save_button.setText(_SAVE.get(lang, _SAVE["en"]))
        self.cancel_button.setText(_CANCEL.get(lang, _CANCEL["en"]))
