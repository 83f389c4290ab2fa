"""The Links panel: every link as its two quotes side by side, with relation, note and who.

Filter by typing (any column), sort by clicking a header; Enter or a double-click shows
both passages in their panes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.records import Annotation, Annotator, Link
from desktop_app.ui.shell.plain_text import tooltip_text

if TYPE_CHECKING:
    from desktop_app.core.project import Change, Project
    from desktop_app.ui.shell.host import Host

COLUMNS = ("Passage A", "Relation", "Passage B", "Note", "Annotator")
Index = QModelIndex | QPersistentModelIndex


class LinksModel(QAbstractTableModel):
    """The project's links as rows (the model keeps no state of its own but the row order)."""

    def __init__(self, project: Project) -> None:
        super().__init__()
        self.project = project

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per link."""
        return 0 if parent.isValid() else len(self.project.links)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Quote A, relation, quote B, note, annotator."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def link_at(self, row: int) -> Link:
        """The link shown in ``row``."""
        return self.project.links.at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        """Plain text only (an item view shows it as text, never as markup)."""
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        link = self.link_at(index.row())
        column = index.column()
        if column in (0, 2):
            annotation = self.project.annotations.get(link.source if column == 0 else link.target)
            text = _quote(annotation)
            if role == Qt.ItemDataRole.ToolTipRole and annotation is not None:
                title = self.project.articles.get(annotation.article)
                return tooltip_text(f"{title.title if title else ''}: {text}")
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        if column == 1:
            return link.relation
        if column == 3:
            return link.note
        annotator = self.project.annotators.get(link.annotator)
        return annotator.name if isinstance(annotator, Annotator) else ""

    def on_change(self, change: Change) -> None:
        """Follow the project: rows for links added, removed or changed; quotes re-read."""
        if isinstance(change.record, Link | Annotation | Annotator):
            self.beginResetModel()
            self.endResetModel()


def _quote(annotation: Annotation | None) -> str:
    if annotation is None:
        return "(passage gone)"
    text = " ".join(annotation.quote.exact.split())
    return text if len(text) <= 160 else text[:159] + "…"


class LinksPanel(QWidget):
    """A filter field above a sortable table of links."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setObjectName("linksPanel")
        self.filter = QLineEdit(placeholderText="Filter links by quote, relation or note")
        self.filter.setAccessibleName("Filter links")
        self.filter.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setAccessibleName("Links")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table.setModel(self.proxy)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.doubleClicked.connect(self._jump)
        self.table.activated.connect(self._jump)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        self.model: LinksModel | None = None
        self.bind()
        host.document_changed.connect(self.bind)
        host.follow_project(self._on_change)

    def bind(self) -> None:
        """Show the links of the project now in the window."""
        self.model = LinksModel(self.host.document.project)
        self.proxy.setSourceModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)

    def _on_change(self, change: Change) -> None:
        if self.model is not None:
            self.model.on_change(change)

    def link_in_row(self, row: int) -> Link:
        """The link in a row as shown (after filtering and sorting)."""
        assert self.model is not None
        return self.model.link_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row())

    def _jump(self, index: QModelIndex) -> None:
        if not index.isValid() or self.model is None:
            return
        link = self.model.link_at(self.proxy.mapToSource(index).row())
        self.host.jump_to(link.target)  # B first, so that A ends with the keyboard focus
        self.host.jump_to(link.source)
        self.host.announce(f"Link “{link.relation}”: both passages shown.")


def install_panel(host: Host) -> LinksPanel:
    """Add the Links panel as a dock behind the annotation list, with a View menu toggle."""
    panel = LinksPanel(host)
    dock = host.add_panel("Links", "linksDock", panel)

    def show_panel() -> None:
        dock.show()
        dock.raise_()
        panel.table.setFocus()

    action = host.commands.add(
        "view.links",
        "&Links Panel",
        show_panel,
        shortcut="Ctrl+Shift+J",
        tip="Every link between passages: both quotes, relation and note",
    )
    host.menus["view"].addAction(action)
    return panel
