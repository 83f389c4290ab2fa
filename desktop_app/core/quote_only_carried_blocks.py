"""A passage in review placed on the one copy of its own block, carried there with its neighbour.

Registers, timetables and reports are reordered block by block: a list reversed, entries
re-sorted, parts swapped. A passage of such a block keeps the context of its own
paragraph (the stored context cut at the nearest blank lines: :func:`own_context`), while
the context past the blank line, a neighbouring block, now reads otherwise; the search,
finding the stored context split, leaves it in review, and ``core.figure_twins``, which
asks for the whole stored context, does not place it. The text settles it when the quote
(:data:`SHORTEST_QUOTE` or longer, within one paragraph, its stored context reaching past
a blank line) with its own paragraph's context stands once, a figure among them (a
number, a date, a time), and stands nowhere else as a *figure twin* on either side (the
quote with that side's context, any digit read as any other: a twin entry one number
apart, or its own entry with a figure corrected) nor as a near copy (:data:`NEAR_COPY`: a
copy retyped with typos, a refrain cut short), outside every doubled stretch
(``figure_twins.doubled``: a section pasted above itself), and the passage's nearest
neighbour in the batch placed on its quote, before or after it, moved by as much, give or
take :data:`CARRIED` code points: the block went there whole, with the passage in it.
One at a time, with no neighbour to go by, nothing changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from desktop_app.core.anchoring import CONTEXT
from desktop_app.core.figure_twins import (
    Requested,
    digits_masked,
    doubled,
    placed_neighbour_shifts,
    placed_shifts,
)
from desktop_app.core.quote_scoring import score
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import AnchorState, TextQuote
from desktop_app.core.twin_lines import stands_once

#: Most code points by which the passage's shift may differ from its neighbour's for the
#: two to have moved together (lines of the block shortened or lengthened between them).
CARRIED = 120
#: Least length (code points) of the quote: a shorter one says little about its block.
SHORTEST_QUOTE = 20
#: Least similarity (0..100) of a stretch elsewhere to the quote with its own paragraph's
#: context for the two to be copies of one passage (one retyped with typos, a refrain cut).
NEAR_COPY = 90
#: A paragraph break: a blank line.
BREAK = "\n\n"
#: A figure: a run of decimal digits (any script's) standing as a word of its own.
_FIGURE = re.compile(r"(?<!\w)\d+(?!\w)")
#: A decimal digit of any script.
_DIGIT = re.compile(r"\d")


def own_context(quote: TextQuote) -> tuple[str, str]:
    """The stored prefix and suffix cut at the blank lines nearest the quote, each keeping
    that blank line: the context in the passage's own paragraph and where it begins or
    ends."""
    prefix, suffix = quote.prefix, quote.suffix
    before = prefix.rfind(BREAK)
    after = suffix.find(BREAK)
    return (prefix if before < 0 else prefix[before:]), (
        suffix if after < 0 else suffix[: after + len(BREAK)]
    )


def one_copy_in_its_block(
    text: str, quote: TextQuote, *, near_copies_checked: bool = True
) -> int | None:
    """Where the quote stands once with the context of its own paragraph on both sides
    (:func:`own_context`), a figure among them, no figure twin of either side standing
    anywhere, outside every doubled stretch, and (unless ``near_copies_checked`` is False)
    with no near copy anywhere; None when it does not. A stored side shorter than
    :data:`CONTEXT` with no blank line in it met the text's end: the copy must meet it
    too."""
    exact = quote.exact
    if len(exact) < SHORTEST_QUOTE or BREAK in exact:
        return None
    if BREAK not in quote.prefix and BREAK not in quote.suffix:
        return None  # no neighbouring block in the stored context: nothing split it
    own_prefix, own_suffix = own_context(quote)
    key = own_prefix + exact + own_suffix
    if not _FIGURE.search(key):
        return None
    found = stands_once(text, key)
    if found < 0:
        return None
    start = found + len(own_prefix)
    end = start + len(exact)
    if own_prefix == quote.prefix and len(quote.prefix) < CONTEXT and start != len(quote.prefix):
        return None  # the stored prefix met the text's start
    if (
        own_suffix == quote.suffix
        and len(quote.suffix) < CONTEXT
        and end + len(own_suffix) != len(text)
    ):
        return None  # the stored suffix met the text's end
    masked = digits_masked(text)
    for side in (own_prefix + exact, exact + own_suffix):
        if stands_once(masked, _DIGIT.sub("0", side)) < 0:
            return None
    if any(lo < end and start < hi for lo, hi in doubled(text)):
        return None
    if not near_copies_checked:
        return start
    rest = text[:found] + "\x00" + text[found + len(key) :]
    if fuzz.partial_ratio(key, rest, score_cutoff=NEAR_COPY):
        return None  # a near copy elsewhere: which one is the passage, a guess
    return start


def placed_with_their_blocks(
    text: str, requests: Sequence[Requested], placements: Sequence[Placement]
) -> list[Placement]:
    """``placements`` (one per request, of one batch), each in review placed on the one
    copy of its quote in its own block (:func:`one_copy_in_its_block`) when the nearest
    passage placed on its quote before or after it (by where they stood) moved by as
    much, give or take :data:`CARRIED`."""
    if all(placement.state != "review" for placement in placements):
        return list(placements)
    order, shifts = placed_shifts(requests, placements)
    settled = list(placements)
    for rank, index in enumerate(order):
        if placements[index].state != "review":
            continue
        position, quote, _ = requests[index]
        at = one_copy_in_its_block(text, quote)
        if at is None:
            continue
        shift = at - position.start
        if not any(
            abs(moved - shift) <= CARRIED for moved in placed_neighbour_shifts(rank, order, shifts)
        ):
            continue
        end = at + len(quote.exact)
        state: AnchorState = position.state_of(at, end)
        scored = score(text, at, end, quote, position.start).score
        settled[index] = Placement(state, at, end, scored)
    return settled
