"""The domain's words for codes and fields (casemgr.domain.labels, records.FIELDS) in the
interface's language. The domain layer cannot import Qt, so its English words are translated
here, at the UI's boundary, with `tr` (the catalogue lists them through casemgr.ui.vocabulary,
generated from the domain by scripts/update_translations.py)."""

from __future__ import annotations

from typing import Any

from casemgr.domain import labels
from casemgr.domain.labels import vocabulary_of
from casemgr.domain.records import FIELDS, Kind, RecordType
from casemgr.ui.i18n import N_, local_date, tr

# What a view shows for a value the server withheld from this user (a restricted field or
# answer, docs/sync.md "Restricted fields"): never a blank that looks like "no answer".
RESTRICTED = N_("Restricted — ask your supervisor")


def _is_date(record_type: str, name: str) -> bool:
    try:
        spec = FIELDS[RecordType(record_type)].get(name)
    except ValueError:
        return False
    return spec is not None and spec.kind == Kind.DATE


def choice_label(vocabulary: str, value: Any) -> str:
    """The caseworker's word for a stored value, in the interface's language."""
    return tr(labels.choice_label(vocabulary, value))


def field_text(record_type: str, name: str, value: Any) -> str:
    """A stored field value as a caseworker reads it, in the interface's language."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, str) and _is_date(record_type, name):
        return local_date(value)  # ISO in English, the language's own way otherwise
    vocabulary = vocabulary_of(record_type, name)
    if isinstance(value, list):
        return ", ".join(choice_label(vocabulary, v) if vocabulary else str(v) for v in value)
    return choice_label(vocabulary, value) if vocabulary else str(value)


__all__ = ["choice_label", "field_text", "vocabulary_of"]
