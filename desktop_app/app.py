"""Composition root: builds the QApplication, the first project and the main window."""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import APP_ID, APP_NAME, __version__
from desktop_app.opening import Opening, first_opening, project_argument

if TYPE_CHECKING:
    from desktop_app.ui.shell.document import ProjectDocument


def initial_document(args: Sequence[str]) -> tuple[ProjectDocument, list[str]]:
    """The project to show first (``opening.first_opening``), and problems to tell once the
    window is up."""
    opening = first_opening(args)
    return document_for(opening), opening.problems


def document_for(opening: Opening) -> ProjectDocument:
    """The window's document for what ``opening`` found."""
    from desktop_app.ui.shell.document import ProjectDocument

    return ProjectDocument(
        opening.project,
        opening.path,
        disk_state=opening.disk_state,
        read_only=opening.read_only,
        schema_version=opening.schema_version,
    )


class _AfterFirstPaint(QObject):
    """Calls back once its widget has painted for the first time."""

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def paint_on_the_gui_thread() -> None:
    """Keep Qt's raster painting on the GUI thread. Qt hands each fill taller than some 96
    lines (a scroll bar's groove, a ribbon of the compare gutter…) to a pool of threads in
    pieces and waits for them; on these 2-core machines the hand-offs cost more than the
    pieces: some 5 ms of CPU in a page scroll of two panes of 14-18
    (``tests/benchmarks/test_compare_ui_bench.py``). Qt reads the switch at its first such
    fill: call this before anything paints."""
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def make_application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication, with the app's identity set."""
    paint_on_the_gui_thread()
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    return app


def run(args: Sequence[str], opening: Opening | None = None) -> int:
    """Open the window on ``args`` (a project, articles, or nothing for the samples);
    ``opening`` is what ``first_opening(args)`` found, if the caller built it already.

    The window paints both articles first; the features (find, codebook editor, import,
    recovery…) install right after that first frame, and only then are questions asked
    (problems with the files named, a recovery copy to restore).
    """
    app = make_application()
    from desktop_app.ui.shell.main_window import MainWindow

    opening = first_opening(args) if opening is None else opening
    problems = opening.problems
    window = MainWindow(document_for(opening), install_features=False)

    def finish_start() -> None:
        # Collection was off since __main__: what start-up made stays (modules, classes,
        # widgets), so it moves to the permanent generation that collections never walk.
        gc.freeze()
        gc.enable()
        if started_at := os.environ.get("PARALLAX_STARTED_AT"):  # the start-up benchmark
            elapsed = (time.time() - float(started_at)) * 1000
            print(f"first paint after {elapsed:.1f} ms", file=sys.stderr, flush=True)
        from desktop_app.ui.shell.icons import app_icon

        icon = app_icon()
        app.setWindowIcon(icon)
        window.setWindowIcon(icon)
        window.install_features()
        quit_after = os.environ.get("PARALLAX_QUIT_AFTER_MS")
        if quit_after is not None:  # start-up measurements and the bundle's smoke test
            QTimer.singleShot(int(quit_after), app.quit)
            return
        for problem in problems:
            window.prompter.error("Could not open everything", problem)
        path = project_argument(args)
        if path is not None and window.document.path is None:
            window.files.open_path(path)  # with the validation report, or a clear error
        from desktop_app.ui.files.autosave import offer_recovery
        from desktop_app.ui.help.help_menu import offer_guide_on_first_run

        offer_recovery(window)
        from desktop_app.ui.classroom.coder import Coder

        window.feature(Coder).ask_if_unknown()  # on first start: who is coding?
        from desktop_app.ui.classroom.assignments import AssignmentCommands

        window.feature(AssignmentCommands).show_on_opening()  # a student's instructions
        if window.document.path is None:  # the samples (or new articles): a first look
            offer_guide_on_first_run(window)

    last = window.reader.panes[-1].view.viewport() if window.reader.panes else window
    _AfterFirstPaint(last, finish_start)
    window.show()
    return app.exec()
