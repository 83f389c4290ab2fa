"""Comparing two accounts of one event: aligned pairs, shared quotes, what each leaves out.

Pure Python, no Qt: ``compare_texts(text_a, text_b)`` returns a :class:`Comparison`.
"""

from __future__ import annotations

from desktop_app.core.compare.engine import compare_texts
from desktop_app.core.compare.model import (
    RELATIONS,
    AlignedPair,
    Comparison,
    Relation,
    SharedQuote,
    Side,
    Span,
)

__all__ = [
    "RELATIONS",
    "AlignedPair",
    "Comparison",
    "Relation",
    "SharedQuote",
    "Side",
    "Span",
    "compare_texts",
]
