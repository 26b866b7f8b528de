"""HTTPS only, tried for real: a `casemgr-server serve` process with a certificate from a
CA the test makes, and the `casemgr` command a user runs (issue 9, item 1).

- plain http:// is refused for any host but this computer, before anything is sent;
- a certificate from an authority the device does not know is refused;
- with the organisation's CA file (`--ca-file`, kept in the workspace) it is accepted, and
  keeps working after the original file is gone;
- a pinned public key (`--server-pin`): another key is refused with a clear message, a
  renewed certificate with the same key still works.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import certifi
import pytest

from casemgr.sync.transport import InsecureServer, check_server_url, normalise_pin
from tests.support.certs import Authority, spki_pin_of
from tests.support.live_server import DEMO_PASSWORD, LiveServer, demo_settings

pytestmark = pytest.mark.slow


def casemgr(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEMGR_")}
    env["CASEMGR_PASSWORD"] = DEMO_PASSWORD
    # A laptop whose environment names the public authorities' bundle: the CA file given at
    # login must still be the one used (requests would let this override it).
    env["REQUESTS_CA_BUNDLE"] = certifi.where()
    return subprocess.run([sys.executable, "-m", "casemgr", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=120)


@pytest.fixture(scope="module")
def pki(tmp_path_factory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("pki")
    ca = Authority.new("Field Office Test CA")
    chain, key_file, key = ca.issue(root / "server")
    return {"root": root, "ca": ca, "ca_file": ca.write(root / "office-ca.pem"),
            "chain": chain, "key_file": key_file, "key": key}


@pytest.fixture(scope="module")
def https_server(tmp_path_factory, pki) -> Iterator[LiveServer]:
    settings = demo_settings(tmp_path_factory.mktemp("tls-server"))
    server = LiveServer(settings, tls=(pki["chain"], pki["key_file"]))  # type: ignore[arg-type]
    yield server
    server.stop()


@pytest.mark.parametrize("url", ["http://10.20.30.40:8765", "http://casemgr.example.org",
                                 "http://192.168.1.5", "ftp://casemgr.example.org"])
def test_plain_http_to_another_computer_is_refused(url):
    with pytest.raises(InsecureServer):
        check_server_url(url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8765", "http://localhost:8765",
                                 "http://[::1]:8765", "https://casemgr.example.org"])
def test_https_anywhere_and_http_to_this_computer_are_allowed(url):
    assert check_server_url(url) == url


def test_login_over_plain_http_says_why_and_creates_nothing(tmp_path):
    data = tmp_path / "laptop"
    proc = casemgr(data, "login", "--server", "http://10.20.30.40:8765", "--user", "amina")
    assert proc.returncode != 0
    message = proc.stderr.strip().splitlines()
    assert len(message) == 1 and "https://" in message[0] and "network" in message[0]
    assert not (data / "amina").exists()


def test_a_certificate_from_an_unknown_authority_is_refused(tmp_path, https_server):
    data = tmp_path / "laptop"
    proc = casemgr(data, "login", "--server", https_server.url, "--user", "amina")
    assert proc.returncode != 0
    assert "not trusted" in proc.stderr and "--ca-file" in proc.stderr
    assert not (data / "amina" / "workspace.json").exists()


def test_a_rogue_authority_cannot_stand_in_for_the_offices(tmp_path, https_server):
    rogue = Authority.new("Rogue CA").write(tmp_path / "rogue.pem")
    proc = casemgr(tmp_path / "laptop", "login", "--server", https_server.url, "--user",
                   "amina", "--ca-file", str(rogue))
    assert proc.returncode != 0 and "not trusted" in proc.stderr


def test_the_offices_ca_file_is_kept_in_the_workspace(tmp_path, pki, https_server):
    ca_copy = tmp_path / "ca-from-it.pem"
    ca_copy.write_bytes(Path(pki["ca_file"]).read_bytes())  # type: ignore[arg-type]
    data = tmp_path / "laptop"
    proc = casemgr(data, "login", "--server", https_server.url, "--user", "amina",
                   "--ca-file", str(ca_copy))
    assert proc.returncode == 0, proc.stderr
    info = json.loads((data / "amina" / "workspace.json").read_text())
    assert info["server_url"] == https_server.url and info["server_ca"] is True
    ca_copy.unlink()  # the workspace keeps its own copy
    proc = casemgr(data, "sync", "--user", "amina")
    assert proc.returncode == 0, proc.stderr
    assert "Synced" in proc.stdout


def test_a_pin_of_another_key_is_refused_with_a_clear_message(tmp_path, pki, https_server):
    other = spki_pin_of(Authority.new("x").key)  # the right CA, but a key that is not it
    data = tmp_path / "laptop"
    proc = casemgr(data, "login", "--server", https_server.url, "--user", "amina",
                   "--ca-file", str(pki["ca_file"]), "--server-pin", other)
    assert proc.returncode != 0
    assert "public key other than the one pinned" in proc.stderr
    assert not (data / "amina" / "workspace.json").exists()


def test_a_renewed_certificate_with_the_pinned_key_still_works(tmp_path, tmp_path_factory, pki):
    """Pinned by its public key, not its certificate: IT renews the certificate with the same
    key and laptops keep syncing; a certificate with a new key is refused."""
    settings = demo_settings(tmp_path_factory.mktemp("renewing-server"))
    ca: Authority = pki["ca"]  # type: ignore[assignment]
    key = pki["key"]
    chain, key_file, _ = ca.issue(tmp_path / "first", key=key)
    server = LiveServer(settings, tls=(chain, key_file))
    port, data = server.port, tmp_path / "laptop"
    try:
        pin_hex = normalise_pin(spki_pin_of(key))  # type: ignore[arg-type]
        proc = casemgr(data, "login", "--server", server.url, "--user", "amina",
                       "--ca-file", str(pki["ca_file"]), "--server-pin", pin_hex)
        assert proc.returncode == 0, proc.stderr
    finally:
        server.stop()
    renewed = ca.issue(tmp_path / "renewed", key=key)
    server = LiveServer(settings, port=port, tls=renewed[:2])
    try:
        proc = casemgr(data, "sync", "--user", "amina")
        assert proc.returncode == 0, proc.stderr
    finally:
        server.stop()
    new_key = ca.issue(tmp_path / "new-key")
    server = LiveServer(settings, port=port, tls=new_key[:2])
    try:
        proc = casemgr(data, "sync", "--user", "amina")
        assert proc.returncode != 0
        assert "public key other than the one pinned" in proc.stderr
    finally:
        server.stop()
