"""How well a span of a text matches a stored quote and its context: the one score."""

from __future__ import annotations

from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from desktop_app.core.anchoring import CONTEXT
from desktop_app.core.records import TextQuote

#: Distance (code points) at which the position term has halved.
POSITION_SCALE = 1500

_WEIGHTS = (50.0, 20.0, 20.0, 6.0)
_TOTAL = sum(_WEIGHTS)


class Candidate(NamedTuple):
    """A scored span: its total score and the parts it was made of. (A named tuple: a
    search makes many, and they are cheap to make.)"""

    start: int
    end: int
    score: float
    quote: float
    prefix: float
    suffix: float


def score(text: str, start: int, end: int, quote: TextQuote, hint: int) -> Candidate:
    """The one scoring function: quote, prefix, suffix and position similarity, weighted."""
    return scored(text, start, end, quote, hint, similarity(quote.exact, text[start:end]))


def scored(
    text: str, start: int, end: int, quote: TextQuote, hint: int, quote_similarity: float
) -> Candidate:
    """:func:`score`, the quote's similarity given. The windows read for the context are
    never longer than :data:`CONTEXT` and are compared whole: a stored context shorter
    than that meant the text ended there, and is penalised if the text now goes on."""
    prefix = prefix_similarity(text, start, quote)
    suffix = suffix_similarity(text, end, quote)
    return weighed(start, end, hint, quote_similarity, prefix, suffix)


def weighed(
    start: int, end: int, hint: int, quote_similarity: float, prefix: float, suffix: float
) -> Candidate:
    """The candidate ``[start, end)`` whose quote, prefix and suffix are as similar as
    given, scored (:func:`score` when they are read from the text)."""
    position = 1.0 / (1.0 + abs(start - hint) / POSITION_SCALE)
    wq, wp, ws, wpos = _WEIGHTS
    total = (wq * quote_similarity + wp * prefix + ws * suffix + wpos * position) / _TOTAL
    return Candidate(start, end, total, quote_similarity, prefix, suffix)


def prefix_similarity(text: str, start: int, quote: TextQuote) -> float:
    """How well the text before ``start`` matches the stored prefix (0..1)."""
    return similarity(quote.prefix, text[start - CONTEXT if start > CONTEXT else 0 : start])


def suffix_similarity(text: str, end: int, quote: TextQuote) -> float:
    """How well the text after ``end`` matches the stored suffix (0..1)."""
    return similarity(quote.suffix, text[end : end + CONTEXT])


def score_at_most(quote_similarity: float) -> float:
    """The highest score a span whose quote is ``quote_similarity`` similar can have."""
    wq, wp, ws, wpos = _WEIGHTS
    return (wq * quote_similarity + wp + ws + wpos) / _TOTAL


def context_similarity(text: str, start: int, end: int, quote: TextQuote) -> tuple[float, float]:
    """How well the text before and after ``[start, end)`` matches the stored prefix and
    suffix (each 0..1)."""
    prefix = similarity(quote.prefix, text[start - CONTEXT if start > CONTEXT else 0 : start])
    suffix = similarity(quote.suffix, text[end : end + CONTEXT])
    return prefix, suffix


def similarity(stored: str, found: str) -> float:
    """How alike two strings are (0..1, Levenshtein), 1.0 at once when they are equal."""
    if stored == found:
        return 1.0
    return float(Levenshtein.normalized_similarity(stored, found))
