"""Passages placed again without the bracketed asides a text cut or moved to its notes."""

from __future__ import annotations

import re

from desktop_app.core.anchoring import CONTEXT
from desktop_app.core.records import TextQuote

#: An aside in round brackets, with the blank before it: " (closed on bank holidays)"; or
#: the part of one that a stored context cut at its edge holds (its end opening the
#: prefix, its start ending the suffix).
ASIDE = re.compile(r" ?\([^()\n]{3,200}\)|^[^()\n]{1,200}\)|(?: ?\([^()\n]{0,200})\Z")
#: What may stand where an aside was: nothing, or a note's mark ("[1]", "*", "†").
MARK = r"(?:\[\d{1,3}\]|\*{1,3}|[†‡])?"
#: Least code points of the quote (and at least half of it), and of a whole side of its
#: context, left once the asides are dropped, for the one copy found so to be the passage.
LEAST_LEFT = 12
#: Copies looked at.
COPIES_LOOKED_AT = 16


def aside_dropped_copy(text: str, quote: TextQuote) -> tuple[int, int] | None:
    """The span of the only place in ``text`` where ``quote`` stands with its context,
    less the bracketed asides (:data:`ASIDE`) the three hold that ``text`` holds nowhere,
    a note's mark (:data:`MARK`) or nothing where each was (asides moved to notes at the
    end, "[1]" left in their place, or cut); a side of the context cut short by the
    text's edge is matched as far as it goes. None when the quote holds no such aside
    and its context none, or no place or more than one matches, or too little is left
    (:data:`LEAST_LEFT`, and half the quote)."""
    prefix, exact, suffix = quote.prefix, quote.exact, quote.suffix
    joined = prefix + exact + suffix
    asides = [m.span() for m in ASIDE.finditer(joined) if m.group().strip() not in text]
    if not asides:
        return None
    start, end = len(prefix), len(prefix) + len(exact)
    pattern, left = _pattern(joined, asides, start, end)
    if left[1] < LEAST_LEFT or left[1] * 2 < len(exact):
        return None  # mostly aside: what is left is not the passage
    if len(prefix) >= CONTEXT and left[0] < LEAST_LEFT:
        return None
    if len(suffix) >= CONTEXT and left[2] < LEAST_LEFT:
        return None
    found: tuple[int, int] | None = None
    for count, match in enumerate(re.finditer(pattern, text)):
        if count == COPIES_LOOKED_AT or found is not None:
            return None
        found = match.span(1)
    return found


def _pattern(
    joined: str, asides: list[tuple[int, int]], start: int, end: int
) -> tuple[str, tuple[int, int, int]]:
    """A pattern for ``joined`` (stored prefix, quote and suffix) with each of ``asides``
    a mark or nothing, the quote (``[start, end)``) its group; and how many code points
    of the prefix, the quote and the suffix are left."""
    pieces: list[str] = []
    left = [0, 0, 0]
    at = 0
    opened = closed = False
    for aside_start, aside_end in [*asides, (len(joined), len(joined))]:
        for index in range(at, aside_start):
            if index >= start and not opened:
                pieces.append("(")
                opened = True
            if index >= end and not closed:
                pieces.append(")")
                closed = True
            pieces.append(re.escape(joined[index]))
            left[0 if index < start else 1 if index < end else 2] += 1
        if aside_start == len(joined):
            break
        if start <= aside_start and not opened:
            pieces.append("(")
            opened = True
        if end <= aside_start and not closed:
            pieces.append(")")
            closed = True
        pieces.append(MARK)
        at = aside_end
    if not opened:
        pieces.append("(")
    if not closed:
        pieces.append(")")
    return "".join(pieces), (left[0], left[1], left[2])
