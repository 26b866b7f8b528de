"""The server schema (SQLAlchemy Core). Every change to it gets an Alembic migration
(casemgr/server/migrations/versions); tests check the migrations build exactly this."""

from __future__ import annotations

from typing import Literal

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

metadata = sa.MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

Json = sa.JSON().with_variant(JSONB(), "postgresql")
Id = sa.String(36)  # UUID text: the same on SQLite and PostgreSQL, minted by clients too
Time = sa.String(32)  # ISO-8601 UTC text, as the protocol carries it

server_meta = sa.Table(
    "server_meta", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

# Every epoch this database had before its current one (`bump-epoch` moves the current one
# here): a push naming one of them comes from a device that last synced before a restore.
past_epochs = sa.Table(
    "past_epochs", metadata,
    sa.Column("epoch", sa.String(64), primary_key=True),
    sa.Column("ended_at", Time, nullable=False),
)

# Monotonic counters allocated inside the transaction that commits the change (see sync).
counters = sa.Table(
    "counters", metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
)

teams = sa.Table(
    "teams", metadata,
    sa.Column("id", Id, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("created_at", Time, nullable=False),
)

users = sa.Table(
    "users", metadata,
    sa.Column("id", Id, primary_key=True),
    sa.Column("username", sa.String(64), nullable=False, unique=True),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("active", sa.Boolean, nullable=False, default=True),
    sa.Column("password_reset_at", Time),  # an admin reset: devices may ask for their key
    sa.Column("created_at", Time, nullable=False),
    sa.CheckConstraint("role IN ('caseworker', 'supervisor', 'admin')", name="role"),
)

user_teams = sa.Table(
    "user_teams", metadata,
    sa.Column("user_id", Id, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("team_id", Id, sa.ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True),
)

devices = sa.Table(
    "devices", metadata,
    sa.Column("id", Id, primary_key=True),  # minted by the device
    sa.Column("user_id", Id, sa.ForeignKey("users.id"), nullable=False, index=True),
    sa.Column("name", sa.String(200), nullable=False, default=""),
    sa.Column("registered_at", Time, nullable=False),
    sa.Column("last_seen_at", Time),
    sa.Column("last_push_at", Time),
    sa.Column("last_pull_at", Time),
    sa.Column("outbox_lag", sa.Integer),
    sa.Column("client_version", sa.String(64)),
    sa.Column("last_client_seq", sa.BigInteger, nullable=False, default=0),
    sa.Column("audit_head", sa.String(64)),
    sa.Column("revoked_at", Time),
    sa.Column("escrowed_key", sa.LargeBinary),  # AES-GCM under the server's escrow key
    # `cursor + 1` of the pull that first sent this device the personal records addressed
    # to its user that precede its cursor (NULL: never; an older client is sent none):
    # casemgr.server.sync.pull, docs/sync.md "Personal records".
    sa.Column("personal_from", sa.BigInteger),
)

tokens = sa.Table(
    "tokens", metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("device_id", Id, sa.ForeignKey("devices.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("kind", sa.String(8), nullable=False),
    sa.Column("expires_at", Time, nullable=False),
    # A refresh token once used: when. Reused within the grace window it yields the same new
    # pair (a device killed before storing it); after, the device's tokens are revoked.
    sa.Column("rotated_at", Time),
    sa.CheckConstraint("kind IN ('access', 'refresh')", name="kind"),
)

login_attempts = sa.Table(
    "login_attempts", metadata,
    sa.Column("key", sa.String(200), primary_key=True),  # "user:<name>" or "addr:<ip>"
    sa.Column("failures", sa.Integer, nullable=False),
    sa.Column("window_start_ms", sa.BigInteger, nullable=False),
    sa.Column("locked_until_ms", sa.BigInteger, nullable=False, default=0),
)

# The current state of every record; `seq` is the change sequence of its latest change.
records = sa.Table(
    "records", metadata,
    sa.Column("id", Id, primary_key=True),
    sa.Column("type", sa.String(32), nullable=False),
    sa.Column("case_id", Id, index=True),
    sa.Column("fields", Json, nullable=False),
    sa.Column("rev", sa.Integer, nullable=False),
    sa.Column("seq", sa.BigInteger, nullable=False, unique=True),
    sa.Column("deleted", sa.Boolean, nullable=False, default=False),
    sa.Column("created_at", Time, nullable=False),
    sa.Column("created_by", sa.String(64), nullable=False),
    sa.Column("updated_at", Time, nullable=False),
    sa.Column("updated_by", sa.String(64), nullable=False),
    # field -> [rev it last changed at, by whom, when, device id or "server"]: what the
    # field-level merge needs (casemgr.domain.merge)
    sa.Column("field_meta", Json, nullable=False),
)

# Who a personal record (no case: a supervision session, a task agreed in one) reaches,
# besides admins: one row per user, written when the record is created (it never changes).
# A record with no case and no row here is a directory entry, which reaches everyone.
record_audience = sa.Table(
    "record_audience", metadata,
    sa.Column("record_id", Id, sa.ForeignKey("records.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("username", sa.String(64), primary_key=True, index=True),
)

# Who a case belongs to, for scope queries (kept in step with case records).
case_scope = sa.Table(
    "case_scope", metadata,
    sa.Column("case_id", Id, primary_key=True),
    sa.Column("assigned_to", sa.String(64), nullable=False, index=True),
    sa.Column("team", sa.String(200), index=True),
    # When the case was closed (the server's time; None: open). Closed cases leave devices
    # the organisation's retention days after it (casemgr.server.retention).
    sa.Column("closed_at", Time),
    # When retention took it off devices (audited once; None again if reopened or restored).
    sa.Column("departed_at", Time),
    # Archived on the server (retention years after closure): on no device until an admin
    # restores it.
    sa.Column("archived_at", Time),
)

# Break-glass: a user's time-limited access to one case outside their scope, with the
# reason they gave (casemgr.server.sync.glass). Expired grants stay, as the record of it.
access_grants = sa.Table(
    "access_grants", metadata,
    sa.Column("id", Id, primary_key=True),
    sa.Column("case_id", Id, nullable=False, index=True),
    sa.Column("username", sa.String(64), nullable=False, index=True),
    sa.Column("device_id", Id, nullable=False),
    sa.Column("reason", sa.String(32), nullable=False),
    sa.Column("note", sa.Text, nullable=False),
    sa.Column("granted_at", Time, nullable=False),
    # When it ends: `break_glass_hours` after granted_at, or when it was ended early.
    sa.Column("expires_at", Time, nullable=False),
    # Ended early (POST /sync/break-glass/end): when and by whom (the holder, a supervisor
    # of the case's team or an admin); None: it ran or runs its time.
    sa.Column("ended_at", Time),
    sa.Column("ended_by", sa.String(64)),
)

# The notices of a break-glass grant: the personal task the server wrote to each supervisor
# (or admin) it told, so that their Approvals page shows the grant whole (who, which case,
# the reason, until when) while the task is open (casemgr.server.sync.glass.notices_for).
glass_notices = sa.Table(
    "glass_notices", metadata,
    sa.Column("task_id", Id, primary_key=True),
    sa.Column("grant_id", Id, nullable=False, index=True),
    sa.Column("username", sa.String(64), nullable=False, index=True),
)

# The cases each device has been sent, so scope gains arrive whole and losses as evict.
# Both are tied to the cursor of the pull that carried them (`cursor + 1`): a device that
# pulls again from that cursor never applied them (a lost response) and gets them again.
device_cases = sa.Table(
    "device_cases", metadata,
    sa.Column("device_id", Id, sa.ForeignKey("devices.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("case_id", Id, primary_key=True),
    sa.Column("added_at", sa.BigInteger, nullable=False, default=0),
    sa.Column("evicted_at", sa.BigInteger),
    # The watermark the case was read whole at (every record of it up to there was sent
    # then): the change feed sends the device only its records past it. None: sent before
    # this was recorded, or received through the feed alone.
    sa.Column("delivered_seq", sa.BigInteger),
)

# The stored result of every op, so a retried op gets the same answer and no second effect.
op_results = sa.Table(
    "op_results", metadata,
    sa.Column("device_id", Id, sa.ForeignKey("devices.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("client_seq", sa.BigInteger, primary_key=True),
    sa.Column("op_id", Id, nullable=False, unique=True),
    sa.Column("result", Json, nullable=False),
)

quarantine = sa.Table(
    "quarantine", metadata,
    sa.Column("id", Id, primary_key=True),
    sa.Column("device_id", Id, nullable=False, index=True),
    sa.Column("username", sa.String(64), nullable=False, index=True),
    sa.Column("case_id", Id, index=True),
    sa.Column("op", Json, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("created_at", Time, nullable=False),
    sa.Column("status", sa.String(16), nullable=False, default="open"),
)

blobs = sa.Table(
    "blobs", metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("complete", sa.Boolean, nullable=False, default=False),
    sa.Column("created_at", Time, nullable=False),
    sa.Column("record_id", Id, nullable=False, index=True),
)

blob_chunks = sa.Table(
    "blob_chunks", metadata,
    sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("idx", sa.Integer, primary_key=True),
    sa.Column("data", sa.LargeBinary, nullable=False),
)

forms = sa.Table(
    "forms", metadata,
    sa.Column("form_id", sa.String(100), primary_key=True),
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("definition", Json, nullable=False),
    sa.Column("published_at", Time, nullable=False),
    sa.Column("published_by", sa.String(64), nullable=False),
)

audit = sa.Table(
    "audit", metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True,
              autoincrement=True),
    sa.Column("at", Time, nullable=False, index=True),
    sa.Column("actor", sa.String(64), nullable=False, index=True),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("target", sa.String(200)),
    sa.Column("detail", Json),  # ids and counts only, never field values
)
# Also indexed by the case an entry names, (detail.case_id, id), for a case's access log, and
# by the device that sent it, detail.device_id, to keep each device's entry once: expression
# indexes each database spells its own way, made by migration 0006; `audit_detail` is the
# same expression for a query (a JSON path given as a bound parameter would not use them).
_AUDIT_DETAIL = {"postgresql": "(audit.detail ->> '{key}')",
                 "sqlite": "json_extract(audit.detail, '$.{key}')"}


def audit_detail(conn: sa.Connection, key: Literal["case_id", "device_id"]
                 ) -> sa.ColumnClause[str]:
    """audit.detail[key] as text, as the index of migration 0006 has it."""
    return sa.literal_column(_AUDIT_DETAIL[conn.dialect.name].format(key=key), sa.String())

# Erasures of a person's records (docs/server.md, "A person's data"): requested by one admin,
# carried out when another approves. Ids and counts only. `seq` is the change seq allocated
# when it was carried out: a pull from a cursor before it carries the signed erase order, so a
# device offline for months still erases what it holds (docs/sync.md, "Erasure").
erasures = sa.Table(
    "erasures", metadata,
    sa.Column("id", Id, primary_key=True),
    sa.Column("person_id", Id, nullable=False, index=True),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("requested_by", sa.String(64), nullable=False),
    sa.Column("requested_at", Time, nullable=False),
    sa.Column("approved_by", sa.String(64)),
    sa.Column("approved_at", Time),
    sa.Column("seq", sa.BigInteger, unique=True),
    sa.Column("record_ids", Json),  # the ids erased
    sa.Column("case_ids", Json),  # the cases among them, erased whole
    sa.Column("files", sa.Integer, nullable=False, default=0),
    sa.CheckConstraint("status IN ('requested', 'erased', 'cancelled')", name="status"),
)

# Every record id erased: a push naming one (an offline device's edit of it, a new record in
# an erased case or about the erased person) is refused and its values not kept.
erased_records = sa.Table(
    "erased_records", metadata,
    sa.Column("record_id", Id, primary_key=True),
    sa.Column("erasure_id", Id, sa.ForeignKey("erasures.id"), nullable=False, index=True),
)
