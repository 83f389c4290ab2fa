"""Operations the twenty-third-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a platform's export or a person editing there would, moving
text with :meth:`TrackedText.move` so that moved passages keep their origin, and copying
with :meth:`TrackedText.copy` so that copies are decoys.
"""

from __future__ import annotations

import re
import unicodedata

from tests.benchmarks.reanchor_fresh23_kit import Span, head_line
from tests.storage.edit_simulation import TrackedText

#: Marks a re-export pipeline changes on one side: a no-break space, a zero-width space, a
#: soft hyphen, an emoji's variation selector, a curly apostrophe, a tone mark (grave,
#: acute; combining or on a precomposed letter), a precomposed dotted letter, Ethiopic
#: numerals.
TONED = "áàéèíìóòúùńǹÁÀÉÈÍÌÓÒÚÙŃǸ"
NORMALISED = re.compile(f"[\u00a0\u200b\u00ad\ufe0f\u2019\u0300\u0301ẹọṣẸỌṢ{TONED}]|[፩-፼]+")
DOTTED = {
    "ẹ": "e\u0329",
    "ọ": "o\u0329",
    "ṣ": "s\u0329",
    "Ẹ": "E\u0329",
    "Ọ": "O\u0329",
    "Ṣ": "S\u0329",
}
ETHIOPIC_VALUES = {**{c: i + 1 for i, c in enumerate("፩፪፫፬፭፮፯፰፱")}}
ETHIOPIC_VALUES.update({c: 10 * (i + 1) for i, c in enumerate("፲፳፴፵፶፷፸፹፺")})


def normalised(mark: str) -> str:
    """What a re-export writes for ``mark``: a plain space, nothing, a straight apostrophe,
    a toned letter without its tone, a dotted letter as a letter and a vertical line
    below, Western digits."""
    if mark[0] in ETHIOPIC_VALUES:
        return str(sum(ETHIOPIC_VALUES.get(c, 0) for c in mark))
    if mark in TONED:
        return unicodedata.normalize("NFD", mark)[0]
    return {"\u00a0": " ", "\u2019": "'"}.get(mark, DOTTED.get(mark, ""))


def normalise(tracked: TrackedText, span: Span) -> int:
    """Every mark of :data:`NORMALISED` in ``span`` written as a re-export writes it; how
    many were changed."""
    found = list(NORMALISED.finditer(tracked.text, *span))
    for match in reversed(found):
        tracked.replace(match.start(), len(match[0]), normalised(match[0]))
    return len(found)


def cut(tracked: TrackedText, span: Span) -> None:
    """A paragraph deleted with the blank line before it."""
    start, end = span
    tracked.replace(start - 2, end - start + 2, "")


def line_dropped(tracked: TrackedText, line: Span) -> None:
    """A line (not an item's first) deleted with the line break before it."""
    start, end = line
    tracked.replace(start - 1, end - start + 1, "")


def moved_to(tracked: TrackedText, span: Span, to: int) -> int:
    """A paragraph and the blank line after it moved to stand at ``to`` (an offset of the
    text before the move, at a paragraph's start); where it now starts."""
    start, end = span
    length = end + 2 - start
    if to > start:
        to -= length
    tracked.move(start, length, to)
    return to


def merged_into_previous(tracked: TrackedText, first: Span, second: Span) -> int:
    """An item merged into the one before it, as an unrolled thread or a merged paragraph:
    the blank line and the second's head line dropped, the lines under the first's head
    line and the second's joined into one with spaces; where the merged paragraph ends."""
    text = tracked.text
    body = head_line(text, first)[1] + 1
    head_end = head_line(text, second)[1]
    tracked.replace(first[1], head_end + 1 - first[1], " ")
    end = second[1] - (head_end + 1 - first[1]) + 1
    for match in reversed(list(re.finditer("\n", tracked.text[body:end]))):
        tracked.replace(body + match.start(), 1, " ")
    return end


def copied_as_item(tracked: TrackedText, line: Span, at: int, head: str) -> int:
    """A line copied into a new item (a typed ``head`` line, then the copy) standing at
    ``at`` (a paragraph's start); how far text from ``at`` on has moved."""
    start, end = line
    tracked.replace(at, 0, head + "\n\n\n")
    if start >= at:
        start, end = start + len(head) + 3, end + len(head) + 3
    tracked.copy(start, end - start, at + len(head) + 1)
    return len(head) + 3 + end - start
