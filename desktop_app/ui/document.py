"""An open project: the model, where it is saved, and its undo history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop_app.core.edits import Edit
from desktop_app.core.project import Project
from desktop_app.storage import project_file
from desktop_app.ui.undo import EditCommand


class ProjectDocument(QObject):
    """Owns a :class:`Project`, its file path and its ``QUndoStack``.

    The stack's clean state is "saved": the window title and the close prompt follow it.
    """

    #: The file path changed (after Save As).
    path_changed = Signal()

    def __init__(
        self, project: Project, path: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.path = path
        self.undo_stack = QUndoStack(self)

    @property
    def name(self) -> str:
        """Shown in the title bar: the file name, or "Untitled"."""
        if self.path is None:
            return "Untitled"
        name = self.path.name
        return name.removesuffix(".json").removesuffix(".parallax") or name

    @property
    def modified(self) -> bool:
        """True when there are unsaved changes."""
        return not self.undo_stack.isClean()

    def push(self, edit: Edit | None) -> None:
        """Apply ``edit`` through the undo stack (None is ignored)."""
        if edit is not None:
            self.undo_stack.push(EditCommand(self.project, edit))

    def save(self, path: Path | None = None) -> None:
        """Write the project atomically to ``path`` (default: its current path).

        Raises ``OSError`` when the file cannot be written; nothing in memory changes then.
        """
        target = path or self.path
        if target is None:
            raise ValueError("an untitled project needs a path to be saved")
        project_file.save(self.project, target)
        self.undo_stack.setClean()
        if target != self.path:
            self.path = target
            self.path_changed.emit()
