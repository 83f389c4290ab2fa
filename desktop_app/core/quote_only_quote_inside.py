"""A fuzzy placement that holds its quote word for word once, cut back to it.

The fuzzy search weighs a span with its stored context, so where lines or whole blocks were
put in just before or after a passage (a block moved to the end of the next section, a
section's half typed in under a new heading), a span taking them in can score higher than
the quote alone: the stored context stands just beyond what was put in. When the quote
stands word for word once inside such a fuzzy placement, a reader highlights that: what lies
around it inside the placement is text the quote does not hold at its ends.
"""

from __future__ import annotations

from desktop_app.core.quote_scoring import score
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import TextPosition, TextQuote


def cut_to_the_quote_inside(
    text: str, position: TextPosition, quote: TextQuote, placement: Placement
) -> Placement:
    """``placement`` cut back to its quote when it is fuzzy and holds the quote word for
    word exactly once (exact where the passage stood, else moved); else as it is."""
    exact = quote.exact
    if placement.state != "fuzzy" or not exact:
        return placement
    at = text.find(exact, placement.start, placement.end)
    if at < 0 or text.find(exact, at + 1, placement.end) >= 0:
        return placement
    end = at + len(exact)
    return Placement(
        position.state_of(at, end), at, end, score(text, at, end, quote, position.start).score
    )
