"""Where a pane's text is on screen: the answers to ``decorations.TextGeometry``."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint

from desktop_app.core.layout import DisplayPlan
from desktop_app.ui.reading.shown_blocks import ShownBlocks

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit

    _View = QPlainTextEdit
else:
    _View = object


class TextOnScreen(_View):
    """Lines, blocks and spans of the pane in viewport pixels, measured once per scroll
    position and layout (a mixin of ``ArticleView``)."""

    plan: DisplayPlan
    _layout_epoch: int
    _shown_memo: ShownBlocks | None

    def _shown(self) -> ShownBlocks:
        """The blocks from the first visible one to the bottom of the viewport, measured once
        per scroll position and layout (every stripe and mark of a paint asks again). Qt
        requests an update of the viewport whenever either changes: that starts an epoch."""
        viewport = self.viewport()
        key = (
            self._layout_epoch,
            self.verticalScrollBar().value(),
            viewport.width(),
            viewport.height(),
        )
        shown = self._shown_memo
        if shown is None or shown.key != key:
            shown = self._shown_memo = ShownBlocks(self, self.plan.offsets, key)
        return shown

    def geometry_key(self) -> tuple[object, ...]:
        """Changes whenever the lines move on screen (a scroll, a resize, a new layout)."""
        return self._shown().key

    def visible_range(self) -> tuple[int, int]:
        """The canonical range of the paragraphs in the viewport."""
        blocks = self._shown().blocks
        if not blocks:
            position = self.firstVisibleBlock().position()
            start = self.plan.offsets.to_canonical(position, forward=True)
            return start, start
        return blocks[0].start, max(blocks[0].start, blocks[-1].end)

    def line_extents(self, start: int, end: int) -> list[tuple[float, float]]:
        """Top and bottom (viewport pixels) of the lines holding canonical ``[start, end)``,
        one pair per visible paragraph it touches."""
        shown = self._shown()
        offsets = self.plan.offsets
        extents: list[tuple[float, float]] = []
        first = max(0, bisect_right(shown.starts, start) - 1)
        for k in range(first, len(shown.blocks)):
            block = shown.blocks[k]
            if block.start >= end:
                break
            if not block.lines:
                continue
            left = offsets.to_display(max(start, block.start)) - block.position
            right = offsets.to_display(min(end, block.end)) - block.position
            if right > left:
                # The block's lines as measured once for this scroll position and layout.
                starts, boxes = shown.lines_of(k, self)
                if boxes:
                    top_line = max(0, bisect_right(starts, left) - 1)
                    last_line = max(0, bisect_right(starts, max(left, right - 1)) - 1)
                    extents.append((boxes[top_line][0], boxes[last_line][1]))
        return extents

    def visible_blocks(self) -> range:
        """Numbers of the blocks in (or just around) the viewport."""
        blocks = self._shown().blocks
        if blocks:
            first, last = blocks[0].block.blockNumber(), blocks[-1].block.blockNumber()
        else:
            first = last = self.firstVisibleBlock().blockNumber()
        return range(max(0, first - 2), last + 3)

    def visible_span(self) -> tuple[int, int]:
        """Canonical ``[start, end)`` of the text between the viewport's top and bottom
        (found once per scroll position and layout)."""
        shown = self._shown()
        if shown.span is None:
            shown.span = self._find_visible_span()
        return shown.span

    def _find_visible_span(self) -> tuple[int, int]:
        """From the line at the viewport's top to the end of the paragraph at its bottom
        (read from the shown blocks; the cursor's hit test only when they hold no line)."""
        offsets = self.plan.offsets
        blocks = self._shown().blocks
        top = self._line_start_at(0.0)
        if top is None or not blocks:
            viewport = self.viewport()
            top = self.cursorForPosition(QPoint(0, 0)).position()
            bottom = self.cursorForPosition(QPoint(viewport.width(), viewport.height())).block()
            end = bottom.position() + bottom.length() - 1
        else:
            last = blocks[-1]
            end = last.position + last.block.length() - 1
        return offsets.to_canonical(top, forward=True), offsets.to_canonical(end)

    def offset_at_y(self, y: float) -> int:
        """Canonical offset of the start of the line at viewport height ``y``."""
        position = self._line_start_at(y) if 0 <= y <= self.viewport().height() else None
        if position is None:
            position = self.cursorForPosition(QPoint(0, int(y))).position()
        return self.plan.offsets.to_canonical(position, forward=True)

    def _line_start_at(self, y: float) -> int | None:
        """Display position of the start of the shown line at viewport height ``y`` (the
        next line down when ``y`` falls between two); None when no shown line reaches it."""
        shown = self._shown()
        k = max(0, bisect_right(shown.tops, y) - 1)
        for block in shown.blocks[k:]:
            if not block.lines and block.block.length() > 1:
                continue  # (a hidden block)
            layout = block.block.layout()
            if layout.lineCount() == 0:
                self.blockBoundingGeometry(block.block)  # re-highlighted: lay it out again
            for number in range(layout.lineCount()):
                line = layout.lineAt(number)
                if block.top + line.y() + line.height() > y:
                    return block.position + line.textStart()
        return None

    def lines_for_shift(self, pixels: float) -> int:
        """How many lines the scroll bar must move (negative: up) for the text to move up by
        ``pixels`` (down when negative), to the nearest line: the heights of the lines
        passed are summed (blocks not laid out yet are laid out, as painting them would)."""
        block = self.firstVisibleBlock()
        if not block.isValid() or abs(pixels) < 0.5:
            return 0
        layout_of = self.document().documentLayout()
        line = self.verticalScrollBar().value() - block.firstLineNumber()
        sign = 1 if pixels > 0 else -1
        remaining = abs(pixels)
        steps = 0
        if sign < 0:
            line -= 1  # moving up passes the lines above the top one
        while block.isValid():
            layout_of.blockBoundingRect(block)  # (lays the block out if it is not yet)
            layout = block.layout()
            count = layout.lineCount() if block.isVisible() else 0
            if sign < 0 and line >= count:
                line = count - 1
            while 0 <= line < count:
                height = layout.lineAt(line).height()
                if remaining < height / 2:
                    return sign * steps
                remaining -= height
                steps += 1
                line += sign
            block = block.next() if sign > 0 else block.previous()
            line = 0 if sign > 0 else 1 << 30  # (the last line of the block above)
        return sign * steps

    def span_extent(self, start: int, end: int) -> tuple[float, float]:
        """Viewport heights of the top of the first line and the bottom of the last line
        of canonical ``[start, end)``; only exact for spans on (or next to) the screen
        (lines on screen are read from the shown blocks, others measured from the top)."""
        return self.span_extents(((start, end),))[0]

    def span_extents(self, spans: Iterable[tuple[int, int]]) -> list[tuple[float, float]]:
        """:meth:`span_extent` of each of ``spans`` (the shown lines looked up once for all:
        the compare gutter asks for some 120 a paint)."""
        offsets = self.plan.offsets
        shown = self._shown()
        extents = []
        for start, end in spans:
            first = self._line_box(offsets.to_display(start), shown)
            last = self._line_box(offsets.to_display(max(start, end - 1)), shown)
            extents.append((first[0], last[1]))
        return extents

    def _line_box(self, position: int, shown: ShownBlocks) -> tuple[float, float]:
        """Top and bottom (viewport pixels) of the line holding display ``position``."""
        k = bisect_right(shown.positions, position) - 1
        if k >= 0 and position < shown.ends[k]:
            starts, boxes = shown.lines_of(k, self)
            number = bisect_right(starts, position - shown.positions[k]) - 1
            if boxes:
                return boxes[max(0, number)]
        block = self.document().findBlock(position)
        rect = self.blockBoundingGeometry(block).translated(self.contentOffset())
        layout = block.layout()
        line = layout.lineForTextPosition(position - block.position())
        if not line.isValid():
            return rect.top(), rect.bottom()
        top = rect.top() + layout.position().y() + line.y()
        return top, top + line.height()
