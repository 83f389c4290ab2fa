"""File ▸ Collect…: bring students' or co-coders' project files into the open project.

Articles are matched by SHA-256, codes by id then name, records by id; nothing is dropped
(``core.classroom.collect``). The whole collection is one step on the undo stack.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.core.classroom.collect import Collected, Incoming, collect

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow

PROJECT_FILTER = "Parallax projects (*.parallax.json *.json);;All files (*)"
COLLECT_TITLE = "Collect Hand-ins…"


def summary(collected: Collected, files: int) -> str:
    """One sentence saying what collecting did."""
    added = ", ".join(f"{n} {section}" for section, n in sorted(collected.added.items()))
    plural = "s" if files != 1 else ""
    text = f"Collected {files} file{plural}: {added or 'nothing new'}."
    if collected.extra_codes:
        text += f" New codes: {', '.join(collected.extra_codes)}."
    if collected.conflicts:
        text += f" {len(collected.conflicts)} conflicts kept as both versions."
    return text


class CollectController(QObject):
    """Runs File ▸ Collect… for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("collector")
        self.window = window
        self.last: Collected | None = None

    def collect_files(self) -> Collected | None:
        """Ask for files and collect them into the open project (one undo step)."""
        from desktop_app.storage.validation import load_with_report

        window = self.window
        document = window.document
        folder = document.path.parent if document.path else Path.home()
        incoming = []
        for path in window.prompter.import_paths(folder, PROJECT_FILTER, title=COLLECT_TITLE):
            project, report = load_with_report(path)
            if project is None:
                window.prompter.error(
                    "Cannot collect this file",
                    f"“{path.name}” is not a Parallax project Parallax can read; "
                    "the other files are collected.",
                    report.format(),
                )
                continue
            incoming.append(Incoming(path.name, project))
        if not incoming:
            return None
        collected = collect(document.project, incoming, f"Collect {len(incoming)} Files")
        document.push(collected.edit)
        self.last = collected
        message = summary(collected, len(incoming))
        window.announce(message, 8000)
        if collected.conflicts:
            window.prompter.error(
                "Collected, with conflicts",
                "Some records had two different versions; both were kept.",
                "\n".join(conflict.describe() for conflict in collected.conflicts),
            )
        return collected


def install(window: MainWindow) -> None:
    """Add File ▸ Collect… to ``window``."""
    controller = CollectController(window)
    action = window.commands.add(
        "file.collect",
        "Co&llect…",
        controller.collect_files,
        tip="Bring other project files (students' hand-ins, a co-coder's) into this project",
    )
    window.menus["file"].insertAction(window.commands["file.quit"], action)
