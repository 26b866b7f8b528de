#!/usr/bin/env python3
"""Set up and run casemgr from a fresh clone with nothing but python3 >= 3.11.

    python3 dev.py run [casemgr args]   start the app (no args: the demo, with a local server)
    python3 dev.py test [pytest args]   run the whole test suite headless

Both create `.venv` on first use and reinstall when pyproject.toml changes.
Standard library only: this file runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PY = VENV / "bin" / "python"
STAMP = VENV / ".casemgr-installed"
# Shared libraries the Qt wheels load but Debian/Ubuntu do not ship in a minimal install.
QT_SYSTEM_PACKAGES = [
    "libegl1", "libgl1", "libxkbcommon0", "libfontconfig1", "libglib2.0-0", "libdbus-1-3",
]


def say(msg: str) -> None:
    print(f"[dev] {msg}", file=sys.stderr, flush=True)


def run(cmd: list[str], **kw: object) -> None:
    subprocess.run(cmd, check=True, **kw)  # type: ignore[call-overload]


def bootstrap_pip() -> None:
    """Debian's python3 lacks ensurepip without python3-venv: install pip from its PyPI wheel."""
    say("ensurepip is missing; installing pip from PyPI into .venv")
    with urllib.request.urlopen("https://pypi.org/pypi/pip/json", timeout=60) as r:
        meta = json.load(r)
    wheel = next(u for u in meta["urls"] if u["filename"].endswith(".whl"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / wheel["filename"]
        with urllib.request.urlopen(wheel["url"], timeout=120) as r:
            data = r.read()
        if hashlib.sha256(data).hexdigest() != wheel["digests"]["sha256"]:
            raise SystemExit("pip wheel failed its checksum; not installing it")
        path.write_bytes(data)
        zipfile.ZipFile(path).testzip()
        run([str(PY), f"{path}/pip", "install", "--quiet", str(path)])


def ensure_venv() -> None:
    if not PY.exists():
        say("creating .venv")
        try:
            run([sys.executable, "-m", "venv", str(VENV)], stderr=subprocess.DEVNULL)
        except subprocess.CalledProcessError:
            shutil.rmtree(VENV, ignore_errors=True)
            run([sys.executable, "-m", "venv", "--without-pip", str(VENV)])
            bootstrap_pip()
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != want:
        say("installing casemgr and its dependencies into .venv")
        run([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
        run([str(PY), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[dev,server]"])
        STAMP.write_text(want)
    ensure_qt_libraries()


def ensure_qt_libraries() -> None:
    probe = [str(PY), "-c", "from PySide6 import QtGui"]
    if subprocess.run(probe, capture_output=True).returncode == 0:
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say("installing the system libraries Qt needs: " + " ".join(QT_SYSTEM_PACKAGES))
        run(["apt-get", "update", "-qq"])
        run(["apt-get", "install", "-y", "-qq", *QT_SYSTEM_PACKAGES])
        return
    raise SystemExit(
        "Qt cannot load its system libraries. Install them with:\n"
        f"  sudo apt-get install {' '.join(QT_SYSTEM_PACKAGES)}"
    )


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):
        raise SystemExit("casemgr needs Python 3.11 or newer")
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__, file=sys.stderr)
        return 2
    ensure_venv()
    env = dict(os.environ)
    if argv[0] == "run":
        cmd = [str(PY), "-m", "casemgr", *(argv[1:] or ["--demo"])]
    else:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        cmd = [str(PY), "-m", "pytest", *argv[1:]]
    return subprocess.run(cmd, cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
