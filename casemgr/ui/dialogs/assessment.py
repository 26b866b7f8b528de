"""AssessmentDialog: fill in one assessment form; Save only with answers the engine accepts."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from casemgr.domain.errors import ValidationError
from casemgr.domain.forms import FormDefinition, ScoreResult
from casemgr.ui.dialogs.base import CaseworkDialog, not_input
from casemgr.ui.forms.renderer import FormRenderer

_SAVE = {"en": "Save assessment", "fr": "Enregistrer l'évaluation",
         "es": "Guardar la evaluación"}
_CANCEL = {"en": "Cancel", "fr": "Annuler", "es": "Cancelar"}


class AssessmentDialog(CaseworkDialog):
    """A FormRenderer with Save and Cancel (Ctrl+Enter saves). After Accepted, `value()` holds
    the cleaned answers for Casework.run_assessment (with `language()` as its `lang`); the
    renderer shows the messages under its questions."""

    def __init__(self, form: FormDefinition, parent: QWidget | None = None, *,
                 answers: Mapping[str, Any] | None = None, lang: str | None = None,
                 today: date | None = None) -> None:
        # The renderer scrolls its questions and sums up its own messages on top.
        super().__init__(parent, summary=False, scroll=False)
        self.setObjectName("assessment_dialog")
        self.renderer = FormRenderer(form, self, lang=lang, today=today)
        not_input(self.renderer.language_combo)
        if answers:
            self.renderer.set_answers(answers)
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
