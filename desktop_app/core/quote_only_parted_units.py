"""A quote across a block's edge placed whole while the units on either side moved apart.

Units (verses, sections, cues, procedures) are reordered. A passage that ran from the end
of one unit across the blank line into the next is found whole wherever a unit ending as
its first piece stands before a unit starting as its second: a refrain or a stock closing
line ends every unit, and a renumbered head reads alike, so the search takes the join the
reorder made. The batch tells whether the two units still stand together: the nearest
passages before and after the blank line (by where they stood) placed on a quote that
stands once in the text moved by as much when the units kept together, and by amounts
more than :data:`PARTED` apart when they parted, or when text was inserted or deleted
between them. Only a reorder also leaves a copy of one piece of the quote, with its own
context (the stored context up to the nearest blank line), within :data:`NEAR` of where
the passage on that piece's side moved it, away from the placement: its unit went there.
Then which piece, or whether the whole, is the passage the text does not settle, and it
goes to review, its best guess kept. Batches only: one at a time there are no neighbours.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from desktop_app.core.figure_twins import Requested, own_context
from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.records import TextQuote

#: Least difference (code points) between how far the passages on either side of the
#: edge moved for the units to have parted (lines shortened or lengthened between them
#: move a neighbour by less).
PARTED = 120
#: Most code points by which a piece's copy may stand off where its side's passage moved
#: it (a unit moved whole keeps its inner distances; 40 and 120 sent more right
#: placements to review, a stock line's copy in a unit nearby).
NEAR = 12
#: A paragraph break: a blank line.
BREAK = "\n\n"


def _stands_once(text: str, piece: str) -> bool:
    at = text.find(piece)
    return at >= 0 and text.find(piece, at + 1) < 0


def told_moves(
    text: str, requests: Sequence[Requested], placements: Sequence[Placement]
) -> tuple[list[int], list[int], list[int]]:
    """The old starts and ends of the passages placed on a quote (exact or moved) that
    stands once in ``text``, ordered by where they ended and by where they started, with
    how far each moved: (ends, starts, moves by end order); see :func:`parted`."""
    told = [
        (position.start, position.end, placement.start - position.start)
        for (position, quote, _), placement in zip(requests, placements, strict=True)
        if placement.state in ("exact", "moved") and _stands_once(text, quote.exact)
    ]
    return (
        [end for _, end, _ in sorted(told, key=lambda one: one[1])],
        [start for start, _, _ in sorted(told)],
        [move for _, _, move in sorted(told, key=lambda one: one[1])]
        + [move for _, _, move in sorted(told)],
    )


def nearest_moves(
    edge: int, ends: Sequence[int], starts: Sequence[int], moves: Sequence[int]
) -> tuple[int, int] | None:
    """How far the nearest told passage that ended by the old blank line at ``edge`` and
    the nearest that started after it (``told_moves``) moved, when both exist and moved by
    amounts more than :data:`PARTED` apart; else None."""
    before = bisect_right(ends, edge) - 1
    after = bisect_left(starts, edge + len(BREAK))
    if before < 0 or after >= len(starts):
        return None
    moved = moves[before], moves[len(ends) + after]
    return moved if abs(moved[0] - moved[1]) > PARTED else None


def _a_copy_near(text: str, piece: str, expected: int, placed: int) -> bool:
    """Whether a copy of ``piece`` stands within :data:`NEAR` of ``expected`` and farther
    than :data:`PARTED` from ``placed``."""
    low = max(0, expected - NEAR)
    at = text.find(piece, low, expected + NEAR + len(piece))
    while at >= 0:
        if abs(at - placed) > PARTED:
            return True
        at = text.find(piece, at + 1, expected + NEAR + len(piece))
    return False


def parted_piece(
    text: str, position_start: int, quote: TextQuote, placed_start: int, moved: tuple[int, int]
) -> bool:
    """Whether a piece of the quote (across its one blank line), with its own context,
    stands where the told passage on its side of the line moved it (``moved``: the moves
    before and after the line) and not on the placement: its unit went there."""
    head, _, tail = quote.exact.partition(BREAK)
    own_prefix, own_suffix = own_context(quote)
    old_tail = position_start + len(head) + len(BREAK)
    placed_tail = placed_start + len(head) + len(BREAK)
    return _a_copy_near(
        text,
        own_prefix + head,
        position_start - len(own_prefix) + moved[0],
        placed_start - len(own_prefix),
    ) or _a_copy_near(text, tail + own_suffix, old_tail + moved[1], placed_tail)


def review_parted_units(
    text: str, requests: Sequence[Requested], placements: Sequence[Placement]
) -> list[Placement]:
    """``placements`` (one per request, of one batch), each placed across a blank line of
    its quote sent to review, its best guess kept, when the told passages on either side
    of that line moved apart (:func:`nearest_moves`) and a piece of it stands where its
    side's passage moved it (:func:`parted_piece`)."""
    crossing = [
        index
        for index, ((_, quote, _), placement) in enumerate(zip(requests, placements, strict=True))
        if placement.state in PLACED_STATES and quote.exact.count(BREAK) == 1
    ]
    if not crossing:
        return list(placements)
    ends, starts, moves = told_moves(text, requests, placements)
    settled = list(placements)
    for index in crossing:
        position, quote, _ = requests[index]
        edge = position.start + quote.exact.index(BREAK)
        moved = nearest_moves(edge, ends, starts, moves)
        if moved is not None and parted_piece(
            text, position.start, quote, placements[index].start, moved
        ):
            settled[index] = placements[index]._replace(state="review")
    return settled
