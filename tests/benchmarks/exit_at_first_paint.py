"""Run Parallax or the bare window and end the process the moment it reports its first paint.

The start-up benchmark uses it to count the CPU time each spends up to that frame alone
(``python exit_at_first_paint.py -m desktop_app`` or ``… exit_at_first_paint.py script.py``).
"""

from __future__ import annotations

import os
import runpy
import sys
from collections.abc import Callable
from typing import TextIO


class ExitOnFirstPaint:
    """Passes writes through to ``stream``; after "first paint after …" runs ``last`` (if
    given) and ends the process."""

    def __init__(self, stream: TextIO, last: Callable[[], None] | None = None) -> None:
        self._stream = stream
        self._last = last

    def write(self, text: str) -> int:
        written = self._stream.write(text)
        if "first paint after" in text:
            if self._last is not None:
                self._last()
            self._stream.flush()
            os._exit(0)
        return written

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def run(command: list[str]) -> None:
    """Run ``command`` (``-m MODULE ARGS…`` or ``SCRIPT ARGS…``) as ``__main__``."""
    if command[0] == "-m":
        sys.argv = command[1:]
        runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
    else:
        sys.argv = command
        runpy.run_path(sys.argv[0], run_name="__main__")


if __name__ == "__main__":
    sys.stderr = ExitOnFirstPaint(sys.stderr)
    run(sys.argv[1:])
