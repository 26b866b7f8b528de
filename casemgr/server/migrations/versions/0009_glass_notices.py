"""break-glass ended early and its notices (issue 15, item 3): when and by whom a grant was
ended before its time, and the personal task each told supervisor got for it

Revision ID: 0009_glass_notices
Revises: 0008_erasure
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009_glass_notices'
down_revision = '0008_erasure'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('access_grants', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ended_at', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('ended_by', sa.String(length=64), nullable=True))
    op.create_table('glass_notices',
    sa.Column('task_id', sa.String(length=36), nullable=False),
    sa.Column('grant_id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('task_id', name=op.f('pk_glass_notices'))
    )
    with op.batch_alter_table('glass_notices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_glass_notices_grant_id'), ['grant_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_glass_notices_username'), ['username'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('glass_notices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_glass_notices_username'))
        batch_op.drop_index(batch_op.f('ix_glass_notices_grant_id'))
    op.drop_table('glass_notices')
    with op.batch_alter_table('access_grants', schema=None) as batch_op:
        batch_op.drop_column('ended_by')
        batch_op.drop_column('ended_at')
