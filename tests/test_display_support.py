"""The pre-flight check of Qt's X11 support: a missing system library is named, not an abort."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import pytest

from desktop_app import display_support
from desktop_app.__main__ import main
from desktop_app.display_support import display_problem, uses_x11, x11_support_library

X11_SESSION = {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        (X11_SESSION, "linux", True),
        ({"DISPLAY": ":0"}, "linux", True),
        ({**X11_SESSION, "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({**X11_SESSION, "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({**X11_SESSION, "QT_QPA_PLATFORM": "xcb:display=:1"}, "linux", True),
        ({**X11_SESSION, "QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
        ({"XDG_SESSION_TYPE": "wayland"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"XDG_SESSION_TYPE": "wayland", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        (X11_SESSION, "darwin", False),
        (X11_SESSION, "win32", False),
    ],
)
def test_x11_is_checked_only_where_qt_will_use_it(
    environ: dict[str, str], platform: str, expected: bool
) -> None:
    assert uses_x11(environ, platform) is expected


def test_a_library_that_will_not_load_is_named_with_what_to_install(tmp_path: Path) -> None:
    broken = tmp_path / "libQt6XcbQpa.so.6"
    broken.write_bytes(b"not a shared object")
    try:
        ctypes.CDLL(str(broken))
    except OSError as error:
        loader_said = str(error)
    else:
        pytest.fail("a text file loaded as a shared library")

    problem = display_problem(X11_SESSION, broken, "linux")

    assert problem is not None
    assert problem.startswith("Parallax cannot open its window")
    assert loader_said in problem  # the loader's own words, whatever they are
    assert "sudo apt install libxcb-cursor0" in problem
    assert "xcb-util-cursor" in problem
    # one command mends whichever library the loader named, the rarer ones too
    assert "libxcb-icccm4" in problem
    assert "xcb-util-wm" in problem


def test_nothing_is_loaded_when_qt_will_not_use_x11(tmp_path: Path) -> None:
    missing = tmp_path / "absent.so"  # loading it would fail: it is never tried
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, missing, "linux") is None
    assert display_problem(X11_SESSION, missing, "darwin") is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's X11 support is Linux's")
def test_the_installed_pyside6_has_its_x11_library_where_the_check_looks() -> None:
    library = x11_support_library()
    assert library is not None
    assert library.is_file()
    assert library.name == "libQt6XcbQpa.so.6"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs the C library by name")
def test_a_library_that_loads_is_no_problem() -> None:
    assert display_problem(X11_SESSION, Path("libc.so.6"), "linux") is None


def test_the_app_says_the_problem_and_exits_instead_of_opening(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    said = "Parallax cannot open its window: (a library)"
    monkeypatch.setattr(display_support, "display_problem", lambda: said)

    assert main([]) == 1

    assert capsys.readouterr().err.strip() == said  # and no window was made: main returned
