#!/usr/bin/env python3
"""Set up and run casemgr from a fresh clone with nothing but python3 >= 3.11.

    python3 dev.py run [casemgr args]   start the app (no args: the demo, with a local server)
    python3 dev.py test [pytest args]   run the whole test suite headless
    python3 dev.py bundle               build the desktop bundle (packaging/) and self-test it
    python3 dev.py lock [--upgrade]     re-resolve requirements.lock after pyproject.toml changed
                                        (--upgrade: every package to its newest allowed release)
    python3 dev.py audit [pip-audit args]
                                        look up every package of requirements.lock in the
                                        vulnerability advisories (pip-audit; needs the network)

Each creates `.venv` on first use and installs exactly what requirements.lock names (with
their hashes), again whenever the lock, pyproject.toml or setup.py change. Then they make
sure Qt's platform plugin can load (xcb for a window, offscreen for the tests): the system
libraries `ldd` cannot find are installed with apt-get when run as root; otherwise the
`sudo apt-get install` line to run is printed and dev.py stops.
Standard library only: this file runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
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
# Every package of the development and CI environment (the dev, server and bundle extras),
# pinned with its hashes for every platform: `dev.py lock` writes it with uv.
LOCK = ROOT / "requirements.lock"
EXTRAS = ("dev", "server", "bundle")
PIP = "pip==26.3"  # the installer itself, pinned like the rest
UV = "uv==0.13.9"  # the resolver behind `dev.py lock` (only that command installs it)
# The vulnerability scanner behind `dev.py audit` (only that command installs it).
PIP_AUDIT = "pip-audit==2.10.1"
DIST = ROOT / "dist"
# The Debian 12 / Ubuntu package of each shared library that Qt's platform plugins (and the
# Qt libraries of the wheel they link) ask for: the names `ldd` prints for PySide6's
# libqxcb.so, libqoffscreen.so and libqwayland.so. A minimal install lacks many of them; `ldd`
# shows which, and apt brings what those packages depend on in turn.
QT_LIBRARY_PACKAGES: dict[str, str] = {
    # X11 and its XCB extensions (the xcb platform plugin, libQt6XcbQpa.so.6)
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    # OpenGL through glvnd (libQt6Gui.so.6)
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    # Wayland (the wayland platform plugin)
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    # Fonts, images, D-Bus, GLib and what they link
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libpng16.so.16": "libpng16-16",
    "libexpat.so.1": "libexpat1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libsystemd.so.0": "libsystemd0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libbsd.so.0": "libbsd0",
    "libmd.so.0": "libmd0",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "liblzma.so.5": "liblzma5",
    "liblz4.so.1": "liblz4-1",
    "libcap.so.2": "libcap2",
    "libgcrypt.so.20": "libgcrypt20",
    "libgpg-error.so.0": "libgpg-error0",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libffi.so.8": "libffi8",
}


def say(msg: str) -> None:
    print(f"[dev] {msg}", file=sys.stderr, flush=True)


def run(cmd: list[str], **kw: object) -> None:
    subprocess.run(cmd, check=True, **kw)  # type: ignore[call-overload]


def bootstrap_pip() -> None:
    """Debian's python3 lacks ensurepip without python3-venv: install pip from its PyPI wheel."""
    say("ensurepip is missing; installing pip from PyPI into .venv")
    with urllib.request.urlopen("https://pypi.org/pypi/pip/json", timeout=60) as r:  # nosec B310 # constant https URL
        meta = json.load(r)
    wheel = next(u for u in meta["urls"] if u["filename"].endswith(".whl"))
    if not str(wheel["url"]).startswith("https://"):  # the address PyPI gave, checked
        raise SystemExit(f"PyPI named a pip wheel at {wheel['url']!r}, not https; not using it")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / wheel["filename"]
        with urllib.request.urlopen(wheel["url"], timeout=120) as r:  # nosec B310 # https, checked above
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
    # What the install depends on: the lock, the package's metadata and its packages.
    want = hashlib.sha256(b"".join(path.read_bytes() for path in (
        LOCK, ROOT / "pyproject.toml", ROOT / "setup.py"))).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != want:
        say("installing casemgr and the locked dependencies into .venv")
        for command in install_commands():
            run([str(PY), "-m", "pip", *command])
        STAMP.write_text(want)


