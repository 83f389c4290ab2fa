"""A paragraph printed twice in a row, a figure of one copy changed: which copy, a guess.

A block of a list is often pasted again beside itself and one of the two copies then
corrected: a time, a figure, its number (a copy-paste draft; a near twin typed in above
a block that is renumbered). One copy then reads word for word as the old block did and
the other differs from it by a figure. The diff takes the copy that reads as the old
block did (it costs nothing), but the same new text comes from pasting on the other side
and correcting the copy: no reader of the two texts can tell which copy the editor kept.
Here the new text's paragraphs, their figures masked, are searched for two neighbours
that read alike but not word for word, one of them mostly text the update inserted,
where the old text held that paragraph, fewer times than the new one does (printed
again: not two old twins put side by side, nor two entries made alike by a line
dropped from one, where the diff finds both copies in the old text); a
passage placed wholly inside such a *doubled paragraph*, or starting or ending inside
it, goes to review, its best guess kept. Runs of two paragraphs or more printed twice are
``core.cloned_stretches``'s.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from rapidfuzz.distance import Indel

from desktop_app.core.alignment import Alignment
from desktop_app.core.cloned_stretches import NEAR_COPY, Span, paragraph_texts

#: Least share of a paragraph that the update inserted for it to count as printed again.
PRINTED_AGAIN = 0.5


def _alike(one: str, other: str) -> bool:
    """Whether two paragraphs, figures masked, read alike: word for word, their lines in
    another order, or a near copy (:data:`NEAR_COPY`: a typo in one of them)."""
    if one == other:
        return True
    if abs(len(one) - len(other)) > (1 - NEAR_COPY) * max(len(one), len(other)):
        return False
    if sorted(one.split("\n")) == sorted(other.split("\n")):
        return True
    return Indel.normalized_similarity(one, other, score_cutoff=NEAR_COPY) >= NEAR_COPY


def doubled_paragraphs(alignment: Alignment) -> list[Span]:
    """The stretches of the new text (sorted, apart) made of two neighbouring paragraphs
    alike but for their figures (or their lines' order, or a typo: :func:`_alike`), not
    word for word, one of the two mostly text the update inserted
    (:data:`PRINTED_AGAIN`) and, unless the two read alike figures aside, not in the old
    text (not an old paragraph moved there), the other standing in the old text, figures
    aside, and, when the two read alike figures aside, standing there fewer times than
    now."""
    new_spans, new_texts, new_masked = paragraph_texts(alignment.new)
    if len(new_spans) < 2:
        return []
    pairs = [
        at
        for at in _beside_inserted_text(alignment, new_spans)
        if new_texts[at] != new_texts[at + 1] and _alike(new_masked[at], new_masked[at + 1])
    ]
    if not pairs:
        return []
    new_counts = Counter(new_masked)
    old_counts = Counter(paragraph_texts(alignment.old)[2])
    found: list[Span] = []
    for at in pairs:
        one, other = new_masked[at], new_masked[at + 1]
        if one == other and not 0 < old_counts[one] < new_counts[one]:
            continue  # edited into a twin of its neighbour, or old twins side by side
        inserted = [
            alignment.unaligned_share(*new_spans[index]) >= PRINTED_AGAIN for index in (at, at + 1)
        ]
        if not any(
            printed_again
            and old_counts[kept] > 0
            and (one == other or old_counts[copy] == 0)  # a near copy: not an old one moved
            for printed_again, kept, copy in zip(inserted, (other, one), (one, other), strict=True)
        ):
            continue  # both copies were there (a line dropped made them alike), or neither
        start, end = new_spans[at][0], new_spans[at + 1][1]
        if found and start <= found[-1][1]:
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
    return found


def _beside_inserted_text(alignment: Alignment, spans: list[Span]) -> list[int] | range:
    """The neighbours (the first one's index) of which one or both meet text no old text
    maps to, in order: of the others neither is a copy printed again (each reads 0 by
    ``unaligned_share``), so :func:`doubled_paragraphs` would pass them by after comparing
    them; all neighbours when that cannot be read so (``Alignment.spans_meeting_unaligned``).
    Most updates change a few paragraphs, so most neighbours are never compared."""
    meeting = alignment.spans_meeting_unaligned(spans)
    if meeting is None:
        return range(len(spans) - 1)
    last = len(spans) - 2
    return sorted({at for index in meeting for at in (index - 1, index) if 0 <= at <= last})


class DoubledParagraphs:
    """The doubled paragraphs of an update, found once, asked about each placement."""

    def __init__(self, alignment: Alignment) -> None:
        self.stretches = doubled_paragraphs(alignment)
        self._starts = [start for start, _ in self.stretches]

    @property
    def applies(self) -> bool:
        """Whether :meth:`holds` can say yes at all (some paragraph was doubled)."""
        return bool(self.stretches)

    def holds(self, start: int, end: int) -> bool:
        """Whether new ``[start, end)`` starts or ends inside a doubled paragraph: wholly
        inside it (which copy, a guess), or coming into it from the text around (whether
        an end lies on the first copy's words or, across that copy, on the second's, a
        guess too)."""
        if not self.stretches or end <= start:
            return False
        return self._inside(start) or self._inside(end - 1)

    def _inside(self, offset: int) -> bool:
        """Whether the character at ``offset`` lies inside a doubled paragraph."""
        index = bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self.stretches[index][1]
