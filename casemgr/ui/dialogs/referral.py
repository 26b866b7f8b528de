"""ReferralDialog: refer a child to a service provider, with consent or a recorded override."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casemgr.domain.records import SERVICE_TYPES, URGENCY, RecordType
from casemgr.domain.workflow import NO_CONSENT
from casemgr.ui.dialogs.base import (
    CaseworkDialog,
    RadioRow,
    choice_combo,
    field_label,
    fields_problems,
    not_input,
    set_combo_value,
)
from casemgr.ui.forms.widgets import HelpLabel
from casemgr.ui.i18n import tr
from casemgr.ui.labels import choice_label


def _fold(text: str) -> str:
    """Lower case without accents, so that "sante" finds "Santé"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def provider_text(provider: Mapping[str, Any]) -> str:
    name = str(provider.get("name") or "")
    org = str(provider.get("organization") or "")
    return f"{name} — {org}" if org and org != name else name


class ReferralDialog(CaseworkDialog):
    """A referral for Casework.refer (`value()`); `send_requested()` tells whether to send it now,
    which needs consent or a reason to refer without it."""

    def __init__(self, children: Sequence[Mapping[str, Any]],
                 providers: Sequence[Mapping[str, Any]], parent: QWidget | None = None, *,
                 value: Mapping[str, Any] | None = None, child_id: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Refer a child to a service"))
        self.setObjectName("referral_dialog")
        self._providers = [dict(p) for p in providers]
        self._send = False
        form = self.new_form()

        self.child = QComboBox()
        self.child.setObjectName("person_id")
        self.child.addItem(tr("Choose…"), None)
        for c in children:
            self.child.addItem(str(c.get("name") or c.get("id")), c.get("id"))
        if child_id is not None:
            set_combo_value(self.child, child_id)
        elif len(children) == 1:
            self.child.setCurrentIndex(1)
        self.add_row(form, "person_id", tr("Child"), self.child, required=True)

        self.service_type = choice_combo("service_type", SERVICE_TYPES, blank=tr("Choose…"))
        self.service_type.setObjectName("service_type")
        self.add_row(form, "service_type", tr("Service needed"), self.service_type, required=True)

        provider_box = QWidget()
        self.provider_search = QLineEdit()
        self.provider_search.setObjectName("provider_search")
        self.provider_search.setPlaceholderText(tr("Search providers by name or organisation"))
        self.provider_search.setClearButtonEnabled(True)
        self.provider_search.setAccessibleName(tr("Search providers"))
        not_input(self.provider_search)  # the provider chosen is the input, not the search
        self.provider_list = QListWidget()
        self.provider_list.setObjectName("provider_id")
        self.provider_list.setAccessibleName(tr("Provider"))
        self.provider_list.setMaximumHeight(150)
        self.provider_empty = HelpLabel()
        self.provider_empty.setObjectName("provider_empty")
        provider_layout = QVBoxLayout(provider_box)
        provider_layout.setContentsMargins(0, 0, 0, 0)
        provider_layout.addWidget(self.provider_search)
        provider_layout.addWidget(self.provider_list)
        provider_layout.addWidget(self.provider_empty)
        self.add_row(form, "provider_id", tr("Provider"), provider_box, focus=self.provider_search)
        self.provider_search.textChanged.connect(self._filter_providers)
        self.service_type.currentIndexChanged.connect(self._filter_providers)

        self.urgency = RadioRow("urgency", URGENCY, name="urgency")
        self.urgency.set_value("routine")
        self.add_row(form, "urgency", tr("Urgency"), self.urgency, required=True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(tr("What the child needs from this service, and why"))
        self.reason.setMaximumHeight(self.reason.fontMetrics().lineSpacing() * 6 + 12)
        self.add_row(form, "reason", tr("Reason for referral"), self.reason)
        self.consent = RadioRow("consent", [True, False], name="consent",
                                labels=[tr("Yes, consent is recorded"), tr("No")])
        self.add_row(form, "consent", tr("Has the family agreed to this referral?"), self.consent)
        self.override_reason = QPlainTextEdit()
        self.override_reason.setObjectName("consent_override_reason")
        self.override_reason.setTabChangesFocus(True)
        self.override_reason.setPlaceholderText(
            tr("e.g. the child is in danger and the service must act now"))
        self.override_reason.setMaximumHeight(
            self.override_reason.fontMetrics().lineSpacing() * 4 + 12)
        self.add_row(form, "consent_override_reason",
                     field_label(RecordType.REFERRAL, "consent_override_reason"),
                     self.override_reason)
        self._form = form
        self.consent.group.idToggled.connect(lambda _i, _on: self._consent_changed())
        self.override_reason.textChanged.connect(self._update_send)

        self.send_reason = HelpLabel()
        self.send_reason.setObjectName("send_reason")
        self.main_layout.addLayout(form)
        self.main_layout.addStretch(1)
        self.main_layout.addWidget(self.send_reason)
        self.send_button = self.add_buttons(tr("Send referral"), name="send", enter_saves=False)
        self.send_button.clicked.disconnect(self.save)
        self.send_button.clicked.connect(lambda: self._finish(send=True))
        self.draft_button = self.buttons.addButton(tr("Save as draft"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.draft_button.setObjectName("save_draft")
        self.draft_button.setAutoDefault(False)
        self.draft_button.clicked.connect(lambda: self._finish(send=False))

        if value:
            self.set_value(value)
        self._filter_providers()
        self._consent_changed()
        self.resize(620, 720)

    # -- providers ---------------------------------------------------------------------------

    def visible_providers(self) -> list[dict[str, Any]]:
        """The directory entries that offer the chosen service and match the search."""
        service = self.service_type.currentData()
        words = _fold(self.provider_search.text()).split()
        shown = []
        for p in self._providers:
            if service is not None and service not in (p.get("service_types") or []):
                continue
            haystack = _fold(f"{p.get('name', '')} {p.get('organization', '')}")
            if all(w in haystack for w in words):
                shown.append(p)
        return sorted(shown, key=lambda p: _fold(str(p.get("name") or "")))

    @Slot()
    def _filter_providers(self) -> None:
        chosen = self.provider_id()
        self.provider_list.clear()
        for p in self.visible_providers():
            item = QListWidgetItem(provider_text(p))
            item.setData(Qt.ItemDataRole.UserRole, p.get("id"))
            self.provider_list.addItem(item)
            if p.get("id") == chosen:
                self.provider_list.setCurrentItem(item)
        if self.provider_list.count():
            self.provider_empty.set_help("")
        elif self.service_type.currentData() is not None and not self.provider_search.text():
            service = choice_label("service_type", self.service_type.currentData())
            self.provider_empty.set_help(tr("No provider in the directory offers {service}. You "
                                            "can save the referral without a provider.").format(
                                             service=service.lower()))
        else:
            self.provider_empty.set_help(tr("No provider matches the search."))

    def provider_id(self) -> str | None:
        item = self.provider_list.currentItem()
        if item is None or not item.isSelected():
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return str(value) if value is not None else None

    # -- consent -----------------------------------------------------------------------------

    def _consent_changed(self) -> None:
        without = self.consent.value() is False
        block = self.override_reason.parentWidget()
        assert block is not None
        position: tuple[int, Any] = self._form.getWidgetPosition(block)  # type: ignore[assignment]
        self._form.setRowVisible(position[0], without)
        self._update_send()

    def send_blocker(self) -> str | None:
        """Why Send is disabled (the workflow's own words), or None when it is allowed."""
        if self.consent.value() is True:
            return None
        if self.consent.value() is False and self.override_reason.toPlainText().strip():
            return None
        return NO_CONSENT + "."

    @Slot()
    def _update_send(self) -> None:
        blocker = self.send_blocker()
        self.send_button.setEnabled(blocker is None)
        self.send_button.setToolTip(blocker or tr("Save and send the referral to the provider"))
        self.send_reason.set_help(blocker or "")

    # -- value -------------------------------------------------------------------------------

    def set_value(self, value: Mapping[str, Any]) -> None:
        """Fill in a draft referral to finish it."""
        set_combo_value(self.child, value.get("person_id"))
        set_combo_value(self.service_type, value.get("service_type"))
        self._filter_providers()
        for i in range(self.provider_list.count()):
            item = self.provider_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == value.get("provider_id"):
                self.provider_list.setCurrentItem(item)
        self.urgency.set_value(value.get("urgency", "routine"))
        self.reason.setPlainText(str(value.get("reason") or ""))
        consent = value.get("consent")
        self.consent.set_value(consent if isinstance(consent, bool) else None)
        self.override_reason.setPlainText(str(value.get("consent_override_reason") or ""))

    def value(self) -> dict[str, Any]:
        """The referral's fields for Casework.refer (the status is set there)."""
        consent = self.consent.value()
        referral: dict[str, Any] = {
            "person_id": self.child.currentData(),
            "service_type": self.service_type.currentData(),
            "provider_id": self.provider_id(),
            "urgency": self.urgency.value(),
            "reason": self.reason.toPlainText().strip() or None,
            "consent": consent,
            "consent_override_reason": (self.override_reason.toPlainText().strip() or None)
            if consent is False else None,
        }
        return {k: v for k, v in referral.items() if v is not None}

    def send_requested(self) -> bool:
        """True when the user chose Send rather than Save as draft."""
        return self._send

    def problems(self) -> dict[str, str]:
        value = self.value()
        errors = fields_problems(RecordType.REFERRAL, {**value, "status": "draft"})
        if value.get("person_id") is None:
            errors["person_id"] = tr("Choose the child this referral is for.")
        if value.get("service_type") is None:
            errors["service_type"] = tr("Choose the service the child needs.")
        if self._send and self.send_blocker() is not None:
            errors.setdefault("consent", NO_CONSENT + ".")
        return errors

    def _finish(self, *, send: bool) -> None:
        self._send = send  # Send is checked for consent; send_requested() says which it was
        self.save()
