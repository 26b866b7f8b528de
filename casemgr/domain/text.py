"""Words the domain and the use cases say to people: English, kept translatable.

The domain has no Qt, so it cannot translate. It says what it means with
`msg(template, **params)`: a `Text`, which *is* the English sentence (a str: the command
line, logs of codes and tests read it as before) and also keeps its template and parameters,
so that the desktop can say it in the user's language (`casemgr.ui.i18n.localize`:
the template's translation, formatted with each parameter localized in turn).

scripts/update_translations.py finds the literal first argument of every `msg(...)` call in
casemgr/domain and casemgr/app and lists it for pyside6-lupdate (casemgr/ui/vocabulary.py),
so a new sentence reaches the translators' catalogues like any string of the UI.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Text(str):
    """An English sentence that remembers the template and parameters it was made from."""

    template: str
    params: Mapping[str, Any]

    def __new__(cls, template: str, params: Mapping[str, Any]) -> Text:
        self = super().__new__(cls, template.format(**params) if params else template)
        self.template = template
        self.params = dict(params)
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # copies and pickles keep the template
        return (Text, (self.template, self.params))


def msg(template: str, /, **params: Any) -> Text:
    """`template` ("Only a closed case can be reopened.", "A {status} referral …") with its
    `{name}` fields filled from `params`: English now, translatable where it is shown."""
    return Text(template, params)


__all__ = ["Text", "msg"]
