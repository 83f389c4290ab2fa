"""The gutter between two panes: a soft ribbon from each passage of A to its counterpart in B.

Only pairs with an end on screen are drawn; an end scrolled away leaves the gutter at its
top or bottom edge. Colour tells the relation (``core.compare_look``), the fill fades
with a lower score and a sure contradiction is drawn with a firmer edge. A suggestion is
light with a dashed edge; once accepted (a link, recorded data) it is filled fully, edged
solid and carries a small link mark; a rejected one is not drawn. Hovering a ribbon names
the relation, the score, the shared terms and whether it is linked; clicking it selects
both passages.

Many pairs on screen stay calm: each band ends a pixel short of its passage's first and
last line, so stacked ribbons keep a hairline of paper between them, and when they crowd
(``compare_look.crowding_calm``) the fills grow lighter and only links, sure
contradictions and the focused ribbon keep their edges.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QToolTip, QWidget

from desktop_app.core.compare_look import (
    RELATION_NAMES,
    connector_colour,
    connector_opacity,
    crowding_calm,
    firm_edge,
    suggested_edge_alpha,
)
from desktop_app.core.themes import Theme
from desktop_app.ui.shell.plain_text import escaped

if TYPE_CHECKING:
    from desktop_app.core.compare import AlignedPair, Comparison, Span
    from desktop_app.ui.reading.article_view import ArticleView

GUTTER_WIDTH = 48
_OFF = 24  # how far past the edge an end scrolled away is drawn
#: Radius of the ring marking a ribbon the reader accepted (a link).
LINK_MARK_RADIUS = 3.5
#: How far apart the two hairlines of a firm edge are drawn (pixels).
FIRM_OFFSET = 0.8
#: Paper kept between a band's end and the next band's (pixels, at each end of a passage).
BAND_GAP = 1.0


@dataclass(frozen=True, slots=True)
class Ribbon:
    """One connector as painted: the pair's index, its outline and its colour."""

    index: int
    path: QPainterPath
    colour: str
    opacity: float
    #: The reader accepted it: a link.
    accepted: bool
    #: The middle of the band, where an accepted ribbon's link mark sits.
    middle: QPointF
    #: The band's ends: (top, bottom) at pane A's side, at pane B's, and the gutter's width.
    ends: tuple[tuple[float, float], tuple[float, float], float]
    #: A contradiction: filled more strongly once linked.
    contradiction: bool = False
    #: Edged firmly even in a crowd (``compare_look.firm_edge``).
    firm: bool = False
    #: The opacity of its dashed edge while it is a suggestion (``suggested_edge_alpha``).
    edge_alpha: float = 0.6

    def edges(self) -> QPainterPath:
        """The two edges that are stroked (``ribbon_edges``; made only when stroked: in a
        crowd most ribbons are not)."""
        a, b, width = self.ends
        return ribbon_edges(1.0, a, width - 1.0, b)


def ribbon_path(
    x0: float, a: tuple[float, float], x1: float, b: tuple[float, float]
) -> QPainterPath:
    """A band from ``a`` (top, bottom) at ``x0`` to ``b`` at ``x1`` with smooth S-shaped edges."""
    mid = (x0 + x1) / 2
    path = QPainterPath()  # (coordinates as numbers: no QPointF made per point)
    path.moveTo(x0, a[0])
    path.cubicTo(mid, a[0], mid, b[0], x1, b[0])
    path.lineTo(x1, b[1])
    path.cubicTo(mid, b[1], mid, a[1], x0, a[1])
    path.closeSubpath()
    return path


def ribbon_edges(
    x0: float, a: tuple[float, float], x1: float, b: tuple[float, float]
) -> QPainterPath:
    """The two S-shaped edges of :func:`ribbon_path`, without its ends at the gutter's
    sides (stroking those would draw a column of ticks where ribbons stack)."""
    mid = (x0 + x1) / 2
    path = QPainterPath()
    path.moveTo(x0, a[0])
    path.cubicTo(mid, a[0], mid, b[0], x1, b[0])
    path.moveTo(x0, a[1])
    path.cubicTo(mid, a[1], mid, b[1], x1, b[1])
    return path


