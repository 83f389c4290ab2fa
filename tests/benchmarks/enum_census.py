"""Run Parallax or the bare window to its first paint and list the enum types made on the way.

PySide6 makes each class's Python enum types when the class is first used, and all 93 of the
``Qt`` namespace's at once on the first use of ``Qt``; each costs time in Python's ``enum``.
``python -m tests.benchmarks.enum_census OUT -m desktop_app`` (or ``… OUT script.py``), from
the repository's root, writes one line per enum type made before the first frame to OUT: its
module, its qualified name, its number of members and the first line of this project that
asked for it (tab-separated).
"""

from __future__ import annotations

import enum
import sys
import traceback
from typing import Any

from tests.benchmarks.exit_at_first_paint import ExitOnFirstPaint, run

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


def _write_census(out: str) -> None:
    with open(out, "w", encoding="utf-8") as census:
        census.writelines(_rows())


if __name__ == "__main__":
    setattr(enum.EnumType, "_create_", _counting_create)  # noqa: B010 (a private method)
    out, *rest = sys.argv[1:]
    sys.stderr = ExitOnFirstPaint(sys.stderr, lambda: _write_census(out))
    run(rest)
