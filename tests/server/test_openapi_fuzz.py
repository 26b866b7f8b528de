"""Schemathesis over /openapi.json, in process, on SQLite and PostgreSQL: valid and invalid
requests to every operation, signed in as an admin and as a caseworker, never get a 5xx and
every answer has the JSON shape the schema promises."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi import checks

from casemgr.server import accounts, tables
from casemgr.sync.protocol import PROTOCOL_VERSION
from tests.server.admin_support import PASSWORD, PEOPLE, Org, organisation

EXAMPLES = 12  # per operation, per generation mode, per role: the suite stays under a minute
ROLES = ("ada", "amina")  # an admin and a caseworker
# Each answer has the content type and JSON shape the schema documents for its status.
SHAPE_CHECKS = [checks.content_type_conformance, checks.response_schema_conformance]


@pytest.fixture
def org(db_url, tmp_path, monkeypatch):
    # A live-update wait answers within a second here, inside the fuzzer's read timeout.
    monkeypatch.setenv("CASEMGR_SERVER_LIVE_WAIT_S", "1")
    with organisation(db_url, tmp_path) as o:
        yield o


def heal(org: Org, who: str) -> None:
    """Undo what a fuzzed request may have done to the signed-in person (a new password, a
    deactivation, a logout, another role, a login lockout), so the next request is signed
    in again."""
    role, _ = PEOPLE[who]
    app = org.client.app
    with app.state.engine.begin() as conn:  # type: ignore[attr-defined]
        accounts.reactivate_user(conn, who, actor="test", now=org.clock.now_ms())
        accounts.reset_password(conn, who, PASSWORD, actor="test", settings=org.settings,
                                now=org.clock.now_ms())
        conn.execute(tables.users.update().where(tables.users.c.username == who)
                     .values(role=role))
        # Fuzzed logins with wrong passwords lock the account and the test client's address.
        conn.execute(tables.login_attempts.delete())
    org.login(who)


def describe(case: schemathesis.Case, response: schemathesis.Response) -> str:
    return (f"{case.method} {case.formatted_path} query={case.query} headers="
            f"{ {k: v for k, v in (case.headers or {}).items() if k != 'Authorization'} } "
            f"body={case.body!r:.500} -> {response.status_code} {response.text[:500]}")


@dataclass
class Findings:
    """What the fuzzing found: requests that failed a check, and the statuses seen."""

    failures: list[str] = field(default_factory=list)
    statuses: dict[str, set[int]] = field(default_factory=dict)


def send(org: Org, case: schemathesis.Case, who: str, mode: schemathesis.GenerationMode,
         findings: Findings) -> None:
    """Send one generated request as `who` and note what is wrong with the answer."""
    headers = org.headers(who)
    fuzzed = {name.lower() for name in case.headers or {}}
    if mode is schemathesis.GenerationMode.NEGATIVE:
        # Invalid requests: a fuzzed header (a broken token too) wins over ours.
        headers = {k: v for k, v in headers.items() if k.lower() not in fuzzed}
    else:
        # Valid requests, signed in: ours win, to get past sign-in to the route ...
        for name in list(case.headers or {}):
            if name.lower() in {k.lower() for k in headers}:
                del case.headers[name]
        if isinstance(case.body, dict) and "device_id" in case.body:
            # ... and say which device and protocol they are, so that pushes and uploads
            # reach the sync engine instead of stopping at 403 or 426.
            case.body["device_id"] = org.devices[who]
            case.body["protocol_version"] = PROTOCOL_VERSION
    try:
        response = case.call(headers=headers)
    except Exception as exc:  # the in-process client re-raises what became a 500
        findings.failures.append(f"{case.as_curl_command()} raised {exc!r}")
        heal(org, who)
        return
    if response.status_code >= 500:
        findings.failures.append(describe(case, response))
    try:
        # Every route documents each status it answers with (400 and 413 app-wide).
        case.validate_response(response, checks=[*SHAPE_CHECKS, checks.status_code_conformance])
    except FailureGroup as exc:
        findings.failures.append(f"{describe(case, response)}\n  {exc}")
    findings.statuses.setdefault(case.operation.label, set()).add(response.status_code)
    risky = case.method in ("PATCH", "POST") and any(
        word in case.formatted_path for word in ("logout", "/users/", "revoke"))
    signed_out = response.status_code == 401 and "authorization" not in fuzzed
    if signed_out or (risky and response.status_code < 300):
        heal(org, who)


def fuzz(org: Org, operation: schemathesis.APIOperation, mode: schemathesis.GenerationMode,
         findings: Findings) -> None:
    """EXAMPLES generated requests to one operation, each as an admin or a caseworker."""

    @settings(max_examples=EXAMPLES, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(generation_mode=mode), who=st.sampled_from(ROLES))
    def run(case: schemathesis.Case, who: str) -> None:
        send(org, case, who, mode, findings)

    try:
        run()
    except Unsatisfiable:
        # Nothing to make invalid (an operation without parameters or body).
        assert mode is schemathesis.GenerationMode.NEGATIVE, operation.label


def test_no_request_gets_a_server_error(org):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # schema-loading notes, e.g. unsupported media types
        schema = schemathesis.openapi.from_asgi("/openapi.json", org.client.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 20
    findings = Findings()
    for operation in operations:
        for mode in schemathesis.GenerationMode:
            fuzz(org, operation, mode, findings)
    assert not findings.failures, "\n".join(findings.failures)
    # The fuzzing got past sign-in to the routes themselves, for both roles.
    succeeded = {label for label, seen in findings.statuses.items() if min(seen) < 300}
    assert {"GET /api/v1/me", "GET /api/v1/sync/pull", "GET /api/v1/forms",
            "GET /api/v1/directory", "GET /api/v1/admin/users",
            "GET /api/v1/admin/sync-health"} <= succeeded, findings.statuses
