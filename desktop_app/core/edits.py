"""Undoable edits: every change a user makes to a project is one of these objects.

An edit knows how to apply itself to a :class:`~desktop_app.core.project.Project` and how
to revert; applying then reverting leaves the project exactly as it was (a property test
holds this). The UI wraps edits in ``QUndoCommand``s; headless code applies them directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import msgspec

from desktop_app.core.project import Project, Record
from desktop_app.core.records import Assignment, ProjectInfo


class Edit(Protocol):
    """A reversible change with a label for the Edit menu ("Undo Tag “motive”")."""

    @property
    def label(self) -> str: ...

    def apply(self, project: Project) -> None:
        """Make the change."""

    def revert(self, project: Project) -> None:
        """Undo the change; the project is left as before :meth:`apply`."""


@dataclass(frozen=True, slots=True)
class Insert:
    """Add a record (at ``index`` in its list, or at the end)."""

    label: str
    record: Record
    index: int | None = None

    def apply(self, project: Project) -> None:
        project._insert(self.record, self.index)

    def revert(self, project: Project) -> None:
        project._remove(self.record)


@dataclass(frozen=True, slots=True)
class Remove:
    """Remove a record; undo puts it back at its old row."""

    label: str
    record: Record
    index: int

    @classmethod
    def of(cls, project: Project, record: Record, label: str) -> Remove:
        """Remove ``record``, remembering its current row."""
        return cls(label, record, project._collection(record).row(record.id))

    def apply(self, project: Project) -> None:
        project._remove(self.record)

    def revert(self, project: Project) -> None:
        project._insert(self.record, self.index)


class Replace(msgspec.Struct, frozen=True):
    """Replace a record by a new version with the same id. (A frozen struct: re-anchoring
    makes one per annotation that moved, about ten times quicker than a frozen dataclass.)"""

    label: str
    old: Record
    new: Record

    def apply(self, project: Project) -> None:
        project._replace(self.new)

    def revert(self, project: Project) -> None:
        project._replace(self.old)


@dataclass(frozen=True, slots=True)
class SetInfo:
    """Change the project's own metadata (title)."""

    label: str
    old: ProjectInfo
    new: ProjectInfo

    def apply(self, project: Project) -> None:
        project._set_info(self.new)

    def revert(self, project: Project) -> None:
        project._set_info(self.old)


@dataclass(frozen=True, slots=True)
class SetAssignment:
    """Make the project an assignment, change its instructions, or make it ordinary again."""

    label: str
    old: Assignment | None
    new: Assignment | None

    def apply(self, project: Project) -> None:
        project._set_assignment(self.new)

    def revert(self, project: Project) -> None:
        project._set_assignment(self.old)


@dataclass(frozen=True, slots=True)
class Compound:
    """Several edits as one undo step; reverted in reverse order."""

    label: str
    edits: tuple[Edit, ...]

    def apply(self, project: Project) -> None:
        done: list[Edit] = []
        try:
            for edit in self.edits:
                edit.apply(project)
                done.append(edit)
        except Exception:
            for edit in reversed(done):  # all or nothing: never leave half an edit applied
                edit.revert(project)
            raise

    def revert(self, project: Project) -> None:
        for edit in reversed(self.edits):
            edit.revert(project)
