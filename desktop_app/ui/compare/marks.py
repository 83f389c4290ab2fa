"""What compare mode paints over each pane's text: "only here" bars and the focused pair.

An "only here" passage gets a hatched bar in the document margin left of its lines:
quiet, grey and hatched, so it never reads as a tag (tags are solid stripes further out
and coloured backgrounds). The pair under the pointer or the keyboard gets a light wash
of its relation colour over its lines in both panes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
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
    shown = [(span.start, span.end) for span in spans if span.end > start and span.start < end]
    return [
        QRectF(BAR_X, top + 2, BAR_WIDTH, max(4.0, bottom - top - 4))
        for top, bottom in view.span_extents(shown)  # (the lines looked up once for all)
    ]


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
        #: Where the focus wash was last painted (None: nowhere).
        self._washed: tuple[float, float] | None = None

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
        wash = QColor(grey)
        wash.setAlphaF(0.22)
        hatch = QBrush(grey, Qt.BrushStyle.BDiagPattern)
        painter.setPen(Qt.PenStyle.NoPen)
        for rect in only_bar_rects(view, self._spans()):
            painter.fillRect(rect, wash)
            painter.fillRect(rect, hatch)
            painter.fillRect(QRectF(rect.left(), rect.top(), 1.5, rect.height()), grey)
        focus = self._focused()
        band = self._focus_band()
        if focus is not None and band is not None:
            top, bottom = band
            tint = QColor(connector_colour(focus[1], theme))
            tint.setAlphaF(0.16)
            width = view.viewport().width()
            painter.fillRect(QRectF(BAR_X + BAR_WIDTH + 3, top, width, bottom - top), tint)
            tint.setAlphaF(1.0)
            painter.fillRect(QRectF(BAR_X + BAR_WIDTH + 3, top, 3, bottom - top), tint)
        self._washed = band

    def _focus_band(self) -> tuple[float, float] | None:
        """Top and bottom (viewport pixels) of the focused passage, when it is on screen."""
        focus = self._focused()
        if focus is None:
            return None
        span = focus[0]
        start, end = self._view.visible_span()
        if span.start >= end or span.end <= start:
            return None
        return self._view.span_extent(span.start, span.end)

    def refocus(self) -> None:
        """The focused pair changed: repaint where the wash was and where it goes, only."""
        viewport = self._view.viewport()
        for band in {self._washed, self._focus_band()}:
            if band is not None:
                top, bottom = band
                viewport.update(QRect(0, int(top) - 1, viewport.width(), int(bottom - top) + 3))
