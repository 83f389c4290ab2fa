"""A passage on a repeated paragraph, placed on a copy away from its own neighbours: review.

A chorus under every verse, "Yes." under every question, a stock ruling of the court: a
paragraph that stands word for word several times is told apart from its copies only
by the paragraphs around it. When turns are put in another order, the diff pairs the
copies by their order and a passage on one copy lands on another one, often in another
section; so does a passage on a paragraph pasted again elsewhere (a list copied into a
new section above its own). Its *anchors* are the nearest paragraphs above and below it
that stand once in the old text and once in the new, word for word or else figures
aside (a renumbered heading, a cross-reference: where they went is sure); a copy beside
its own is one that stands near an anchor's new place, on either side (an order
reversed keeps neighbours together), with no other anchor between them. A placement on
a copy that is beside neither anchor, while another copy is, goes to review, its best
guess kept."""

from __future__ import annotations

from bisect import bisect_right

from desktop_app.core.cloned_stretches import (
    Span,
    anchors_figures_aside,
    paragraph_counts,
    paragraph_texts,
)

#: Farthest an anchor may stand from the passage's paragraph (in paragraphs).
NEAREST_ANCHOR = 3


class RepeatedParagraphs:
    """The paragraphs of an update's two texts, to check placements on repeated ones."""

    def __init__(self, old: str, new: str) -> None:
        self.old_spans, self.old_texts, _ = paragraph_texts(old)
        self.new_spans, self.new_texts, _ = paragraph_texts(new)
        self.old_counts = paragraph_counts(old)
        self.new_counts = paragraph_counts(new)
        self.copies: dict[str, list[int]] = {}
        # a paragraph standing once in each text is no copy (most texts: one test each)
        if len(self.old_counts) < len(self.old_texts) or len(self.new_counts) < len(self.new_texts):
            for index, text in enumerate(self.new_texts):
                if self._repeated(text):
                    self.copies.setdefault(text, []).append(index)
        #: old paragraph index -> new index, for paragraphs standing once in each text,
        #: word for word or else figures aside (a renumbered heading or cross-reference);
        #: worked out only when some paragraph is repeated (else no passage asks for them)
        self.anchors: dict[int, int] = {}
        if self.copies:
            self.anchors = anchors_figures_aside(old, new)
        self._anchored = sorted(self.anchors.values())
        self._old_starts = [s for s, _ in self.old_spans]
        self._new_starts = [s for s, _ in self.new_spans]

    @property
    def applies(self) -> bool:
        """Whether :meth:`away_from_its_own` can say yes at all (a paragraph repeats)."""
        return bool(self.copies)

    def _repeated(self, text: str) -> bool:
        """Whether a paragraph stood several times in the old text, or was pasted again."""
        return self.old_counts[text] > 1 or self.new_counts[text] > self.old_counts[text] > 0

    @staticmethod
    def _within(spans: list[Span], starts: list[int], start: int, end: int) -> int | None:
        """The index of the paragraph holding ``[start, end)``, if one does."""
        index = bisect_right(starts, start) - 1
        if index < 0 or end > spans[index][1]:
            return None
        return index

    def _beside(self, old_index: int, new_index: int) -> bool | None:
        """Whether new paragraph ``new_index`` stands near an anchor of old paragraph
        ``old_index`` (on either side, no other anchor between them); None when the old
        one has no anchor near."""
        found = False
        for step in (-1, 1):
            for distance in range(1, NEAREST_ANCHOR + 1):
                anchor = self.anchors.get(old_index + step * distance)
                if anchor is None:
                    continue
                found = True
                low, high = min(anchor, new_index), max(anchor, new_index)
                between = bisect_right(self._anchored, high - 1) - bisect_right(self._anchored, low)
                if 0 < high - low <= NEAREST_ANCHOR and between == 0:
                    return True
                break
        return False if found else None

    def away_from_its_own(self, old_start: int, old_end: int, start: int, end: int) -> bool:
        """Whether a passage on old ``[old_start, old_end)``, placed on new ``[start, end)``,
        lies on a copy of a repeated paragraph beside neither of its anchors while another
        copy stands beside one."""
        if not self.copies:
            return False
        old_index = self._within(self.old_spans, self._old_starts, old_start, old_end)
        if old_index is None or not self._repeated(self.old_texts[old_index]):
            return False
        new_index = self._within(self.new_spans, self._new_starts, start, end)
        text = self.old_texts[old_index]
        if new_index is None or self.new_texts[new_index] != text:
            return False
        if self._beside(old_index, new_index) is not False:
            return False
        return any(
            self._beside(old_index, other)
            for other in self.copies.get(text, ())
            if other != new_index
        )
