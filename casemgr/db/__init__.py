"""The local encrypted workspace: keys, SQLCipher connection, migrations, records, outbox, audit.

Never imports PySide6; the UI reaches it only through casemgr.app on a worker thread.
"""
