"""A thin Qt tree model over ``project.codes``: nesting by ``parent``, order by codebook row.

Columns: the code (colour swatch and name), its shortcut, and how many annotations carry
it. The model follows the project's change events: a code edited in place repaints its
row; codes added, removed or re-nested reset the tree (codebooks are small); annotation
changes update the counts of the tags involved.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QKeySequence

from desktop_app.core.codebook_edits import descendants
from desktop_app.core.project import Change, Project
from desktop_app.core.records import Annotation, Code
from desktop_app.ui.shell.plain_text import tooltip_text

NAME, SHORTCUT, COUNT = range(3)
HEADERS = ("Code", "Key", "Uses")
#: Role giving a row's code id.
CODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: What a dragged code carries: its id.
MIME_TYPE = "application/x-parallax-code-id"

AnyIndex = QModelIndex | QPersistentModelIndex


class CodebookModel(QAbstractItemModel):
    """Codes as a tree; each index's internal id is the code's position in ``_ids``.

    Dragging a code onto another nests it there; between rows, places it there. The model
    changes nothing itself: it emits :attr:`move_requested` and the editor pushes the edit.
    """

    #: A code was dropped: (code id, new parent id or None, row among its children or -1).
    move_requested = Signal(str, object, int)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._ids: list[str] = []
        self._key: dict[str, int] = {}
        self._parent: dict[str, str | None] = {}
        self._children: dict[str | None, list[str]] = {}
        self._counts: dict[str, int] = {}
        self._resetting = False
        self._build()
        self._count_all()
        project.about_to_change.connect(self._before_change)
        project.changed.connect(self._after_change)

    def detach(self) -> None:
        """Stop following the project (before the model is dropped)."""
        self.project.about_to_change.disconnect(self._before_change)
        self.project.changed.disconnect(self._after_change)

    # -- the tree -----------------------------------------------------------------------

    def _build(self) -> None:
        codes = self.project.codes
        self._ids = codes.ids()
        self._key = {code_id: i for i, code_id in enumerate(self._ids)}
        parents = {c.id: (c.parent if c.parent in codes else None) for c in codes}
        # A code whose ancestors loop (a damaged file) is shown at the top level.
        for code_id in self._ids:
            seen = {code_id}
            parent = parents[code_id]
            while parent is not None:
                if parent in seen:
                    parents[code_id] = None
                    break
                seen.add(parent)
                parent = parents[parent]
        self._parent = parents
        self._children = {None: []}
        for code_id in self._ids:
            self._children.setdefault(parents[code_id], []).append(code_id)

    def _count_all(self) -> None:
        counts: dict[str, int] = {}
        for annotation in self.project.annotations:
            for tag in annotation.tags:
                counts[tag] = counts.get(tag, 0) + 1
        self._counts = counts

    def code_at(self, index: AnyIndex) -> Code | None:
        """The code shown at ``index``."""
        if not index.isValid():
            return None
        return self.project.codes.get(self._ids[index.internalId()])

    def index_of(self, code_id: str, column: int = NAME) -> QModelIndex:
        """The index showing a code (invalid when it is not in the codebook)."""
        if code_id not in self._key:
            return QModelIndex()
        siblings = self._children[self._parent[code_id]]
        return self.createIndex(siblings.index(code_id), column, self._key[code_id])

    @property
    def resetting(self) -> bool:
        """True between the start and the end of a reset (the tree is being rebuilt)."""
        return self._resetting

    def count(self, code_id: str) -> int:
        """Annotations carrying the code."""
        return self._counts.get(code_id, 0)

    # -- QAbstractItemModel ---------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        parent_id = self._ids[parent.internalId()] if parent.isValid() else None
        children = self._children.get(parent_id, [])
        if not (0 <= row < len(children) and 0 <= column < len(HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, self._key[children[row]])

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        parent_id = self._parent[self._ids[child.internalId()]]
        return QModelIndex() if parent_id is None else self.index_of(parent_id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != NAME:
            return 0
        parent_id = self._ids[parent.internalId()] if parent.isValid() else None
        return len(self._children.get(parent_id, []))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == COUNT:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        code = self.code_at(index)
        if code is None:
            return None
        column = index.column()
        if role == CODE_ID_ROLE:
            return code.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return code.name
            if column == SHORTCUT:
                return QKeySequence(code.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            return str(self.count(code.id))
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return _swatch(code.color)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return tooltip_text(code.description) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _spoken(code, self.count(code.id))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    # -- drag and drop ----------------------------------------------------------------------

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = list(dict.fromkeys(self._ids[i.internalId()] for i in indexes if i.isValid()))
        data = QMimeData()
        data.setData(MIME_TYPE, "\n".join(ids).encode())
        return data

    def _dropped(self, data: QMimeData, parent: AnyIndex) -> tuple[str, str | None] | None:
        """The dragged code and its new parent, when that drop is allowed."""
        if not data.hasFormat(MIME_TYPE):
            return None
        ids = bytes(data.data(MIME_TYPE).data()).decode().split("\n")
        if len(ids) != 1 or ids[0] not in self.project.codes:
            return None
        code_id = ids[0]
        target = self.code_at(parent)
        if target is not None and (
            target.id == code_id or target.id in descendants(self.project, code_id)
        ):
            return None
        return code_id, target.id if target else None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and self._dropped(data, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        dropped = self._dropped(data, parent)
        if action != Qt.DropAction.MoveAction or dropped is None:
            return False
        code_id, parent_id = dropped
        # After the view has finished the drop: the edit resets this model.
        QTimer.singleShot(0, lambda: self.move_requested.emit(code_id, parent_id, row))
        return True

    # -- following the project ----------------------------------------------------------------

    def _reshapes(self, change: Change) -> bool:
        if not isinstance(change.record, Code):
            return False
        if change.kind != "changed":
            return True
        return (
            isinstance(change.old, Code)
            and isinstance(change.new, Code)
            and (change.old.parent != change.new.parent)
        )

    def _before_change(self, change: Change) -> None:
        if self._reshapes(change):
            self.beginResetModel()
            self._resetting = True

    def _after_change(self, change: Change) -> None:
        if self._resetting:
            self._build()
            self._resetting = False
            self.endResetModel()
            return
        record = change.record
        if isinstance(record, Code):
            first, last = self.index_of(record.id), self.index_of(record.id, COUNT)
            self.dataChanged.emit(first, last)
        elif isinstance(record, Annotation):
            self._recount(change)

    def _recount(self, change: Change) -> None:
        touched: set[str] = set()
        for record, step in ((change.old, -1), (change.new, +1)):
            if isinstance(record, Annotation):
                for tag in record.tags:
                    self._counts[tag] = self._counts.get(tag, 0) + step
                    touched.add(tag)
        for tag in touched:
            index = self.index_of(tag, COUNT)
            if index.isValid():
                self.dataChanged.emit(index, index)


def _swatch(colour: str) -> QIcon:
    """A colour swatch that keeps its colour on a selected row (no selection tint)."""
    from desktop_app.ui.shell.commands import swatch_icon

    icon = swatch_icon(colour)
    pixmap = icon.pixmap(14, 14)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


def _spoken(code: Code, count: int) -> str:
    uses = f"{count} annotation{'s' if count != 1 else ''}"
    key = f", key {code.shortcut}" if code.shortcut else ""
    return f"{code.name}{key}, {uses}"
