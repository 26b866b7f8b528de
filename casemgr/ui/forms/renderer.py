"""FormRenderer: an assessment form definition shown as live widgets, validated and scored.

Every rule comes from casemgr.domain.forms (visibility, validation, scoring), so the desktop
shows exactly what the server will accept (DESIGN.md 4); this module only draws and listens.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from casemgr.domain.errors import ValidationError
from casemgr.domain.forms import (
    FieldType,
    FormDefinition,
    FormField,
    ScoreResult,
    Section,
    score,
    validate_answers,
    visible_fields,
)
from casemgr.ui.forms.widgets import (
    DateField,
    ErrorLabel,
    HelpLabel,
    MessageSummary,
    OptionButtons,
)
from casemgr.ui.i18n import localize, tr
from casemgr.ui.labels import RESTRICTED
from casemgr.ui.widgets import palette

# Single choices with more options than this are a drop-down list rather than radio buttons.
COMBO_THRESHOLD = 7

_UI: dict[str, dict[str, str]] = {
    "en": {
        "yes": "Yes", "no": "No", "choose": "Choose…", "clear": "Clear answer",
        "required": "required", "score": "Score: {score}", "risk": "Suggested risk: {risk}",
        "no_risk": "Suggested risk: not enough answers yet", "reasons": "Why:",
        "no_reasons": "No scoring rule applies yet.",
        "judgement": "The suggested risk is a prompt for your professional judgement, "
                     "not a decision.",
        "language": "Language", "required_note": "Questions marked * must be answered.",
        "fix_one": "One answer needs attention:",
        "fix_many": "{n} answers need attention:",
        "pick_date": "Pick a date (Alt+Down)", "date_placeholder": "YYYY-MM-DD",
        "low": "Low", "medium": "Medium", "high": "High", "critical": "Critical",
    },
    "fr": {
        "yes": "Oui", "no": "Non", "choose": "Choisir…", "clear": "Effacer la réponse",
        "required": "obligatoire", "score": "Score : {score}",
        "risk": "Risque suggéré : {risk}",
        "no_risk": "Risque suggéré : pas encore assez de réponses", "reasons": "Pourquoi :",
        "no_reasons": "Aucune règle de notation ne s'applique pour l'instant.",
        "judgement": "Le risque suggéré guide votre jugement professionnel ; ce n'est pas "
                     "une décision.",
        "language": "Langue",
        "required_note": "Les questions marquées d'un * doivent recevoir une réponse.",
        "fix_one": "Une réponse est à revoir :",
        "fix_many": "{n} réponses sont à revoir :",
        "pick_date": "Choisir une date (Alt+Bas)", "date_placeholder": "AAAA-MM-JJ",
        "low": "Faible", "medium": "Moyen", "high": "Élevé", "critical": "Critique",
    },
    "es": {
        "yes": "Sí", "no": "No", "choose": "Elegir…", "clear": "Borrar la respuesta",
        "required": "obligatorio", "score": "Puntuación: {score}",
        "risk": "Riesgo sugerido: {risk}",
        "no_risk": "Riesgo sugerido: aún faltan respuestas", "reasons": "Por qué:",
        "no_reasons": "Todavía no se aplica ninguna regla de puntuación.",
        "judgement": "El riesgo sugerido orienta su criterio profesional; no es una decisión.",
        "language": "Idioma", "required_note": "Las preguntas marcadas con * son obligatorias.",
        "fix_one": "Una respuesta necesita atención:",
        "fix_many": "{n} respuestas necesitan atención:",
        "pick_date": "Elegir una fecha (Alt+Abajo)", "date_placeholder": "AAAA-MM-DD",
        "low": "Bajo", "medium": "Medio", "high": "Alto", "critical": "Crítico",
    },
    "ar": {
        "yes": "نعم", "no": "لا", "choose": "اختر…", "clear": "مسح الإجابة",
        "required": "إلزامي", "score": "الدرجة: {score}",
        "risk": "الخطر المقترح: {risk}",
        "no_risk": "الخطر المقترح: لا توجد إجابات كافية بعد", "reasons": "السبب:",
        "no_reasons": "لا تنطبق أي قاعدة تقييم بعد.",
        "judgement": "الخطر المقترح موجِّه لتقديرك المهني، وليس قرارًا.",
        "language": "اللغة", "required_note": "يجب الإجابة عن الأسئلة المعلّمة بـ *.",
        "fix_one": "إجابة واحدة تحتاج إلى مراجعة:",
        "fix_many": "{n} إجابات تحتاج إلى مراجعة:",
        "pick_date": "اختر تاريخًا (Alt+Down)", "date_placeholder": "YYYY-MM-DD",
        "low": "منخفض", "medium": "متوسط", "high": "مرتفع", "critical": "حرج",
    },
}

LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "pt": "Português",
                  "ar": "العربية", "sw": "Kiswahili", "uk": "Українська", "ru": "Русский"}


def ui_text(key: str, lang: str | None) -> str:
    """The renderer's own words (Yes, Score…) in `lang`, falling back to English."""
    base = (lang or "en").split("-")[0].split("_")[0]
    return _UI.get(lang or "", _UI.get(base, _UI["en"])).get(key, _UI["en"][key])


