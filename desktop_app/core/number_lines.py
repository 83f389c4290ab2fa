"""A passage opening with a number on a line of its own, renumbered: its ends put back.

Subtitle cues, numbered minutes and verses open with a line holding a number alone, and
joining two of them renumbers every one below ("23" becomes "22"). The diff then pairs
each old number with the new line that still reads the same, which is the next one's: a
passage that opened with its cue's number comes out as starting after its own (retyped)
number and ending on the next cue's, a whole number line off at each end. A fuzzy
placement whose quote opens with a number line while the placement opens just below a
number line is moved back to start on that line and, when its last line is a number
alone though the quote's is not, to end with the text before that trailing number.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

from desktop_app.core.quote_search import Placement

#: Most digits of a number line (a cue, a verse, a paragraph number).
LONGEST_NUMBER = 6
#: A line number opening a line before the line's own text, after spaces or a tab (a
#: transcript's "0042  [00:20:54] I: …", a numbered listing's "12\tReturn").
NUMBER_PREFIX = re.compile(rf"\d{{1,{LONGEST_NUMBER}}}[ \t]+")


def _a_number(line: str) -> bool:
    """Whether ``line`` holds a number alone (ASCII or any script's digits)."""
    return 0 < len(line) <= LONGEST_NUMBER and line.isdigit()


def number_lines_put_back(new: str, quote: str, placement: Placement) -> Placement:
    """``placement`` of ``quote`` in ``new`` with its ends put back on its own number line
    and off the next one when the diff paired its renumbered number with the next one's
    (see the module); else ``placement`` as it was."""
    if placement.state != "fuzzy" or "\n" not in quote:
        return placement
    start, end = placement.start, placement.end
    first_line, _, _ = quote.partition("\n")
    _, _, last_line = quote.rpartition("\n")
    if not _a_number(first_line) or _a_number(last_line):
        return placement
    if start == 0 or new[start - 1] != "\n":
        return placement
    line_start = new.rfind("\n", 0, start - 1) + 1
    if not _a_number(new[line_start : start - 1]):
        return placement
    new_end = end
    tail_start = new.rfind("\n", start, end) + 1
    if tail_start > 0 and _a_number(new[tail_start:end]):
        new_end = len(new[start:tail_start].rstrip()) + start
        if new_end <= start:
            return placement
    score = Indel.normalized_similarity(quote, new[line_start:new_end])
    return Placement("fuzzy", line_start, new_end, score)


def numbered_line_start_put_back(
    old: str, old_start: int, new: str, quote: str, placement: Placement
) -> Placement:
    """``placement`` of ``quote`` (old ``old_start`` on) started on the line number before it.

    The same pairing as :func:`number_lines_put_back` on lines that carry their number in
    front of their text (a transcript's "0042  [00:20:54] …"): deleting a line renumbers
    every line below, the diff pairs the passage's old number with the next line's, and a
    passage that opened with its line's number comes out starting just after the new one.
    A fuzzy placement whose quote opens an old line with a number and spaces, starting
    right after a number and spaces that open its new line, is moved back to that line's
    start; else ``placement`` as it was."""
    if placement.state != "fuzzy" or (old_start > 0 and old[old_start - 1] != "\n"):
        return placement
    if NUMBER_PREFIX.match(quote) is None:
        return placement
    start = placement.start
    line_start = new.rfind("\n", 0, start) + 1
    if line_start == start or NUMBER_PREFIX.fullmatch(new, line_start, start) is None:
        return placement
    score = Indel.normalized_similarity(quote, new[line_start : placement.end])
    return Placement("fuzzy", line_start, placement.end, score)
