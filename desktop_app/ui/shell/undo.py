"""Adapter from core edits to Qt's undo stack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:  # core.edits is loaded with the first edit, not before the first paint
    from desktop_app.core.edits import Edit
    from desktop_app.core.project import Project


class EditCommand(QUndoCommand):
    """A ``QUndoCommand`` that applies and reverts one core :class:`Edit`."""

    def __init__(self, project: Project, edit: Edit) -> None:
        super().__init__(edit.label)
        self.project = project
        self.edit = edit

    def redo(self) -> None:
        """Apply (also called when first pushed)."""
        self.edit.apply(self.project)

    def undo(self) -> None:
        """Revert."""
        self.edit.revert(self.project)
