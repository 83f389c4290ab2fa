"""What a batch does to a passage found by its quote that one annotation placed alone needs too."""

from __future__ import annotations

from desktop_app.core.anchoring import CONTEXT
from desktop_app.core.foreign_paragraphs import cut_foreign_paragraphs
from desktop_app.core.quote_scoring import score
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import AnchorState, TextPosition, TextQuote


def first_passes_alone(
    text: str, position: TextPosition, quote: TextQuote, found: Placement
) -> Placement:
    """``found`` (the search's placement of one annotation) after the batch's first pass
    that needs no other annotation: a fuzzy placement cut back past whole paragraphs at
    its ends that its quote does not hold (``core.foreign_paragraphs``: a line put in just
    before a passage, taken in because the stored context still stands before it). A batch
    (``batch_placement.place_all``) runs it on every placement the search finds; one
    annotation placed alone ran it only on a placement it looked for again."""
    return cut_foreign_paragraphs(text, quote.exact, position.start, found)


def has_whole_context(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether the stored prefix stands just before ``[start, end)`` and the stored suffix
    just after it, each word for word."""
    prefix, suffix = quote.prefix, quote.suffix
    return (
        start >= len(prefix)
        and text.startswith(prefix, start - len(prefix))
        and text.startswith(suffix, end)
    )


def whole_copies(text: str, quote: TextQuote) -> list[int]:
    """Where the quote starts in the stretches of ``text`` (two at most) that read as the
    quote with both sides of its stored context word for word, each side as long as a
    context is stored (``anchoring.CONTEXT``: a side cut short by an end of the text tells
    too little)."""
    if not quote.exact or len(quote.prefix) < CONTEXT or len(quote.suffix) < CONTEXT:
        return []
    whole = quote.prefix + quote.exact + quote.suffix
    found: list[int] = []
    at = text.find(whole)
    while at >= 0 and len(found) < 2:
        found.append(at + len(quote.prefix))
        at = text.find(whole, at + 1)
    return found


def on_its_whole_context(
    text: str,
    position: TextPosition,
    quote: TextQuote,
    placement: Placement,
    *,
    folded: bool = False,
) -> Placement:
    """``placement`` (one annotation's, placed alone), when it is a moved placement whose
    own context is not whole while a copy of its quote elsewhere has its whole stored
    context (:func:`whole_copies`): moved onto that copy when it is the one, else sent to
    review, its best guess kept. The search, or a pass after it, took a nearer copy whose
    context was edited (an e-mail quoting the passage in a reply put on top, its lines
    marked "> "), while the passage itself moved further on with its neighbours; a batch
    tells that by the neighbours, the whole context tells it alone. With ``folded`` (found
    with marks the text gained folded out: ``core.folded_markup``), a best guess in review
    is read so too when it does not read its quote word for word: the search found the copy
    quoted with "> " or other marks inside it (its context may stand whole around them),
    the passage itself standing unmarked elsewhere. (One that reads its quote, its context
    edited, is no quoted copy: an unedited copy elsewhere is as likely a repeat.)"""
    if placement.state == "review" and folded:
        if text[placement.start : placement.end] == quote.exact:
            return placement
    elif placement.state != "moved" or has_whole_context(
        text, placement.start, placement.end, quote
    ):
        return placement
    copies = whole_copies(text, quote)
    if not copies:
        return placement
    if len(copies) > 1:
        return placement._replace(state="review")
    at = copies[0]
    end = at + len(quote.exact)
    state: AnchorState = position.state_of(at, end)
    return Placement(state, at, end, score(text, at, end, quote, position.start).score)
