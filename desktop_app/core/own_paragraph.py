"""A passage the diff put inside another paragraph's renumbered copy: taken back to its own.

When a list is renumbered ("Claim 18." now "Claim 19.", every later label one up), the
label a passage held may now read, word for word, like the label of the entry before
it, and the diff, pairing characters, puts the passage there: inside a paragraph that
is plainly another one (its body is another entry's, figures aside). Here each old
paragraph is paired with the one new paragraph that reads as it does figures aside, when
that text stands once in each text; a passage inside one paired paragraph, placed by
the diff inside a new paragraph paired with another old one, and paired with its own by
``core.paired_paragraphs`` too (the same words in any order first: two twins whose lines
were swapped read each like the other figures aside), is taken to the same
offsets in its own paragraph's pair when the two are as long (a figure renumbered in
place), and goes to review there when they are not, or when the passage is mostly a
figure that changed (it was the old number: gone).
"""

from __future__ import annotations

from bisect import bisect_right

from rapidfuzz.distance import Indel

from desktop_app.core.cloned_stretches import Span, paragraph_texts, paragraphs_paired_once
from desktop_app.core.paired_paragraphs import paired_paragraphs
from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.records import AnchorState


def _holding(spans: list[Span], starts: list[int], start: int, end: int) -> int | None:
    """The index of the paragraph holding ``[start, end)``, if one does."""
    index = bisect_right(starts, start) - 1
    if index < 0 or end > spans[index][1]:
        return None
    return index


def _mostly_changed(exact: str, now: str) -> bool:
    """Whether fewer than half the code points of a quote stand at the same place in the
    text now at its place (the passage was a figure that changed)."""
    kept = sum(1 for old_char, new_char in zip(exact, now, strict=False) if old_char == new_char)
    return kept * 2 < len(exact)


class OwnParagraphs:
    """The paragraphs of an update's two texts paired figures aside, to put passages back."""

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        self._ready = False
        self._pairs: dict[int, int] = {}
        self._paired_new: dict[int, int] = {}
        self._by_words: dict[int, int] | None = None

    def _paired(self) -> dict[int, int]:
        if not self._ready:
            self._ready = True
            self._old_spans = paragraph_texts(self.old)[0]
            self._new_spans = paragraph_texts(self.new)[0]
            self._old_starts = [start for start, _ in self._old_spans]
            self._new_starts = [start for start, _ in self._new_spans]
            self._pairs = paragraphs_paired_once(self.old, self.new, masked=True)
            self._paired_new = {new: old for old, new in self._pairs.items()}
        return self._pairs

    def put_back(self, start: int, end: int, exact: str, placement: Placement) -> Placement:
        """``placement`` of old ``[start, end)`` (quote ``exact``) taken to its own paragraph
        when the diff put it inside another paragraph's pair (see the module); else as it
        was."""
        if placement.state not in PLACED_STATES or end <= start:
            return placement
        pairs = self._paired()
        if not pairs:
            return placement
        new_index = _holding(self._new_spans, self._new_starts, placement.start, placement.end)
        if new_index is None or new_index not in self._paired_new:
            return placement
        old_index = _holding(self._old_spans, self._old_starts, start, end)
        if old_index is None or self._paired_new[new_index] == old_index:
            return placement
        own = pairs.get(old_index)
        if own is None:
            return placement
        if self._by_words is None:  # asked of few placements: the pairing is costly
            self._by_words = paired_paragraphs(self.old, self.new)
        if self._by_words.get(old_index) != own or own == new_index:
            return placement  # lines swapped: the same words in another order say otherwise
        (old_lo, old_hi), (new_lo, new_hi) = self._old_spans[old_index], self._new_spans[own]
        if old_hi - old_lo != new_hi - new_lo:
            return Placement("review", placement.start, placement.end, placement.score)
        lo, hi = new_lo + start - old_lo, new_lo + end - old_lo
        now = self.new[lo:hi]
        if _mostly_changed(exact, now):
            return Placement("review", lo, hi, placement.score)
        state: AnchorState = "fuzzy"
        if now == exact:
            state = "exact" if lo == start else "moved"
        return Placement(state, lo, hi, Indel.normalized_similarity(exact, now))
