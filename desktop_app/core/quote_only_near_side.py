"""Quote only, one at a time: a guess in review on the one copy of its quote beside a whole side.

Placed alone, a short quote found word for word close to where it stood, one side of its
stored context whole beside it and the other changed (a word edited just past the
passage), stays in review: the search asks a quote shorter than ``quote_search.CLEAR_QUOTE``
found away from where it stood for both sides of its context (``quote_search._found_once``
is for long quotes). A reader holding the one annotation takes it when nothing else in
the text could be it: the best guess is that copy, within :data:`NEAR_SIDE` of where the
passage stood (or of the caller's hint) but not on the stored offsets (a passage there was
weighed and doubted already), one side of the stored context (each side stored
``anchoring.CONTEXT`` long) stands whole beside it, and no other copy of the quote in the
whole text reads either side of the context even :data:`OTHER_SIDE` alike (a list's
recurring line, whose copies all read some of it, stays in review). The placement then goes
through the doubts the batch applies to every placement that need no other annotation
(``batch_placement.checked_alone``), a paragraph break beside a twin
(``quote_search.beside_a_twin``) and a paragraph pasted beside itself
(``placement_doubts.pasted_beside``), as ``core.quote_only_near_window`` does.
"""

from __future__ import annotations

from desktop_app.core.anchoring import CONTEXT
from desktop_app.core.batch_placement import Request, checked_alone
from desktop_app.core.placement_doubts import pasted_beside
from desktop_app.core.quote_only_near_window import NEAR_WINDOW
from desktop_app.core.quote_scoring import context_similarity
from desktop_app.core.quote_search import Placement, beside_a_twin, score
from desktop_app.core.records import TextPosition, TextQuote

#: How far (code points) from where it stood the copy may stand: as far as the whole window
#: may (``quote_only_near_window.NEAR_WINDOW``).
NEAR_SIDE = NEAR_WINDOW
#: How alike either side of another copy's context may be before that copy could be the
#: passage too (``quote_search.FAR_AGREES``, the likeness the search asks of a far side).
OTHER_SIDE = 0.9
#: Most copies of the quote read; a quote standing more often stays as it is.
MOST_COPIES = 256


def the_only_copy_beside_a_side(text: str, quote: TextQuote, start: int) -> bool:
    """Whether the copy of ``quote.exact`` at ``start`` has one side of the stored context
    whole beside it and every other copy of the quote in ``text`` (of the first
    :data:`MOST_COPIES`) reads both sides under :data:`OTHER_SIDE` alike."""
    exact = quote.exact
    end = start + len(exact)
    if text[start:end] != exact or not (
        text.startswith(quote.suffix, end)
        or (start >= len(quote.prefix) and text.startswith(quote.prefix, start - len(quote.prefix)))
    ):
        return False
    at = text.find(exact)
    for _ in range(MOST_COPIES):
        if at == -1:
            return True
        if at != start and max(context_similarity(text, at, at + len(exact), quote)) >= OTHER_SIDE:
            return False
        at = text.find(exact, at + 1)
    return at == -1


def placed_on_its_near_side(
    text: str, position: TextPosition, quote: TextQuote, placement: Placement, expected: int
) -> Placement:
    """``placement``, or, when it is a best guess in review on a copy of its quote within
    :data:`NEAR_SIDE` of ``expected`` (not on the stored offsets) that is the only copy
    reading a side of the context (:func:`the_only_copy_beside_a_side`), placed there
    ("moved", scored as the search scores it) unless the checks of a placement by the quote
    alone send it back to review."""
    if placement.state != "review" or len(quote.prefix) < CONTEXT or len(quote.suffix) < CONTEXT:
        return placement
    start, end = placement.start, placement.end
    if (
        not quote.exact
        or not -NEAR_SIDE <= start - expected <= NEAR_SIDE
        or (start, end) == (position.start, position.end)
        or end - start != len(quote.exact)
        or not the_only_copy_beside_a_side(text, quote, start)
        or beside_a_twin(text, start, end, quote)
        or pasted_beside(text, start, end, quote.exact)
    ):
        return placement
    found = score(text, start, end, quote, expected).score
    placed = Placement(position.state_of(start, end), start, end, found)
    checked = checked_alone(text, Request(position, quote, expected), placed)
    return placement if checked.state == "review" else checked
