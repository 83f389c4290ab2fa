"""Update path: a passage inside one paragraph taken to the copy of it its neighbours show."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from rapidfuzz import process
from rapidfuzz.distance import Indel

from desktop_app.core.block_diff import EDITED_MOVE
from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.records import AnchorState

#: A paragraph break: a blank line.
BREAK = "\n\n"


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` between paragraph breaks, in order (empty ones kept)."""
    spans: list[tuple[int, int]] = []
    at = 0
    while True:
        found = text.find(BREAK, at)
        if found < 0:
            spans.append((at, len(text)))
            return spans
        spans.append((at, found))
        at = found + len(BREAK)


class ParagraphCopies:
    """The paragraphs of an update's two texts, to follow a passage to its own paragraph.

    A thread exported in the other order, or posts re-sorted, leave every post whole while
    the diff pairs a short recurring post ("+1", "Same.") or a line standing in several
    posts with another post's copy. When the passage lies inside one old paragraph that
    the new text holds whole, and the diff placed it on a paragraph the old text also held
    (another item, unchanged), it is taken to its own paragraph: the only copy, or, when
    the new text holds several, the one copy whose two neighbours are the old paragraph's
    two neighbours in either order (a reversed run swaps them); for copies side by side,
    the same place in the one run of copies with the same paragraphs around it, counted
    from the end they mark. Anything else (the passage across paragraphs, its paragraph
    edited, the diff's paragraph newly written, several copies fitting or none) is left
    as the diff placed it, and so is a placement on a copy of its own paragraph still
    beside one of its old neighbours (blocks reordered around a recurring one), and one
    the diff's checks doubted (review): taking those to the copy their neighbours confirm
    turned 63 reviews right on fresh23 but 32 wrong on fresh8's reordered logs. A passage
    doubted or lost is taken only to a paragraph standing once in each text, beside a kept
    neighbour (``in_its_one_copy``).
    """

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        self._ready = False

    def _prepare(self) -> None:
        self._ready = True
        self._old_spans = paragraph_spans(self.old)
        self._new_spans = paragraph_spans(self.new)
        self._old_starts = [start for start, _ in self._old_spans]
        self._new_starts = [start for start, _ in self._new_spans]
        self._new_copies = _copies(self.new, self._new_spans)
        self._old_copies: dict[str, list[int]] | None = None  # when first asked
        self._written: list[str] | None = None  # new paragraphs the old text lacks, when asked
        #: How many distinct new paragraphs hold each sorted list of words (when asked).
        self._reordered: Counter[tuple[str, ...]] = Counter()

    def _old_texts(self) -> dict[str, list[int]]:
        """The indices of the old paragraphs by their text (read when first asked)."""
        if self._old_copies is None:
            self._old_copies = _copies(self.old, self._old_spans)
        return self._old_copies

    def _own_paragraph(self, start: int, end: int) -> tuple[int, int, int] | None:
        """The index, start and end of the old paragraph holding old ``[start, end)``; None
        when the passage runs across paragraphs."""
        if not self._ready:
            self._prepare()
        old_index = bisect_right(self._old_starts, start) - 1
        old_start, old_end = self._old_spans[old_index]
        if end > old_end:
            return None
        return old_index, old_start, old_end

    def follow(self, start: int, end: int, placement: Placement) -> Placement:
        """``placement`` of old ``[start, end)`` taken to the copy of its own paragraph
        (see the class); else as it was."""
        if placement.state not in PLACED_STATES or end <= start:
            return placement
        paragraph = self._own_paragraph(start, end)
        if paragraph is None:
            return placement  # across paragraphs
        old_index, old_start, old_end = paragraph
        copies = self._new_copies.get(self.old[old_start:old_end])
        if not copies:
            return placement  # its paragraph edited or gone
        new_index = bisect_right(self._new_starts, placement.start) - 1
        here_start, here_end = self._new_spans[new_index]
        if (
            copies == [new_index]
            and placement.start - here_start == start - old_start
            and placement.end - placement.start == end - start
        ):
            return placement  # on its one copy already (the common case)
        if placement.end > here_end or self.new[here_start:here_end] not in self._old_texts():
            return placement  # across paragraphs, or on one the update wrote
        if new_index in copies and self._beside_an_old_neighbour(old_index, new_index):
            return placement  # on a copy of it still beside one of its old neighbours
        chosen = self._chosen(old_index, copies)
        if chosen is None:
            return placement
        new_start = self._new_spans[chosen][0] + start - old_start
        if (new_start, new_start + end - start) == (placement.start, placement.end):
            return placement
        return _taken_to(start, end, new_start)

    def in_its_one_copy(self, start: int, end: int, placement: Placement) -> Placement:
        """A passage the checks doubted or lost (review, orphaned), inside one old paragraph
        that stands once in the old text and, word for word, once in the new: taken to the
        same offsets in that paragraph (a unit re-sorted whole, the diff having paired a
        line of it with another unit's), when a paragraph beside it in the old text stands
        whole in the new too; else ``placement`` as it was. A paragraph printed more than
        once, in either text, is left (which copy holds the passage is a guess), and so is
        one whose old neighbours are all gone (another article under the same byline) or
        whose edited near copy stands in the new text too (the original edited, the
        exact copy a reprint: which is the passage's, a guess)."""
        if placement.state in PLACED_STATES or end <= start:
            return placement
        paragraph = self._own_paragraph(start, end)
        if paragraph is None:
            return placement  # across paragraphs
        old_index, old_start, old_end = paragraph
        body = self.old[old_start:old_end]
        copies = self._new_copies.get(body)
        if copies is None or len(copies) != 1 or len(self._old_texts()[body]) != 1:
            return placement  # its paragraph edited, gone or printed more than once
        if not self._a_neighbour_kept(old_index):
            return placement  # another text sharing the paragraph (a byline), not this one
        if self._an_edited_twin(body):
            return placement  # its copy may be a reprint, the twin its own edited
        new_start = self._new_spans[copies[0]][0] + start - old_start
        return _taken_to(start, end, new_start)

    def _an_edited_twin(self, body: str) -> bool:
        """Whether a new paragraph that the old text does not hold word for word reads like
        ``body`` (``EDITED_MOVE``), or any other new paragraph holds its words in another
        order: a paragraph printed again elsewhere and the original then edited, a post
        renamed beside its copy, or two paragraphs whose lines were swapped so that each
        reads as the other did, leave its one exact copy in doubt."""
        if self._written is None:
            olds = self._old_texts()
            self._written = [text for text in self._new_copies if text not in olds]
            self._reordered = Counter(_words(text) for text in self._new_copies)
        if self._reordered[_words(body)] > 1:
            return True  # another paragraph holds its words in another order (lines swapped)
        found = process.extractOne(
            body, self._written, scorer=Indel.normalized_similarity, score_cutoff=EDITED_MOVE
        )
        return found is not None

    def _a_neighbour_kept(self, old_index: int) -> bool:
        """Whether a paragraph beside old paragraph ``old_index`` (with a letter or digit)
        stands word for word somewhere in the new text: the paragraphs were moved about,
        the text not replaced by another that shares one of them."""
        for index in (old_index - 1, old_index + 1):
            if 0 <= index < len(self._old_spans):
                neighbour = self.old[slice(*self._old_spans[index])]
                if neighbour in self._new_copies and any(map(str.isalnum, neighbour)):
                    return True
        return False

    def _beside_an_old_neighbour(self, old_index: int, new_index: int) -> bool:
        """Whether new paragraph ``new_index`` stands beside a paragraph (not a copy of
        itself) that stood beside old paragraph ``old_index`` (a block moved away from the
        other neighbour)."""
        body = self.old[slice(*self._old_spans[old_index])]
        old_around = set(_neighbours(self.old, self._old_spans, old_index)) - {"", body}
        return bool(old_around & set(_neighbours(self.new, self._new_spans, new_index)))

    def _chosen(self, old_index: int, copies: list[int]) -> int | None:
        """The copy of old paragraph ``old_index`` the passage belongs on, if one stands out."""
        if len(copies) == 1:
            return copies[0]
        body = self.old[slice(*self._old_spans[old_index])]
        first, last = _run(self.old, self._old_spans, old_index, body)
        if first < last:
            return self._in_a_run(old_index, copies, (first, last), body)
        around = _neighbours(self.old, self._old_spans, old_index)
        olds = self._old_texts()[body]
        if sum(_neighbours(self.old, self._old_spans, k) == around for k in olds) > 1:
            return None  # another old copy stood between the same neighbours
        fitting = [k for k in copies if _neighbours(self.new, self._new_spans, k) == around]
        return fitting[0] if len(fitting) == 1 else None

    def _in_a_run(
        self, old_index: int, copies: list[int], run: tuple[int, int], body: str
    ) -> int | None:
        """The copy for a paragraph standing in a run of copies side by side (old ``run``,
        first and last index): in the one new run as long with the same paragraphs around
        it, the same place counted from the end those paragraphs now mark (a run read the
        other way round swaps them); None if no such run or several."""
        old_outer = _outside(self.old, self._old_spans, run)
        if old_outer[0] == old_outer[1] or self._runs_between(body, old_outer) > 1:
            return None  # its run not told apart from another by what stands around it
        fitting: list[int] = []
        for index in copies:
            if index > 0 and self.new[slice(*self._new_spans[index - 1])] == body:
                continue  # not the head of its run
            new_run = _run(self.new, self._new_spans, index, body)
            if new_run[1] - new_run[0] != run[1] - run[0]:
                continue
            outer = _outside(self.new, self._new_spans, new_run)
            if outer == old_outer:
                fitting.append(new_run[0] + old_index - run[0])
            elif outer == old_outer[::-1]:
                fitting.append(new_run[1] - (old_index - run[0]))
        return fitting[0] if len(fitting) == 1 else None

    def _runs_between(self, body: str, outer: tuple[str, str]) -> int:
        """How many runs of ``body`` in the old text stand between ``outer``'s paragraphs,
        in either order."""
        count = 0
        for index in self._old_texts()[body]:
            if index > 0 and self.old[slice(*self._old_spans[index - 1])] == body:
                continue
            around = _outside(
                self.old, self._old_spans, _run(self.old, self._old_spans, index, body)
            )
            count += around in (outer, outer[::-1])
        return count