def stroke_edges(
    painter: QPainter, edges: QPainterPath, colour: QColor, *, firm: bool, dashed: bool
) -> None:
    """Stroke a ribbon's edges one pixel wide, or about two when ``firm``: as two hairlines
    a little apart (Qt strokes hairlines on a fast path, wider pens some five times slower,
    and a page scroll repaints every ribbon on screen)."""
    pen = QPen(colour, 1.0)
    if dashed:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([3.0, 2.5])
    painter.strokePath(edges, pen)
    if firm:
        painter.strokePath(edges.translated(0.0, FIRM_OFFSET), pen)


def inset(end: tuple[float, float]) -> tuple[float, float]:
    """A band's end (top, bottom) drawn :data:`BAND_GAP` inside its passage's lines, so that
    bands of adjacent passages do not touch (an end too thin to spare it stays as it is)."""
    top, bottom = end
    if bottom - top < 2 * BAND_GAP + 3:
        return end
    return top + BAND_GAP, bottom - BAND_GAP


def tooltip_html(pair: AlignedPair, accepted: bool = False) -> str:
    """What hovering a ribbon says (every string from the texts escaped)."""
    name = RELATION_NAMES.get(pair.relation, pair.relation)
    if pair.relation == "adds_detail" and pair.detail_side:
        name += f" ({pair.detail_side.upper()} has more)"
    state = "linked" if accepted else "suggestion"
    lines = [f"<b>{escaped(name)}</b> · score {pair.score:.2f} · {state}"]
    if pair.shared_terms:
        lines.append("Shared: " + escaped(", ".join(pair.shared_terms)))
    if pair.differences:
        lines.append("Differs: " + escaped("; ".join(pair.differences)))
    return "<br>".join(lines)


class _SideIndex:
    """One side's passages of the pairs, sorted by start: the pairs meeting a range by bisection."""

    def __init__(self, spans: list[Span]) -> None:
        self._order = sorted(range(len(spans)), key=lambda i: spans[i].start)
        self._starts = [spans[i].start for i in self._order]
        self._ends = [spans[i].end for i in self._order]
        self._longest = max((span.end - span.start for span in spans), default=0)

    def meeting(self, start: int, end: int) -> set[int]:
        """Indices of the pairs whose passage on this side meets ``[start, end)``."""
        first = bisect_left(self._starts, start - self._longest)
        last = bisect_left(self._starts, end)
        return {self._order[k] for k in range(first, last) if self._ends[k] > start}


