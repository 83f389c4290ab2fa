"""Where bundled resources live (source tree, wheel or frozen bundle), and the user's folders."""

from __future__ import annotations

import os
import posixpath
import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The ``resources`` folder (samples, icons, styles)."""
    package = Path(__file__).resolve().parent
    candidates = [
        package.parent / "resources",  # source tree / editable install
        Path(sys.prefix) / "share" / "parallax" / "resources",  # wheel (data-files)
    ]
    if frozen := getattr(sys, "_MEIPASS", None):  # PyInstaller bundle
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "samples").is_dir():
            return candidate
    raise FileNotFoundError("Parallax's resources folder is missing from this installation")


def resource(*parts: str) -> Path:
    """Path of a bundled resource file."""
    return resources_dir().joinpath(*parts)


# The preferences are read before the first frame, and importing platformdirs costs more than
# the look-up itself. On Linux the answer is two environment variables away, so it is computed
# here exactly as platformdirs computes it ($XDG_*_HOME when absolute, else under an absolute
# $HOME); anything else (macOS, Windows, Android, no usable HOME) asks platformdirs itself, so
# every platform keeps platformdirs' folders (tests/test_user_folders.py compares the two).

#: The variable and the folder under the home folder, per kind of folder (platformdirs' Unix).
_XDG = {"config": ("XDG_CONFIG_HOME", "~/.config"), "data": ("XDG_DATA_HOME", "~/.local/share")}


def user_config_dir(app_name: str) -> str:
    """``platformdirs.user_config_dir(app_name, appauthor=False)``."""
    return _linux_dir("config", app_name) or _platformdirs_dir("config", app_name)


def user_data_dir(app_name: str) -> str:
    """``platformdirs.user_data_dir(app_name, appauthor=False)``."""
    return _linux_dir("data", app_name) or _platformdirs_dir("data", app_name)


def _linux_dir(kind: str, app_name: str) -> str | None:
    """The folder on plain Linux, or None where platformdirs must be asked."""
    if sys.platform != "linux" or _may_be_android():
        return None
    variable, default = _XDG[kind]
    base = os.environ.get(variable, "")
    if posixpath.isabs(base):
        return os.path.join(base, app_name)
    if not posixpath.isabs(os.environ.get("HOME", "")):
        return None  # platformdirs then looks the home folder up in the password database
    return os.path.join(os.path.expanduser(default), app_name)


def _may_be_android() -> bool:
    """platformdirs' first test for an Android app (the rest of its test is left to it)."""
    return hasattr(sys, "getandroidapilevel") or (
        os.environ.get("ANDROID_DATA") == "/data" and os.environ.get("ANDROID_ROOT") == "/system"
    )


def _platformdirs_dir(kind: str, app_name: str) -> str:
    import platformdirs

    if kind == "config":
        return platformdirs.user_config_dir(app_name, appauthor=False)
    return platformdirs.user_data_dir(app_name, appauthor=False)
