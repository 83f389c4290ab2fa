"""Update path: a doubted passage on a numbered line placed on its line renumbered."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from desktop_app.core.quote_search import Placement
from desktop_app.core.update_renumbered_lines import DIGITS, line_around, offset_in_twin

#: A line's number head, a place or a rank ("12. ", "3) "): what a renumbering types over.
NUMBER_HEAD = re.compile(r"\d+[.)] +")
#: The shortest rest of a line (after its number) that can tell the line apart.
LEAST_REST = 8


def _one_copy(text: str, rest: str) -> int | None:
    """Where ``rest`` stands in ``text`` if it stands there exactly once, else None."""
    at = text.find(rest)
    if at < 0 or text.find(rest, at + 1) >= 0:
        return None
    return at


def _numbered_line_of(text: str, at: int, rest: str, marks: str) -> int | None:
    """The start of the line holding ``rest`` at ``at`` when it is that line after a
    number head with the same marks after its digits (``marks``), else None."""
    line_start, line_end = line_around(text, at)
    head = NUMBER_HEAD.match(text, line_start, line_end)
    if head is None or head.end() != at or at + len(rest) != line_end:
        return None
    return line_start if DIGITS.sub("", head[0]) == marks else None


def renumbered_rest_followed(
    old: str, new: str, start: int, end: int, placement: Placement
) -> Placement:
    """``placement`` of old ``[start, end)`` when the diff left it in review or orphaned,
    taken to the same place in its line renumbered: the passage lies inside one line
    "N. rest" (a place in a list of results, a rank in a table), the rest stands exactly
    once in the old text and exactly once in the new, there too as the whole of a line
    after a number head, and does not name the line's number again ("18. Notice 18": a
    heading renumbered whole, whose old words may now head another item). A list that
    lost an entry renumbers the places below it, so the line's number changed while its
    words did not, and no other line holds them: a reader takes that line for the
    passage's own. Else as it was."""
    if placement.state not in ("review", "orphaned") or end <= start:
        return placement
    line_start, line_end = line_around(old, start)
    if end > line_end:
        return placement  # across lines (the common case for long passages)
    head = NUMBER_HEAD.match(old, line_start, line_end)
    if head is None:
        return placement
    rest = old[head.end() : line_end]
    if len(rest.strip()) < LEAST_REST or _one_copy(old, rest) is None:
        return placement
    number = DIGITS.match(head[0])
    if number is not None and number[0] in DIGITS.findall(rest):
        return placement  # a heading naming its number again: renumbered whole, its words too
    at = _one_copy(new, rest)
    if at is None:
        return placement
    twin_start = _numbered_line_of(new, at, rest, DIGITS.sub("", head[0]))
    if twin_start is None:
        return placement
    line, twin = old[line_start:line_end], new[twin_start : at + len(rest)]
    new_start = twin_start + offset_in_twin(line, twin, start - line_start, at_end=False)
    new_end = twin_start + offset_in_twin(line, twin, end - line_start, at_end=True)
    if new_end <= new_start:
        return placement
    exact, placed = old[start:end], new[new_start:new_end]
    if placed == exact:
        return Placement("moved" if new_start != start else "exact", new_start, new_end, 1.0)
    return Placement("fuzzy", new_start, new_end, SequenceMatcher(None, exact, placed).ratio())
