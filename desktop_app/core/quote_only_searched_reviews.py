"""A batch's review left as the search made it, placed on its one whole stretch (anchor43r).

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
    its one whole stretch (``quote_only_whole_stretch.placed_on_its_whole_stretch``)."""
    for index, (found, placement) in enumerate(zip(searched, placements, strict=True)):
        if found is None or placement.state != "review" or placement != found:
            continue
        position, quote = wanted[index]
        placements[index] = placed_on_its_whole_stretch(text, position, quote, placement)
