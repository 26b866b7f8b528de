"""Settings: declared once, versioned, written atomically as JSON; the window remembers its
geometry and the case list its sort."""

from __future__ import annotations

import json

import pytest

from casemgr.ui.settings import DECLARED, SETTINGS_FILE, VERSION, Settings, UnknownSetting
from tests.support.desktop import unlock


def test_every_setting_is_declared_with_type_default_and_description():
    for s in DECLARED:
        assert s.description and s.accepts(s.default), s.name


def test_round_trip_defaults_and_refusals(tmp_path):
    settings = Settings.load(tmp_path)
    assert settings.get("auto_lock_minutes") == 10
    settings.set("auto_lock_minutes", 3)
    with pytest.raises(ValueError):
        settings.set("auto_lock_minutes", 0)
    with pytest.raises(ValueError):
        settings.set("auto_lock_minutes", True)
    with pytest.raises(UnknownSetting):
        settings.set("colour", "red")
    settings.save()
    data = json.loads((tmp_path / SETTINGS_FILE).read_text())
    assert data == {"version": VERSION, "settings": {"auto_lock_minutes": 3}}
    assert not list(tmp_path.glob(".*.tmp"))  # written through a temporary file, replaced
    assert Settings.load(tmp_path).get("auto_lock_minutes") == 3


def test_a_damaged_file_or_wrong_types_fall_back_to_defaults(tmp_path):
    (tmp_path / SETTINGS_FILE).write_text("{not json")
    assert Settings.load(tmp_path).get("auto_lock_minutes") == 10
    (tmp_path / SETTINGS_FILE).write_text(json.dumps(
        {"version": VERSION, "settings": {"auto_lock_minutes": "ten", "last_profile": "amina"}}))
    loaded = Settings.load(tmp_path)
    assert loaded.get("auto_lock_minutes") == 10
    assert loaded.get("last_profile") == "amina"


def test_version_1_files_are_migrated(tmp_path):
    (tmp_path / SETTINGS_FILE).write_text(json.dumps(
        {"version": 1, "settings": {"idle_lock_seconds": 300}}))
    assert Settings.load(tmp_path).get("auto_lock_minutes") == 5


def test_the_window_remembers_geometry_profile_and_sort(qtbot, start_window, make_ctx,
                                                       seeded_dir):
    ctx = make_ctx(settings=Settings.load(seeded_dir))
    window = start_window(ctx)
    unlock(qtbot, window)
    window.setGeometry(40, 50, 1150, 780)
    window.cases.model.sort(1)  # Family
    window.close()
    saved = Settings.load(seeded_dir)
    assert saved.get("last_profile") == "amina"
    assert saved.get("case_list_sort") == "family"
    geometry = saved.get("window_geometry")
    assert (geometry["width"], geometry["height"]) == (1150, 780)

    again = start_window(make_ctx(settings=saved))
    assert (again.width(), again.height()) == (1150, 780)
    assert again.lock_screen.current_user() == "amina"
