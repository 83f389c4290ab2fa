"""A quote across a blank line placed where the unit past it is another, alike but for figures.

A passage that ran from one unit (a turn, a letter, a dated entry) across a blank line
into the head of the next ("…that.\\n\\n0014  [00:18:10] Moderator: What would…") is found
where its own unit still stands but the next is another: its neighbour was moved (units
re-sorted newest first) or deleted (a restated unit de-duplicated), and the unit now
beside it opens with the same template ("0014  [00:21:05] Moderator: What would…",
"Letter 11 · 14 March 2021, 10:21" for "Letter 10 · 13 March 2021, 10:20"). Renumbering
rewrites only the first figure of a line (a line's or a unit's number), and a correction
or a renumbered cross-reference one figure more. When the quote's line at the blank line
on the far side (its first line past it, or its last before it, with the stored context
to the line's end) reads at the placement as stored but for two figures or more besides
the line's first (a time, a date), while the line stands elsewhere with its own figures
(the passage's neighbour moved away), the unit there is another: the placement goes to
review, its best guess kept (which of the units the passage reaches into, its own piece
or the whole, the text does not settle). Without a copy elsewhere the neighbour may be
the passage's own with its times shifted (a second recorder), or one deleted: most such
placements were right, and they are left. Only figures are read: a line whose words
differ is an edit the search has already weighed.
"""

from __future__ import annotations

import re

from desktop_app.core.figure_twins import own_context
from desktop_app.core.quote_only_figures import FIGURE, any_figures
from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.records import TextQuote

#: A paragraph break: a blank line.
BREAK = "\n\n"

#: How many figures, other than a line's first, read otherwise mark another unit: a
#: renumbered cross-reference or a corrected figure is one (a time or a date is two).
OTHER_FIGURES = 2


def leads_its_line(text: str, at: int) -> bool:
    """Whether the figure at ``at`` is the first figure of its line (a line's or a unit's
    number, which renumbering rewrites)."""
    line = text.rfind("\n", 0, at) + 1
    return FIGURE.search(text, line, at) is None


def other_figures_apart(text: str, found: re.Match[str], stored: str, cut: int) -> int:
    """In how many places ``found`` (a copy in ``text`` of ``stored``, figures read as any
    others) reads a figure otherwise than ``stored`` that is not the first of its line; a
    stored figure at ``cut`` (an end of ``stored`` where the stored context was cut off,
    so some of its digits may be missing) is not read."""
    start = found.start()
    apart = 0
    for here, there in zip(FIGURE.finditer(found.group()), FIGURE.finditer(stored), strict=True):
        if cut in (there.start(), there.end()) or int(here.group()) == int(there.group()):
            continue
        apart += not leads_its_line(text, start + here.start())
    return apart


def another_unit_past_the_edge(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether the passage found at ``text[start:end]`` crosses as many blank lines as its
    quote into a unit whose line at the edge (the quote's first line past the last blank
    line, or its last line before the first, with the stored context on that side to
    the line's end) reads as the quote's but for figures, one of them other than a line's
    first figure (:func:`other_figures_apart`), while the stored line stands elsewhere
    (:func:`stands_elsewhere`: the passage's neighbour moved away)."""
    exact = quote.exact
    breaks = exact.count(BREAK)
    if not breaks or text.count(BREAK, start, end) != breaks:
        return False
    head, _, _ = exact.partition(BREAK)
    _, _, tail = exact.rpartition(BREAK)
    if not head.strip() or not tail.strip():
        return False
    own_prefix, own_suffix = own_context(quote)
    tail_line = (tail + own_suffix).split("\n", 1)[0]
    after = text.rfind(BREAK, start, end) + len(BREAK)
    pattern = _figures_to_read(tail_line, text.startswith(tail_line, after))
    if pattern is not None:
        found = pattern.match(text, after)
        cut = len(tail_line) if "\n" not in tail + own_suffix else -1
        if _another_alike(text, found, tail_line, cut):
            return True
    head_line = (own_prefix + head).rsplit("\n", 1)[-1]
    edge = text.find(BREAK, start, end)
    pattern = _figures_to_read(head_line, text.endswith(head_line, 0, edge))
    if pattern is None:
        return False
    line = text.rfind("\n", 0, max(0, edge - len(head_line))) + 1
    found = re.compile(f"(?:{pattern.pattern})\\Z").search(text, line, edge)
    cut = 0 if "\n" not in own_prefix + head else -1
    return _another_alike(text, found, head_line, cut)


def _figures_to_read(line: str, as_stored: bool) -> re.Pattern[str] | None:
    """The pattern reading ``line`` with its figures as any others, or None when no figure
    of it can read otherwise enough (it stands as stored, or holds too few figures):
    spares compiling a pattern for most placements."""
    if as_stored or len(FIGURE.findall(line)) < OTHER_FIGURES:
        return None
    return any_figures(line)


def _another_alike(text: str, found: re.Match[str] | None, line: str, cut: int) -> bool:
    """Whether ``found`` (``line``, a stored line, read in ``text`` with its figures read
    as any others) reads enough figures other than a line's first otherwise
    (:data:`OTHER_FIGURES`), while the line stands elsewhere with its own figures
    (:func:`stands_elsewhere`: the passage's neighbour moved away)."""
    if found is None or other_figures_apart(text, found, line, cut) < OTHER_FIGURES:
        return False
    return stands_elsewhere(text, line, found.start())


def stands_elsewhere(text: str, line: str, here: int) -> bool:
    """Whether ``line`` (a stored line) stands in ``text`` elsewhere than at ``here`` with
    its figures as stored but its first (its number, which renumbering rewrites)."""
    parts = FIGURE.split(line)
    pieces = [re.escape(parts[0])]
    for index, (figure, part) in enumerate(zip(FIGURE.findall(line), parts[1:], strict=True)):
        pieces += [r"\d+" if index == 0 else re.escape(figure), re.escape(part)]
    pattern = re.compile("".join(pieces))
    return any(copy.start() != here for copy in pattern.finditer(text))


def review_another_unit_past_the_edge(
    text: str, quote: TextQuote, placement: Placement
) -> Placement:
    """``placement`` sent to review, its best guess kept, when it crosses a blank line into
    a unit whose figures read otherwise (:func:`another_unit_past_the_edge`); else as it
    is."""
    if placement.state not in PLACED_STATES:
        return placement
    if another_unit_past_the_edge(text, placement.start, placement.end, quote):
        return placement._replace(state="review")
    return placement
