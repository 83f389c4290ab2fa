"""Operations the thirty-second-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way an auctioneer, a show secretary, a farm office, a dairy, a grain
store, a growers' committee, a PDF reader, a copy editor or a keyboard would; typed text has
no origin, moved text keeps its own.
"""

from __future__ import annotations

import re
from itertools import pairwise

from tests.benchmarks.reanchor_fresh23_kit import Span
from tests.benchmarks.reanchor_fresh24_edits import replaced_all
from tests.benchmarks.reanchor_fresh27_edits import copy_marks_set
from tests.benchmarks.reanchor_fresh29_edits import marks_switched
from tests.benchmarks.reanchor_fresh32_kit import (
    DATE,
    FIELD_GAP,
    JOINT,
    LABIAL_WORD,
    LABIOVELAR,
    ORDINAL,
    TIFINAGH_CLAUSE,
    UNIT,
    date_respelt,
    labial_switched,
    ordinal_respelt,
    unit_respelt,
)
from tests.storage.edit_simulation import TrackedText

#: What a PDF's text layer gives for "fi" and "fl" on some lines.
LIGATURES = {"fi": "\ufb01", "fl": "\ufb02"}


def spans_swapped(tracked: TrackedText, first: Span, second: Span) -> None:
    """What stands at ``first`` and at ``second`` (which comes later) moved into each other's
    place: two placings' names swapped, each keeping its own characters."""
    (a, a_end), (b, b_end) = first, second
    first_length, second_length = a_end - a, b_end - b
    tracked.move(b, second_length, a)
    tracked.move(a + second_length, first_length, b + second_length - first_length)


def farm_style_set(tracked: TrackedText, span: Span) -> int:
    """A copy editor's pass over ``span``: "kg" and "kilos", "t" and "tonnes", "l/ha" and
    "litres per hectare", "12/04" and "12 April", "1st" and "First", each written the other
    way, then quotes, dashes and "per cent" set (as round 27's copy editor does); how much
    ``span`` grew."""
    grown = 0
    for pattern, respelt in (
        (UNIT, unit_respelt),
        (DATE, date_respelt),
        (ORDINAL, ordinal_respelt),
    ):
        now = (span[0], span[1] + grown)
        found = {m[0]: respelt(m[0]) for m in pattern.finditer(tracked.text, *now)}
        grown += replaced_all(tracked, pattern, now, found)
    return grown + copy_marks_set(tracked, (span[0], span[1] + grown))


def ligatures_set(tracked: TrackedText, line: Span) -> int:
    """Every "fi" and "fl" of ``line`` as the ligature a PDF's text layer gives; how much the
    line grew (it shrinks)."""
    pattern = re.compile("|".join(LIGATURES))
    return replaced_all(tracked, pattern, line, LIGATURES)


def gaps_collapsed(tracked: TrackedText, line: Span) -> int:
    """Every run of spaces between a row's fields as one space, as a PDF's copy gives it; how
    much the line grew (it shrinks)."""
    grown = 0
    for gap in reversed(list(FIELD_GAP.finditer(tracked.text, *line))):
        tracked.replace(gap.start(), len(gap[0]), " ")
        grown += 1 - len(gap[0])
    return grown


def tifinagh_respelt(tracked: TrackedText, span: Span, dropped: bool, joint: str) -> int:
    """Tamazight in ``span`` as another keyboard writes it: the labiovelar mark dropped
    (``dropped``) or written on the words that take it (the other way when there is nothing
    to change that way), and every joint between two clauses of a line typed as ``joint``
    (the separator with spaces around it, tight or doubled, or a plain space). How much
    ``span`` grew."""
    grown = marks_switched(
        tracked,
        span,
        LABIAL_WORD,
        lambda m: labial_switched(m[0]),
        lambda word: LABIOVELAR not in word,
        dropped,
    )
    text = tracked.text
    clauses = list(TIFINAGH_CLAUSE.finditer(text, span[0], span[1] + grown))
    joints = [
        (left.end(), right.start())
        for left, right in pairwise(clauses)
        if JOINT.fullmatch(text, left.end(), right.start())
        and text[left.end() : right.start()] != joint
    ]
    for start, end in reversed(joints):
        tracked.replace(start, end - start, joint)
        grown += len(joint) - (end - start)
    return grown
