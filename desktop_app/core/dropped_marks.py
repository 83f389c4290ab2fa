"""Vowel points and joiners a text lost throughout, dropped from the quotes before placing."""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Marks an unpointed edition drops: Hebrew points and cantillation (U+0591–U+05C7), Arabic
#: harakat, shadda, sukun and the like (U+064B–U+065F, U+0670), and the zero-width joiner
#: of Sinhala conjuncts.
DROPPABLE = re.compile("[\u0591-\u05c7\u064b-\u065f\u0670\u200d]")


def marks_dropped(text: str, samples: Iterable[str]) -> frozenset[str]:
    """The droppable marks (:data:`DROPPABLE`) the ``samples`` (stored quotes with their
    context) hold that ``text`` holds nowhere: it was unpointed since, and a quote holding
    them can match it only without them."""
    held = {mark for sample in samples for mark in DROPPABLE.findall(sample)}
    return frozenset(mark for mark in held if mark not in text)


def without_marks(quote: str, marks: frozenset[str]) -> str:
    """``quote`` without any of ``marks``."""
    if not marks or not any(mark in quote for mark in marks):
        return quote
    return "".join(char for char in quote if char not in marks)
