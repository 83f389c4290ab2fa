"""A table's gaps between fields read as one space and its repeated header rows read past."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from desktop_app.core.folded_markup import Folded
from desktop_app.core.records import TextPosition, TextQuote

#: Least number of times a row laid out in columns stands as a whole line for it to be a
#: header row a spreadsheet repeats down its export.
LEAST_HEADERS = 3
#: Least length of a header row's piece at a stored context's cut end for the context to
#: hold the row.
LEAST_PIECE = 4
#: A gap between two fields of a row laid out in columns: a run of two spaces or more, or
#: of spaces and tabs holding a tab, with no white space just before or after it (a line's
#: indent or trailing spaces are no gap; a stored quote's or context's cut end may be).
GAP = re.compile(r"(?<!\s)(?: {2,}|[ \t]*\t[ \t]*)(?!\s)")


def may_hold_gaps(piece: str) -> bool:
    """Whether ``piece`` holds two spaces side by side or a tab (a gap between fields may)."""
    return "  " in piece or "\t" in piece


@lru_cache(maxsize=4)
def text_may_hold_gaps(text: str) -> bool:
    """:func:`may_hold_gaps` for a whole text, read once however many passages it places."""
    return may_hold_gaps(text)


def without_gaps(piece: str) -> str:
    """``piece`` with each gap between fields (:data:`GAP`) read as one space."""
    if not may_hold_gaps(piece):
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
def header_rows(text: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """The rows laid out in columns (a line holding a gap between fields) that stand as a
    whole line :data:`LEAST_HEADERS` times or more, each with the spans of its lines (the
    line break after each included): a header row repeated down a table's export."""
    if not text_may_hold_gaps(text):
        return {}
    spans: dict[str, list[tuple[int, int]]] = {}
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if GAP.search(line):
            spans.setdefault(line, []).append((start, min(end + 1, len(text))))
        start = end + 1
    return {line: tuple(found) for line, found in spans.items() if len(found) >= LEAST_HEADERS}


@lru_cache(maxsize=4)
def fold_gaps(text: str, rows: tuple[tuple[int, int], ...] = ()) -> Folded:
    """``text`` with each gap between fields read as one space and the spans of ``rows``
    (header rows, line breaks and all) left out, and where each of its code points stood in
    the whole text (a gap's space where the gap begins)."""
    marks = sorted([*(gap.span() for gap in GAP.finditer(text)), *rows])
    row_starts = {start for start, _ in rows}
    kept: list[str] = []
    origin: list[int] = []
    reached = 0
    for start, end in marks:
        if start < reached:
            continue
        kept.append(text[reached:start])
        origin.extend(range(reached, start))
        if start not in row_starts:
            kept.append(" ")
            origin.append(start)
        reached = end
    kept.append(text[reached:])
    origin.extend(range(reached, len(text) + 1))
    return Folded("".join(kept), origin)


def gaps_rewritten(text: str, quotes: Iterable[TextQuote]) -> Folded | None:
    """``text`` with its gaps read as one space and the header rows it repeats that no quote
    or context holds read past (:func:`fold_gaps`, :func:`header_rows`) when a quote or its
    quote with its context stands there more often so than as written: the gaps between the
    fields were written otherwise since (tabs for runs of spaces, columns re-padded) or a
    header row was put in every so many lines, and a reader sees the same words in the same
    order. None otherwise (a text without gaps, and quotes without them, are passed over at
    once)."""
    found = quotes_with_gaps_rewritten(text, quotes)
    return None if found is None else found[0]


def quotes_with_gaps_rewritten(
    text: str, quotes: Iterable[TextQuote]
) -> tuple[Folded, list[bool]] | None:
    """The text read so (:func:`gaps_rewritten`) and, for each quote, whether it or its
    quote with its context stands there more often so than as written; None when none does."""
    text_gaps = text_may_hold_gaps(text)
    quotes = list(quotes)
    folded: Folded | None = None
    rewritten = [False] * len(quotes)
    for number, quote in enumerate(quotes):
        whole = quote.prefix + quote.exact + quote.suffix
        if not text_gaps and not may_hold_gaps(whole):
            continue
        if folded is None:
            folded = fold_gaps(text, _rows_held_by_none(text, quotes))
        rewritten[number] = any(
            folded.text.count(without_gaps(piece)) > text.count(piece)
            for piece in (quote.exact, whole)
        )
    if folded is None or not any(rewritten):
        return None
    return folded, rewritten


def _rows_held_by_none(text: str, quotes: list[TextQuote]) -> tuple[tuple[int, int], ...]:
    """The spans of the text's header rows (:func:`header_rows`) that no quote or context
    holds, in the order they stand."""
    samples = [quote.prefix + quote.exact + quote.suffix for quote in quotes]
    return tuple(
        sorted(
            span
            for line, spans in header_rows(text).items()
            if not any(_holds_a_piece(sample, line) for sample in samples)
            for span in spans
        )
    )


def _holds_a_piece(sample: str, line: str) -> bool:
    """Whether ``sample`` holds ``line``, or begins with its end or ends with its beginning
    (:data:`LEAST_PIECE` code points or more: a context cut inside it)."""
    if line in sample:
        return True
    first, last = sample.split("\n", 1)[0], sample.rsplit("\n", 1)[-1]
    return (len(first) >= LEAST_PIECE and line.endswith(first)) or (
        len(last) >= LEAST_PIECE and line.startswith(last)
    )
