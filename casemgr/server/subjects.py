"""A person's data on the server: subject access (everything held about one person, for an
admin to hand over) and erasure (their records deleted after a second admin approves, and an
erase order every device gets at its next pull). docs/server.md, "A person's data".

What is about a person. A person (a child or a caregiver) is a record of a household (a
family) in a case. A record of the case *names* people through `person_id` (an assessment, a
referral) and `children_seen` (a visit). A record names the person alone when every person it
names is them; it names no one when it names nobody (the case record, the plan and its goals,
tasks, notes, attachments, approvals).

- **Subject access** gives the person record, their family record, the case(s) of their
  family, the records of those cases that name them or name no one (deleted ones too: the
  server keeps their fields, marked deleted), and the server's audit entries about any of
  these. Records naming only other people, the other people's person
  records and conflict records are left out; an attachment comes without its file key.
- **Erasure** deletes the person record, the records naming them alone, and the conflict
  records about any of those. If no one else is left in the household (no other live person
  record), nothing of the case is about anyone else: the whole case is erased (every record
  of it, its attachments' files, its scope). Otherwise the case and the other people remain;
  a visit that saw them and others stays, its text unchanged, and no longer names them (a
  change made on the server, synced as any). Free text that names the person elsewhere (a
  note, the case summary) is not searched for their name: an admin reads the subject access
  output first and corrects such text through the case file. Quarantined changes of erased
  records go too. The audit keeps ids and counts only; nothing is restored from it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa

from casemgr.domain.clock import iso_utc
from casemgr.domain.ids import uuid7
from casemgr.domain.records import RecordType
from casemgr.server import tables as t
from casemgr.server.accounts import write_audit
from casemgr.server.errors import ApiError
from casemgr.server.keys import ServerKeys
from casemgr.server.sync.changes import (
    ByDialect,
    StoredRecord,
    next_seq,
    write_server_change,
)
from casemgr.sync.protocol import (
    AuditEntry,
    Erasure,
    ErasureOut,
    RecordOut,
    SignedErasure,
    SubjectAccess,
)

_CHUNK = 500
# The fields through which a record names people of its household.
_PERSON_REF = "person_id"
_PERSON_REFS = "children_seen"


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def named(fields: dict[str, Any]) -> set[str]:
    """The people a record names (their person ids)."""
    out: set[str] = set()
    one = fields.get(_PERSON_REF)
    if isinstance(one, str) and one:
        out.add(one)
    many = fields.get(_PERSON_REFS)
    if isinstance(many, list):
        out.update(x for x in many if isinstance(x, str))
    return out


def _load_person(conn: sa.Connection, person_id: str) -> StoredRecord:
    row = conn.execute(sa.select(t.records).where(t.records.c.id == person_id)).first()
    if row is None or row.type != RecordType.PERSON.value:
        raise ApiError(404, "not_found", "There is no such person on the server (erased "
                       "already, or the id is not a person's).")
    return StoredRecord.of_row(row)


def _case_ids(conn: sa.Connection, person: StoredRecord) -> list[str]:
    """The cases of the person's household: their own and any other case of the family."""
    r = t.records
    family_id = person.fields.get("family_id")
    ids = {person.case_id} if person.case_id else set()
    if isinstance(family_id, str):
        ids.update(conn.scalars(sa.select(r.c.id).where(
            r.c.type == RecordType.CASE.value,
            r.c.fields["family_id"].as_string() == family_id)))
    return sorted(ids)


def _case_rows(conn: sa.Connection, case_ids: Sequence[str]) -> list[StoredRecord]:
    r = t.records
    rows: list[StoredRecord] = []
    for chunk in _chunks(case_ids):
        rows.extend(StoredRecord.of_row(row) for row in conn.execute(
            sa.select(r).where(r.c.case_id.in_(chunk)).order_by(r.c.seq)))
    return rows


def _out(rec: StoredRecord) -> RecordOut:
    out = rec.out()
    if rec.type is RecordType.ATTACHMENT and "file_key" in out.fields:
        out = out.model_copy(update={"fields": {k: v for k, v in out.fields.items()
                                                if k != "file_key"}})
    return out


# -- subject access ------------------------------------------------------------------------------

