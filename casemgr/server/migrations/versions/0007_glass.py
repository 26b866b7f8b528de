"""break-glass and retention (issue 15, items 3 and 4): time-limited access grants to a case
outside one's scope, and in case_scope when each case was closed and whether it is archived
(closed cases leave devices N days after closure, are archived after M years)

Revision ID: 0007_glass
Revises: 0006_accesslog
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = '0007_glass'
down_revision = '0006_accesslog'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('access_grants',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.String(length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('granted_at', sa.String(length=32), nullable=False),
    sa.Column('expires_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_grants'))
    )
    with op.batch_alter_table('access_grants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_access_grants_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_grants_username'), ['username'],
                              unique=False)
    with op.batch_alter_table('case_scope', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closed_at', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('departed_at', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('archived_at', sa.String(length=32), nullable=True))
    # Cases closed before this migration: closed when their status last changed (field_meta
    # keeps [rev, by, at, device] of each field's last change).
    records = sa.table('records', sa.column('id', sa.String(36)), sa.column('type', sa.String(32)),
                       sa.column('fields', sa.JSON()), sa.column('field_meta', sa.JSON()))
    scope = sa.table('case_scope', sa.column('case_id', sa.String(36)),
                     sa.column('closed_at', sa.String(32)))
    bind = op.get_bind()
    for record_id, fields, meta in bind.execute(
            sa.select(records.c.id, records.c.fields, records.c.field_meta)
            .where(records.c.type == 'case')):
        fields = json.loads(fields) if isinstance(fields, str) else fields or {}
        meta = json.loads(meta) if isinstance(meta, str) else meta or {}
        if fields.get('status') != 'closed':
            continue
        changed = meta.get('status')
        at = changed[2] if isinstance(changed, list) and len(changed) > 2 else None
        if isinstance(at, str):
            bind.execute(sa.update(scope).where(scope.c.case_id == record_id)
                         .values(closed_at=at))


def downgrade() -> None:
    with op.batch_alter_table('case_scope', schema=None) as batch_op:
        batch_op.drop_column('archived_at')
        batch_op.drop_column('departed_at')
        batch_op.drop_column('closed_at')
    with op.batch_alter_table('access_grants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_access_grants_username'))
        batch_op.drop_index(batch_op.f('ix_access_grants_case_id'))
    op.drop_table('access_grants')
