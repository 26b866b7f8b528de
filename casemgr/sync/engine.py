"""The sync client engine: push the outbox, pull pages, evict, wipe on revocation; an
eviction or a revocation is obeyed only when the server's key signed it (docs/sync.md,
"Removals").

Qt-free: progress goes to a plain callback. Each pulled page is applied with its cursor in
one local transaction (casemgr.db.sync_store), so a crash or a kill at any point leaves a
workspace that simply syncs again; pushes are idempotent on the server (op id, client seq),
so sending an op twice never applies it twice.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass

from casemgr.db.attachments import sealed_size, sha256_of
from casemgr.db.space import disk_full, is_disk_full
from casemgr.db.store import GLASS_NOTICES, OutboxOp
from casemgr.db.sync_store import (
    ACCESS_EVENTS_SENT,
    ErasureOrder,
    PushOutcome,
    RemoteRecord,
    SyncStore,
)
from casemgr.db.workspace import Workspace, delete_workspace_files
from casemgr.domain.errors import DomainError
from casemgr.domain.forms import parse_form
from casemgr.domain.records import RecordType
from casemgr.sync import protocol
from casemgr.sync.lease import (
    LeaseInvalid,
    RemovalInvalid,
    issued_ms_ago,
    verify_erasure,
    verify_lease,
    verify_removal,
)
from casemgr.sync.transport import Refused, Revoked, ServerTrouble, Transport

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncProgress:
    """Where a sync is: the phase, records done and known total, bytes moved so far, and
    the cases (and record types) the step just wrote, so that a UI refreshes only those."""

    phase: str  # push | files | pull | evict | finish
    done: int
    total: int | None
    bytes_sent: int
    bytes_received: int
    case_ids: frozenset[str] = frozenset()  # "evict": the cases purged from this device
    record_types: frozenset[str] = frozenset()


# A lease is fetched again once it is a day old, though nothing in it changed: the offline
# time a caseworker leaves with is then never more than a day short of the whole lease.
LEASE_REFRESH_MS = 24 * 3600 * 1000


@dataclass
class SyncSummary:
    pushed: int = 0
    applied: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    evicted: int = 0
    files_sent: int = 0
    files_received: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    epoch_changed: bool = False
    # Records whose acknowledged changes a server restored from a backup had lost, queued
    # again (an update, a delete or a re-create each) and pushed in the same sync.
    resent: int = 0
    # Pulled records this device was not given (of a case not in its scope, or personal
    # records of someone else): never stored.
    refused: int = 0
    # Evictions without the server's signature: ignored (the cases are kept) and audited.
    unsigned_evictions: int = 0
    # Records of a person erased on the server, erased here too (signed erase orders);
    # erase orders without the server's signature: ignored and audited.
    erased: int = 0
    unsigned_erasures: int = 0
    # The pull cursor the sync ended at: what live updates wait past (casemgr.sync.live).
    cursor: int = 0

    def line(self) -> str:
        line = (f"pushed {self.pushed} (merged {self.merged}, conflicts {self.conflicts}, "
                f"rejected {self.rejected}), pulled {self.pulled}, evicted {self.evicted} "
                f"cases")
        if self.resent:
            line += f", re-sent {self.resent} records the restored server had lost"
        if self.refused:
            line += f", refused {self.refused} records not meant for this device"
        if self.unsigned_evictions:
            line += (f", ignored {self.unsigned_evictions} orders to remove a case that the "
                     "server had not signed (the cases are kept)")
        if self.erased:
            line += f", erased {self.erased} records at an administrator's request"
        if self.unsigned_erasures:
            line += (f", ignored {self.unsigned_erasures} orders to erase records that the "
                     "server had not signed")
        return line


def to_protocol(op: OutboxOp) -> protocol.Op:
    return protocol.Op(
        op_id=op.op_id, client_seq=op.client_seq, record_id=op.record_id,
        record_type=op.record_type, case_id=op.case_id, kind=op.kind,  # type: ignore[arg-type]
        base_rev=op.base_rev,
        changes={k: protocol.FieldChange(base=v.get("base"), value=v.get("value"))
                 for k, v in op.changes.items()},
        hlc=op.hlc, created_at=op.created_at)


_TYPE_VALUES = {t: t.value for t in RecordType}  # faster than .value, once per record


def to_remote(record: protocol.RecordOut) -> RemoteRecord:
    # The fields as validated (the page's model is dropped once applied: no copy needed).
    return RemoteRecord(record.id, _TYPE_VALUES[record.type], record.case_id, record.fields,
                        record.rev, record.seq, record.created_at, record.created_by,
                        record.updated_at, record.updated_by, record.deleted,
                        tuple(record.withheld))


class SyncEngine:
    """Push then pull, for one unlocked server-bound workspace."""

    def __init__(self, ws: Workspace, transport: Transport, *,
                 progress: Callable[[SyncProgress], None] | None = None,
                 push_batch: int = 200, pull_limit: int = protocol.DEFAULT_PULL_LIMIT) -> None:
        self.ws = ws
        self.transport = transport
        self.store = SyncStore(ws)
        self._progress = progress
        self.push_batch = min(push_batch, protocol.MAX_OPS_PER_PUSH)
        self.pull_limit = min(pull_limit, protocol.MAX_PULL_LIMIT)
        self.catalog: protocol.Catalog | None = None  # what the last pull said is current

    def _report(self, phase: str, done: int, total: int | None, *,
                case_ids: frozenset[str] = frozenset(),
                record_types: frozenset[str] = frozenset()) -> None:
        if self._progress:
            self._progress(SyncProgress(phase, done, total, self.transport.bytes_sent,
                                        self.transport.bytes_received, case_ids, record_types))

    def sync(self) -> SyncSummary:
        """Push every pending change, then pull until up to date; wipe if revoked."""
        summary = SyncSummary()
        self.transport.trust(self.ws.meta("server_public_key"),
                             self.store.state().last_server_time)
        try:
            self.escrow_rotated_key()
            self.push(summary)
            self.send_audit_events()
            self.send_access_events()
            self.upload_files(summary)
            held = self.store.recovering()
            self.pull(summary)
            if held or summary.resent:
                # A restored server: the re-pull queued what it had lost, and the rest of
                # the outbox waited for it (push): send them now.
                self.push(summary)
                self.upload_files(summary)
            self.download_files(summary)
            self.refresh_downloads(self.catalog)
        except Revoked:
            self.wipe()
            raise
        summary.bytes_sent = self.transport.bytes_sent
        summary.bytes_received = self.transport.bytes_received
        self._report("finish", summary.pushed + summary.pulled, summary.pushed + summary.pulled)
        return summary

    # -- key escrow --------------------------------------------------------------------------

    def escrow_rotated_key(self) -> bool:
        """After a key rotation (Workspace.rotate_key), send the new data key to the server
        that escrows it, first thing in the sync, so that recovery after a lockout gets the
        key that opens the workspace now; the mark is cleared only once the server confirmed
        (a failed attempt is simply made again at the next sync)."""
        mark = self.ws.escrow_pending()
        if mark is None:
            return False
        try:
            self.transport.escrow(
                base64.b64encode(self.ws.data_key_for_escrow()).decode("ascii"))
        except Refused as exc:
            if exc.status != 404:
                raise
            return False  # a server older than this endpoint: kept for a later sync
        self.ws.escrow_sent(mark)
        return True

    # -- exports and prints, for the server's audit log ------------------------------------------

    def send_audit_events(self) -> int:
        """Send the exports and prints of this device's audit chain that the server does not
        have yet (metadata only), oldest first; a server older than this endpoint keeps them
        waiting for a later sync. Returns how many were sent."""
        sent = 0
        upto = self.store.audit_head_seq()  # what is written later waits for the next sync
        while True:
            events = self.store.unsent_audit_events(protocol.AUDITED_EVENTS,
                                                    protocol.MAX_AUDIT_EVENTS, upto=upto)
            if not events:
                self.store.audit_events_checked(upto)
                return sent
            try:
                self.transport.audit_events([protocol.AuditEvent.model_validate(e)
                                             for e in events])
            except Refused as exc:
                if exc.status != 404:
                    raise
                return sent  # a server older than this endpoint
            self.store.audit_events_sent(int(events[-1]["seq"]))
            sent += len(events)

    def send_access_events(self) -> int:
        """Send the case files opened (and attachments saved as copies) on this device that
        the server does not have yet: the record and when, nothing of what it holds; the
        case's access log shows them to its supervisors (docs/sync.md). A server older than
        the endpoint keeps them waiting. Returns how many were sent."""
        sent = 0
        upto = self.store.audit_head_seq()
        while True:
            events = self.store.unsent_audit_events(protocol.ACCESS_EVENTS,
                                                    protocol.MAX_AUDIT_EVENTS,
                                                    ACCESS_EVENTS_SENT, upto=upto)
            if not events:
                self.store.audit_events_checked(upto, ACCESS_EVENTS_SENT)
                return sent
            try:
                self.transport.access_events([protocol.AccessEvent.model_validate(
                    {k: v for k, v in e.items() if k != "detail"}) for e in events])
            except Refused as exc:
                if exc.status != 404:
                    raise
                return sent  # a server older than this endpoint
            self.store.audit_events_sent(int(events[-1]["seq"]), ACCESS_EVENTS_SENT)
            sent += len(events)

    # -- push --------------------------------------------------------------------------------

    def push(self, summary: SyncSummary, *, evicting: bool = False) -> None:
        """Send the outbox, oldest first. While a re-pull after a new epoch has not finished
        (a restored server; the push that noticed it, or a sync cut short since), the rest
        waits for it: it re-creates the records the server lost first, so that their later
        edits are not refused as changes of records the server does not have. What a case
        leaving scope still holds is sent regardless (`evicting`), before it is purged."""
        total = self.store.outbox_count()
        while True:
            if not evicting and self.store.recovering():
                return
            ops = self.store.pending(self.push_batch)
            if not ops:
                return
            answer = self.transport.push(
                # What will still wait once this push is answered: the admin's "waiting".
                [to_protocol(op) for op in ops],
                outbox_lag=max(0, self.store.outbox_count() - len(ops)),
                audit_head=self.ws.meta("audit_head") or None,
                epoch=self.store.state().epoch or None)
            self._check_epoch(answer.epoch, summary)
            outcomes = [PushOutcome(r.client_seq, r.op_id, r.status, r.rev, r.reason)
                        for r in answer.results]
            if not outcomes:
                raise ServerTrouble("The server answered a push without any result.")
            done = self.store.apply_push_results(ops, outcomes)
            summary.pushed += len(outcomes)
            summary.applied += done.applied
            summary.merged += done.merged
            summary.conflicts += done.conflicts
            summary.rejected += done.rejected
            self._report("push", summary.pushed, total,
                         case_ids=frozenset(op.case_id for op in ops if op.case_id),
                         record_types=frozenset(op.record_type for op in ops))

    # -- pull --------------------------------------------------------------------------------

    def pull(self, summary: SyncSummary) -> None:
        cursor = self.store.state().cursor
        while True:
            page = self.transport.pull(cursor, self.pull_limit, with_catalog=True,
                                       with_notices=True)
            self.catalog = page.catalog
            if page.notices is not None:  # the last page's: the user's open notices now
                notices = json.dumps([n.model_dump(mode="json") for n in page.notices],
                                     sort_keys=True)
                if notices != (self.ws.meta(GLASS_NOTICES) or "[]"):
                    self.store.set_meta(GLASS_NOTICES, notices)
                    # The notices come as tasks: the views that show tasks read them again.
                    self._report("pull", summary.pulled, None,
                                 record_types=frozenset({RecordType.TASK.value}))
            if self._check_epoch(page.epoch, summary) and cursor:
                cursor = 0  # a restored server: its sequence started again; read it all
                continue
            if page.next_cursor < cursor and page.records:
                raise ServerTrouble("The server's cursor went backwards; nothing was applied.")
            evict, unsigned = self._signed_evictions(page, cursor)
            erase, unsigned_erase = self._signed_erasures(page, cursor)
            # A case that left this device's scope: send what the device still holds for
            # it, then purge it with the page, in the cursor's transaction.
            # Likewise before an erasure: the client seqs stay gapless (the server refuses an
            # edit of an erased record without keeping it).
            if any(self.store.pending(1, case_id=case_id) for case_id in evict) or (
                    erase and self._pending_about(erase)):
                self.push(summary, evicting=True)
            applied = self.store.apply_pull_page([to_remote(r) for r in page.records],
                                                 max(page.next_cursor, cursor), page.epoch,
                                                 evict=evict, final=not page.has_more,
                                                 unsigned_evictions=unsigned, erase=erase,
                                                 unsigned_erasures=unsigned_erase)
            summary.pulled += len(page.records)
            summary.resent += applied.resent
            summary.refused += applied.refused
            summary.evicted += len(evict)
            summary.unsigned_evictions += len(unsigned)
            summary.erased += applied.erased
            summary.unsigned_erasures += len(unsigned_erase)
            cursor = summary.cursor = max(page.next_cursor, cursor)
            gone = frozenset(evict) | frozenset(c for o in erase for c in o.case_ids)
            self._report("pull", summary.pulled, None,
                         case_ids=frozenset(r.case_id for r in page.records
                                            if r.case_id and r.case_id not in gone),
                         record_types=frozenset(_TYPE_VALUES[t] for t in
                                                {r.type for r in page.records}))
            if gone:
                self._report("evict", summary.evicted, None, case_ids=gone)
            if erase:  # the views showing an erased record reload
                self._report("pull", summary.pulled, None,
                             case_ids=frozenset(applied.cases),
                             record_types=frozenset(t.value for t in RecordType))
            if not page.has_more:
                return

    def _signed_evictions(self, page: protocol.PullResponse, cursor: int
                          ) -> tuple[list[str], list[str]]:
        """The cases the page evicts with the server's signature for this device and this
        pull, and those it names without (ignored: a forged answer, or one replayed from an
        earlier pull)."""
        key = self.ws.meta("server_public_key")
        nonce = protocol.eviction_nonce(page.epoch, cursor)
        signed: list[str] = []
        unsigned: list[str] = []
        for order in page.evict:
            try:
                verify_removal(order, key, self.ws.device_id, nonce=nonce)
            except RemovalInvalid as exc:
                _log.warning("An order to remove a case was ignored: %s.", exc)
                unsigned.append(order.removal.case_id)
            else:
                signed.append(order.removal.case_id)
        return signed, unsigned

    def _pending_about(self, orders: list[ErasureOrder]) -> bool:
        """Whether an op still to send changes a record (or a case) an order erases."""
        ids = {i for o in orders for i in (*o.record_ids, *o.case_ids)}
        return any(op.record_id in ids or op.case_id in ids
                   for op in self.store.pending(self.store.outbox_count() or 1))

    def _signed_erasures(self, page: protocol.PullResponse, cursor: int
                         ) -> tuple[list[ErasureOrder], list[str]]:
        """The page's erase orders signed by the server for this device and this pull, and
        the ids of those without (ignored, as an unsigned eviction is)."""
        key = self.ws.meta("server_public_key")
        nonce = protocol.eviction_nonce(page.epoch, cursor)
        signed: list[ErasureOrder] = []
        unsigned: list[str] = []
        for order in page.erase:
            try:
                erasure = verify_erasure(order, key, self.ws.device_id, nonce=nonce)
            except RemovalInvalid as exc:
                _log.warning("An order to erase records was ignored: %s.", exc)
                unsigned.append(order.erasure.erasure_id)
            else:
                signed.append(ErasureOrder(erasure.erasure_id, tuple(erasure.record_ids),
                                           tuple(erasure.case_ids)))
        return signed, unsigned

    def _check_epoch(self, epoch: str, summary: SyncSummary) -> bool:
        """True when the server's epoch is new to us (restored from a backup). The new
        epoch, the cursor back to 0 and a snapshot of what this device knew the lost server
        held go in one transaction; the re-pull reconciles the snapshot with what the
        restored server sends (SyncStore.begin_epoch, docs/sync.md "Epoch")."""
        known = self.store.state().epoch
        if known and epoch != known:
            summary.epoch_changed = True
            self.store.begin_epoch(epoch)
            return True
        return False

    # -- attachment files --------------------------------------------------------------------

    def upload_files(self, summary: SyncSummary) -> None:
        """Send the encrypted files of attachments, only the chunks the server lacks."""
        for record_id, sha256 in self.store.pending_uploads():
            path = self.ws.paths.attachments / record_id
            if not path.exists():
                self.store.upload_done(record_id)  # deleted since: nothing to send
                continue
            status = self.transport.attachment_init(sha256, path.stat().st_size, record_id)
            with open(path, "rb") as f:
                for index in status.missing:
                    f.seek(index * status.chunk_size)
                    self.transport.attachment_put(sha256, index, f.read(status.chunk_size))
            if not self.transport.attachment_finalize(sha256).complete:
                raise ServerTrouble("The server could not complete an attachment upload.")
            self.store.upload_done(record_id)
            summary.files_sent += 1
            self._report("files", summary.files_sent, None)

    def download_files(self, summary: SyncSummary) -> None:
        """Fetch the encrypted files of attachments this device does not have yet; a partial
        download resumes where it stopped and is kept only if its hash matches."""
        for record_id, sha256, size in self.store.missing_files():
            final = self.ws.paths.attachments / record_id
            part = final.with_name(f".{record_id}.download")
            stored = sealed_size(size)
            chunk = protocol.CHUNK_SIZE
            have = part.stat().st_size if part.exists() else 0
            have -= have % chunk  # resume at a whole chunk
            try:
                with open(part, "r+b" if part.exists() else "wb") as f:
                    f.truncate(have)
                    f.seek(have)
                    for index in range(have // chunk, (stored + chunk - 1) // chunk):
                        f.write(self.transport.attachment_get(sha256, index))
            except OSError as exc:  # the part kept so far resumes at the next sync
                if is_disk_full(exc):
                    raise disk_full(self.ws.paths.root) from None
                raise
            if sha256_of(part) != sha256:
                part.unlink()
                raise ServerTrouble("A downloaded attachment did not match its hash; it was "
                                    "discarded and will be fetched again.")
            part.replace(final)
            summary.files_received += 1
            self._report("files", summary.files_received, None)

    # -- after the exchange ------------------------------------------------------------------

    def refresh_downloads(self, catalog: protocol.Catalog | None = None) -> None:
        """A fresh offline lease, the published forms and the directory: each only when the
        `catalog` of the last pull says it changed since they were fetched (the lease also
        once a day, so that the offline time left stays within a day of the whole lease).
        Without a catalog (an older server) all three, as every sync did before."""
        known = self._known_catalog()
        if catalog is None or known is None:
            lease = forms = directory = True
        else:
            forms = known.forms != catalog.forms
            directory = known.directory != catalog.directory  # roles and teams: the lease's
            lease = (directory or known.min_client_version != catalog.min_client_version
                     or not self._lease_fresh())
        if lease:
            self._refresh_lease()
        if forms:
            self._refresh_forms()
        if directory:
            users = self.transport.directory().users
            self.store.save_directory([(u.username, u.role, list(u.teams), u.active)
                                       for u in users])
        # Only once all three are stored: a sync cut short fetches them again next time.
        # Unchanged (an empty sync): no write.
        raw = catalog.model_dump_json() if catalog else ""
        if raw != self.ws.meta("catalog"):
            self.store.set_meta("catalog", raw)

    def _known_catalog(self) -> protocol.Catalog | None:
        """The catalog the forms, directory and lease kept here were fetched under."""
        raw = self.ws.meta("catalog")
        try:
            return protocol.Catalog.model_validate_json(raw) if raw else None
        except ValueError:
            return None

    def _lease_fresh(self) -> bool:
        """A lease is kept, and was issued less than LEASE_REFRESH_MS ago by this device's
        clock (a clock that far behind the server's, too: the lease is fetched again)."""
        raw = self.ws.meta("lease")
        if not raw:
            return False
        try:
            age = issued_ms_ago(protocol.SignedLease.model_validate_json(raw).lease,
                                self.ws.clock.now_ms())
        except ValueError:
            return False
        return abs(age) < LEASE_REFRESH_MS

    def _refresh_lease(self) -> None:
        signed = self.transport.lease()
        key = self.ws.meta("server_public_key")
        try:
            lease = verify_lease(signed, key, user=self.ws.user, device_id=self.ws.device_id)
        except LeaseInvalid:
            raise ServerTrouble("The server's offline permission is not signed by the key "
                                "this workspace trusts; it was not stored.") from None
        self.store.set_meta("lease", signed.model_dump_json())
        self.store.set_state(last_server_time=lease.server_time)
        self.transport.trust(key, lease.server_time)

    def _refresh_forms(self) -> None:
        forms = []
        for published in self.transport.forms().forms:
            with contextlib.suppress(DomainError):  # a form this version cannot read: skip
                parse_form(published.definition)
                forms.append((published.form_id, published.version, published.definition))
        self.store.save_forms(forms)

    def wipe(self) -> None:
        wipe(self.ws)


def wipe(ws: Workspace) -> None:
    """Remote wipe: the wrapped key first (nothing is readable after it), then the database,
    its -wal and -shm, and the attachments."""
    with contextlib.suppress(Exception):
        ws.conn.close()
    ws.conn = None
    delete_workspace_files(ws.paths)


__all__ = ["SyncEngine", "SyncProgress", "SyncSummary", "to_protocol", "to_remote", "wipe"]
