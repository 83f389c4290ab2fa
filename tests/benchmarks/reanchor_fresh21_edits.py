"""Operations the twenty-first-round fresh families are made of (no test here): each changes
a :class:`TrackedText` the way a drafter, a transcriber, a subtitler or a maintainer would,
moving text with :meth:`TrackedText.move` so that moved passages keep their origin.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh21_kit import (
    REFERENCE,
    TIME,
    UNIT_HEAD,
    Span,
    clock,
    head_line,
    units,
)
from tests.storage.edit_simulation import TrackedText


def unit_prefix(text: str, unit: Span) -> str:
    """What stands before a unit's number: "Verse ", "## ", "" (a cue, a section)."""
    match = UNIT_HEAD.fullmatch(text, *head_line(text, unit))
    assert match is not None
    return match["prefix"]


def units_headed(text: str, prefix: str) -> list[Span]:
    """The units whose head has ``prefix``, in order."""
    return [u for u in units(text) if unit_prefix(text, u) == prefix]


def renumbered(tracked: TrackedText, prefix: str, first: int, by: int) -> None:
    """Every unit headed ``prefix`` numbered ``first`` or more, and every reference to such
    a number, moved on ``by``."""
    text = tracked.text
    places = []
    for unit in units_headed(text, prefix):
        match = UNIT_HEAD.fullmatch(text, *head_line(text, unit))
        assert match is not None
        if int(match["number"]) >= first:
            places.append((match.start("number"), match["number"]))
    places += [(m.start(1), m[1]) for m in REFERENCE.finditer(text) if int(m[1]) >= first]
    for at, digits in sorted(places, reverse=True):
        tracked.replace(at, len(digits), str(int(digits) + by))


def numbers_in_order(tracked: TrackedText, prefix: str) -> None:
    """The units headed ``prefix`` numbered in the order they now stand, from the least of
    their numbers (references left as they are)."""
    text = tracked.text
    heads = []
    for unit in units_headed(text, prefix):
        match = UNIT_HEAD.fullmatch(text, *head_line(text, unit))
        assert match is not None
        heads.append((match.start("number"), match["number"]))
    numbers = sorted(int(digits) for _, digits in heads)
    for (at, digits), number in reversed(list(zip(heads, numbers, strict=True))):
        if digits != str(number):
            tracked.replace(at, len(digits), str(number))


def swapped(tracked: TrackedText, first: Span, second: Span) -> None:
    """Two passages that do not overlap (``first`` before ``second``) change places; what
    stands between them stays."""
    (a0, a1), (b0, b1) = first, second
    tracked.move(b0, b1 - b0, a0)
    tracked.move(a0 + b1 - b0, a1 - a0, a0 + (b1 - b0) + (b0 - a1))


def _shifted_clock(match: re.Match[str], seconds: int) -> str:
    if match["clock"]:
        hours, minutes, secs = (int(p) for p in match["clock"].split(":"))
        return clock(hours * 3600 + minutes * 60 + secs + seconds) + (match["millis"] or "")
    if match["minutes"]:
        total = int(match["minutes"]) * 60 + int(match["seconds"]) + seconds
        return f"[{total // 60:02}:{total % 60:02}.{match['hundredths']}]"
    return f"{int(match['count']) * 2} {match['unit']}"


def retimed(tracked: TrackedText, start: int, seconds: int) -> None:
    """Every time from ``start`` on moved ``seconds`` later, and every duration doubled."""
    for match in reversed(list(TIME.finditer(tracked.text, start))):
        tracked.replace(match.start(), len(match[0]), _shifted_clock(match, seconds))


def line_deleted(tracked: TrackedText, line: Span) -> None:
    """A line cut with the line break after it (before it, when it ends its block)."""
    text = tracked.text
    start, end = line
    if text.startswith("\n\n", end) or end == len(text) or text[end] != "\n":
        back = 2 if text[start - 2 : start] == "\n\n" else 1
        tracked.replace(start - back, end - start + back, "")
    else:
        tracked.replace(start, end - start + 1, "")
