"""Quote only: a best guess in review placed when it is the one copy of its own row's window.

When the rows of a list, a table or a register are re-sorted, each row (a block between
blank lines) moves whole, and the passage inside it with it; but the stored context reaches
across the row's edge into the neighbouring rows, which are others now. The search weighs
that context whole and finds one side of it changed, while twin rows (the same stock lines,
other keys) read the quote as well: the passage goes to review, though its row is there,
whole. What tells a row from its twins is its own key (a code, a name, a
date) inside the quote or the part of the stored context that lies in the row itself.

Such a passage's best guess in review is placed when it stands on the one copy in the text
of the stored window read up to the row's edges (the prefix after its last blank line, the
quote, the suffix before its first blank line: at least one side of the context reaching
across an edge), each cut side standing on a row's edge there too (a blank line, or only
white space to the text's end), and the quote itself does not cross a blank line (a passage
spanning rows that are no longer beside each other is never put on a stretch that joins
other rows). The window must carry more than stock words: at least :data:`LEAST_OWN` code
points of it, or the whole row. Only the search's own best guess is taken, never another
copy, and never an orphan: where the passage's row was edited, a twin row reading the
window is no proof (typos, words replaced: measured, the wrong placements outnumbered).
"""

from __future__ import annotations

from desktop_app.core.quote_search import Placement, score
from desktop_app.core.records import TextPosition, TextQuote

#: What separates rows (blocks).
ROW_EDGE = "\n\n"
#: Least length (code points) of the window inside the row, unless it is the whole row.
LEAST_OWN = 24


def own_row_window(quote: TextQuote, edge: str = ROW_EDGE) -> tuple[str, bool, bool] | None:
    """The stored window cut at the row's edges (the prefix after its last blank line, the
    quote, the suffix before its first), with whether the prefix and the suffix were cut;
    None when neither was, or the quote crosses a blank line."""
    prefix, exact, suffix = quote.prefix, quote.exact, quote.suffix
    if not exact or ROW_EDGE in exact:
        return None
    cut_before = prefix.rfind(edge)
    cut_after = suffix.find(edge)
    if cut_before < 0 and cut_after < 0:
        return None
    head = prefix[cut_before + len(edge) :] if cut_before >= 0 else prefix
    tail = suffix[:cut_after] if cut_after >= 0 else suffix
    return head + exact + tail, cut_before >= 0, cut_after >= 0


def _edge_before(text: str, at: int, edge: str) -> bool:
    """Whether a row starts at ``at``: ``edge`` before it, or nothing but white space."""
    return text.startswith(edge, at - len(edge)) or not text[:at].strip()


def _edge_after(text: str, at: int, edge: str) -> bool:
    """Whether a row ends at ``at``: ``edge`` after it, or nothing but white space."""
    return text.startswith(edge, at) or not text[at:].strip()


def own_row_start(text: str, quote: TextQuote, edge: str = ROW_EDGE) -> int | None:
    """Where the quote starts in the one copy of its own row's window in ``text`` (see the
    module's docstring), or None when there is none, or more than one."""
    found = own_row_window(quote, edge)
    if found is None:
        return None
    window, cut_before, cut_after = found
    whole_row = cut_before and cut_after
    if len(window) < LEAST_OWN and not whole_row:
        return None
    hits: list[int] = []
    at = text.find(window)
    while at >= 0:
        if (not cut_before or _edge_before(text, at, edge)) and (
            not cut_after or _edge_after(text, at + len(window), edge)
        ):
            if hits:
                return None
            hits.append(at)
        at = text.find(window, at + 1)
    if not hits:
        return None
    head = quote.prefix[quote.prefix.rfind(edge) + len(edge) :] if cut_before else quote.prefix
    return hits[0] + len(head)


def placed_on_its_own_row(
    text: str, position: TextPosition, quote: TextQuote, placement: Placement, expected: int
) -> Placement | None:
    """When ``placement`` is a best guess in review on the one copy of its own row's window
    (see the module's docstring), the passage placed there ("moved" unless on its stored
    offsets, scored as the search scores it); else None. The caller applies the doubts of a
    placement by the quote alone."""
    if placement.state != "review":
        return None
    start = own_row_start(text, quote)
    if start is None:
        return None
    end = start + len(quote.exact)
    if (start, end) != (placement.start, placement.end):
        return None
    found = score(text, start, end, quote, expected).score
    return Placement(position.state_of(start, end), start, end, found)
