"""The user's own preferences (reading style, theme, name), kept with QSettings, never in a project.

The file is an INI file in the user's configuration folder (platformdirs' folder, see
``desktop_app.paths``: honours ``XDG_CONFIG_HOME`` on Linux, read afresh each time so
tests stay in their own folder).
"""

from __future__ import annotations

import os
from pathlib import Path

import msgspec
from PySide6.QtCore import QByteArray, QSettings

from desktop_app import APP_NAME
from desktop_app.paths import user_config_dir
from desktop_app.ui.preferences.theme import DEFAULT_POINT_SIZE, MEASURE_CHARS

#: Theme names the reader can choose, with their labels, in menu order.
THEME_CHOICES: dict[str, str] = {
    "system": "System",
    "light": "Light",
    "dark": "Dark",
    "high-contrast": "High contrast",
    "high-contrast-dark": "High contrast (dark)",
}
#: Overrides the saved theme for one run (e.g. ``PARALLAX_THEME=dark``).
THEME_VARIABLE = "PARALLAX_THEME"
MIN_POINT_SIZE, MAX_POINT_SIZE = 8.0, 32.0
MIN_MEASURE, MAX_MEASURE = 40, 120
MIN_ZOOM, MAX_ZOOM = -5, 10


class ReadingPrefs(msgspec.Struct, frozen=True):
    """What the reader chose for reading: font, size, measure, theme, zoom, word snapping."""

    #: Reading font family ("" means the bundled Charis SIL and its fallbacks).
    family: str = ""
    point_size: float = DEFAULT_POINT_SIZE
    #: Longest line in average characters.
    measure: int = MEASURE_CHARS
    #: One of :data:`THEME_CHOICES`.
    theme: str = "system"
    #: Zoom steps (each 10 %) from ``point_size``.
    zoom: int = 0
    #: Mouse selections snap to whole words (Alt-drag always selects exactly).
    snap_words: bool = True

    def normalised(self) -> ReadingPrefs:
        """The same preferences with every value inside its allowed range."""
        return msgspec.structs.replace(
            self,
            point_size=min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, self.point_size)),
            measure=min(MAX_MEASURE, max(MIN_MEASURE, self.measure)),
            theme=self.theme if self.theme in THEME_CHOICES else "system",
            zoom=min(MAX_ZOOM, max(MIN_ZOOM, self.zoom)),
        )


def settings_path() -> Path:
    """The preferences file of this user."""
    return Path(user_config_dir(APP_NAME)) / "preferences.ini"


def user_settings() -> QSettings:
    """The user's preferences store (an INI file at :func:`settings_path`)."""
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


_GROUP = "reading"


def load_reading_prefs() -> ReadingPrefs:
    """The saved reading preferences (defaults for what is missing or unreadable);
    ``PARALLAX_THEME`` overrides the theme."""
    store = user_settings()
    store.beginGroup(_GROUP)
    defaults = ReadingPrefs()
    values: dict[str, object] = {}
    for field in msgspec.structs.fields(ReadingPrefs):
        default = getattr(defaults, field.name)
        raw = store.value(field.name, default)
        try:
            if isinstance(default, bool):  # INI keeps "true"/"false": bool("false") is True
                values[field.name] = str(raw).strip().lower() in ("true", "1", "yes")
                continue
            values[field.name] = type(default)(raw)  # INI values come back as strings
        except (TypeError, ValueError):
            values[field.name] = default
    store.endGroup()
    prefs = ReadingPrefs(**values)  # type: ignore[arg-type]
    override = os.environ.get(THEME_VARIABLE, "").strip().lower()
    if override in THEME_CHOICES:
        prefs = msgspec.structs.replace(prefs, theme=override)
    return prefs.normalised()


def save_reading_prefs(prefs: ReadingPrefs) -> None:
    """Remember the reading preferences for this user."""
    store = user_settings()
    store.beginGroup(_GROUP)
    for field in msgspec.structs.fields(ReadingPrefs):
        store.setValue(field.name, getattr(prefs, field.name))
    store.endGroup()
    store.sync()


_USER_GROUP = "user"


def load_user_name() -> str:
    """The name this user codes under ("" until they give it)."""
    store = user_settings()
    value = store.value(f"{_USER_GROUP}/name", "")
    return " ".join(str(value or "").split())


def save_user_name(name: str) -> None:
    """Remember the name this user codes under (kept for the user, never in a project)."""
    store = user_settings()
    store.setValue(f"{_USER_GROUP}/name", " ".join(name.split()))
    store.sync()


_WINDOW_KEY = "window/geometry"


def load_window_geometry() -> bytes:
    """The main window's size and place when it was last closed (empty until then)."""
    value = user_settings().value(_WINDOW_KEY, b"")
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    data = getattr(value, "data", None)  # a QByteArray
    return bytes(data()) if callable(data) else b""


def save_window_geometry(geometry: bytes) -> None:
    """Remember the main window's size and place for the next start.

    Kept as Qt's own byte array (``@ByteArray(…)`` in the file): Python ``bytes`` would be
    pickled into the file, and reading them back would load ``pickle`` before the first frame.
    """
    store = user_settings()
    store.setValue(_WINDOW_KEY, QByteArray(geometry))
    store.sync()
