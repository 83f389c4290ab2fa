"""The margin beside a pane's text: one coloured stripe per tag per annotated passage.

Blended backgrounds alone cannot say which tags meet on a passage; the stripes can. Each
code has its own lane (codebook order), and a stripe runs from the first to the last line
of the passage in each paragraph, so every tag on every character stays discernible,
however they overlap. :class:`TagStripes` is a gutter decoration (``decorations``).
"""

from __future__ import annotations

from math import ceil, floor
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

from desktop_app.ui.reading.decorations import TextGeometry

STRIPE_WIDTH = 4
STRIPE_GAP = 3
MAX_LANES = 8
#: Stamps kept (one per colour, edge, height and sub-pixel phase met): a few dozen in use.
_STAMPS_KEPT = 512


class TaggedText(Protocol):
    """What the stripes ask of the pane about its tags (``ArticleView`` answers)."""

    def tag_lanes(self) -> dict[str, int]:
        """Lane of each visible code."""
        ...

    def lane_count(self) -> int:
        """How many lanes the margin keeps room for."""
        ...

    def tag_colour(self, tag_id: str) -> str:
        """Colour of a code."""
        ...

    def stripe_outline(self, colour: str) -> str | None:
        """An edge for a stripe too faint on the paper, or None."""
        ...

    def tagged_spans(self, start: int, end: int) -> list[tuple[int, int, tuple[str, ...]]]:
        """The annotations over canonical ``[start, end)``, clipped to it, with their tags."""
        ...

    #: One lane per annotator (View ▸ Annotators ▸ Side by Side), or None: one per code.
    annotator_lanes: dict[str, int] | None

    def annotated_spans(self, start: int, end: int) -> list[tuple[int, int, tuple[str, ...], str]]:
        """As :meth:`tagged_spans`, with each annotation's annotator ("" for none)."""
        ...


def width_for(lanes: int) -> int:
    """Pixels needed for ``lanes`` lanes."""
    lanes = max(1, min(lanes, MAX_LANES))
    return lanes * STRIPE_WIDTH + (lanes - 1) * STRIPE_GAP


class TagStripes:
    """Paints tag stripes for the passages visible in the pane."""

    def __init__(self, tags: TaggedText) -> None:
        self._tags = tags
        self._stamps: dict[tuple[str, str | None, float, float, float], QPixmap] = {}

    def width(self) -> int:
        """Room for one lane per code."""
        return width_for(self._tags.lane_count())

    def stripes(self, text: TextGeometry) -> list[tuple[QRectF, str]]:
        """The stripes to paint now: (rectangle in lane and viewport coordinates, colour)."""
        tags = self._tags
        lanes = tags.tag_lanes()
        if not lanes:
            return []
        if tags.annotator_lanes is not None:
            return self._annotator_stripes(text, tags.annotator_lanes, lanes)
        result: list[tuple[QRectF, str]] = []
        for start, end, tag_ids in tags.tagged_spans(*text.visible_range()):
            extents = text.line_extents(start, end)
            for tag_id in tag_ids:
                lane = lanes.get(tag_id)
                if lane is None:
                    continue
                x = min(lane, MAX_LANES - 1) * (STRIPE_WIDTH + STRIPE_GAP)
                colour = tags.tag_colour(tag_id)
                for top, bottom in extents:
                    result.append((QRectF(x, top + 2, STRIPE_WIDTH, bottom - top - 4), colour))
        return result

    def _annotator_stripes(
        self, text: TextGeometry, annotators: dict[str, int], lanes: dict[str, int]
    ) -> list[tuple[QRectF, str]]:
        """Side by side: each annotator's passages in their own lane; several tags on one
        passage share its stripe, one piece each, top to bottom in codebook order."""
        tags = self._tags
        result: list[tuple[QRectF, str]] = []
        for start, end, tag_ids, who in tags.annotated_spans(*text.visible_range()):
            lane = annotators.get(who)
            shown = sorted((t for t in tag_ids if t in lanes), key=lanes.__getitem__)
            if lane is None or not shown:
                continue
            x = min(lane, MAX_LANES - 1) * (STRIPE_WIDTH + STRIPE_GAP)
            for top, bottom in text.line_extents(start, end):
                piece = (bottom - top - 4) / len(shown)
                for number, tag_id in enumerate(shown):
                    y = top + 2 + number * piece
                    result.append((QRectF(x, y, STRIPE_WIDTH, piece), tags.tag_colour(tag_id)))
        return result

    def paint(self, painter: QPainter, text: TextGeometry) -> None:
        """Draw the stripes as rounded bars: each a stamp, the bar drawn once per colour,
        height and sub-pixel phase and then copied (an antialiased rounded rectangle costs
        some ten times the copy, and a page scroll paints every stripe on screen)."""
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        for rect, colour in self.stripes(text):
            # A colour too faint on the paper gets an edge that stands 3:1 (WCAG 1.4.11).
            edge = self._tags.stripe_outline(colour)
            top = floor(rect.top())
            stamp = self._stamp(colour, edge, rect.height(), rect.top() - top, ratio)
            painter.drawPixmap(QPointF(floor(rect.left()) - 1, top - 1), stamp)

    def _stamp(
        self, colour: str, edge: str | None, height: float, phase: float, ratio: float
    ) -> QPixmap:
        key = (colour, edge, height, phase, ratio)
        stamp = self._stamps.get(key)
        if stamp is None:
            if len(self._stamps) >= _STAMPS_KEPT:
                self._stamps.clear()
            # A pixel of room all round: an antialiased edge may touch the pixel beside it.
            size = QRectF(0, 0, STRIPE_WIDTH + 2, ceil(phase + height) + 2)
            stamp = QPixmap((size.size() * ratio).toSize())
            stamp.setDevicePixelRatio(ratio)
            stamp.fill(Qt.GlobalColor.transparent)
            stamp_painter = QPainter(stamp)
            stamp_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            paint_stripe(stamp_painter, QRectF(1, 1 + phase, STRIPE_WIDTH, height), colour, edge)
            stamp_painter.end()
            self._stamps[key] = stamp
        return stamp


def paint_stripe(painter: QPainter, rect: QRectF, colour: str, edge: str | None) -> None:
    """One stripe: a rounded bar of ``colour``, edged with ``edge`` when there is one."""
    painter.setPen(QColor(edge) if edge else Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5) if edge else rect, 1.5, 1.5)
