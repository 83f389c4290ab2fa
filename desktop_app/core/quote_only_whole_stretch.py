"""A best guess in review on the one stretch that reads its quote and whole context, no twin.

A section moved whole (sections re-sorted by heading, a help centre's questions regrouped)
carries its own lines along: a passage in it stands far from where it stood, and the
search, which weighs that distance, leaves it in review when its quote is a stock line or
a figure that stands many times ("Ordered by: Tom Okafor", "£9.99"). A reader places it
by its quote and the stored context around it: when its best guess reads the quote with
both sides of the stored context word for word, each as long as a context is stored
(``anchoring.CONTEXT``), no other stretch of the text reads like that whole stretch even
with every figure read as any other (a twin entry one figure apart, which a corrected
figure could have made the passage), neither side of the stored context stands elsewhere
beside a near copy of the quote (the passage itself, its quote or its other side edited:
which of the two, a guess), and the guess lies outside a doubled stretch of paragraphs
(``figure_twins.in_a_doubled_stretch``: a section pasted above itself) and beside no
near copy of its paragraph (``placement_doubts.pasted_beside`` and
``break_beside_a_twin``, read strictly: one paragraph pasted beside itself), the guess is
the passage.
"""

from __future__ import annotations

from rapidfuzz.distance import Indel

from desktop_app.core.anchoring import CONTEXT
from desktop_app.core.figure_twins import (
    SHORTEST_QUOTE,
    digits_masked,
    in_a_doubled_stretch,
    stands_whole,
)
from desktop_app.core.placement_doubts import break_beside_a_twin, pasted_beside
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import TextPosition, TextQuote

#: Least likeness (Indel, 0..1) to the quote of the words beside a side of the stored
#: context standing elsewhere for them to be a near copy of the passage.
NEAR_COPY = 0.8
#: Most other places of a side of the stored context looked at (a stock line's).
MOST_SIDES = 32


def stands_once_but_for_figures(text: str, stretch: str) -> bool:
    """Whether ``stretch`` reads in ``text`` exactly once, every decimal digit of both read
    as any other."""
    masked, key = digits_masked(text), digits_masked(stretch)
    first = masked.find(key)
    return first >= 0 and masked.find(key, first + 1) < 0


def near_copy_beside_a_side(text: str, start: int, quote: TextQuote) -> bool:
    """Whether the stored prefix, or the stored suffix, stands word for word elsewhere in
    ``text`` than beside the quote at ``start``, with a near copy of the quote beside it
    (:data:`NEAR_COPY` alike or more, as long as the quote): the passage itself, its quote
    or its other side edited (a sentence beside it cut or rewritten), may be that one
    (which of the two, a guess). More than :data:`MOST_SIDES` other places of a side count
    as such a copy."""
    exact, prefix, suffix = quote.exact, quote.prefix, quote.suffix
    length, end = len(exact), start + len(exact)
    after_prefixes = [at + len(prefix) for at in _other_places(text, prefix, start - len(prefix))]
    before_suffixes = _other_places(text, suffix, end)
    if len(after_prefixes) + len(before_suffixes) > MOST_SIDES:
        return True
    beside = [text[at : at + length] for at in after_prefixes]
    beside += [text[max(0, at - length) : at] for at in before_suffixes]
    return any(Indel.normalized_similarity(exact, words) >= NEAR_COPY for words in beside)


def _other_places(text: str, side: str, own: int) -> list[int]:
    """Where ``side`` starts in ``text`` but at ``own`` (one more than :data:`MOST_SIDES`
    at most)."""
    found: list[int] = []
    at = text.find(side)
    while at >= 0 and len(found) <= MOST_SIDES:
        if at != own:
            found.append(at)
        at = text.find(side, at + 1)
    return found


def placed_on_its_whole_stretch(
    text: str, position: TextPosition, quote: TextQuote, placement: Placement
) -> Placement:
    """``placement``, placed when it is in review on its quote read word for word with the
    whole stored context, that stretch standing once in ``text`` but for figures, each side
    of the context standing elsewhere only without a near copy of the quote beside it
    (:func:`near_copy_beside_a_side`), the quote at least ``figure_twins.SHORTEST_QUOTE``
    long, outside a doubled stretch and beside no near copy of its paragraph."""
    if placement.state != "review" or len(quote.exact) < SHORTEST_QUOTE:
        return placement
    if len(quote.prefix) < CONTEXT or len(quote.suffix) < CONTEXT:
        return placement
    start, end = placement.start, placement.end
    if end - start != len(quote.exact) or not stands_whole(text, start, quote):
        return placement
    if not stands_once_but_for_figures(text, quote.prefix + quote.exact + quote.suffix):
        return placement
    if near_copy_beside_a_side(text, start, quote) or in_a_doubled_stretch(text, start, end):
        return placement
    if pasted_beside(text, start, end, quote.exact) or break_beside_a_twin(text, start, end):
        return placement
    return placement._replace(state=position.state_of(start, end))
