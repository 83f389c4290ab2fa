"""The floor for start-up: a bare PySide6 window with two read-only panes, quit on first paint.

Started the same way as ``python -m desktop_app`` (a fresh interpreter), with the two sample
texts, so the comparison in test_startup_bench measures only what Parallax adds.
"""

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QSplitter

samples = Path(__file__).resolve().parents[2] / "resources" / "samples"
app = QApplication(sys.argv)
window = QMainWindow()
splitter = QSplitter()
panes = []
for path in sorted(samples.glob("*.txt")):
    pane = QPlainTextEdit()
    pane.setReadOnly(True)
    pane.setPlainText(path.read_text(encoding="utf-8"))
    splitter.addWidget(pane)
    panes.append(pane)
window.setCentralWidget(splitter)
window.resize(1360, 900)


def report() -> None:
    started_at = float(os.environ["PARALLAX_STARTED_AT"])
    elapsed = (time.time() - started_at) * 1000
    print(f"first paint after {elapsed:.1f} ms", file=sys.stderr, flush=True)
    app.quit()


class FirstPaint(QObject):
    """Reports once the frame holding the last pane's first paint is done, as the app does
    (desktop_app/app.py: a zero timer after that paint event), so both stop the clock at
    the same point."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False


watcher = FirstPaint()
panes[-1].viewport().installEventFilter(watcher)
window.show()
sys.exit(app.exec())
