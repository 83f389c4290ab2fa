"""A passage in review placed on the one copy of its block when both neighbours kept their distance.

Lists of near-identical blocks are reversed or re-sorted: each block moves on its own, so
a passage's neighbours in the batch (the passages placed on their quotes just before and
just after it, by where they stood) may now stand on the other side of it, having moved
the other way, and ``core.quote_only_carried_blocks``, which asks one of them to have
moved by as much, leaves it in review. When the quote stands once with its own
paragraph's context (``quote_only_carried_blocks.one_copy_in_its_block``: a figure among
them, no figure twin of either side, outside doubled stretches; a register's entries are
near copies of each other, so near copies elsewhere are not asked about here) and *both*
neighbours stand as far from that copy as they stood from the passage, give or take
:data:`KEPT` code points, on either side, the copy is the passage: a passage deleted
whose copy stands elsewhere keeps no such distances on both sides at once. Not when
another passage of the batch, elsewhere, quotes the same words (the text held them twice,
one copy maybe cut since: which one is left, a guess) nor when the copy's paragraph has
a near copy right before or after it (:data:`NEAR_TWIN`: a paragraph repeated beside
itself with a typo, which one is the passage a guess). Batches only: one at a time there
are no neighbours.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import Indel

from desktop_app.core.figure_twins import Requested, placed_neighbours, placed_shifts
from desktop_app.core.quote_only_carried_blocks import (
    BREAK,
    CARRIED,
    one_copy_in_its_block,
)
from desktop_app.core.quote_scoring import score
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import AnchorState

#: Most code points by which a neighbour's distance from the copy may differ from its
#: distance from the passage where it stood (lines between them shortened or lengthened).
KEPT = CARRIED
#: Least similarity (0..1) of the paragraph right before or after the copy's to it for the
#: two to be copies of one paragraph (one retyped with a typo or two; a register's
#: neighbouring entries, a name and a figure apart, read less alike).
NEAR_TWIN = 0.98


def quoted_twice(requests: Sequence[Requested]) -> set[int]:
    """The indexes of the requests whose quote another request quotes word for word where
    the two spans do not meet: the old text held those words twice."""
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for index, (position, quote, _) in enumerate(requests):
        spans.setdefault(quote.exact, []).append((position.start, position.end, index))
    twice: set[int] = set()
    for found in spans.values():
        for start, end, index in found:
            if any(
                other_end <= start or end <= other_start
                for other_start, other_end, other in found
                if other != index
            ):
                twice.add(index)
    return twice


def paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (between blank lines) holding ``[start, end)``."""
    before = text.rfind(BREAK, 0, start)
    after = text.find(BREAK, end)
    return (0 if before < 0 else before + len(BREAK)), (len(text) if after < 0 else after)


def beside_a_near_twin(text: str, start: int, end: int) -> bool:
    """Whether the paragraph holding ``[start, end)`` reads nearly as the paragraph right
    before or right after it (:data:`NEAR_TWIN`)."""
    low, high = paragraph_around(text, start, end)
    paragraph = text[low:high]
    neighbours = []
    if low > 0:
        neighbours.append(text[slice(*paragraph_around(text, low - len(BREAK), low - len(BREAK)))])
    if high < len(text):
        after = high + len(BREAK)
        neighbours.append(text[slice(*paragraph_around(text, after, after))])
    return any(
        neighbour and Indel.normalized_similarity(paragraph, neighbour) >= NEAR_TWIN
        for neighbour in neighbours
    )


def kept_their_distances(
    at: int,
    expected: int,
    rank: int,
    order: Sequence[int],
    shifts: Sequence[int | None],
    requests: Sequence[Requested],
    placements: Sequence[Placement],
) -> bool:
    """Whether the nearest placed passages before and after the one of rank ``rank`` (in
    ``order``, by where they stood) both exist and stand as far from ``at`` as they stood
    from ``expected``, give or take :data:`KEPT`."""
    for beside in placed_neighbours(rank, order, shifts):
        if beside is None:
            return False
        was = abs(requests[beside][0].start - expected)
        now = abs(placements[beside].start - at)
        if abs(was - now) > KEPT:
            return False
    return True


def placed_between_kept_neighbours(
    text: str, requests: Sequence[Requested], placements: Sequence[Placement]
) -> list[Placement]:
    """``placements`` (one per request, of one batch), each in review placed on the one
    copy of its quote in its own block when both its neighbours kept their distance from
    it (see the module's docstring)."""
    if all(placement.state != "review" for placement in placements):
        return list(placements)
    order, shifts = placed_shifts(requests, placements)
    twice = quoted_twice(requests)
    settled = list(placements)
    for rank, index in enumerate(order):
        if placements[index].state != "review" or index in twice:
            continue
        position, quote, _ = requests[index]
        at = one_copy_in_its_block(text, quote, near_copies_checked=False)
        if at is None:
            continue
        end = at + len(quote.exact)
        if not kept_their_distances(
            at, position.start, rank, order, shifts, requests, placements
        ) or beside_a_near_twin(text, at, end):
            continue
        state: AnchorState = position.state_of(at, end)
        settled[index] = Placement(
            state, at, end, score(text, at, end, quote, position.start).score
        )
    return settled
