"""dev.py's check of the system libraries Qt's platform plugin needs (issue 10, item 1), on
real `ldd` output: this machine's, and a fresh Debian 12's captured in tests/data/ldd."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LDD = ROOT / "tests" / "data" / "ldd"
# What a fresh Debian 12 lacks for a window: proven by installing exactly these in a
# debootstrap'ed bookworm (minbase, python3) and loading the plugin (QT_DEBUG_PLUGINS=1).
FRESH_DEBIAN_XCB = [
    "libdbus-1-3", "libegl1", "libfontconfig1", "libfreetype6", "libgl1", "libglib2.0-0",
    "libx11-6", "libx11-xcb1", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0",
    "libxcb-keysyms1", "libxcb-randr0", "libxcb-render-util0", "libxcb-render0",
    "libxcb-shape0", "libxcb-shm0", "libxcb-sync1", "libxcb-util1", "libxcb-xfixes0",
    "libxcb-xkb1", "libxcb1", "libxkbcommon-x11-0", "libxkbcommon0",
]
FRESH_DEBIAN_OFFSCREEN = [
    "libdbus-1-3", "libegl1", "libfontconfig1", "libfreetype6", "libgl1", "libglib2.0-0",
    "libx11-6", "libxkbcommon0",
]


def load_dev():
    spec = importlib.util.spec_from_file_location("casemgr_dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


dev = load_dev()


def captured(name: str) -> str:
    return (LDD / name).read_text()


def unfindable(ldd_output: str, *libraries: str) -> str:
    """`ldd` output as it would read with these libraries gone from the system."""
    for library in libraries:
        ldd_output, n = re.subn(rf"^(\s*{re.escape(library)}) => .*$", r"\1 => not found",
                                ldd_output, flags=re.M)
        assert n == 1, library
    return ldd_output


def test_a_machine_with_every_library_needs_nothing():
    assert dev.packages_for(captured("libqxcb-all-found.txt")) == ([], [])


def test_a_fresh_debian_12_gets_every_package_the_window_needs():
    packages, unknown = dev.packages_for(captured("libqxcb-debian12-minbase.txt"))
    assert packages == FRESH_DEBIAN_XCB
    assert unknown == []
    # the three that Qt's own message never names
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"} <= set(packages)


def test_headless_tests_need_only_the_offscreen_plugins_libraries():
    packages, unknown = dev.packages_for(captured("libqoffscreen-debian12-minbase.txt"))
    assert packages == FRESH_DEBIAN_OFFSCREEN and unknown == []
    assert not [p for p in packages if p.startswith("libxcb-")]


@pytest.mark.parametrize(("gone", "package"), [
    (("libxcb-cursor.so.0",), ["libxcb-cursor0"]),
    (("libxcb-icccm.so.4", "libxcb-keysyms.so.1"), ["libxcb-icccm4", "libxcb-keysyms1"]),
    (("libxkbcommon-x11.so.0", "libxcb-xkb.so.1"), ["libxcb-xkb1", "libxkbcommon-x11-0"]),
    (("libglib-2.0.so.0", "libgthread-2.0.so.0"), ["libglib2.0-0"]),
    (("libEGL.so.1", "libGL.so.1", "libfontconfig.so.1", "libdbus-1.so.3"),
     ["libdbus-1-3", "libegl1", "libfontconfig1", "libgl1"]),
])
def test_a_library_made_unfindable_names_the_package_to_install(gone, package):
    text = unfindable(captured("libqxcb-all-found.txt"), *gone)
    assert sorted(dev.missing_libraries(text)) == sorted(gone)
    assert dev.packages_for(text) == (package, [])


def test_a_library_no_package_is_known_for_is_named_as_it_is():
    text = unfindable(captured("libqxcb-all-found.txt"), "libxcb-cursor.so.0")
    text += "\tlibxcb-future.so.9 => not found\n"
    assert dev.packages_for(text) == (["libxcb-cursor0"], ["libxcb-future.so.9"])
    message = dev.qt_libraries_message("xcb", ["libxcb-cursor0"], ["libxcb-future.so.9"])
    assert "libxcb-future.so.9" in message and "libxcb-cursor0" in message


@pytest.mark.skipif(not shutil.which("dpkg"), reason="needs dpkg (Debian or Ubuntu) to ask "
                    "which package owns each library")
def test_each_library_the_real_plugin_loads_comes_from_the_package_the_table_names():
    pyside = importlib.util.find_spec("PySide6").submodule_search_locations[0]
    plugin = Path(pyside) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                         check=True).stdout
    checked = {}
    for line in out.splitlines():
        name, arrow, where = line.strip().partition(" => ")
        path = where.split(" (")[0]
        if not arrow or not path.startswith("/") or "/PySide6/" in path:
            continue
        if name in {"libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0"}:
            continue  # libc6: on every system
        owner = subprocess.run(["dpkg", "-S", str(Path(path).resolve())], capture_output=True,
                               text=True, check=False)
        if owner.returncode != 0:  # dpkg records /usr/lib, ldd may say /lib (usrmerge)
            owner = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True,
                                   check=False)
        assert owner.returncode == 0, f"no package owns {path}"
        checked[name] = owner.stdout.split(":")[0]
    assert checked, "ldd found none of the plugin's system libraries"
    assert {n: dev.QT_LIBRARY_PACKAGES.get(n) for n in checked} == checked


@pytest.mark.parametrize(("command", "env", "platform"), [
    ("test", {}, "offscreen"),
    ("test", {"DISPLAY": ":0"}, "offscreen"),
    ("test", {"QT_QPA_PLATFORM": "xcb"}, "xcb"),
    ("run", {"DISPLAY": ":0"}, "xcb"),
    ("run", {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
    ("run", {"QT_QPA_PLATFORM": "wayland;xcb"}, "wayland"),
    ("run", {"QT_QPA_PLATFORM": "vnc:size=800x600"}, "vnc"),
    ("run", {}, None),  # no display: the app says so and the command line needs no Qt
])
def test_the_plugin_checked_is_the_one_the_command_will_load(command, env, platform):
    assert dev.qt_platform(command, env) == platform


@pytest.fixture
def fake_ldd(tmp_path, monkeypatch):
    """`ldd` that prints a fresh Debian 12's output until the packages are "installed"."""
    installed = tmp_path / "installed"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "ldd"
    script.write_text(f"#!/bin/sh\nif [ -e '{installed}' ]; then cat '{LDD}/libqxcb-all-found"
                      f".txt'; else cat '{LDD}/libqxcb-debian12-minbase.txt'; fi\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{Path(sys.executable).parent}:/usr/bin:/bin")
    monkeypatch.setattr(dev, "PY", Path(sys.executable))
    return installed


