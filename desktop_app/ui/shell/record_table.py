"""One adapter from the project's change events to a Qt table whose rows are one record list.

Core announces every change twice, ``about_to_change`` then ``changed``; this base turns
those of its record type into row inserts, removals and one-row repaints, and hands the
rest to :meth:`RecordTableModel.other_changed`. Subclasses say which records are rows
(:meth:`records`, :attr:`RECORD_TYPE`), the :attr:`HEADERS`, and ``data``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex

from desktop_app.core.project import Change, Project, RecordList

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Rows are a record list of the project, in order; the model keeps no copy of it."""

    #: The record type shown as rows (``Annotation``, ``Article``…).
    RECORD_TYPE: ClassVar[type]
    #: Column titles.
    HEADERS: ClassVar[tuple[str, ...]]

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        project.about_to_change.connect(self._before)
        project.changed.connect(self._after)

    def detach(self) -> None:
        """Stop listening to the project (before the model is dropped)."""
        self.project.about_to_change.disconnect(self._before)
        self.project.changed.disconnect(self._after)

    def records(self) -> RecordList[Any]:
        """The records shown, one per row."""
        raise NotImplementedError

    # -- hooks --------------------------------------------------------------------------

    def record_added(self, record: Any) -> None:
        """A row's record was just added (before the view hears of the row)."""

    def other_changed(self, change: Change) -> None:
        """A change to another kind of record (a code recoloured, an annotation added…)."""

    def row_changed(self, row: int) -> None:
        """Repaint every column of ``row``."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    # -- adapting core events -------------------------------------------------------------

    def _before(self, change: Change) -> None:
        if not isinstance(change.record, self.RECORD_TYPE):
            return
        if change.kind == "added":
            self.beginInsertRows(QModelIndex(), change.index, change.index)
        elif change.kind == "removed":
            self.beginRemoveRows(QModelIndex(), change.index, change.index)

    def _after(self, change: Change) -> None:
        if not isinstance(change.record, self.RECORD_TYPE):
            self.other_changed(change)
        elif change.kind == "added":
            self.record_added(change.record)
            self.endInsertRows()
        elif change.kind == "removed":
            self.endRemoveRows()
        else:
            self.row_changed(change.index)

    # -- the model interface --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)
