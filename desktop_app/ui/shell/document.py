"""An open project: the model, where it is saved, and its undo history."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop_app.core.project import Project
from desktop_app.ui.shell.undo import EditCommand

if TYPE_CHECKING:
    from desktop_app.core.edits import Edit
    from desktop_app.storage.watch import DiskState


class ProjectDocument(QObject):
    """Owns a :class:`Project`, its file path and its ``QUndoStack``.

    The stack's clean state is "saved": the window title and the close prompt follow it.
    """

    #: The file path changed (after Save As).
    path_changed = Signal()
    #: The project was written to its file.
    saved = Signal()
    #: An edit was refused because the document is read-only.
    edit_refused = Signal()

    def __init__(
        self,
        project: Project,
        path: Path | None = None,
        parent: QObject | None = None,
        *,
        disk_state: DiskState | None = None,
        read_only: bool = False,
        schema_version: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.path = path
        self.undo_stack = QUndoStack(self)
        #: The file's fingerprint when it was last read or written (``storage.watch``).
        self.disk_state = disk_state
        #: True for a file from a newer Parallax: nothing may change or write it.
        self.read_only = read_only
        #: The schema version of the file it was read from (None: new, or current).
        self.schema_version = schema_version

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
        """Apply ``edit`` through the undo stack (None is ignored; refused when read-only)."""
        if edit is not None and self.read_only:
            self.edit_refused.emit()
        elif edit is not None:
            self.undo_stack.push(EditCommand(self.project, edit))

    def save(self, path: Path | None = None) -> None:
        """Write the project atomically to ``path`` (default: its current path).

        Raises ``OSError`` when the file cannot be written; nothing in memory changes then.
        """
        target = path or self.path
        if target is None:
            raise ValueError("an untitled project needs a path to be saved")
        if self.read_only:
            raise PermissionError(errno.EROFS, "the project is open read-only", str(target))
        from desktop_app.storage import project_file  # not needed until the first save

        self.disk_state = project_file.save(self.project, target)
        self.undo_stack.setClean()
        if target != self.path:
            self.path = target
            self.path_changed.emit()
        self.saved.emit()
