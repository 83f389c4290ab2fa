"""A quote across a block's edge placed where one piece is a twin unit's, its own unit renumbered.

Numbered units (verses, sections, cues) are reordered and renumbered, and some stand
twice with other figures (a hymn's first verse printed again as its last, with other
times). A passage that ran from one unit across a blank line into the head of the next
("…with refrain\\n\\nVerse 1:\\n[00:12.31] When storms") may then be found fuzzily where
one piece reads as the quote's but for figures apart in several places ("Verse
1:\\n[02:15.45] When storms": the twin), while that piece with its own context (the stored
context up to the nearest blank line) stands elsewhere once, its figures apart in one
place at most ("Verse 8:\\n[00:12.31] When storms": its own unit, renumbered). Which
piece, or whether the whole, is the passage the text then does not settle, and it goes
to review, its best guess kept. Only figures tell: a piece whose words differ is an edit
the search has already weighed. (Sending such a passage to review on a renumbered head
alone, or on the piece's own line standing elsewhere, was tried: most were right,
renumbered by an insertion.)
"""

from __future__ import annotations

from desktop_app.core.quote_only_figures import figures_apart, refigured, renumbered_copies
from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.records import TextQuote

#: A paragraph break: a blank line.
BREAK = "\n\n"


def piece_on_a_twin(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether the passage found at ``text[start:end]`` crosses one blank line of its
    quote, one piece reading as the quote's word for word and the other as the quote's
    but for figures apart in several places, while the quote's piece with its own context
    stands, figures apart in one place at most, once elsewhere."""
    head, parted, tail = quote.exact.partition(BREAK)
    if not parted or BREAK in tail or not head.strip() or not tail.strip():
        return False
    edge = text.find(BREAK, start, end)
    if edge < 0 or text.find(BREAK, edge + len(BREAK), end) >= 0:
        return False
    head_here, tail_here = text[start:edge], text[edge + len(BREAK) : end]
    if head_here == head and refigured(tail_here, tail) and figures_apart(tail_here, tail) > 1:
        own_tail = tail + quote.suffix.split(BREAK, 1)[0]
        return len(renumbered_copies(text, own_tail, edge + len(BREAK))) == 1
    if tail_here == tail and refigured(head_here, head) and figures_apart(head_here, head) > 1:
        own_prefix = quote.prefix.rsplit(BREAK, 1)[-1]
        own_head = own_prefix + head
        return len(renumbered_copies(text, own_head, start - len(own_prefix))) == 1
    return False


def review_unsettled_edge(text: str, quote: TextQuote, placement: Placement) -> Placement:
    """``placement`` sent to review, its best guess kept, when it crosses a block's edge
    with one piece on a twin unit (:func:`piece_on_a_twin`); else as it is."""
    if placement.state not in PLACED_STATES:
        return placement
    if piece_on_a_twin(text, placement.start, placement.end, quote):
        return placement._replace(state="review")
    return placement
