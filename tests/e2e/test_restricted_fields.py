"""The restricted-field matrix (issue 15, items 1 and 7): through a real server process, on
SQLite and PostgreSQL, a supervisor writes a distinctive restricted value; then for every path
that carries records or their values (the pull's change feed, a whole case delivered to a new
device, a conflict record, the quarantine view, the admin API, attachments' metadata) and every
role (a caseworker without the role, the supervisor, an admin) the raw bytes of each answer
hold the value exactly when the role may read it. The caseworker's real workspace, synced,
holds it in no file and, opened, in no record, search entry, outbox op or change log; her edit
of the field is refused and quarantined; and the score of an assessment with answers withheld
from her is the server's."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from casemgr import __version__
from casemgr.domain.records import RecordType
from casemgr.sync.protocol import PROTOCOL_VERSION, PullResponse
from tests.support.laptops import Laptop
from tests.support.live_server import LiveServer, demo_settings
from tests.support.postgres import postgres_schema
from tests.support.raw_device import Raw
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.restricted import SECRET, write_restricted

ATTEMPT = "ZQX-CASEWORKER-ATTEMPT-5512"  # what the caseworker tries to write over it
READERS = {"sam", "admin"}  # the supervisor and the admin may read it; amina may not
ROLES = ("amina", "sam", "admin")


@dataclass
class Seeded:
    server: LiveServer
    amina: Laptop  # the caseworker's real workspace
    case_id: str
    child_id: str
    assessment_id: str
    attachment_sha: str
    conflict_ids: list[str]
    refused: int  # the caseworker's changes the server refused
    feed: dict[str, bytes]  # each role's change feed since before the value was written
    devices: dict[str, Raw]  # each role's device that pulled that feed


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def seeded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[Seeded]:
    """One server per database for the whole matrix: what it is asked changes nothing."""
    tmp_path = tmp_path_factory.mktemp(request.param)
    if request.param == "sqlite":
        with _seeded(tmp_path, None) as seeded:
            yield seeded
    else:
        with postgres_schema() as url, _seeded(tmp_path, url) as seeded:
            yield seeded


@contextmanager
def _seeded(tmp_path: Path, database_url: str | None) -> Iterator[Seeded]:
    """The organisation of the matrix on a real server process: the caseworker's case, the
    supervisor's restricted values, a conflict on one of them and her refused edit."""
    server = LiveServer(demo_settings(tmp_path / "server", database_url=database_url))
    amina: Laptop | None = None
    try:
        # The caseworker registers a family and attaches a file, on her real workspace.
        amina = Laptop(tmp_path / "amina", server, "amina")
        case_id = amina.cw.register_family(FAMILY, [CHILD], CASE).value
        child_id = next(p.id for p in amina.cw.case_file(case_id).persons)
        scan = tmp_path / "scan.txt"
        scan.write_text("school report")
        attachment = amina.cw.attach_file(case_id, scan, "School report").value
        assert amina.sync().rejected == 0
        # Each role's device holds the case before the value is written: its next pull is
        # the change feed.
        devices = {who: Raw(server.url, who) for who in ROLES}
        for device in devices.values():
            device.pull()
        case = devices["sam"].mirror[case_id]
        write_restricted(devices["sam"], case_id, child_id)
        # A second device of the supervisor changes the same field concurrently (its base is
        # the case before his first device's change): a conflict record with both values.
        other = Raw(server.url, "sam")
        other.pull()
        clash = other.push(other.update(case, {"abuse_disclosure": f"Also: {SECRET}"}))
        assert clash.results[0].status == "conflict", clash
        feed = {who: device.pull_bytes(device.cursor) for who, device in devices.items()}
        for device in devices.values():
            device.pull()
        assessment_id = next(r.id for r in devices["sam"].live(RecordType.ASSESSMENT))
        amina.sync()
        # She then tries to write over the value: refused, quarantined.
        amina.cw.edit_record(case_id, {"abuse_disclosure": ATTEMPT})
        refused = amina.sync().rejected
        yield Seeded(server, amina, case_id, child_id, assessment_id,
                     str(attachment.fields["sha256"]), clash.results[0].conflicts, refused,
                     feed, devices)
    finally:
        if amina is not None:
            amina.close()
        server.stop()


def holds(answer: bytes | requests.Response, value: str = SECRET) -> bool:
    data = answer.content if isinstance(answer, requests.Response) else answer
    return value.encode() in data


