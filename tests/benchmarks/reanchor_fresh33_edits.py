"""Operations the thirty-third-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a cataloguer, an archivist, a registrar, a curator, reader
services, a conservator, a PDF reader, a copy editor or a converter would; typed text has no
origin, moved text keeps its own.
"""

from __future__ import annotations

import itertools
import random
import re

from tests.benchmarks.reanchor_fresh23_kit import ZWSP, Span
from tests.benchmarks.reanchor_fresh24_edits import replaced_all
from tests.benchmarks.reanchor_fresh27_edits import copy_marks_set
from tests.benchmarks.reanchor_fresh29_edits import marks_switched
from tests.benchmarks.reanchor_fresh33_kit import (
    ANY_LAO_DIGIT,
    CIRCA,
    DATE,
    LAO_DIGITS,
    LAO_PHRASE,
    LAO_RUN,
    LAO_WORD,
    UNIT,
    WEEKDAY,
    YEARS,
    circa_respelt,
    date_respelt,
    digit_switched,
    unit_respelt,
    weekday_respelt,
    years_respelt,
)
from tests.storage.edit_simulation import TrackedText

#: The spaces between two phrases of a Lao line.
PHRASE_GAP = re.compile(" +")


def library_style_set(tracked: TrackedText, span: Span) -> int:
    """A copy editor's pass over ``span``: "cm" and "centimetres", "c." and "circa",
    "1921–1923" and "1921–23", "03/02" and "3 February", "Tue" and "Tuesday", each written
    the other way, then quotes, dashes and "per cent" set (as round 27's copy editor does);
    how much ``span`` grew."""
    grown = 0
    for pattern, respelt in (
        (UNIT, unit_respelt),
        (CIRCA, circa_respelt),
        (YEARS, years_respelt),
        (DATE, date_respelt),
        (WEEKDAY, weekday_respelt),
    ):
        now = (span[0], span[1] + grown)
        found = {m[0]: respelt(m[0]) for m in pattern.finditer(tracked.text, *now)}
        grown += replaced_all(tracked, pattern, now, found)
    return grown + copy_marks_set(tracked, (span[0], span[1] + grown))


def line_page_breaks(text: str, rng: random.Random, every: int) -> list[int]:
    """Where a PDF's pages break: the start of a line about every ``every`` lines (give or
    take five), never in the first ten lines nor the last five."""
    starts = [0, *(at + 1 for at, char in enumerate(text) if char == "\n")][:-1]
    breaks, line = [], every + rng.randint(-5, 5)
    while line < len(starts) - 5:
        at = starts[line]
        breaks.append(at + 1 if text.startswith("\n", at) else at)
        line += every + rng.randint(-5, 5)
    return breaks


def _word_joints(text: str, phrase: Span) -> list[tuple[int, bool]]:
    """Where two Lao words of a phrase meet, and whether a zero-width space stands there."""
    words = list(LAO_WORD.finditer(text, *phrase))
    joints = []
    for left, right in itertools.pairwise(words):
        between = text[left.end() : right.start()]
        if between in ("", ZWSP):
            joints.append((left.end(), between == ZWSP))
    return joints


def lao_respelt(
    tracked: TrackedText, span: Span, segmented: bool, western: bool, joint: str
) -> int:
    """Lao in ``span`` as another tool writes it: a zero-width space put in between every two
    words (``segmented``) or every one taken out (the other way when there is nothing to
    change that way), its digits written as Western ones (``western``) or as Lao ones (the
    other way likewise), and every space between two phrases typed as ``joint`` (two spaces,
    or none). How much ``span`` grew."""
    grown = 0
    for run in reversed(list(LAO_RUN.finditer(tracked.text, *span))):
        grown += marks_switched(
            tracked,
            run.span(),
            ANY_LAO_DIGIT,
            lambda m: digit_switched(m[0], LAO_DIGITS),
            str.isascii,
            western,
        )
    found = [
        place
        for run in LAO_RUN.finditer(tracked.text, span[0], span[1] + grown)
        for phrase in LAO_PHRASE.finditer(tracked.text, *run.span())
        for place in _word_joints(tracked.text, phrase.span())
    ]
    if all(has == segmented for _, has in found):
        segmented = not segmented
    for at, has in reversed(found):
        if has != segmented:
            tracked.replace(at, 1 if has else 0, "" if has else ZWSP)
            grown += -1 if has else 1
    text = tracked.text
    gaps = [
        gap.span()
        for run in LAO_RUN.finditer(text, span[0], span[1] + grown)
        for gap in PHRASE_GAP.finditer(text, *run.span())
        if gap[0] != joint
    ]
    for start, end in reversed(gaps):
        tracked.replace(start, end - start, joint)
        grown += len(joint) - (end - start)
    return grown
