"""a case's access log: the audit entries naming a case (detail.case_id: the opens, prints
and exports devices send) found through an index, newest first, rather than by reading the
whole audit log (issue 15)

Revision ID: 0006_accesslog
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = '0006_accesslog'
down_revision = '0005'
branch_labels = None
depends_on = None

# The expression must be the very one casemgr.server.access queries with (CASE_OF_ENTRY).
EXPRESSIONS = {"postgresql": "(detail ->> 'case_id')",
               "sqlite": "json_extract(detail, '$.case_id')"}


def upgrade() -> None:
    expression = EXPRESSIONS[op.get_bind().dialect.name]
    op.execute(f"CREATE INDEX ix_audit_case_id ON audit ({expression}, id)")


def downgrade() -> None:
    op.drop_index('ix_audit_case_id', table_name='audit')
