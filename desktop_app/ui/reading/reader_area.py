"""The panes side by side in a splitter, with optional scrolling in step (or by a follower)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPlainTextEdit, QScrollBar, QSplitter, QWidget

from desktop_app.core.project import Project
from desktop_app.ui.reading.article_pane import ArticlePane, align_headers


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
        self._gutter: QWidget | None = None
        #: Each pane's top line when its scroll bar last changed: a change that leaves it
        #: there is the layout settling (lines elsewhere re-wrapped), not the reader scrolling.
        self._tops: dict[QScrollBar, tuple[int, int]] = {}
        #: Called instead of relative scrolling in step when set (compare's alignment):
        #: gets the pane the reader scrolled; scrolls it causes do not call it again.
        self.scroll_follower: Callable[[ArticlePane], None] | None = None

    def show_articles(
        self,
        project: Project,
        article_ids: list[str],
        context_actions: Callable[[], list[QAction | None]],
    ) -> None:
        """Replace the panes by one per article id, in order."""
        if self._gutter is not None:
            self._gutter.setParent(None)
        for pane in self.panes:
            pane.view.verticalScrollBar().valueChanged.disconnect(self._on_scrolled)
            self._tops.pop(pane.view.verticalScrollBar(), None)
            pane.setParent(None)
            pane.deleteLater()
        self.panes = []
        for article_id in article_ids:
            pane = ArticlePane(
                project, project.articles[article_id], context_actions=context_actions
            )
            pane.view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
            pane.header_changed.connect(self._align_headers)
            self.addWidget(pane)
            self.panes.append(pane)
        self._align_headers()
        self._place_gutter()

    def _align_headers(self) -> None:
        """The texts side by side start on one line (``article_pane.align_headers``)."""
        align_headers(self.panes)

    def set_gutter(self, gutter: QWidget | None) -> None:
        """Put a narrow widget between the first two panes (None takes it away); the panes
        keep their widths."""
        if gutter is self._gutter and (
            gutter is None or self._has_gutter() == (len(self.panes) >= 2)
        ):
            return
        sizes = self.sizes()
        if self._gutter is not None and self._gutter is not gutter:
            self._gutter.setParent(None)
        self._gutter = gutter
        self._place_gutter(sizes)

    def _place_gutter(self, sizes: list[int] | None = None) -> None:
        """Insert the gutter (when there is one and two panes or more), then size the panes:
        as they were (``sizes``), else equally."""
        gutter = self._gutter
        if gutter is not None and len(self.panes) >= 2:
            self.insertWidget(1, gutter)
            gutter.show()
            self.setCollapsible(1, False)
        elif gutter is not None:
            gutter.setParent(None)
        if sizes is None or len(sizes) != len(self.panes) or not sum(sizes):
            sizes = [1000] * len(self.panes)
        self.setSizes(sizes)

    def _has_gutter(self) -> bool:
        return self._gutter is not None and self.indexOf(self._gutter) == 1

    def sizes(self) -> list[int]:
        """The widths of the panes, left to right (the gutter, of fixed width, left out)."""
        sizes = super().sizes()
        if self._has_gutter():
            del sizes[1]
        return sizes

    def setSizes(self, sizes: Sequence[int]) -> None:
        """Set the widths of the panes (the gutter keeps its own)."""
        sizes = list(sizes)
        if self._has_gutter() and self._gutter is not None:
            sizes.insert(1, self._gutter.minimumWidth())
        super().setSizes(sizes)

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

    @contextmanager
    def independently(self) -> Iterator[None]:
        """Scroll panes inside the block without the others following (restoring places)."""
        was, self._syncing = self._syncing, True
        try:
            yield
        finally:
            self._syncing = was

    def _on_scrolled(self, _value: int) -> None:
        source = self.sender()
        if not isinstance(source, QScrollBar):
            return
        pane = next((p for p in self.panes if p.view.verticalScrollBar() is source), None)
        if pane is None:
            return
        top = _top_line(pane.view)
        moved = self._tops.get(source) != top
        self._tops[source] = top
        if self._syncing or not moved or (not self._synced and self.scroll_follower is None):
            return  # a place restored, a pane following, or lines above re-wrapped
        if self.scroll_follower is not None:
            self._syncing = True
            try:
                self.scroll_follower(pane)
            finally:
                self._syncing = False
            return
        fraction = source.value() / source.maximum() if source.maximum() else 0.0
        self._syncing = True
        try:
            for other in self.panes:
                bar = other.view.verticalScrollBar()
                if bar is not source:
                    bar.setValue(round(fraction * bar.maximum()))
        finally:
            self._syncing = False


def _top_line(view: QPlainTextEdit) -> tuple[int, int]:
    """The line at the top of a view: (block number, line within the block). The scroll
    bar's value counts lines from the start, so it changes when lines above re-wrap; this
    does not."""
    block = view.firstVisibleBlock()
    return block.blockNumber(), view.verticalScrollBar().value() - block.firstLineNumber()
