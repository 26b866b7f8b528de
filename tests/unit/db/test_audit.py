"""The audit chain detects an edited, a deleted, an inserted and a reordered entry."""

from __future__ import annotations

from casemgr.db.audit import verify_chain
from tests.support.workspaces import add_case


def entries(ws):
    return ws.conn.execute("SELECT seq, actor, action, record_id FROM audit ORDER BY seq"
                           ).fetchall()


def test_every_write_and_case_opening_is_in_the_chain(workspace):
    case_id = add_case(workspace, note="met the family")
    workspace.store.audit_only("open_case", case_id, "case")
    actions = [e["action"] for e in workspace.store.audit_entries()]
    assert actions == ["create"] * 4 + ["open_case"]
    assert verify_chain(workspace.conn).ok


def test_entries_hold_no_field_values(workspace):
    add_case(workspace, family="Okonkwo", note="the secret note")
    dump = repr(workspace.conn.execute("SELECT * FROM audit").fetchall())
    assert "Okonkwo" not in dump and "secret" not in dump


def tamper(ws, sql, *args):
    ws.conn.execute(sql, args)


def test_an_edited_entry_is_detected(workspace):
    add_case(workspace)
    tamper(workspace, "UPDATE audit SET actor = 'someone-else' WHERE seq = 2")
    report = verify_chain(workspace.conn)
    assert not report.ok and "entry 2 was altered" in report.problems[0]


def test_a_deleted_entry_is_detected(workspace):
    add_case(workspace)
    tamper(workspace, "DELETE FROM audit WHERE seq = 2")
    assert "entry 2 is missing" in verify_chain(workspace.conn).problems[0]


def test_deleting_the_newest_entries_is_detected(workspace):
    add_case(workspace)
    tamper(workspace, "DELETE FROM audit WHERE seq >= 3")
    assert "ends early" in verify_chain(workspace.conn).problems[0]


def test_a_reordered_pair_is_detected(workspace):
    add_case(workspace)
    rows = workspace.conn.execute("SELECT seq, action, record_id, record_type, hash "
                                  "FROM audit WHERE seq IN (2, 3) ORDER BY seq").fetchall()
    (s2, *r2), (s3, *r3) = rows
    tamper(workspace, "UPDATE audit SET action=?, record_id=?, record_type=?, hash=? "
                      "WHERE seq = ?", *r3, s2)
    tamper(workspace, "UPDATE audit SET action=?, record_id=?, record_type=?, hash=? "
                      "WHERE seq = ?", *r2, s3)
    assert not verify_chain(workspace.conn).ok


def test_a_recomputed_entry_still_breaks_the_link_to_the_next(workspace):
    from casemgr.db.audit import entry_hash, unpack_id

    add_case(workspace)
    prev = workspace.conn.execute("SELECT hash FROM audit WHERE seq = 1").fetchone()[0]
    seq, at, _actor, action, rid, rtype = workspace.conn.execute(
        "SELECT seq, at, actor, action, record_id, record_type FROM audit "
        "WHERE seq = 2").fetchone()
    forged = entry_hash(prev.hex(), seq, at, "mallory", action, unpack_id(rid), rtype)
    tamper(workspace, "UPDATE audit SET actor = 'mallory', hash = ? WHERE seq = 2",
           bytes.fromhex(forged))
    assert verify_chain(workspace.conn).problems == [
        "entry 3 was altered (or entry 2 was rewritten)"]


def test_an_entry_detail_is_kept_and_covered_by_the_chain(workspace):
    add_case(workspace)
    workspace.store.audit_only("export", detail={"format": "csv", "rows": {"cases": 1}})
    assert workspace.store.audit_entries()[-1]["detail"] == {"format": "csv",
                                                             "rows": {"cases": 1}}
    assert workspace.store.audit_entries()[0]["detail"] is None
    assert verify_chain(workspace.conn).ok
    tamper(workspace, "UPDATE audit SET detail = '{\"format\":\"csv\",\"rows\":{\"cases\":0}}' "
                      "WHERE action = 'export'")
    report = verify_chain(workspace.conn)
    assert not report.ok and "was altered" in report.problems[0]
