"""A text's lines read once per text, shared by every rule of an update that reads them."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate, compress

#: A run of non-blank lines in a string of one byte a line (1: the line holds a visible
#: character), read by :attr:`TextLines.paragraph_runs`.
_NON_BLANK_RUN = re.compile(rb"\x01+")


@dataclass(frozen=True)
class TextLines:
    """The lines of one text (split at each line break, none dropped) and where each starts;
    the tables some rules read of them (counts, stripped lines, paragraphs) are made when
    first asked and kept. Its lists are shared: no reader changes them."""

    text: str
    #: ``text.split("\n")``.
    lines: list[str]
    #: Where each line starts, and one past the end of the text (``len(lines) + 1`` items).
    starts: list[int]

    @cached_property
    def counts(self) -> Counter[str]:
        """How many times each line stands in the text."""
        return Counter(self.lines)

    @cached_property
    def stripped(self) -> list[str]:
        """Each line without white space at its ends."""
        return list(map(str.strip, self.lines))

    @cached_property
    def paragraph_runs(self) -> list[tuple[int, int]]:
        """The paragraphs (runs of lines between blank ones, a blank line being empty or all
        white space): the index of each one's first line and one past its last."""
        non_blank = bytes(map(bool, self.stripped))
        return [match.span() for match in _NON_BLANK_RUN.finditer(non_blank)]

    def paragraph_starts(self) -> list[int]:
        """Where each non-empty line starts (the start of the text too, empty or not): each
        line start after a line break but before another or the end of the text."""
        return [0, *compress(self.starts[1:-1], self.lines[1:])]


@lru_cache(maxsize=4)
def text_lines(text: str) -> TextLines:
    """The lines of ``text`` (kept for the last few texts: an update reads each of its two
    texts' lines in several rules)."""
    lines = text.split("\n")
    starts = list(accumulate(map((1).__add__, map(len, lines)), initial=0))
    return TextLines(text, lines, starts)
