"""The margin beside a pane's text: one coloured stripe per tag per annotated passage.

Blended backgrounds alone cannot say which tags meet on a passage; the stripes can. Each
code has its own lane (codebook order), and a stripe runs from the first to the last line
of the passage, so every tag on every character stays discernible, however they overlap.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QTextBlock
from PySide6.QtWidgets import QWidget

STRIPE_WIDTH = 4
STRIPE_GAP = 3
MAX_LANES = 8


class StripedView(Protocol):
    """What the margin asks of its article view (``ArticleView``)."""

    def tag_lanes(self) -> dict[str, int]: ...
    def tag_colour(self, tag_id: str) -> str: ...
    def stripe_outline(self, colour: str) -> str | None: ...
    def spans_in_block(self, block: QTextBlock) -> list[tuple[int, int, tuple[str, ...]]]: ...
    def contentOffset(self) -> QPointF: ...
    def firstVisibleBlock(self) -> QTextBlock: ...
    def blockBoundingGeometry(self, block: QTextBlock) -> QRectF: ...
    def viewport(self) -> QWidget: ...

    #: One lane per annotator (View ▸ Annotators ▸ Side by Side), or None: one per code.
    annotator_lanes: dict[str, int] | None

    def annotator_spans_in_block(
        self, block: QTextBlock
    ) -> list[tuple[int, int, tuple[str, ...], str]]: ...


class StripeMargin(QWidget):
    """Paints tag stripes for the blocks visible in its article view."""

    def __init__(self, view: StripedView, parent: QWidget) -> None:
        super().__init__(parent)
        self._view = view
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    @staticmethod
    def width_for(lanes: int) -> int:
        """Pixels needed for ``lanes`` lanes."""
        lanes = max(1, min(lanes, MAX_LANES))
        return lanes * STRIPE_WIDTH + (lanes - 1) * STRIPE_GAP

    def stripes(self) -> list[tuple[QRectF, str]]:
        """The stripes to paint now: (rectangle in this widget, colour)."""
        view = self._view
        lanes = view.tag_lanes()
        if not lanes:
            return []
        if view.annotator_lanes is not None:
            return self._annotator_stripes(view.annotator_lanes, lanes)
        result: list[tuple[QRectF, str]] = []
        offset = view.contentOffset()
        height = view.viewport().height()
        block = view.firstVisibleBlock()
        y_shift = view.viewport().y() - self.y()
        while block.isValid():
            rect = view.blockBoundingGeometry(block).translated(offset)
            if rect.top() > height:
                break
            if block.isVisible() and block.length() > 1:
                layout = block.layout()
                for start, end, tag_ids in view.spans_in_block(block):
                    first = layout.lineForTextPosition(start)
                    last = layout.lineForTextPosition(max(start, end - 1))
                    if not first.isValid() or not last.isValid():
                        continue
                    top = rect.top() + layout.position().y() + first.y() + 2
                    bottom = rect.top() + layout.position().y() + last.y() + last.height() - 2
                    for tag_id in tag_ids:
                        lane = lanes.get(tag_id)
                        if lane is None:
                            continue
                        x = min(lane, MAX_LANES - 1) * (STRIPE_WIDTH + STRIPE_GAP)
                        stripe = QRectF(x, top + y_shift, STRIPE_WIDTH, bottom - top)
                        result.append((stripe, view.tag_colour(tag_id)))
            block = block.next()
        return result

    def _annotator_stripes(
        self, annotators: dict[str, int], tags: dict[str, int]
    ) -> list[tuple[QRectF, str]]:
        """Side by side: each annotator's passages in their own lane; several tags on one
        passage share its stripe, one piece each, top to bottom in codebook order."""
        view = self._view
        result: list[tuple[QRectF, str]] = []
        offset = view.contentOffset()
        height = view.viewport().height()
        block = view.firstVisibleBlock()
        y_shift = view.viewport().y() - self.y()
        while block.isValid():
            rect = view.blockBoundingGeometry(block).translated(offset)
            if rect.top() > height:
                break
            if block.isVisible() and block.length() > 1:
                layout = block.layout()
                for start, end, tag_ids, who in view.annotator_spans_in_block(block):
                    lane = annotators.get(who)
                    shown = sorted((t for t in tag_ids if t in tags), key=tags.__getitem__)
                    first = layout.lineForTextPosition(start)
                    last = layout.lineForTextPosition(max(start, end - 1))
                    if lane is None or not shown or not first.isValid() or not last.isValid():
                        continue
                    top = rect.top() + layout.position().y() + first.y() + 2
                    bottom = rect.top() + layout.position().y() + last.y() + last.height() - 2
                    x = min(lane, MAX_LANES - 1) * (STRIPE_WIDTH + STRIPE_GAP)
                    piece = (bottom - top) / len(shown)
                    for number, tag_id in enumerate(shown):
                        y = top + y_shift + number * piece
                        result.append((QRectF(x, y, STRIPE_WIDTH, piece), view.tag_colour(tag_id)))
            block = block.next()
        return result

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the stripes as rounded bars."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for rect, colour in self.stripes():
            # A colour too faint on the paper gets an edge that stands 3:1 (WCAG 1.4.11).
            edge = self._view.stripe_outline(colour)
            painter.setPen(QColor(edge) if edge else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5) if edge else rect, 1.5, 1.5)
        painter.end()
