"""Typography and colours of the reading view, following the system's light or dark scheme."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette

from desktop_app.core.colours import highlight_background
from desktop_app.paths import resource

READING_FAMILIES = ("Charis SIL", "Charter", "Georgia", "Noto Serif", "DejaVu Serif", "serif")
#: Longest comfortable line, in average characters of the reading font.
MEASURE_CHARS = 72


@dataclass(frozen=True)
class Theme:
    """The colours a pane paints with."""

    dark: bool
    paper: str
    ink: str
    muted: str
    heading: str
    rule: str
    selection: str

    def highlight(self, tag_colours: tuple[str, ...]) -> QColor:
        """Background of a passage carrying these tags."""
        return _colour(highlight_background(tag_colours, self.paper, dark=self.dark))


LIGHT = Theme(
    dark=False,
    paper="#FBFAF7",
    ink="#1D1F23",
    muted="#6A6E76",
    heading="#111316",
    rule="#E4E1DA",
    selection="#B9D3F5",
)
DARK = Theme(
    dark=True,
    paper="#1C1D20",
    ink="#E4E1DA",
    muted="#9A9DA4",
    heading="#F4F1EA",
    rule="#34363B",
    selection="#36537A",
)


@cache
def _colour(hex_colour: str) -> QColor:
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
    """The theme matching the system scheme."""
    return DARK if system_is_dark() else LIGHT


@cache
def register_fonts() -> None:
    """Make the bundled reading font available to Qt (once per process)."""
    for path in sorted(resource("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def reading_font(point_size: float = 12.5) -> QFont:
    """The serif font articles are set in."""
    register_fonts()
    font = QFont()
    font.setFamilies(list(READING_FAMILIES))
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
    return font
