"""The server side of sync (DESIGN.md 6), by concern; docs/sync.md tells it end to end.

- `changes`: the change log every record write goes through: the commit-safe change seq,
  records as stored with their per-field bookkeeping, changes the server makes itself.
- `push`: a device's ops in, a push in one transaction: idempotent by client seq,
  authorised, merged field by field, checked, conflicts kept, refusals quarantined.
- `pull`: the change feed after a cursor, read up to the commit-safe watermark, with the
  cases that came into scope delivered whole.
- `scope`: who may see which case, the cases each device was sent, evictions, reassignment.
"""