class ConnectorGutter(QWidget):
    """Paints the connectors of a comparison between two article views."""

    #: A ribbon was clicked: the pair's index in the comparison.
    pair_clicked = Signal(int)
    #: The pointer entered a ribbon (its index) or left every ribbon (-1).
    pair_hovered = Signal(int)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareGutter")
        self.setAccessibleName("Connectors between the two articles")
        self.setFixedWidth(GUTTER_WIDTH)
        self.setMinimumWidth(GUTTER_WIDTH)
        self.setMouseTracking(True)
        # Its picture covers every pixel with paper first: nothing behind it (the reader
        # area, the window) is painted before it, twice a page scroll.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.theme = theme
        self.views: tuple[ArticleView, ArticleView] | None = None
        self.comparison: Comparison | None = None
        #: Pairs the reader rejected (not drawn).
        self.hidden: frozenset[int] = frozenset()
        #: Pairs the reader accepted: linked, drawn as recorded data.
        self.accepted: frozenset[int] = frozenset()
        self.hovered = -1
        self.current = -1
        self._sides: tuple[_SideIndex, _SideIndex] | None = None
        self._ribbon_cache: tuple[tuple[object, ...], list[Ribbon]] | None = None
        self._picture: tuple[tuple[object, ...], QPixmap] | None = None

    def show_comparison(
        self, views: tuple[ArticleView, ArticleView] | None, comparison: Comparison | None
    ) -> None:
        """Draw ``comparison`` between ``views`` (None: draw nothing)."""
        self.views = views
        self.comparison = comparison
        self.accepted = frozenset()
        self.hovered = -1
        self._sides = (
            (
                _SideIndex([p.a for p in comparison.pairs]),
                _SideIndex([p.b for p in comparison.pairs]),
            )
            if comparison is not None
            else None
        )
        self._ribbon_cache = None
        self.update()

    def invalidate(self) -> None:
        """Forget the cached geometry and picture (they are made again when next painted)."""
        self._ribbon_cache = None
        self._picture = None
        self.update()

    def _shift(self, view: ArticleView) -> int:
        """Where the view's viewport top is, in gutter coordinates."""
        return self.mapFromGlobal(view.viewport().mapToGlobal(QPoint(0, 0))).y()

    def _ends(self, view: ArticleView, spans: list[Span]) -> list[tuple[float, float]]:
        """Where each of ``spans`` (one side's passages) meets the gutter: its lines' top
        and bottom in gutter coordinates, inset; a passage scrolled away ends just past
        the gutter's top or bottom edge."""
        window = view.visible_span()
        shift = self._shift(view)
        above: tuple[float, float] = (shift - _OFF, shift - _OFF + 2)
        bottom = float(shift + view.viewport().height() + _OFF)
        below = (bottom - 2, bottom)
        on_screen = [(s.start, s.end) for s in spans if s.end > window[0] and s.start < window[1]]
        measured = iter(view.span_extents(on_screen))  # (the lines looked up once for all)
        ends = []
        for span in spans:
            if span.end <= window[0]:
                ends.append(above)
            elif span.start >= window[1]:
                ends.append(below)
            else:
                top, low = next(measured)
                ends.append(inset((top + shift, low + shift)))
        return ends

    def _geometry_key(self) -> tuple[object, ...]:
        """Everything the ribbons' geometry depends on: the scroll position, size and laid
        out length of both texts, and where they stand beside the gutter."""
        assert self.views is not None
        key: list[object] = [self.width(), self.height(), self.hidden, self.accepted, self.theme]
        for view in self.views:
            size = view.document().documentLayout().documentSize()
            viewport = view.viewport()
            key += [
                view.verticalScrollBar().value(),
                viewport.width(),
                viewport.height(),
                size.width(),
                size.height(),
                self._shift(view),
            ]
        return tuple(key)

    def ribbons(self) -> list[Ribbon]:
        """The connectors to paint now, in the comparison's order (cached until either text
        scrolls, resizes or re-lays out, or the accepted and rejected pairs change)."""
        if self.views is None or self.comparison is None or self._sides is None:
            return []
        self.theme = self.views[0].theme  # the panes follow the theme chosen: so does the gutter
        key = self._geometry_key()
        cached = self._ribbon_cache
        if cached is not None and cached[0] == key:
            return cached[1]
        view_a, view_b = self.views
        width = self.width()
        pairs = self.comparison.pairs
        shown = self._sides[0].meeting(*view_a.visible_span())
        shown |= self._sides[1].meeting(*view_b.visible_span())
        indices = sorted(shown - self.hidden)
        ends_a = self._ends(view_a, [pairs[index].a for index in indices])
        ends_b = self._ends(view_b, [pairs[index].b for index in indices])
        result = []
        for index, a, b in zip(indices, ends_a, ends_b, strict=True):
            pair = pairs[index]
            path = ribbon_path(1.0, a, width - 1.0, b)
            colour = connector_colour(pair.relation, self.theme)
            opacity = connector_opacity(pair.score, pair.relation)
            middle = QPointF(width / 2, (a[0] + a[1] + b[0] + b[1]) / 4)
            accepted = index in self.accepted
            result.append(
                Ribbon(
                    index,
                    path,
                    colour,
                    opacity,
                    accepted,
                    middle,
                    (a, b, width),
                    pair.relation == "contradicts",
                    firm_edge(pair.score, pair.relation),
                    suggested_edge_alpha(pair.relation, self.theme),
                )
            )
        self._ribbon_cache = (key, result)
        return result

    def ribbon_at(self, point: QPointF) -> int:
        """Index of the pair whose ribbon is under ``point`` (the narrowest), or -1."""
        hits = [r for r in self.ribbons() if r.path.contains(point)]
        if not hits:
            return -1
        return min(hits, key=lambda r: r.path.boundingRect().height()).index

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paper, then the ribbons: suggestions light and dashed, links full and solid with
        a link mark, the focused one firmer. The picture is kept until the ribbons or the
        focus change (a hover over the text, a second paint of one frame: a copy)."""
        ribbons = self.ribbons()
        ratio = self.devicePixelRatioF()
        geometry = self._ribbon_cache[0] if self._ribbon_cache else None
        key = (geometry, self.hovered, self.current, self.theme, ratio, self.size())
        if self._picture is None or self._picture[0] != key:
            self._picture = (key, self._render(ribbons, ratio))
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture[1])
        painter.end()

    def _render(self, ribbons: list[Ribbon], ratio: float) -> QPixmap:
        size = self.size() * ratio
        kept = self._picture[1] if self._picture is not None else None
        if kept is not None and kept.size() == size and kept.devicePixelRatio() == ratio:
            pixmap = kept  # painted over: no new picture's memory to take and give back
        else:
            pixmap = QPixmap(size)
            pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(self.theme.paper))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        calm = crowding_calm(len(ribbons), self.height())
        # Suggestions first: a link is drawn over any suggestion it crosses.
        for ribbon in sorted(ribbons, key=lambda r: r.accepted):
            focused = ribbon.index in (self.hovered, self.current)
            self._paint_ribbon(painter, ribbon, focused, calm)
        painter.end()
        return pixmap

    def _paint_ribbon(self, painter: QPainter, ribbon: Ribbon, focused: bool, calm: float) -> None:
        """One ribbon; ``calm`` (below 1 in a crowd) lightens the fill and leaves the edges
        of ordinary suggestions out."""
        colour = QColor(ribbon.colour)
        fill = QColor(colour)
        edge = QColor(colour)
        if ribbon.accepted:
            strength = (0.7 if ribbon.contradiction else 0.5) * max(calm, 0.8)
            fill.setAlphaF(min(1.0, strength + (0.2 if focused else 0.0)))
            stroke: tuple[bool, bool] | None = (True, False)  # (firm, dashed)
        else:
            fill.setAlphaF(min(1.0, ribbon.opacity * 0.8 * calm + (0.3 if focused else 0.0)))
            firm = focused or ribbon.firm
            edge.setAlphaF(1.0 if firm else ribbon.edge_alpha)
            # A crowd of dashed edges is noise: there the fill alone tells an ordinary pair.
            stroke = None if calm < 1.0 and not firm else (firm, True)
        # The fill without antialiasing (most of the cost), its edge antialiased over it
        # (the painter is left unantialiased: in a crowd most ribbons have no edge).
        painter.fillPath(ribbon.path, QBrush(fill))
        if stroke is None and not ribbon.accepted:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if stroke is not None:
            stroke_edges(painter, ribbon.edges(), edge, firm=stroke[0], dashed=stroke[1])
        if ribbon.accepted:
            # The link mark: a small ring in the middle of the band, paper inside.
            painter.setPen(QPen(colour, 1.6))
            painter.setBrush(QColor(self.theme.paper))
            painter.drawEllipse(ribbon.middle, LINK_MARK_RADIUS, LINK_MARK_RADIUS)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Follow the pointer from ribbon to ribbon."""
        index = self.ribbon_at(event.position())
        if index != self.hovered:
            self.hovered = index
            self.update()
            self.pair_hovered.emit(index)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        """Leaving the gutter ends the hover."""
        if self.hovered != -1:
            self.hovered = -1
            self.update()
            self.pair_hovered.emit(-1)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Clicking a ribbon selects both passages."""
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.ribbon_at(event.position())
            if index >= 0:
                self.pair_clicked.emit(index)
                event.accept()
                return
        super().mousePressEvent(event)

    def tooltip_for(self, index: int) -> str:
        """What hovering pair ``index``'s ribbon says ("" without a comparison)."""
        if self.comparison is None:
            return ""
        return tooltip_html(self.comparison.pairs[index], index in self.accepted)

    def event(self, event: QEvent) -> bool:
        """A tooltip over a ribbon: relation, score, shared terms."""
        if event.type() == QEvent.Type.ToolTip and self.comparison is not None:
            assert isinstance(event, QHelpEvent)
            index = self.ribbon_at(QPointF(event.pos()))
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.tooltip_for(index), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
