"""Run Parallax or the bare window to its first paint and list the enum types made on the way.

PySide6 makes each class's Python enum types when the class is first used, and all 93 of the
``Qt`` namespace's at once on the first use of ``Qt``; each costs time in Python's ``enum``.
``python enum_census.py OUT -m desktop_app`` (or ``… OUT script.py``) writes one line per
enum type made before the first frame to OUT: its module, its qualified name, its number of
members and the first line of this project that asked for it (tab-separated).
"""

from __future__ import annotations

import enum
import os
import runpy
import sys
import traceback
from typing import Any, TextIO

#: Each enum type made, with the first line of this project that asked for it.
_made: list[tuple[type[enum.Enum], str]] = []
_create = enum.EnumType._create_  # type: ignore[attr-defined]


def _asker() -> str:
    """The innermost frame of this project (or of the bare window) on the stack."""
    for frame in reversed(traceback.extract_stack()[:-2]):
        if "desktop_app" in frame.filename or "bare_window" in frame.filename:
            return f"{frame.filename.rpartition('/')[2]}:{frame.lineno}"
    return "(Qt itself)"


def _counting_create(cls: type, class_name: str, names: Any = None, **options: Any) -> Any:
    made = _create(cls, class_name, names, **options)
    _made.append((made, _asker()))  # PySide6 names its module and class right after
    return made


def _rows() -> list[str]:
    return [
        f"{made.__module__}\t{made.__qualname__}\t{len(made.__members__)}\t{asker}\n"
        for made, asker in _made
    ]


class _CensusAtFirstPaint:
    """Passes writes through to ``stream``; writes the census and ends the process after
    "first paint after …"."""

    def __init__(self, stream: TextIO, out: str) -> None:
        self._stream = stream
        self._out = out

    def write(self, text: str) -> int:
        written = self._stream.write(text)
        if "first paint after" in text:
            with open(self._out, "w", encoding="utf-8") as census:
                census.writelines(_rows())
            self._stream.flush()
            os._exit(0)
        return written

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


if __name__ == "__main__":
    setattr(enum.EnumType, "_create_", _counting_create)  # noqa: B010 (a private method)
    out, *rest = sys.argv[1:]
    sys.stderr = _CensusAtFirstPaint(sys.stderr, out)
    if rest[0] == "-m":
        sys.argv = rest[1:]
        runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
    else:
        sys.argv = rest
        runpy.run_path(sys.argv[0], run_name="__main__")
