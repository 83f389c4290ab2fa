"""Update path: a stock line placed under another item's head taken back under its own head.

A forecast's areas sorted by name, a list of entries re-sorted: each item moves whole, its
head line first ("Lands End to St Davids Head"), and its body lines read word for word as
other items' ("Sea state: Slight or moderate."). When the item was also edited (a typo, a
figure), the diff may pair its stock line with the copy under another item's head, which
stood there in the old text too. Here a passage inside one old paragraph, below its head
line, placed by the diff inside another new paragraph, is taken to the same lines under its
own head when: its head line went to one new paragraph head (the diff carried it there
whole, or mostly lost it while leaving mostly unaligned the one new head reading the same,
the only old head of those words it lost so: heads recur from run to run, so the diff, not
the words alone, tells which is which); the paragraph it was placed in has a head that came
so from another old paragraph, which held, at the same lines (or up to :data:`LINES_APART`
lines off: a header row typed in, a line dropped), what the placement covers (that item's
own lines, carried along with it, not the passage's moved there); and lines at the same
place under its own head (the nearest, as far off) read as the passage's lines do (figures
and typos aside); and each item read whole went with its head (the passage's old paragraph
more like the one under its head now than like the one it was placed in, which reads more
like its own head's old paragraph): labels typed over as items swap ("Verse 6:" renumbered
to head verse 5's lines) are not heads an item follows. The passage keeps its offsets on
those lines (its end counted from its last line's end); a placement there reading less than
:data:`LEAST_ALIKE` like the quote goes to review.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from rapidfuzz.distance import Indel

from desktop_app.core.alignment import Alignment
from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.update_paragraph_copies import BREAK

#: Least likeness (Indel) of a line under its own head to the passage's old line, and of
#: the placed item's lines to its old ones, for the two to be the same item's line.
LINE_ALIKE = 0.8
#: How many lines a run may stand from its place in its paragraph and still be its lines.
LINES_APART = 2
#: Least share of a new head line no old text maps to for it to count as put there anew.
MOSTLY_NEW = 0.5
#: Least likeness of the passage's new text to its quote for a placement (else review).
LEAST_ALIKE = 0.8

Span = tuple[int, int]


def _line_starts(text: str, span: Span) -> list[int]:
    """The starts of the lines of ``text[span]`` (the first at the span's start)."""
    starts = [span[0]]
    at = text.find("\n", span[0], span[1])
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1, span[1])
    return starts


def _line_end(text: str, span: Span, start: int) -> int:
    """The end of the line of ``text[span]`` starting at ``start`` (its break left out)."""
    end = text.find("\n", start, span[1])
    return span[1] if end < 0 else end


class _Paragraphs:
    """The paragraphs of a text (as ``paragraph_spans`` reads them), by start; their head
    lines read when asked (most placements ask for two)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.parts = text.split(BREAK)
        self.starts = list(accumulate(map(len, self.parts[:-1]), _after_break, initial=0))
        self._by_head: dict[str, list[int]] | None = None

    def span(self, index: int) -> Span:
        """Where paragraph ``index`` stands."""
        return self.starts[index], self.starts[index] + len(self.parts[index])

    def head(self, index: int) -> str:
        """The first line of paragraph ``index``."""
        return self.parts[index].partition("\n")[0]

    def headed_by(self, head: str) -> list[int]:
        """The indices of the paragraphs whose first line is ``head``."""
        if self._by_head is None:
            self._by_head = {}
            for index in range(len(self.parts)):
                self._by_head.setdefault(self.head(index), []).append(index)
        return self._by_head.get(head, [])

    def around(self, start: int, end: int) -> int | None:
        """The index of the paragraph holding ``[start, end)``, if one does."""
        index = bisect_right(self.starts, start) - 1
        if index < 0 or end > self.starts[index] + len(self.parts[index]):
            return None
        return index

    def at(self, start: int) -> int | None:
        """The index of the paragraph starting at ``start``, if one does."""
        index = bisect_right(self.starts, start) - 1
        return index if index >= 0 and self.starts[index] == start else None

    def lines(self, index: int) -> list[Span]:
        """The spans of paragraph ``index``'s lines."""
        span = self.span(index)
        return [(at, _line_end(self.text, span, at)) for at in _line_starts(self.text, span)]


