"""Passages of a batch placed at once: an exact copy, context intact, moved as its neighbours moved.

Most edits leave most of a text in place or shift whole stretches of it. A passage whose
quote stands exactly, with its stored prefix and suffix unchanged around it, at the copy
the quote search would take were exact copies all it found, moved by as much as the
nearest neighbours on both sides of it (by old place, not overlapping it) give or take
:data:`SAME_SHIFT`, or by as much as one of them and by little (:data:`ONE_SIDED_SHIFT`),
is where it was in that stretch, unless a near copy of its quote stands where it was
expected (the stretch copied elsewhere, then the original edited) or a copy of its
paragraph stands right beside it. Such a passage is placed without the quote search and
its look for rivals all through the text (on the benchmark material the search placed
every one of them on the same span). A neighbour counts when its own quote passes the same
test, or when the caller settled it.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from desktop_app.core.haystack import Haystack
from desktop_app.core.partial_bound import may_reach
from desktop_app.core.placement_doubts import break_beside_a_twin, pasted_beside
from desktop_app.core.quote_search import (
    PLACED_STATES,
    Candidate,
    Placement,
    exact_copies,
    exact_winner,
)
from desktop_app.core.records import TextPosition, TextQuote

#: Most difference (code points) between the shifts of a passage and of each neighbour.
SAME_SHIFT = 20
#: Neighbours looked at on each side (the nearest by old place) for one whose shift is known.
LOOKED_AT = 8
#: Where the passage was expected, a stretch (code points each side) looked at for another
#: copy of its quote at least this similar (0..100, ``fuzz.partial_ratio``).
NEAR_REACH = 300
NEAR_COPY = 75
#: Most shift (code points) of a passage placed with one neighbour moved by as much, the
#: other moved otherwise or absent (an end of the text).
ONE_SIDED_SHIFT = 300


def placed_with_neighbours(
    text: str,
    wanted: Sequence[tuple[TextPosition, TextQuote, int]],
    decided: Sequence[Placement | None],
    copies: Sequence[list[Candidate] | None] | None = None,
) -> list[Placement | None]:
    """For each of ``wanted`` (old position, quote, where it is expected to start) that
    ``decided`` leaves open, its placement when its neighbours make it clear (see the
    module's docstring), else None. ``copies``: each one's exact copies as
    ``quote_search.exact_copies`` finds them in the whole text, if known already."""
    haystack = Haystack(text)
    winners: list[Candidate | None] = []  # exact, whole context around it, clear among copies
    shifts: list[int | None] = []
    for index, ((position, quote, expected), given) in enumerate(zip(wanted, decided, strict=True)):
        winner = None
        if given is None and quote.exact:
            known = copies[index] if copies is not None else None
            if known is None:
                known = exact_copies(haystack, quote, expected)
            winner = _exact_winner(known, position, expected)
        winners.append(winner)
        if winner is not None:
            shifts.append(winner.start - position.start)
        elif given is not None and given.state in PLACED_STATES:
            shifts.append(given.start - position.start)
        else:
            shifts.append(None)
    order = sorted(range(len(wanted)), key=lambda index: wanted[index][0].start)
    placements: list[Placement | None] = [None] * len(wanted)
    for rank, index in enumerate(order):
        found, shift = winners[index], shifts[index]
        position, quote, expected = wanted[index]
        if found is None or shift is None or found.start == position.start:
            continue  # where it was, the quote search takes it at once
        before = _nearest_shift(wanted, shifts, order[rank - 1 :: -1] if rank else [], position)
        after = _nearest_shift(wanted, shifts, order[rank + 1 :], position)
        if not _moved_with(shift, before, after):
            continue
        if not (
            _copy_near(text, quote.exact, expected, found)
            or break_beside_a_twin(text, found.start, found.end)
            or pasted_beside(text, found.start, found.end, quote.exact)
        ):
            placements[index] = Placement("moved", found.start, found.end, found.score)
    return placements


def _exact_winner(
    copies: list[Candidate], position: TextPosition, expected: int
) -> Candidate | None:
    """The exact copy of the quote that the search would take were its exact ``copies``
    (scored with ``expected``) all it found, if its whole stored context stands around it
    unchanged; else None."""
    if not any(copy.prefix == 1.0 and copy.suffix == 1.0 for copy in copies):
        return None  # the winner is one of them: none has its whole context around it
    winner = exact_winner(copies, position, expected)
    if winner is None or winner.prefix < 1.0 or winner.suffix < 1.0:
        return None
    return winner


def _moved_with(shift: int, before: int | None, after: int | None) -> bool:
    """Whether a passage moved by ``shift`` moved with its neighbours (their shifts, None:
    unknown): as both of them give or take :data:`SAME_SHIFT`, or, not far
    (:data:`ONE_SIDED_SHIFT`), as one of them (the other moved otherwise: a paragraph put
    or taken away beside the passage). A passage far from where it was, with one
    neighbour, may stand in a copy of its stretch pasted elsewhere while its original,
    edited, stays where it was."""
    agree = [side is not None and abs(shift - side) <= SAME_SHIFT for side in (before, after)]
    return all(agree) or (any(agree) and abs(shift) <= ONE_SIDED_SHIFT)


def _nearest_shift(
    wanted: Sequence[tuple[TextPosition, TextQuote, int]],
    shifts: list[int | None],
    others: list[int],
    position: TextPosition,
) -> int | None:
    """The shift of the nearest of ``others`` (by old place, outwards) that does not
    overlap ``position`` (one overlapping it says nothing of it), among the first
    :data:`LOOKED_AT`; None if none of them has one."""
    for other in others[:LOOKED_AT]:
        span = wanted[other][0]
        if span.end > position.start and span.start < position.end:
            continue
        if shifts[other] is not None:
            return shifts[other]
    return None


def _copy_near(text: str, exact: str, expected: int, found: Candidate) -> bool:
    """Whether a copy or near copy of the quote (:data:`NEAR_COPY` similar) other than the
    found one stands within :data:`NEAR_REACH` of where the passage was expected (the
    passage edited where it was, and a copy of its whole stretch standing elsewhere: the
    neighbours moved to the copy too, and only the quote search's look for rivals tells)."""
    lo = max(0, expected - NEAR_REACH)
    hi = min(len(text), expected + len(exact) + NEAR_REACH)
    sides = ((lo, min(hi, found.start)), (max(lo, found.end), hi))
    return any(
        may_reach(exact, text[a:b], NEAR_COPY)
        and fuzz.partial_ratio_alignment(exact, text[a:b], score_cutoff=NEAR_COPY) is not None
        for a, b in sides
        if b - a >= len(exact) * NEAR_COPY / 100
    )
