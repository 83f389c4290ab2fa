"""Which stretches of an old text survive in its new version, and where they went.

The blocks come from ``core.block_diff`` (a coarse-to-fine diff with move detection),
taken through formatting by combining marks (``core.overlay_marks``).

The result maps old offsets to new ones: :meth:`Alignment.pieces` gives the parts of an
old span that survive, with their new places; :meth:`Alignment.unaligned_share` tells how
much of a new span is text that no old text maps to (inserted, or not comparable).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from operator import attrgetter, gt

from desktop_app.core.anchoring import trim_span
from desktop_app.core.block_diff import EDITED_IN_PLACE as EDITED_IN_PLACE
from desktop_app.core.block_diff import MOVE_MIN as MOVE_MIN
from desktop_app.core.block_diff import Block as Block
from desktop_app.core.block_diff import surviving_blocks
from desktop_app.core.copy_index import CopyIndex
from desktop_app.core.haystack import Haystack, remembering
from desktop_app.core.overlay_marks import (
    has_overlay_marks,
    only_overlay_marks,
    through_overlay_marks,
)
from desktop_app.core.text_lines import text_lines
from desktop_app.core.twin_line_moves import twin_lines_repaired

#: Shortest unaligned stretch looked for in the old text by ``Alignment.was_elsewhere``.
MOVED_GAP = 16
#: Code points around inserted text searched with it (``Alignment.inserted``).
AROUND_INSERTED = 64

#: Least share of a new line that no old text maps to for the whole line to count as
#: inserted (``Alignment.inserted_lines``).
PARTLY_NEW = 0.4

#: A sentence within a line (its white space around it included).
SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")


class Alignment:
    """Surviving blocks of an old text in a new one, searchable from either side."""

    def __init__(self, old: str, new: str) -> None:
        blocks = twin_lines_repaired(old, new, through_overlay_marks(old, new, surviving_blocks))
        self._old_length = len(old)
        self.old = old
        self.new = new
        self.blocks = sorted(blocks, key=attrgetter("old"))
        #: Whether a repeated line was paired with one of two copies in doubt.
        self.in_doubt = any(block.doubtful for block in blocks)
        self._old_starts = [b.old for b in self.blocks]
        by_new = sorted(self.blocks, key=attrgetter("new"))
        #: Whether the new text holds overlay marks at all (most do not: then no stretch
        #: of it needs them folded out).
        self.new_marked = has_overlay_marks(new)
        self._new_starts, self._new_ends = _covered(new, by_new, self.new_marked)
        self._haystacks: dict[int, Haystack] = {}
        self._lost_lines: dict[int, list[str]] = {}
        self._inserted_lines: dict[int, tuple[list[tuple[int, int]], list[str]]] = {}
        #: Finds copies of a string in the new text (indexed once it is asked often).
        self.copies = CopyIndex(new)
        self._line_counts: tuple[Counter[str], Counter[str]] | None = None
        self._unpaired_lines: list[str] | None = None
        self._lost: list[tuple[int, int]] | None = None
        self._lost_at_least: dict[int, list[tuple[int, int]]] = {}
        self._unaligned: list[tuple[int, int]] | None = None

    def pieces(self, start: int, end: int) -> list[Block]:
        """The surviving parts of old ``[start, end)``, in old order, clipped to it."""
        found: list[Block] = []
        blocks = self.blocks
        index = bisect_right(self._old_starts, start) - 1
        if index < 0:
            index = 0
        if index < len(blocks):
            # a block's fields unpacked at once (a named tuple's are read a call each)
            old, new, length, moved, doubtful = blocks[index]
            if old <= start and end <= old + length:  # the common case
                return [Block(start, start + new - old, end - start, moved, doubtful)]
        for old, new, length, moved, doubtful in blocks[
            index : bisect_left(self._old_starts, end, index)
        ]:  # the blocks that start before ``end``, clipped (comparisons: no calls)
            lo = start if start > old else old
            hi = end if end < old + length else old + length
            if lo < hi:
                found.append(Block(lo, new + lo - old, hi - lo, moved, doubtful))
        return found

    def whole_piece(self, start: int, end: int) -> Block | None:
        """All of old ``[start, end)`` as one surviving piece, when one block holds it (what
        :meth:`pieces` then returns alone), else None: one look-up, however many blocks
        the span crosses."""
        index = bisect_right(self._old_starts, start) - 1
        if index < 0:
            index = 0
        if index >= len(self.blocks):
            return None
        old, new, length, moved, doubtful = self.blocks[index]
        if not (old <= start and end <= old + length):
            return None
        return Block(start, start + new - old, end - start, moved, doubtful)

    def shift_at(self, offset: int) -> int | None:
        """How far the character at old ``offset`` moved (``shifted(offset) - offset``),
        when it survives (``pieces(offset, offset + 1)`` holds it), else None."""
        index = bisect_right(self._old_starts, offset) - 1
        if index < 0:
            return None
        old, new, length, _, _ = self.blocks[index]
        if old <= offset < old + length:
            return new - old
        return None

    def shift_over(self, start: int, end: int) -> int | None:
        """How far all of old ``[start, end)`` moved, when every character of it survived
        and moved by as much (in one block or in several that meet, none of them in
        doubt), else None."""
        blocks = self.blocks
        index = bisect_right(self._old_starts, start) - 1
        if index < 0:
            index = 0
        count = len(blocks)
        shift: int | None = None
        at = start
        while at < end and index < count:
            old, new, length, _, doubtful = blocks[index]
            if old > at or old + length <= at or doubtful:
                return None
            if shift is None:
                shift = new - old
            elif new - old != shift:
                return None
            at = old + length
            index += 1
        return shift if at >= end else None

    def shifted(self, offset: int) -> int:
        """A new offset for old ``offset``: through the nearest block at or before it."""
        index = bisect_right(self._old_starts, offset) - 1
        if index < 0:
            return offset
        block = self.blocks[index]
        return block.new + min(offset - block.old, block.length)

    def support(self, start: int, end: int, new_start: int, new_end: int, reach: int) -> float:
        """The share of old text within ``reach`` of old ``[start, end)`` that survives
        within ``2 * reach`` of new ``[new_start, new_end)``: how much of the surroundings
        came along (nearly nothing when a whole text was replaced)."""
        whole, kept = self._surroundings(start, end, new_start, new_end, reach)
        return sum(kept) / whole

    def supported(
        self, start: int, end: int, new_start: int, new_end: int, reach: int, least: float
    ) -> bool:
        """Whether :meth:`support` is ``least`` or more, told as soon as the blocks read so
        far hold that share (the surroundings of most placements came along: the first few
        blocks tell)."""
        whole, pieces = self._surroundings(start, end, new_start, new_end, reach)
        kept = 0
        for length in pieces:  # the share only grows, so the first time it is enough tells
            kept += length
            if kept / whole >= least:
                return True
        return kept / whole >= least  # no block came along near (or none is needed)

    def _surroundings(
        self, start: int, end: int, new_start: int, new_end: int, reach: int
    ) -> tuple[int, Iterator[int]]:
        """How much old text lies within ``reach`` of old ``[start, end)``, and the lengths
        of its pieces that survive within ``2 * reach`` of new ``[new_start, new_end)``, block
        by block (as ``pieces(lo, hi)`` clips them, without making each piece: a hot path)."""
        lo, hi = max(0, start - reach), end + reach
        near_lo, near_hi = new_start - 2 * reach, new_end + 2 * reach
        index = max(0, bisect_right(self._old_starts, lo) - 1)
        blocks = self.blocks[index : bisect_left(self._old_starts, hi, index)]

        def kept() -> Iterator[int]:
            for old, new, length, _, _ in blocks:
                first = lo if lo > old else old
                last = hi if hi < old + length else old + length
                if first < last and near_lo <= new + first - old and new + last - old <= near_hi:
                    yield last - first

        return max(1, min(hi, self._old_length) - lo), kept()

    def was_elsewhere(self, start: int, end: int, own: tuple[int, int] = (0, 0)) -> bool:
        """Whether new ``[start, end)`` (not aligned) is found word for word in the old text
        where the old text did not survive: text moved in from elsewhere, not typed in or
        copied. Text that stood inside old ``own`` (a passage whose parts were reordered:
        names of a list sorted) is not from elsewhere."""
        gap = self.new[start:end].strip()
        if len(gap) < MOVED_GAP:
            return False
        at = self.old.find(gap)
        while at != -1:
            inside = own[0] <= at and at + len(gap) <= own[1]
            if not inside and self._old_aligned(at, at + len(gap)) * 2 < len(gap):
                return True
            at = self.old.find(gap, at + 1)
        return False

    def lost_lines(self, longer_than: int) -> list[str]:
        """The parts of old lines longer than ``longer_than`` that did not survive (made
        once per length)."""
        if longer_than not in self._lost_lines:
            old, lost = self.old, []
            reached = 0
            for block in [*self.blocks, Block(len(old), 0, 0)]:
                if block.old > reached:
                    parts = old[reached : block.old].split("\n")
                    lost += [part for part in parts if len(part) > longer_than]
                reached = max(reached, block.old + block.length)
            self._lost_lines[longer_than] = lost
        return self._lost_lines[longer_than]

    def inserted_lines(self, longer_than: int) -> tuple[list[tuple[int, int]], list[str]]:
        """The parts of new lines longer than ``longer_than`` that no old text maps to, and
        the whole new lines that are :data:`PARTLY_NEW` or more such text (a line typed
        anew whose first words the diff matched to a neighbour's), white space at their
        ends aside: their spans and their texts (made once per length)."""
        if longer_than not in self._inserted_lines:
            text = self.new
            spans: set[tuple[int, int]] = set()
            lines_read: set[int] = set()  # a line with typos all through it is read once
            for lo, hi in self.unaligned():
                at = lo
                for part in text[lo:hi].split("\n"):
                    first, last = trim_span(text, at, at + len(part))
                    at += len(part) + 1
                    if last - first > longer_than:
                        spans.add((first, last))
                    elif first < last:
                        line_lo = text.rfind("\n", 0, first) + 1
                        if line_lo in lines_read:
                            continue
                        lines_read.add(line_lo)
                        line_hi = text.find("\n", last)
                        line = trim_span(text, line_lo, len(text) if line_hi == -1 else line_hi)
                        if line[1] - line[0] > longer_than and (
                            self.unaligned_share(*line) >= PARTLY_NEW
                        ):
                            spans.add(line)
            ordered = sorted(spans)
            self._inserted_lines[longer_than] = (ordered, [text[lo:hi] for lo, hi in ordered])
        return self._inserted_lines[longer_than]

    def line_counts(self) -> tuple[Counter[str], Counter[str]]:
        """How often each line (white space at its ends aside) stands in the old text and
        in the new one (counted once, when first asked)."""
        if self._line_counts is None:
            self._line_counts = (
                Counter(text_lines(self.old).stripped),
                Counter(text_lines(self.new).stripped),
            )
        return self._line_counts

    def unpaired_lines(self) -> list[str]:
        """The lines (white space at their ends aside) that stand in only one of the two
        texts: typed, edited or deleted, shortest first (made once, when first asked)."""
        if self._unpaired_lines is None:
            old_counts, new_counts = self.line_counts()
            unpaired = old_counts.keys() ^ new_counts.keys()
            self._unpaired_lines = sorted((line for line in unpaired if line), key=_by_length)
        return self._unpaired_lines

    def _old_aligned(self, start: int, end: int) -> int:
        """How many characters of old ``[start, end)`` survive somewhere."""
        return sum(piece.length for piece in self.pieces(start, end))

    def lost(self) -> list[tuple[int, int]]:
        """The stretches of the old text that survive nowhere in the new one, in order
        (made once, when first asked)."""
        if self._lost is None:
            stretches: list[tuple[int, int]] = []
            reached = 0
            for block in [*self.blocks, Block(self._old_length, 0, 0)]:
                if block.old > reached:
                    stretches.append((reached, block.old))
                reached = max(reached, block.old + block.length)
            self._lost = stretches
        return self._lost

    def lost_at_least(self, least: int) -> list[tuple[int, int]]:
        """The stretches of :meth:`lost` of ``least`` code points or more, in order (made
        once per length: a text with typos all through it loses many short ones)."""
        found = self._lost_at_least.get(least)
        if found is None:
            found = self._lost_at_least[least] = [
                (start, end) for start, end in self.lost() if end - start >= least
            ]
        return found

    def unaligned(self) -> list[tuple[int, int]]:
        """The stretches of the new text that no old text maps to, in order (worked out
        once: several tables of an update read them; no reader changes the list)."""
        if self._unaligned is None:
            stretches: list[tuple[int, int]] = []
            reached = 0
            ends = [*zip(self._new_starts, self._new_ends, strict=True), (len(self.new), 0)]
            for start, end in ends:
                if start > reached:
                    stretches.append((reached, start))
                reached = max(reached, end)
            self._unaligned = stretches
        return self._unaligned

    def inserted(self, least: int = 1) -> Haystack:
        """The stretches of the new text that no old text maps to, each widened by
        :data:`AROUND_INSERTED` on both sides (those that meet are one), to search in:
        a passage mostly in inserted text has pieces there. Stretches holding fewer than
        ``least`` inserted code points are left out (nothing that long fits in them); the
        whole new text when they make up most of it. Made once per power of two of
        ``least``."""
        least = 1 << max(0, least).bit_length() >> 1
        haystack = self._haystacks.get(least)
        if haystack is None:
            stretches: list[tuple[int, int]] = []
            holding: list[int] = []
            reached = 0
            ends = [*zip(self._new_starts, self._new_ends, strict=True), (len(self.new), 0)]
            for start, end in ends:
                if start > reached:
                    lo = max(0, reached - AROUND_INSERTED)
                    hi = min(len(self.new), start + AROUND_INSERTED)
                    if stretches and lo <= stretches[-1][1]:
                        lo = stretches.pop()[0]
                        holding[-1] += start - reached
                    else:
                        holding.append(start - reached)
                    stretches.append((lo, hi))
                reached = max(reached, end)
            kept = [s for s, count in zip(stretches, holding, strict=True) if count >= least]
            whole = sum(hi - lo for lo, hi in kept) * 2 > len(self.new)
            # remembering where each string stands (the same starts, each string read once
            # per text); the whole text's haystack is the one every search of it shares
            haystack = remembering(self.new) if whole else Haystack(self.new, kept, remember=True)
            self._haystacks[least] = haystack
        return haystack

    def spans_meeting_unaligned(self, spans: list[tuple[int, int]]) -> list[int] | None:
        """The indexes of ``spans`` (of the new text, sorted by start) that some stretch of
        :meth:`unaligned` meets, in order: every other span reads 0 or less by
        :meth:`unaligned_share` (its blocks cover it). None when the blocks nest in the new
        text (their ends out of order: then :meth:`unaligned_share` may pass over some)."""
        ends = self._new_ends
        if any(map(gt, ends, ends[1:])):  # one pass in C: nested blocks are rare
            return None
        starts = [start for start, _ in spans]
        found: list[int] = []
        for lo, hi in self.unaligned():
            # the spans that start before the stretch ends, from the last one starting at
            # or before it (the spans before that end before the stretch starts)
            first = max(0, bisect_right(starts, lo) - 1)
            for index in range(first, bisect_left(starts, hi)):
                if spans[index][1] > lo and (not found or found[-1] < index):
                    found.append(index)
        return found

    def unaligned_share(self, start: int, end: int) -> float:
        """The share of new ``[start, end)`` that no surviving old text maps to."""
        if end <= start:
            return 0.0
        covered = 0
        index = bisect_left(self._new_ends, start + 1)
        stop = bisect_left(self._new_starts, end, index)
        for lo, hi in zip(self._new_starts[index:stop], self._new_ends[index:stop], strict=True):
            lo = start if start > lo else lo  # comparisons, not calls to max and min
            hi = end if end < hi else hi
            if hi > lo:
                covered += hi - lo
        return 1.0 - covered / (end - start)


def _covered(new: str, by_new: list[Block], marked: bool) -> tuple[list[int], list[int]]:
    """Where the stretches of the new text that old text maps to start and end: the
    blocks in new order, those that only overlay marks part (a run struck through since:
    formatting, not inserted text) taken as one (``marked``: whether the new text holds
    overlay marks at all)."""
    starts = [b.new for b in by_new]
    ends = [b.new + b.length for b in by_new]
    if not marked:
        return starts, ends
    merged_starts: list[int] = []
    merged_ends: list[int] = []
    for start, end in zip(starts, ends, strict=True):
        if (
            merged_ends
            and start > merged_ends[-1]
            and only_overlay_marks(new, merged_ends[-1], start)
        ):
            merged_ends[-1] = end
        else:
            merged_starts.append(start)
            merged_ends.append(end)
    return merged_starts, merged_ends


def _by_length(line: str) -> tuple[int, str]:
    return len(line), line
