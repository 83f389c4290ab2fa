"""Composition root: builds the QApplication, the first project and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import APP_ID, APP_NAME, __version__
from desktop_app.core.project import Project


def sample_project() -> Project:
    """A new, untitled project holding the bundled sample articles."""
    from desktop_app.cli import default_annotator_name
    from desktop_app.core.factory import new_project
    from desktop_app.importers.samples import sample_articles

    return new_project(sample_articles(), annotator_name=default_annotator_name())


def initial_document(args: Sequence[str]):  # type: ignore[no-untyped-def]  # -> (document, problems)
    """The project to show first: a project file, plain-text articles, or the samples."""
    from desktop_app.cli import default_annotator_name
    from desktop_app.core.factory import new_project
    from desktop_app.importers.registry import ImportFailed, importer_for
    from desktop_app.storage.validation import load_with_report
    from desktop_app.ui.document import ProjectDocument

    paths = [Path(a) for a in args]
    problems: list[str] = []
    if (path := project_argument(args)) is not None:
        project, report = load_with_report(path)
        if project is None or report.problems:
            # run() opens it again once the window is up, showing the report or the error.
            return ProjectDocument(sample_project()), problems
        document = ProjectDocument(
            project,
            path,
            disk_state=report.disk_state,
            read_only=report.read_only,
            schema_version=report.schema_version,
        )
        return document, problems
    if paths:
        project = new_project([], annotator_name=default_annotator_name())
        from desktop_app.core.merge import merge_imported

        for path in paths:
            try:
                bundle = importer_for(path).read(path, project)
            except ImportFailed as error:
                problems.append(str(error))
                continue
            edit = merge_imported(project, bundle)
            if edit is not None:
                edit.apply(project)
        if len(project.articles):
            return ProjectDocument(project), problems
    return ProjectDocument(sample_project()), problems


def project_argument(args: Sequence[str]) -> Path | None:
    """The project file named on the command line, if the only argument is one."""
    if len(args) == 1 and Path(args[0]).suffix.lower() == ".json":
        return Path(args[0])
    return None


class _FirstPaint(QObject):
    """Quits the app a given time after the last pane first paints (start-up measurements)."""

    def __init__(self, delay_ms: int, parent: QObject) -> None:
        super().__init__(parent)
        self.delay_ms = delay_ms

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(self.delay_ms, QApplication.quit)
        return False


def make_application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication, with the app's identity set."""
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    return app


def run(args: Sequence[str]) -> int:
    """Open the window on ``args`` (a project, articles, or nothing for the samples)."""
    app = make_application()
    from desktop_app.ui.main_window import MainWindow

    document, problems = initial_document(args)
    window = MainWindow(document)
    from desktop_app.ui.icons import app_icon

    icon = app_icon()
    app.setWindowIcon(icon)
    window.setWindowIcon(icon)
    quit_after = os.environ.get("PARALLAX_QUIT_AFTER_MS")
    if quit_after is not None and window.reader.panes:
        viewport = window.reader.panes[-1].view.viewport()
        viewport.installEventFilter(_FirstPaint(int(quit_after), viewport))
    window.show()
    for problem in problems:
        window.prompter.error("Could not open everything", problem)
    path = project_argument(args)
    if path is not None and window.document.path is None:
        window.open_path(path)  # with the validation report, or a clear error
    from desktop_app.ui.recovery_ui import offer_recovery

    offer_recovery(window)
    return app.exec()