def _format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


_INT = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)")


def parse_number(text: str) -> int | float | str | None:
    """A typed number (a decimal comma is accepted); other text is returned as typed so that
    the forms engine reports it."""
    text = text.strip()
    if not text:
        return None
    if _INT.fullmatch(text):
        return int(text)
    if _DECIMAL.fullmatch(text):
        return float(text.replace(",", "."))
    return text


# -- editors ---------------------------------------------------------------------------------


class _Editor(QWidget):
    """The input part of one question; tells the renderer when it changes and when it is left."""

    changed = Signal()
    left = Signal()
    # Choices are complete the moment they are made: their messages show at once.
    discrete = False

    def __init__(self, field: FormField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"field:{field.id}")

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widgets(self) -> list[QWidget]:
        """The widgets keyboard users tab through, in order."""
        raise NotImplementedError

    def buddy(self) -> QWidget:
        return self.focus_widgets()[0]

    def retranslate(self, form: FormDefinition, lang: str) -> None:
        """Show option texts in `lang`."""

    def set_accessible(self, name: str, description: str) -> None:
        for w in self.focus_widgets():
            if isinstance(w, QAbstractButton) and w.text():
                w.setAccessibleDescription(f"{name}. {description}".strip(". "))
            else:
                w.setAccessibleName(name)
                w.setAccessibleDescription(description)

    def _watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            assert isinstance(event, QFocusEvent)
            if event.reason() not in (Qt.FocusReason.PopupFocusReason,
                                      Qt.FocusReason.ActiveWindowFocusReason):
                now = QApplication.focusWidget()
                if now is None or not self.isAncestorOf(now):
                    self.left.emit()
        return False


class _TextEditor(_Editor):
    def __init__(self, field: FormField, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"input:{field.id}")
        if field.example:
            self.edit.setPlaceholderText(field.example)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)
        self._watch(self.edit)

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def focus_widgets(self) -> list[QWidget]:
        return [self.edit]


