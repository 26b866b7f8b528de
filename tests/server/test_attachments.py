"""Attachment upload and download over HTTP as devices meet them: resumable in 1 MiB chunks,
checked against the SHA-256 of the ciphertext, readable only within the case's scope."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from typing import Any

import pytest

from casemgr.domain.records import RecordType
from casemgr.sync.protocol import CHUNK_SIZE, PROTOCOL_VERSION
from tests.server.admin_support import organisation
from tests.server.sync_support import HttpDevice, register

SIZE = 3 * CHUNK_SIZE + CHUNK_SIZE // 2  # four chunks, the last one half full


@pytest.fixture
def org(db_url: str, tmp_path: Any) -> Iterator[Any]:
    with organisation(db_url, tmp_path) as org:
        yield org


def ciphertext(seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(SIZE)


def chunks(data: bytes) -> list[bytes]:
    return [data[i:i + CHUNK_SIZE] for i in range(0, len(data), CHUNK_SIZE)]


def attachment(org: Any, data: bytes, who: str = "amina") -> tuple[str, str]:
    """A case of `who` (team North) with an attachment record naming the file; (record, sha)."""
    dev = HttpDevice(org, who)
    _reg, ops = register(dev, team="North")  # type: ignore[arg-type]
    sha = hashlib.sha256(data).hexdigest()
    record = dev.create(RecordType.ATTACHMENT, {"filename": "school-report.pdf",
                                                "media_type": "application/pdf",
                                                "size": len(data) - 100, "sha256": sha},
                        ops[0].case_id)
    assert {r.status for r in dev.push(*ops, record).results} == {"applied"}
    return record.record_id, sha


def init(org: Any, record_id: str, sha: str, size: int = SIZE, who: str = "amina") -> Any:
    return org.post("/api/v1/attachments/init", who, json={
        "protocol_version": PROTOCOL_VERSION, "client_version": "0.1.0",
        "device_id": org.devices[who], "sha256": sha, "size": size, "record_id": record_id})


def put(org: Any, sha: str, idx: int, data: bytes, who: str = "amina") -> Any:
    return org.client.put(f"/api/v1/attachments/{sha}/chunks/{idx}", content=data,
                          headers={**org.headers(who),
                                   "content-type": "application/octet-stream"})


def download(org: Any, sha: str, who: str) -> bytes | int:
    parts = []
    for idx in range(4):
        response = org.get(f"/api/v1/attachments/{sha}/chunks/{idx}", who)
        if response.status_code != 200:
            return int(response.status_code)
        parts.append(response.content)
    return b"".join(parts)


def test_an_interrupted_upload_resumes_with_only_the_missing_chunks(org: Any) -> None:
    data = ciphertext()
    record_id, sha = attachment(org, data)
    status = init(org, record_id, sha).json()
    assert (status["missing"], status["chunk_size"], status["complete"]) == (
        [0, 1, 2, 3], CHUNK_SIZE, False)
    parts = chunks(data)
    for idx in (0, 2):
        assert put(org, sha, idx, parts[idx]).status_code == 200
    # The connection drops; later the device asks again and sends only what is missing.
    status = init(org, record_id, sha).json()
    assert status["missing"] == [1, 3]
    for idx in status["missing"]:
        assert put(org, sha, idx, parts[idx]).status_code == 200
    assert put(org, sha, 3, parts[3]).status_code == 200  # a repeated chunk changes nothing
    done = org.post(f"/api/v1/attachments/{sha}/finalize", "amina")
    assert done.status_code == 200 and done.json()["complete"] is True
    assert init(org, record_id, sha).json() == {**status, "missing": [], "complete": True}
    assert download(org, sha, "sam") == data  # the case's supervisor on another device


def test_a_chunk_of_the_wrong_size_is_refused(org: Any) -> None:
    data = ciphertext()
    record_id, sha = attachment(org, data)
    init(org, record_id, sha)
    short = put(org, sha, 0, chunks(data)[0][:1000])
    assert short.status_code == 422 and short.json()["error"] == "invalid_chunk"
    assert put(org, sha, 3, chunks(data)[2]).status_code == 422  # last chunk is half a MiB
    assert put(org, sha, 9, b"x").status_code == 422
    assert init(org, record_id, sha).json()["missing"] == [0, 1, 2, 3]
    early = org.post(f"/api/v1/attachments/{sha}/finalize", "amina")
    assert early.status_code == 409 and early.json()["detail"]["missing"] == [0, 1, 2, 3]


def test_a_file_that_does_not_match_its_hash_is_refused_and_not_kept(org: Any) -> None:
    data = ciphertext()
    record_id, sha = attachment(org, data)
    init(org, record_id, sha)
    parts = chunks(data)
    damaged = bytearray(parts[1])
    damaged[5] ^= 0xFF
    for idx, part in enumerate([parts[0], bytes(damaged), parts[2], parts[3]]):
        assert put(org, sha, idx, part).status_code == 200
    refused = org.post(f"/api/v1/attachments/{sha}/finalize", "amina")
    assert refused.status_code == 422 and refused.json()["error"] == "hash_mismatch"
    status = init(org, record_id, sha).json()
    assert (status["complete"], status["missing"]) == (False, [0, 1, 2, 3])
    assert download(org, sha, "amina") == 404
    for idx, part in enumerate(parts):
        put(org, sha, idx, part)
    assert org.post(f"/api/v1/attachments/{sha}/finalize", "amina").json()["complete"]
    assert download(org, sha, "amina") == data


def test_a_file_is_read_only_within_its_cases_scope(org: Any) -> None:
    data = ciphertext()
    record_id, sha = attachment(org, data)
    init(org, record_id, sha)
    for idx, part in enumerate(chunks(data)):
        put(org, sha, idx, part)
    org.post(f"/api/v1/attachments/{sha}/finalize", "amina")
    assert download(org, sha, "carl") == 403  # another team's caseworker
    assert download(org, sha, "rex") == 403  # a colleague: not assigned to them
    assert download(org, sha, "sue") == 403  # another team's supervisor
    assert download(org, sha, "sam") == data
    assert download(org, sha, "ada") == data
    assert init(org, record_id, sha, who="carl").status_code == 403
    assert put(org, sha, 0, chunks(data)[0], who="carl").status_code == 403


def test_an_upload_needs_its_synced_attachment_record(org: Any) -> None:
    data = ciphertext()
    record_id, sha = attachment(org, data)
    unknown = init(org, "01a222bb-c3fe-73d2-aa43-0dd134258c40", sha)
    assert unknown.status_code == 404
    other = hashlib.sha256(b"another file").hexdigest()
    assert init(org, record_id, other).status_code == 409
    assert put(org, other, 0, b"x").status_code == 404  # never started
    bad = org.client.put(f"/api/v1/attachments/{'A' * 64}/chunks/0", content=b"x",
                         headers=org.headers("amina"))
    assert bad.status_code == 422
