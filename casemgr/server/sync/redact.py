"""The one choke point for restricted values leaving the server (docs/sync.md, "Restricted
fields"): every record the server sends (a pull's change feed and whole cases, conflict
records among them, a record an admin route answers with) and every quarantined change it
shows passes through `Redactor` for the reader's role, which withholds what that role may
not read (casemgr.domain.restricted) and names it in `withheld`.

The forms whose questions may be restricted are the published ones (the forms table, where
`init-db` puts the shipped forms too); each definition is parsed once per process, keyed by
its content, and the set of them is kept per process keyed by the server's epoch and each
form's id, version and publication time (a published version never changes; a database
restored from a backup has a new epoch), so that a pull page reads no definition.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from casemgr.domain.forms import FormDefinition, FormDefinitionError, parse_form
from casemgr.domain.records import RecordType
from casemgr.domain.restricted import Forms, redact, unreadable_fields
from casemgr.server import tables as t
from casemgr.server.accounts import read_epoch
from casemgr.sync.protocol import QuarantinedChange, RecordOut

_PARSED: dict[str, FormDefinition | None] = {}  # sha256 of a definition -> parsed (None: bad)
_LOCK = threading.Lock()
_PARSED_MAX = 1000
# (epoch, ((form id, version, published at), ...)) -> the forms they are, parsed
_SETS: dict[tuple[Any, ...], Forms] = {}
_SETS_MAX = 64


# Which versions are published and when (built once: every push and pull with records
# asks; the catalog's forms digest reads the same rows, casemgr.server.admin).
PUBLISHED_FORMS = (sa.select(t.forms.c.form_id, t.forms.c.version, t.forms.c.published_at)
                   .order_by(t.forms.c.form_id, t.forms.c.version))


def server_forms(conn: sa.Connection) -> Forms:
    """The published forms by (id, version), as the forms engine reads them (a copy: the
    caller may keep or change it)."""
    key = (read_epoch(conn), tuple(tuple(r) for r in conn.execute(PUBLISHED_FORMS)))
    with _LOCK:
        known = _SETS.get(key)
    if known is not None:
        return dict(known)
    out = _read_forms(conn)
    with _LOCK:
        if len(_SETS) >= _SETS_MAX:
            _SETS.clear()
        _SETS[key] = dict(out)
    return out


def _read_forms(conn: sa.Connection) -> dict[tuple[str, int], FormDefinition]:
    f = t.forms
    out: dict[tuple[str, int], FormDefinition] = {}
    for form_id, version, definition in conn.execute(
            sa.select(f.c.form_id, f.c.version, f.c.definition)):
        key = hashlib.sha256(json.dumps(definition, sort_keys=True).encode()).hexdigest()
        with _LOCK:
            if key not in _PARSED:
                if len(_PARSED) >= _PARSED_MAX:
                    _PARSED.clear()
                try:
                    _PARSED[key] = parse_form(definition)
                except FormDefinitionError:
                    _PARSED[key] = None
            form = _PARSED[key]
        if form is not None:
            out[(form_id, int(version))] = form
    return out


class Redactor:
    """What a reader of `role` may be sent of records and quarantined changes."""

    def __init__(self, role: str, forms: Forms) -> None:
        self.role = role
        self.forms = forms
        self._unreadable: dict[RecordType, frozenset[str]] = {}

    @classmethod
    def of(cls, conn: sa.Connection, role: Any) -> Redactor:
        return cls(str(getattr(role, "value", role)), server_forms(conn))

    def record(self, rec: RecordOut) -> RecordOut:
        """The record as the reader may see it: restricted values withheld and named."""
        rtype = rec.type
        if rtype is not RecordType.ASSESSMENT and rtype is not RecordType.CONFLICT:
            # Only the record schema's fields can be withheld (casemgr.domain.restricted
            # .redact): most records have no value of one, and go as they are.
            unreadable = self._unreadable.get(rtype)
            if unreadable is None:
                unreadable = self._unreadable[rtype] = unreadable_fields(rtype, self.role)
            fields = rec.fields
            if not any(fields.get(name) is not None for name in unreadable):
                return rec
        seen = redact(rtype, rec.fields, self.role, self.forms)
        if not seen.withheld:
            return rec
        return rec.model_copy(update={"fields": seen.fields, "withheld": list(seen.withheld)})

    def records(self, recs: Iterable[RecordOut]) -> list[RecordOut]:
        return [self.record(rec) for rec in recs]

    def quarantined(self, change: QuarantinedChange) -> QuarantinedChange:
        """A refused op as the reader may see it: the values of what they may not read
        taken out of its changes (base and new value alike)."""
        op = change.op
        withheld: set[str] = set()
        changes = dict(op.changes)
        named = {k: c.value for k, c in op.changes.items() if k in ("form_id", "form_version")}
        for part in ("base", "value"):
            fields: dict[str, Any] = {k: getattr(c, part) for k, c in changes.items()}
            fields.update({k: v for k, v in named.items() if fields.get(k) is None})
            seen = redact(op.record_type, fields, self.role, self.forms)
            for name in seen.withheld:
                withheld.add(name)
                top = name.split(".", 1)[0]
                if top == name:
                    changes.pop(name, None)
                elif top in changes:
                    kept = seen.fields.get(top)
                    changes[top] = changes[top].model_copy(update={part: kept})
        if not withheld:
            return change
        return change.model_copy(update={"op": op.model_copy(update={"changes": changes}),
                                         "withheld": sorted(withheld)})


__all__ = ["PUBLISHED_FORMS", "Redactor", "server_forms"]
