"""Stretches of paragraphs the update printed twice in a row: which copy a passage is, a guess.

A new edition is often made by copying a section above itself as the template of the
next one and then correcting one of the two: its number, a figure here and there. Both
copies read like the old section, figures aside, and one of them may read exactly like
it; which one the editor kept as the original and which one was typed over, no reader
of the two texts can tell. Here the new text's paragraphs, their figures masked, are
searched for a *tandem*: a run of two different paragraphs or more followed at once by
the same run again, which the old text held fewer times than the new one does, each of
its paragraphs standing more times in the new text than in the old (printed again, not
edited into a twin of its neighbour). A passage placed wholly inside such a doubled
stretch, or ending inside it, goes to review, its best guess kept.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

#: Most paragraphs in the run that is printed twice (a section: heading, notes, lists, table).
LONGEST_RUN = 12
#: Fewest paragraphs in the run (one paragraph pasted twice is left to other rules).
SHORTEST_RUN = 2

_FIGURE = re.compile(r"\d+")

Span = tuple[int, int]


def paragraphs(text: str) -> list[Span]:
    """The spans of ``text``'s paragraphs (runs of lines between blank lines), stripped of
    the blank lines around them."""
    found: list[Span] = []
    start = last = -1
    at = 0
    for line in text.split("\n"):
        if line and not line.isspace():
            if start < 0:
                start = at
            last = at + len(line)
        elif start >= 0:
            found.append((start, last))
            start = -1
        at += len(line) + 1
    if start >= 0:
        found.append((start, last))
    return found


def _keys(text: str, spans: list[Span], numbers: dict[str, int]) -> list[int]:
    """One number per paragraph, equal for paragraphs that read alike figures aside
    (``numbers`` is shared by the texts compared)."""
    return [
        numbers.setdefault(_FIGURE.sub("0", text[start:end]), len(numbers)) for start, end in spans
    ]


def _occurrences(keys: list[int], run: list[int]) -> int:
    """How many times ``run`` stands in ``keys`` as consecutive items."""
    size = len(run)
    first = run[0]
    return sum(
        1 for at in range(len(keys) - size + 1) if keys[at] == first and keys[at : at + size] == run
    )


def doubled_stretches(old: str, new: str) -> list[Span]:
    """The stretches of ``new`` (sorted, apart) made of a run of paragraphs standing twice
    in a row, figures aside, that ``old`` holds fewer times than ``new`` does."""
    new_spans = paragraphs(new)
    if len(new_spans) < 2 * SHORTEST_RUN:
        return []
    old_spans = paragraphs(old)
    numbers: dict[str, int] = {}
    new_keys, old_keys = _keys(new, new_spans, numbers), _keys(old, old_spans, numbers)
    new_counts, old_counts = Counter(new_keys), Counter(old_keys)
    found: list[Span] = []
    gained: dict[tuple[int, ...], bool] = {}  # whether a run stands more often than it did
    count = len(new_keys)
    for first in range(count):
        for size in range(SHORTEST_RUN, LONGEST_RUN + 1):
            if first + 2 * size > count:
                break
            if new_keys[first] != new_keys[first + size]:
                continue
            run = new_keys[first : first + size]
            if run != new_keys[first + size : first + 2 * size] or len(set(run)) < size:
                continue  # not doubled, or one paragraph over and over (a refrain, a marker)
            if any(old_counts[key] >= new_counts[key] for key in run):
                continue  # a paragraph of the run not printed again: edited into a twin
            key = tuple(run)
            if key not in gained:
                gained[key] = _occurrences(old_keys, run) < _occurrences(new_keys, run)
            if not gained[key]:
                continue
            start, end = new_spans[first][0], new_spans[first + 2 * size - 1][1]
            if found and start <= found[-1][1]:
                found[-1] = (found[-1][0], max(end, found[-1][1]))
            else:
                found.append((start, end))
            break
    return found


class DoubledStretches:
    """The doubled stretches of an update, found once, asked about each placement."""

    def __init__(self, old: str, new: str) -> None:
        self.stretches = doubled_stretches(old, new)
        self._starts = [start for start, _ in self.stretches]

    def holds(self, start: int, end: int) -> bool:
        """Whether new ``[start, end)`` ends inside a doubled stretch: wholly inside it (which
        copy, a guess), or coming into it from the text above (whether it ends on the first
        copy's words or, across that copy, on the second's, a guess too)."""
        if not self.stretches or end <= start:
            return False
        index = bisect_right(self._starts, end - 1) - 1
        return index >= 0 and end <= self.stretches[index][1]
