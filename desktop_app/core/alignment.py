"""Which stretches of an old text survive in its new version, and where they went.

The two versions are compared coarse to fine with RapidFuzz's C-backed ``Indel.opcodes``
(longest common subsequence): by lines, then, inside each changed stretch, by sentences,
words and finally characters. A stretch too large to compare at some level is left
unaligned, and equal runs too short to mean anything next to larger changes (the ``e``
shared by two unrelated words) are dropped, as diff-match-patch's semantic clean-up does.
A line or sentence deleted in one place and inserted in another, once each, is a *move*.

The result maps old offsets to new ones: :meth:`Alignment.pieces` gives the parts of an
old span that survive, with their new places; :meth:`Alignment.unaligned_share` tells how
much of a new span is text that no old text maps to (inserted, or not comparable).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import Indel

from desktop_app.core.copy_index import CopyIndex
from desktop_app.core.haystack import Haystack

#: Most (old tokens x new tokens) compared in one call (~20 ms at worst).
MAX_CELLS = 100_000_000
#: Shortest line or sentence (code points) recognised as moved.
MOVE_MIN = 24
#: Similarity above which a changed line or sentence counts as edited where it stands.
EDITED_IN_PLACE = 0.7
#: Least similarity of a line or sentence deleted in one place to one inserted in another
#: for the two to be taken for one text moved and edited (``_edited_moves``): stock
#: phrasing makes different sentences of one text alike up to about 0.8.
EDITED_MOVE = 0.85
#: Least share of shared characters for two changed stretches to be aligned word by word.
RELATED = 0.5
#: Shortest unaligned stretch looked for in the old text by ``Alignment.was_elsewhere``.
MOVED_GAP = 16
#: Longest changed stretch compared letter by letter.
WORD_EDIT = 32
#: Code points around inserted text searched with it (``Alignment.inserted``).
AROUND_INSERTED = 64
#: Equal runs at most this long are dropped when both neighbouring changes are as long.
NOISE = 8

_LEVELS = (
    re.compile(r"[^\n]*\n|[^\n]+"),
    re.compile(r"[^.!?。！？\n]+[.!?。！？]*\s*|[.!?。！？\n]+\s*"),
    re.compile(r"\w+|\s+|[^\w\s]"),
)


class Block(NamedTuple):
    """``length`` code points at ``old`` in the old text are at ``new`` in the new text."""

    old: int
    new: int
    length: int
    moved: bool = False


class Alignment:
    """Surviving blocks of an old text in a new one, searchable from either side."""

    def __init__(self, old: str, new: str) -> None:
        blocks: list[Block] = []
        _align(old, new, 0, 0, 0, blocks)
        self._old_length = len(old)
        self.old = old
        self.new = new
        self.blocks = sorted(blocks, key=lambda b: b.old)
        self._old_starts = [b.old for b in self.blocks]
        by_new = sorted(self.blocks, key=lambda b: b.new)
        self._new_starts = [b.new for b in by_new]
        self._new_ends = [b.new + b.length for b in by_new]
        self._haystacks: dict[int, Haystack] = {}
        self._lost_lines: dict[int, list[str]] = {}
        #: Finds copies of a string in the new text (indexed once it is asked often).
        self.copies = CopyIndex(new)

    def pieces(self, start: int, end: int) -> list[Block]:
        """The surviving parts of old ``[start, end)``, in old order, clipped to it."""
        found: list[Block] = []
        index = max(0, bisect_right(self._old_starts, start) - 1)
        if index < len(self.blocks):
            block = self.blocks[index]
            if block.old <= start and end <= block.old + block.length:  # the common case
                return [Block(start, block.new + start - block.old, end - start, block.moved)]
        while index < len(self.blocks) and self.blocks[index].old < end:
            block = self.blocks[index]
            lo, hi = max(start, block.old), min(end, block.old + block.length)
            if lo < hi:
                found.append(Block(lo, block.new + lo - block.old, hi - lo, block.moved))
            index += 1
        return found

    def shift_over(self, start: int, end: int) -> int | None:
        """How far all of old ``[start, end)`` moved, when every character of it survived
        and moved by as much (in one block or in several that meet), else None."""
        index = max(0, bisect_right(self._old_starts, start) - 1)
        shift: int | None = None
        at = start
        while at < end and index < len(self.blocks):
            block = self.blocks[index]
            if block.old > at or block.old + block.length <= at:
                return None
            if shift is None:
                shift = block.new - block.old
            elif block.new - block.old != shift:
                return None
            at = block.old + block.length
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
        lo, hi = max(0, start - reach), end + reach
        near_lo, near_hi = new_start - 2 * reach, new_end + 2 * reach
        kept = sum(
            piece.length
            for piece in self.pieces(lo, hi)
            if near_lo <= piece.new and piece.new + piece.length <= near_hi
        )
        return kept / max(1, min(hi, self._old_length) - lo)

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

    def _old_aligned(self, start: int, end: int) -> int:
        """How many characters of old ``[start, end)`` survive somewhere."""
        return sum(piece.length for piece in self.pieces(start, end))

    def unaligned(self) -> list[tuple[int, int]]:
        """The stretches of the new text that no old text maps to, in order."""
        stretches: list[tuple[int, int]] = []
        reached = 0
        for start, end in [*zip(self._new_starts, self._new_ends, strict=True), (len(self.new), 0)]:
            if start > reached:
                stretches.append((reached, start))
            reached = max(reached, end)
        return stretches

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
            haystack = Haystack(self.new, None if whole else kept)
            self._haystacks[least] = haystack
        return haystack

    def unaligned_share(self, start: int, end: int) -> float:
        """The share of new ``[start, end)`` that no surviving old text maps to."""
        if end <= start:
            return 0.0
        covered = 0
        index = max(0, bisect_left(self._new_ends, start + 1))
        while index < len(self._new_starts) and self._new_starts[index] < end:
            covered += max(0, min(end, self._new_ends[index]) - max(start, self._new_starts[index]))
            index += 1
        return 1.0 - covered / (end - start)


def _align(old: str, new: str, old_at: int, new_at: int, level: int, out: list[Block]) -> None:
    """Append the blocks of ``old`` that survive in ``new`` (both found at the given offsets)."""
    if not old or not new:
        return
    if old == new:
        out.append(Block(old_at, new_at, len(old)))
        return
    if level == len(_LEVELS):
        if len(old) * len(new) <= MAX_CELLS:
            _emit(list(old), list(new), old_at, new_at, level, out)
        return
    old_tokens = _tokens(old, level)
    new_tokens = _tokens(new, level)
    if len(old_tokens) * len(new_tokens) > MAX_CELLS:
        return
    _emit(old_tokens, new_tokens, old_at, new_at, level, out)


def _tokens(text: str, level: int) -> list[str]:
    tokens = _LEVELS[level].findall(text)
    return tokens if "".join(tokens) == text else list(text)


@dataclass(slots=True)
class _Run:
    equal: bool
    old_lo: int
    old_hi: int
    new_lo: int
    new_hi: int
    text_has_word: bool = False


def _emit(
    old_tokens: list[str],
    new_tokens: list[str],
    old_at: int,
    new_at: int,
    level: int,
    out: list[Block],
) -> None:
    old_offsets = _offsets(old_tokens)
    new_offsets = _offsets(new_tokens)
    runs: list[_Run] = []
    changed: list[tuple[range, range]] = []
    for op in Indel.opcodes(old_tokens, new_tokens):
        equal = op.tag == "equal"
        if not equal:
            if (
                changed
                and changed[-1][0].stop == op.src_start
                and (changed[-1][1].stop == op.dest_start)
            ):
                last = changed[-1]
                changed[-1] = (range(last[0].start, op.src_end), range(last[1].start, op.dest_end))
            else:
                changed.append((range(op.src_start, op.src_end), range(op.dest_start, op.dest_end)))
        run = _Run(
            equal,
            old_offsets[op.src_start],
            old_offsets[op.src_end],
            new_offsets[op.dest_start],
            new_offsets[op.dest_end],
            equal and any(t[:1].isalnum() for t in old_tokens[op.src_start : op.src_end]),
        )
        if runs and not equal and not runs[-1].equal:
            runs[-1].old_hi, runs[-1].new_hi = run.old_hi, run.new_hi
        else:
            runs.append(run)
    if level < 2:
        runs = _without_blank_runs(runs, old_tokens, old_offsets)
    else:
        runs = _without_noise(runs, words=level == 2)
        if _shared_share(runs, old_tokens, new_tokens) < RELATED:
            return  # two unrelated sentences: common words are no alignment
    old_text = "".join(old_tokens)
    new_text = "".join(new_tokens)
    moved = _moves(old_tokens, new_tokens, changed) if level < 2 else []
    edited = _edited_moves(old_tokens, new_tokens, changed, moved) if level < 2 else []
    moved_old = {old_offsets[old] for old, _ in moved}
    moved_new = {new_offsets[new] for _, new in moved}
    edited_old = [(old_offsets[old], old_offsets[old + 1]) for old, _ in edited]
    edited_new = [(new_offsets[new], new_offsets[new + 1]) for _, new in edited]
    for old, new in moved:
        # the same line, give or take white space at its ends (the last line has no break)
        key = old_tokens[old].strip()
        old_lo = old_at + old_offsets[old] + old_tokens[old].index(key)
        new_lo = new_at + new_offsets[new] + new_tokens[new].index(key)
        out.append(Block(old_lo, new_lo, len(key), moved=True))
    for old, new in edited:  # compared finer, and what survives of it is taken as moved
        inside: list[Block] = []
        _align(
            old_tokens[old],
            new_tokens[new],
            old_at + old_offsets[old],
            new_at + new_offsets[new],
            level + 1,
            inside,
        )
        out.extend(block._replace(moved=True) for block in inside)
    for run in runs:
        if run.equal:
            out.append(Block(old_at + run.old_lo, new_at + run.new_lo, run.old_hi - run.old_lo))
            continue
        touches_move = any(run.old_lo <= m < run.old_hi for m in moved_old) or any(
            run.new_lo <= m < run.new_hi for m in moved_new
        )
        if touches_move or level == len(_LEVELS):
            continue  # characters are the finest level; a stretch by a move is left alone
        if level == len(_LEVELS) - 1 and _size(run) > WORD_EDIT:
            continue  # letters are compared only inside a word or two (a typo, a new ending)
        _align(  # what moved, edited, is compared where it went, not here
            _blanked(old_text, run.old_lo, run.old_hi, edited_old, "\0"),
            _blanked(new_text, run.new_lo, run.new_hi, edited_new, "\1"),
            old_at + run.old_lo,
            new_at + run.new_lo,
            level + 1,
            out,
        )


def _blanked(text: str, lo: int, hi: int, spans: list[tuple[int, int]], fill: str) -> str:
    """``text[lo:hi]`` with the characters of ``spans`` inside it, line breaks aside,
    replaced by ``fill`` (which matches nothing on the other side)."""
    part = text[lo:hi]
    for start, end in spans:
        if start < hi and lo < end:
            start, end = max(lo, start), min(hi, end)
            blank = "".join(char if char == "\n" else fill for char in text[start:end])
            part = part[: start - lo] + blank + part[end - lo :]
    return part


def _offsets(tokens: list[str]) -> list[int]:
    return list(accumulate(map(len, tokens), initial=0))


def _shared_share(runs: list[_Run], old_tokens: list[str], new_tokens: list[str]) -> float:
    """The share of the shorter side's non-space characters that the equal runs hold (a
    stretch that lost or gained much is still related to what is left of it)."""
    old_text, new_text = "".join(old_tokens), "".join(new_tokens)
    shared = sum(_visible(old_text[r.old_lo : r.old_hi]) for r in runs if r.equal)
    return shared / max(1, min(_visible(old_text), _visible(new_text)))


def _visible(text: str) -> int:
    return len("".join(text.split()))


def _without_noise(runs: list[_Run], *, words: bool) -> list[_Run]:
    """Merge equal runs that are short and flanked on both sides by longer changes (of
    words, only those without a letter or digit: a shared space or comma)."""

    def noise(index: int, run: _Run) -> bool:
        length = run.old_hi - run.old_lo
        left, right = runs[index - 1], runs[index + 1]
        short = length <= NOISE and length <= _size(left) and length <= _size(right)
        return short and not (words and run.text_has_word)

    return _merged_into_changes(runs, noise)


def _without_blank_runs(runs: list[_Run], tokens: list[str], offsets: list[int]) -> list[_Run]:
    """Merge equal runs of blank lines or white space that lie between two changes into
    them: a blank line matches any other, so where the diff pairs them up is arbitrary, and
    trusting it cuts one edited paragraph from what it became (a paragraph split around a
    new sentence loses its second half to the next change)."""
    starts = {offset: index for index, offset in enumerate(offsets)}

    def blank(_index: int, run: _Run) -> bool:
        first, last = starts[run.old_lo], starts[run.old_hi]
        return all(not token.strip() for token in tokens[first:last])

    return _merged_into_changes(runs, blank)


def _merged_into_changes(runs: list[_Run], merge: Callable[[int, _Run], bool]) -> list[_Run]:
    """``runs`` with each equal run between two others for which ``merge(index, run)``
    holds turned into a change, and neighbouring changes joined into one."""
    kept: list[_Run] = []
    for index, run in enumerate(runs):
        if run.equal and 0 < index < len(runs) - 1 and merge(index, run):
            run = _Run(False, run.old_lo, run.old_hi, run.new_lo, run.new_hi)
        if kept and not run.equal and not kept[-1].equal:
            kept[-1].old_hi, kept[-1].new_hi = run.old_hi, run.new_hi
        else:
            kept.append(run)
    return kept


def _size(run: _Run) -> int:
    return max(run.old_hi - run.old_lo, run.new_hi - run.new_lo)


def _moves(
    old_tokens: list[str], new_tokens: list[str], changed: list[tuple[range, range]]
) -> list[tuple[int, int]]:
    """Long tokens deleted once and inserted once (white space at their ends aside), and
    found nowhere else: (old index, new index).

    A token for which another inserted token is similar was probably edited where it
    stood, its copy pasted elsewhere: neither is taken for a move (the quote search judges
    them by their context).
    """
    if not any(len(old_tokens[i]) >= MOVE_MIN for old, _ in changed for i in old):
        return []  # nothing long enough was taken out
    old_count = Counter(token.strip() for token in old_tokens)
    new_count = Counter(token.strip() for token in new_tokens)
    inserted = [j for _, new in changed for j in new]
    inserted_keys = [new_tokens[j].strip() for j in inserted]
    found: list[tuple[int, int]] = []
    for old, new in changed:
        for i in old:
            key = old_tokens[i].strip()
            if len(key) < MOVE_MIN or old_count[key] != 1 or new_count[key] != 1:
                continue
            similar = process.extract(
                key,
                inserted_keys,
                scorer=Indel.normalized_similarity,
                score_cutoff=EDITED_IN_PLACE,
                limit=2,
            )
            if len(similar) != 1 or similar[0][0] != key:
                continue
            j = inserted[similar[0][2]]
            if j not in new:  # in its own changed stretch it only lost or gained white space
                found.append((i, j))
    return found


def _edited_moves(
    old_tokens: list[str],
    new_tokens: list[str],
    changed: list[tuple[range, range]],
    moves: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Long tokens deleted in one changed stretch and inserted, edited, in another (a
    paragraph cut, pasted elsewhere and then edited): (old index, new index) where the
    inserted token is the only one like the deleted one (:data:`EDITED_MOVE`) and the
    deleted one the only one like it, neither found as it is anywhere in the other text,
    and a line that came along unchanged between where it stood and where it went (next
    to where it stood, it was split, joined or edited there; with a copy pasted
    elsewhere, two are alike: the quote search judges those).
    """
    taken_old = {old for old, _ in moves}
    taken_new = {new for _, new in moves}
    deleted = [
        i
        for old, _ in changed
        for i in old
        if i not in taken_old and len(old_tokens[i].strip()) >= MOVE_MIN
    ]
    inserted = [
        j
        for _, new in changed
        for j in new
        if j not in taken_new and len(new_tokens[j].strip()) >= MOVE_MIN
    ]
    if not deleted or not inserted:
        return []
    old_count = Counter(token.strip() for token in old_tokens)
    new_count = Counter(token.strip() for token in new_tokens)
    deleted = [i for i in deleted if old_count[old_tokens[i].strip()] == 1]
    inserted = [j for j in inserted if new_count[new_tokens[j].strip()] == 1]
    deleted_keys = [old_tokens[i].strip() for i in deleted]
    inserted_keys = [new_tokens[j].strip() for j in inserted]
    candidates, insertions = set(deleted), set(inserted)
    stretch_of = {j: index for index, (_, new) in enumerate(changed) for j in new}
    found: list[tuple[int, int]] = []
    for index, (old, new) in enumerate(changed):
        here = [new_tokens[j].strip() for j in new if j in insertions]
        for i in old:
            key = old_tokens[i].strip()
            if i not in candidates or new_count[key]:
                continue
            if process.extractOne(
                key, here, scorer=Indel.normalized_similarity, score_cutoff=EDITED_IN_PLACE
            ):
                continue  # edited where it stood (the common case: one look nearby)
            j = _only_alike(key, inserted_keys, inserted)
            if j is None or old_count[new_tokens[j].strip()]:
                continue
            if not _apart(new_tokens, changed, index, stretch_of[j]):
                continue  # split, joined or edited where it stood
            if _only_alike(new_tokens[j].strip(), deleted_keys, deleted) == i:
                found.append((i, j))
    return found


def _apart(tokens: list[str], changed: list[tuple[range, range]], one: int, other: int) -> bool:
    """Whether a long token of the new text that came along unchanged stands between
    changed stretches ``one`` and ``other`` (text inserted beside a deleted token, or
    where it stood, is that token split, joined to a neighbour or edited)."""
    lo, hi = sorted((one, other))
    return any(
        len(tokens[k].strip()) >= MOVE_MIN
        for at in range(lo, hi)
        for k in range(changed[at][1].stop, changed[at + 1][1].start)
    )


def _only_alike(key: str, keys: list[str], indexes: list[int]) -> int | None:
    """The index of the one token of ``keys`` like ``key`` (:data:`EDITED_MOVE`), or None
    (none, or several alike at least :data:`EDITED_IN_PLACE`)."""
    if not process.extractOne(
        key, keys, scorer=Indel.normalized_similarity, score_cutoff=EDITED_MOVE
    ):
        return None  # the common case: nothing that alike (one pass with a high cut-off)
    similar = process.extract(
        key, keys, scorer=Indel.normalized_similarity, score_cutoff=EDITED_IN_PLACE, limit=2
    )
    return indexes[similar[0][2]] if len(similar) == 1 else None
