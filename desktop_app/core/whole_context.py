"""A best guess in review on the one copy of its quote with its whole context around it: placed."""

from __future__ import annotations

from desktop_app.core.anchoring import CONTEXT
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import AnchorState, TextQuote

#: Copies of the quote looked at; with more, the choice is left as it was.
COPIES_LOOKED_AT = 64


def _side_whole(text: str, at: int, quote: TextQuote) -> bool:
    """Whether either side of the quote's context stands whole around a copy at ``at``."""
    prefix, suffix = quote.prefix, quote.suffix
    end = at + len(quote.exact)
    return (bool(prefix) and text.startswith(prefix, at - len(prefix)) and at >= len(prefix)) or (
        bool(suffix) and text.startswith(suffix, end)
    )


def whole_context_copy(text: str, quote: TextQuote) -> int | None:
    """Where the quote starts in the one stretch of ``text`` that reads as its prefix, the
    quote and its suffix together, each side as long as stored (:data:`CONTEXT`, or
    shorter only where the text began or ended), when no other copy of the quote has
    either side of the context whole; None otherwise."""
    prefix, suffix, exact = quote.prefix, quote.suffix, quote.exact
    if not exact:
        return None
    window = prefix + exact + suffix
    found = text.find(window)
    if found < 0 or text.find(window, found + 1) >= 0:
        return None
    if len(prefix) < CONTEXT and found != 0:
        return None
    if len(suffix) < CONTEXT and found + len(window) != len(text):
        return None
    at = found + len(prefix)
    copy, looked_at = text.find(exact), 0
    while copy >= 0:
        looked_at += 1
        if looked_at > COPIES_LOOKED_AT:
            return None
        if copy != at and _side_whole(text, copy, quote):
            return None
        copy = text.find(exact, copy + 1)
    return at


def placed_in_whole_context(
    text: str, placement: Placement, quote: TextQuote, old_start: int
) -> Placement:
    """A best guess in review standing on the one copy of its quote with its whole context
    (:func:`whole_context_copy`), placed: the passage moved with the text on both sides of
    it (a section reordered among others that share its lines). Any other as it is."""
    if placement.state != "review":
        return placement
    at = whole_context_copy(text, quote)
    if at is None or (at, at + len(quote.exact)) != (placement.start, placement.end):
        return placement
    state: AnchorState = "exact" if at == old_start else "moved"
    return placement._replace(state=state)
