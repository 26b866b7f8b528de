"""The central sync server (FastAPI + SQLAlchemy Core). Imports casemgr.domain and
casemgr.sync.protocol, never casemgr.db, casemgr.app or casemgr.ui."""
