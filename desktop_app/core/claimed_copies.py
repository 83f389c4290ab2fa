"""Passages of one batch that stood apart but landed on one stretch: the one at home keeps it.

Two annotations whose old spans lay apart cannot both be right when their placements cover
mostly the same stretch of the new text: that stretch descends from one old place at most.
When a text repeated a line (a refrain, a formula) and later copies were cut, the
annotations of the cut copies are drawn to the copy that is left, whose context may agree
as well as their own did. The annotation *at home* there is the one placed as the
passages around its old place moved (its shift, new start less old start, that of its
nearest placed neighbours); a rival that is not at home while one is loses the stretch:
its passage went with the cut copy (or somewhere the quote no longer shows), so it is
orphaned (or, in a first pass, sent to review, to be looked for again among its
neighbours). Where neither it nor any rival is at home, which is the passage is a guess:
it goes to review. Where each is, nothing changes here.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.records import AnchorState, TextPosition

#: Least share of the shorter of two placements that they share for them to claim one stretch.
SHARED = 0.5
#: Most code points between a passage's old span and a neighbour's that witnesses where
#: its surroundings went, and most neighbours passed over on each side to find one that
#: does not overlap it.
AROUND = 300
LOOKED_AT = 8
#: Most difference (code points) between a passage's shift and a neighbour's for the two to
#: have moved together.
SAME_SHIFT = 4


def settle_claimed_copies(
    positions: Sequence[TextPosition],
    placements: list[Placement],
    settled: Sequence[bool],
    loser: AnchorState,
) -> None:
    """Give state ``loser`` to each placement (not one the caller settled) whose stretch a
    placement of a passage that stood apart shares (:data:`SHARED`) while that one is
    settled by the caller, or is at home where this one is not; to review one that shares
    it with such placements none of which, nor it, is at home (see the module's
    docstring)."""
    rivals = _rivals(positions, placements)
    if not rivals:
        return
    at_home = _at_home(positions, placements, settled, set(rivals))
    losers = [
        index
        for index, others in rivals.items()
        if not settled[index]
        and any(settled[other] or (at_home[other] and not at_home[index]) for other in others)
    ]
    doubtful = [
        index
        for index, others in rivals.items()
        if not settled[index]
        and not at_home[index]
        and not any(settled[other] or at_home[other] for other in others)
    ]
    for index in losers:
        placements[index] = placements[index]._replace(state=loser)
    for index in doubtful:
        placements[index] = placements[index]._replace(state="review")


def _rivals(
    positions: Sequence[TextPosition], placements: Sequence[Placement]
) -> dict[int, list[int]]:
    """For each placement, the placements of passages that stood apart sharing its stretch."""
    placed = sorted(
        (index for index, placement in enumerate(placements) if placement.state in PLACED_STATES),
        key=lambda index: placements[index].start,
    )
    rivals: dict[int, list[int]] = {}
    for rank, index in enumerate(placed):
        start, end = placements[index].start, placements[index].end
        old = positions[index]
        for other in placed[rank + 1 :]:
            other_start, other_end = placements[other].start, placements[other].end
            if other_start >= end:
                break
            shared = (end if end < other_end else other_end) - other_start
            shorter = min(end - start, other_end - other_start)
            if shorter <= 0 or shared < SHARED * shorter:
                continue
            other_old = positions[other]
            if other_old.start < old.end and old.start < other_old.end:
                continue  # their old spans overlap: one passage, or nested ones
            rivals.setdefault(index, []).append(other)
            rivals.setdefault(other, []).append(index)
    return rivals


def _at_home(
    positions: Sequence[TextPosition],
    placements: Sequence[Placement],
    settled: Sequence[bool],
    contested: set[int],
) -> dict[int, bool]:
    """Whether each contested placement moved as the nearest uncontested placed passage did
    on either side of its old span (by old offsets, within :data:`AROUND`; one whose old
    span overlaps it is the same stretch of text, no witness of its surroundings); a
    settled one is at home."""
    others = sorted(
        (
            positions[index].start,
            positions[index].end,
            placements[index].start - positions[index].start,
        )
        for index, placement in enumerate(placements)
        if placement.state in PLACED_STATES and index not in contested
    )
    starts = [start for start, _end, _shift in others]
    verdicts: dict[int, bool] = {}
    for index in contested:
        if settled[index]:
            verdicts[index] = True
            continue
        old = positions[index]
        shift = placements[index].start - old.start
        verdicts[index] = any(
            abs(other_shift - shift) <= SAME_SHIFT
            for other_shift in _witnesses(others, starts, old)
        )
    return verdicts


def _witnesses(
    others: list[tuple[int, int, int]], starts: list[int], old: TextPosition
) -> list[int]:
    """The shifts of the nearest passages of ``others`` (old start, old end, shift; by old
    start) wholly before and wholly after ``old``, each within :data:`AROUND` of it."""
    shifts = []
    after = bisect_left(starts, old.start)
    for at in range(after - 1, max(-1, after - 1 - LOOKED_AT), -1):
        start, end, shift = others[at]
        if end <= old.start:
            if old.start - end <= AROUND:
                shifts.append(shift)
            break
    for at in range(after, min(len(others), after + LOOKED_AT)):
        start, _end, shift = others[at]
        if start >= old.end:
            if start - old.end <= AROUND:
                shifts.append(shift)
            break
    return shifts
