"""Update path: a passage across a blank line placed whole around its neighbour block moved in."""

from __future__ import annotations

from desktop_app.core.quote_search import Placement
from desktop_app.core.records import TextQuote

#: A paragraph break: a blank line.
BREAK = "\n\n"


def neighbour_blocks(old: str, start: int, end: int) -> tuple[str, str]:
    """The paragraphs just before and just after the paragraphs of old ``[start, end)``
    (white space at their ends aside; empty at the text's ends)."""
    head = old.rfind(BREAK, 0, start)
    before = ""
    if head >= 0:
        previous = old.rfind(BREAK, 0, head)
        before = old[0 if previous < 0 else previous + len(BREAK) : head]
    tail = old.find(BREAK, end)
    after = ""
    if tail >= 0:
        following = old.find(BREAK, tail + len(BREAK))
        after = old[tail + len(BREAK) : len(old) if following < 0 else following]
    return before.strip(), after.strip()


def moved_in_neighbour(
    old: str, new: str, old_start: int, old_end: int, start: int, end: int, quote: TextQuote
) -> bool:
    """Whether ``new[start:end]``, found for old ``[old_start, old_end)`` that crosses a
    blank line, holds whole, between two of its blank lines, the paragraph that stood just
    before or just after the passage's paragraphs and is not in the passage, with no more
    copies of it than before: its neighbour block moved in between the passage's pieces
    (a heading or a running line read in another order), so whether the passage is one
    piece, the other or the whole stretch the text does not settle."""
    if BREAK not in quote.exact:
        return False
    neighbours = {block for block in neighbour_blocks(old, old_start, old_end) if block}
    edge = new.find(BREAK, start, end)
    while edge >= 0:
        after = edge + len(BREAK)
        following = new.find(BREAK, after, end)
        if following < 0:
            return False
        paragraph = new[after:following].strip()
        if (
            paragraph in neighbours
            and paragraph not in quote.exact
            and new.count(paragraph) <= old.count(paragraph)
        ):
            return True
        edge = following
    return False


def review_moved_in_block(
    old: str, new: str, old_start: int, old_end: int, quote: TextQuote, placement: Placement
) -> Placement:
    """``placement`` sent to review, its best guess kept, when it is fuzzy and takes in
    the passage's neighbour block moved in between its pieces
    (:func:`moved_in_neighbour`); else as it is."""
    if placement.state != "fuzzy":
        return placement
    if moved_in_neighbour(old, new, old_start, old_end, placement.start, placement.end, quote):
        return placement._replace(state="review")
    return placement
