"""Operations the fifteenth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a records system or the clerk keeping a register would, moving
text with :meth:`TrackedText.move` so that moved passages keep their origin.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh15_kit import Span
from tests.storage.edit_simulation import TrackedText

#: A figure ("4.2", "18,420", "2").
FIGURE = re.compile(r"\d+(?:[.,]\d+)?")


def reorder(tracked: TrackedText, units: list[Span], order: list[int]) -> None:
    """Units that follow each other with nothing between (``units[i][1] == units[i+1][0]``)
    put in ``order`` (indexes into ``units``), each moved to the end of the run in turn."""
    lengths = [end - start for start, end in units]
    base, total = units[0][0], sum(lengths)
    current = list(range(len(units)))
    for unit in order:
        place = current.index(unit)
        at = base + sum(lengths[u] for u in current[:place])
        tracked.move(at, lengths[unit], base + total - lengths[unit])
        current.append(current.pop(place))


def header_to_end(tracked: TrackedText, entry: Span) -> None:
    """An entry's first line moved after its last: "H\\nB\\nC" → "B\\nC\\nH"."""
    start, end = entry
    header = tracked.text.index("\n", start, end) - start
    tracked.move(start, header, end - header)
    tracked.move(start, 1, end - header - 1)


def lines_joined(tracked: TrackedText, start: int, end: int) -> None:
    """Every line break and blank line in ``[start, end)`` made one space."""
    text = tracked.text
    for match in reversed(list(re.finditer(r"\n+", text[start:end]))):
        tracked.replace(start + match.start(), len(match[0]), " ")


def interleave(tracked: TrackedText, first: list[Span], second: list[Span]) -> None:
    """The sentences of a later paragraph (``second``, one space apart) moved into an
    earlier one (``first``), one after each of its sentences and the rest after its last;
    the emptied paragraph and the blank line before it dropped."""
    moved = 0
    pairs = [(min(i, len(first) - 1), s) for i, s in enumerate(second)]
    for index, (after, (start, end)) in reversed(list(enumerate(pairs))):
        # Sentences after this one already moved in front of it: it stands ``moved`` on.
        at = start + moved
        if index:
            tracked.move(at - 1, end - start + 1, first[after][1])
        else:
            tracked.move(at, end - start, first[after][1])
            tracked.replace(first[after][1], 0, " ")
        moved += end - start + 1
    gone = second[0][0] + moved - 2
    assert tracked.text[gone : gone + 2] == "\n\n"
    tracked.replace(gone, 2, "")


def figure_amended(tracked: TrackedText, start: int, end: int) -> bool:
    """The first figure in ``[start, end)`` corrected one up ("40" → "41", "4.2" → "4.3");
    False when there is none."""
    match = FIGURE.search(tracked.text, start, end)
    if match is None:
        return False
    digits = match[0]
    last = max(i for i, c in enumerate(digits) if c.isdigit())
    head, tail = digits[:last], digits[last]
    corrected = head + str(int(tail) + 1) if tail != "9" else head + "8"
    tracked.replace(match.start(), len(digits), corrected)
    return True
