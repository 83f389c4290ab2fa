"""The Article menu and the Articles dock: the project's articles with their annotation counts.

From here the reader chooses what each pane shows, opens an article's details, adds and
closes panes, and removes an article (asking first when it has annotations; one undo step).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
)
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeView

from desktop_app.core.article_edits import annotation_counts, edit_metadata, remove_article
from desktop_app.core.project import Change, Project, RecordList
from desktop_app.core.records import Annotation, Article
from desktop_app.core.wording import counted
from desktop_app.ui.reading.pane_layout import MAX_PANES, PaneLayout
from desktop_app.ui.shell.plain_text import tooltip_text
from desktop_app.ui.shell.record_table import RecordTableModel

if TYPE_CHECKING:
    from desktop_app.ui.shell.host import Host

Index = QModelIndex | QPersistentModelIndex
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ArticleListModel(RecordTableModel):
    """Rows are ``project.articles`` in order, with each one's annotation count and pane."""

    RECORD_TYPE = Article
    TITLE, OUTLET, COUNT, PANE = range(4)
    HEADERS = ("Title", "Outlet", "Annotations", "Pane")

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        self._counts = annotation_counts(project)
        self._panes: dict[str, list[int]] = {}
        super().__init__(project, parent)

    def records(self) -> RecordList[Article]:
        """The articles, one per row."""
        return self.project.articles

    def count(self, article_id: str) -> int:
        """How many annotations an article has."""
        return self._counts.get(article_id, 0)

    def set_shown(self, article_ids: list[str]) -> None:
        """Which articles the panes show, left to right."""
        panes: dict[str, list[int]] = {}
        for number, article_id in enumerate(article_ids, start=1):
            panes.setdefault(article_id, []).append(number)
        self._panes = panes
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.PANE))

    # -- adapting core events -------------------------------------------------------------

    def record_added(self, record: Article) -> None:
        """Count the annotations an article comes back with (undoing its removal)."""
        self._counts[record.id] = len(self.project.annotations_of(record.id))

    def other_changed(self, change: Change) -> None:
        """An annotation added or removed changes its article's count."""
        record = change.record
        step = {"added": 1, "removed": -1}.get(change.kind, 0)
        if isinstance(record, Annotation) and step and record.article in self._counts:
            self._counts[record.article] += step
            if record.article in self.project.articles:
                self.row_changed(self.project.articles.row(record.article))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return ("", "", "Annotations in the article", "The panes showing it")[section]
        return None

    def article_id(self, row: int) -> str:
        """The id of the article at ``row``."""
        return self.project.articles.at(row).id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        article = self.project.articles.at(index.row())
        column = index.column()
        panes = self._panes.get(article.id, [])
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return article.title
            if column == self.OUTLET:
                return article.outlet
            if column == self.COUNT:
                return self._counts.get(article.id, 0)
            return ", ".join(map(str, panes))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COUNT, self.PANE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and panes and column == self.TITLE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            count = self._counts.get(article.id, 0)
            where = f"shown in pane {', '.join(map(str, panes))}" if panes else "not shown"
            return tooltip_text(
                f"{article.title}\n{counted(count, 'annotation').capitalize()}; {where}"
            )
        if role == ARTICLE_ID_ROLE:
            return article.id
        return None


