"""Quote only, one at a time: a best guess standing once near where it stood, its context realigned.

Placed in a batch, a passage in review looked for again between its anchors is placed when
its best guess is an exact copy of its quote standing nowhere else in the text, found
within a leeway of where the nearer anchor's shift puts it (as much as the gap between the
anchors changed, up to ``batch_placement.SETTLED_SLACK``), and its context agrees once each
side is compared with its far end free (``batch_placement.realigned_where_it_was``: words
beside it shortened, a figure respelt, shift the whole window of a side). Placed alone, a
passage has no anchors: where it stood (or the caller's hint) is its expectation, and the
leeway the batch allows at most. The same reading, called with those, places it, and the
placement is then checked by the doubts the batch applies to every placement and that
need no other annotation (``batch_placement.review_left_out`` and ``reviewed_alone``), and
for a paragraph break with a near copy of a paragraph beside it on its far side
(``placement_doubts.break_beside_a_twin``, as the search checks its own: which copy the
passage reaches into is a guess): a passage any of them sends to review stays there. What
follows in ``core.reanchor.place`` (the checks of a placement's lines and twin sections)
still applies.
"""

from __future__ import annotations

from desktop_app.core.batch_placement import (
    SETTLED_SLACK,
    Request,
    checked_alone,
    realigned_where_it_was,
)
from desktop_app.core.quote_search import NEAR, Placement, beside_a_twin
from desktop_app.core.records import TextPosition, TextQuote

#: How far (code points) from where it stood a passage placed alone may stand and count as
#: where it was: as far as the batch lets one stand between two anchors whose gap changed.
ALONE_LEEWAY = NEAR + SETTLED_SLACK


def placed_where_it_realigns(
    text: str, position: TextPosition, quote: TextQuote, placement: Placement, expected: int
) -> Placement:
    """``placement``, or, when it is a best guess in review that
    ``batch_placement.realigned_where_it_was`` reads as where the passage was (expected at
    ``expected``, within :data:`ALONE_LEEWAY`), placed there ("exact" at the stored
    offsets, else "moved") unless the checks of a placement by the quote alone send it
    back to review."""
    if placement.state != "review":
        return placement
    expected_span = TextPosition(expected, expected + position.end - position.start)
    if not realigned_where_it_was(text, placement, expected_span, ALONE_LEEWAY, quote):
        return placement
    start, end = placement.start, placement.end
    if beside_a_twin(text, start, end, quote):
        return placement
    placed = placement._replace(state=position.state_of(start, end))
    request = Request(position, quote, expected)
    checked = checked_alone(text, request, placed)
    return placement if checked.state == "review" else checked
