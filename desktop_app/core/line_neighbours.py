"""Whether a passage placed through a diff stayed among the lines it stood between."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from desktop_app.core.alignment import EDITED_IN_PLACE, MOVE_MIN, Alignment
from desktop_app.core.page_furniture import without_page_furniture
from desktop_app.core.text_lines import text_lines

#: How far (code points) a passage may have moved beyond the text around its line and
#: still be taken for the same copy of it.
NEIGHBOUR_SHIFT = 64
#: Least share of a new line that no old text maps to for it to count as unmatched.
UNMATCHED = 0.5


class Lines:
    """Where the lines of a text start and end (a line ends before its line break)."""

    def __init__(self, text: str) -> None:
        # the text's shared table (``core.text_lines``) ends with one past the end of the
        # text, which starts no line
        self.starts = text_lines(text).starts[:-1]
        self.length = len(text)
        self.text = text
        self._surroundings: dict[int, tuple[int, int] | None] = {}
        self._surroundings_of_lines: dict[tuple[int, int], tuple[int, int] | None] = {}
        #: Per line, the index of the nearest long line before and after it (-1: none).
        self._long_before: list[int] | None = None
        self._long_after: list[int] = []

    def surroundings(self, start: int, end: int) -> tuple[int, int] | None:
        """From the last visible character before the line holding ``[start, end)`` to the
        first one after it (what must come along for the passage to have stayed among its
        neighbours), or None when the passage spans a line break or its line is the first
        or the last."""
        line = self.line_of(start, end)
        if line is None:
            return None
        if line[0] not in self._surroundings:
            self._surroundings[line[0]] = self._around(line)
        return self._surroundings[line[0]]

    def passage_surroundings(self, start: int, end: int) -> tuple[int, int] | None:
        """:meth:`surroundings` of a passage within one line, else :meth:`surroundings_of_lines`
        (one look-up of its line for both, the same tables: asked of every passage an
        update places)."""
        starts = self.starts
        index = bisect_right(starts, start) - 1
        line_end = starts[index + 1] - 1 if index + 1 < len(starts) else self.length
        if end > line_end:
            return self.surroundings_of_lines(start, end)
        line_start = starts[index]
        cached = self._surroundings
        if line_start in cached:
            return cached[line_start]
        found = cached[line_start] = self._around((line_start, line_end))
        return found

    def surroundings_of_lines(self, start: int, end: int) -> tuple[int, int] | None:
        """:meth:`surroundings` of the whole lines ``[start, end)`` touches, however many:
        from the last visible character before the first of them to the first one after
        the last (None when they include the text's first or last line)."""
        first = bisect_right(self.starts, start) - 1
        last = bisect_right(self.starts, max(start, end - 1)) - 1
        line_end = self.starts[last + 1] - 1 if last + 1 < len(self.starts) else self.length
        key = (self.starts[first], line_end)
        if key not in self._surroundings_of_lines:
            self._surroundings_of_lines[key] = self._around(key)
        return self._surroundings_of_lines[key]

    def _around(self, line: tuple[int, int]) -> tuple[int, int] | None:
        text = self.text
        before, after = line[0] - 1, line[1]
        while before >= 0 and text[before].isspace():
            before -= 1
        while after < len(text) and text[after].isspace():
            after += 1
        if before < 0 or after >= len(text):
            return None  # the first or last line: nothing on that side to have come along
        return before, after + 1

    def index_of(self, offset: int) -> int:
        """The index of the line holding ``offset``."""
        return bisect_right(self.starts, offset) - 1

    def line(self, index: int) -> tuple[int, int]:
        """Where line ``index`` starts and ends."""
        end = self.starts[index + 1] - 1 if index + 1 < len(self.starts) else self.length
        return self.starts[index], end

    def line_of(self, start: int, end: int) -> tuple[int, int] | None:
        """The line holding all of ``[start, end)``, or None when it spans a line break."""
        index = bisect_right(self.starts, start) - 1
        line_end = self.starts[index + 1] - 1 if index + 1 < len(self.starts) else self.length
        return (self.starts[index], line_end) if end <= line_end else None

    def neighbours(self, index: int) -> list[tuple[int, int]]:
        """The nearest line before and after line ``index`` (blank lines and short ones,
        under :data:`MOVE_MIN` visible code points: a time stamp or a heading, passed
        over). Every line's are worked out together, when first asked."""
        if self._long_before is None:
            self._link_long_lines()
        assert self._long_before is not None
        found: list[tuple[int, int]] = []
        before, after = self._long_before[index], self._long_after[index]
        if before != -1:
            found.append(self.line(before))
        if after != -1:
            found.append(self.line(after))
        return found

    def _link_long_lines(self) -> None:
        """For each line, the nearest long line before it and after it (one pass each way:
        with typos all through a text nearly every line is asked about)."""
        long = [len(line) >= MOVE_MIN for line in text_lines(self.text).stripped]
        before: list[int] = []
        last = -1
        for index, is_long in enumerate(long):
            before.append(last)
            if is_long:
                last = index
        after = [-1] * len(long)
        last = -1
        for index in range(len(long) - 1, -1, -1):
            after[index] = last
            if long[index]:
                last = index
        self._long_before, self._long_after = before, after


class RepeatedLines:
    """The lines (paragraphs) of a text that occur more than once in it."""

    def __init__(self, text: str) -> None:
        table = text_lines(text)
        lines, counts = table.lines, table.counts
        # only lines standing more than once are read further (most texts: the blank ones)
        repeated = {
            line for line, count in counts.items() if count > 1 and len(line.strip()) >= MOVE_MIN
        }
        self.starts: list[int] = []
        self.ends: list[int] = []
        if not repeated:
            return
        for line, start in zip(lines, table.starts, strict=False):  # in order: by start
            if line in repeated:
                self.starts.append(start)
                self.ends.append(start + len(line))

    def line_of(self, start: int, end: int) -> tuple[int, int] | None:
        """The repeated line ``[start, end)`` lies in, or None."""
        index = bisect_right(self.starts, start) - 1
        if index >= 0 and end <= self.ends[index]:
            return self.starts[index], self.ends[index]
        return None


def neighbour_shifts(
    alignment: Alignment, line: tuple[int, int], *, visible: bool = True
) -> list[int]:
    """How far the last visible character before an old line and the first one after it
    moved (for each side that survived; line breaks are alike and a diff pairs them
    anyhow). Not ``visible``: the line breaks next to the line's own."""
    text = alignment.old
    before, after = line[0] - 2, line[1] + 1
    if visible:
        before, after = line[0] - 1, line[1]
        while before >= 0 and text[before].isspace():
            before -= 1
        while after < len(text) and text[after].isspace():
            after += 1
    shifts = []
    for offset in (before, after):
        if 0 <= offset < len(text) and (shift := alignment.shift_at(offset)) is not None:
            shifts.append(shift)
    return shifts


def shift_agrees(alignment: Alignment, line: tuple[int, int], shift: int) -> bool:
    """Whether the text just before and just after an old line both moved by about
    ``shift`` too (the line stayed among its neighbours)."""
    shifts = neighbour_shifts(alignment, line, visible=False)
    return bool(shifts) and all(abs(other - shift) <= NEIGHBOUR_SHIFT for other in shifts)


def shift_agrees_as_it_reads(alignment: Alignment, line: tuple[int, int], shift: int) -> bool:
    """Whether the text just before and just after an old line both moved by about
    ``shift`` once what a copy out of a PDF put in between the line and each of them is
    taken out (``page_furniture.without_page_furniture``: a page break's running lines,
    print hyphens): the line stayed among its neighbours, a page break fell beside it."""
    old, new = alignment.old, alignment.new
    start, end = line
    agreed = False
    for offset, before in ((start - 2, True), (end + 1, False)):
        if not 0 <= offset < len(old) or (other := alignment.shift_at(offset)) is None:
            continue
        if abs(other - shift) > NEIGHBOUR_SHIFT:
            if before:
                lo, hi, gap = offset + other + 1, start + shift, start - offset - 1
            else:
                lo, hi, gap = end + shift, offset + other, offset - end
            read = without_page_furniture(old, new, lo, hi) if lo < hi else None
            if read is None or abs(len(read) - gap) > NEIGHBOUR_SHIFT:
                return False
        agreed = True
    return agreed


def a_neighbour_agrees(alignment: Alignment, line: tuple[int, int], shift: int) -> bool:
    """Whether the text just before or just after an old line (white space aside) moved
    by about ``shift`` too (the line still stands beside one of its neighbours)."""
    shifts = neighbour_shifts(alignment, line)
    return any(abs(other - shift) <= NEIGHBOUR_SHIFT for other in shifts)


class LeftBehind:
    """:func:`original_left_behind` for one alignment, remembered per line and shift (the
    passages of one paragraph share the answer)."""

    def __init__(self, alignment: Alignment, new_lines: Lines | None = None) -> None:
        self.alignment = alignment
        self._known: dict[tuple[int, int], int | None] = {}
        self._copied: dict[tuple[int, int], bool] = {}
        self._unmatched: list[tuple[int, str]] | None = None
        #: Where each of ``_unmatched``'s lines starts (sorted), to find those near a place.
        self._unmatched_starts: list[int] = []
        self._new_lines = new_lines or Lines(alignment.new)

    def __call__(self, line: tuple[int, int], shift: int) -> int | None:
        key = (line[0], shift)
        if key not in self._known:
            self._known[key] = original_left_behind(self.alignment, line, shift)
        return self._known[key]

    def edited_original_elsewhere(self, line: tuple[int, int], shift: int) -> bool:
        """Whether an old line the diff matched ``shift`` away, without both its neighbours
        coming along, has a near copy among the new lines that no old text accounts for
        (mostly unaligned), standing where one of those neighbours went: the diff may have
        matched a copy pasted elsewhere while the original, edited, was left unmatched
        among them. (A near copy far from both is another paragraph like it, edited.)"""
        key = (line[0], shift)
        if key not in self._copied:
            shifts = neighbour_shifts(self.alignment, line)
            old_line = self.alignment.old[line[0] : line[1]]
            left = len(shifts) < 2 or any(abs(other - shift) > NEIGHBOUR_SHIFT for other in shifts)
            copied = False
            if left and len(old_line.strip()) >= MOVE_MIN:
                own = self._new_lines.line_of(line[0] + shift, line[0] + shift)
                places = [line[0] + other for other in shifts]
                reach = NEIGHBOUR_SHIFT + len(old_line)
                lines = self._unmatched_lines()
                if places:  # only lines within reach of a place can be near one
                    starts = self._unmatched_starts
                    first = bisect_left(starts, min(places) - reach)
                    lines = lines[first : bisect_right(starts, max(places) + reach)]
                unmatched = [
                    text
                    for at, text in lines
                    if (own is None or at != own[0])
                    and (not places or any(abs(at - place) <= reach for place in places))
                ]
                found = process.extractOne(
                    old_line,
                    unmatched,
                    scorer=Indel.normalized_similarity,
                    score_cutoff=EDITED_IN_PLACE,
                )
                copied = found is not None
            self._copied[key] = copied
        return self._copied[key]

    def _unmatched_lines(self) -> list[tuple[int, str]]:
        """The new lines mostly made of text no old text maps to (where each starts, and
        its text)."""
        if self._unmatched is None:
            new, lines = self.alignment.new, self._new_lines
            indexes: set[int] = set()
            for lo, hi in self.alignment.unaligned():
                first = bisect_right(lines.starts, lo) - 1
                last = bisect_right(lines.starts, max(lo, hi - 1)) - 1
                indexes.update(range(first, last + 1))
            self._unmatched = [
                (lines.starts[index], new[slice(*lines.line(index))])
                for index in sorted(indexes)
                if self.alignment.unaligned_share(*lines.line(index)) >= UNMATCHED
            ]
            self._unmatched_starts = [at for at, _ in self._unmatched]
        return self._unmatched


def original_left_behind(alignment: Alignment, line: tuple[int, int], shift: int) -> int | None:
    """Where an edited original of an old line still stands among its neighbours, when the
    diff matched the line (``shift`` away, not as a block moved as a whole) to a copy
    pasted elsewhere: the new start of that line, else None (the line went along)."""
    shifts = neighbour_shifts(alignment, line)
    if len(shifts) != 2 or any(abs(other - shift) <= NEIGHBOUR_SHIFT for other in shifts):
        return None
    if abs(shifts[0] - shifts[1]) > NEIGHBOUR_SHIFT:
        return None  # the neighbours parted too: nothing stands where the line stood
    old_line = alignment.old[line[0] : line[1]]
    at = max(0, line[0] + shifts[0])
    lo, hi = max(0, at - NEIGHBOUR_SHIFT), at + len(old_line) + NEIGHBOUR_SHIFT
    found = fuzz.partial_ratio_alignment(
        old_line, alignment.new[lo:hi], score_cutoff=100 * EDITED_IN_PLACE
    )
    return None if found is None else lo + found.dest_start


class Twins:
    """Whether an old line now stands next to a near copy of itself that it did not have
    beside it before (a paragraph pasted twice in a row, then edited: which of the two is
    the original, the diff can only guess). Only lines next to text the update inserted or
    changed are compared."""

    def __init__(
        self, alignment: Alignment, old_lines: Lines | None = None, new_lines: Lines | None = None
    ) -> None:
        self.alignment = alignment
        self.old, self.new = alignment.old, alignment.new
        self.old_lines = old_lines or Lines(self.old)
        self.new_lines = new_lines or Lines(self.new)
        self._known: dict[tuple[int, int], bool] = {}
        self._changed_beside: dict[int, list[tuple[int, int]]] = {}
        self._beside_change: set[int] = set()
        starts = self.new_lines.starts
        changed: set[int] = set()  # each changed line once (typos leave many stretches a line)
        for lo, hi in alignment.unaligned():
            first, last = bisect_right(starts, lo) - 1, bisect_right(starts, max(lo, hi - 1)) - 1
            changed.update(range(first, last + 1))
        for index in changed:
            for other in self.new_lines.neighbours(index):
                self._beside_change.add(other[0])

    def beside_change(self, new_at: int) -> bool:
        """Whether the new line holding ``new_at`` is next to a line the update inserted
        or changed (only such a line can have got a twin)."""
        starts = self.new_lines.starts
        return starts[bisect_right(starts, new_at) - 1] in self._beside_change

    def beside_a_twin(self, old_line: tuple[int, int], new_at: int) -> bool:
        """Whether the new line holding ``new_at``, like old ``old_line``, has just before
        or after it another line like it, new or changed, while the old line had none
        beside it."""
        new_line = self.new_lines.line_of(new_at, new_at)
        if new_line is None:
            return False
        beside = self._changed_beside.get(new_line[0])
        if beside is None:
            beside = self._changed_beside[new_line[0]] = [
                other
                for other in self.new_lines.neighbours(self.new_lines.index_of(new_line[0]))
                if self.alignment.unaligned_share(*other) > 0
            ]
        if not beside:
            return False
        key = (old_line[0], new_line[0])
        if key not in self._known:
            line = self.old[old_line[0] : old_line[1]]
            self._known[key] = (
                len(line.strip()) >= MOVE_MIN
                and _alike(line, self.new[new_line[0] : new_line[1]])
                and any(_alike(line, self.new[lo:hi]) for lo, hi in beside)
                and not any(
                    _alike(line, self.old[lo:hi])
                    for lo, hi in self.old_lines.neighbours(self.old_lines.index_of(old_line[0]))
                )
            )
        return self._known[key]


def _alike(line: str, other: str) -> bool:
    shorter, longer = sorted((len(line), len(other)))
    if 2 * shorter < EDITED_IN_PLACE * (shorter + longer):
        return False  # too different in length to share that much
    return bool(
        Indel.normalized_similarity(line, other, score_cutoff=EDITED_IN_PLACE) >= EDITED_IN_PLACE
    )
