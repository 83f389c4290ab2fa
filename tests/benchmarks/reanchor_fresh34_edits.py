"""Operations the thirty-fourth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a clerk, a Table Office, a committee office, Hansard's editors, a
PDF reader, a copy editor or a converter would; typed text has no origin, moved text keeps its
own.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh15_edits import reorder
from tests.benchmarks.reanchor_fresh23_kit import Span
from tests.benchmarks.reanchor_fresh24_edits import replaced_all
from tests.benchmarks.reanchor_fresh27_edits import copy_marks_set
from tests.benchmarks.reanchor_fresh29_edits import marks_switched
from tests.benchmarks.reanchor_fresh33_kit import digit_switched
from tests.benchmarks.reanchor_fresh34_kit import (
    ANY_KANNADA_DIGIT,
    CLOCK_TIME,
    HONOURABLE,
    KANNADA_DIGITS,
    KANNADA_RUN,
    PM_TIME,
    QUOTED,
    SYRIAC_JOINT,
    SYRIAC_POINTS,
    SYRIAC_RUN,
    SYRIAC_WORD,
    THOUSANDS,
    WEEKDAY,
    ZWNJ,
    honourable_respelt,
    pointed,
    quotes_respelt,
    thousands_respelt,
    time_respelt,
    weekday_respelt,
)
from tests.storage.edit_simulation import TrackedText

#: A time either way an order paper or a schedule writes it.
ANY_TIME = re.compile(f"{PM_TIME.pattern}|{CLOCK_TIME.pattern}")
POINT = re.compile(f"[{SYRIAC_POINTS}]")


def parliament_style_set(tracked: TrackedText, span: Span) -> int:
    """A copy editor's pass over ``span``: "12.30 pm" and "12:30", "Rt Hon" and "Right
    Honourable", "£1,250" and "£1250", "Tue" and "Tuesday", straight and curly quotes, each
    written the other way, then double quotes, dashes and "per cent" set (as round 27's copy
    editor does); how much ``span`` grew."""
    grown = 0
    for pattern, respelt in (
        (ANY_TIME, time_respelt),
        (HONOURABLE, honourable_respelt),
        (THOUSANDS, thousands_respelt),
        (WEEKDAY, weekday_respelt),
    ):
        now = (span[0], span[1] + grown)
        found = {m[0]: respelt(m[0]) for m in pattern.finditer(tracked.text, *now)}
        grown += replaced_all(tracked, pattern, now, found)
    quote_marks_flipped(tracked, (span[0], span[1] + grown))
    return grown + copy_marks_set(tracked, (span[0], span[1] + grown))


def quote_marks_flipped(tracked: TrackedText, span: Span) -> None:
    """Every single-quoted phrase in ``span`` given the other kind of quote marks: the two marks
    are retyped, the words between them keep their origin (a reader sees the same 'forty' in
    ‘forty’); ``span`` does not grow."""
    for match in reversed(list(QUOTED.finditer(tracked.text, *span))):
        flipped = quotes_respelt(match[0])
        tracked.replace(match.end() - 1, 1, flipped[-1])
        tracked.replace(match.start(), 1, flipped[0])


def kannada_digits_switched(tracked: TrackedText, span: Span, western: bool) -> int:
    """The digits of every Kannada run of ``span`` written as Western digits (``western``) or
    as Kannada ones (the other way on a run already so); how much ``span`` grew (never)."""
    for run in reversed([m.span() for m in KANNADA_RUN.finditer(tracked.text, *span)]):
        marks_switched(
            tracked,
            run,
            ANY_KANNADA_DIGIT,
            lambda m: digit_switched(m[0], KANNADA_DIGITS),
            str.isascii,
            western,
        )
    return 0


def syriac_respelt(tracked: TrackedText, span: Span, dropped: bool, joint: str) -> int:
    """Syriac in ``span`` as a second typist writes it: every vowel point taken out
    (``dropped``) or a point put on every unpointed word of three letters or more (the other
    way when there is nothing to change that way), each point typed on its own so the letters
    keep theirs, and the spaces after every Arabic comma typed as ``joint`` (two spaces, or
    none). How much ``span`` grew."""
    text = tracked.text
    runs = [m.span() for m in SYRIAC_RUN.finditer(text, *span)]
    points = [m.start() for run in runs for m in POINT.finditer(text, *run)]
    bare = [
        m.start() + 2
        for run in runs
        for m in SYRIAC_WORD.finditer(text, *run)
        if pointed(m[0]) != m[0] and ZWNJ not in m[0]
    ]
    if not (points if dropped else bare):
        dropped = not dropped
    grown = 0
    for at in reversed(points if dropped else bare):
        tracked.replace(at, 1 if dropped else 0, "" if dropped else SYRIAC_POINTS[1])
        grown += -1 if dropped else 1
    text = tracked.text
    gaps = [
        gap.span()
        for run in SYRIAC_RUN.finditer(text, span[0], span[1] + grown)
        for gap in SYRIAC_JOINT.finditer(text, *run.span())
        if gap[0] != joint and gap.end() < run.end()
    ]
    for start, end in reversed(gaps):
        tracked.replace(start, end - start, joint)
        grown += len(joint) - (end - start)
    return grown


def joiner_switched(tracked: TrackedText, word: Span) -> None:
    """A zero-width non-joiner taken out of a Syriac word, or put in after its first letter
    when it has none."""
    at = tracked.text.find(ZWNJ, *word)
    if at >= 0:
        tracked.replace(at, 1, "")
    else:
        tracked.replace(word[0] + 1, 0, ZWNJ)


def lines_sorted_by_number(
    tracked: TrackedText, lines: list[Span], number: re.Pattern[str]
) -> None:
    """Lines that follow each other put in the order of the number ``number`` finds in each
    (lines move whole, each with the line break before it)."""
    text = tracked.text
    keys = []
    for line in lines:
        found = number.search(text, *line)
        keys.append(int(found[0]) if found else 0)
    order = sorted(range(len(lines)), key=lambda i: (keys[i], i))
    if len(lines) >= 2 and order != sorted(order):
        reorder(tracked, [(start - 1, end) for start, end in lines], order)
