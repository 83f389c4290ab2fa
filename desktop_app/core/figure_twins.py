"""A passage in review on the one copy of its quote, whole context, its twins differing by a figure.

Registers, timetables and logs hold entries that read alike but for a name, a number, a
date or a time. A passage quoting such an entry's own figures is found exactly once, yet
the search sends it to review: its twins, one figure apart, score nearly as well, their
context (the stock lines every entry shares) as whole as its own. The figures settle it
when they are the passage's own: those of its quote or of the context within its own
paragraph (past a blank line stands a neighbouring entry, which a re-sorting changes).
The one copy of the quote with that context, the whole stored context around it, is the
passage when every *figure twin* of it (the same text, any digit read as any other)
stands farther than it from where the passage was expected (a copy of an entry whose
original was then corrected, or an entry moved away while its twin stayed, leaves a twin
as near: which is the annotated one, a guess) and the copy is not part of a *doubled
stretch*: a run of paragraphs, not all alike, standing twice in a row, figures aside (a
section pasted above itself, one copy then corrected: which copy stood before, no reader
of the text can tell).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import Indel

from desktop_app.core.cloned_stretches import (
    LONGEST_RUN,
    NEAR_COPY,
    SHORTEST_RUN,
    paragraph_texts,
)
from desktop_app.core.quote_search import Placement, score
from desktop_app.core.records import AnchorState, TextPosition, TextQuote

#: A request of a batch: where the passage stood, its quote, where it is expected if known
#: (``batch_placement.Request``).
Requested = tuple[TextPosition, TextQuote, int | None]

#: Most twins of a quote looked at.
MOST_TWINS = 64
#: Least length (code points) of the quote: a shorter one is a figure or a word, whose one
#: copy says little about which entry it was.
SHORTEST_QUOTE = 8


def placed_on_their_one_copies(
    text: str, requests: Sequence[Requested], placements: Sequence[Placement]
) -> list[Placement]:
    """``placements`` (one per request, of one batch), each in review placed on the one
    copy of its quote as :func:`placed_on_its_one_copy` finds it, expected where the
    nearest passages placed on their quotes before and after it (by where they stood)
    moved it, both (a copy of an entry pasted beside it, the original then corrected: the
    passages before stay, those after move, and each copy is as near as the other to one
    of the two), or, with no such passage, where it stood (or was expected)."""
    if all(placement.state != "review" for placement in placements):
        return list(placements)
    order, shifts = placed_shifts(requests, placements)
    settled = list(placements)
    for rank, index in enumerate(order):
        if placements[index].state != "review":
            continue
        position, quote, hint = requests[index]
        old = position.start
        expected = [old + shift for shift in placed_neighbour_shifts(rank, order, shifts)]
        if not expected:
            expected.append(old if hint is None else hint)
        settled[index] = placed_on_its_one_copy(text, position, quote, placements[index], *expected)
    return settled


def placed_shifts(
    requests: Sequence[Requested], placements: Sequence[Placement]
) -> tuple[list[int], list[int | None]]:
    """The requests' indexes in the order their passages stood, and how far each passage
    placed on its quote (exact or moved) moved; ``None`` for the others."""
    order = sorted(range(len(requests)), key=lambda index: requests[index][0].start)
    shifts: list[int | None] = [None] * len(requests)
    for index in order:
        placement = placements[index]
        if placement.state in ("exact", "moved"):
            shifts[index] = placement.start - requests[index][0].start
    return order, shifts


def placed_neighbours(
    rank: int, order: Sequence[int], shifts: Sequence[int | None]
) -> tuple[int | None, int | None]:
    """The indexes of the nearest passages placed on their quotes before and after the one
    of rank ``rank`` (in ``order``, by where they stood; see :func:`placed_shifts`), or
    ``None`` where there is none."""
    before = next((order[n] for n in range(rank - 1, -1, -1) if shifts[order[n]] is not None), None)
    after = next(
        (order[n] for n in range(rank + 1, len(order)) if shifts[order[n]] is not None), None
    )
    return before, after


def placed_neighbour_shifts(
    rank: int, order: Sequence[int], shifts: Sequence[int | None]
) -> list[int]:
    """How far the nearest placed passages before and after the one of rank ``rank`` moved
    (:func:`placed_neighbours`; none, one or two)."""
    return [
        shift
        for beside in placed_neighbours(rank, order, shifts)
        if beside is not None and (shift := shifts[beside]) is not None
    ]


def stands_whole(text: str, start: int, quote: TextQuote) -> bool:
    """Whether the quote and its stored prefix and suffix stand word for word at ``start``."""
    end = start + len(quote.exact)
    return (
        text.startswith(quote.exact, start)
        and text[max(0, start - len(quote.prefix)) : start] == quote.prefix
        and text.startswith(quote.suffix, end)
    )


def placed_on_its_one_copy(
    text: str, position: TextPosition, quote: TextQuote, placement: Placement, *expected: int
) -> Placement:
    """``placement``, or, when it is in review, its quote standing once in ``text`` with
    the whole stored context on both sides, its twins (copies but for the figures) all
    farther than it from every place where it is ``expected`` and the copy outside
    every doubled stretch, that copy placed."""
    if placement.state != "review":
        return placement
    exact = quote.exact
    if len(exact) < SHORTEST_QUOTE:
        return placement
    own_prefix, own_suffix = own_context(quote)
    key = own_prefix + exact + own_suffix
    first = text.find(key)
    if first < 0 or text.find(key, first + 1) >= 0:
        return placement
    at = first + len(own_prefix)
    end = at + len(exact)
    if not stands_whole(text, at, quote):
        return placement
    shift = len(own_prefix)
    if not all(_figure_twins_farther(text, key, first, place - shift) for place in expected):
        return placement
    if in_a_doubled_stretch(text, at, end):
        return placement
    state: AnchorState = position.state_of(at, end)
    if (at, end) == (placement.start, placement.end):
        return placement._replace(state=state)
    return Placement(state, at, end, score(text, at, end, quote, position.start).score)


def own_context(quote: TextQuote) -> tuple[str, str]:
    """The stored prefix and suffix cut at the blank lines nearest the quote: the context
    in the passage's own paragraph (past a blank line stands a neighbouring entry, which
    entries put in another order change)."""
    prefix, suffix = quote.prefix, quote.suffix
    before = prefix.rfind("\n\n")
    after = suffix.find("\n\n")
    return (prefix if before < 0 else prefix[before + 2 :]), (
        suffix if after < 0 else suffix[:after]
    )


def _figure_twins_farther(text: str, exact: str, at: int, expected: int) -> bool:
    """Whether ``exact`` has twins in ``text`` (copies of it but for its figures, each
    digit read as any other) and every one of them stands farther from ``expected`` than
    the copy at ``at`` (a twin as near or nearer: the passage's own entry, a figure of
    it corrected, may be that one)."""
    masked = digits_masked(text)
    quote = _DIGIT.sub("0", exact)
    distance = abs(at - expected)
    twins = 0
    found = masked.find(quote)
    while found >= 0 and twins < MOST_TWINS:
        if found != at:
            if abs(found - expected) <= distance:
                return False
            twins += 1
        found = masked.find(quote, found + 1)
    return twins > 0


@lru_cache(maxsize=4)
def digits_masked(text: str) -> str:
    """``text`` with every decimal digit (any script's) read as "0", offsets kept (a batch
    asks often)."""
    return _DIGIT.sub("0", text)


#: A decimal digit of any script.
_DIGIT = re.compile(r"\d")


def in_a_doubled_stretch(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` meets a doubled stretch of ``text`` (:func:`doubled`)."""
    return any(lo < end and start < hi for lo, hi in doubled(text))


