"""Marks in the right margin of a pane's text beside passages carrying a note; hover shows it.

A quiet outline of a note in the theme's muted ink, on the first line of each noted
passage (marginalia: tags stripe the left margin, notes sit on the right). It repaints
only for changes that move, add, remove or reword a note of its article.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen, QTextBlock
from PySide6.QtWidgets import QToolTip, QWidget

from desktop_app.core.project import Change, Project
from desktop_app.core.records import Annotation, Article
from desktop_app.core.themes import Theme

MARK_SIZE = 9
MARGIN_WIDTH = 14


class NotedView(Protocol):
    """What the marks ask of their article view (``ArticleView``)."""

    project: Project
    article: Article
    theme: Theme

    def notes_in_block(self, block: QTextBlock) -> list[tuple[int, Annotation]]: ...
    def visible_range(self) -> tuple[int, int]: ...
    def card_html(self, annotations: list[Annotation]) -> str: ...
    def contentOffset(self) -> QPointF: ...
    def firstVisibleBlock(self) -> QTextBlock: ...
    def blockBoundingGeometry(self, block: QTextBlock) -> QRectF: ...
    def viewport(self) -> QWidget: ...


def touches_notes(change: Change, article_id: str) -> bool:
    """True when ``change`` adds, removes, moves or rewords a note in the article."""
    old, new = change.old, change.new
    records = [r for r in (old, new) if isinstance(r, Annotation) and r.article == article_id]
    if not records or not any(r.note for r in records):
        return False
    if isinstance(old, Annotation) and isinstance(new, Annotation):
        return (old.note, old.start, old.end, old.anchor) != (
            new.note,
            new.start,
            new.end,
            new.anchor,
        )
    return True


class NoteMarks(QWidget):
    """Paints the note marks of the lines in view, beside the right edge of the text."""

    def __init__(self, view: NotedView, parent: QWidget) -> None:
        super().__init__(parent)
        self._view = view
        self.setObjectName("noteMarks")
        self.setMouseTracking(True)
        view.viewport().installEventFilter(self)
        view.project.changed.connect(self._on_project_changed)
        self.destroyed.connect(lambda: view.project.changed.disconnect(self._on_project_changed))

    def _on_project_changed(self, change: Change) -> None:
        if touches_notes(change, self._view.article.id):
            self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the viewport: sit just right of it, as tall as it."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            box = self._view.viewport().geometry()
            self.setGeometry(QRect(box.right() + 1, box.top(), MARGIN_WIDTH, box.height()))
        return False

    def marks(self) -> list[tuple[QRectF, list[Annotation]]]:
        """The marks to paint now: (rectangle in this widget, the noted annotations)."""
        view = self._view
        if not self._notes_in_view():
            return []  # (most screens: no block is looked at)
        result: dict[int, tuple[QRectF, list[Annotation]]] = {}
        offset = view.contentOffset()
        height = view.viewport().height()
        y_shift = view.viewport().y() - self.y()
        block = view.firstVisibleBlock()
        while block.isValid():
            rect = view.blockBoundingGeometry(block).translated(offset)
            if rect.top() > height:
                break
            if block.isVisible() and block.length() > 1:
                layout = block.layout()
                for position, annotation in view.notes_in_block(block):
                    line = layout.lineForTextPosition(position)
                    if not line.isValid():
                        continue
                    top = rect.top() + layout.position().y() + line.y() + y_shift
                    key = round(top + (line.height() - MARK_SIZE) / 2)  # on whole pixels: crisp
                    if key not in result:
                        x = (self.width() - MARK_SIZE) // 2
                        box = QRectF(x, key, MARK_SIZE, MARK_SIZE)
                        result[key] = (box, [])
                    result[key][1].append(annotation)
            block = block.next()
        return list(result.values())

    def _notes_in_view(self) -> bool:
        """True when a passage in (or just around) the viewport carries a note: one query
        for the paragraphs shown (the blocks :meth:`marks` walks), not one per block."""
        view = self._view
        start, end = view.visible_range()
        return any(a.note for a in view.project.annotations_in(view.article.id, start, end))

    def paintEvent(self, event: QPaintEvent) -> None:
        """A small folded note outline per noted line."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self._view.theme.muted)
        pen = QPen(colour, 1.0)
        for box, _ in self.marks():
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 1.0, 1.0)
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            line = QRectF(box.left() + 2, box.top() + 3, box.width() - 4, 1)
            painter.drawRect(line)
            painter.drawRect(line.translated(0, 2))
        painter.end()

    def event(self, event: QEvent) -> bool:
        """Hovering a mark shows the notes of its line (escaped: file text is never markup)."""
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            found = self.notes_at(event.pos())
            if found:
                QToolTip.showText(event.globalPos(), self._view.card_html(found), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def notes_at(self, point: QPoint) -> list[Annotation]:
        """The noted annotations whose mark is under ``point`` (a little slack around it)."""
        for box, noted in self.marks():
            if box.adjusted(-4, -4, 4, 4).contains(QPointF(point)):
                return noted
        return []
