"""What a batch does to a passage found by its quote that one annotation placed alone needs too."""

from __future__ import annotations

from desktop_app.core.foreign_paragraphs import cut_foreign_paragraphs
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import TextPosition, TextQuote


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