def subject_access(conn: sa.Connection, person_id: str, *, actor: str, now: int
                   ) -> SubjectAccess:
    """Everything held about one person (see the module's docstring), audited as
    `subject_access` with counts only."""
    person = _load_person(conn, person_id)
    case_ids = _case_ids(conn, person)
    family_id = person.fields.get("family_id")
    family: StoredRecord | None = None
    cases: list[StoredRecord] = []
    records: list[StoredRecord] = []
    for rec in _case_rows(conn, case_ids):
        if rec.id == person.id:
            continue  # deleted records are held too: they come, marked deleted
        if rec.type is RecordType.FAMILY and rec.id == family_id:
            family = rec
        elif rec.type is RecordType.CASE:
            cases.append(rec)
        elif rec.type in (RecordType.PERSON, RecordType.FAMILY, RecordType.CONFLICT):
            continue  # other people, another family, the values of a conflict
        else:
            names = named(rec.fields)
            if not names or person.id in names:
                records.append(rec)
    ids = [person.id, *(c.id for c in cases), *(r.id for r in records)]
    if family is not None:
        ids.append(family.id)
    audit = _audit_about(conn, ids, case_ids)
    write_audit(conn, now, actor, "subject_access", person.id,
                {"person_id": person.id, "cases": len(cases), "records": len(records) + 1,
                 "audit_entries": len(audit)})
    return SubjectAccess(person_id=person.id, produced_at=iso_utc(now), produced_by=actor,
                         person=_out(person), family=_out(family) if family else None,
                         cases=[_out(c) for c in cases], records=[_out(r) for r in records],
                         audit=audit)


def _audit_about(conn: sa.Connection, ids: Sequence[str], case_ids: Sequence[str]
                 ) -> list[AuditEntry]:
    """The server's audit entries whose target, case or record is one of these."""
    a = t.audit
    found: dict[int, Any] = {}
    wanted = sorted(set(ids) | set(case_ids))
    for chunk in _chunks(wanted):
        for row in conn.execute(sa.select(a).where(sa.or_(
                a.c.target.in_(chunk), a.c.detail["case_id"].as_string().in_(chunk),
                a.c.detail["record_id"].as_string().in_(chunk),
                a.c.detail["person_id"].as_string().in_(chunk)))):
            found[row.id] = row
    return [AuditEntry(id=r.id, at=r.at, actor=r.actor, action=r.action, target=r.target,
                       detail=r.detail) for _, r in sorted(found.items())]


# -- erasure -------------------------------------------------------------------------------------

def _erasure_out(row: Any) -> ErasureOut:
    return ErasureOut(id=row.id, person_id=row.person_id, status=row.status,
                      requested_by=row.requested_by, requested_at=row.requested_at,
                      approved_by=row.approved_by, approved_at=row.approved_at,
                      records=len(row.record_ids or []), cases=len(row.case_ids or []),
                      files=row.files or 0)


def list_erasures(conn: sa.Connection) -> list[ErasureOut]:
    e = t.erasures
    return [_erasure_out(row) for row in conn.execute(
        sa.select(e).order_by(e.c.requested_at.desc(), e.c.id.desc()))]


def _get(conn: sa.Connection, erasure_id: str, *, lock: bool = False) -> Any:
    query = sa.select(t.erasures).where(t.erasures.c.id == erasure_id)
    row = conn.execute(query.with_for_update() if lock else query).first()
    if row is None:
        raise ApiError(404, "not_found", "There is no such erasure request.")
    return row


def request_erasure(conn: sa.Connection, person_id: str, *, actor: str, now: int
                    ) -> ErasureOut:
    """Ask for a person's records to be erased; another admin must approve. One open
    request per person: asking again answers the open one."""
    _load_person(conn, person_id)
    e = t.erasures
    open_one = conn.execute(sa.select(e).where(e.c.person_id == person_id,
                                               e.c.status == "requested")).first()
    if open_one is not None:
        return _erasure_out(open_one)
    erasure_id = uuid7(lambda: now)
    conn.execute(sa.insert(e).values(id=erasure_id, person_id=person_id, status="requested",
                                     requested_by=actor, requested_at=iso_utc(now), files=0))
    write_audit(conn, now, actor, "erasure_requested", erasure_id,
                {"erasure_id": erasure_id, "person_id": person_id})
    return _erasure_out(_get(conn, erasure_id))


