"""The application icon: the SVG source plus any PNG sizes a bundle build rendered from it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from desktop_app.paths import resource

#: Name of the icon files under ``resources/icons`` (``parallax.svg``, ``parallax-64.png``…).
ICON_NAME = "parallax"


def icon_files() -> list[Path]:
    """The icon's files present in this installation: the SVG first, then PNGs by size."""
    folder = resource("icons")
    svg = folder / f"{ICON_NAME}.svg"
    pngs = sorted(folder.glob(f"{ICON_NAME}-*.png"), key=_pixel_size)
    return ([svg] if svg.is_file() else []) + pngs


def _pixel_size(png: Path) -> int:
    """The size in a name such as ``parallax-64.png`` (0 if the name carries none)."""
    size = png.stem.rsplit("-", 1)[-1]
    return int(size) if size.isdecimal() else 0


def app_icon() -> QIcon:
    """The window and taskbar icon; crisp at every size through Qt's SVG icon engine.

    Pre-rendered PNGs (made by ``packaging/build.py``) are added when present, so a
    bundle still shows its icon should the SVG plug-in be missing.
    """
    files = icon_files()
    if not files:
        return QIcon()
    icon = QIcon(str(files[0]))
    for extra in files[1:]:
        icon.addFile(str(extra))
    return icon
