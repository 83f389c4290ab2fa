"""Qt item models over the project's annotations: a thin table adapter and its filter."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop_app.core.project import Change, Project
from desktop_app.core.records import Annotation
from desktop_app.ui.shell.plain_text import tooltip_text

Index = QModelIndex | QPersistentModelIndex
ANNOTATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TAG_COLOURS_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3


class AnnotationTableModel(QAbstractTableModel):
    """Rows are ``project.annotations`` in order; it keeps no state of its own."""

    ARTICLE, TAGS, QUOTE, NOTE = range(4)
    HEADERS = ("Article", "Tags", "Passage", "Note")

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        project.about_to_change.connect(self._before)
        project.changed.connect(self._after)

    def detach(self) -> None:
        """Stop listening to the project (before the model is dropped)."""
        self.project.about_to_change.disconnect(self._before)
        self.project.changed.disconnect(self._after)

    # -- adapting core events -------------------------------------------------------------

    def _before(self, change: Change) -> None:
        if not isinstance(change.record, Annotation):
            return
        if change.kind == "added":
            self.beginInsertRows(QModelIndex(), change.index, change.index)
        elif change.kind == "removed":
            self.beginRemoveRows(QModelIndex(), change.index, change.index)

    def _after(self, change: Change) -> None:
        record = change.record
        if isinstance(record, Annotation):
            if change.kind == "added":
                self.endInsertRows()
            elif change.kind == "removed":
                self.endRemoveRows()
            else:
                self.dataChanged.emit(self.index(change.index, 0), self.index(change.index, 3))
        elif len(self.project.annotations):  # a code or an article was renamed or recoloured
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 3))

    # -- the model interface --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.project.annotations)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def annotation(self, row: int) -> Annotation:
        """The annotation shown in ``row``."""
        return self.project.annotations.at(row)

    def row_of(self, annotation_id: str) -> int:
        """Row of an annotation."""
        return self.project.annotations.row(annotation_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.project.annotations):
            return None
        annotation = self.project.annotations.at(index.row())
        column = index.column()
        if role == ANNOTATION_ID_ROLE:
            return annotation.id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._text(annotation, column, sorting=role == SORT_ROLE)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.QUOTE, self.NOTE):
            if column == self.QUOTE:
                return tooltip_text(annotation.quote.exact)
            return tooltip_text(note_tooltip(annotation)) if annotation.note else None
        if role == TAG_COLOURS_ROLE and column == self.TAGS:
            codes = self.project.codes
            return [(codes[t].name, codes[t].color) for t in annotation.tags if t in codes]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(annotation, column, sorting=False)
        return None

    def _text(self, annotation: Annotation, column: int, *, sorting: bool) -> Any:
        if column == self.ARTICLE:
            article = self.project.articles.get(annotation.article)
            title = article.title if article else "(missing article)"
            return (title, annotation.start) if sorting else title
        if column == self.TAGS:
            codes = self.project.codes
            names = [codes[t].name for t in annotation.tags if t in codes]
            return ", ".join(names) if names else ("" if sorting else "untagged")
        if column == self.QUOTE:
            quote = " ".join(annotation.quote.exact.split())
            if annotation.anchor == "orphaned" and not sorting:
                return f"[not found in text] {quote}"
            return quote
        return " ".join(annotation.note.split())


def note_tooltip(annotation: Annotation) -> str:
    """The note in full, with when the annotation last changed (in local time)."""
    when = annotation.modified.astimezone()
    return f"{annotation.note}\n\n— last changed {when:%d %b %Y, %H:%M}"


class AnnotationFilterModel(QSortFilterProxyModel):
    """Filters the table by tag, article and text (in the passage or the note)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tag: str | None = None
        self._article: str | None = None
        self._needle = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_tag(self, tag_id: str | None) -> None:
        """Show only annotations with this tag (None: all)."""
        self._refilter(lambda: setattr(self, "_tag", tag_id))

    def set_article(self, article_id: str | None) -> None:
        """Show only annotations of this article (None: all)."""
        self._refilter(lambda: setattr(self, "_article", article_id))

    def set_text(self, text: str) -> None:
        """Show only annotations whose passage or note contains ``text`` (any case)."""
        self._refilter(lambda: setattr(self, "_needle", text.casefold().strip()))

    def _refilter(self, change: Callable[[], None]) -> None:
        # Qt 6.10 replaced invalidateFilter() by a begin/end pair around the change.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AnnotationTableModel)
        if not 0 <= source_row < len(model.project.annotations):
            return False
        annotation = model.annotation(source_row)
        if self._tag is not None and self._tag not in annotation.tags:
            return False
        if self._article is not None and annotation.article != self._article:
            return False
        if self._needle:
            haystack = f"{annotation.quote.exact}\n{annotation.note}".casefold()
            return self._needle in haystack
        return True

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, str) and isinstance(b, str):
            return a.casefold() < b.casefold()
        return bool(a < b)
