"""A best guess in review that moved as the passages on both sides of it did: placed.

The quote search reviews an exact copy of a quote found away from where it was expected
with one side of its context changed (a paragraph or section moved, and words edited or
put in right beside the passage), as a passage deleted with a copy of it
standing elsewhere looks the same to it. In a batch the passages around it tell the two
apart: when the nearest witnesses wholly before and wholly after its old span
(``core.disputed_copies``: confident placements on text found once) both moved by as much
as the best guess did (``disputed_copies.moved_alike``), the stretch around the passage
moved as a whole and the passage with it. Such a best guess, an exact copy of the quote
(or a near one, :data:`CARRIED_QUOTE`, when the quote stands exactly nowhere), is placed
when one side of its context agrees (:data:`CARRIED_CONTEXT`), no near copy of
its paragraph stands beside it (a paragraph pasted again beside itself, where which copy
holds the passage is a guess), and, if the quote stands elsewhere too, no other copy has
one side of its context agreeing as well and its own context is unchanged right at its
ends (a sentence promoted to the top, a back-reference put where it stood).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.disputed_copies import Witnesses, moved_alike, nearest_shifts
from desktop_app.core.placement_doubts import break_beside_a_twin, pasted_beside
from desktop_app.core.quote_scoring import context_similarity, similarity
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import TextPosition, TextQuote

#: Least similarity of one side of the context of a best guess in review to be placed.
CARRIED_CONTEXT = 0.9
#: Least similarity of a best guess that is no exact copy to its quote, the quote standing
#: exactly nowhere in the text (a typo put in it as its context changed).
CARRIED_QUOTE = 0.9
#: Code points right beside a best guess whose change, with another copy of its quote in
#: the text, leaves it a guess among the copies.
EDGE = 3
#: Copies of the quote looked at for one whose context agrees as well.
COPIES_LOOKED_AT = 8


def place_carried_reviews(
    text: str,
    positions: Sequence[TextPosition],
    quotes: Sequence[TextQuote],
    placements: list[Placement],
    settled: Sequence[bool],
    witnessing: Witnesses | None = None,
) -> None:
    """Place each best guess in review (not one the caller settled) that moved as the
    witnesses on both sides of its old span did (see the module's docstring);
    ``witnessing``: the batch's :class:`~desktop_app.core.disputed_copies.Witnesses`."""
    if witnessing is None:
        witnessing = Witnesses(text, positions, quotes)
    witnesses = witnessing.of(placements, settled)
    if len(witnesses) < 2:
        return
    starts = [start for start, _end, _shift in witnesses]
    for index, placement in enumerate(placements):
        if placement.state != "review" or settled[index]:
            continue
        quote = quotes[index]
        exact = quote.exact
        start, end = placement.start, placement.end
        if not exact:
            continue
        fuzzy = text[start:end] != exact
        if fuzzy and (similarity(exact, text[start:end]) < CARRIED_QUOTE or exact in text):
            continue
        old = positions[index]
        shift = start - old.start
        before, after = nearest_shifts(witnesses, starts, old)
        if before is None or after is None:
            continue
        if not (moved_alike(shift, before) and moved_alike(shift, after)):
            continue
        prefix, suffix = context_similarity(text, start, end, quote)
        if prefix < CARRIED_CONTEXT and suffix < CARRIED_CONTEXT:
            continue
        if pasted_beside(text, start, end, exact) or break_beside_a_twin(text, start, end):
            continue
        if _guess_among_copies(text, quote, start, end):
            continue
        if fuzzy:
            placements[index] = placement._replace(state="fuzzy")
            continue
        placements[index] = placement._replace(
            state="exact" if shift == 0 and end == old.end else "moved"
        )


def _guess_among_copies(text: str, quote: TextQuote, start: int, end: int) -> bool:
    """Whether another exact copy of the quote stands in the text while this one has its
    context changed right at one of its ends (:data:`EDGE` code points: words put before
    a passage whose copy went elsewhere, a sentence promoted to the top with a
    back-reference left where it stood) or another copy has one side of its context
    agreeing too (:data:`CARRIED_CONTEXT`; of the first :data:`COPIES_LOOKED_AT`, more
    copies than that being a guess too)."""
    exact = quote.exact
    at = text.find(exact)
    if at == start and text.find(exact, start + 1) == -1:
        return False
    before = text[start - EDGE if start > EDGE else 0 : start]
    if before != quote.prefix[-EDGE:] or text[end : end + EDGE] != quote.suffix[:EDGE]:
        return True
    for _ in range(COPIES_LOOKED_AT):
        if at == -1:
            return False
        if at != start:
            prefix, suffix = context_similarity(text, at, at + len(exact), quote)
            if prefix >= CARRIED_CONTEXT or suffix >= CARRIED_CONTEXT:
                return True
        at = text.find(exact, at + 1)
    return at != -1
