"""A passage left unplaced whose quote stands once between its placed neighbours, where it stood.

In a batch the passages stored just before and after an annotation (by where they stood,
clear of it) tell where the stretch it stood in went. When both are placed, in their
order, and the text from the end of the one before to the start of the one after holds
the quote word for word exactly once, standing as far from each of them as it stood
(give or take :data:`KEPT_GAP` code points on each side: the stretch around it kept its
length), a reader holding the batch places it there, though the quote alone, a stock line
or a short phrase standing many times, or its context edited on one side, left it in
review or orphaned. The copy's context must still agree somewhat on both sides
(:data:`LEAST_SIDE`), and no other copy of the quote in the whole text may read its stored
context better, nor read more of it word for word next to it: a line whose context stands
whole elsewhere (an entry's header moved to its end, another entry's header now where it
stood; stock replies re-sorted under their authors) is a guess.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop_app.core.figure_twins import Requested
from desktop_app.core.quote_scoring import context_similarity, score
from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.records import AnchorState, TextPosition, TextQuote

#: Most code points by which the gap between the copy and each placed neighbour may differ
#: from the gap between the passage and that neighbour where they stood.
KEPT_GAP = 3
#: Least similarity of each side of the copy's context to the stored one.
LEAST_SIDE = 0.5


def placed_where_its_stretch_stands(
    text: str, requests: Sequence[Requested], placements: Sequence[Placement]
) -> list[Placement]:
    """``placements`` (one per request, of one batch), each in review or orphaned placed
    on the one copy of its quote between its placed neighbours that stands as far from
    both as the passage stood (see the module's docstring)."""
    if all(placement.state in PLACED_STATES for placement in placements):
        return list(placements)
    order = sorted(range(len(requests)), key=lambda index: _span(requests[index][0]))
    placed = [placements[index].state in PLACED_STATES for index in order]
    settled = list(placements)
    for rank, index in enumerate(order):
        if placed[rank]:
            continue
        position, quote, hint = requests[index]
        if not quote.exact:
            continue
        before = _nearest_placed_clear_of(
            position, range(rank - 1, -1, -1), order, placed, requests
        )
        after = _nearest_placed_clear_of(
            position, range(rank + 1, len(order)), order, placed, requests
        )
        if before is None or after is None:
            continue
        at = _kept_copy(
            text,
            position,
            quote,
            (requests[before][0], placements[before]),
            (requests[after][0], placements[after]),
        )
        if at is not None:
            end = at + len(quote.exact)
            state: AnchorState = position.state_of(at, end)
            expected = position.start if hint is None else hint
            settled[index] = Placement(state, at, end, score(text, at, end, quote, expected).score)
    return settled


def _span(position: TextPosition) -> tuple[int, int]:
    """Where a passage stood, to sort by."""
    return position.start, position.end


def _nearest_placed_clear_of(
    position: TextPosition,
    ranks: Iterable[int],
    order: Sequence[int],
    placed: Sequence[bool],
    requests: Sequence[Requested],
) -> int | None:
    """The index of the first request, walking ``ranks`` (of ``order``, by where the
    passages stood), placed and standing clear of ``position`` (ending before it or
    starting after it); None when there is none."""
    return next(
        (
            order[rank]
            for rank in ranks
            if placed[rank] and _clear_of(requests[order[rank]][0], position)
        ),
        None,
    )


def _clear_of(other: TextPosition, position: TextPosition) -> bool:
    """Whether ``other`` stood wholly before or wholly after ``position``."""
    return other.end <= position.start or other.start >= position.end


def _kept_copy(
    text: str,
    position: TextPosition,
    quote: TextQuote,
    before: tuple[TextPosition, Placement],
    after: tuple[TextPosition, Placement],
) -> int | None:
    """Where the one copy of ``quote`` between the placed neighbours ``before`` and
    ``after`` (each: where it stood, where it is) starts, when it stands as far from both
    as the passage stood, its context agrees on both sides and no copy elsewhere reads the
    context better; else None."""
    (stood_before, now_before), (stood_after, now_after) = before, after
    low, high = now_before.end, now_after.start
    exact = quote.exact
    at = text.find(exact, low, high)
    if at == -1 or text.find(exact, at + 1, high) != -1:
        return None
    end = at + len(exact)
    if abs((at - low) - (position.start - stood_before.end)) > KEPT_GAP:
        return None
    if abs((high - end) - (stood_after.start - position.end)) > KEPT_GAP:
        return None
    sides = context_similarity(text, at, end, quote)
    if min(sides) < LEAST_SIDE:
        return None
    if _read_better_elsewhere(text, quote, at, sum(sides)):
        return None
    return at


def _read_better_elsewhere(text: str, quote: TextQuote, at: int, agreement: float) -> bool:
    """Whether a copy of the quote other than the one at ``at`` has its stored context
    agreeing better (both sides summed) than ``agreement``, or reads word for word more of
    the stored prefix's or suffix's lines next to it than the copy at ``at`` does: "9 Jun
    2026" followed by " — footnote B — train 4649" elsewhere, by " — footnote E" here; a
    stock reply under "@Abebe · reply" elsewhere, under "@Dawit · reply" here."""
    exact = quote.exact
    length = len(exact)
    here = _lines_read(text, at, at + length, quote)
    other = text.find(exact)
    while other != -1:
        if other != at:
            end = other + length
            there = _lines_read(text, other, end, quote)
            if there[0] > here[0] or there[1] > here[1]:
                return True
            if sum(context_similarity(text, other, end, quote)) > agreement:
                return True
        other = text.find(exact, other + 1)
    return False


def _lines_read(text: str, start: int, end: int, quote: TextQuote) -> tuple[int, int]:
    """How far the stored prefix and suffix stand word for word before ``start`` and after
    ``end``, in lines: the line breaks of each side read, one more when all of it is."""
    prefix, suffix = quote.prefix, quote.suffix
    before = _alike_from_the_start(text[max(0, start - len(prefix)) : start][::-1], prefix[::-1])
    after = _alike_from_the_start(text[end : end + len(suffix)], suffix)
    return (
        prefix[len(prefix) - before :].count("\n") + (before == len(prefix)),
        suffix[:after].count("\n") + (after == len(suffix)),
    )


def _alike_from_the_start(one: str, other: str) -> int:
    """How many code points ``one`` and ``other`` share from their starts."""
    for count, (mine, theirs) in enumerate(zip(one, other, strict=False)):
        if mine != theirs:
            return count
    return min(len(one), len(other))