def _after_break(start: int, length: int) -> int:
    """The start of the paragraph after one starting at ``start`` of ``length`` characters."""
    return start + length + len(BREAK)


def _alike(a: str, b: str) -> bool:
    return a == b or Indel.normalized_similarity(a, b) >= LINE_ALIKE


def _where_alike(lines: list[str], wanted: list[str], near: int) -> int | None:
    """Where in ``lines`` the run ``wanted`` stands, at ``near`` or up to
    :data:`LINES_APART` lines from it (a header row typed in, a line dropped): word for
    word, the nearest first, else line by line alike (see :func:`_alike`), the nearest
    first (lines of one item that differ by a figure read alike); None when nowhere."""
    places = [near]
    for apart in range(1, LINES_APART + 1):
        places += [near + apart, near - apart]
    places = [at for at in places if at >= 1 and at + len(wanted) <= len(lines)]  # no head
    for at in places:
        if lines[at : at + len(wanted)] == wanted:
            return at
    for at in places:
        if all(_alike(line, want) for line, want in zip(lines[at:], wanted, strict=False)):
            return at
    return None


class ItemHeads:
    """The paragraphs of an update's two texts, read when a placement first needs them."""

    def __init__(self, alignment: Alignment) -> None:
        self.alignment = alignment
        self.old, self.new = alignment.old, alignment.new
        self._paragraphs: tuple[_Paragraphs, _Paragraphs] | None = None

    def _read(self) -> tuple[_Paragraphs, _Paragraphs]:
        if self._paragraphs is None:
            self._paragraphs = (_Paragraphs(self.old), _Paragraphs(self.new))
        return self._paragraphs

    def _lost(self, paragraphs: _Paragraphs, head: str) -> list[int]:
        """The old paragraphs headed by ``head`` whose head the diff mostly lost (it may
        pair a few letters of it with the head typed over it)."""
        found = []
        for index in paragraphs.headed_by(head):
            start = paragraphs.starts[index]
            kept = sum(piece.length for piece in self.alignment.pieces(start, start + len(head)))
            if kept * 2 <= len(head):
                found.append(index)
        return found

    def _unaligned(self, paragraphs: _Paragraphs, head: str) -> list[int]:
        """The new paragraphs headed by ``head`` whose head old text mostly does not map to."""
        return [
            index
            for index in paragraphs.headed_by(head)
            if self.alignment.unaligned_share(
                paragraphs.starts[index], paragraphs.starts[index] + len(head)
            )
            >= MOSTLY_NEW
        ]

    def _head_went(self, old_index: int) -> int | None:
        """The new paragraph the head of old paragraph ``old_index`` went to, by the diff."""
        old_paragraphs, new_paragraphs = self._read()
        head = old_paragraphs.head(old_index)
        start = old_paragraphs.starts[old_index]
        piece = self.alignment.whole_piece(start, start + len(head))
        if piece is not None:
            return new_paragraphs.at(piece.new)
        lost = self._lost(old_paragraphs, head)
        unaligned = self._unaligned(new_paragraphs, head)
        if lost == [old_index] and len(unaligned) == 1:
            return unaligned[0]
        return None

    def _head_came(self, new_index: int) -> int | None:
        """The old paragraph whose head the head of new paragraph ``new_index`` is."""
        old_paragraphs, new_paragraphs = self._read()
        head = new_paragraphs.head(new_index)
        start = new_paragraphs.starts[new_index]
        unaligned = self._unaligned(new_paragraphs, head)
        if unaligned == [new_index]:
            lost = self._lost(old_paragraphs, head)
            return lost[0] if len(lost) == 1 else None
        for old_index in old_paragraphs.headed_by(head):
            old_start = old_paragraphs.starts[old_index]
            piece = self.alignment.whole_piece(old_start, old_start + len(head))
            if piece is not None and piece.new == start:
                return old_index
        return None

    def _items_moved(
        self, old_index: int, own_index: int, other_old: int, placed_index: int
    ) -> bool:
        """Whether each item, read whole, went with its head: the passage's old paragraph
        reads more like the one under its head now than like the one it was placed in, and
        that one more like its own head's old paragraph than like the passage's (a label
        typed over as items swap, "Verse 6:" now heading verse 5's lines, heads nothing)."""
        old_paragraphs, new_paragraphs = self._read()
        passage_item = old_paragraphs.parts[old_index]
        other_item = old_paragraphs.parts[other_old]
        own_now = new_paragraphs.parts[own_index]
        placed_now = new_paragraphs.parts[placed_index]
        beside = Indel.normalized_similarity(passage_item, placed_now)
        return (
            Indel.normalized_similarity(passage_item, own_now) > beside
            and Indel.normalized_similarity(other_item, placed_now) > beside
        )

    def followed(self, start: int, end: int, placement: Placement) -> Placement:
        """``placement`` of old ``[start, end)`` taken to the same lines under the passage's
        own head when it lies under another item's head (see the module); else as it was."""
        if placement.state not in PLACED_STATES or end <= start:
            return placement
        old_paragraphs, new_paragraphs = self._read()
        old_index = old_paragraphs.around(start, end)
        placed_index = new_paragraphs.around(placement.start, placement.end)
        if old_index is None or placed_index is None:
            return placement
        head = old_paragraphs.head(old_index)
        placed_head = new_paragraphs.head(placed_index)
        if placed_head == head or not head.strip() or not placed_head.strip():
            return placement  # under its own head (the common case), or no heads to follow
        old_lines = old_paragraphs.lines(old_index)
        line_starts = [lo for lo, _ in old_lines]
        first = bisect_right(line_starts, start) - 1
        last = bisect_right(line_starts, end - 1) - 1
        if first < 1:
            return placement  # the passage holds its head: the diff followed that
        placed_lines = new_paragraphs.lines(placed_index)
        placed_starts = [lo for lo, _ in placed_lines]
        placed_first = bisect_right(placed_starts, placement.start) - 1
        placed_last = bisect_right(placed_starts, placement.end - 1) - 1
        if placed_last - placed_first != last - first:
            return placement  # not on as many lines of the other item
        own_index = self._head_went(old_index)
        other_old = self._head_came(placed_index)
        if own_index is None or other_old is None or other_old == old_index:
            return placement
        if not self._items_moved(old_index, own_index, other_old, placed_index):
            return placement
        old_texts = [self.old[lo:hi] for lo, hi in old_lines[first : last + 1]]
        placed_texts = [self.new[lo:hi] for lo, hi in placed_lines[placed_first : placed_last + 1]]
        other_texts = [self.old[lo:hi] for lo, hi in old_paragraphs.lines(other_old)]
        if _where_alike(other_texts, placed_texts, placed_first) is None:
            return placement  # the placed lines are not that item's own: moved there
        own_lines = new_paragraphs.lines(own_index)
        own_first = _where_alike([self.new[lo:hi] for lo, hi in own_lines], old_texts, first)
        if own_first is None:
            return placement  # its own item's lines read otherwise now
        own_last = own_first + last - first
        lo, hi = own_lines[own_first], own_lines[own_last]
        new_start = min(lo[0] + start - old_lines[first][0], lo[1])
        new_end = max(hi[1] - (old_lines[last][1] - end), hi[0])
        if new_end <= new_start:
            return placement
        quote = self.old[start:end]
        placed = self.new[new_start:new_end]
        if placed == quote:
            return Placement("moved", new_start, new_end, 1.0)
        score = Indel.normalized_similarity(quote, placed)
        return Placement("fuzzy" if score >= LEAST_ALIKE else "review", new_start, new_end, score)
