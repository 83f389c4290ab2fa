"""A passage's context compared with its far end free: text shortened or grown beside it."""

from __future__ import annotations

from desktop_app.core.quote_scoring import context_similarity, similarity
from desktop_app.core.records import TextQuote


def realigned_context(
    text: str, start: int, end: int, quote: TextQuote, slack: int
) -> tuple[float, float]:
    """How well the text before ``start`` and after ``end`` matches the stored prefix and
    suffix (each 0..1), each window's far end moved by up to ``slack`` code points to where
    it matches best. A stored context reaches a fixed number of code points from the
    passage; when a word beside the passage got shorter ("falling" shown as "↓"), a window
    of the same length reaches that much farther, and the change is counted twice (once
    where it is, once at the far end): here it is counted once. Never less than
    ``context_similarity``."""
    prefix, suffix = quote.prefix, quote.suffix
    best_prefix, best_suffix = context_similarity(text, start, end, quote)
    for length in range(max(0, len(prefix) - slack), len(prefix) + slack + 1):
        alike = similarity(prefix, text[max(0, start - length) : start])
        best_prefix = alike if alike > best_prefix else best_prefix
        if length >= start:
            break  # the window reaches the start of the text
    for length in range(max(0, len(suffix) - slack), len(suffix) + slack + 1):
        alike = similarity(suffix, text[end : end + length])
        best_suffix = alike if alike > best_suffix else best_suffix
        if end + length >= len(text):
            break  # the window reaches the end of the text
    return best_prefix, best_suffix
