"""A fuzzy passage that leaves out a line of its quote standing once beside it or as its twin's."""

from __future__ import annotations

import re

#: Least length of a quote's line (stripped) for its copy elsewhere to tell: shorter lines
#: ("Ends", a date alone) stand anywhere.
LONG_LINE = 20
#: Most code points, none of them a letter or digit, between the passage found and the
#: left-out line for the line to stand beside it (a line break, a blank line's two, and a
#: stop the fuzzy passage's end fell short of).
BESIDE = 4

_FIGURES = re.compile(r"\d+")


def _figures_blanked(line: str) -> str:
    """The line with every run of digits read as one figure ("train 5178" as "train 0")."""
    return _FIGURES.sub("0", line)


def leaves_out_a_line(text: str, start: int, end: int, exact: str) -> bool:
    """Whether the passage found at ``text[start:end]`` for a quote ``exact`` leaves out a
    line of the quote (:data:`LONG_LINE` or longer) that stands, word for word, once in the
    text outside it, either just beside it (an entry's header moved after its closing) or
    as the copy of a line the passage holds with other figures (a twin entry's header, one
    day or one number apart, taken in its place). Where that line went, the passage's own
    text went too, or the passage is a twin's: the guess is not the quote's."""
    found = text[start:end]
    found_lines: set[str] | None = None
    for raw in exact.split("\n"):
        line = raw.strip()
        if len(line) < LONG_LINE or line in found:
            continue
        at = text.find(line)
        if at < 0 or text.find(line, at + 1) >= 0:
            continue
        after = text[end:at] if at >= end else None
        before = text[at + len(line) : start] if at + len(line) <= start else None
        if any(
            gap is not None and len(gap) <= BESIDE and not any(ch.isalnum() for ch in gap)
            for gap in (after, before)
        ):
            return True
        if found_lines is None:
            found_lines = {_figures_blanked(held.strip()) for held in found.split("\n")}
        if _figures_blanked(line) in found_lines:
            return True
    return False
