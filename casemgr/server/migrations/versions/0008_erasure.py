"""erasure of a person's records after a second admin's approval, and the erase orders
devices get at their next pull (issue 15, item 5)

Revision ID: 0008_erasure
Revises: 0007_glass
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0008_erasure'
down_revision = '0007_glass'
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')


def upgrade() -> None:
    op.create_table(
        'erasures',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('person_id', sa.String(length=36), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('requested_by', sa.String(length=64), nullable=False),
        sa.Column('requested_at', sa.String(length=32), nullable=False),
        sa.Column('approved_by', sa.String(length=64), nullable=True),
        sa.Column('approved_at', sa.String(length=32), nullable=True),
        sa.Column('seq', sa.BigInteger(), nullable=True),
        sa.Column('record_ids', Json, nullable=True),
        sa.Column('case_ids', Json, nullable=True),
        sa.Column('files', sa.Integer(), nullable=False),
        sa.CheckConstraint("status IN ('requested', 'erased', 'cancelled')",
                           name=op.f('ck_erasures_status')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_erasures')),
        sa.UniqueConstraint('seq', name=op.f('uq_erasures_seq')),
    )
    with op.batch_alter_table('erasures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_erasures_person_id'), ['person_id'], unique=False)
    op.create_table(
        'erased_records',
        sa.Column('record_id', sa.String(length=36), nullable=False),
        sa.Column('erasure_id', sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(['erasure_id'], ['erasures.id'],
                                name=op.f('fk_erased_records_erasure_id_erasures')),
        sa.PrimaryKeyConstraint('record_id', name=op.f('pk_erased_records')),
    )
    with op.batch_alter_table('erased_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_erased_records_erasure_id'), ['erasure_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('erased_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_erased_records_erasure_id'))
    op.drop_table('erased_records')
    with op.batch_alter_table('erasures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_erasures_person_id'))
    op.drop_table('erasures')
