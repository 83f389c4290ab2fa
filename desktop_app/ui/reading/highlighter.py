"""Paints one pane: reading typography per line role, then every span decoration.

A ``QSyntaxHighlighter`` keeps highlights out of the document (they are formats laid over
each block's layout), so overlaps blend instead of overwriting, and a change re-paints only
the blocks it touches. Measured in DESIGN.md as the strategy that scales to 10k highlights.

Highlights are laid lazily: a block far from the viewport gets only its role format (which
sets its height) and is remembered as *pending*; the view asks for pending blocks to be
done just before they are painted (:meth:`AnnotationHighlighter.ensure`). Backgrounds do
not change a block's geometry, so doing them late never moves the text. Opening a long,
densely coded article then costs what the first screen shows, not what the whole text holds.

The formats come from the pane's span decorations (``decorations.SpanDecoration``);
:class:`AnnotationSpans`, the tag highlights, is the first of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from desktop_app.core.layout import DisplayPlan, Role
from desktop_app.core.segments import Segment
from desktop_app.core.themes import Theme
from desktop_app.ui.preferences.theme import qcolour
from desktop_app.ui.reading.decorations import SpanDecoration

#: Returns the segments of canonical range [start, end) to paint.
SegmentSource = Callable[[int, int], list[Segment]]
#: Maps a tuple of tag ids to their colours.
ColourSource = Callable[[tuple[str, ...]], tuple[str, ...]]


class AnnotationSpans:
    """The tag highlights as a span decoration: one blended background per segment where
    annotations overlap, and the flash of a passage jumped to."""

    def __init__(self, segments: SegmentSource, colours: ColourSource, theme: Theme) -> None:
        self._segments = segments
        self._colours = colours
        self.theme = theme
        #: Annotations shown flashed (after a jump).
        self.flashed: frozenset[str] = frozenset()
        self._blended: dict[tuple[Theme, tuple[str, ...]], QColor] = {}

    def formats(self, start: int, end: int) -> Iterator[tuple[int, int, QTextCharFormat]]:
        """A background per segment of canonical ``[start, end)``."""
        theme = self.theme
        for segment in self._segments(start, end):
            fmt = QTextCharFormat()
            colours = self._colours(segment.tags)
            if self.flashed.intersection(segment.annotations):
                fmt.setBackground(QColor(colours[0] if colours else theme.selection))
                fmt.setForeground(QColor("#000000"))
            else:
                fmt.setBackground(self._background(theme, colours))
            yield segment.start, segment.end, fmt

    def _background(self, theme: Theme, colours: tuple[str, ...]) -> QColor:
        """The blended background of these tag colours (blended once per theme)."""
        key = (theme, colours)
        colour = self._blended.get(key)
        if colour is None:
            if len(self._blended) > 4096:  # colours edited many times: start again
                self._blended.clear()
            colour = self._blended[key] = qcolour(theme.highlight(colours))
        return colour


class AnnotationHighlighter(QSyntaxHighlighter):
    """Formats each block from its role and the span decorations over it."""

    def __init__(
        self,
        document: QTextDocument,
        plan: DisplayPlan,
        theme: Theme,
        base_font: QFont,
        decorations: Sequence[SpanDecoration],
    ) -> None:
        self._plan = plan
        #: The pane's span decorations (its own list: what it adds later is seen here).
        self._decorations = decorations
        #: Blocks whose highlights are not laid yet (block numbers).
        self.pending: set[int] = set()
        #: Blocks to highlight at once (None: all); the view narrows this to what is near.
        self.window: range | None = None
        self._forced = False
        self._role_formats: dict[Role, QTextCharFormat] = {}
        self.set_typography(theme, base_font)
        # Attaching to the document triggers the first full highlight: do it last.
        super().__init__(document)

    def set_typography(self, theme: Theme, base_font: QFont) -> None:
        """Formats per line role, derived from the base reading font."""
        heading = QTextCharFormat()
        heading.setFontPointSize(base_font.pointSizeF() * 1.28)
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setForeground(QColor(theme.heading))
        byline = QTextCharFormat()
        byline.setFontItalic(True)
        byline.setFontPointSize(base_font.pointSizeF() * 0.92)
        byline.setForeground(QColor(theme.muted))
        self._role_formats = {Role.HEADING: heading, Role.BYLINE: byline}

    def defer(self, blocks: range) -> None:
        """Mark ``blocks`` (block numbers) for highlighting again when next painted or made
        ready: their span decorations changed, their role formats and lines did not, so
        nothing is laid or laid out anew now (spacer and blank blocks carry no spans)."""
        roles = self._plan.roles
        self.pending.update(
            n for n in blocks if n >= len(roles) or roles[n] not in (Role.BLANK, Role.SPACER)
        )

    def ensure(self, blocks: range) -> None:
        """Lay the highlights of the pending blocks among ``blocks`` (about to be painted)."""
        todo = [n for n in blocks if n in self.pending] if self.pending else []
        if not todo:
            return
        document = self.document()
        self._forced = True
        try:
            for number in todo:
                self.rehighlightBlock(document.findBlockByNumber(number))
        finally:
            self._forced = False

    def highlightBlock(self, text: str) -> None:
        """Apply the role format, then each span decoration's formats."""
        block = self.currentBlock()
        number = block.blockNumber()
        roles = self._plan.roles
        role = roles[number] if number < len(roles) else Role.PARAGRAPH
        if role in (Role.BLANK, Role.SPACER):
            return
        # Qt positions count UTF-16 units: take the length from the block, not ``text``.
        length = block.length() - 1
        role_format = self._role_formats.get(role)
        if role_format is not None:
            self.setFormat(0, length, role_format)
        if not self._forced and self.window is not None and number not in self.window:
            self.pending.add(number)
            return
        self.pending.discard(number)
        position = block.position()
        offsets = self._plan.offsets
        start = offsets.to_canonical(position, forward=True)
        end = offsets.to_canonical(position + length)
        laid: list[tuple[int, int, QTextCharFormat]] = []
        for decoration in self._decorations:
            for span_start, span_end, span_format in decoration.formats(start, end):
                left = offsets.to_display(span_start) - position
                right = offsets.to_display(span_end) - position
                if right > left:
                    laid.append((left, right, span_format))
        for left, right, fmt in merged_formats(laid, role_format):
            self.setFormat(left, right - left, fmt)


