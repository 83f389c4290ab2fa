"""A passage in review placed alone on the one copy of its own block, moved whole elsewhere.

Placed one at a time (no neighbours to go by), a passage of a block that lists, logs and
registers put in another order (re-sorted newest first, reversed, a unit moved on) keeps
the context of its own paragraph while the context past the blank lines, the blocks that
stood around it, reads otherwise, and the search leaves it in review. When the stored
context reaches past a blank line on both sides, the blocks that stood before and after
it tell a moved block from a cut one: a block cut out (a running header kept only once, a
repeat cut, one copy of a pasted block deleted) leaves its neighbours meeting, the stored
text before the first blank line and after the last one standing together in the text,
while the one copy left of such a block is another passage. A block moved whole among
others leaves them apart. The passage goes to the one copy of its quote in its own block
(``quote_only_carried_blocks.one_copy_in_its_block``: with a figure, no figure twin, no
near copy, outside doubled stretches) only when its stored neighbours do not meet.
"""

from __future__ import annotations

from desktop_app.core.quote_only_carried_blocks import BREAK, one_copy_in_its_block
from desktop_app.core.quote_scoring import score
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import AnchorState, TextPosition, TextQuote


def neighbours_meet(text: str, quote: TextQuote) -> bool | None:
    """Whether the stored context past the blank lines on both sides of the quote (the end
    of the block before its own, the blank line and the start of the block after it)
    stands together in ``text``; None when the stored context does not reach past a blank
    line on both sides."""
    before = quote.prefix.rfind(BREAK)
    after = quote.suffix.find(BREAK)
    if before < 0 or after < 0:
        return None
    return quote.prefix[:before] + quote.suffix[after:] in text


def placed_on_its_moved_block(
    text: str, position: TextPosition, quote: TextQuote, placement: Placement
) -> Placement:
    """``placement``, or, when it is in review and the blocks stored around the passage's
    own do not meet in ``text`` (:func:`neighbours_meet`), the one copy of its quote in
    its own block, placed."""
    if placement.state != "review" or neighbours_meet(text, quote) is not False:
        return placement
    at = one_copy_in_its_block(text, quote)
    if at is None:
        return placement
    end = at + len(quote.exact)
    state: AnchorState = position.state_of(at, end)
    return Placement(state, at, end, score(text, at, end, quote, position.start).score)
