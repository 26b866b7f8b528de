"""a case sent whole: the watermark it was read at, so the change feed does not send its
records again (issue 13: a first download without doubles)

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('device_cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('delivered_seq', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('device_cases', schema=None) as batch_op:
        batch_op.drop_column('delivered_seq')
