"""Run Parallax or the bare window and end the process the moment it reports its first paint.

The start-up benchmark uses it to count the CPU time each spends up to that frame alone
(``python exit_at_first_paint.py -m desktop_app`` or ``… exit_at_first_paint.py script.py``).
"""

from __future__ import annotations

import os
import runpy
import sys
from typing import TextIO


class _ExitOnFirstPaint:
    """Passes writes through to ``stream``; ends the process after "first paint after …"."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        written = self._stream.write(text)
        if "first paint after" in text:
            self._stream.flush()
            os._exit(0)
        return written

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


if __name__ == "__main__":
    sys.stderr = _ExitOnFirstPaint(sys.stderr)  # type: ignore[assignment]
    if sys.argv[1] == "-m":
        sys.argv = [sys.argv[2], *sys.argv[3:]]
        runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
    else:
        sys.argv = sys.argv[1:]
        runpy.run_path(sys.argv[0], run_name="__main__")
