"""The user's folders are exactly platformdirs' folders, with or without platformdirs loaded."""

from __future__ import annotations

import subprocess
import sys

import platformdirs
import pytest

from desktop_app import APP_NAME, paths

ENVIRONMENTS = [
    {"XDG_CONFIG_HOME": "/x/config", "XDG_DATA_HOME": "/x/data", "HOME": "/home/reader"},
    {"XDG_CONFIG_HOME": "", "XDG_DATA_HOME": "", "HOME": "/home/reader"},
    {"XDG_CONFIG_HOME": "relative/config", "XDG_DATA_HOME": "rel", "HOME": "/home/reader/"},
    {"XDG_CONFIG_HOME": "/with space/cfg/", "XDG_DATA_HOME": "/d/", "HOME": "/h"},
    {"HOME": "/home/reader"},
    {"HOME": "relative/home"},  # platformdirs then asks the password database
    {},  # no HOME at all
    {"HOME": "/home/reader", "ANDROID_DATA": "/data", "ANDROID_ROOT": "/system"},
]
VARIABLES = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "HOME", "ANDROID_DATA", "ANDROID_ROOT")


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_the_folders_are_platformdirs_folders(
    environment: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert paths.user_config_dir(APP_NAME) == platformdirs.user_config_dir(
        APP_NAME, appauthor=False
    )
    assert paths.user_data_dir(APP_NAME) == platformdirs.user_data_dir(APP_NAME, appauthor=False)


@pytest.mark.parametrize("platform", ["darwin", "win32", "ios"])
def test_other_systems_ask_platformdirs(platform: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(platformdirs, "user_config_dir", lambda name, appauthor: f"cfg:{name}")
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda name, appauthor: f"data:{name}")
    assert paths.user_config_dir(APP_NAME) == f"cfg:{APP_NAME}"
    assert paths.user_data_dir(APP_NAME) == f"data:{APP_NAME}"


@pytest.mark.skipif(sys.platform != "linux", reason="the look-up without platformdirs is Linux's")
def test_reading_the_preferences_path_does_not_load_platformdirs() -> None:
    code = (
        "import sys\n"
        "from desktop_app.ui.shell.settings import settings_path\n"
        "settings_path()\n"
        "print('platformdirs' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False"