@pytest.mark.parametrize("who", ROLES)
def test_pull_feed_and_whole_case_send_the_value_only_to_who_may_read_it(
        seeded: Seeded, who: str) -> None:
    assert holds(seeded.feed[who]) is (who in READERS)
    # `withheld` is on the wire only where something is withheld (an older client, which
    # does not know the key, is sent pages without it wherever nothing is).
    assert (b'"withheld"' in seeded.feed[who]) is (who not in READERS)
    new_device = Raw(seeded.server.url, who)
    whole = new_device.pull_bytes(0)  # a new device: the case arrives whole
    page = PullResponse.model_validate_json(whole)
    assert seeded.case_id in {r.id for r in page.records}
    assert holds(whole) is (who in READERS)
    case = next(r for r in page.records if r.id == seeded.case_id)
    child = next(r for r in page.records if r.id == seeded.child_id)
    assessment = next(r for r in page.records if r.id == seeded.assessment_id)
    if who in READERS:
        assert (case.withheld, child.fields["hiv_status"]) == ([], SECRET)
    else:  # told what is withheld, so the desktop says so instead of showing a blank
        assert case.withheld == ["abuse_disclosure"] and child.withheld == ["hiv_status"]
        assert assessment.withheld == ["answers.previous_reports_details"]
        assert assessment.fields["answers"] == {"previous_reports": "one"}
    assert assessment.fields["score"] == 7  # the server's score, whoever reads it


@pytest.mark.parametrize("who", ROLES)
def test_a_conflict_record_carries_the_values_only_to_who_may_read_them(
        seeded: Seeded, who: str) -> None:
    page = PullResponse.model_validate_json(seeded.feed[who])
    conflicts = [r for r in page.records if r.type is RecordType.CONFLICT]
    assert [c.id for c in conflicts] == seeded.conflict_ids
    shown = conflicts[0].model_dump_json().encode()
    assert holds(shown) is (who in READERS)
    assert conflicts[0].fields["field"] == "abuse_disclosure"  # where it is, for everyone


@pytest.mark.parametrize("who", ROLES)
def test_the_caseworkers_edit_is_refused_and_her_quarantined_change_shown_without_it(
        seeded: Seeded, who: str) -> None:
    assert seeded.refused == 1
    sam = Raw(seeded.server.url, "sam")
    sam.pull()
    assert str(sam.mirror[seeded.case_id].fields["abuse_disclosure"]).endswith(SECRET)
    device = seeded.devices[who] if who != "amina" else Raw(seeded.server.url, "amina")
    view = device.call("GET", "/api/v1/sync/quarantine")
    assert view.status_code == 200
    changes = view.json()["changes"]
    assert changes, "each role sees the refused change (her own; the team's; all)"
    reason = changes[0]["reason"]
    assert "abuse_disclosure" in reason and "supervisor" in reason
    assert holds(view, ATTEMPT) is (who in READERS)
    assert not holds(view)
    if who not in READERS:
        assert changes[0]["withheld"] == ["abuse_disclosure"]


@pytest.mark.parametrize("who", ROLES)
def test_admin_api_and_attachment_metadata_never_carry_the_value_to_whoever_may_not_read_it(
        seeded: Seeded, who: str) -> None:
    device = seeded.devices[who]
    answers = {path: device.call("GET", path) for path in (
        "/api/v1/admin/quarantine", "/api/v1/admin/conflicts", "/api/v1/admin/audit",
        "/api/v1/admin/sync-health", "/api/v1/admin/devices", "/api/v1/admin/users")}
    reassigned = device.call("POST", f"/api/v1/admin/cases/{seeded.case_id}/reassign",
                             json={"assigned_to": "amina"})
    for path, answer in answers.items():
        assert answer.status_code == (200 if who == "admin" else 403), path
        assert not holds(answer), path  # where and who, never the values
    assert reassigned.status_code == (200 if who == "admin" else 403)
    assert holds(reassigned) is (who == "admin")
    init = device.call("POST", "/api/v1/attachments/init", json={
        "protocol_version": PROTOCOL_VERSION, "client_version": __version__,
        "device_id": device.device_id, "sha256": seeded.attachment_sha, "size": 1,
        "record_id": next(r.id for r in device.live(RecordType.ATTACHMENT))})
    assert not holds(init)
    attachment = next(r for r in device.live(RecordType.ATTACHMENT))
    assert attachment.fields["description"] == "School report" and not attachment.withheld


def test_the_caseworkers_workspace_never_holds_the_value(seeded: Seeded) -> None:
    amina = seeded.amina
    amina.sync()
    root = amina.ws.paths.root
    assert root.is_dir()
    for path in root.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path
    conn = amina.ws.conn
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_%'")]
    for table in tables:
        for row in conn.execute(f"SELECT * FROM {table}"):  # table names from sqlite_master
            assert SECRET not in json.dumps(row, default=str), table
    assert not amina.ws.store.search(SECRET).case_ids  # nor found by searching for it
    assert not amina.ws.store.search("Restricted").case_ids  # the placeholder is not indexed
    case = amina.ws.store.get(seeded.case_id)
    child = amina.ws.store.get(seeded.child_id)
    assessment = amina.ws.store.get(seeded.assessment_id)
    assert case is not None and child is not None and assessment is not None
    assert case.withheld == ("abuse_disclosure",) and "abuse_disclosure" not in case.fields
    assert child.withheld == ("hiv_status",)
    assert assessment.withheld == ("answers.previous_reports_details",)
    assert assessment.fields["score"] == 7  # the server's, not one computed from what she has