def merged_formats(
    laid: list[tuple[int, int, QTextCharFormat]], base: QTextCharFormat | None
) -> list[tuple[int, int, QTextCharFormat]]:
    """Cut ``laid`` (in the order laid) into pieces where the same formats apply, each
    piece's formats merged over ``base`` in that order: a later underline keeps an
    earlier background. Ranges that overlap nothing are passed through as they are."""
    if not laid:
        return []
    ordered = sorted(laid, key=lambda item: item[0])
    if all(a[1] <= b[0] for a, b in pairwise(ordered)):
        if base is None:
            return ordered  # the common case: tag segments never overlap one another
        return [(left, right, _merged(base, (fmt,))) for left, right, fmt in ordered]
    cuts = sorted({edge for left, right, _ in laid for edge in (left, right)})
    pieces = []
    for left, right in pairwise(cuts):
        covering = [fmt for l0, r0, fmt in laid if l0 < right and r0 > left]
        if not covering:
            continue
        if base is None and len(covering) == 1:
            pieces.append((left, right, covering[0]))
        else:
            pieces.append((left, right, _merged(base, covering)))
    return pieces


def _merged(base: QTextCharFormat | None, formats: Sequence[QTextCharFormat]) -> QTextCharFormat:
    result = QTextCharFormat(base) if base is not None else QTextCharFormat()
    for fmt in formats:
        result.merge(fmt)
    return result
