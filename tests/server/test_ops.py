"""Health and metrics: /healthz, /readyz and /metrics as a load balancer, an orchestrator and
Prometheus see them (README.md, "Health and metrics")."""

from __future__ import annotations

import uuid

import pytest
from alembic import command
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from casemgr.server.app import create_app
from casemgr.server.bootstrap import init_db
from casemgr.server.db import alembic_config, head_revisions
from casemgr.server.keys import ServerKeys
from casemgr.server.settings import Settings
from casemgr.sync.protocol import PROTOCOL_VERSION
from tests.server.admin_support import op, organisation, push, register_case
from tests.support.live_server import free_port

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def scrape(client: TestClient) -> tuple[str, Samples]:
    """The /metrics text and its samples by (name, sorted labels)."""
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    samples = {(s.name, tuple(sorted(s.labels.items()))): s.value
               for family in text_string_to_metric_families(response.text)
               for s in family.samples}
    return response.text, samples


def grew(before: Samples, after: Samples, name: str, **labels: str) -> float:
    """How much a counter grew between two scrapes (the registry is the whole process's)."""
    key = (name, tuple(sorted(labels.items())))
    assert key in after, f"{name}{labels} is not in /metrics"
    return after[key] - before.get(key, 0.0)


@pytest.fixture
def keys_dir(tmp_path):
    """Server keys, so that the app starts whatever state its database is in."""
    ServerKeys.ensure(tmp_path / "server-keys")
    return tmp_path / "server-keys"


def readyz(settings: Settings) -> tuple[int, dict]:
    app = create_app(settings)
    try:
        with TestClient(app, raise_server_exceptions=False) as client:
            response = client.get("/readyz")
            return response.status_code, response.json()
    finally:
        app.state.engine.dispose()


def test_ready_only_on_a_database_migrated_to_this_servers_head(db_url, tmp_path, keys_dir):
    settings = Settings(database_url=db_url, key_dir=keys_dir)
    status, body = readyz(settings)
    assert (status, body["reason"]) == (503, "migrations_not_current"), body
    assert "none" in body["detail"]

    init_db(settings)
    assert readyz(settings) == (200, {"status": "ready"})

    # A database restored from an older backup: behind the server's migrations.
    assert head_revisions() != {"0001"}
    command.stamp(alembic_config(db_url), "0001")
    status, body = readyz(settings)
    assert (status, body["reason"]) == (503, "migrations_not_current"), body
    assert "at migration 0001" in body["detail"]
    assert "init-db" in body["detail"]


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_an_unreachable_database_is_not_ready_but_the_process_is_alive(kind, tmp_path,
                                                                       keys_dir):
    url = (f"sqlite:///{tmp_path / 'no-such-folder' / 'server.db'}" if kind == "sqlite" else
           f"postgresql+psycopg://casemgr:s3cret-pw@127.0.0.1:{free_port()}/casemgr")
    app = create_app(Settings(database_url=url, key_dir=keys_dir))
    with TestClient(app, raise_server_exceptions=False) as client:
        health = client.get("/healthz")
        assert (health.status_code, health.json()) == (200, {"status": "ok"})
        ready = client.get("/readyz")
    app.state.engine.dispose()
    assert ready.status_code == 503
    assert ready.json() == {"status": "not_ready", "reason": "database_unreachable",
                            "detail": "The database could not be reached."}
    # Nothing of the connection (password, address, file) and no trace reaches the answer.
    for leak in ("s3cret-pw", "127.0.0.1", "no-such-folder", "Traceback"):
        assert leak not in ready.text


def test_metrics_count_push_results_pulls_failed_logins_by_route_template(tmp_path):
    with organisation(f"sqlite:///{tmp_path / 'server.db'}", tmp_path) as org:
        text, before = scrape(org.client)
        for result in ("applied", "merged", "conflict", "rejected"):
            assert ("casemgr_push_ops_total", (("result", result),)) in before

        case_id = register_case(org, "amina", "North")
        # A change to a record the server never had is set aside: rejected.
        missing = str(uuid.uuid4())
        change = op(missing, "note", case_id, {"text": "x"}, kind="update", base_rev=1)
        [refused] = push(org, "amina", [change])
        assert refused["status"] == "rejected"
        # The same push again (its answer was lost): answered, not counted a second time.
        again = org.post("/api/v1/sync/push", who="amina", json={
            "protocol_version": PROTOCOL_VERSION, "client_version": "0.1.0",
            "device_id": org.devices["amina"], "client_seq_from": change["client_seq"],
            "ops": [change]})
        assert again.json()["results"] == [refused]
        records = org.get("/api/v1/sync/pull", who="amina").json()["records"]
        wrong = org.client.post("/api/v1/auth/login", json={
            "protocol_version": PROTOCOL_VERSION, "client_version": "0.1.0",
            "device_id": str(uuid.uuid4()), "username": "amina",
            "password": "not her password", "device_name": "x"})
        assert wrong.status_code == 401, wrong.text
        item = str(uuid.uuid4())
        assert org.post(f"/api/v1/admin/quarantine/{item}/review").status_code == 404
        assert org.get(f"/api/v1/cases/{case_id}").status_code == 404  # no such route

        text, after = scrape(org.client)
    assert grew(before, after, "casemgr_push_ops_total", result="applied") == 2
    assert grew(before, after, "casemgr_push_ops_total", result="rejected") == 1
    assert grew(before, after, "casemgr_pull_records_sent_total") == len(records) > 0
    assert grew(before, after, "casemgr_login_failures_total",
                reason="invalid_credentials") == 1
    assert grew(before, after, "casemgr_http_requests_total", method="POST",
                route="/api/v1/sync/push", status="200") == 3
    assert grew(before, after, "casemgr_http_requests_total", method="POST",
                route="/api/v1/admin/quarantine/{item_id}/review", status="404") == 1
    assert grew(before, after, "casemgr_http_requests_total", method="GET",
                route="unmatched", status="404") == 1
    # Labels carry templates only: no record, case or device id, no user name.
    for leak in (case_id, missing, item, *org.devices.values(), "amina"):
        assert leak not in text
