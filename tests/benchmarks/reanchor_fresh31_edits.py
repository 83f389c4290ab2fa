"""Operations the thirty-first-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a harbour office, a coastguard, a marina, an auctioneer, a
spreadsheet, a copy editor or a converter would; typed text has no origin, moved text keeps
its own.
"""

from __future__ import annotations

import random
import re

from tests.benchmarks.reanchor_fresh23_kit import Span
from tests.benchmarks.reanchor_fresh24_edits import replaced_all
from tests.benchmarks.reanchor_fresh27_edits import copy_marks_set
from tests.benchmarks.reanchor_fresh31_kit import (
    CLOCK,
    DIRECTION,
    FIELD_GAP,
    JAVANESE_CLAUSES,
    KNOTS,
    METRES,
    PADA_MARK,
    clock_respelt,
    direction_respelt,
    joined,
    pada_switched,
)
from tests.storage.edit_simulation import TrackedText

METRES_RESPELT = {"m": "metres", "metres": "m"}
KNOTS_RESPELT = {"kn": "knots", "knots": "kn"}


def digit_nudged(tracked: TrackedText, at: int, rng: random.Random) -> None:
    """The digit at ``at`` typed over by one a step away (a minute, a tenth, a hundredth)."""
    digit = int(tracked.text[at])
    step = rng.choice((-1, 1)) if 0 < digit < 9 else (1 if digit == 0 else -1)
    tracked.replace(at, 1, str(digit + step))


def moved_into(tracked: TrackedText, source: Span, target: Span, left: str) -> None:
    """What stands at ``source`` moved over what stands at ``target`` (which is deleted),
    and ``left`` typed where it stood: a boat moved to another berth, "Vacant" left behind."""
    length = source[1] - source[0]
    gone = target[1] - target[0]
    if target[0] > source[0]:
        tracked.replace(target[0], gone, "")
        tracked.move(source[0], length, target[0] - length)
        tracked.replace(source[0], 0, left)
    else:
        tracked.replace(target[0], gone, "")
        tracked.move(source[0] - gone, length, target[0])
        tracked.replace(source[0] - gone + length, 0, left)


def gaps_reset(tracked: TrackedText, line: Span, tabs: bool) -> int:
    """A table row's gaps between fields as a spreadsheet writes them: each a tab (``tabs``)
    or re-padded with runs of spaces one wider or narrower than before; how much the line
    grew."""
    grown = 0
    for gap in reversed(list(FIELD_GAP.finditer(tracked.text, *line))):
        if tabs:
            new = "\t"
        else:
            width = len(gap[0].expandtabs(4)) if "\t" in gap[0] else len(gap[0])
            new = " " * (width + 1 if width < 4 else width - 1)
        tracked.replace(gap.start(), len(gap[0]), new)
        grown += len(new) - len(gap[0])
    return grown


def harbour_style_set(tracked: TrackedText, span: Span) -> int:
    """A copy editor's pass over ``span``: "m" and "metres", "kn" and "knots", "SW" and
    "southwest", "06:12" and "6.12am", each written the other way, then quotes, dashes and
    "per cent" set (as round 27's copy editor does); how much ``span`` grew."""
    grown = 0
    for pattern, respelt in (
        (METRES, METRES_RESPELT.__getitem__),
        (KNOTS, KNOTS_RESPELT.__getitem__),
        (DIRECTION, direction_respelt),
        (CLOCK, clock_respelt),
    ):
        now = (span[0], span[1] + grown)
        found = {m[0]: respelt(m[0]) for m in pattern.finditer(tracked.text, *now)}
        grown += replaced_all(tracked, pattern, now, found)
    return grown + copy_marks_set(tracked, (span[0], span[1] + grown))


def _javanese_edits(text: str, span: Span, spaced: bool) -> list[tuple[int, int, str]]:
    """Where a keyboard puts spaces between the words of a Javanese clause and writes the
    padas as Latin marks (``spaced``), or takes the spaces out and writes the Latin marks as
    padas: (where, how many characters, what is typed)."""
    edits = []
    words = text[slice(*span)]
    for clause in JAVANESE_CLAUSES:
        written = joined(clause) if spaced else " ".join(clause)
        for found in re.finditer(re.escape(written), words):
            at = span[0] + found.start()
            for word in clause[:-1]:
                at += len(word)
                edits.append((at, 0, " ") if spaced else (at, 1, ""))
                at += 0 if spaced else 1
    for mark in PADA_MARK.finditer(text, *span):
        if (mark[0] in ",.") != spaced:
            edits.append((mark.start(), 1, pada_switched(mark[0])))
    return sorted(edits)


def javanese_respaced(tracked: TrackedText, span: Span, spaced: bool) -> int:
    """Javanese in ``span`` as another keyboard writes it: spaces between the words of each
    clause and Latin commas and full stops for the padas (``spaced``), or the reverse; when
    ``span`` holds nothing to change that way, the other way round. How much it grew."""
    edits = _javanese_edits(tracked.text, span, spaced)
    if not edits:
        edits = _javanese_edits(tracked.text, span, not spaced)
    for at, length, typed in reversed(edits):
        tracked.replace(at, length, typed)
    return sum(len(typed) - length for _, length, typed in edits)


def row_broken(tracked: TrackedText, line: Span, width: int) -> None:
    """A table row longer than ``width`` broken at the gaps between its fields, each piece as
    long as fits (a gap is typed as a line break)."""
    gaps = [m.span() for m in re.finditer(r" {2,}|\t+", tracked.text[slice(*line)])]
    breaks = []
    start = 0
    for (gap, after), following in zip(gaps, [*gaps[1:], None], strict=True):
        ends = following[0] if following else line[1] - line[0]
        if ends - start > width:
            breaks.append((gap, after))
            start = after
    for gap, after in reversed(breaks):
        tracked.replace(line[0] + gap, after - gap, "\n")
