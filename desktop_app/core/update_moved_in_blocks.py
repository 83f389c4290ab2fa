"""Update path: a passage across a blank line placed whole around a paragraph moved in between."""

from __future__ import annotations

from desktop_app.core.quote_search import Placement
from desktop_app.core.records import TextQuote

#: A paragraph break: a blank line.
BREAK = "\n\n"


def moved_in_paragraphs(old: str, new: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether ``new[start:end]``, found for a passage that crosses a blank line, holds
    a whole paragraph between two of its blank lines that is not in the passage but
    stands elsewhere in the old text: a block moved in between its pieces (a heading or a
    running line read in another order), so whether the passage is one piece, the other
    or the whole stretch the text does not settle."""
    if BREAK not in quote.exact:
        return False
    edge = new.find(BREAK, start, end)
    while edge >= 0:
        after = edge + len(BREAK)
        following = new.find(BREAK, after, end)
        if following < 0:
            return False
        paragraph = new[after:following].strip()
        if paragraph and paragraph not in quote.exact and paragraph in old:
            return True
        edge = following
    return False


def review_moved_in_block(old: str, new: str, quote: TextQuote, placement: Placement) -> Placement:
    """``placement`` sent to review, its best guess kept, when it is fuzzy and takes in a
    paragraph moved in between the passage's pieces (:func:`moved_in_paragraphs`); else
    as it is."""
    if placement.state != "fuzzy":
        return placement
    if moved_in_paragraphs(old, new, placement.start, placement.end, quote):
        return placement._replace(state="review")
    return placement