def cancel_erasure(conn: sa.Connection, erasure_id: str, *, actor: str, now: int
                   ) -> ErasureOut:
    """Withdraw a request not carried out yet (any admin may)."""
    row = _get(conn, erasure_id, lock=True)
    if row.status != "requested":
        raise ApiError(409, "not_open", f"This erasure is {row.status} already.")
    conn.execute(sa.update(t.erasures).where(t.erasures.c.id == erasure_id)
                 .values(status="cancelled", approved_by=actor, approved_at=iso_utc(now)))
    write_audit(conn, now, actor, "erasure_cancelled", erasure_id, {"erasure_id": erasure_id})
    return _erasure_out(_get(conn, erasure_id))


def approve_erasure(conn: sa.Connection, erasure_id: str, *, actor: str, now: int
                    ) -> ErasureOut:
    """A second admin approves: the records are erased in this transaction, and the erasure
    gets the change seq that carries its order to every device (`erase_orders`). The
    requester cannot approve their own request."""
    row = _get(conn, erasure_id, lock=True)
    if row.status != "requested":
        raise ApiError(409, "not_open", f"This erasure is {row.status} already.")
    if row.requested_by == actor:
        raise ApiError(403, "second_admin", "An erasure is approved by another administrator "
                       "than the one who asked for it.")
    person = _load_person(conn, row.person_id)
    record_ids, case_ids, shared = _erasable(conn, person)
    files = _erase_rows(conn, record_ids, case_ids)
    now_iso = iso_utc(now)
    for rec in shared:  # a visit that saw them and others: it no longer names them
        seen = [p for p in rec.fields.get(_PERSON_REFS) or [] if p != person.id]
        write_server_change(conn, record_id=rec.id, record_type=rec.type, case_id=rec.case_id,
                            changes={_PERSON_REFS: seen}, actor_name=actor, now_iso=now_iso)
    conn.execute(sa.insert(t.erased_records),
                 [{"record_id": rid, "erasure_id": erasure_id} for rid in record_ids])
    seq = next_seq(conn)  # last: the counter stays locked only to COMMIT
    conn.execute(sa.update(t.erasures).where(t.erasures.c.id == erasure_id).values(
        status="erased", approved_by=actor, approved_at=iso_utc(now), seq=seq,
        record_ids=record_ids, case_ids=case_ids, files=files))
    write_audit(conn, now, actor, "erasure_approved", erasure_id,
                {"erasure_id": erasure_id, "person_id": person.id,
                 "requested_by": row.requested_by, "records": len(record_ids),
                 "cases": len(case_ids), "files": files, "unnamed_in": len(shared)})
    return _erasure_out(_get(conn, erasure_id))


def _erasable(conn: sa.Connection, person: StoredRecord
              ) -> tuple[list[str], list[str], list[StoredRecord]]:
    """The record ids to erase, the cases erased whole, and the records that name the person
    among others (they stay, without the person's id: see the module's docstring)."""
    case_ids = _case_ids(conn, person)
    rows = _case_rows(conn, case_ids)
    family_id = person.fields.get("family_id")
    others = [r for r in rows if r.type is RecordType.PERSON and r.id != person.id
              and not r.deleted and r.fields.get("family_id") == family_id]
    if not others:
        return sorted({person.id, *(r.id for r in rows)}), case_ids, []
    erased = {person.id}
    shared: list[StoredRecord] = []
    for rec in rows:
        names = named(rec.fields)
        if names and names <= {person.id}:
            erased.add(rec.id)
        elif person.id in names and not rec.deleted:
            shared.append(rec)
    for rec in rows:
        if rec.type is RecordType.CONFLICT and rec.fields.get("record_id") in erased:
            erased.add(rec.id)
    return sorted(erased), [], [r for r in shared if r.id not in erased]