def test_without_root_it_prints_the_apt_get_line_and_stops(fake_ldd, monkeypatch, capsys):
    monkeypatch.setattr(dev.os, "geteuid", lambda: 1000)
    monkeypatch.setattr(dev, "run", lambda cmd, **kw: pytest.fail(f"ran {cmd}"))
    with pytest.raises(SystemExit) as stopped:
        dev.ensure_qt_libraries("xcb")
    message = str(stopped.value)
    assert message.splitlines()[-1] == ("  sudo apt-get install --no-install-recommends "
                                        + " ".join(FRESH_DEBIAN_XCB))
    assert "platform plugin" in message
    assert "libxcb-cursor.so.0" in capsys.readouterr().err  # what is missing, said first


def test_as_root_it_installs_the_packages_and_goes_on(fake_ldd, monkeypatch):
    monkeypatch.setattr(dev.os, "geteuid", lambda: 0)
    which = shutil.which
    monkeypatch.setattr(dev.shutil, "which", lambda name: "/usr/bin/apt-get"
                        if name == "apt-get" else which(name))
    ran = []

    def apt(cmd, **_kw):
        ran.append(cmd)
        if cmd[:2] == ["apt-get", "install"]:
            fake_ldd.touch()

    monkeypatch.setattr(dev, "run", apt)
    dev.ensure_qt_libraries("xcb")
    assert ran == [["apt-get", "update", "-qq"],
                   ["apt-get", "install", "-y", "-qq", "--no-install-recommends",
                    *FRESH_DEBIAN_XCB]]


@pytest.mark.parametrize(("given", "run"), [
    ([], ["-n", "auto"]),  # the whole suite on every core
    (["tests/unit", "-x"], ["-n", "auto", "tests/unit", "-x"]),
    (["-n", "0", "tests/ui"], ["-n", "0", "tests/ui"]),  # in one process, as asked
    (["-n4"], ["-n4"]),
    (["-p", "no:xdist", "-k", "sync"], ["-p", "no:xdist", "-k", "sync"]),
    (["-p", "no:cacheprovider"], ["-n", "auto", "-p", "no:cacheprovider"]),
])
def test_the_suite_runs_on_every_core_unless_told_otherwise(given, run):
    assert load_dev().pytest_args(given) == run


