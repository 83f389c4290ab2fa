"""The pointer over a pane: hover cards, selections snapped to whole words, the context menu."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QHelpEvent, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QToolTip

from desktop_app.core.layout import DisplayPlan
from desktop_app.core.records import Annotation, Article
from desktop_app.ui.preferences.theme import style
from desktop_app.ui.reading.decorations import (
    DescribedDecoration,
    OverlayDecoration,
    SpanDecoration,
)
from desktop_app.ui.shell.plain_text import escaped

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit

    from desktop_app.core.project import Project

    _View = QPlainTextEdit
else:
    _View = object


class PointerReading(_View):
    """Hovering or clicking a highlight shows its card; a mouse selection snaps to whole
    words (Alt, or the preference off: exact); right click offers the pane's actions (a
    mixin of ``ArticleView``)."""

    project: Project
    article: Article
    plan: DisplayPlan
    _context_actions: Callable[[], list[QAction | None]] | None
    _snap_anchor: int | None
    _span_decorations: list[SpanDecoration]
    _overlays: list[OverlayDecoration]

    def card_html(self, annotations: list[Annotation]) -> str:
        """Rich text listing the tags and note of each annotation (hover and click)."""
        parts = []
        codes = self.project.codes
        for annotation in annotations:
            chips = " ".join(
                _chip(codes[t].name, codes[t].color) for t in annotation.tags if t in codes
            )
            note = escaped(annotation.note)
            if note:
                note = f"<div style='margin-top:4px'>{note}</div>"
            chips = chips or "<i>untagged</i>"
            parts.append(f"<div>{chips}{note}</div>")
        return "<hr>".join(parts)

    def _offset_at_point(self, point: QPoint) -> int | None:
        """Canonical offset of the character under ``point`` (None: between lines)."""
        cursor = self.cursorForPosition(point)
        rect = self.cursorRect(cursor)
        if abs(rect.center().y() - point.y()) > rect.height():
            return None
        offset = self.plan.offsets.to_canonical(cursor.position())
        block_start = self.plan.offsets.to_canonical(cursor.block().position(), forward=True)
        # The cursor lands between characters: look at the character under the pointer.
        return offset if rect.x() <= point.x() else max(block_start, offset - 1)

    def _annotations_at_point(self, point: QPoint) -> list[Annotation]:
        probe = self._offset_at_point(point)
        if probe is None:
            return []
        return self.project.annotations_in(self.article.id, probe, probe)

    def descriptions_at(self, offset: int) -> list[str]:
        """What the decorations say about their marks over canonical ``offset`` (plain text)."""
        found = []
        for decoration in (*self._span_decorations, *self._overlays):
            if isinstance(decoration, DescribedDecoration):
                text = decoration.describe(offset)
                if text:
                    found.append(text)
        return found

    def hover_html(self, point: QPoint) -> str:
        """The card for ``point``: its annotations' tags and notes, then what the
        decorations say about their marks there ("" when nothing is there)."""
        annotations = self._annotations_at_point(point)
        parts = [self.card_html(annotations)] if annotations else []
        probe = self._offset_at_point(point)
        if probe is not None:
            parts.extend(escaped(text) for text in self.descriptions_at(probe))
        return "<hr>".join(parts)

    def viewportEvent(self, event: QEvent) -> bool:
        """Hovering a highlight shows its tags and note (and what other marks mean)."""
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            html = self.hover_html(event.pos())
            if html:
                QToolTip.showText(event.globalPos(), html, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # -- mouse selections snap to whole words (Alt, or the preference off: exact) ---------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Start a selection; a plain left press (or Shift+press) snaps it to words."""
        super().mousePressEvent(event)
        self._snap_anchor = None
        modifiers = event.modifiers()
        if (
            event.button() != Qt.MouseButton.LeftButton
            or not style.snap_words
            or modifiers & Qt.KeyboardModifier.AltModifier
        ):
            return
        cursor = self.textCursor()
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            self._snap_anchor = cursor.anchor()
        elif not cursor.hasSelection():  # a selection here: a triple click took a paragraph
            self._snap_anchor = cursor.position()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double click selects a word and drags by words (Qt's own): no snapping on top."""
        super().mouseDoubleClickEvent(event)
        self._snap_anchor = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Extend the selection; show it snapped to whole words while dragging."""
        super().mouseMoveEvent(event)
        if self._snap_anchor is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._snap_selection(self._snap_anchor)

    def _snap_selection(self, anchor: int) -> None:
        """Select from display ``anchor`` to the cursor, widened to whole words."""
        from desktop_app.core.word_snap import snap_to_words  # regex: not before first paint

        position = self.textCursor().position()
        offsets = self.plan.offsets
        start = offsets.to_canonical(min(anchor, position), forward=True)
        end = offsets.to_canonical(max(anchor, position))
        if start >= end:
            return
        start, end = snap_to_words(self.article.text, start, end)
        first, last = offsets.to_display(start), offsets.to_display(end)
        new_anchor, new_position = (first, last) if anchor <= position else (last, first)
        cursor = self.textCursor()
        if (cursor.anchor(), cursor.position()) == (new_anchor, new_position):
            return
        cursor.setPosition(new_anchor)
        cursor.setPosition(new_position, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """End a selection (snapped to words); clicking a highlight shows its card too."""
        super().mouseReleaseEvent(event)
        if self._snap_anchor is not None and event.button() == Qt.MouseButton.LeftButton:
            self._snap_selection(self._snap_anchor)
        self._snap_anchor = None
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            annotations = self._annotations_at_point(event.position().toPoint())
            if annotations:
                global_pos = self.viewport().mapToGlobal(event.position().toPoint())
                QToolTip.showText(global_pos, self.card_html(annotations), self.viewport())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Tag, note and delete, then the usual copy and select-all."""
        menu = QMenu(self)
        if self._context_actions is not None:
            for action in self._context_actions():
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
            menu.addSeparator()
        standard = self.createStandardContextMenu(event.pos())
        for action in standard.actions():
            menu.addAction(action)
        menu.exec(event.globalPos())
        standard.deleteLater()
        menu.deleteLater()


def _chip(name: str, colour: str) -> str:
    style = f"background:{escaped(colour)};color:#000;"
    return f'<span style="{style}">&nbsp;{escaped(name)}&nbsp;</span>'