def _taken_to(start: int, end: int, new_start: int) -> Placement:
    """Old ``[start, end)`` placed whole at ``new_start``: exact where it has not moved."""
    state: AnchorState = "exact" if new_start == start else "moved"
    return Placement(state, new_start, new_start + end - start, 1.0)


def _words(text: str) -> tuple[str, ...]:
    """The words of ``text`` (split at white space), sorted: lines swapped read the same."""
    return tuple(sorted(text.split()))


def _copies(text: str, spans: list[tuple[int, int]]) -> dict[str, list[int]]:
    """The indices of the paragraphs of ``text`` by their text."""
    copies: dict[str, list[int]] = {}
    for index, (start, end) in enumerate(spans):
        copies.setdefault(text[start:end], []).append(index)
    return copies


def _run(text: str, spans: list[tuple[int, int]], index: int, body: str) -> tuple[int, int]:
    """The first and last index of the run of paragraphs reading ``body`` around ``index``."""
    first = last = index
    while first > 0 and text[slice(*spans[first - 1])] == body:
        first -= 1
    while last + 1 < len(spans) and text[slice(*spans[last + 1])] == body:
        last += 1
    return first, last


def _outside(text: str, spans: list[tuple[int, int]], run: tuple[int, int]) -> tuple[str, str]:
    """The paragraphs just before and just after a run (first and last index), empty at
    the text's ends."""
    before = text[slice(*spans[run[0] - 1])] if run[0] > 0 else ""
    after = text[slice(*spans[run[1] + 1])] if run[1] + 1 < len(spans) else ""
    return before, after


def _neighbours(text: str, spans: list[tuple[int, int]], index: int) -> tuple[str, str]:
    """The paragraphs before and after paragraph ``index``, in sorted order (a run read the
    other way round keeps them), empty at the text's ends."""
    before = text[spans[index - 1][0] : spans[index - 1][1]] if index > 0 else ""
    after = text[spans[index + 1][0] : spans[index + 1][1]] if index + 1 < len(spans) else ""
    return (before, after) if before <= after else (after, before)
