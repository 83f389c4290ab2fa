"""The panes side by side in a splitter, with optional scrolling in step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QScrollBar, QSplitter, QWidget

from desktop_app.core.project import Project
from desktop_app.ui.reading.article_pane import ArticlePane


class ReaderArea(QSplitter):
    """Holds one :class:`ArticlePane` per shown article."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerArea")
        self.setChildrenCollapsible(False)
        self.setHandleWidth(6)
        self.panes: list[ArticlePane] = []
        self._synced = False
        self._syncing = False

    def show_articles(
        self,
        project: Project,
        article_ids: list[str],
        context_actions: Callable[[], list[QAction | None]],
    ) -> None:
        """Replace the panes by one per article id, in order."""
        for pane in self.panes:
            pane.view.verticalScrollBar().valueChanged.disconnect(self._on_scrolled)
            pane.setParent(None)
            pane.deleteLater()
        self.panes = []
        for article_id in article_ids:
            pane = ArticlePane(
                project, project.articles[article_id], context_actions=context_actions
            )
            pane.view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
            self.addWidget(pane)
            self.panes.append(pane)
        self.setSizes([1000] * len(self.panes))

    def pane_of(self, widget: QWidget | None) -> ArticlePane | None:
        """The pane containing ``widget``, if any."""
        while widget is not None:
            if isinstance(widget, ArticlePane) and widget in self.panes:
                return widget
            widget = widget.parentWidget()
        return None

    def pane_for_article(self, article_id: str) -> ArticlePane | None:
        """The pane showing an article, if one does."""
        return next((p for p in self.panes if p.article_id == article_id), None)

    @property
    def synced(self) -> bool:
        """True when scrolling one pane scrolls the others to the same relative place."""
        return self._synced

    def set_synced(self, synced: bool) -> None:
        """Turn scrolling in step on or off."""
        self._synced = synced

    def _on_scrolled(self, _value: int) -> None:
        if not self._synced or self._syncing:
            return
        source = self.sender()
        if not isinstance(source, QScrollBar):
            return
        fraction = source.value() / source.maximum() if source.maximum() else 0.0
        self._syncing = True
        try:
            for pane in self.panes:
                bar = pane.view.verticalScrollBar()
                if bar is not source:
                    bar.setValue(round(fraction * bar.maximum()))
        finally:
            self._syncing = False
