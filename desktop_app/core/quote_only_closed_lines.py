"""A placement lacking a side of its context while its neighbour lines meet where it stood.

A stock line that several items repeat ("Returned to the strongroom in a new folder.",
"Restricted until 2030") is pruned from all items but the first: the annotation on a pruned
copy finds the kept copy far off, reading its words but not its whole stored context (the
line before or after it there is another item's). A reader holding only that annotation
sees two things: the words up there beside another line, and, nearer where the passage
stood, the line before it and the line after it standing together with nothing between
them, as if it had been cut out there. Which is the passage, a copy beside other lines or a
line that is gone, the text does not settle alone: the placement goes to review, its best
guess kept. (A copy reading the whole stored context is left alone: a section moved whole
reads so while a twin section lacking the line stands near where it was, and a kept copy
of a pruned line may too; neither can be told from the other.) The stored context is read
to its lines, for a passage of whole lines only: the prefix, and the suffix past its first
line break (each at least :data:`TELLING_LINE` code points, white space at its ends aside),
joined as dropping the passage's lines leaves them.
"""

from __future__ import annotations

from desktop_app.core.quote_only_alone import has_whole_context
from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.records import TextQuote

#: Least length (code points, white space at its ends aside) of each neighbour line's stored
#: part for their meeting to tell.
TELLING_LINE = 8


def neighbour_lines(quote: TextQuote) -> tuple[str, str] | None:
    """The stored context's neighbour lines of a passage of whole lines (the prefix ends a
    line, the suffix starts one), as they read with the passage's lines cut out between
    them (the prefix, and the suffix past its first line break), or None when the passage
    is not whole lines or either side, white space aside, is shorter than
    :data:`TELLING_LINE`."""
    if not (quote.prefix.endswith("\n") and quote.suffix.startswith("\n")):
        return None
    before, after = quote.prefix, quote.suffix[1:]
    if len(before.strip()) < TELLING_LINE or len(after.strip()) < TELLING_LINE:
        return None
    return before, after


def lines_met_nearer(text: str, quote: TextQuote, placement: Placement, expected: int) -> bool:
    """Whether ``placement`` reads the quote word for word but not its whole stored context
    (a side of it is another's there) while the stored neighbour lines stand together
    (:func:`neighbour_lines`, the gap between them) somewhere apart from it and nearer
    ``expected`` (where the passage stood) than the placement is."""
    start, end = placement.start, placement.end
    if text[start:end] != quote.exact or has_whole_context(text, start, end, quote):
        return False
    lines = neighbour_lines(quote)
    if lines is None:
        return False
    before, after = lines
    met = before + after
    distance = abs(start - expected)
    at = text.find(met)
    while at >= 0:
        apart = at + len(met) <= start or at >= end
        if apart and abs(at + len(before) - expected) < distance:
            return True
        at = text.find(met, at + 1)
    return False


def review_where_its_lines_met(
    text: str, quote: TextQuote, placement: Placement, expected: int
) -> Placement:
    """``placement``, sent to review (its best guess kept) when it is neither where the
    passage stood nor nearer it than a place where its neighbour lines now meet
    (:func:`lines_met_nearer`)."""
    if (
        placement.state in PLACED_STATES
        and placement.start != expected
        and lines_met_nearer(text, quote, placement, expected)
    ):
        return placement._replace(state="review")
    return placement
