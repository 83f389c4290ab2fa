"""What compare mode paints over each pane's text: "only here" bars and the focused pair.

An "only here" passage gets a hatched bar in the document margin left of its lines:
quiet, grey and hatched, so it never reads as a tag (tags are solid stripes further out
and coloured backgrounds). The pair under the pointer or the keyboard gets a light wash
of its relation colour over its lines in both panes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from desktop_app.core.compare_look import connector_colour, only_here_colour

if TYPE_CHECKING:
    from desktop_app.core.compare import Span
    from desktop_app.ui.reading.article_view import ArticleView
    from desktop_app.ui.reading.decorations import TextGeometry

BAR_X = 5.0
BAR_WIDTH = 6.0


def only_bar_rects(view: ArticleView, spans: Sequence[Span]) -> list[QRectF]:
    """The "only here" bars on screen, in viewport coordinates."""
    start, end = view.visible_span()
    rects = []
    for span in spans:
        if span.end <= start or span.start >= end:
            continue
        top, bottom = view.span_extent(span.start, span.end)
        rects.append(QRectF(BAR_X, top + 2, BAR_WIDTH, max(4.0, bottom - top - 4)))
    return rects


def absence_marker(view: ArticleView, offset: int) -> QPolygonF | None:
    """The marker of an absence at canonical ``offset``: a small wedge in the margin,
    pointing at the line where the missing passage would be (None when off screen)."""
    start, end = view.visible_span()
    if not start <= offset <= end:
        return None
    top, bottom = view.span_extent(offset, offset + 1)
    middle = (top + bottom) / 2
    return QPolygonF(
        [
            QPointF(1.0, middle - 6),
            QPointF(BAR_X + BAR_WIDTH + 2, middle),
            QPointF(1.0, middle + 6),
        ]
    )


class CompareOverlay:
    """An overlay decoration (``reading.decorations``) of one compared pane: ``spans()`` as
    "only here" bars, ``focused()`` as a wash and ``absences()`` ((offset, code colour)) as
    wedges."""

    def __init__(
        self,
        view: ArticleView,
        spans: Callable[[], Sequence[Span]],
        focused: Callable[[], tuple[Span, str] | None],
        absences: Callable[[], Sequence[tuple[int, str]]] = tuple,
    ) -> None:
        self._view = view
        self._spans = spans
        self._focused = focused
        self._absences = absences

    def paint_over(self, painter: QPainter, text: TextGeometry) -> None:
        """Wedges, hatched bars, then the wash of the focused pair."""
        view = self._view
        theme = view.theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for offset, colour in self._absences():
            wedge = absence_marker(view, offset)
            if wedge is not None:
                painter.setPen(QPen(QColor(theme.ink), 1.2))
                painter.setBrush(QColor(theme.stripe(colour)))
                painter.drawPolygon(wedge)
        grey = QColor(only_here_colour(theme))
        for rect in only_bar_rects(view, self._spans()):
            painter.setPen(Qt.PenStyle.NoPen)
            wash = QColor(grey)
            wash.setAlphaF(0.22)
            painter.fillRect(rect, wash)
            painter.fillRect(rect, QBrush(grey, Qt.BrushStyle.BDiagPattern))
            painter.fillRect(QRectF(rect.left(), rect.top(), 1.5, rect.height()), grey)
        focus = self._focused()
        if focus is not None:
            span, relation = focus
            start, end = view.visible_span()
            if span.start < end and span.end > start:
                top, bottom = text.span_extent(span.start, span.end)
                tint = QColor(connector_colour(relation, theme))
                tint.setAlphaF(0.16)
                width = view.viewport().width()
                painter.fillRect(QRectF(BAR_X + BAR_WIDTH + 3, top, width, bottom - top), tint)
                tint.setAlphaF(1.0)
                painter.fillRect(QRectF(BAR_X + BAR_WIDTH + 3, top, 3, bottom - top), tint)
