"""Typography and colours of the reading view: the chosen theme, font, size and measure."""

from __future__ import annotations

from functools import cache

import msgspec
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette

from desktop_app.core.themes import DARK, LIGHT, THEMES, Theme
from desktop_app.paths import resource

READING_FAMILIES = ("Charis SIL", "Charter", "Georgia", "Noto Serif", "DejaVu Serif", "serif")
#: Longest comfortable line, in average characters of the reading font.
MEASURE_CHARS = 72
#: Reading size in points at zoom 0 when the user chose none.
DEFAULT_POINT_SIZE = 12.5


class ReadingStyle(msgspec.Struct):
    """The reader's choices in effect; new panes start from them (ui/reading_prefs sets them)."""

    theme: str = "system"
    #: Preferred family first; the bundled and common serifs follow as fallbacks.
    family: str = ""
    point_size: float = DEFAULT_POINT_SIZE
    measure: int = MEASURE_CHARS
    #: Zoom steps from the chosen size (Ctrl+plus / Ctrl+minus).
    zoom: int = 0
    #: Mouse selections snap to whole words.
    snap_words: bool = True

    @property
    def zoom_factor(self) -> float:
        """How much bigger than the chosen size text is drawn."""
        return 1.1**self.zoom

    @property
    def zoomed_size(self) -> float:
        """The reading size after zoom, in points."""
        return round(self.point_size * self.zoom_factor, 2)


#: The one reading style of this process.
style = ReadingStyle()


@cache
def qcolour(hex_colour: str) -> QColor:
    """A (shared, cached) QColor for ``#RRGGBB``: highlights ask for thousands."""
    return QColor(hex_colour)


def system_is_dark() -> bool:
    """True when the desktop asks for a dark scheme (or the palette is dark)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def current_theme() -> Theme:
    """The theme the reader chose, or the one matching the system scheme."""
    chosen = THEMES.get(style.theme)
    if chosen is not None:
        return chosen
    return DARK if system_is_dark() else LIGHT


@cache
def register_fonts() -> None:
    """Make the bundled reading font available to Qt (once per process)."""
    for path in sorted(resource("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def reading_font(point_size: float | None = None) -> QFont:
    """The serif font articles are set in (by default at the reader's zoomed size)."""
    register_fonts()
    font = QFont()
    if point_size is None:
        point_size = style.zoomed_size
    preferred = [style.family] if style.family else []
    font.setFamilies(preferred + [f for f in READING_FAMILIES if f != style.family])
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
    return font
