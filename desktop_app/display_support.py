"""Before the window opens on Linux: say which system library Qt's X11 support lacks, not abort."""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
from collections.abc import Mapping
from pathlib import Path

#: What to install, by the distributions most readers use: every X11 library Qt's X11 support
#: links beyond a desktop's usual ones, so that one command mends whichever the loader named
#: (its words are shown, never parsed). ``libxcb-cursor0`` is the one a desktop most often
#: lacks (Qt 6.5 and later need it); a minimal system lacks the others too (a fresh Debian with
#: X11 but no desktop lacked ``libxcb-icccm4`` first).
INSTALL_HINTS = (
    "Debian or Ubuntu: sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-image0"
    " libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0"
    " libxcb-xkb1 libxkbcommon-x11-0",
    "Fedora: sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-image xcb-util-keysyms"
    " xcb-util-renderutil libxkbcommon-x11",
    "Arch: sudo pacman -S xcb-util-cursor xcb-util-wm xcb-util-image xcb-util-keysyms"
    " xcb-util-renderutil libxkbcommon-x11",
    "openSUSE: sudo zypper install libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1"
    " libxcb-render-util0 libxkbcommon-x11-0",
)


def uses_x11(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will open its window through X11 (the ``xcb`` platform plugin): on Linux,
    when no other platform is asked for and the session is not Wayland."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    return environ.get("XDG_SESSION_TYPE") != "wayland" and not environ.get("WAYLAND_DISPLAY")


def x11_support_library() -> Path | None:
    """Qt's X11 support library inside the installed PySide6, without importing PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        library = Path(folder) / "Qt" / "lib" / "libQt6XcbQpa.so.6"
        if library.is_file():
            return library
    return None


def display_problem(
    environ: Mapping[str, str] = os.environ,
    library: Path | None = None,
    platform: str = sys.platform,
) -> str | None:
    """What stops the window from opening, in words a reader can act on, or None when nothing
    does. Qt itself aborts with a message that names no library; loading its X11 support here
    first names the one that is missing (the loader's own words, shown, never parsed)."""
    if not uses_x11(environ, platform):
        return None
    library = library if library is not None else x11_support_library()
    if library is None:  # a PySide6 laid out otherwise: let Qt speak for itself
        return None
    try:
        ctypes.CDLL(str(library))
    except OSError as error:
        hints = "\n".join(f"  {hint}" for hint in INSTALL_HINTS)
        return (
            "Parallax cannot open its window: Qt's X11 support needs a system library that is"
            f" not installed.\nThe system said: {error}\nInstall it with your package manager:\n"
            f"{hints}\nThe headless commands (parallax --help) work without it."
        )
    return None
