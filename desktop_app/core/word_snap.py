"""Snapping a selected span out to whole words (mouse selections), in canonical code points."""

from __future__ import annotations

from desktop_app.core.navigation import word_stops

_REACH = 32


def _segment_around(text: str, offset: int) -> tuple[int, int]:
    """The word-boundary segment ``[a, b)`` holding the character at ``offset``."""
    reach = _REACH
    while True:
        lo, hi = max(0, offset - reach), min(len(text), offset + 1 + reach)
        stops = word_stops(text, lo, hi)
        before = [p for p in stops if p <= offset]
        after = [p for p in stops if p > offset]
        if (before or lo == 0) and (after or hi == len(text)):
            return (before[-1] if before else 0), (after[0] if after else len(text))
        reach *= 4


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened so that no word is cut, and trimmed of white space.

    Boundaries are the Unicode default word boundaries intersected with grapheme-cluster
    boundaries (``core.navigation.word_stops``): punctuation next to a word is a segment of
    its own and is never pulled in, an emoji sequence is never split, and ideographs (which
    Unicode does not segment into words) snap one by one. An empty or all-blank span
    comes back unchanged.
    """
    if not 0 <= start < end <= len(text):
        return start, end
    first, last = start, end
    a, b = _segment_around(text, start)
    if a < start and not text[a:b].isspace():
        first = a
    a, b = _segment_around(text, end - 1)
    if end < b and not text[a:b].isspace():
        last = b
    trimmed_first, trimmed_last = first, last
    while trimmed_first < trimmed_last and text[trimmed_first].isspace():
        trimmed_first += 1
    while trimmed_last > trimmed_first and text[trimmed_last - 1].isspace():
        trimmed_last -= 1
    if trimmed_first == trimmed_last:
        return first, last
    return trimmed_first, trimmed_last
