"""Quote only, one at a time: a near decoy taken before the text was read folded.

A text copied out of a PDF since (ligatures typed, "ﬁ" for "fi"), numbered for print or
exported to markdown holds marks its stored quotes and their context lack. Placed alone,
a passage is looked for in the text as it reads first, and only when that finds nothing
in the text read with those marks folded out (``core.folded_markup``). On a line so
marked its quote no longer reads word for word, and the search may take a line of the
same template elsewhere instead, one unmarked whose quote differs in a word ("Felsite in
a fine" for "Basalt in a ﬁne") but whose context reads on. When the text read folded
holds the passage's whole stored context (prefix, quote and suffix) once, word for word,
somewhere else than that fuzzy placement, that is where the passage stands: it is placed
as a batch of one places it (folding the marks first), which a batch of many does
already.
"""

from __future__ import annotations

from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.folded_markup import fold_new_markup
from desktop_app.core.quote_search import PLACED_STATES, Placement


def whole_context_folded(text: str, request: Request) -> tuple[int, int] | None:
    """The span in ``text`` of the quote of ``request`` where ``text``, read with the
    marks it gained folded out, holds the quote's whole stored context once, word for
    word; None when nothing folds or the context stands there not once."""
    quote = request.quote
    context = quote.prefix + quote.exact + quote.suffix
    folded = fold_new_markup(text, (context,))
    if folded is None:
        return None
    at = folded.text.find(context)
    if at < 0 or folded.text.find(context, at + 1) >= 0:
        return None
    start = at + len(quote.prefix)
    return folded.back(start, start + len(quote.exact))


def placed_on_its_folded_context(text: str, request: Request, found: Placement) -> Placement | None:
    """Where a batch of one places the passage of ``request`` when the search's placement
    ``found`` is fuzzy (its span does not read the quote) while ``text`` read folded holds
    the whole stored context once elsewhere (:func:`whole_context_folded`), and the batch
    places it on that span; else None, ``found`` stands."""
    if found.state not in PLACED_STATES or text[found.start : found.end] == request.quote.exact:
        return None
    span = whole_context_folded(text, request)
    if span is None or span == (found.start, found.end):
        return None
    placed = place_all(text, [request])[0]
    if placed.state not in PLACED_STATES or (placed.start, placed.end) != span:
        return None
    return placed
