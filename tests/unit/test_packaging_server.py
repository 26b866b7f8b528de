"""The deployment files in packaging/server cannot drift from the server: each command line
they run parses with `casemgr-server`'s own parser, each CASEMGR_SERVER_* variable they set
is a real setting, the proxies' body limit is the server's, and the systemd unit passes
`systemd-analyze verify` where systemd is installed."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from casemgr.server.cli import build_parser
from casemgr.server.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging" / "server"
UNIT = PACKAGING / "casemgr-server.service"
PREFIX = "CASEMGR_SERVER_"


def unit_settings(key: str) -> list[str]:
    return [line.split("=", 1)[1] for line in UNIT.read_text().splitlines()
            if line.startswith(f"{key}=")]


def parses(argv: list[str]) -> Any:
    """The namespace `casemgr-server` would run `argv` (its arguments) with; SystemExit if it
    would refuse them."""
    return build_parser().parse_args(argv)


def compose() -> dict[str, Any]:
    import yaml
    loaded: dict[str, Any] = yaml.safe_load((PACKAGING / "compose.yaml").read_text())
    return loaded


def test_the_units_command_line_is_one_casemgr_server_accepts():
    [exec_start] = unit_settings("ExecStart")
    program, *argv = shlex.split(exec_start)
    # The venv docs/server.md "Install" makes (a path on the server, not read here).
    assert program.startswith("/") and program.endswith("/venv/bin/casemgr-server")
    venv = program.removesuffix("/bin/casemgr-server")
    assert f"python3 -m venv {venv}" in (ROOT / "docs" / "server.md").read_text()
    args = parses(argv)
    assert args.command == "serve" and args.host == "127.0.0.1"
    assert unit_settings("EnvironmentFile") == ["/etc/casemgr-server/env"]
    assert unit_settings("StateDirectory") == ["casemgr-server"]
    assert unit_settings("StateDirectoryMode") == ["0700"]


def test_every_variable_the_files_set_is_a_server_setting():
    named = set(re.findall(rf"^#? ?({PREFIX}[A-Z_]+)=", (PACKAGING / "env.example").read_text(),
                           re.MULTILINE))
    for service in compose()["services"].values():
        named |= {k for k in service.get("environment") or {} if k.startswith(PREFIX)}
    named |= set(re.findall(rf"({PREFIX}[A-Z_]+)=", (PACKAGING / "Dockerfile").read_text()))
    assert {"CASEMGR_SERVER_DATABASE_URL", "CASEMGR_SERVER_KEY_DIR"} <= named
    unknown = {n for n in named if n.removeprefix(PREFIX).lower() not in Settings.model_fields}
    assert not unknown, f"not settings in casemgr/server/settings.py: {sorted(unknown)}"


def test_the_example_settings_are_valid_settings(monkeypatch):
    for line in (PACKAGING / "env.example").read_text().splitlines():
        if line.startswith(PREFIX):
            name, value = line.split("=", 1)
            monkeypatch.setenv(name, value)
    settings = Settings()
    assert settings.database_url.startswith("postgresql+psycopg://")
    assert settings.key_dir == Path("/var/lib/casemgr-server/keys")


def test_the_compose_file_runs_postgresql_the_server_and_caddy_in_order():
    services = compose()["services"]
    assert services["db"]["image"].startswith("postgres:")
    assert "healthcheck" in services["db"]
    assert services["server"]["depends_on"]["db"]["condition"] == "service_healthy"
    assert services["server"]["depends_on"]["init"]["condition"] == \
        "service_completed_successfully"
    assert parses(services["init"]["command"][1:]).command == "init-db"
    serve = parses(services["server"]["command"][1:])
    assert serve.command == "serve" and serve.host == "0.0.0.0"
    assert "ports" not in services["server"]  # reached through Caddy only
    key_dir = services["server"]["environment"][f"{PREFIX}KEY_DIR"]
    assert f"keys:{key_dir}" in services["server"]["volumes"]  # the keys outlive the container
    assert any(v.startswith("db:") for v in services["db"]["volumes"])
    assert {"443:443", "80:80"} <= set(services["caddy"]["ports"])


def test_the_dockerfiles_command_is_one_casemgr_server_accepts():
    [cmd] = re.findall(r"^CMD (\[.*\])$", (PACKAGING / "Dockerfile").read_text(), re.MULTILINE)
    program, *argv = json.loads(cmd)  # the exec form: a JSON list
    assert program == "casemgr-server" and parses(argv).command == "serve"


def test_the_proxies_refuse_the_bodies_the_server_refuses():
    limit = Settings.model_fields["max_body_bytes"].default
    assert limit == 8 * 1024 * 1024
    assert re.search(r"^\s*client_max_body_size 8m;", (PACKAGING / "nginx.conf").read_text(),
                     re.MULTILINE)
    assert re.search(r"^\s*max_size 8MiB$", (PACKAGING / "Caddyfile").read_text(),
                     re.MULTILINE)
    assert f"{PREFIX}MAX_BODY_BYTES={limit}" in (PACKAGING / "env.example").read_text()


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_accepts_the_unit(tmp_path):
    # verify also checks that the program exists: a stand-in where the venv would be.
    program = tmp_path / "casemgr-server"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    unit = tmp_path / "casemgr-server.service"
    [exec_start] = unit_settings("ExecStart")
    unit.write_text(UNIT.read_text().replace(shlex.split(exec_start)[0], str(program)))
    done = subprocess.run(["systemd-analyze", "verify", "--man=no", str(unit)],
                          capture_output=True, text=True, timeout=60, check=False)
    # It exits 0 on a directive it cannot parse too ("..., ignoring"): nothing may be said.
    said = (done.stdout + done.stderr).strip()
    assert done.returncode == 0 and not said, said


def test_the_admin_command_runs_casemgr_server_as_the_service_does(tmp_path):
    """casemgr-server-admin: the unit's user, settings file and program, the arguments
    passed on as given; run here with a stand-in program and without changing user."""
    script = (PACKAGING / "casemgr-server-admin").read_text()
    [program] = [shlex.split(s)[0] for s in unit_settings("ExecStart")]
    for value in (f"ENV_FILE={unit_settings('EnvironmentFile')[0]}\n", f"PROGRAM={program}\n",
                  f"runuser -u {unit_settings('User')[0]} --",
                  f"cd {unit_settings('WorkingDirectory')[0]};"):
        assert value in script, value
    env_file = tmp_path / "env"
    env_file.write_text((PACKAGING / "env.example").read_text())
    stand_in = tmp_path / "casemgr-server"
    stand_in.write_text('#!/bin/sh\nprintf "%s\\n" "$CASEMGR_SERVER_KEY_DIR" "$@"\n')
    stand_in.chmod(0o755)
    runnable = tmp_path / "admin"
    runnable.write_text(script.replace(f"runuser -u {unit_settings('User')[0]} -- ", "")
                        .replace(unit_settings("EnvironmentFile")[0], str(env_file))
                        .replace(program, str(stand_in))
                        .replace(f"cd {unit_settings('WorkingDirectory')[0]}", f"cd {tmp_path}"))
    done = subprocess.run(["sh", str(runnable), "create-user", "ada", "--team", "North East"],
                          capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["/var/lib/casemgr-server/keys", "create-user", "ada",
                                        "--team", "North East"]
