"""A wheel built from the tree runs with no checkout beside it: built as pip builds it,
installed into a new virtual environment, and run from an empty folder — the command line's
version, a new encrypted workspace, the demo's cases (the forms come from inside the
package) and the server's database with its published forms and migrations.

The new environment borrows this one's dependencies (a path file to its site-packages; this
environment's own editable casemgr is not loaded from there), so nothing is downloaded."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def run(*args: object, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"
    return done.stdout


def test_a_wheel_installed_without_the_checkout_runs_the_app_and_the_server(tmp_path):
    dist = tmp_path / "dist"
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
        "--wheel-dir", dist, ROOT)
    [wheel] = dist.glob("casemgr-*.whl")
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps",
        wheel)
    site = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])")
                .strip())
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    home = tmp_path / "home"
    elsewhere = tmp_path / "elsewhere"
    home.mkdir()
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "CASEMGR_"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), CASEMGR_PASSWORD="wheel test pw",
               QT_QPA_PLATFORM="offscreen")
    where = run(python, "-c", "import casemgr, casemgr.paths as p; "
                "print(casemgr.__file__); print(p.FORMS_DIR)", cwd=elsewhere, env=env)
    package, forms = where.split()
    assert package.startswith(str(site)) and forms.startswith(str(site))
    assert sorted(p.name for p in Path(forms).glob("*.json")) == sorted(
        p.name for p in (ROOT / "resources" / "forms").glob("*.json"))
    # the compiled translations the app loads for French, Spanish and Arabic
    assert {p.name for p in (Path(forms).parent / "translations").glob("*.qm")} == {
        "casemgr_fr.qm", "casemgr_es.qm", "casemgr_ar.qm"}

    casemgr = venv / "bin" / "casemgr"
    assert "0.1.0" in run(casemgr, "--version", cwd=elsewhere, env=env)
    run(casemgr, "--data-dir", "try", "workspace", "init", "--user", "amina", cwd=elsewhere,
        env=env)
    seeded = run(casemgr, "--data-dir", "try", "demo", "seed", "--cases", "3", cwd=elsewhere,
                 env=env)
    assert "Seeded 3 cases" in seeded
    listed = run(casemgr, "--data-dir", "try", "cases", "list", "--json", cwd=elsewhere,
                 env=env)
    assert listed.count('"case_number"') == 3

    server = run(venv / "bin" / "casemgr-server", "init-db", cwd=elsewhere, env=env)
    assert "initial_risk_screening v1" in server  # the shipped forms, published
    assert str(home) in server  # its data in the platform's folder, not the working one
    assert not any(elsewhere.glob("*.db"))
