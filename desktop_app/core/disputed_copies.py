"""A placement on one copy of a repeated quote while a neighbour moved to another copy: review.

Entries of a log that close with the same lines (a disclaimer, "Ends", a stock reply), put
in another order, leave copies of each closing line whose stored context agrees with one
copy on one side and with another on the other side, or with a copy that is not the
passage on both (the context of a closing line is mostly its neighbours' text). Which copy
is the passage, position and context cannot tell. The passages around it can: a
*witness* is a confident placement (its placed text found once in the whole text, and
either its quote found exactly, not short, or a high score) of a passage that stood
wholly before or after the passage, near it, whose shift (new start less old start) says
where the stretch between them went. A placement that a witness's shift does not carry
there, while an exact copy of its quote (context agreeing on one side) stands where that
shift does carry it, is disputed: it goes to review.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from desktop_app.core.haystack import Haystack
from desktop_app.core.quote_scoring import context_similarity
from desktop_app.core.quote_search import CONTEXT_AGREES, PLACED_STATES, Placement
from desktop_app.core.records import TextPosition, TextQuote

#: Most code points between a passage's old span and a witness's, and most passages passed
#: over on each side to find one wholly before or after it.
AROUND = 300
LOOKED_AT = 8
#: Most difference (code points) between two shifts for them to carry a passage to one place.
SAME_SHIFT = 20
#: Least score of a witness, unless its quote stands exactly and is at least
#: :data:`WITNESS_LENGTH` code points long (moved, its context changed on both sides, a
#: quote found once still says where its stretch went).
WITNESS_SCORE = 0.9
WITNESS_LENGTH = 16


class Witnesses:
    """Finds the witnesses of a batch's placements afresh at each look, remembering which
    placed spans stand once in the text and what the last look found (a batch looks more
    than once, mostly at the same placements)."""

    def __init__(
        self,
        text: str,
        positions: Sequence[TextPosition],
        quotes: Sequence[TextQuote],
        within: Haystack | None = None,
    ) -> None:
        self.text = text
        self.positions = positions
        self.quotes = quotes
        self._haystack = (
            within if within is not None and within.whole else Haystack(text, remember=True)
        )
        self._once: dict[tuple[int, int], bool] = {}
        self._looked: tuple[tuple[Placement, ...], tuple[bool, ...]] | None = None
        self._found: list[tuple[int, int, int]] = []

    def copies(self, exact: str, near: int) -> int:
        """How many exact copies of ``exact`` the text holds, up to two (the nearest to
        ``near`` first)."""
        return len(self._haystack.nearest(exact, near, 2))

    def of(
        self, placements: Sequence[Placement], settled: Sequence[bool]
    ) -> list[tuple[int, int, int]]:
        """Old start, old end and shift of each witness, by old start: settled by the
        caller, or placed on text that stands once in the text, its quote exact and not
        short or its score high."""
        looked = (tuple(placements), tuple(settled))
        if looked == self._looked:
            return self._found
        text, once = self.text, self._once
        found = []
        for index, placement in enumerate(placements):
            start, end = placement.start, placement.end
            if placement.state not in PLACED_STATES or end <= start:
                continue
            if not settled[index]:
                if placement.score < WITNESS_SCORE:
                    exact = self.quotes[index].exact
                    if end - start < WITNESS_LENGTH or not (
                        end - start == len(exact) and text.startswith(exact, start)
                    ):
                        continue
                alone = once.get((start, end))
                if alone is None:
                    placed = text[start:end]
                    alone = once[start, end] = self._haystack.nearest(placed, start, 2) == [start]
                if not alone:
                    continue
            old = self.positions[index]
            found.append((old.start, old.end, start - old.start))
        found.sort()
        self._looked, self._found = looked, found
        return found


def review_disputed_copies(
    text: str,
    positions: Sequence[TextPosition],
    quotes: Sequence[TextQuote],
    placements: list[Placement],
    settled: Sequence[bool],
    witnessing: Witnesses | None = None,
) -> None:
    """Send to review each placement (not one the caller settled) that a witness disputes
    (see the module's docstring); ``witnessing``: the batch's :class:`Witnesses`, if made."""
    if witnessing is None:
        witnessing = Witnesses(text, positions, quotes)
    witnesses = witnessing.of(placements, settled)
    if not witnesses:
        return
    starts = [start for start, _end, _shift in witnesses]
    for index, placement in enumerate(placements):
        exact = quotes[index].exact
        if settled[index] or placement.state not in PLACED_STATES or not exact:
            continue
        if witnessing.copies(exact, placement.start) <= (1 if placement.state != "fuzzy" else 0):
            continue  # no copy of the quote but where it was placed
        old = positions[index]
        shift = placement.start - old.start
        for other_shift in nearest_shifts(witnesses, starts, old):
            if other_shift is None or moved_alike(shift, other_shift):
                continue
            if _copy_carried(text, exact, quotes[index], old.start + other_shift, placement):
                placements[index] = placement._replace(state="review")
                break


def moved_alike(shift: int, other: int) -> bool:
    """Whether two passages' shifts differ by :data:`SAME_SHIFT` code points at most."""
    return -SAME_SHIFT <= other - shift <= SAME_SHIFT


def nearest_shifts(
    witnesses: list[tuple[int, int, int]], starts: list[int], old: TextPosition
) -> tuple[int | None, int | None]:
    """The shifts of the nearest witnesses (``Witnesses.of``; ``starts``: their old starts)
    wholly before and wholly after ``old``, each within :data:`AROUND` of it (None: none)."""
    before = after = None
    later = bisect_left(starts, old.start)
    for at in range(later - 1, max(-1, later - 1 - LOOKED_AT), -1):
        _start, end, shift = witnesses[at]
        if end <= old.start:
            if old.start - end <= AROUND:
                before = shift
            break
    for at in range(later, min(len(witnesses), later + LOOKED_AT)):
        start, _end, shift = witnesses[at]
        if start >= old.end:
            if start - old.end <= AROUND:
                after = shift
            break
    return before, after


def _copy_carried(
    text: str, exact: str, quote: TextQuote, expected: int, placement: Placement
) -> bool:
    """Whether an exact copy of the quote other than ``placement`` starts within
    :data:`SAME_SHIFT` of ``expected``, one side of its context agreeing."""
    length = len(exact)
    lo = expected - SAME_SHIFT if expected > SAME_SHIFT else 0
    at = text.find(exact, lo, expected + SAME_SHIFT + length)
    while at != -1:
        if at + length <= placement.start or at >= placement.end:
            prefix, suffix = context_similarity(text, at, at + length, quote)
            if prefix >= CONTEXT_AGREES or suffix >= CONTEXT_AGREES:
                return True
        at = text.find(exact, at + 1, expected + SAME_SHIFT + length)
    return False
