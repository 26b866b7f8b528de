"""personal records: who each record with no case reaches besides admins (a supervision
session, a task agreed in one: the worker and who recorded it), and for each device the pull
that first sent it those preceding its cursor (an older client is sent none)

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('record_audience',
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['record_id'], ['records.id'],
                            name=op.f('fk_record_audience_record_id_records'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('record_id', 'username', name=op.f('pk_record_audience'))
    )
    op.create_index(op.f('ix_record_audience_username'), 'record_audience', ['username'],
                    unique=False)
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('personal_from', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_column('personal_from')
    op.drop_index(op.f('ix_record_audience_username'), table_name='record_audience')
    op.drop_table('record_audience')
