"""Page scrolls of the compare benchmark's pair, for callgrind to count: only the scrolls.

``python -m tests.benchmarks.scroll_counts on|off PAGES`` opens the 10,000-word pair with
2,000 highlights and 300 aligned pairs (``test_compare_ui_bench``), warms up, then scrolls
pane A a page at a time, PAGES times, painting both panes (and, with compare mode on, the
gutter) after each. Each measured step is called through ctypes (``ffi_call``), which
nothing else here uses, so callgrind counts exactly those steps::

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=ffi_call \\
        --callgrind-out-file=OUT .venv/bin/python -m tests.benchmarks.scroll_counts on 20

then ``callgrind_annotate OUT | head`` gives the total (divide by PAGES). Without valgrind it
prints the wall-clock median per page. Settings go to a temporary home, never the real one.
The comparison is computed once, outside valgrind (the first run, which saves it beside the
system's temporary files), so a counted run takes minutes, not a quarter of an hour.
"""

from __future__ import annotations

import ctypes
import os
import pickle
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

_measured = ctypes.pythonapi.PyEval_CallObjectWithKeywords
_measured.restype = ctypes.py_object
_measured.argtypes = [ctypes.py_object, ctypes.py_object, ctypes.c_void_p]


def measured(action: Callable[[], object]) -> None:
    """Run ``action`` where callgrind's ``--toggle-collect`` counts it."""
    _measured(action, (), None)


def _cached(name: str, make: Callable[[], Any]) -> Any:
    """``make()``, kept in a pickle under the temporary folder (the same texts every run)."""
    path = Path(tempfile.gettempdir()) / f"parallax-scroll-counts-{name}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    value = make()
    path.write_bytes(pickle.dumps(value))
    return value


def main(compare: bool, pages: int, home: str) -> None:
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "PARALLAX_HOME"):
        os.environ[variable] = home
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QScrollBar

    from desktop_app.app import make_application
    from desktop_app.core.compare import compare_texts
    from desktop_app.ui.compare import runner
    from desktop_app.ui.compare.mode import CompareMode
    from desktop_app.ui.shell.document import ProjectDocument
    from desktop_app.ui.shell.main_window import MainWindow
    from tests.benchmarks.test_compare_ui_bench import _pair_project, _three_hundred_pairs
    from tests.ui.helpers import FakePrompter

    app = make_application()
    project = _pair_project(2_000)
    text_a, text_b = (article.text for article in project.articles)
    found = _cached("found", lambda: compare_texts(text_a, text_b))
    runner._compare = lambda _a, _b: found  # type: ignore[assignment]
    window = MainWindow(ProjectDocument(project), FakePrompter())
    window.resize(1360, 900)
    window.show()
    app.processEvents()
    window.show_articles(project.articles.ids()[:2])
    mode = window.feature(CompareMode)
    while mode.comparison is None:
        app.processEvents()
        time.sleep(0.01)
    view_a, view_b = (pane.view for pane in window.reader.panes)
    mode.show(_cached("pairs", lambda: _three_hundred_pairs(text_a, text_b)))
    if not compare:
        window.commands["view.compare"].trigger()
        window.commands["view.sync"].setChecked(True)
    bar_a = view_a.verticalScrollBar()
    gutter = mode.gutter

    def scroll_page() -> None:
        bar_a.triggerAction(QScrollBar.SliderAction.SliderPageStepAdd)
        view_a.viewport().repaint()
        view_b.viewport().repaint()
        if compare:
            gutter.repaint()

    for _ in range(3):
        scroll_page()
    bar_a.setValue(0)
    # The reader pauses before scrolling on (the benchmark waits for the engine meanwhile):
    # the panes make the blocks near the viewport ready, a few at a time.
    app.processEvents()
    while not all(view.blocks_ready_ahead() for view in (view_a, view_b)):
        app.processEvents()
        time.sleep(0.002)
    wall = []
    for _ in range(pages):
        started = time.perf_counter()
        measured(scroll_page)
        wall.append((time.perf_counter() - started) * 1000)
    print(
        f"compare {'on' if compare else 'off'}: {pages} pages, B at line "
        f"{view_b.verticalScrollBar().value()}, wall median {statistics.median(wall):.2f} ms"
    )
    window.document.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="parallax-scroll-") as folder:
        main(sys.argv[1] == "on", int(sys.argv[2]) if len(sys.argv) > 2 else 20, folder)
