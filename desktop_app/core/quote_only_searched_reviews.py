"""A batch's review left as the search made it, placed on its one whole stretch (anchor43r/t).

One at a time, a best guess in review that reads its quote with the whole stored context,
that stretch standing once, is placed (``core.quote_only_whole_stretch``: a section moved
whole carries its lines far from where they stood, and the search, weighing that distance,
doubts a stock line or a figure standing many times). A batch left such guesses in review.
Its own doubts are a reader's too: a passage the batch placed and then sent to review (out
of order among its neighbours, a copy another passage claims, a witness near it moved
otherwise) is most often one deleted or edited where it stood whose words stand again
elsewhere, and the neighbours told. So in a batch the rule reads only the reviews the search
made that nothing in the batch changed since: the neighbours neither placed nor doubted
them, and the passage's quote and context are all a reader has to go on.

A reader also looks where the passage stood (anchor43t): when the passages stored just
before and after it are both placed, in their order, and its guess lies outside the stretch
they span, the neighbours stayed together while the passage would move away from between
them. That is a row whose figures changed beside a copy, a paragraph deleted where it stood
and repeated nearby, an entry corrected beside its duplicate: the guess stays in review.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.quote_only_whole_stretch import placed_on_its_whole_stretch
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import TextPosition, TextQuote


def place_searched_reviews(
    text: str,
    wanted: Sequence[tuple[TextPosition, TextQuote]],
    searched: Sequence[Placement | None],
    placements: list[Placement],
) -> None:
    """Place in ``placements`` (in place) each review still as the search left it
    (``searched``, aligned; None where the search did not make it) when its best guess is
    its one whole stretch (``quote_only_whole_stretch.placed_on_its_whole_stretch``) and
    does not leave its old neighbours placed together (``left_its_neighbours``)."""
    as_stored = sorted(range(len(wanted)), key=lambda index: _stored_span(wanted[index]))
    before_this_pass = list(placements)
    for rank, index in enumerate(as_stored):
        found, placement = searched[index], placements[index]
        if found is None or placement.state != "review" or placement != found:
            continue
        neighbours = [
            before_this_pass[as_stored[near]]
            for near in (rank - 1, rank + 1)
            if 0 <= near < len(as_stored)
        ]
        if left_its_neighbours(placement, neighbours):
            continue
        position, quote = wanted[index]
        placements[index] = placed_on_its_whole_stretch(text, position, quote, placement)


def left_its_neighbours(guess: Placement, neighbours: Sequence[Placement]) -> bool:
    """Whether ``guess`` lies outside the stretch its two old neighbours (the passages stored
    just before and after it, in that order) span where both are placed in their order."""
    if len(neighbours) != 2:
        return False
    before, after = neighbours
    if not (_settled(before) and _settled(after)) or before.start > after.start:
        return False
    return guess.start < before.start or guess.end > after.end


def _stored_span(wanted: tuple[TextPosition, TextQuote]) -> tuple[int, int]:
    """Where a passage stood in the old text, to order a batch as it was stored."""
    position = wanted[0]
    return position.start, position.end


def _settled(placement: Placement) -> bool:
    """Whether a neighbour was placed outright (not in review, not orphaned)."""
    return placement.state not in ("review", "orphaned")