def _erase_rows(conn: sa.Connection, record_ids: Sequence[str], case_ids: Sequence[str]
                ) -> int:
    """Delete the records, their attachments' files (unless another record holds the same
    file), quarantined changes of them, and the scope of the cases erased whole; the files
    erased."""
    r, b = t.records, t.blobs
    shas: set[str] = set()
    for chunk in _chunks(record_ids):
        for fields in conn.scalars(sa.select(r.c.fields).where(
                r.c.id.in_(chunk), r.c.type == RecordType.ATTACHMENT.value)):
            if isinstance((fields or {}).get("sha256"), str):
                shas.add(fields["sha256"])
        shas.update(conn.scalars(sa.select(b.c.sha256).where(b.c.record_id.in_(chunk))))
    gone = set(record_ids)
    kept_shas = {
        (row.fields or {}).get("sha256") for row in conn.execute(
            sa.select(r.c.id, r.c.fields).where(r.c.type == RecordType.ATTACHMENT.value,
                                                 r.c.fields["sha256"].as_string().in_(
                                                     sorted(shas))))
        if row.id not in gone} if shas else set()
    files = 0
    for sha in sorted(shas - kept_shas):
        conn.execute(sa.delete(t.blob_chunks).where(t.blob_chunks.c.sha256 == sha))
        files += conn.execute(sa.delete(b).where(b.c.sha256 == sha)).rowcount or 0
    q = t.quarantine
    if case_ids or record_ids:
        for chunk in _chunks(case_ids):
            conn.execute(sa.delete(q).where(q.c.case_id.in_(chunk)))
        rows = conn.execute(sa.select(q.c.id, q.c.op))
        doomed = [row.id for row in rows if (row.op or {}).get("record_id") in gone]
        for chunk in _chunks(doomed):
            conn.execute(sa.delete(q).where(q.c.id.in_(chunk)))
    for chunk in _chunks(record_ids):
        conn.execute(sa.delete(t.record_audience).where(t.record_audience.c.record_id.in_(chunk)))
        conn.execute(sa.delete(r).where(r.c.id.in_(chunk)))
    for chunk in _chunks(case_ids):
        conn.execute(sa.delete(t.case_scope).where(t.case_scope.c.case_id.in_(chunk)))
        conn.execute(sa.delete(t.device_cases).where(t.device_cases.c.case_id.in_(chunk)))
    return files


# -- to devices ----------------------------------------------------------------------------------

# Built once: every pull runs it.
_ERASED_BETWEEN = (sa.select(t.erasures.c.id, t.erasures.c.record_ids, t.erasures.c.case_ids)
                   .where(t.erasures.c.status == "erased",
                          t.erasures.c.seq > sa.bindparam("b_after"),
                          t.erasures.c.seq <= sa.bindparam("b_upto"))
                   .order_by(t.erasures.c.seq))


def erase_orders(conn: sa.Connection, device_id: str, after: int, upto: int, now_iso: str,
                 nonce: str, keys: ServerKeys) -> list[SignedErasure]:
    """The erasures carried out after the cursor `after` up to `upto`, each signed for this
    device with the pull's nonce (the evictions'). Every device gets them, whatever its
    scope: a device that never held the records finds nothing to delete."""
    rows = conn.execute(_ERASED_BETWEEN, {"b_after": after, "b_upto": upto})
    return [keys.sign_erasure(Erasure(device_id=device_id, erasure_id=row.id,
                                      record_ids=list(row.record_ids or []),
                                      case_ids=list(row.case_ids or []), time=now_iso,
                                      nonce=nonce))
            for row in rows]


# Built once: every push asks it (a statement with its ids inside costs a compilation each).
_ERASED_AMONG = ByDialect(lambda in_list: sa.select(t.erased_records.c.record_id).where(
    in_list(t.erased_records.c.record_id, "ids")))


def erased_among(conn: sa.Connection, ids: Iterable[str]) -> set[str]:
    """Which of these ids were erased (a push naming one is refused)."""
    wanted = sorted({i for i in ids if i})
    found: set[str] = set()
    for chunk in _chunks(wanted):
        found.update(conn.scalars(_ERASED_AMONG(conn), {"ids": list(chunk)}))
    return found


__all__ = ["approve_erasure", "cancel_erasure", "erase_orders", "erased_among",
           "list_erasures", "named", "request_erasure", "subject_access"]
