"""The one copy of a quote whose context stands whole, pushed off by a label or appended text."""

from __future__ import annotations

import re

from desktop_app.core.anchoring import CONTEXT
from desktop_app.core.records import TextQuote

#: Most code points put between a passage and its stored prefix (a label such as
#: "Important: " or "⚠️ Note: " put before a sentence) for the prefix to count as
#: standing whole before it.
DISPLACED = 24
#: What may stand between a passage and its stored prefix: a label ending in a colon
#: ("Important: ", "⚠️ Note: "), or marks and emoji alone ("⚠️ ", "• ").
LABEL = re.compile(r"[^\w\n]*(?:\w[^:\n]*:)?[^\w\n]*")
#: Copies of the quote looked at (from the start of the text).
COPIES_LOOKED_AT = 64
#: Least length (code points) of a quote for its one such copy to be the passage.
LEAST_QUOTE = 12


def displaced_copy(text: str, quote: TextQuote) -> int | None:
    """Where the only exact copy of ``quote`` stands (its start) that has its stored
    suffix exactly after it and its stored prefix whole at most :data:`DISPLACED` code
    points before it, only a label between (:data:`LABEL`: "Important: " put before each
    copy of a repeated sentence; "As reported above, " is no label); None when no copy or
    more than one has, or the quote is shorter than :data:`LEAST_QUOTE`."""
    exact = quote.exact
    if len(exact) < LEAST_QUOTE:
        return None
    found: int | None = None
    at = text.find(exact)
    for _ in range(COPIES_LOOKED_AT):
        if at == -1:
            break
        end = at + len(exact)
        if _context_displaced(text, at, end, quote):
            if found is not None:
                return None
            found = at
        at = text.find(exact, at + 1)
    else:
        if at != -1:
            return None  # more copies than looked at: no telling them apart
    return found


def appended_copy(text: str, quote: TextQuote) -> int | None:
    """Where the only exact copy of ``quote`` stands (its start) that has its stored
    prefix (all of ``CONTEXT``) exactly before it and its stored suffix, which said the
    text ended there (shorter than ``CONTEXT``), exactly after it, the text now going on
    (notes appended after the last paragraph), with no copy of the quote after it; None
    when there is no such copy, or the quote is shorter than :data:`LEAST_QUOTE`. Whether
    what follows was appended, the caller tells (no passage that stood before this one
    stands after it now)."""
    exact, prefix, suffix = quote.exact, quote.prefix, quote.suffix
    if len(exact) < LEAST_QUOTE or len(prefix) < CONTEXT or len(suffix) >= CONTEXT:
        return None
    found: int | None = None
    at = text.find(exact)
    for _ in range(COPIES_LOOKED_AT):
        if at == -1:
            return found
        end = at + len(exact)
        if found is not None:
            return None  # a copy in what follows: not all of it appended
        if (
            at >= CONTEXT
            and text.startswith(prefix, at - CONTEXT)
            and text.startswith(suffix, end)
            and end + len(suffix) < len(text)
        ):
            found = at
        at = text.find(exact, at + 1)
    return None if at != -1 else found


def _context_displaced(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether the stored suffix stands exactly after ``[start, end)`` and the stored
    prefix whole a label's length before it (:func:`displaced_copy`)."""
    if not _suffix_exact(text, end, quote.suffix):
        return False
    return _prefix_near(text, start, quote.prefix)


def _suffix_exact(text: str, end: int, suffix: str) -> bool:
    """Whether the text after ``end`` is the stored suffix (all of it, when the suffix is
    shorter than ``CONTEXT``: the text ended there)."""
    if len(suffix) < CONTEXT:
        return text[end:] == suffix
    return text[end : end + len(suffix)] == suffix


def _prefix_near(text: str, start: int, prefix: str) -> bool:
    """Whether the stored prefix (all of ``CONTEXT``: one cut short by the text's start
    says nothing of where it stands) ends at most :data:`DISPLACED` code points before
    ``start``, a label (:data:`LABEL`) between."""
    if len(prefix) < CONTEXT:
        return False
    for gap in range(1, DISPLACED + 1):  # none: the context is whole, the search's business
        stop = start - gap
        if stop < len(prefix) or text[stop] == "\n":
            return False
        if text.startswith(prefix, stop - len(prefix)):
            return LABEL.fullmatch(text, stop, start) is not None
    return False
