"""Operations the thirty-ninth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a registrar, a department, a librarian, a converter or a copy editor
would; typed text has no origin, moved text keeps its own.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import Span
from tests.benchmarks.reanchor_fresh29_edits import marks_switched
from tests.benchmarks.reanchor_fresh38_edits import block_moved
from tests.benchmarks.reanchor_fresh39_kit import (
    CLOCK,
    GRADUAND_LINE,
    OSAGE_ACCENT,
    OSAGE_INITIAL,
    OSAGE_RUN,
    SHORT_DAY,
    ordinal,
)
from tests.storage.edit_simulation import TrackedText

#: How far a capital Osage letter stands from its small letter.
OSAGE_CASE_STEP = 0x28


def sitting_moved(tracked: TrackedText, line: Span, after: int, short_day: str) -> None:
    """A sitting ``line`` cut (with the line break before it) and pasted after old offset
    ``after`` (the end of another day's last sitting), then its day typed over as that day's
    ``short_day`` ("Mon 8 June" as "Wed 10 June"; what the two share at their ends stays)."""
    start, end = line
    block_moved(tracked, (start - 1, end), after)
    at = after - (end - start + 1) if after > start else after
    day = SHORT_DAY.match(tracked.text, at + 1)
    assert day is not None
    tracked.replace(day.start(), len(day[0]), short_day)


def twelve_hour(clock: re.Match[str]) -> tuple[str, str]:
    """A 24-hour time's hour as a 12-hour clock gives it, and "am" or "pm"."""
    hour = int(clock[1])
    return str((hour - 1) % 12 + 1), "am" if hour < 12 else "pm"


def times_twelve_hour(tracked: TrackedText, span: Span) -> int:
    """Every 24-hour time in ``span`` written as a 12-hour one ("09:30" as "9.30 am", "14:00"
    as "2.00 pm"), typed a piece at a time: the hour's figures that change, the point for the
    colon, " am" or " pm" after; the minutes keep theirs. How much ``span`` grew."""
    grown = 0
    for clock in reversed(list(CLOCK.finditer(tracked.text, *span))):
        hour, half = twelve_hour(clock)
        tracked.replace(clock.end(), 0, f" {half}")
        tracked.replace(clock.end(1), 1, ".")
        tracked.replace(clock.start(1), 2, hour)
        grown += len(hour) + len(half) + 1 - 2
    return grown


def _case_flipped(letter: re.Match[str]) -> str:
    """An Osage letter in the other case."""
    code = ord(letter[0])
    return chr(code + OSAGE_CASE_STEP if code < 0x104D8 else code - OSAGE_CASE_STEP)


def osage_respelt(tracked: TrackedText, span: Span, capitals: bool, accents_dropped: bool) -> int:
    """Osage in ``span`` as another writer gives it: every word's first letter a capital
    (``capitals``) or a small letter (the other way when none is to change), and, when
    ``accents_dropped``, the acute and the macron left out; each letter and mark typed on its
    own. How much ``span`` grew (never: it shrinks by the marks dropped)."""
    grown = 0
    runs = [m.span() for m in OSAGE_RUN.finditer(tracked.text, *span)]
    for run in reversed(runs):
        marks_switched(
            tracked,
            run,
            OSAGE_INITIAL,
            _case_flipped,
            lambda letter: ord(letter) >= 0x104D8,
            not capitals,
        )
        if accents_dropped:
            for accent in reversed(list(OSAGE_ACCENT.finditer(tracked.text, *run))):
                tracked.replace(accent.start(), 1, "")
                grown -= 1
    return grown


def graduand_inserted(tracked: TrackedText, item: Span, name: str) -> None:
    """A graduand added late to a degree's list (``item``), in alphabetical place by surname:
    a new line before the first name that sorts after it, else after the item's last line."""
    start, end = item
    surname = name.split(" ", 1)[1]
    for line in GRADUAND_LINE.finditer(tracked.text, start, end):
        if line[2] > surname:
            tracked.replace(line.start(), 0, f"{name}\n")
            return
    tracked.replace(end, 0, f"\n{name}")


def edition_updated(tracked: TrackedText, edition: re.Match[str], years: int) -> None:
    """A reading list's edition put one on and its year ``years`` later ("2nd edn, 2019" as
    "3rd edn, 2021"): the edition's figure and ending and the year's figures typed over."""
    year = int(edition[2]) + years
    tracked.replace(edition.start(2), 4, str(year))
    number = int(edition[1])
    tracked.replace(edition.start(1), len(ordinal(number)), ordinal(number + 1))
