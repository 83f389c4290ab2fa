"""The decoration seam of a reader pane: everything a feature draws over or beside the text.

One entry point, ``view.decorate(decoration)`` (and ``view.undecorate``), takes any object
speaking one or more of these small protocols, all in canonical code-point offsets (the
pane converts them to Qt positions, nowhere else):

* :class:`SpanDecoration` lays character formats (a background, an underline…) over
  ranges of the text: ``formats(start, end)`` yields ``(start, end, QTextCharFormat)`` for
  the parts of ``[start, end)`` it marks. The pane's highlighter asks every span decoration
  for each block it paints, lazily, so nothing is written into the document; where two
  decorations meet, their formats are merged, the one added later laid last (an underline
  over a tag keeps the tag's background). The tag highlights
  (``highlighter.AnnotationSpans``) are the first.
* :class:`GutterDecoration` paints a lane of the :class:`Gutter`, the strip left of the
  text: ``width()`` pixels wide, painted by ``paint(painter, text)`` in viewport
  coordinates, asking :class:`TextGeometry` where lines are. Lanes stand side by side in
  the order they were added. The tag stripes (``margin.TagStripes``, which also draw the
  classroom's one-lane-per-annotator layout) are the first.
* :class:`OverlayDecoration` paints over the viewport after the text:
  ``paint_over(painter, text)`` in viewport coordinates (compare's "only here" bars, the
  wash of the focused pair).
* :class:`DescribedDecoration` (with any of the above) says what a mark means when the
  pointer rests on it: ``describe(offset)``, plain text, shown under the tag card.

Plugging one in (compare connectors, "only here" bars, shared quotes, absence markers)::

    view.decorate(marks)              # whichever protocols ``marks`` speaks
    view.redecorate(start, end)       # its span data changed: repaint those blocks only
    view.redecorate()                 # ...or every block
    view.repaint_overlays()           # only what overlays paint changed
    view.undecorate(marks)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QTextCharFormat
from PySide6.QtWidgets import QWidget

#: Pixels between two lanes of the gutter.
LANE_GAP = 6


@runtime_checkable
class SpanDecoration(Protocol):
    """Formats laid over ranges of the text."""

    def formats(self, start: int, end: int) -> Iterable[tuple[int, int, QTextCharFormat]]:
        """``(start, end, format)`` for the parts of canonical ``[start, end)`` it marks."""
        ...


class TextGeometry(Protocol):
    """Where the text is on screen, as a gutter or overlay decoration asks (the view answers)."""

    def visible_range(self) -> tuple[int, int]:
        """The canonical range of the paragraphs in (or just around) the viewport."""
        ...

    def line_extents(self, start: int, end: int) -> list[tuple[float, float]]:
        """Top and bottom (viewport pixels) of the lines holding canonical ``[start, end)``:
        one pair per visible paragraph the range touches."""
        ...

    def span_extent(self, start: int, end: int) -> tuple[float, float]:
        """Top of the first line and bottom of the last line of canonical ``[start, end)``
        (viewport pixels; exact for spans on or next to the screen)."""
        ...

    def geometry_key(self) -> tuple[object, ...]:
        """A value that changes whenever the lines move on screen (scroll, resize, layout)."""
        ...


@runtime_checkable
class GutterDecoration(Protocol):
    """A lane of the gutter left of the text."""

    def width(self) -> int:
        """Pixels the lane needs (0: none for now)."""
        ...

    def paint(self, painter: QPainter, text: TextGeometry) -> None:
        """Paint the lane: x from 0 to :meth:`width`, y in viewport coordinates."""
        ...


@runtime_checkable
class OverlayDecoration(Protocol):
    """Marks painted over the viewport, after the text."""

    def paint_over(self, painter: QPainter, text: TextGeometry) -> None:
        """Paint in viewport coordinates (x from 0 at the text's left edge)."""
        ...


@runtime_checkable
class DescribedDecoration(Protocol):
    """A decoration that says what its mark at a place means."""

    def describe(self, offset: int) -> str | None:
        """Plain text about the mark over canonical ``offset`` (None: no mark there)."""
        ...


class Gutter(QWidget):
    """The strip left of a pane's text where gutter decorations paint, lane by lane.

    What the lanes paint is kept as a picture until the lines move or :meth:`invalidate`
    says their data changed: one frame often asks for several paints of the strip.
    """

    def __init__(self, text: TextGeometry, viewport: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self._text = text
        self._viewport = viewport
        self.decorations: list[GutterDecoration] = []
        self._generation = 0
        self._picture: tuple[tuple[object, ...], QPixmap] | None = None

    def invalidate(self) -> None:
        """The lanes' data changed: paint them anew."""
        self._generation += 1
        self.update()

    def width_needed(self) -> int:
        """Pixels for every lane, with the gaps between them."""
        widths = [w for w in (d.width() for d in self.decorations) if w > 0]
        return sum(widths) + LANE_GAP * max(0, len(widths) - 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Let each decoration paint its lane, in viewport coordinates (or copy the picture
        they painted for these lines)."""
        y_shift = self._viewport.y() - self.y()
        ratio = self.devicePixelRatioF()
        key = (self._text.geometry_key(), self._generation, self.size(), y_shift, ratio)
        if self._picture is None or self._picture[0] != key:
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            self._paint_lanes(pixmap, y_shift)
            self._picture = (key, pixmap)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture[1])
        painter.end()

    def _paint_lanes(self, pixmap: QPixmap, y_shift: int) -> None:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = 0
        for decoration in self.decorations:
            width = decoration.width()
            if width <= 0:
                continue
            painter.save()
            painter.translate(x, y_shift)
            decoration.paint(painter, self._text)
            painter.restore()
            x += width + LANE_GAP
        painter.end()
