"""a case's access log: the audit entries naming a case (detail.case_id: the opens, prints
and exports devices send) found through an index, newest first, and those a device sent
(detail.device_id, to keep each once), rather than by reading the whole audit log, which
grows with every case file opened (issue 15)

Revision ID: 0006_accesslog
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = '0006_accesslog'
down_revision = '0005'
branch_labels = None
depends_on = None

# Each expression must be the very one the server queries with (tables.audit_detail).
EXPRESSIONS = {"postgresql": "(detail ->> '{key}')", "sqlite": "json_extract(detail, '$.{key}')"}


def upgrade() -> None:
    expression = EXPRESSIONS[op.get_bind().dialect.name]
    op.execute(f"CREATE INDEX ix_audit_case_id ON audit ({expression.format(key='case_id')}, id)")
    op.execute(f"CREATE INDEX ix_audit_device_id ON audit ({expression.format(key='device_id')})")


def downgrade() -> None:
    op.drop_index('ix_audit_device_id', table_name='audit')
    op.drop_index('ix_audit_case_id', table_name='audit')
