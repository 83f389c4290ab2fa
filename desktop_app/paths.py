"""Where bundled resources live: in the source tree, an installed wheel or a frozen bundle."""

from __future__ import annotations

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
