"""Quote only, one at a time: a guess in review moved to its whole stored window, once and near.

Placed in a batch, a passage whose quote stands several times nearby (a stock line, a
status, a figure repeated down a list) is told apart by the anchors around it: the copy
between them, where the nearer anchor's shift puts it. Placed alone, it has no anchors, and
the search, weighing each copy's context and its distance from where the passage stood,
leaves it in review when a copy nearer to where it stood reads the quote and one side of
the context (``quote_search._twinned``). A reader holding the one annotation reads the
whole stored window instead: when the quote with both sides of its stored context, each as
long as a context is stored (``anchoring.CONTEXT``), stands word for word once in the whole
text, within :data:`NEAR_WINDOW` of where it stood (or of the caller's hint), and not on
the very offsets where it stood (a passage there was already weighed and doubted), the
passage is there. The placement then goes through the doubts the batch applies to every
placement and that need no other annotation (``batch_placement.checked_alone``), a
paragraph break beside a twin (``quote_search.beside_a_twin``) and a paragraph pasted again
beside itself, one copy then edited (``placement_doubts.pasted_beside``: which copy holds
the passage is a guess, even when only one of them still reads the whole window, as long as
what sets the copies apart is the paragraph across a blank line, which one of the two copies
keeps as its neighbour whichever of them the passage is in). When the stretch of the window
inside the passage's own paragraph (the quote with the words of its own paragraph around
it) stands in neither paragraph beside it, the copies differ in the passage's own words and
the one reading them as stored is the passage (:func:`told_apart_inside`). What follows in
``core.reanchor.place`` (the checks of its lines and of twin sections) still applies.
"""

from __future__ import annotations

from desktop_app.core.anchoring import CONTEXT
from desktop_app.core.batch_placement import Request, checked_alone
from desktop_app.core.placement_doubts import pasted_beside
from desktop_app.core.quote_only_realigned_alone import ALONE_LEEWAY
from desktop_app.core.quote_search import Placement, beside_a_twin, score
from desktop_app.core.records import TextPosition, TextQuote

#: What separates paragraphs.
BLANK_LINE = "\n\n"

#: How far (code points) from where it stood the whole window may stand: as far as the
#: batch lets a passage stand from where its anchors put it (``ALONE_LEEWAY``).
NEAR_WINDOW = ALONE_LEEWAY


def window_start(text: str, quote: TextQuote) -> int | None:
    """Where the quote starts in the one copy of the quote with its whole stored context
    (both sides ``anchoring.CONTEXT`` long) in ``text``, or None when the context stored
    is shorter or the window stands not once."""
    if len(quote.prefix) < CONTEXT or len(quote.suffix) < CONTEXT or not quote.exact:
        return None
    window = quote.prefix + quote.exact + quote.suffix
    found = text.find(window)
    if found < 0 or text.find(window, found + 1) >= 0:
        return None
    return found + len(quote.prefix)


def _paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the paragraph (between blank lines) holding ``[start, end)`` starts and ends."""
    before = text.rfind(BLANK_LINE, 0, start)
    after = text.find(BLANK_LINE, end)
    return (0 if before == -1 else before + len(BLANK_LINE)), (len(text) if after == -1 else after)


def told_apart_inside(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether the quote placed at ``[start, end)`` on its whole window reads that window,
    cut to the passage's own paragraph, in words no other paragraph holds: a near copy of
    the paragraph beside it (``placement_doubts.pasted_beside``) reads the passage's own
    words otherwise, not only the paragraph across a blank line, and so does no copy
    further off (a paragraph pasted twice, the copy between them edited)."""
    low, high = _paragraph_around(text, start, end)
    inside = text[max(low, start - len(quote.prefix)) : min(high, end + len(quote.suffix))]
    # ``inside`` holds no blank line, so wherever else it stands it is inside one paragraph
    return text.find(inside, 0, low) < 0 and text.find(inside, high) < 0


def placed_on_its_near_window(
    text: str, position: TextPosition, quote: TextQuote, placement: Placement, expected: int
) -> Placement:
    """``placement``, or, when it is a best guess in review and the quote's whole stored
    window stands once within :data:`NEAR_WINDOW` of ``expected`` (not on the stored
    offsets, nor in a paragraph pasted beside itself unless :func:`told_apart_inside`),
    placed there ("moved", scored as the search scores it) unless the checks of a
    placement by the quote alone send it back to review."""
    if placement.state != "review":
        return placement
    start = window_start(text, quote)
    if start is None or not -NEAR_WINDOW <= start - expected <= NEAR_WINDOW:
        return placement
    end = start + len(quote.exact)
    if (
        (start, end) == (position.start, position.end)
        or beside_a_twin(text, start, end, quote)
        or (
            pasted_beside(text, start, end, quote.exact)
            and not told_apart_inside(text, start, end, quote)
        )
    ):
        return placement
    found = score(text, start, end, quote, expected).score
    placed = Placement(position.state_of(start, end), start, end, found)
    checked = checked_alone(text, Request(position, quote, expected), placed)
    return placement if checked.state == "review" else checked
