"""The desktop bundle's Linux integration (packaging/linux, issue 14 item 2): the .desktop
file, the AppStream metainfo and the icons agree with each other and with the app, and pass
the freedesktop validators when this machine has them (Debian's appstream and
desktop-file-utils; .ci/run installs them)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from casemgr.ui.widgets.icon import DESKTOP_ID, ICON_SIZES, app_icon

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_menu_entry_starts_the_installed_program_with_the_apps_icon():
    entry = desktop_entry()
    assert entry["Exec"].split()[0] == "casemgr"  # install.sh links PREFIX/bin/casemgr
    assert entry["Icon"] == DESKTOP_ID  # installed under that name into hicolor
    assert entry["Terminal"] == "false"
    install = (LINUX / "install.sh").read_text()
    assert 'ln -s "$PREFIX/lib/casemgr/casemgr" "$PREFIX/bin/casemgr"' in install


def test_the_metainfo_names_the_menu_entry_and_the_projects_licence():
    import tomllib

    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.find("launchable").text == DESKTOP.name
    licence = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["license"]
    assert root.findtext("project_license") == licence
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert root.find("releases/release").get("version") == version


def test_an_icon_of_every_usual_size_is_shipped_at_that_size(qapp):
    for size in ICON_SIZES:
        image = QImage(str(ROOT / "resources" / "icons" / f"casemgr-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
    assert sorted(s.width() for s in app_icon().availableSizes()) == sorted(ICON_SIZES)


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli (Debian package appstream) is not installed")
def test_appstream_validates_the_metainfo():
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (Debian package desktop-file-utils) is not "
                           "installed")
def test_the_desktop_file_validates():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