@lru_cache(maxsize=4)
def doubled(text: str) -> tuple[tuple[int, int], ...]:
    """The stretches of ``text`` made of a run of ``cloned_stretches.SHORTEST_RUN`` to
    ``LONGEST_RUN`` paragraphs, not all alike, followed at once by the same run,
    figures masked, one paragraph of a pair or more possibly a near copy of the other
    (``cloned_stretches.NEAR_COPY``: one copy retyped with a typo); kept for the last few texts (a
    batch asks once per passage)."""
    spans, _, masked = paragraph_texts(text)
    numbers: dict[str, int] = {}
    keys = [numbers.setdefault(paragraph, len(numbers)) for paragraph in masked]
    near: dict[tuple[int, int], bool] = {}

    def alike(one: int, other: int) -> bool:
        if keys[one] == keys[other]:
            return True
        pair = (keys[one], keys[other])
        if pair not in near:
            near[pair] = Indel.normalized_similarity(masked[one], masked[other]) >= NEAR_COPY
        return near[pair]

    found: list[tuple[int, int]] = []
    count = len(keys)
    for first in range(count):
        for size in range(SHORTEST_RUN, LONGEST_RUN + 1):
            if first + 2 * size > count:
                break
            run = keys[first : first + size]
            if len(set(run)) < 2:
                continue
            pairs = range(first, first + size)
            if not any(keys[at] == keys[at + size] for at in pairs):
                continue
            if all(alike(at, at + size) for at in pairs):
                found.append((spans[first][0], spans[first + 2 * size - 1][1]))
                break
    return tuple(found)
