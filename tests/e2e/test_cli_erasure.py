"""`casemgr subject-access` and `casemgr erasure` as an administrator runs them: real processes
against a real server, the PDF parsed back, the requester refused as approver."""

from __future__ import annotations

import json
from pathlib import Path

from casemgr.cli import EXIT_REFUSED, EXIT_WRONG_PASSWORD
from tests.e2e.test_cli import casemgr
from tests.support.laptops import Laptop
from tests.support.live_server import DEMO_PASSWORD, LiveServer
from tests.support.pdf_text import page_texts
from tests.support.records import CASE, CHILD, FAMILY, MOTHER

SECRET = "ZQX-ERASE-9931"


def test_subject_access_and_an_erasure_request_from_the_command_line(
        live_server: LiveServer, tmp_path: Path, monkeypatch) -> None:
    amina = Laptop(tmp_path / "amina", live_server, "amina")
    case_id = amina.cw.register_family(FAMILY, [{**CHILD, "school": SECRET}, MOTHER],
                                       CASE).value
    child = next(p.id for p in amina.cw.case_file(case_id).persons
                 if p.fields["role"] == "child")
    amina.sync()
    amina.close()
    data = tmp_path / "admin"
    casemgr(data, "login", "--server", live_server.url, "--user", "admin",
            password=DEMO_PASSWORD)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):  # a server's shell
        monkeypatch.delenv(name, raising=False)

    pdf = tmp_path / "out.pdf"
    wrong = casemgr(data, "subject-access", child, "-o", str(pdf), password="wrong",
                    check=False)
    assert wrong.returncode == EXIT_WRONG_PASSWORD and not pdf.exists()
    done = casemgr(data, "subject-access", child, "-o", str(pdf), password=DEMO_PASSWORD)
    assert f"to {pdf}. It is not encrypted." in done.stderr
    text = " ".join(page_texts(pdf))
    assert "Subject access: Wanjiru Mwangi" in text and SECRET in text
    out = tmp_path / "out.json"
    casemgr(data, "subject-access", child, "-o", str(out), password=DEMO_PASSWORD)
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["fields"]["school"] == SECRET

    asked = casemgr(data, "erasure", "request", child, password=DEMO_PASSWORD).stdout
    erasure_id = asked.split()[0]
    refused = casemgr(data, "erasure", "approve", erasure_id, password=DEMO_PASSWORD,
                      check=False)
    assert refused.returncode == EXIT_REFUSED
    assert "another administrator than the one who asked" in refused.stderr
    listed = json.loads(casemgr(data, "erasure", "list", "--json",
                                password=DEMO_PASSWORD).stdout)
    assert [(e["id"], e["status"]) for e in listed] == [(erasure_id, "requested")]
