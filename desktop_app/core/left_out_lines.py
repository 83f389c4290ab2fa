"""A fuzzy passage that leaves out a line of its quote standing once beside it or as its twin's."""

from __future__ import annotations

import re

#: Least length of a quote's line (stripped) for its copy elsewhere to tell: shorter lines
#: ("Ends", a date alone) stand anywhere.
LONG_LINE = 20
#: Most code points, none of them a letter or digit, between the passage's end and a
#: left-out line for the line to stand just after it (a line break, a blank line's two, and
#: a stop the fuzzy passage's end fell short of).
BESIDE = 4
#: Most code points between the passage and a left-out line that a line of the passage
#: copies but for its figures (twin entries stand next to each other; a corrected figure's
#: old wording, quoted in a correction or a pull quote, mostly stands farther off).
TWIN_REACH = 200

_FIGURES = re.compile(r"\d+")


def _figures_blanked(line: str) -> str:
    """The line with every run of digits read as one figure ("train 5178" as "train 0")."""
    return _FIGURES.sub("0", line)


def leaves_out_a_line(text: str, start: int, end: int, exact: str) -> bool:
    """Whether the passage found at ``text[start:end]`` for a quote ``exact`` leaves out a
    line of the quote (:data:`LONG_LINE` or longer) that stands, word for word, once in the
    text outside it, either just after it while the quote held lines after that one (an
    entry's header moved after its closing) or near it (:data:`TWIN_REACH`) as the copy of
    a line the passage holds but for its figures (a twin entry's header, one day or one
    number apart, taken in its place). Where that line went, the passage's own text went
    too, or the passage is a twin's: the guess is not the quote's. A quote's last line just
    before the passage is left alone: the entry above's stock closing, when this entry's
    own closing was reworded."""
    found = text[start:end]
    found_lines: set[str] | None = None
    lines = [raw.strip() for raw in exact.split("\n")]
    last = max((index for index, line in enumerate(lines) if line), default=0)
    for index, line in enumerate(lines):
        if len(line) < LONG_LINE or line in found:
            continue
        at = text.find(line)
        if at < 0 or text.find(line, at + 1) >= 0:
            continue
        gap = text[end:at] if at >= end else None
        if (
            index < last
            and gap is not None
            and len(gap) <= BESIDE
            and not any(ch.isalnum() for ch in gap)
        ):
            return True
        off = at - end if at >= end else start - at - len(line)
        if off > TWIN_REACH:
            continue
        if found_lines is None:
            found_lines = {_figures_blanked(held.strip()) for held in found.split("\n")}
        if _figures_blanked(line) in found_lines:
            return True
    return False
