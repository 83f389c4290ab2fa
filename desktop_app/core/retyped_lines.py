"""A quoted stock line found only as a line retyped in other words, both wordings repeated."""

from __future__ import annotations

from rapidfuzz import fuzz

#: Least length of a quoted line (stripped) for the rule: shorter lines ("Ends") are
#: stock everywhere and too short to tell a rewording from a typo.
LEAST_LINE = 12
#: Most similarity (0..100) of the line found to the quoted one for it to read differently
#: (a typo or a word changed reads 85 or more alike).
RETYPED = 85


def on_a_retyped_stock_line(
    text: str, start: int, end: int, exact: str, prefix: str, suffix: str
) -> bool:
    """Whether the passage found at ``text[start:end]`` for a quote ``exact`` that is one
    whole line (``prefix`` ends a line, ``suffix`` starts one) lies on a line that reads
    differently (similarity under :data:`RETYPED`) while the quoted line still stands
    whole elsewhere in the text, and the line found stands whole elsewhere too: a stock
    line ("Does not run on public holidays.") retyped in other words in some entries
    ("Not on public holidays."); whether the retyped line is the quoted one or a line
    typed anew, no reader can tell."""
    line = exact.strip()
    if (
        len(line) < LEAST_LINE
        or "\n" in line
        or (prefix and not prefix.endswith("\n"))
        or (suffix and not suffix.startswith("\n"))
    ):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    found = text[line_start:line_end]
    if "\n" in text[start:end] or not found.strip() or found.strip() == line:
        return False
    if fuzz.ratio(found.strip(), line) >= RETYPED:
        return False
    return _stands_whole(text, line, -1) and _stands_whole(text, found, line_start)


def _stands_whole(text: str, line: str, besides: int) -> bool:
    """Whether ``line`` stands as a whole line of ``text`` anywhere but at ``besides``."""
    at = text.find(line)
    while at >= 0:
        before_ok = at == 0 or text[at - 1] == "\n"
        after = at + len(line)
        after_ok = after == len(text) or text[after] == "\n"
        if before_ok and after_ok and at != besides:
            return True
        at = text.find(line, at + 1)
    return False
