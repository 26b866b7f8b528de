"""Pure-Python heart of casemgr: record types, workflow rules, permissions, forms, ids, clocks.

Imports nothing else of casemgr, no Qt, no SQL, no HTTP (see docs/architecture.md).
"""
