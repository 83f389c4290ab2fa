"""Operations the seventeenth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way an editor, a publishing system or a translator's tool would,
moving text with :meth:`TrackedText.move` so that moved passages keep their origin.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh4_kit import converted as in_american_units
from tests.benchmarks.reanchor_fresh5_places import lines_in
from tests.benchmarks.reanchor_fresh15_edits import FIGURE
from tests.benchmarks.reanchor_fresh17_kit import HEADING, REFERENCE, Span
from tests.storage.edit_simulation import TrackedText

DEVANAGARI_DIGITS = "०१२३४५६७८९"


def renumbered(tracked: TrackedText, mapping: dict[int, int]) -> None:
    """Every section heading's number and every cross-reference "(see clause n)" retyped
    by ``mapping`` (old number to new; numbers not in it stay)."""
    text = tracked.text
    places = [
        (m.start(1), m.end(1), int(m[1]))
        for pattern in (re.compile(rf"(?m)^{HEADING.pattern}$"), REFERENCE)
        for m in pattern.finditer(text)
    ]
    for start, end, number in sorted(places, reverse=True):
        if mapping.get(number, number) != number:
            tracked.replace(start, end - start, str(mapping[number]))


def bullets_as_sentence(tracked: TrackedText, paragraph: Span) -> None:
    """A bullet list made one sentence: "- a\\n- b\\n- c" → "a, b and c."."""
    lines = lines_in(tracked.text, *paragraph)
    tracked.replace(lines[-1][1], 0, ".")
    for index in range(len(lines) - 1, 0, -1):
        joint = " and " if index == len(lines) - 1 else ", "
        tracked.replace(lines[index][0] - 1, 3, joint)
    tracked.replace(lines[0][0], 2, "")


def table_as_prose(tracked: TrackedText, paragraph: Span) -> None:
    """A table made one paragraph: its header row dropped, each row a sentence ("a | b | c"
    → "a: b, c.")."""
    lines = lines_in(tracked.text, *paragraph)
    for index in range(len(lines) - 1, 0, -1):
        start, end = lines[index]
        tracked.replace(end, 0, ".")
        cells = [m.start() for m in re.finditer(r" \| ", tracked.text[start:end])]
        for cell, at in reversed(list(enumerate(cells))):
            tracked.replace(start + at, 3, ": " if cell == 0 else ", ")
        if index >= 2:
            tracked.replace(start - 1, 1, " ")
    tracked.replace(lines[0][0], lines[1][0] - lines[0][0], "")


def line_dropped(tracked: TrackedText, paragraph: Span, line: Span) -> None:
    """One line of a paragraph of two or more deleted, with the line break that parts it."""
    start, end = line
    if start > paragraph[0]:
        tracked.replace(start - 1, end - start + 1, "")
    else:
        tracked.replace(start, end - start + 1, "")


def converted(tracked: TrackedText, match: re.Match[str]) -> None:
    """A metric quantity given in American units first: "200 g" → "7.1 oz (200 g)"."""
    tracked.replace(match.end(), 0, ")")
    tracked.replace(match.start(), 0, f"{in_american_units(match[1], match[2])} (")


def digits_switched(tracked: TrackedText, line: Span) -> None:
    """A line's digits switched to the other system: Devanagari to Western when it has any
    Devanagari digit, else Western to Devanagari; each digit retyped."""
    text = tracked.text
    words = text[slice(*line)]
    to_western = any(c in DEVANAGARI_DIGITS for c in words)
    for offset, char in enumerate(words):
        if to_western and char in DEVANAGARI_DIGITS:
            tracked.replace(line[0] + offset, 1, str(DEVANAGARI_DIGITS.index(char)))
        elif not to_western and "0" <= char <= "9":
            tracked.replace(line[0] + offset, 1, DEVANAGARI_DIGITS[int(char)])


def figure_corrected(tracked: TrackedText, start: int, end: int) -> bool:
    """The last digit of the first figure in ``[start, end)`` corrected one up (9 down to 8),
    in the figure's own digits (Western or Devanagari); False when there is none."""
    match = FIGURE.search(tracked.text, start, end)
    if match is None:
        return False
    at = match.end() - 1
    while not tracked.text[at].isdigit():
        at -= 1
    digit = int(tracked.text[at])
    corrected = digit + 1 if digit != 9 else 8
    devanagari = tracked.text[at] in DEVANAGARI_DIGITS
    tracked.replace(at, 1, DEVANAGARI_DIGITS[corrected] if devanagari else str(corrected))
    return True
