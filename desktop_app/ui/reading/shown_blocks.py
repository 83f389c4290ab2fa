"""The blocks of a pane shown in its viewport, measured once per scroll position and layout."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QTextBlock
from PySide6.QtWidgets import QPlainTextEdit

from desktop_app.core.layout import OffsetMap


class ShownBlock(NamedTuple):
    """One block in the viewport: its canonical range and where its layout stands."""

    start: int  # canonical offset of the block's first character
    end: int  # canonical offset just past its text
    position: int  # display position of the block
    top: float  # viewport height of its layout's top
    block: QTextBlock  # (its layout is asked each time: Qt may replace it)
    lines: bool  # shown and holding text


class ShownBlocks:
    """The blocks in the viewport, measured for one scroll position and layout (``key``)."""

    def __init__(self, view: QPlainTextEdit, offsets: OffsetMap, key: tuple[object, ...]) -> None:
        self.key = key
        content = view.contentOffset()
        height = view.viewport().height()
        blocks = []
        block = view.firstVisibleBlock()
        # The first block placed by the view, each next one right below the one before
        # (as the view places them: asking it for each would walk from the top every time).
        top = view.blockBoundingGeometry(block).translated(content).top() if block.isValid() else 0
        while block.isValid():
            rect = view.blockBoundingRect(block).translated(0, top)
            if rect.top() > height:
                break
            top = rect.bottom()
            position = block.position()
            blocks.append(
                ShownBlock(
                    offsets.to_canonical(position, forward=True),
                    offsets.to_canonical(position + block.length() - 1),
                    position,
                    rect.top() + block.layout().position().y(),
                    QTextBlock(block),
                    block.isVisible() and block.length() > 1,
                )
            )
            block = block.next()
        self.blocks = blocks
        self.starts = [b.start for b in blocks]
        #: Display positions of the blocks (to find the block holding a display position).
        self.positions = [b.position for b in blocks]
        #: Display positions just past each block (its paragraph separator included).
        self.ends = [b.position + b.block.length() for b in blocks]
        #: Viewport heights of the blocks' layouts (to find the block at a height).
        self.tops = [b.top for b in blocks]
        #: The view's ``visible_span`` for this key, once asked.
        self.span: tuple[int, int] | None = None
        self._lines: dict[int, tuple[list[int], list[tuple[float, float]]]] = {}

    def lines_of(self, k: int, view: QPlainTextEdit) -> tuple[list[int], list[tuple[float, float]]]:
        """Block ``k``'s lines: where each starts in the block, and its top and bottom in
        viewport pixels (read from Qt once per block and key: spans ask line by line)."""
        found = self._lines.get(k)
        if found is None:
            shown = self.blocks[k]
            layout = shown.block.layout()
            if layout.lineCount() == 0:
                view.blockBoundingGeometry(shown.block)  # re-highlighted: lay it out again
            starts, boxes = [], []
            for number in range(layout.lineCount()):
                line = layout.lineAt(number)
                top = shown.top + line.y()
                starts.append(line.textStart())
                boxes.append((top, top + line.height()))
            found = self._lines[k] = (starts, boxes)
        return found
