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
goes to review, its best guess kept. So does a passage placed on a copy of a refrain
that now stands right beside another copy, as no two copies did in the old text, on the
side where the passage's anchor stood, that anchor now standing elsewhere (blocks
re-sorted bring two choruses together: which is which, a guess; a verse deleted between
two choruses leaves each beside the verse it had, and the diff is left alone), unless
every paragraph above the copy, or every one below it, reads as it did (the refrain
stayed where it was: the copy beside it is the one that moved).
"""

from __future__ import annotations

from bisect import bisect_right

from desktop_app.core.cloned_stretches import (
    Span,
    anchors_figures_aside,
    paragraph_counts,
    paragraph_texts,
)


def _holding(spans: list[Span], starts: list[int], start: int, end: int) -> int | None:
    """The index of the paragraph holding ``[start, end)``, if one does."""
    index = bisect_right(starts, start) - 1
    if index < 0 or end > spans[index][1]:
        return None
    return index


class RefrainNeighbours:
    """The paragraphs of an update's two texts, to check placements on refrains."""

    def __init__(self, old: str, new: str) -> None:
        self._old_spans, self._old_texts, _ = paragraph_texts(old)
        self._new_spans, self._new_texts, _ = paragraph_texts(new)
        counts = paragraph_counts(old)
        self._refrains = {text for text, count in counts.items() if count > 1}
        self._anchors: dict[int, int] = {}
        self._in_a_row: list[Span] = []
        if not self._refrains:
            return
        texts = self._old_texts
        paired_before = {texts[at] for at in range(len(texts) - 1) if texts[at] == texts[at + 1]}
        new_texts = self._new_texts
        self._in_a_row = [
            span
            for at, span in enumerate(self._new_spans)
            if new_texts[at] in self._refrains
            and new_texts[at] not in paired_before
            and (
                (at > 0 and new_texts[at - 1] == new_texts[at])
                or (at + 1 < len(new_texts) and new_texts[at + 1] == new_texts[at])
            )
        ]
        self._in_a_row_spans = set(self._in_a_row)
        self._anchors = anchors_figures_aside(old, new)
        self._old_starts = [start for start, _ in self._old_spans]
        self._new_starts = [start for start, _ in self._new_spans]

    @property
    def applies(self) -> bool:
        """Whether :meth:`beside_one_neighbour` or :meth:`beside_its_copy` can say yes at
        all (each needs anchors or refrains standing in a row)."""
        return bool(self._anchors or self._in_a_row)

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

    def _unmoved(self, old_index: int, new_index: int) -> bool:
        """Whether every paragraph above new ``new_index`` reads as every paragraph above
        old ``old_index`` did, in order, or every paragraph below as every one below: the
        refrain stayed where it was (the copy now beside it is the one that moved)."""
        old_texts, new_texts = self._old_texts, self._new_texts
        if old_index == new_index and old_texts[:old_index] == new_texts[:new_index]:
            return True
        old_after, new_after = len(old_texts) - old_index, len(new_texts) - new_index
        return old_after == new_after and old_texts[old_index + 1 :] == new_texts[new_index + 1 :]

    def beside_its_copy(self, old_start: int, old_end: int, start: int, end: int) -> bool:
        """Whether a passage on old ``[old_start, old_end)``, a refrain, placed on new
        ``[start, end)``, lies on a copy that now stands right beside another copy of the
        refrain, as no two did in the old text, on the side where the paragraph that
        stood beside the passage now stands elsewhere (two choruses brought together by
        blocks re-sorted: which copy is which, a guess; a verse deleted between them
        leaves each beside the verse it had)."""
        if not self._in_a_row or end <= start:
            return False
        new_index = _holding(self._new_spans, self._new_starts, start, end)
        if new_index is None or self._new_spans[new_index] not in self._in_a_row_spans:
            return False
        old_index = _holding(self._old_spans, self._old_starts, old_start, old_end)
        if old_index is None or self._old_texts[old_index] != self._new_texts[new_index]:
            return False
        if self._unmoved(old_index, new_index):
            return False
        text = self._new_texts[new_index]
        for step in (-1, 1):
            beside = new_index + step
            if 0 <= beside < len(self._new_texts) and self._new_texts[beside] == text:
                anchor = self._anchors.get(old_index + step)
                if anchor is not None and anchor != beside:
                    return True
        return False
