"""Fixtures for GUI tests: a main window on the sample project with a scripted prompter."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.app import make_application
from desktop_app.core.project import Project
from desktop_app.importers.samples import sample_project
from desktop_app.ui.shell.document import ProjectDocument
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import FakePrompter

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def prompter() -> FakePrompter:
    return FakePrompter()


@pytest.fixture
def make_window(qtbot: QtBot, prompter: FakePrompter) -> WindowFactory:
    """Build a shown main window on a project (the samples by default)."""
    make_application()

    def build(project: Project | None = None, path: Path | None = None) -> MainWindow:
        document = ProjectDocument(project or sample_project(), path)
        window = MainWindow(document, prompter)
        # No unsaved-changes question while pytest-qt closes the window after the test.
        qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):  # shortcuts only reach the active window
            window.activateWindow()
        return window

    return build


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()