class ArticleList(QObject):
    """Installs the Article menu, the Articles dock and the pane commands."""

    def __init__(self, window: Host) -> None:
        super().__init__(window.widget)
        self.setObjectName("articlesFeature")
        self.window = window
        self.layout = PaneLayout(window)
        self.layout.metadata_requested.connect(self.edit_metadata)
        self.view = QTreeView()
        self.view.setObjectName("articleList")
        self.view.setAccessibleName("Articles")
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(self._on_activated)
        self.view.setStyleSheet("QTreeView::item { padding: 3px 4px; }")
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.model: ArticleListModel | None = None
        # A tab beside the annotation list: the panes keep the whole width for reading.
        self.dock = window.add_panel("Articles", "articleDock", self.view, shown=True)
        self._create_actions()
        window.document_changed.connect(self._bind)
        window.panes_changed.connect(self._on_panes_changed)
        self._bind()

    def _create_actions(self) -> None:
        add = self.window.commands.add
        actions = [
            add(
                "article.edit_metadata",
                "Edit &Details…",
                lambda: self.edit_metadata(self._current_article()),
                shortcut="Ctrl+Shift+M",
                tip="Edit the title, outlet, author, date, URL and language of the article",
            ),
            add(
                "article.remove",
                "&Remove Article…",
                lambda: self.remove_article(self._current_article()),
                tip="Remove the article and its annotations from the project (undoable)",
            ),
            None,
            add(
                "view.add_pane",
                "Add &Pane",
                self.layout.add_pane,
                shortcut="Ctrl+T",
                tip=f"Show one more article side by side (up to {MAX_PANES})",
            ),
            add(
                "view.remove_pane",
                "&Close Pane",
                self.layout.remove_pane,
                shortcut="Ctrl+W",
                tip="Close the active pane (the article stays in the project)",
            ),
        ]
        toggle = self.dock.toggleViewAction()
        toggle.setText("Article &List")
        toggle.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.window.commands.register("view.articles", toggle)
        bar = self.window.widget.menuBar()
        menu = QMenu("&Article", bar)
        bar.insertMenu(self.window.menus["view"].menuAction(), menu)
        self.window.menus["article"] = menu
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        view_menu = self.window.menus["view"]
        view_menu.addSeparator()
        view_menu.addAction(self.window.commands["view.add_pane"])
        view_menu.addAction(self.window.commands["view.remove_pane"])
        view_menu.addAction(toggle)

    # -- following the window -----------------------------------------------------------------

    def _bind(self) -> None:
        old_model = self.model
        if old_model is not None:
            old_model.detach()
        self.model = ArticleListModel(self.window.document.project, self)
        old_selection = self.view.selectionModel()
        self.view.setModel(self.model)
        if old_selection is not None:
            old_selection.deleteLater()
        if old_model is not None:
            old_model.deleteLater()  # it held the previous project
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ArticleListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (ArticleListModel.COUNT, ArticleListModel.PANE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The outlet is in each row's tooltip; a narrow dock keeps its width for the titles.
        self.view.hideColumn(ArticleListModel.OUTLET)
        self._on_panes_changed()

    def _on_panes_changed(self) -> None:
        if self.model is not None:
            self.model.set_shown(self.layout.article_ids())
        self.window.commands["view.add_pane"].setEnabled(
            len(self.window.reader.panes) < MAX_PANES
            and len(self.window.document.project.articles) > 0
        )
        self.window.commands["view.remove_pane"].setEnabled(len(self.window.reader.panes) > 1)

    def _current_article(self) -> str | None:
        """The article the commands act on: the list's selection when it has focus, else the
        active pane's article."""
        if self.view.hasFocus() and self.view.currentIndex().isValid():
            return str(self.view.currentIndex().data(ARTICLE_ID_ROLE))
        pane = self.window.active_pane()
        if pane is not None:
            return pane.article_id
        index = self.view.currentIndex()
        return str(index.data(ARTICLE_ID_ROLE)) if index.isValid() else None

    def _on_activated(self, index: QModelIndex) -> None:
        article_id = str(index.data(ARTICLE_ID_ROLE))
        if self.window.reader.panes:
            self.layout.set_pane_article(self.layout.active_index(), article_id)
        else:
            self.layout.add_pane(article_id)

    def _context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if not index.isValid():
            return
        self.context_menu(str(index.data(ARTICLE_ID_ROLE))).popup(
            self.view.viewport().mapToGlobal(point)
        )

    def context_menu(self, article_id: str) -> QMenu:
        """The menu of an article in the list: show it in a pane, edit, remove."""
        menu = QMenu(self.view)
        panes = self.window.reader.panes
        for number in range(1, len(panes) + 1):
            action = menu.addAction(f"Show in Pane &{number}")
            action.setObjectName(f"showInPane{number}")
            action.triggered.connect(
                lambda _c=False, i=number - 1: self.layout.set_pane_article(i, article_id)
            )
        new_pane = menu.addAction("Show in a &New Pane")
        new_pane.setObjectName("showInNewPane")
        new_pane.setEnabled(len(panes) < MAX_PANES)
        new_pane.triggered.connect(lambda: self.layout.add_pane(article_id))
        menu.addSeparator()
        menu.addAction("Edit &Details…").triggered.connect(lambda: self.edit_metadata(article_id))
        remove = menu.addAction("&Remove Article…")
        remove.setObjectName("removeArticle")
        remove.triggered.connect(lambda: self.remove_article(article_id))
        return menu

    # -- commands --------------------------------------------------------------------------

    def edit_metadata(self, article_id: str | None) -> None:
        """Open the details dialog of an article; saving is one undoable step."""
        from desktop_app.ui.files.article_details import MetadataDialog

        project = self.window.document.project
        if article_id is None or article_id not in project.articles:
            self.window.announce("There is no article to edit.", 4000)
            return
        dialog = MetadataDialog(project.articles[article_id], self.window.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_metadata(article_id, dialog.values()))
        dialog.open()

    def _save_metadata(self, article_id: str, values: dict[str, str]) -> None:
        project = self.window.document.project
        if article_id not in project.articles:
            return
        edit = edit_metadata(project, article_id, **values)
        if edit is None:
            return
        self.window.document.push(edit)
        self.window.announce("Saved the article's details.", 3000)

    def remove_article(self, article_id: str | None) -> None:
        """Remove an article, asking first when it has annotations; one undo step."""
        project = self.window.document.project
        if article_id is None or article_id not in project.articles:
            return
        article = project.articles[article_id]
        count = len(project.annotations_of(article_id))
        if count:
            noun = "annotation" if count == 1 else "annotations"
            question = (
                f"“{article.title}” has {count} {noun}. Removing the article removes "
                f"{'it' if count == 1 else 'them'} too.\n\nUndo (Ctrl+Z) brings everything back."
            )
            if not self.window.prompter.confirm("Remove article?", question, "Remove Article"):
                return
        self.window.document.push(remove_article(project, article_id))
        self.window.announce(f"Removed “{article.title}” (Ctrl+Z brings it back).", 5000)


def install(window: Host) -> None:
    """Add the Article menu, the Articles dock and pane commands to ``window``."""
    articles = ArticleList(window)
    window.add_feature(articles)
    window.add_feature(articles.layout)