class _NumberEditor(_TextEditor):
    def __init__(self, field: FormField, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.edit.setMaximumWidth(160)
        v = field.validation
        if v.min is not None and v.max is not None:
            self.edit.setPlaceholderText(f"{_format_number(v.min)}–{_format_number(v.max)}")

    def value(self) -> Any:
        return parse_number(self.edit.text())

    def set_value(self, value: Any) -> None:
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.edit.setText(_format_number(value))
        else:
            super().set_value(value)


class _LongTextEditor(_Editor):
    def __init__(self, field: FormField, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName(f"input:{field.id}")
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        self.edit.setMaximumHeight(self.edit.fontMetrics().lineSpacing() * 8 + 12)
        if field.example:
            self.edit.setPlaceholderText(field.example)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)
        self._watch(self.edit)

    def value(self) -> Any:
        return self.edit.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.edit.toPlainText():
            self.edit.setPlainText(text)

    def focus_widgets(self) -> list[QWidget]:
        return [self.edit]


class _DateEditor(_Editor):
    def __init__(self, field: FormField, today: date, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.date_field = DateField(self, today=today)
        self.date_field.line_edit.setObjectName(f"input:{field.id}")
        if field.validation.not_in_future:
            self.date_field.set_range(maximum=today)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_field)
        self.setFocusProxy(self.date_field)
        self.date_field.changed.connect(self.changed)
        self._watch(self.date_field.line_edit)
        self.date_field.set_date(today)  # most dates asked are today's; saved answers replace it

    def value(self) -> Any:
        return self.date_field.date_text()

    def set_value(self, value: Any) -> None:
        self.date_field.set_date(value if isinstance(value, str | date) else None)

    def focus_widgets(self) -> list[QWidget]:
        return [self.date_field.line_edit]

    def retranslate(self, form: FormDefinition, lang: str) -> None:
        self.date_field.set_placeholder(ui_text("date_placeholder", lang))
        self.date_field.set_calendar_tip(ui_text("pick_date", lang))


class _ClearableEditor(_Editor):
    """An editor of buttons; optional questions get a "Clear answer" button to undo a choice."""

    discrete = True

    def __init__(self, field: FormField, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.clear_button: QPushButton | None = None
        if not field.required:
            self.clear_button = QPushButton(self)
            self.clear_button.setObjectName(f"clear:{field.id}")
            self.clear_button.setFlat(True)
            self.clear_button.setSizePolicy(QSizePolicy.Policy.Maximum,
                                            QSizePolicy.Policy.Fixed)
            self.clear_button.setVisible(False)
            self.clear_button.clicked.connect(self._clear)
            self._watch(self.clear_button)

    @Slot()
    def _clear(self) -> None:
        self.set_value(None)
        self.changed.emit()
        self.buddy().setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_clear(self) -> None:
        if self.clear_button is not None:
            self.clear_button.setVisible(self.value() is not None)

    def _clear_widgets(self) -> list[QWidget]:
        return [self.clear_button] if self.clear_button is not None else []

    def retranslate(self, form: FormDefinition, lang: str) -> None:
        if self.clear_button is not None:
            self.clear_button.setText(ui_text("clear", lang))


class _ButtonGroupEditor(_ClearableEditor):
    """One answer among a few, as an exclusive group of checkable buttons (one per option,
    widgets.OptionButtons): the value is the option of the button checked, None while none
    is."""

    def __init__(self, field: FormField, options: list[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.group = OptionButtons(options, self)
        self.options = self.group.options
        self.buttons = self.group.option_buttons
        self.group.idClicked.connect(self._clicked)

    def add_option_button(self, button: QAbstractButton, option: Any) -> None:
        """Put the button of the next option in the group (its place in the layout is the
        subclass's)."""
        button.setObjectName(f"option:{self.field.id}:{_value_name(option)}")
        self.group.add_option_button(button)
        self._watch(button)

    @Slot(int)
    def _clicked(self, _index: int) -> None:
        self._update_clear()
        self.changed.emit()

    def value(self) -> Any:
        return self.group.value()

    def set_value(self, value: Any) -> None:
        self.group.set_value(value)
        self._update_clear()

    def focus_widgets(self) -> list[QWidget]:
        return [*self.buttons, *self._clear_widgets()]


class _RadioEditor(_ButtonGroupEditor):
    """One answer among a few: radio buttons (single choice, yes/no)."""

    def __init__(self, field: FormField, values: list[Any],
                 labels: Callable[[FormDefinition, str], list[str]],
                 parent: QWidget | None = None, *, horizontal: bool = False) -> None:
        super().__init__(field, values, parent)
        self._labels = labels
        layout: QHBoxLayout | QVBoxLayout = QHBoxLayout(self) if horizontal else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for value in values:
            button = QRadioButton(self)
            self.add_option_button(button, value)
            layout.addWidget(button)
        if self.clear_button is not None:
            layout.addWidget(self.clear_button)
        if horizontal:
            layout.addStretch(1)

    def retranslate(self, form: FormDefinition, lang: str) -> None:
        super().retranslate(form, lang)
        for button, text in zip(self.buttons, self._labels(form, lang), strict=True):
            button.setText(text)


class _ComboEditor(_Editor):
    """One answer among many: a drop-down list that starts on "Choose…"."""

    discrete = True

    def __init__(self, field: FormField, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName(f"input:{field.id}")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.addItem("", None)
        for c in field.choices:
            self.combo.addItem(c.value, c.value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(self.changed)
        self._watch(self.combo)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if isinstance(value, str) else 0
        self.combo.setCurrentIndex(max(index, 0))

    def focus_widgets(self) -> list[QWidget]:
        return [self.combo]

    def retranslate(self, form: FormDefinition, lang: str) -> None:
        self.combo.setItemText(0, ui_text("choose", lang))
        for i, c in enumerate(self.field.choices, start=1):
            self.combo.setItemText(i, form.text(c.label, lang))


class _CheckEditor(_Editor):
    """Several answers: check boxes; an exclusive option ("None of these") clears the others."""

    discrete = True

    def __init__(self, field: FormField, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.boxes: list[QCheckBox] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for c in field.choices:
            box = QCheckBox(self)
            box.setObjectName(f"option:{field.id}:{c.value}")
            box.toggled.connect(lambda on, choice=c.value: self._toggled(choice, on))
            self.boxes.append(box)
            layout.addWidget(box)
            self._watch(box)
        self._setting = False

    def _toggled(self, choice: str, on: bool) -> None:
        if self._setting:
            return
        if on:
            exclusive = self.field.choice(choice).exclusive
            self._setting = True
            for box, c in zip(self.boxes, self.field.choices, strict=True):
                if c.value != choice and (exclusive or c.exclusive):
                    box.setChecked(False)
            self._setting = False
        self.changed.emit()

    def value(self) -> Any:
        chosen = [c.value for box, c in zip(self.boxes, self.field.choices, strict=True)
                  if box.isChecked()]
        return chosen or None

    def set_value(self, value: Any) -> None:
        wanted = set(value) if isinstance(value, list | tuple) else set()
        self._setting = True
        for box, c in zip(self.boxes, self.field.choices, strict=True):
            box.setChecked(c.value in wanted)
        self._setting = False

    def focus_widgets(self) -> list[QWidget]:
        return list(self.boxes)

    def retranslate(self, form: FormDefinition, lang: str) -> None:
        for box, c in zip(self.boxes, self.field.choices, strict=True):
            box.setText(form.text(c.label, lang))


class _ScaleEditor(_ButtonGroupEditor):
    """A rating: one button per point (1 to 5), with the anchor labels under their points."""

    def __init__(self, field: FormField, parent: QWidget | None = None) -> None:
        super().__init__(field, list(range(field.scale_min or 0, (field.scale_max or 0) + 1)),
                         parent)
        self.points: list[int] = self.options
        self.anchors: dict[int, QLabel] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        for column, point in enumerate(self.points):
            button = QPushButton(str(point), self)
            button.setCheckable(True)
            button.setMinimumWidth(44)
            self.add_option_button(button, point)
            grid.addWidget(button, 0, column, Qt.AlignmentFlag.AlignHCenter)
            if point in field.scale_labels:
                anchor = QLabel(self)
                anchor.setWordWrap(True)
                anchor.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                anchor.setMaximumWidth(110)
                self.anchors[point] = anchor
                grid.addWidget(anchor, 1, column, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(grid)
        if self.clear_button is not None:
            row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)

    def set_accessible(self, name: str, description: str) -> None:
        for button in self.buttons:
            button.setAccessibleDescription(f"{name}. {description}".strip(". "))

    def retranslate(self, form: FormDefinition, lang: str) -> None:
        super().retranslate(form, lang)
        for button, point in zip(self.buttons, self.points, strict=True):
            anchor = self.field.scale_labels.get(point)
            words = form.text(anchor, lang) if anchor is not None else ""
            button.setAccessibleName(f"{point} – {words}" if words else str(point))
            button.setToolTip(words)
            if point in self.anchors:
                self.anchors[point].setText(words)


def _value_name(value: Any) -> str:
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value)


def _make_editor(field: FormField, today: date, parent: QWidget) -> _Editor:
    t = field.type
    if t is FieldType.TEXT:
        return _TextEditor(field, parent)
    if t is FieldType.LONG_TEXT:
        return _LongTextEditor(field, parent)
    if t is FieldType.NUMBER:
        return _NumberEditor(field, parent)
    if t is FieldType.DATE:
        return _DateEditor(field, today, parent)
    if t is FieldType.SINGLE_CHOICE:
        if len(field.choices) > COMBO_THRESHOLD:
            return _ComboEditor(field, parent)
        return _RadioEditor(field, [c.value for c in field.choices],
                            lambda form, lang: [form.text(c.label, lang) for c in field.choices],
                            parent)
    if t is FieldType.MULTIPLE_CHOICE:
        return _CheckEditor(field, parent)
    if t is FieldType.YES_NO:
        return _RadioEditor(field, [True, False],
                            lambda _form, lang: [ui_text("yes", lang), ui_text("no", lang)],
                            parent, horizontal=True)
    return _ScaleEditor(field, parent)


# -- one question ----------------------------------------------------------------------------


class _FieldRow(QWidget):
    """A question: its label (bound to the input), help, the input, and its message."""

    def __init__(self, field: FormField, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"row:{field.id}")
        self.label = QLabel(self)
        self.label.setObjectName(f"label:{field.id}")
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.help = HelpLabel(parent=self)
        self.help.setObjectName(f"help:{field.id}")
        self.editor = _make_editor(field, today, self)
        self.error = ErrorLabel(self)
        self.error.setObjectName(f"error:{field.id}")
        # Shown instead of an answer the server withheld from this user (FormRenderer.withhold).
        self.restricted = QLabel(self)
        self.restricted.setObjectName(f"restricted:{field.id}")
        self.restricted.setWordWrap(True)
        self.restricted.hide()
        self.label.setBuddy(self.editor.buddy())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        layout.addWidget(self.help)
        layout.addWidget(self.restricted)
        layout.addWidget(self.editor)
        layout.addWidget(self.error)

    def retranslate(self, form: FormDefinition, lang: str) -> None:
        label = form.text(self.field.label, lang)
        self.label.setText(f"{label} *" if self.field.required else label)
        help_text = form.text(self.field.help, lang) if self.field.help is not None else ""
        self.help.set_help(help_text)
        self.editor.retranslate(form, lang)
        name = f"{label} ({ui_text('required', lang)})" if self.field.required else label
        self.editor.set_accessible(name, help_text)

    def set_error(self, message: str | None) -> None:
        self.error.set_message(message)
        for w in self.editor.focus_widgets():
            base = w.accessibleDescription().split("\n⚠ ")[0]
            w.setAccessibleDescription(f"{base}\n⚠ {message}" if message else base)


class _SectionBox(QGroupBox):
    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName(f"section:{section.id}")
        self.description = HelpLabel(parent=self)
        self.rows: list[_FieldRow] = []
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.description)

    def retranslate(self, form: FormDefinition, lang: str) -> None:
        self.setTitle(form.text(self.section.title, lang))
        desc = self.section.description
        self.description.set_help(form.text(desc, lang) if desc is not None else "")


# -- the renderer ----------------------------------------------------------------------------


class FormRenderer(QWidget):
    """An assessment form to fill in, with questions shown or hidden by their `show_if`, each
    question's message under it, and the live score; plain data in and out."""

    answers_changed = Signal(dict)
    language_changed = Signal(str)

    def __init__(self, form: FormDefinition, parent: QWidget | None = None, *,
                 lang: str | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._form = form
        self._today = today or date.today()
        self._lang = self._pick_language(lang)
        self._edited: set[str] = set()
        self._live: set[str] = set()  # fields whose message follows every change
        self._external: dict[str, str] = {}
        self._visible: set[str] = set()
        self._withheld: frozenset[str] = frozenset()  # restricted questions not for this user
        self._server_scores = False  # answers withheld here: the score is the server's
        self._result = ScoreResult(0, None, ())
        self._building = True

        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        title_font = self.title.font()
        if title_font.pointSizeF() > 0:
            title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language")
        for code in form.languages:
            self.language_combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(self._lang), 0))
        self.language_label.setBuddy(self.language_combo)
        several = len(form.languages) > 1
        self.language_label.setVisible(several)
        self.language_combo.setVisible(several)
        self.description = HelpLabel(parent=self)
        self.description.setObjectName("description")
        # Room kept on top for the answers that need attention (the note on * meanwhile),
        # so the questions never move when messages come or go.
        self.banner = MessageSummary(self, lines=3)
        self.banner.setObjectName("form_errors")
        self._summarising = False  # the summary follows every change once shown

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.language_label)
        header.addWidget(self.language_combo)

        body = QWidget()
        body.setObjectName("form_body")
        body_layout = QVBoxLayout(body)
        self.sections: list[_SectionBox] = []
        self.rows: dict[str, _FieldRow] = {}
        for section in form.sections:
            box = _SectionBox(section, body)
            for field in section.fields:
                row = _FieldRow(field, self._today, box)
                row.editor.changed.connect(lambda fid=field.id: self._on_changed(fid))
                row.editor.left.connect(lambda fid=field.id: self._on_left(fid))
                box.body.addWidget(row)
                box.rows.append(row)
                self.rows[field.id] = row
            self.sections.append(box)
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("form_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)

        self.score_panel = QFrame(self)
        self.score_panel.setObjectName("score_panel")
        self.score_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.score_label = QLabel(self.score_panel)
        self.score_label.setObjectName("score")
        self.risk_label = QLabel(self.score_panel)
        self.risk_label.setObjectName("suggested_risk")
        self.risk_label.setMargin(3)
        self.reasons_label = QLabel(self.score_panel)
        self.reasons_label.setObjectName("reasons")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.judgement_note = HelpLabel(parent=self.score_panel)
        score_row = QHBoxLayout()
        score_row.addWidget(self.score_label)
        score_row.addWidget(self.risk_label)
        score_row.addStretch(1)
        panel_layout = QVBoxLayout(self.score_panel)
        panel_layout.addLayout(score_row)
        # Many reasons must not squeeze the questions (on a laptop's 768 lines too): they scroll
        # past about five lines.
        self.reasons_scroll = QScrollArea(self.score_panel)
        self.reasons_scroll.setWidgetResizable(True)
        self.reasons_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.reasons_scroll.setWidget(self.reasons_label)
        self.reasons_scroll.setMaximumHeight(self.reasons_label.fontMetrics().lineSpacing() * 5)
        panel_layout.addWidget(self.reasons_scroll)
        panel_layout.addWidget(self.judgement_note)
        self.score_panel.setVisible(_has_scoring(form))

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.description)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.score_panel)

        self._set_tab_order()
        self.language_combo.currentIndexChanged.connect(self._language_picked)
        self._retranslate()
        self._building = False
        self._refresh(emit=False)

    # -- public API ------------------------------------------------------------------------

    def form(self) -> FormDefinition:
        return self._form

    def language(self) -> str:
        return self._lang

    def set_language(self, lang: str) -> None:
        """Show labels, options, help and messages in `lang` (one of the form's languages)."""
        picked = self._pick_language(lang)
        index = self.language_combo.findData(picked)
        if index >= 0 and index != self.language_combo.currentIndex():
            self.language_combo.setCurrentIndex(index)  # calls _language_picked
        elif picked != self._lang:
            self._lang = picked
            self._retranslate()
            self._refresh(emit=False)
            self.language_changed.emit(picked)

    def answers(self) -> dict[str, Any]:
        """The answers of the questions on show, as typed (validate() says whether they pass)."""
        raw = self._raw()
        return {f.id: raw[f.id] for f in self._form.fields
                if f.id in raw and f.id in self._visible and f.id not in self._withheld}

    def withhold(self, field_ids: Iterable[str], *, answered: bool = True) -> None:
        """Restricted questions this user may not read, so may not answer (docs/forms.md,
        "Restricted questions"): each says "Restricted — ask your supervisor" with its input
        empty and disabled, is never required and never in `answers()`. `answered`: the
        server holds answers to them (a saved assessment), so it keeps them and computes the
        score; else (a new one) they are simply not asked, and the score is the form's."""
        self._withheld = frozenset(field_ids) & frozenset(self.rows)
        self._server_scores = answered and bool(self._withheld)
        for fid in self._withheld:
            row = self.rows[fid]
            row.editor.blockSignals(True)
            try:
                row.editor.set_value(None)
            finally:
                row.editor.blockSignals(False)
            row.editor.setEnabled(False)
            row.restricted.setText(tr(RESTRICTED))
            row.restricted.show()
        self._refresh()

    def withheld(self) -> frozenset[str]:
        return self._withheld

    def set_answers(self, answers: Mapping[str, Any]) -> None:
        """Fill the form with saved answers (unknown question ids are ignored)."""
        for fid, row in self.rows.items():
            row.editor.blockSignals(True)
            try:
                row.editor.set_value(answers.get(fid))
            finally:
                row.editor.blockSignals(False)
        self._edited = set(answers) & set(self.rows)
        self._external = {}
        self._refresh()

    def answer_from_file(self, field_id: str, value: Any | None, why: str = "") -> None:
        """Answer a question from what is on file (a child's age from the date of birth)
        and lock it, its tooltip saying `why`; None unlocks it, cleared, for the user."""
        editor = self.rows[field_id].editor
        editor.blockSignals(True)
        try:
            editor.set_value(value)
        finally:
            editor.blockSignals(False)
        editor.setEnabled(value is None)
        editor.setToolTip(why)
        if value is None:
            self._edited.discard(field_id)
            self._refresh()
        else:
            self._on_changed(field_id)

    def validate(self) -> bool:
        """Check every answer on show (as on submit): show each message, focus the first."""
        self._live = set(self.rows)
        errors = self._refresh(emit=False)
        self._show_banner(errors)
        first = next((f.id for f in self._form.fields if f.id in errors
                      and f.id in self._visible), None)
        if first is not None:
            row = self.rows[first]
            self.scroll_area.ensureWidgetVisible(row)
            row.editor.buddy().setFocus(Qt.FocusReason.OtherFocusReason)
        return not errors

    def cleaned_answers(self) -> dict[str, Any]:
        """The answers as the forms engine keeps them; raises ValidationError like the server."""
        return validate_answers(self._form, self.answers(), lang=self._lang, today=self._today,
                                withheld=self._withheld)

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Show messages given by the caller (e.g. from Casework.run_assessment) under their
        questions; messages for unknown or hidden questions go to the top of the form."""
        self._external = {k: localize(v) for k, v in errors.items()}
        self._refresh(emit=False)
        self._show_banner(self._displayed_errors())

    def errors(self) -> dict[str, str]:
        """The messages on show now, by question id ("" for the form as a whole)."""
        shown = {fid: row.error.message() for fid, row in self.rows.items() if row.error.message()}
        if self.banner.message():
            shown[""] = self.banner.message()
        return shown

    def score_result(self) -> ScoreResult:
        return self._result

    def field_editor(self, field_id: str) -> QWidget:
        """The input a question's label is bound to."""
        return self.rows[field_id].editor.buddy()

    # -- internals -------------------------------------------------------------------------

    def _pick_language(self, lang: str | None) -> str:
        if lang:
            for candidate in (lang, lang.split("-")[0].split("_")[0]):
                if candidate in self._form.languages:
                    return candidate
        return self._form.default_language

    @Slot(int)
    def _language_picked(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        if not isinstance(code, str) or code == self._lang:
            return
        self._lang = code
        self._retranslate()
        self._refresh(emit=False)
        if self._summarising:
            self._show_banner(self._displayed_errors())
        self.language_changed.emit(code)

    def _retranslate(self) -> None:
        form, lang = self._form, self._lang
        self.title.setText(form.text(form.title, lang))
        self.description.set_help(form.text(form.description, lang))
        self.language_label.setText(ui_text("language", lang))
        needs_note = any(f.required for f in form.fields)
        self.banner.set_hint(ui_text("required_note", lang) if needs_note else "")
        self.judgement_note.set_help(ui_text("judgement", lang))
        for box in self.sections:
            box.retranslate(form, lang)
        for row in self.rows.values():
            row.retranslate(form, lang)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.language_combo]
        for f in self._form.fields:
            chain.extend(self.rows[f.id].editor.focus_widgets())
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _raw(self) -> dict[str, Any]:
        values = {fid: row.editor.value() for fid, row in self.rows.items()}
        return {k: v for k, v in values.items() if v is not None}

    def _compute_errors(self, answers: Mapping[str, Any]) -> dict[str, str]:
        try:
            validate_answers(self._form, answers, lang=self._lang, today=self._today,
                             withheld=self._withheld)
        except ValidationError as e:  # the engine's own sentences in the user's language
            return {k: localize(v) for k, v in e.errors.items()}
        return {}

    def _displayed_errors(self) -> dict[str, str]:
        errors = self._compute_errors(self.answers())
        shown = {k: v for k, v in errors.items() if k in self._live}
        shown.update(self._external)
        return shown

    def _on_changed(self, field_id: str) -> None:
        self._edited.add(field_id)
        self._external.pop(field_id, None)
        if self.rows[field_id].editor.discrete:
            self._live.add(field_id)
        self._refresh()

    def _on_left(self, field_id: str) -> None:
        # A question tabbed through untouched says nothing until the form is submitted.
        if field_id in self._edited and field_id not in self._live:
            self._live.add(field_id)
            self._refresh(emit=False)

    def _refresh(self, *, emit: bool = True) -> dict[str, str]:
        """Apply visibility, messages and score to the current answers; return the messages."""
        raw = self._raw()
        self._visible = {f.id for f in visible_fields(self._form, raw)}
        for fid, row in self.rows.items():
            row.setVisible(fid in self._visible)
        for box in self.sections:
            box.setVisible(any(r.field.id in self._visible for r in box.rows))
        answers = self.answers()
        errors = self._compute_errors(answers)
        for fid, row in self.rows.items():
            if fid not in self._visible:
                row.set_error(None)
            elif fid in self._external:
                row.set_error(self._external[fid])
            else:
                row.set_error(errors.get(fid) if fid in self._live else None)
        if self._summarising:
            self._show_banner({k: v for k, v in {**errors, **self._external}.items()
                               if k in self._live or k in self._external})
        self._update_score(answers)
        if emit and not self._building:
            self.answers_changed.emit(answers)
        return errors

    def _show_banner(self, errors: Mapping[str, str]) -> None:
        """Sum up at the top: how many answers need attention, then each problem named after
        its question (in the form's order), and the messages about no question."""
        order = {f.id: i for i, f in enumerate(self._form.fields)}
        keys = sorted(errors, key=lambda k: (order.get(k, len(order)), k))
        shown_inline = [k for k in keys if k in self._visible]
        lines: list[str] = []
        if len(shown_inline) == 1:
            lines.append(ui_text("fix_one", self._lang))
        elif shown_inline:
            lines.append(ui_text("fix_many", self._lang).format(n=len(shown_inline)))
        for key in keys:
            message = errors[key]
            if key in self.rows:
                label = self._form.text(self.rows[key].field.label, self._lang)
                lines.append(f"• {label}: {message}")
            else:
                lines.append(f"• {key}: {message}" if key else f"• {message}")
        self.banner.set_message("\n".join(lines))
        self._summarising = bool(lines)

    def _update_score(self, answers: Mapping[str, Any]) -> None:
        if self.score_panel.isHidden():
            return
        result = score(self._form, answers, lang=self._lang)
        self._result = result
        lang = self._lang
        if self._server_scores:
            # A score from only the answers here would mislead: the server's, from every
            # answer, is the one saved and shown.
            self.score_label.setText(tr("Score: computed by the server"))
            self.risk_label.setText("")
            palette.apply_style(self.risk_label, None)
            self.reasons_label.setText(tr("Some answers are restricted: the score and "
                                          "suggested risk are the server's, from every answer."))
            return
        self.score_label.setText(ui_text("score", lang).format(score=_format_number(result.score)))
        if result.suggested_risk is None:
            self.risk_label.setText(ui_text("no_risk", lang))
            palette.apply_style(self.risk_label, None)
        else:
            risk = result.suggested_risk.value
            self.risk_label.setText(ui_text("risk", lang).format(risk=ui_text(risk, lang)))
            palette.apply_style(self.risk_label,
                                lambda pal: palette.risk_badge_style(risk, pal))
        if result.reasons:
            lines = [ui_text("reasons", lang), *(f"• {r}" for r in result.reasons)]
            self.reasons_label.setText("\n".join(lines))
        else:
            self.reasons_label.setText(ui_text("no_reasons", lang))


def _has_scoring(form: FormDefinition) -> bool:
    s = form.scoring
    return bool(s.rules or s.thresholds or s.overrides
                or any(c.score for f in form.fields for c in f.choices)
                or any(f.scale_points for f in form.fields))

