"""`casemgr-server` end to end: set up a database, create users, run the real server process on
127.0.0.1, and revoke a device from the command line while a client is signed in."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import requests

from casemgr.server import cli
from casemgr.server.settings import Settings
from casemgr.sync.lease import verify_lease
from casemgr.sync.protocol import PROTOCOL_VERSION, SignedLease

CHEAP_HASHES = {"CASEMGR_SERVER_PASSWORD_MEMORY_KIB": "64",
                "CASEMGR_SERVER_PASSWORD_TIME_COST": "1"}


@pytest.fixture
def server_env(db_url, tmp_path, monkeypatch) -> dict[str, str]:
    """The environment an operator sets up: database, key folder, dev mode, cheap hashes."""
    env = {"CASEMGR_SERVER_DATABASE_URL": db_url,
           "CASEMGR_SERVER_KEY_DIR": str(tmp_path / "keys"),
           "CASEMGR_SERVER_DEV_MODE": "true", **CHEAP_HASHES}
    for name, value in env.items():
        monkeypatch.setenv(name, value)  # for the in-process runs and the live server
    monkeypatch.delenv("CASEMGR_SERVER_PASSWORD", raising=False)
    return env


def run_cli(*args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    """The real command, in its own process, with the current environment."""
    env = dict(os.environ)
    if password is not None:
        env["CASEMGR_SERVER_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "casemgr.server.cli", *args], env=env,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def login_body(username: str, password: str, device_id: str) -> dict[str, object]:
    return {"protocol_version": PROTOCOL_VERSION, "client_version": "0.1.0",
            "device_id": device_id, "username": username, "password": password}


def client_headers(token: str, device_id: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", "X-Casemgr-Device-Id": device_id,
            "X-Casemgr-Protocol-Version": str(PROTOCOL_VERSION)}


def test_set_up_serve_and_revoke_a_device_from_the_command_line(
        server_env, db_url, tmp_path, live_server_factory):
    init = run_cli("init-db")
    assert init.returncode == 0, init.stderr
    assert "Database ready" in init.stdout and "Forms published" in init.stdout
    created = run_cli("create-user", "amina", "--role", "caseworker", "--team", "North",
                      password="amina's password")
    assert created.returncode == 0, created.stderr
    assert created.stdout.strip() == "Created caseworker amina in North."
    assert run_cli("seed-demo").returncode == 0

    settings = Settings(database_url=db_url, key_dir=tmp_path / "keys")
    server = live_server_factory(settings, workers=2)
    device = str(uuid.uuid4())
    with _Http(server.url) as http:
        info = http.get("/api/v1/server-info").json()
        login = http.post("/api/v1/auth/login",
                          json=login_body("amina", "amina's password", device))
        assert login.status_code == 200, login.text
        body = login.json()
        assert body["user"]["teams"] == ["North"] and body["epoch"] == info["epoch"]
        verify_lease(SignedLease.model_validate(body["lease"]), info["server_public_key"],
                     device_id=device)
        tokens = body["tokens"]
        assert http.get("/api/v1/me", headers=client_headers(tokens["access_token"], device)
                        ).json()["username"] == "amina"
        demo = http.post("/api/v1/auth/login", json=login_body(
            "sofia", "demo-password-2026", str(uuid.uuid4())))
        assert demo.status_code == 200 and demo.json()["user"]["teams"] == ["South"]

        # Refresh rotates: the new pair works; the old refresh token, presented again at once
        # (a device killed before it stored the pair), gets that same pair, on any worker.
        refresh = {"protocol_version": PROTOCOL_VERSION, "client_version": "0.1.0",
                   "device_id": device, "refresh_token": tokens["refresh_token"]}
        rotated = http.post("/api/v1/auth/refresh", json=refresh)
        assert rotated.status_code == 200
        assert rotated.json()["refresh_token"] != tokens["refresh_token"]
        again = http.post("/api/v1/auth/refresh", json=refresh)
        assert again.status_code == 200 and again.json() == rotated.json()
        access = rotated.json()["access_token"]
        assert http.get("/api/v1/me", headers=client_headers(access, device)).status_code == 200

        revoked = run_cli("revoke-device", device)
        assert revoked.returncode == 0, revoked.stderr
        # Refused on its very next request, whichever worker answers (new connections).
        for _ in range(4):
            me = requests.get(f"{server.url}/api/v1/me",
                              headers=client_headers(access, device), timeout=30)
            assert me.status_code == 401 and me.json()["reason"] == "revoked"

        bumped = run_cli("bump-epoch")
        assert bumped.returncode == 0
        assert http.get("/api/v1/server-info").json()["epoch"] != info["epoch"]

        reset = run_cli("reset-password", "amina", password="a brand new password")
        assert reset.returncode == 0, reset.stderr
        assert http.post("/api/v1/auth/login", json=login_body(
            "amina", "amina's password", str(uuid.uuid4()))).status_code == 401
        assert http.post("/api/v1/auth/login", json=login_body(
            "amina", "a brand new password", str(uuid.uuid4()))).status_code == 200


# -- refusals, each one line on stderr with a non-zero exit -------------------------------------

def run_main(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("casemgr-server: "), err
    return err


def test_commands_before_init_db_say_to_run_it(server_env, capsys, monkeypatch):
    monkeypatch.setenv("CASEMGR_SERVER_PASSWORD", "long enough password")
    code, _, err = run_main(capsys, "create-user", "amina", "--role", "caseworker")
    assert code == cli.EXIT_REFUSED and "init-db" in one_line(err)
    code, _, err = run_main(capsys, "serve", "--port", "1")
    assert code != 0 and "init-db" in one_line(err)
    code, _, err = run_main(capsys, "bump-epoch")
    assert code == cli.EXIT_REFUSED and "init-db" in one_line(err)


def test_refusals_after_init_db(server_env, capsys, monkeypatch):
    assert run_main(capsys, "init-db")[0] == 0
    code, _, err = run_main(capsys, "create-user", "amina", "--role", "caseworker")
    assert code == cli.EXIT_USAGE and "CASEMGR_SERVER_PASSWORD" in one_line(err)

    monkeypatch.setenv("CASEMGR_SERVER_PASSWORD", "short")
    code, _, err = run_main(capsys, "create-user", "amina", "--role", "caseworker")
    assert code == cli.EXIT_REFUSED and "at least 8 characters" in one_line(err)

    monkeypatch.setenv("CASEMGR_SERVER_PASSWORD", "long enough password")
    assert run_main(capsys, "create-user", "amina", "--role", "admin")[0] == 0
    code, _, err = run_main(capsys, "create-user", "amina", "--role", "admin")
    assert code == cli.EXIT_REFUSED and "already a user called amina" in one_line(err)
    code, _, err = run_main(capsys, "reset-password", "nobody")
    assert code == cli.EXIT_REFUSED and "no user called nobody" in one_line(err)
    code, _, err = run_main(capsys, "revoke-device", str(uuid.uuid4()))
    assert code == cli.EXIT_REFUSED and "no device" in one_line(err)
    with pytest.raises(SystemExit) as usage:
        cli.main(["create-user", "amina", "--role", "boss"])
    assert usage.value.code == 2


def test_the_retention_is_shown_set_and_run_from_the_command_line(server_env, capsys):
    assert run_main(capsys, "init-db")[0] == 0
    code, out, _ = run_main(capsys, "retention", "show")
    assert code == 0 and "leave devices 30 days after closure" in out
    assert "archived on the server 7 years after it" in out
    code, out, _ = run_main(capsys, "retention", "set", "--closed-days", "45")
    assert code == 0 and "45 days" in out and "7 years" in out
    code, _, err = run_main(capsys, "retention", "set", "--archive-years", "0")
    assert code == cli.EXIT_USAGE and "--archive-years 1 to 100" in one_line(err)
    code, out, _ = run_main(capsys, "retention", "run")
    assert code == 0 and out == "0 closed cases left devices, 0 archived.\n"
    assert run_main(capsys, "retention", "archived")[:2] == (0, "")
    code, _, err = run_main(capsys, "retention", "restore", str(uuid.uuid4()))
    assert code == cli.EXIT_REFUSED and "no archived case" in one_line(err)


def test_without_settings_the_server_refuses_the_demo_unless_told_it_is_one(server_env, capsys,
                                                                           monkeypatch):
    monkeypatch.delenv("CASEMGR_SERVER_DEV_MODE")
    assert run_main(capsys, "init-db")[0] == 0  # no secret to set: a random pepper is kept
    code, _, err = run_main(capsys, "seed-demo")
    assert code == cli.EXIT_REFUSED and "--dev seed-demo" in one_line(err)
    code, out, _ = run_main(capsys, "--dev", "seed-demo")
    assert code == 0 and "admin" in out

    monkeypatch.setenv("CASEMGR_SERVER_SECRET", "short")
    code, _, err = run_main(capsys, "init-db")
    assert code == cli.EXIT_USAGE and "at least 32 characters" in one_line(err)


def test_an_unreachable_database_is_one_clear_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CASEMGR_SERVER_KEY_DIR", str(tmp_path / "keys"))
    url = "postgresql+psycopg://casemgr:secret-pw@127.0.0.1:1/none"
    code, _, err = run_main(capsys, "--database-url", url, "init-db")
    assert code == cli.EXIT_FAILED and "could not be used" in one_line(err)
    assert "secret-pw" not in err  # the password is masked
    missing_dir = Path(tmp_path / "no" / "such" / "dir" / "s.db")
    code, _, err = run_main(capsys, "--database-url", f"sqlite:///{missing_dir}", "bump-epoch")
    assert code != 0 and one_line(err)


class _Http:
    """A requests session on one server: paths instead of URLs, a timeout on every call."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.session = requests.Session()

    def __enter__(self) -> _Http:
        return self

    def __exit__(self, *exc: object) -> None:
        self.session.close()

    def get(self, path: str, **kw):
        return self.session.get(self.base_url + path, timeout=30, **kw)

    def post(self, path: str, **kw):
        return self.session.post(self.base_url + path, timeout=30, **kw)
