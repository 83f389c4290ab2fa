"""Makes the blocks near a pane's viewport ready while the reader pauses: highlighted and laid out.

Highlights are laid lazily (``highlighter``), and Qt lays a block's lines out when it is
first measured or painted; a page scrolled into view would pay for both. Once the reader
has not scrolled for a moment, this walks the blocks nearest the viewport first (below
before above), a few per turn of the event loop, highlighting those still pending and
laying out any without lines. Re-highlighting a block drops the lines of the blocks after
it too (Qt reports twice the block's length as changed), so those are laid out again at
once. The walk stops :data:`AHEAD_BLOCKS` away: laid-out lines cost memory (~55 MB for all
of a 1 MB article).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain, zip_longest

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextBlock
from PySide6.QtWidgets import QPlainTextEdit

from desktop_app.ui.reading.highlighter import AnnotationHighlighter

#: Blocks each side of the viewport made ready ahead.
AHEAD_BLOCKS = 400
#: Blocks made ready per turn of the event loop (each a few tenths of a millisecond).
AHEAD_CHUNK = 8
#: Blocks looked at per turn, ready or not (a walk over blocks already ready, after any
#: paint, must not hold the event loop either).
AHEAD_LOOKS = 64
#: Quiet time after a paint before the walk (re)starts: none while scrolling goes on.
AHEAD_AFTER_MS = 60


class ReadingAhead(QObject):
    """The walk of one pane; :meth:`painted` (re)starts it from where the viewport is."""

    def __init__(
        self, view: QPlainTextEdit, highlighter: AnnotationHighlighter, visible: range
    ) -> None:
        super().__init__(view)
        self._view = view
        self._highlighter = highlighter
        self._visible = visible
        self._walk: Iterator[int] | None = None
        self._timer = QTimer(self, singleShot=True, interval=AHEAD_AFTER_MS)
        self._timer.timeout.connect(self._step)

    def painted(self, visible: range) -> None:
        """The pane painted ``visible`` (block numbers): walk from there once it is quiet."""
        self._visible = visible
        self._walk = None
        self._timer.start(AHEAD_AFTER_MS)

    def reach(self) -> range:
        """The block numbers the walk covers."""
        visible = self._visible
        return range(max(0, visible.start - AHEAD_BLOCKS), visible.stop + AHEAD_BLOCKS)

    def ready(self) -> bool:
        """True when every block within reach is highlighted and laid out."""
        document = self._view.document()
        reach = self.reach()
        block = document.findBlockByNumber(reach.start)
        while block.isValid() and block.blockNumber() < reach.stop:
            number = block.blockNumber()
            if number in self._highlighter.pending or not _laid_out(block):
                return False
            block = block.next()
        return True

    def _nearest_first(self) -> Iterator[int]:
        visible = self._visible
        below = range(visible.stop, visible.stop + AHEAD_BLOCKS)
        above = range(visible.start - 1, max(-1, visible.start - 1 - AHEAD_BLOCKS), -1)
        inside = range(visible.start, visible.stop)
        walk = chain(inside, chain.from_iterable(zip_longest(below, above)))
        return (n for n in walk if n is not None)

    def _step(self) -> None:
        if self._walk is None:
            self._walk = self._nearest_first()
        done = 0
        for looked, number in enumerate(self._walk, start=1):
            if self._make_ready(number):
                done += 1
            if done >= AHEAD_CHUNK or looked >= AHEAD_LOOKS:
                self._timer.start(0)
                return
        self._walk = None

    def _make_ready(self, number: int) -> bool:
        """Highlight block ``number`` if pending and lay out it and any block its
        re-highlighting left without lines; True when there was anything to do."""
        document = self._view.document()
        block = document.findBlockByNumber(number)
        if not block.isValid():
            return False
        layout_of = document.documentLayout()
        if number not in self._highlighter.pending:
            # Nothing re-highlighted: only this block's own lines to check (the blocks after
            # it are looked at in their turn; a walk after a pause mostly finds all ready).
            if _laid_out(block):
                return False
            layout_of.blockBoundingRect(block)  # lays the block out
            return True
        self._highlighter.ensure(range(number, number + 1))
        changed_to = block.position() + 2 * block.length()
        while block.isValid() and block.position() < changed_to:
            if not _laid_out(block):
                layout_of.blockBoundingRect(block)  # lays the block out
            block = block.next()
        return True


def _laid_out(block: QTextBlock) -> bool:
    """True when the block has its lines (a hidden block needs none)."""
    return not block.isVisible() or block.layout().lineCount() > 0
