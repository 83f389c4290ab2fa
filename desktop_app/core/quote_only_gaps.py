"""The gaps between a table's fields read as one space, however a spreadsheet wrote them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from desktop_app.core.folded_markup import Folded
from desktop_app.core.records import TextPosition, TextQuote

#: A gap between two fields of a row laid out in columns: a run of two spaces or more, or
#: of spaces and tabs holding a tab, with no white space just before or after it (a line's
#: indent or trailing spaces are no gap; a stored quote's or context's cut end may be).
GAP = re.compile(r"(?<!\s)(?: {2,}|[ \t]*\t[ \t]*)(?!\s)")


def without_gaps(piece: str) -> str:
    """``piece`` with each gap between fields (:data:`GAP`) read as one space."""
    if "  " not in piece and "\t" not in piece:
        return piece
    return GAP.sub(" ", piece)


def quote_without_gaps(quote: TextQuote) -> TextQuote:
    """``quote`` with the gaps of its passage and context read as one space."""
    return TextQuote(
        without_gaps(quote.exact), without_gaps(quote.prefix), without_gaps(quote.suffix)
    )


def position_without_gaps(folded: Folded, position: TextPosition) -> TextPosition:
    """Where ``position`` (offsets in the text the quote was made on) stands in ``folded``,
    read as offsets in the whole text: the gaps before it there were read as one space too
    (nearer where it stands now than the offsets as they were, however the gaps were
    written then)."""
    start, end = folded.forth(position.start, position.end)
    return TextPosition(start, end)


@lru_cache(maxsize=4)
def fold_gaps(text: str) -> Folded:
    """``text`` with each gap between fields read as one space, and where each of its code
    points stood in the whole text (a gap's space where the gap begins)."""
    kept: list[str] = []
    origin: list[int] = []
    reached = 0
    for gap in GAP.finditer(text):
        start, end = gap.span()
        kept.append(text[reached:start])
        origin.extend(range(reached, start + 1))
        kept.append(" ")
        reached = end
    kept.append(text[reached:])
    origin.extend(range(reached, len(text) + 1))
    return Folded("".join(kept), origin)


def gaps_rewritten(text: str, quotes: Iterable[TextQuote]) -> Folded | None:
    """``text`` with its gaps read as one space (:func:`fold_gaps`) when a quote or its
    quote with its context stands there more often so than as written: the gaps between
    the fields were written otherwise since (tabs for runs of spaces, columns re-padded),
    and a reader sees the same words in the same order. None otherwise (a text without
    gaps, and quotes without them, are passed over at once)."""
    text_gaps = "  " in text or "\t" in text
    folded: Folded | None = None
    for quote in quotes:
        whole = quote.prefix + quote.exact + quote.suffix
        if not text_gaps and "  " not in whole and "\t" not in whole:
            continue
        if folded is None:
            folded = fold_gaps(text)
        for piece in (quote.exact, whole):
            if folded.text.count(without_gaps(piece)) > text.count(piece):
                return folded
    return None
