"""Operations the thirtieth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a pharmacist, a practice manager, a ward, a kitchen, a laboratory,
a PDF exporter or a keyboard would; typed text has no origin, moved text keeps its own.
"""

from __future__ import annotations

import random
import re

from tests.benchmarks.reanchor_fresh23_kit import Span
from tests.benchmarks.reanchor_fresh24_edits import replaced_all
from tests.benchmarks.reanchor_fresh27_edits import copy_marks_set
from tests.benchmarks.reanchor_fresh29_edits import hour_respelt, marks_switched
from tests.benchmarks.reanchor_fresh29_kit import HOUR
from tests.benchmarks.reanchor_fresh30_kit import (
    CHEROKEE_FOLDED,
    FVS,
    MILLIGRAMS,
    MONGOLIAN_MARK,
    NNBSP,
    TIMES_A_DAY,
    cherokee_switched,
)
from tests.storage.edit_simulation import TrackedText

MILLIGRAMS_RESPELT = {"mg": "milligrams", "milligrams": "mg"}
TIMES_A_DAY_RESPELT = {"twice a day": "2 times a day", "2 times a day": "twice a day"}


def house_style_set(tracked: TrackedText, span: Span) -> int:
    """A copy editor's pass over ``span``: "mg" and "milligrams", "twice a day" and "2 times a
    day", times on the hour as "8am" or "08:00", each written the other way, then quotes,
    dashes and "per cent" set (as round 27's copy editor does); how much ``span`` grew."""
    grown = 0
    for pattern, respelt in (
        (MILLIGRAMS, MILLIGRAMS_RESPELT.__getitem__),
        (TIMES_A_DAY, TIMES_A_DAY_RESPELT.__getitem__),
        (HOUR, hour_respelt),
    ):
        now = (span[0], span[1] + grown)
        found = {m[0]: respelt(m[0]) for m in pattern.finditer(tracked.text, *now)}
        grown += replaced_all(tracked, pattern, now, found)
    return grown + copy_marks_set(tracked, (span[0], span[1] + grown))


def mongolian_switched_in(tracked: TrackedText, span: Span, plain: bool, joined: bool) -> int:
    """Mongolian in ``span`` as one keyboard types it: with ``plain``, a narrow no-break space
    before a case suffix written as a plain space (or, ``joined``, left out) and variation
    selectors dropped; else plain spaces before suffixes made narrow and a variation selector
    added after ᠭ and ᠳ. How much ``span`` grew."""

    def switched(mark: re.Match[str]) -> str:
        words = mark[0]
        if words == NNBSP:
            return "" if joined else " "
        if words == " ":
            return NNBSP
        return words[0] if len(words) == 2 else words + FVS[0]

    def is_plain(mark: str) -> bool:
        return mark == " " or (len(mark) == 1 and mark != NNBSP)

    return marks_switched(tracked, span, MONGOLIAN_MARK, switched, is_plain, plain)


def cherokee_folded_in(tracked: TrackedText, span: Span, small: bool) -> int:
    """Cherokee in ``span`` as an old converter writes it: the letters its table knows
    (:data:`CHEROKEE_FOLDED`) in the small forms (``small``) or the capital ones; how much
    ``span`` grew (it does not)."""
    return marks_switched(
        tracked,
        span,
        CHEROKEE_FOLDED,
        lambda mark: cherokee_switched(mark[0]),
        str.islower,
        small,
    )


def line_moved(tracked: TrackedText, line: Span, after: int) -> None:
    """A line (not an item's first) cut with the line break before it and put back after the
    offset ``after`` (the end of another line); it keeps its characters."""
    start, end = line
    length = end - start + 1
    tracked.move(start - 1, length, after - length if after > start else after)


def page_breaks(text: str, rng: random.Random, every: int) -> list[int]:
    """Where a PDF's pages break: the start of a line about every ``every`` characters (a
    paragraph's first line or one inside it), never in the first paragraphs of the page."""
    breaks = []
    at = every + rng.randint(-200, 200)
    while at < len(text) - 200:
        start = text.find("\n", at)
        if start < 0:
            break
        start += 1
        if text.startswith("\n", start):
            start += 1
        breaks.append(start)
        at = start + every + rng.randint(-200, 200)
    return breaks


def running_lines_inserted(
    tracked: TrackedText, breaks: list[int], footer: str, header: str
) -> None:
    """At each break (a line's start, offsets of the text now) a page's running footer
    ``footer`` (with "{page}" and "{pages}" filled in) and the next page's running header
    typed: as a paragraph of their own between paragraphs, as two lines inside one."""
    text = tracked.text
    pages = len(breaks) + 1
    for page, at in reversed(list(enumerate(breaks, start=1))):
        running = f"{footer.format(page=page, pages=pages)}\n{header}"
        between = text[at - 2 : at] == "\n\n"
        tracked.replace(at, 0, running + ("\n\n" if between else "\n"))
