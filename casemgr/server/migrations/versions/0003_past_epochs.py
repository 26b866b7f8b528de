"""the epochs a server had before its current one, so that a push may only name an epoch
the server really had (the current one, or one before a restore from backup)

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    past = op.create_table('past_epochs',
    sa.Column('epoch', sa.String(length=64), nullable=False),
    sa.Column('ended_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('epoch', name=op.f('pk_past_epochs'))
    )
    # The epochs bumped before this migration are in the audit log ("epoch_bumped", the
    # previous epoch in its detail).
    audit = sa.table('audit', sa.column('at', sa.String(32)), sa.column('action', sa.String(64)),
                     sa.column('detail', sa.JSON()))
    bind = op.get_bind()
    seen: dict[str, str] = {}
    for at, detail in bind.execute(sa.select(audit.c.at, audit.c.detail)
                                   .where(audit.c.action == 'epoch_bumped')):
        if isinstance(detail, str):
            detail = json.loads(detail)
        previous = detail.get('previous') if isinstance(detail, dict) else None
        if isinstance(previous, str) and 0 < len(previous) <= 64:
            seen.setdefault(previous, at)
    if seen:
        op.bulk_insert(past, [{'epoch': e, 'ended_at': at} for e, at in seen.items()])


def downgrade() -> None:
    op.drop_table('past_epochs')
