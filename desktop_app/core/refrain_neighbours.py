"""A refrain placed beside one old neighbour while another copy stands between both: review.

A chorus after every verse, a stock reply after every question: a paragraph that stands
word for word several times is told apart from its copies only by the paragraphs around
it. When the blocks of a list are put in another order (reversed, two twins swapped),
one copy may end up between the refrain's two old neighbours, now in the other order,
while the copy the diff takes still has one of them on the side it had. Whether the
editor moved each paragraph on its own (the refrain then stays between its neighbours)
or each verse with the refrain under it (the refrain then stays under its verse), the
two texts cannot tell. Here the *anchors* of a refrain are the paragraphs just above and
just below it in the old text, each standing once in each text (word for word, else
figures aside: where they went is sure); a passage on a refrain placed on a copy that is
not the one standing between its two anchors' new places, when that one is a copy too,
goes to review, its best guess kept.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from desktop_app.core.cloned_stretches import Span, paired_once, paragraph_texts


def _holding(spans: list[Span], starts: list[int], start: int, end: int) -> int | None:
    """The index of the paragraph holding ``[start, end)``, if one does."""
    index = bisect_right(starts, start) - 1
    if index < 0 or end > spans[index][1]:
        return None
    return index


class RefrainNeighbours:
    """The paragraphs of an update's two texts, to check placements on refrains."""

    def __init__(self, old: str, new: str) -> None:
        self._old_spans, self._old_texts, old_masked = paragraph_texts(old)
        self._new_spans, self._new_texts, new_masked = paragraph_texts(new)
        counts = Counter(self._old_texts)
        self._refrains = {text for text, count in counts.items() if count > 1}
        self._anchors: dict[int, int] = {}
        if not self._refrains:
            return
        old_all, new_all = range(len(self._old_texts)), range(len(self._new_texts))
        self._anchors = paired_once(self._old_texts, self._new_texts, old_all, new_all)
        masked = paired_once(old_masked, new_masked, old_all, new_all)
        for old_index, new_index in masked.items():
            self._anchors.setdefault(old_index, new_index)
        self._old_starts = [start for start, _ in self._old_spans]
        self._new_starts = [start for start, _ in self._new_spans]

    def beside_one_neighbour(self, old_start: int, old_end: int, start: int, end: int) -> bool:
        """Whether a passage on old ``[old_start, old_end)``, a refrain, placed on new
        ``[start, end)``, lies on a copy other than the one standing between the new
        places of the paragraphs just above and below it in the old text."""
        if not self._anchors:
            return False
        old_index = _holding(self._old_spans, self._old_starts, old_start, old_end)
        if old_index is None or self._old_texts[old_index] not in self._refrains:
            return False
        above = self._anchors.get(old_index - 1)
        below = self._anchors.get(old_index + 1)
        if above is None or below is None or abs(above - below) != 2:
            return False
        between = (above + below) // 2
        text = self._old_texts[old_index]
        if self._new_texts[between] != text:
            return False
        new_index = _holding(self._new_spans, self._new_starts, start, end)
        return new_index != between and new_index is not None and self._new_texts[new_index] == text