# -- the lock file (issue 14, item 6) -----------------------------------------------------------

def locked_pins() -> dict[str, list[tuple[str, str]]]:
    """requirements.lock's pins: each package's versions, with the marker each applies under."""
    pins: dict[str, list[tuple[str, str]]] = {}
    for line in dev.LOCK.read_text().splitlines():
        if line[:1].isalnum():
            requirement, _, marker = line.rstrip(" \\").partition(" ; ")
            name, _, version = requirement.partition("==")
            pins.setdefault(canonical(name), []).append((version, marker))
    return pins


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared_requirements():
    """Every requirement pyproject.toml declares for the locked environment."""
    import tomllib

    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = list(project["dependencies"])
    for extra in dev.EXTRAS:
        declared += project["optional-dependencies"][extra]
    return [Requirement(text) for text in declared]


def test_the_lock_pins_every_declared_requirement_within_its_range_on_this_platform():
    """pyproject.toml changed without `dev.py lock`: a fresh clone would install something
    else than what the range asks (or miss the new package) — caught here, not in CI's
    install."""
    from packaging.markers import Marker

    pins = locked_pins()
    for requirement in declared_requirements():
        versions = [version for version, marker in pins.get(canonical(requirement.name), [])
                    if not marker or Marker(marker).evaluate()]
        assert versions, f"{requirement.name} is declared but not locked: run dev.py lock"
        assert all(requirement.specifier.contains(v, prereleases=True) for v in versions), (
            f"the lock pins {requirement.name} {versions}, outside {requirement.specifier}")


def test_every_locked_package_carries_its_hashes():
    text = dev.LOCK.read_text()
    blocks = re.split(r"\n(?=[a-z0-9])", text.split("\n", 2)[2])
    assert blocks and all("--hash=sha256:" in block for block in blocks)


def test_the_environment_is_installed_from_the_lock_alone():
    pip_install, locked, own = dev.install_commands()
    assert pip_install[-1] == dev.PIP
    assert locked[-3:] == ["--require-hashes", "-r", str(dev.LOCK)]
    assert {"--no-deps", "--no-build-isolation", "-e"} <= set(own)  # nothing resolved anew


@pytest.mark.parametrize("upgrade", [False, True])
def test_relocking_resolves_every_extra_for_every_platform(upgrade):
    command = dev.lock_command(upgrade)
    assert {f"--extra={extra}" for extra in dev.EXTRAS} <= set(command)
    assert "--universal" in command and "--generate-hashes" in command
    assert ("--upgrade" in command) is upgrade


def test_the_audit_looks_up_the_locked_versions_as_pinned_and_fails_on_any_gap():
    """`dev.py audit`: pip-audit (pinned, as uv is for `lock`) over requirements.lock as it
    is, resolving and installing nothing; a package it cannot look up fails the run rather
    than passing unaudited; further arguments go on to pip-audit."""
    name, _, version = dev.PIP_AUDIT.partition("==")
    assert name == "pip-audit" and version
    command = dev.audit_command(["--format", "json"])
    assert command[:2] == ["-m", "pip_audit"]
    assert command[command.index("--requirement") + 1] == str(dev.LOCK)
    assert {"--require-hashes", "--disable-pip", "--strict"} <= set(command)
    assert command[-2:] == ["--format", "json"]
    assert dev.main(["no-such-command"]) == 2  # the usage, which names audit
    assert "dev.py audit" in dev.__doc__


def test_a_bundle_holding_the_server_or_demo_data_is_refused(tmp_path):
    toc = tmp_path / "PYZ-00.toc"
    toc.write_text("('PYZ-00.pyz', [('casemgr.cli', 'x', 'PYMODULE'), "
                   "('casemgr.server.app', 'x', 'PYMODULE'), ('pytest', 'x', 'PYMODULE'), "
                   "('casemgr.serverless', 'x', 'PYMODULE')])")
    folder = tmp_path / "casemgr"
    (folder / "_internal").mkdir(parents=True)
    assert dev.bundle_leaks(toc, folder) == ["casemgr.server.app", "pytest"]
    (folder / "_internal" / "service_directory.json").write_text("{}")
    assert dev.bundle_leaks(toc, folder)[-1] == "_internal/service_directory.json"
