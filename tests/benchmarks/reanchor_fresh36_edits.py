"""Operations the thirty-sixth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way an avalanche forecaster, a rescue team's duty leader, a hut warden,
a conditions desk, a weather service, a converter or a copy editor would; typed text has no
origin, moved text keeps its own.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh15_edits import reorder
from tests.benchmarks.reanchor_fresh23_kit import Span
from tests.benchmarks.reanchor_fresh24_edits import replaced_all
from tests.benchmarks.reanchor_fresh27_edits import copy_marks_set
from tests.benchmarks.reanchor_fresh29_edits import marks_switched
from tests.benchmarks.reanchor_fresh31_kit import WEEKDAYS
from tests.benchmarks.reanchor_fresh34_edits import quote_marks_flipped
from tests.benchmarks.reanchor_fresh34_kit import weekday_respelt
from tests.benchmarks.reanchor_fresh36_kit import (
    ASPECT,
    ASPECTS,
    CLOCK,
    DAY_BEFORE_DATE,
    DEGREES,
    KEMPHRENG,
    KM,
    LEVELS,
    LIMBU_LETTER,
    LIMBU_PUNCTUATION,
    LIMBU_RUN,
)
from tests.storage.edit_simulation import TrackedText

#: A Limbu sentence's closing mark, Limbu or ASCII, right after a Limbu letter or sign.
LIMBU_MARK = re.compile(f"(?<=[{LIMBU_LETTER}])[।᥄᥅.?!]")
#: The ASCII mark for each Limbu one, and back.
LIMBU_SWITCHED = {**LIMBU_PUNCTUATION, **{ascii: mark for mark, ascii in LIMBU_PUNCTUATION.items()}}


def danger_level_moved(tracked: TrackedText, line: Span, step: int) -> None:
    """The level of the danger line ``line`` ("Danger level 3 (considerable)") raised or
    lowered by ``step``, as a forecaster types it: the figure typed over, then the word in
    brackets (what they share at either end, a "e" of "moderate" and "considerable", stays)."""
    text = tracked.text
    figure = line[0] + len("Danger level ")
    old = text[figure : line[1]]
    new = LEVELS[LEVELS.index(old) + step]
    word = figure + old.index("(") + 1
    tracked.replace(word, len(old) - old.index("(") - 2, new[new.index("(") + 1 : -1])
    tracked.replace(figure, 1, new[0])


def aspects_clockwise(tracked: TrackedText, aspects: Span) -> bool:
    """The aspects listed at ``aspects`` ("W, NW, N, NE") put clockwise from north ("N, NE, W,
    NW") as a reissuing system lists them: each aspect moves whole with its ", " after it (a
    ", " typed at the end first, the one left over at the end deleted). Whether they moved."""
    text = tracked.text
    found = [m.span() for m in ASPECT.finditer(text, *aspects)]
    order = sorted(range(len(found)), key=lambda i: ASPECTS.index(text[slice(*found[i])]))
    if order == sorted(order):
        return False
    tracked.replace(aspects[1], 0, ", ")
    units = [
        (start, found[i + 1][0] if i + 1 < len(found) else aspects[1] + 2)
        for i, (start, _) in enumerate(found)
    ]
    reorder(tracked, units, order)
    tracked.replace(aspects[1], 2, "")
    return True


def valid_to_extended(tracked: TrackedText, match: re.Match[str], hours: int) -> None:
    """The end of a warning's "Valid from … to 09:00 Sat 14 Feb" (``match`` of
    ``VALID_LINE``) put ``hours`` later: the hour typed over, and the weekday and the day
    when it passes midnight ("to 03:00 Sun 15 Feb")."""
    hour = int(match[1][:2]) + hours
    if hour >= 24:
        weekday = WEEKDAYS[(WEEKDAYS.index(match[2]) + 1) % len(WEEKDAYS)]
        tracked.replace(match.start(3), len(match[3]), str(int(match[3]) + 1))
        tracked.replace(match.start(2), len(match[2]), weekday)
    tracked.replace(match.start(1), 2, f"{hour % 24:02}")


def feet(metres: str) -> str:
    """An elevation in metres ("2,200 m") in feet as a converter writes it ("7,218 ft")."""
    figure = round(int(metres.split()[0].replace(",", "")) / 0.3048)
    return f"{figure:,} ft"


def elevations_converted(
    tracked: TrackedText, span: Span, pattern: re.Pattern[str], kept: bool
) -> int:
    """Every elevation of ``pattern`` in ``span`` given in feet: after it in brackets ("2,200 m
    (7,218 ft)", ``kept``) or typed over it ("7,218 ft"); how much ``span`` grew."""
    grown = 0
    for match in reversed(list(pattern.finditer(tracked.text, *span))):
        if kept:
            tracked.replace(match.end(), 0, f" ({feet(match[0])})")
            grown += len(feet(match[0])) + 3
        else:
            tracked.replace(match.start(), len(match[0]), feet(match[0]))
            grown += len(feet(match[0])) - len(match[0])
    return grown


def degrees_respelt(tracked: TrackedText, span: Span, written: str) -> int:
    """Every "°C" after a figure in ``span`` (spaced or not, with a degree or an ordinal sign)
    written as ``written`` ("ºC", "° C", " °C"); how much ``span`` grew."""
    found = {m[0]: written for m in DEGREES.finditer(tracked.text, *span)}
    return replaced_all(tracked, DEGREES, span, found)


def clocks_respelt(tracked: TrackedText, span: Span) -> None:
    """Every clock time in ``span`` written the other way ("10:42" as "10.42" and back), only
    the separator typed (a reader sees the same 10 and 42)."""
    for match in reversed(list(CLOCK.finditer(tracked.text, *span))):
        separator = match.start() + 2
        tracked.replace(separator, 1, "." if match[0][2] == ":" else ":")


def kilometres_respelt(words: str) -> str:
    """ "km" as "kilometres" and back."""
    return "kilometres" if words == "km" else "km"


def alpine_style_set(tracked: TrackedText, span: Span) -> int:
    """A copy editor's pass over ``span``: "10:42" and "10.42", "Sat" and "Saturday", "km" and
    "kilometres", "−6 °C" and "−6°C", straight and curly single quotes, each written the other
    way, then double quotes, dashes and "per cent" set (as round 27's copy editor does); how
    much ``span`` grew."""
    clocks_respelt(tracked, span)
    grown = 0
    for pattern, respelt in ((DAY_BEFORE_DATE, weekday_respelt), (KM, kilometres_respelt)):
        now = (span[0], span[1] + grown)
        found = {m[0]: respelt(m[0]) for m in pattern.finditer(tracked.text, *now)}
        grown += replaced_all(tracked, pattern, now, found)
    now = (span[0], span[1] + grown)
    found = {m[0]: "°C" if m[0] == " °C" else " °C" for m in DEGREES.finditer(tracked.text, *now)}
    grown += replaced_all(tracked, DEGREES, now, found)
    quote_marks_flipped(tracked, (span[0], span[1] + grown))
    return grown + copy_marks_set(tracked, (span[0], span[1] + grown))


def limbu_respelt(tracked: TrackedText, span: Span, to_ascii: bool) -> int:
    """Limbu in ``span`` as a converter with a Latin keyboard writes it: the danda, the Limbu
    question and exclamation marks after a Limbu word as ".", "?" and "!" (``to_ascii``; the
    other way when there is nothing to change that way), and every kemphreng left out. How
    much ``span`` grew (it shrinks)."""
    marks_switched(tracked, span, LIMBU_MARK, lambda m: LIMBU_SWITCHED[m[0]], str.isascii, to_ascii)
    grown = 0
    for run in reversed(list(LIMBU_RUN.finditer(tracked.text, *span))):
        for at in reversed([run.start() + i for i, c in enumerate(run[0]) if c == KEMPHRENG]):
            tracked.replace(at, 1, "")
            grown -= 1
    return grown