def install_commands() -> list[list[str]]:
    """pip's commands that install the locked environment: pip itself, every locked
    package checked against its hash (nothing unlocked can come in: pip refuses a package
    without one), then casemgr itself, editable, with no dependency of its own resolved and
    built by the locked setuptools."""
    return [["install", "--quiet", PIP],
            ["install", "--quiet", "--require-hashes", "-r", str(LOCK)],
            ["install", "--quiet", "--no-deps", "--no-build-isolation", "-e", str(ROOT)]]


def lock_command(upgrade: bool) -> list[str]:
    """uv's command that writes requirements.lock: one resolution for every platform and
    Python from 3.11 (`--universal`), with hashes; without --upgrade, the pins already in the
    lock are kept where pyproject.toml still allows them."""
    command = ["-m", "uv", "pip", "compile", "pyproject.toml",
               *(f"--extra={extra}" for extra in EXTRAS), "--universal",
               "--python-version=3.11", "--generate-hashes", "--quiet",
               "--custom-compile-command=python3 dev.py lock", f"--output-file={LOCK.name}"]
    return command + (["--upgrade"] if upgrade else [])


def lock(args: list[str]) -> int:
    if set(args) - {"--upgrade"}:
        print(__doc__, file=sys.stderr)
        return 2
    run([str(PY), "-m", "pip", "install", "--quiet", UV])
    run([str(PY), *lock_command("--upgrade" in args)], cwd=ROOT)
    say(f"wrote {LOCK.name}; dev.py installs it at its next run (commit it with pyproject.toml)")
    return 0


def audit_command(args: list[str]) -> list[str]:
    """pip-audit's command over requirements.lock: the locked versions exactly as pinned
    (each with its hashes, so nothing is resolved: `--disable-pip` installs nothing and asks
    pip nothing), looked up in PyPI's advisories (`--vulnerability-service osv` for OSV's);
    `--strict`: a package that cannot be audited fails the run too. `args` go on to
    pip-audit (`--format json`, `--ignore-vuln ID`)."""
    return ["-m", "pip_audit", "--requirement", str(LOCK), "--require-hashes",
            "--disable-pip", "--strict", "--progress-spinner", "off", *args]


def audit(args: list[str]) -> int:
    """Exit status 0 when no locked package has a known vulnerability, 1 when one has (each
    listed with its advisory and the version that fixes it)."""
    run([str(PY), "-m", "pip", "install", "--quiet", PIP_AUDIT])
    return subprocess.run([str(PY), *audit_command(args)], cwd=ROOT).returncode


