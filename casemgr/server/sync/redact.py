"""The one choke point for restricted values leaving the server (docs/sync.md, "Restricted
fields"): every record the server sends (a pull's change feed and whole cases, conflict
records among them, a record an admin route answers with) and every quarantined change it
shows passes through `Redactor` for the reader's role, which withholds what that role may
not read (casemgr.domain.restricted) and names it in `withheld`.

The forms whose questions may be restricted are the published ones (the forms table, where
`init-db` puts the shipped forms too); each definition is parsed once per process, keyed by
its content. Every push and pull asks which forms are published: the database answers with a
fingerprint of each definition (PostgreSQL's md5 of the jsonb text; SQLite's stored text,
hashed here), and a definition is read and parsed only when its fingerprint is new.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from casemgr.domain.forms import FormDefinition, FormDefinitionError, parse_form
from casemgr.domain.restricted import Forms, redact
from casemgr.server import tables as t
from casemgr.sync.protocol import QuarantinedChange, RecordOut

_PARSED: dict[str, FormDefinition | None] = {}  # sha256 of a definition -> parsed (None: bad)
_LOCK = threading.Lock()
_PARSED_MAX = 1000


_f = t.forms
# What a definition's content comes down to, computed where it is stored: the forms are tens
# of kilobytes of JSON, which decoding, re-encoding and hashing on every push and pull cost
# more than the rest of a small push. jsonb's text is canonical (the same content gives the
# same text); SQLite keeps the text it was given, hashed here.
_FINGERPRINTS = {
    "postgresql": sa.select(_f.c.form_id, _f.c.version,
                            sa.func.md5(sa.cast(_f.c.definition, sa.Text))),
    "sqlite": sa.select(_f.c.form_id, _f.c.version, sa.cast(_f.c.definition, sa.Text)),
}
_DEFINITION = sa.select(_f.c.definition).where(_f.c.form_id == sa.bindparam("form_id"),
                                                _f.c.version == sa.bindparam("version"))


def server_forms(conn: sa.Connection) -> Forms:
    """The published forms by (id, version), as the forms engine reads them."""
    dialect = conn.dialect.name
    listing = _FINGERPRINTS.get(dialect)
    if listing is None:  # another database: hash the decoded definition, as it comes
        rows = [(form_id, version, json.dumps(definition, sort_keys=True)) for
                form_id, version, definition in conn.execute(
                    sa.select(_f.c.form_id, _f.c.version, _f.c.definition))]
    else:
        rows = [tuple(row) for row in conn.execute(listing)]
    out: dict[tuple[str, int], FormDefinition] = {}
    for form_id, version, fingerprint in rows:
        key = (f"{dialect}:{fingerprint}" if dialect == "postgresql" else
               hashlib.sha256(str(fingerprint).encode()).hexdigest())
        with _LOCK:
            known = key in _PARSED
            form = _PARSED.get(key)
        if not known:
            definition = conn.execute(_DEFINITION, {"form_id": form_id, "version": version}
                                      ).scalar_one()
            try:
                form = parse_form(definition)
            except FormDefinitionError:
                form = None
            with _LOCK:
                if len(_PARSED) >= _PARSED_MAX:
                    _PARSED.clear()
                _PARSED[key] = form
        if form is not None:
            out[(form_id, int(version))] = form
    return out


class Redactor:
    """What a reader of `role` may be sent of records and quarantined changes."""

    def __init__(self, role: str, forms: Forms) -> None:
        self.role = role
        self.forms = forms

    @classmethod
    def of(cls, conn: sa.Connection, role: Any) -> Redactor:
        return cls(str(getattr(role, "value", role)), server_forms(conn))

    def record(self, rec: RecordOut) -> RecordOut:
        """The record as the reader may see it: restricted values withheld and named."""
        seen = redact(rec.type, rec.fields, self.role, self.forms)
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


__all__ = ["Redactor", "server_forms"]
