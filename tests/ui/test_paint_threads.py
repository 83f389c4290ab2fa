"""The app paints on the GUI thread: Qt hands no fill to its pool of painting threads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

#: Paints a tall translucent fill (one Qt would split among threads) in a fresh process,
#: then prints how many of the process's threads are Qt's pooled ones.
_PAINT_AND_COUNT = """
import os, sys
from PySide6.QtGui import QColor, QImage, QPainter
if sys.argv[1] == "app":
    from desktop_app.app import make_application
    app = make_application()
else:
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
image = QImage(48, 900, QImage.Format.Format_ARGB32_Premultiplied)
painter = QPainter(image)
painter.fillRect(0, 0, 48, 900, QColor(40, 90, 160, 120))
painter.end()
names = [
    open(f"/proc/self/task/{task}/comm").read().strip() for task in os.listdir("/proc/self/task")
]
print(sum(name.startswith("Thread (pooled)") for name in names))
"""


def _pooled_threads(how: str) -> int:
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", _PAINT_AND_COUNT, how],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return int(done.stdout.split()[-1])


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads listed in /proc")
def test_the_app_paints_tall_fills_without_qts_thread_pool() -> None:
    assert _pooled_threads("bare") > 0  # a bare QApplication hands the fills to its pool
    assert _pooled_threads("app") == 0  # the app keeps them on the GUI thread
