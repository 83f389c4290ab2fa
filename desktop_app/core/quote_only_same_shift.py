"""A best guess in review that moved exactly as both its neighbours did, its context whole: placed.

The quote search reviews a copy of a short or stock quote ("Status: Closed", "Read more",
a figure) found away from where it stood when other copies read nearly as well, even
where the copy it found carries the passage's whole stored context: updates typed in
above it, or lines moved, put every copy of a templated line far from its old place. In
a batch the passages around it tell: when the nearest passages placed on their quotes
before and after it (by where they stood: ``core.figure_twins.placed_neighbours``) both
moved by as much as the best guess did, give or take :data:`SAME_SHIFT` code points, the
stretch from one to the other kept its length and the guess stands where the passage
stood between them. Such a best guess is placed when it is an exact copy of the quote
with the stored prefix and suffix standing whole on both sides, and no witness near it
(``core.disputed_copies``: a confident placement on text found once) moved otherwise: a
reader with the quote, its context and the new text sees nothing changed around it. A
passage deleted whose copy stands elsewhere keeps no such distances on both sides at
once; twins swapped whole with their neighbours would, and a witness beside them tells.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.disputed_copies import Witnesses, moved_alike, nearest_shifts
from desktop_app.core.figure_twins import (
    Requested,
    placed_neighbour_shifts,
    placed_shifts,
    stands_whole,
)
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import AnchorState

#: Most code points by which the best guess's shift may differ from each neighbour's
#: (a typo fixed or a mark typed over between them).
SAME_SHIFT = 2


def placed_with_the_same_shift(
    text: str, requests: Sequence[Requested], placements: Sequence[Placement]
) -> list[Placement]:
    """``placements`` (one per request, of one batch), each best guess in review placed
    when both neighbours moved by as much, its context stands whole and no witness near
    it moved otherwise (see the module's docstring)."""
    if all(placement.state != "review" for placement in placements):
        return list(placements)
    order, shifts = placed_shifts(requests, placements)
    witnesses: list[tuple[int, int, int]] | None = None
    starts: list[int] = []
    settled = list(placements)
    for rank, index in enumerate(order):
        placement = placements[index]
        if placement.state != "review":
            continue
        position, quote, _ = requests[index]
        if not quote.exact or not stands_whole(text, placement.start, quote):
            continue
        shift = placement.start - position.start
        moved = placed_neighbour_shifts(rank, order, shifts)
        if len(moved) < 2 or any(abs(each - shift) > SAME_SHIFT for each in moved):
            continue
        if witnesses is None:
            witnessing = Witnesses(text, [r[0] for r in requests], [r[1] for r in requests])
            witnesses = witnessing.of(placements, [False] * len(placements))
            starts = [start for start, _end, _shift in witnesses]
        if any(
            witnessed is not None and not moved_alike(shift, witnessed)
            for witnessed in nearest_shifts(witnesses, starts, position)
        ):
            continue
        start, end = placement.start, placement.start + len(quote.exact)
        state: AnchorState = position.state_of(start, end)
        settled[index] = placement._replace(state=state, end=end)
    return settled
