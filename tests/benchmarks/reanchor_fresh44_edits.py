"""Operations the forty-fourth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a duty manager, an airline scheduler or a converter would; typed
text has no origin, moved text keeps its own.
"""

from __future__ import annotations

import random
import re

from tests.benchmarks.reanchor_fresh23_kit import Span
from tests.benchmarks.reanchor_fresh44_kit import (
    BOARDING,
    DELAYED,
    DOUBLE_STROKE,
    HANUNOO_I,
    HANUNOO_PAMUDPOD,
    HANUNOO_RUN,
    HANUNOO_U,
    LOST_LINE,
    ON_TIME,
    REFERENCE,
    SINGLE_STROKE,
    TAGBANWA_I,
    TAGBANWA_RUN,
    TAGBANWA_U,
    WEIGHT,
)
from tests.storage.edit_simulation import TrackedText

#: Each vowel sign and the one another writer puts in its place.
TAGBANWA_OTHER_VOWEL = {TAGBANWA_I: TAGBANWA_U, TAGBANWA_U: TAGBANWA_I}
HANUNOO_OTHER_VOWEL = {HANUNOO_I: HANUNOO_U, HANUNOO_U: HANUNOO_I}
#: The Philippine strokes and the Latin stops a converter types for them.
LATIN_STOPS = {SINGLE_STROKE: ",", DOUBLE_STROKE: "."}


def _clock(time: str, minutes: int) -> str:
    """``time`` ("08:40") ``minutes`` later, within the day."""
    hours, mins = divmod(min(int(time[:2]) * 60 + int(time[3:]) + minutes, 23 * 60 + 59), 60)
    return f"{hours:02}:{mins:02}"


def posted_status(status: str, time: str, rng: random.Random) -> str:
    """What a duty manager posts over a flight's status: "On time" as "Delayed 09:15" or
    "Boarding", "Boarding" as "Gate closed" or "Departed 08:52", "Delayed" as "Delayed"
    with its new time."""
    if status == ON_TIME:
        return rng.choice((f"{DELAYED} {_clock(time, rng.choice((25, 35, 50)))}", BOARDING))
    if status == BOARDING:
        return rng.choice(("Gate closed", f"Departed {_clock(time, rng.choice((5, 12)))}"))
    return f"{DELAYED} {_clock(time, rng.choice((40, 65, 90)))}"


def status_posted(tracked: TrackedText, flight: re.Match[str], status: str) -> None:
    """A flight's status (group 5 of a ``FLIGHT`` match) typed over as ``status``."""
    tracked.replace(flight.start(5), len(flight[5]), status)


def days_rolled(tracked: TrackedText, days: re.Match[str], rng: random.Random) -> None:
    """Days of operation (group 1 of a ``DAYS`` match, "1.3.5.7") for the next season: a day
    added (one the flight did not fly) or, half the time and when two or more remain, one
    dropped; the pattern typed anew, written in order."""
    flown = [int(day) for day in days[1].split(".")]
    missing = [day for day in range(1, 8) if day not in flown]
    if missing and (len(flown) < 2 or rng.random() < 0.5):
        flown.append(rng.choice(missing))
    else:
        flown.remove(rng.choice(flown))
    tracked.replace(days.start(1), len(days[1]), ".".join(str(day) for day in sorted(flown)))


def names_exchanged(tracked: TrackedText, first: Span, second: Span) -> None:
    """Two names (``first`` before ``second``, apart) swapped: each cut and pasted where the
    other stood, keeping its origin."""
    (start_one, end_one), (start_two, end_two) = first, second
    length_one, length_two = end_one - start_one, end_two - start_two
    tracked.move(start_two, length_two, start_one)
    tracked.move(start_one + length_two, length_one, start_two + length_two - length_one)


def references_renumbered(tracked: TrackedText, first: int) -> None:
    """Every lost item's reference (at the start of its line) numbered anew from ``first``,
    one on from each other, in the order they now stand; only the figures that change are
    typed."""
    found = [
        REFERENCE.match(tracked.text, line.start()) for line in LOST_LINE.finditer(tracked.text)
    ]
    references = [reference for reference in found if reference is not None]
    for number, reference in reversed(list(enumerate(references, start=first))):
        if reference[1] != f"{number:04}":
            tracked.replace(reference.start(1), 4, f"{number:04}")


def weights_in_pounds(tracked: TrackedText, span: Span) -> int:
    """Every weight in ``span`` given in pounds too ("23 kg" as "23 kg (51 lb)"), the pounds
    typed after it. How much ``span`` grew."""
    grown = 0
    for weight in reversed(list(WEIGHT.finditer(tracked.text, *span))):
        pounds = f" ({round(int(weight[1]) * 2.2046)} lb)"
        tracked.replace(weight.end(), 0, pounds)
        grown += len(pounds)
    return grown


def _marks_swapped(tracked: TrackedText, span: Span, other: dict[str, str]) -> int:
    """Every character of ``other`` in ``span`` typed over as the one it maps to; how many."""
    spots = [at for at in range(*span) if tracked.text[at] in other]
    for at in spots:
        tracked.replace(at, 1, other[tracked.text[at]])
    return len(spots)


def tagbanwa_respelt(tracked: TrackedText, span: Span, latin_stops: bool) -> int:
    """Tagbanwa in ``span`` as another writer gives it: the vowel signs i and u each written
    as the other (the signs stand for e and o too, and writers differ); with
    ``latin_stops`` the single and double strokes typed as "," and ".". How much ``span``
    grew (never)."""
    for run in list(TAGBANWA_RUN.finditer(tracked.text, *span)):
        _marks_swapped(tracked, run.span(), TAGBANWA_OTHER_VOWEL)
        if latin_stops:
            _marks_swapped(tracked, run.span(), LATIN_STOPS)
    return 0


def hanunoo_respelt(tracked: TrackedText, span: Span, vowels: bool, dropped: bool) -> int:
    """Hanunoo in ``span`` as another writer gives it: with ``vowels`` the vowel signs i and
    u each written as the other; with ``dropped`` the pamudpod left out, as writers did
    before it came into use. How much ``span`` grew."""
    if vowels:
        for run in list(HANUNOO_RUN.finditer(tracked.text, *span)):
            _marks_swapped(tracked, run.span(), HANUNOO_OTHER_VOWEL)
    grown = 0
    if dropped:
        for at in reversed([at for at in range(*span) if tracked.text[at] == HANUNOO_PAMUDPOD]):
            tracked.replace(at, 1, "")
            grown -= 1
    return grown
