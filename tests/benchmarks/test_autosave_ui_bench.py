"""What autosave costs the GUI thread in the real window, and what its worker thread does.

``Autosave.flush`` encodes the project on the GUI thread and hands the bytes to a worker
that writes them with their fsyncs. Figures are printed (run with ``-s``); nothing is
asserted about time.
"""

from __future__ import annotations

import statistics
import time

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.app import make_application
from desktop_app.core.operations import set_note
from desktop_app.ui.files.autosave import Autosave
from desktop_app.ui.shell.document import ProjectDocument
from desktop_app.ui.shell.main_window import MainWindow
from tests.storage.builders import build_project
from tests.ui.helpers import FakePrompter

pytestmark = pytest.mark.benchmark


@pytest.mark.parametrize("size", [100, 2_000, 10_000])
def test_autosave_flush_in_the_window(qtbot: QtBot, size: int) -> None:
    make_application()
    project = build_project(annotations=size, text_size=60_000, articles=2, seed=3)
    window = MainWindow(ProjectDocument(project), FakePrompter())
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.show()
    autosave = window.feature(Autosave)
    annotation_id = project.annotations.at(size // 2).id
    gui, worker = [], []
    for keystroke in range(12):
        window.document.push(set_note(project, annotation_id, "typing " + "x" * keystroke))
        started = time.perf_counter()
        autosave.flush()
        handed_over = time.perf_counter()
        autosave.wait()
        gui.append((handed_over - started) * 1000)
        worker.append((time.perf_counter() - handed_over) * 1000)
    assert autosave.copy_path() is not None
    print(
        f"\nautosave in the window, {size:>6,} annotations: GUI thread (encode) median "
        f"{statistics.median(gui):6.2f} ms, max {max(gui):6.2f}; worker (write + fsync) "
        f"median {statistics.median(worker):6.2f} ms, max {max(worker):6.2f}"
    )
