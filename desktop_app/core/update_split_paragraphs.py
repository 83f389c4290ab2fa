"""Update path: an old paragraph split in two, a reworded whole copy moved and a part kept."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from desktop_app.core.alignment import Alignment
from desktop_app.core.quote_search import PLACED_STATES, Placement

#: A paragraph break: a blank line.
BREAK = "\n\n"
#: The shortest paragraph the diff left out that may be a moved copy of an old one.
LEAST = 40
#: The length of the stretches of such a paragraph looked for, word for word, in the old text.
PROBE = 24
#: The least share of such a paragraph that the diff left out (no old text maps to it).
UNALIGNED = 0.9
#: How alike a moved copy must read to its old paragraph to be a copy of it (tenses
#: changed, a new opening put in front).
ALIKE = 0.7
#: The fewest new code points in one stretch of the kept paragraph that make it a
#: rewritten one (more than a typo or a changed figure).
PUT_IN = 20


@dataclass(frozen=True)
class SplitParagraph:
    """An old paragraph, the new paragraph the diff kept part of it in, and the new
    paragraph (left out by the diff) that reads more like the old one: a moved copy."""

    old: tuple[int, int]
    kept: tuple[int, int]
    moved: tuple[int, int]


def paragraph_around(text: str, at: int) -> tuple[int, int]:
    """The paragraph (between blank lines) of ``text`` holding offset ``at``."""
    start = text.rfind(BREAK, 0, at)
    start = 0 if start < 0 else start + len(BREAK)
    end = text.find(BREAK, at)
    return start, len(text) if end < 0 else end


def likeness(one: str, other: str) -> float:
    """How alike two texts read, 0 to 1: the share of pairs of neighbouring code points
    they have in common (any script, any register)."""
    first = Counter(one[i : i + 2] for i in range(len(one) - 1))
    second = Counter(other[i : i + 2] for i in range(len(other) - 1))
    total = first.total() + second.total()
    return 2 * (first & second).total() / total if total else 0.0


def _paragraphs_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The whole paragraphs of ``text`` that lie (nearly) inside ``[start, end)``."""
    found: list[tuple[int, int]] = []
    at = start
    while at < end:
        if text[at] == "\n":
            at += 1
            continue
        lo, hi = paragraph_around(text, at)
        if hi - lo >= LEAST and lo >= start - len(BREAK) and hi <= end + len(BREAK):
            found.append((lo, hi))
        at = hi + len(BREAK)
    return found


def _stands_in(exact: str, paragraph: str) -> bool:
    """Whether a passage's words stand in a paragraph, a capital aside (a sentence's first
    word put after a new opening), or, for a passage of more than a line's worth, the
    paragraph reads at least :data:`ALIKE` like it (a dateline left behind)."""
    if exact.casefold() in paragraph.casefold():
        return True
    return len(exact) >= LEAST and likeness(exact, paragraph) >= ALIKE


def _probes(text: str) -> list[str]:
    """Stretches of a paragraph to look for in the old text: its end, middle and start
    (a rewording at its head, or every verb's tense changed, leaves some of them whole)."""
    middle = (len(text) - PROBE) // 2
    return [text[-PROBE:], text[middle : middle + PROBE], text[:PROBE]]


class SplitParagraphs:
    """The old paragraphs of an update that stand twice in the new text: part of one
    kept in place by the diff (with new words put in), and a whole reworded copy the
    diff left out, further on (a lede moved down under a new one that repeats its first
    sentence). Which of the two a passage of that paragraph is on, the text does not
    tell; a passage around the moved copy does not take it in."""

    def __init__(self, alignment: Alignment) -> None:
        self._alignment = alignment
        self._found: list[SplitParagraph] | None = None
        self._unaligned: list[tuple[int, int]] = []

    @property
    def found(self) -> list[SplitParagraph]:
        """The split paragraphs (looked for once, when first asked)."""
        if self._found is None:
            self._found = self._look_for()
        return self._found

    def _look_for(self) -> list[SplitParagraph]:
        alignment = self._alignment
        old, new = alignment.old, alignment.new
        found: list[SplitParagraph] = []
        self._unaligned = alignment.unaligned()
        for start, end in self._unaligned:
            if end - start < LEAST:
                continue
            for moved in _paragraphs_in(new, start, end):
                if alignment.unaligned_share(*moved) < UNALIGNED:
                    continue
                split = self._split_from(old, new, moved)
                if split is not None:
                    found.append(split)
        return found

    def _split_from(self, old: str, new: str, moved: tuple[int, int]) -> SplitParagraph | None:
        """The old paragraph a left-out new one is a moved copy of, and where the diff
        kept part of it, when that part has a sentence's worth of new words put in (one
        stretch of :data:`PUT_IN` or more) and the copy reads at least :data:`ALIKE` like
        the old paragraph (a paragraph printed twice, one copy with typos, is no split)."""
        text = new[moved[0] : moved[1]]
        for probe in _probes(text):
            at = old.find(probe)
            if at < 0 or old.find(probe, at + 1) >= 0:
                continue
            old_paragraph = paragraph_around(old, at)
            pieces = self._alignment.pieces(*old_paragraph)
            if not pieces:
                return None
            largest = max(pieces, key=lambda piece: piece.length)
            kept = paragraph_around(new, largest.new)
            if kept == moved:
                return None
            put_in = max(
                (min(end, kept[1]) - max(start, kept[0]) for start, end in self._unaligned),
                default=0,
            )
            if put_in < PUT_IN or likeness(old[old_paragraph[0] : old_paragraph[1]], text) < ALIKE:
                return None
            return SplitParagraph(old_paragraph, kept, moved)
        return None

    def kept_part_reviewed(
        self, old_start: int, old_end: int, exact: str, placement: Placement
    ) -> Placement:
        """``placement`` sent to review (its best guess kept) when the diff put a passage
        of a split paragraph on the part kept in place and its words stand in the moved
        copy too: which is the passage's, the text does not tell."""
        if placement.state not in PLACED_STATES or not self.found:
            return placement
        new = self._alignment.new
        for split in self.found:
            if (
                split.old[0] <= old_start
                and old_end <= split.old[1]
                and split.kept[0] <= placement.start
                and placement.end <= split.kept[1]
                and _stands_in(exact, new[split.moved[0] : split.moved[1]])
            ):
                return Placement("review", placement.start, placement.end, placement.score)
        return placement

    def moved_copy_left_out(self, old_start: int, old_end: int, placement: Placement) -> Placement:
        """``placement`` cut to its longer side when it runs across a moved copy of an
        old paragraph the passage did not hold (a passage of two paragraphs with the
        moved lede put between them): the copy is no part of it."""
        if placement.state not in PLACED_STATES or not self.found:
            return placement
        new = self._alignment.new
        for split in self.found:
            (lo, hi), (old_lo, old_hi) = split.moved, split.old
            if not (placement.start < lo and hi < placement.end):
                continue
            if old_start < old_hi and old_lo < old_end:
                continue
            before = new[placement.start : lo].rstrip()
            after = new[hi : placement.end].lstrip()
            if not before.strip() or not after.strip():
                continue
            if len(before) >= len(after):
                start, end = placement.start, placement.start + len(before)
            else:
                start, end = placement.end - len(after), placement.end
            return Placement(placement.state, start, end, placement.score)
        return placement