class QtLibrariesMissing(SystemExit):
    """Qt's platform plugin cannot load and dev.py may not install what it needs."""


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries `ldd` could not find, in the order it names them."""
    missing: list[str] = []
    for line in ldd_output.splitlines():
        name, arrow, where = line.strip().partition("=>")
        if arrow and where.strip() == "not found" and name.strip() not in missing:
            missing.append(name.strip())
    return missing


def packages_for(ldd_output: str) -> tuple[list[str], list[str]]:
    """The Debian packages that provide what `ldd` did not find (sorted, each once), and the
    libraries no package is known for."""
    packages: set[str] = set()
    unknown: list[str] = []
    for library in missing_libraries(ldd_output):
        if library in QT_LIBRARY_PACKAGES:
            packages.add(QT_LIBRARY_PACKAGES[library])
        else:
            unknown.append(library)
    return sorted(packages), unknown


def qt_plugin(platform: str) -> Path | None:
    """PySide6's plugin for a Qt platform (xcb, offscreen, wayland, ...) in .venv, found
    without importing Qt (which may not load yet)."""
    where = subprocess.run(
        [str(PY), "-c", "import importlib.util as u; "
         "print(u.find_spec('PySide6').submodule_search_locations[0])"],
        capture_output=True, text=True, check=False)
    if where.returncode != 0:
        return None
    plugin = Path(where.stdout.strip()) / "Qt" / "plugins" / "platforms" / f"libq{platform}.so"
    return plugin if plugin.exists() else None


def ldd(path: Path) -> str:
    """`ldd` of a plugin and of each library of the wheel that it links (libQt6XcbQpa.so.6,
    libQt6Gui.so.6, ...): every system library the plugin needs before it can load."""
    tool = shutil.which("ldd") or "/usr/bin/ldd"
    first = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    outputs = [first.stdout]
    qt_dir = path.parents[2]  # PySide6/Qt
    for line in first.stdout.splitlines():
        _name, arrow, where = line.partition("=>")
        target = where.strip().split(" (")[0]
        if arrow and target.startswith("/") and qt_dir in Path(target).resolve().parents:
            outputs.append(subprocess.run([tool, target], capture_output=True, text=True,
                                          check=False).stdout)
    return "\n".join(outputs)


def qt_platform(command: str, env: dict[str, str]) -> str | None:
    """The Qt platform the command will use, or None when it shows no window: `dev.py test`
    runs offscreen; `dev.py run` uses QT_QPA_PLATFORM, else X11 (xcb) when there is a
    display (without one the app says so and exits, and the command line needs no Qt)."""
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if command == "test":
        return "offscreen"
    return "xcb" if env.get("DISPLAY") else None


def ensure_qt_libraries(platform: str) -> None:
    """Make sure Qt's `platform` plugin can load: ask `ldd` what it lacks, install the
    packages that provide it as root with apt-get, or say which to install and stop."""
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return
    plugin = qt_plugin(platform)
    if plugin is None:
        return  # not a plugin of the wheel: Qt's own message says which platforms exist
    found = ldd(plugin)
    packages, unknown = packages_for(found)
    if not packages and not unknown:
        return
    say(f"Qt's {platform} platform plugin cannot load: "
        f"{', '.join(missing_libraries(found))} not found")
    if packages and os.geteuid() == 0 and shutil.which("apt-get"):
        say("installing what it needs: " + " ".join(packages))
        apt_env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        run(["apt-get", "update", "-qq"], env=apt_env)
        run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages],
            env=apt_env)
        packages, unknown = packages_for(ldd(plugin))
        if not packages and not unknown:
            return
    raise QtLibrariesMissing(qt_libraries_message(platform, packages, unknown))


def qt_libraries_message(platform: str, packages: list[str], unknown: list[str]) -> str:
    """What to install, for someone who is not root (or has no apt-get)."""
    lines = [f"Qt cannot start its {platform} platform plugin: system libraries are missing."]
    if packages:
        lines += ["Install them with this command (it needs root), then run dev.py again:"
                  if shutil.which("apt-get") else
                  "Install the packages that provide them; on Debian or Ubuntu that is:",
                  f"  sudo apt-get install --no-install-recommends {' '.join(packages)}"]
    if unknown:
        lines.append("No package is known here for " + ", ".join(unknown)
                     + "; your distribution's package search (apt-file search NAME) finds it.")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):
        raise SystemExit("casemgr needs Python 3.11 or newer")
    if not argv or argv[0] not in {"run", "test", "bundle", "lock", "audit"}:
        print(__doc__, file=sys.stderr)
        return 2
    ensure_venv()
    if argv[0] == "lock":
        return lock(argv[1:])
    if argv[0] == "audit":
        return audit(argv[1:])
    env = dict(os.environ)
    if argv[0] in ("test", "bundle"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if (platform := qt_platform(argv[0], env)) is not None:
        ensure_qt_libraries(platform)
    if argv[0] == "bundle":
        return bundle(env)
    if argv[0] == "run":
        cmd = [str(PY), "-m", "casemgr", *(argv[1:] or ["--demo"])]
    else:
        cmd = [str(PY), "-m", "pytest", *pytest_args(argv[1:])]
    return subprocess.run(cmd, cwd=ROOT, env=env).returncode


def pytest_args(args: list[str]) -> list[str]:
    """The suite runs on every core (pytest-xdist: a worker process per core, each with its
    own Qt application, servers and temporary folders), unless the arguments say how
    (`-n 0` runs it in this one process, as `-p no:xdist` does)."""
    chosen = "no:xdist" in args or any(a.startswith(("-n", "--numprocesses")) for a in args)
    return args if chosen else ["-n", "auto", *args]


# What the desktop bundle must never hold: the server, the test tools, the tests, demo data.
NOT_BUNDLED = ("casemgr.server", "fastapi", "sqlalchemy", "uvicorn", "pytest", "hypothesis",
               "tests")


def bundle_leaks(pyz_toc: Path, folder: Path) -> list[str]:
    """The modules (from PyInstaller's table of the bundled modules) and files of the bundle
    that NOT_BUNDLED names, or the demo service directory."""
    modules = re.findall(r"\('([\w.]+)'", pyz_toc.read_text())
    found = sorted({m for m in modules
                    if any(m == name or m.startswith(name + ".") for name in NOT_BUNDLED)})
    found += [str(p.relative_to(folder)) for p in folder.rglob("service_directory.json")]
    return found


def bundle(env: dict[str, str]) -> int:
    """Build the one-folder desktop bundle (packaging/casemgr.spec) into dist/casemgr, add
    the Linux desktop integration (share/, install.sh), check it, and run its self-test."""
    linux = ROOT / "packaging" / "linux"
    desktop_id = "org.casemgr.CaseManager"
    run([str(PY), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN",
         f"--distpath={DIST}", f"--workpath={ROOT / 'build' / 'pyinstaller'}",
         str(ROOT / "packaging" / "casemgr.spec")], cwd=ROOT, env=env)
    folder = DIST / "casemgr"
    left_out = bundle_leaks(ROOT / "build" / "pyinstaller" / "casemgr" / "PYZ-00.toc", folder)
    if left_out:
        raise SystemExit("the bundle holds what it must not: " + ", ".join(left_out))
    share = folder / "share"
    for sub, name in (("applications", f"{desktop_id}.desktop"),
                      ("metainfo", f"{desktop_id}.metainfo.xml")):
        (share / sub).mkdir(parents=True, exist_ok=True)
        shutil.copy2(linux / name, share / sub / name)
    icons = ROOT / "resources" / "icons"
    for png in icons.glob("casemgr-*.png"):
        size = png.stem.split("-")[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target / f"{desktop_id}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(icons / "casemgr.svg", scalable / f"{desktop_id}.svg")
    shutil.copy2(linux / "install.sh", folder / "install.sh")
    for tool, args, target in (
            ("appstreamcli", ["validate", "--no-net"],
             share / "metainfo" / f"{desktop_id}.metainfo.xml"),
            ("desktop-file-validate", [], share / "applications" / f"{desktop_id}.desktop")):
        if shutil.which(tool):
            run([tool, *args, str(target)], stdout=subprocess.DEVNULL)
            say(f"{tool}: {target.name} is valid")
        else:
            say(f"{tool} is not installed here: {desktop_id} files not validated")
    say("running the bundle's self-test")
    run([str(folder / "casemgr"), "--self-test"], env=env)
    with tempfile.TemporaryDirectory() as prefix:  # installs and runs as a user would
        run(["sh", str(folder / "install.sh"), prefix], stdout=subprocess.DEVNULL)
        run([str(Path(prefix) / "bin" / "casemgr"), "--version"])
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    say(f"bundle: {folder} ({size / 2**20:.0f} MiB); install it with {folder}/install.sh")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
