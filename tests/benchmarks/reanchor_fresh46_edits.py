"""Operations the forty-sixth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a ranger, a booking clerk or a converter would; typed text has no
origin, moved text keeps its own.
"""

from __future__ import annotations

import random
import re

from tests.benchmarks.reanchor_fresh23_kit import Span, body_lines
from tests.benchmarks.reanchor_fresh46_kit import (
    CLOSED,
    MUD,
    NEWA_ANUSVARA,
    NEWA_CANDRABINDU,
    NEWA_I,
    NEWA_II,
    NEWA_RUN,
    NEWA_U,
    NEWA_UU,
    OPEN,
    STOP,
    TAI_LUE_AE,
    TAI_LUE_E,
    TAI_LUE_RUN,
    TAI_LUE_TONE_1,
    TAI_LUE_TONE_2,
    TAI_LUE_U,
    TAI_LUE_UU,
)
from tests.storage.edit_simulation import TrackedText

#: Each vowel sign and the one another writer puts in its place.
TAI_LUE_OTHER_VOWEL = {TAI_LUE_U: TAI_LUE_UU, TAI_LUE_UU: TAI_LUE_U, TAI_LUE_E: TAI_LUE_AE}
TAI_LUE_TONES = (TAI_LUE_TONE_1, TAI_LUE_TONE_2)
NEWA_OTHER_VOWEL = {NEWA_I: NEWA_II, NEWA_II: NEWA_I, NEWA_U: NEWA_UU, NEWA_UU: NEWA_U}
NEWA_OTHER_NASAL = {NEWA_ANUSVARA: NEWA_CANDRABINDU, NEWA_CANDRABINDU: NEWA_ANUSVARA}


def next_status(status: str, rng: random.Random) -> str:
    """What a ranger posts over a trail's status: "Open" as "Closed" or "Caution: mud",
    "Closed" as "Open", "Caution: mud" as "Open" or "Closed"."""
    if status == OPEN:
        return rng.choice((CLOSED, MUD))
    if status == CLOSED:
        return OPEN
    return rng.choice((OPEN, CLOSED))


def distances_apart(one: str, other: str) -> bool:
    """Whether two distances ("7.4" and "4.7", "2.8" and "2.9") are one figure apart: the
    same figures in another order, or one figure changed."""
    if len(one) != len(other) or one == other:
        return False
    differ = sum(a != b for a, b in zip(one, other, strict=True))
    return differ == 1 or sorted(one) == sorted(other)


def letters_typed_over(tracked: TrackedText, span: Span, words: str) -> None:
    """The characters of ``span`` that differ from ``words`` (of the same length) typed over,
    one by one; the others stay."""
    start, end = span
    assert end - start == len(words)
    for at in range(start, end):
        if tracked.text[at] != words[at - start]:
            tracked.replace(at, 1, words[at - start])


def sightings_merged(tracked: TrackedText, first: re.Match[str], second: re.Match[str]) -> None:
    """Two neighbouring sightings of one species (``SIGHTING`` matches, ``second`` on the line
    after ``first``) merged into the first line at the office: the counts added and typed
    over, the second's time moved after the first's with a typed "–" between, the rest of
    the second line cut with its line break."""
    total = str(int(first[2]) + int(second[2]))
    time_start, time_end = second.span(4)
    tracked.move(time_start, time_end - time_start, first.end(4))
    tracked.replace(first.end(4), 0, "–")
    grown = time_end - time_start + 1
    tracked.replace(second.start() - 1 + grown, time_start - second.start() + 1, "")
    tracked.replace(first.start(2), len(first[2]), total)


def run_retimed(tracked: TrackedText, span: Span, minutes: int) -> int:
    """Every stop's time in ``span`` ``minutes`` later, typed over (only the figures that
    change). How much ``span`` grew (never)."""
    for stop in reversed(list(STOP.finditer(tracked.text, *span))):
        hours, mins = int(stop[1][:2]), int(stop[1][3:])
        total = hours * 60 + mins + minutes
        later = f"{total // 60 % 24:02}:{total % 60:02}"
        letters_typed_over(tracked, stop.span(1), later)
    return 0


def rows_from_columns(tracked: TrackedText, item: Span, gap: str) -> None:
    """An item's body lines, set in two columns (the first half on the left, the rest on
    the right) and copied row by row: each right-hand line cut with its line break and put
    after the left-hand line of its row, the break typed over as ``gap``."""
    lines = body_lines(tracked.text, item)
    half = (len(lines) + 1) // 2
    for row in range(len(lines) - half):
        lines = body_lines(tracked.text, (item[0], item[1]))
        left, right = lines[row], lines[half]
        tracked.move(right[0] - 1, right[1] - right[0] + 1, left[1])
        tracked.replace(left[1], 1, gap)
        item = (item[0], item[1] + len(gap) - 1)


def _marks_swapped(tracked: TrackedText, span: Span, other: dict[str, str]) -> int:
    """Every character of ``other`` in ``span`` typed over as the one it maps to; how many."""
    spots = [at for at in range(*span) if tracked.text[at] in other]
    for at in spots:
        tracked.replace(at, 1, other[tracked.text[at]])
    return len(spots)


def tai_lue_respelt(tracked: TrackedText, span: Span, vowels: bool, tones: bool) -> int:
    """New Tai Lue in ``span`` as another writer gives it: with ``vowels`` the vowel signs u
    and uu each written as the other and e as ae; with ``tones`` the tone marks left out, as
    many writers do. How much ``span`` grew."""
    if vowels:
        for run in list(TAI_LUE_RUN.finditer(tracked.text, *span)):
            _marks_swapped(tracked, run.span(), TAI_LUE_OTHER_VOWEL)
    grown = 0
    if tones:
        for at in reversed([at for at in range(*span) if tracked.text[at] in TAI_LUE_TONES]):
            tracked.replace(at, 1, "")
            grown -= 1
    return grown


def newa_respelt(tracked: TrackedText, span: Span, vowels: bool, nasals: bool) -> int:
    """Newa in ``span`` as another writer gives it: with ``vowels`` the short and long i and
    u signs each written as the other; with ``nasals`` the anusvara and the candrabindu each
    written as the other. How much ``span`` grew (never)."""
    for run in list(NEWA_RUN.finditer(tracked.text, *span)):
        if vowels:
            _marks_swapped(tracked, run.span(), NEWA_OTHER_VOWEL)
        if nasals:
            _marks_swapped(tracked, run.span(), NEWA_OTHER_NASAL)
    return 0
