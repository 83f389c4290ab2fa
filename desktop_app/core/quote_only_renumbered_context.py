"""A passage placed on its words while its own unit stands elsewhere, renumbered.

Numbered units (items, claims, verses, sections) are renumbered when one is inserted or
they are reordered: a head the passage quoted ("Verse 2:", "Claim 13.", "1.") then
stands, word for word, at the head of another unit, while the passage's own unit reads as
it did but for that number ("Verse 6:" before the same lines). The search takes the
word-for-word copy. The stored context up to the nearest blank lines
(:func:`figure_twins.own_context`) tells the units apart: when it does not stand around
the placement, while the quote with that context stands once elsewhere, the one figure
read otherwise there lying in the quote and numbering its paragraph (the first figure of
a paragraph's first line), the passage's own unit is that one, renumbered, or the
placement's is a unit typed in beside it; which, the text does not settle, and it goes to
review, its best guess kept. So does a fuzzy placement that reads as its quote but for
figures apart in several places (a twin unit: a verse printed again with other times)
while the quote with its context stands once elsewhere a figure apart at most. Only
figures are read as any others; an exact copy elsewhere is
``core.paragraph_twin_doubts``' concern (without the paragraph's number as the figure,
most such placements were right: twin bullets one issue apart, a figure corrected).
"""

from __future__ import annotations

from desktop_app.core.figure_twins import own_context
from desktop_app.core.quote_only_figures import (
    FIGURE,
    any_figures,
    figures_apart,
    refigured,
    renumbered_copies,
)
from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.records import TextQuote


def renumbered_elsewhere(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether the passage found word for word at ``text[start:end]`` lacks its own
    context there while its quote with that context stands once in ``text``, elsewhere,
    a figure of the quote read otherwise there (its unit renumbered) and every other word
    and figure as stored."""
    own_prefix, own_suffix = own_context(quote)
    key = own_prefix + quote.exact + own_suffix
    here = start - len(own_prefix)
    if here >= 0 and text.startswith(key, here):
        return False
    pattern = any_figures(key)
    if pattern is None:
        return False
    found = pattern.finditer(text)
    first = next(found, None)
    if first is None or next(found, None) is not None:
        return False
    if first.end() > start and first.start() < end:
        return False
    at = renumbered_in_the_quote(first.group(), key, len(own_prefix), len(quote.exact))
    return at is not None and heads_a_paragraph(text, first.start() + at)


def renumbered_in_the_quote(copy: str, key: str, quote_at: int, quote_length: int) -> int | None:
    """Where, in ``copy``, the one figure stands that it reads otherwise than ``key`` (a
    quote at ``quote_at`` with its own context) when ``copy`` reads as ``key`` but for
    that figure and the figure lies in the quote; else None."""
    if figures_apart(copy, key) != 1:
        return None
    for mine, theirs in zip(FIGURE.finditer(key), FIGURE.finditer(copy), strict=True):
        if int(mine.group()) != int(theirs.group()):
            inside = quote_at <= mine.start() and mine.end() <= quote_at + quote_length
            return theirs.start() if inside else None
    return None


def heads_a_paragraph(text: str, at: int) -> bool:
    """Whether the figure at ``at`` is the first figure of a paragraph's first line (a
    unit's number: "Verse 6:", "12. Offences", "Claim 13.")."""
    line = text.rfind("\n", 0, at) + 1
    if line > 0 and not (line == 1 or text[line - 2] == "\n"):
        return False
    return FIGURE.search(text, line, at) is None


def nearer_twin_elsewhere(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether the passage found at ``text[start:end]`` reads as its quote but for figures
    apart in several places (a twin unit: a verse printed again with other times), while
    its quote with its own context stands once elsewhere with its figures apart in one
    place at most (its own unit, renumbered)."""
    here_text = text[start:end]
    if not refigured(here_text, quote.exact) or figures_apart(here_text, quote.exact) < 2:
        return False
    own_prefix, own_suffix = own_context(quote)
    key = own_prefix + quote.exact + own_suffix
    return len(renumbered_copies(text, key, start - len(own_prefix))) == 1


def review_renumbered_context(text: str, quote: TextQuote, placement: Placement) -> Placement:
    """``placement`` sent to review, its best guess kept, when it reads as its quote but its
    own unit stands elsewhere with other figures (:func:`renumbered_elsewhere`), or reads
    as its quote but for several figures while its own unit stands elsewhere
    (:func:`nearer_twin_elsewhere`); else as it is."""
    if placement.state not in PLACED_STATES:
        return placement
    start, end = placement.start, placement.end
    if text[start:end] == quote.exact:
        unsettled = renumbered_elsewhere(text, start, end, quote)
    else:
        unsettled = nearer_twin_elsewhere(text, start, end, quote)
    return placement._replace(state="review") if unsettled else placement
