"""Update path: a placement across a blank line whose far piece ends another paragraph."""

from __future__ import annotations

from bisect import bisect_right
from operator import attrgetter

from desktop_app.core.alignment import Alignment, Block
from desktop_app.core.quote_search import PLACED_STATES, Placement

#: A paragraph break: a blank line.
BREAK = "\n\n"
#: Fewest code points of the rest of the far piece's paragraph that the diff must have
#: taken from the old text for where they came from to tell anything (a few words).
EVIDENCE = 8


class ForeignEdges:
    """Reads, for placements by the diff that cross a blank line, where the rest of the
    paragraph holding their far piece came from. A passage across a blank line has a
    piece before its first break (the end of a paragraph: a post's last line) and one
    after its last (the head of the next: a name, a number). When the rest of the
    paragraph that such a piece now stands in is text the diff took from the old text,
    but none of it from the passage's own paragraph or the one beside it on that side,
    the piece now ends (starts) another paragraph that only shares its words (posts
    re-sorted, a restatement deleted, every post signed alike), and whether the passage
    still reaches over that blank line the text does not settle: review, the best guess
    kept. Most texts never ask: the blocks are put in new order when first needed."""

    def __init__(self, alignment: Alignment) -> None:
        self._alignment = alignment
        self._by_new: list[Block] | None = None
        self._new_starts: list[int] = []

    def reviewed(self, old_start: int, old_end: int, placement: Placement) -> Placement:
        """``placement`` of old ``[old_start, old_end)`` sent to review when one of its far
        pieces stands in another paragraph (see the class); else as it is."""
        if placement.state not in PLACED_STATES:
            return placement
        if self.piece_in_another_paragraph(old_start, old_end, placement.start, placement.end):
            return placement._replace(state="review")
        return placement

    def piece_in_another_paragraph(
        self, old_start: int, old_end: int, start: int, end: int
    ) -> bool:
        """Whether new ``[start, end)``, placed for old ``[old_start, old_end)``, crosses a
        blank line and its piece before the first break (after the last), the lesser part
        of it and holding a letter or digit (a lone full stop tells nothing), stands in a
        paragraph whose other text the diff took from the old text (:data:`EVIDENCE` code
        points at least) and none of it from before (after) the passage within its own
        paragraph and the one before (after) it."""
        alignment = self._alignment
        old, new = alignment.old, alignment.new
        first = new.find(BREAK, start, end)
        if first < 0:
            return False
        if _a_lesser_piece_with_words(new, start, first, end - start):
            paragraph = new.rfind(BREAK, 0, start)
            own = old.rfind(BREAK, 0, old_start)
            before_own = old.rfind(BREAK, 0, max(0, own))
            near = (0 if own < 0 or before_own < 0 else before_own + len(BREAK), old_start)
            if self._foreign(0 if paragraph < 0 else paragraph + len(BREAK), start, near):
                return True
        last = new.rfind(BREAK, start, end) + len(BREAK)
        if _a_lesser_piece_with_words(new, last, end, end - start):
            paragraph = new.find(BREAK, end)
            own = old.find(BREAK, old_end)
            after_own = old.find(BREAK, own + len(BREAK)) if own >= 0 else -1
            near = (old_end, len(old) if after_own < 0 else after_own)
            if self._foreign(end, len(new) if paragraph < 0 else paragraph, near):
                return True
        return False

    def _foreign(self, lo: int, hi: int, near: tuple[int, int]) -> bool:
        """Whether at least :data:`EVIDENCE` code points of new ``[lo, hi)`` come from old
        text and none of them from old ``near``."""
        if hi - lo < EVIDENCE:
            return False
        taken = 0
        for old_lo, old_hi in self._sources(lo, hi):
            if old_lo < near[1] and near[0] < old_hi:
                return False
            taken += old_hi - old_lo
        return taken >= EVIDENCE

    def _sources(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The old spans that the diff took new ``[lo, hi)`` from, piece by piece."""
        if self._by_new is None:
            self._by_new = sorted(self._alignment.blocks, key=attrgetter("new"))
            self._new_starts = [block.new for block in self._by_new]
        blocks = self._by_new
        found: list[tuple[int, int]] = []
        index = max(0, bisect_right(self._new_starts, lo) - 1)
        while index < len(blocks) and blocks[index].new < hi:
            block = blocks[index]
            first, last = max(lo, block.new), min(hi, block.new + block.length)
            if first < last:
                found.append((block.old + first - block.new, block.old + last - block.new))
            index += 1
        return found


def _a_lesser_piece_with_words(new: str, lo: int, hi: int, placed: int) -> bool:
    """Whether new ``[lo, hi)`` is under half of a placement ``placed`` code points long
    and holds a letter or digit."""
    return lo < hi and (hi - lo) * 2 < placed and any(map(str.isalnum, new[lo:hi]))
