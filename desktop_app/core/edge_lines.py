"""A fuzzy placement that leaves out, at its edge, a whole line the passage held: taken in.

The diff places an edited passage from its first to its last surviving character in
order, so a line of the passage that moved is left out of it even when it now stands
just past the placement's end (a correction filed under the next entry: the passage's
inner line moved on to the end of its last block; the diff reads it as moved, or as
deleted there and typed here). And when the line that opens the passage was renumbered
("Claim 18." now "Claim 19."), the diff may pair its words with nothing and start the
placement on the next line. Here a fuzzy placement is widened, line by line, over the
lines standing right after its end that are whole lines of the passage: moved there by
the diff, or taken by it for inserted text while the passage lost a whole line reading
the same; and it starts on the line just above it when the quote opens with a whole
line that the placement holds nowhere, not even figures aside, and that line reads as
the quote's first line does, figures aside, but not word for word (renumbered where it
stood); likewise at its end with the quote's last line. A placement starting on a line
and the blank line after it, when the quote opens with another line that the line after
the blank one reads as figures aside, not word for word, starts after the blank line
(the diff took the last line of the paragraph above, a stock line, with a renumbered
heading). A line moved to just before a
passage's start is left out: whether the passage now starts there or where its larger
piece does, the two texts cannot tell.
"""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz.distance import Indel

from desktop_app.core.alignment import Alignment
from desktop_app.core.quote_search import Placement

#: A figure (any script's digits), masked when a line is compared with a renumbered one.
FIGURE = re.compile(r"\d+")


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the lines lying wholly inside ``text[start:end]``, not blank."""
    if start == 0 or text[start - 1] == "\n":
        lo = start
    else:
        lo = text.find("\n", start, end) + 1
        if lo == 0:
            return []
    hi = end if end == len(text) or text[end] == "\n" else text.rfind("\n", lo, end)
    spans = []
    at = lo
    for line in text[lo:hi].split("\n") if hi > lo else ():
        if line.strip():
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def _lines_moved_past(alignment: Alignment, old_start: int, old_end: int, end: int) -> int:
    """``end`` widened over the lines standing just after it that are whole lines of the
    passage: moved there by the diff, or read by it as inserted there while the passage
    lost a line reading the same."""
    old, new = alignment.old, alignment.new
    if end >= len(new) or new[end] != "\n":
        return end
    lost: Counter[str] = Counter()
    moved_to: set[tuple[int, int]] = set()
    for lo, hi in _line_spans(old, old_start, old_end):
        pieces = alignment.pieces(lo, hi)
        if not pieces:
            lost[old[lo:hi]] += 1
        elif len(pieces) == 1 and pieces[0].length == hi - lo:
            moved_to.add((pieces[0].new, pieces[0].new + hi - lo))
    while end < len(new) and new[end] == "\n":
        line_end = new.find("\n", end + 1)
        line_end = len(new) if line_end == -1 else line_end
        line = new[end + 1 : line_end]
        if (end + 1, line_end) in moved_to:
            moved_to.discard((end + 1, line_end))
        elif lost[line] > 0 and alignment.unaligned_share(end + 1, line_end) >= 1.0:
            lost[line] -= 1
        else:
            break
        end = line_end
    return end


def _renumbered_edges(
    old: str, new: str, old_start: int, old_end: int, quote: str, start: int, end: int
) -> tuple[int, int]:
    """``start`` (``end``) moved onto the line just above (below) the placement when the
    quote opens (closes) with a whole line that the placement, starting (ending) a line
    of its own, holds nowhere, not even figures aside, and the line there reads so
    figures aside, not word for word."""
    if end <= start:
        return start, end
    placed_lo, placed_hi = start, end
    held: set[str] | None = None  # the placement's lines figures aside, read when asked

    def holds(line: str) -> bool:
        """Whether the placement as it came holds ``line``, figures aside."""
        nonlocal held
        if held is None:
            lines = new[placed_lo:placed_hi].split("\n")
            held = {FIGURE.sub("0", each) for each in lines}
        return FIGURE.sub("0", line) in held

    first, _, rest = quote.partition("\n")
    if (
        rest
        and (old_start == 0 or old[old_start - 1] == "\n")
        and start > 0
        and new[start - 1] == "\n"
        and new[start] != "\n"
        and FIGURE.search(first)
        and not holds(first)
    ):
        line_start = new.rfind("\n", 0, start - 1) + 1
        line = new[line_start : start - 1]
        if line != first and FIGURE.sub("0", line) == FIGURE.sub("0", first):
            start = line_start
    head, _, last = quote.rpartition("\n")
    if (
        head
        and (old_end == len(old) or old[old_end] == "\n")
        and end < len(new)
        and new[end] == "\n"
        and new[end - 1] != "\n"
        and FIGURE.search(last)
        and not holds(last)
    ):
        line_end = new.find("\n", end + 1)
        line_end = len(new) if line_end == -1 else line_end
        line = new[end + 1 : line_end]
        if line != last and FIGURE.sub("0", line) == FIGURE.sub("0", last):
            end = line_end
    return start, end


def _line_at(text: str, start: int) -> tuple[int, int]:
    """The span of the line starting at ``start``."""
    end = text.find("\n", start)
    return start, len(text) if end == -1 else end


def _carried_whole(
    alignment: Alignment, old_line: tuple[int, int], new_line: tuple[int, int]
) -> bool:
    """Whether the diff carried the old line ``old_line`` whole and unchanged to be the new
    line ``new_line``."""
    (lo, hi), (new_lo, new_hi) = old_line, new_line
    if hi <= lo or new_hi - new_lo != hi - lo:
        return False
    pieces = alignment.pieces(lo, hi)
    return len(pieces) == 1 and pieces[0].length == hi - lo and pieces[0].new == new_lo


def _neighbours_left_out(
    alignment: Alignment,
    old_start: int,
    old_end: int,
    placed: tuple[int, int],
    widened: tuple[int, int],
) -> tuple[int, int]:
    """``widened`` (the placement ``placed`` grown over a line just above or below it read as
    the passage's renumbered first or last line) kept to ``placed`` at an edge where the line
    taken in is the old text's own line just outside the passage, which the diff carried there
    whole and unchanged: the passage's neighbour where it stood ("Hake  A2  £6.00/kg" under
    "Hake  A1  No sale", typed over from "Hake  A1  £6.40/kg"), not the passage's line."""
    old = alignment.old
    start, end = widened
    if start < placed[0] and old_start > 0:
        above = _line_at(old, old.rfind("\n", 0, old_start - 1) + 1)
        if above[1] == old_start - 1 and _carried_whole(alignment, above, (start, placed[0] - 1)):
            start = placed[0]
    if end > placed[1] and old_end < len(old):
        below = _line_at(old, old_end + 1)
        if _carried_whole(alignment, below, (placed[1] + 1, end)):
            end = placed[1]
    return start, end


def _other_line_left_out(
    old: str, new: str, old_start: int, quote: str, start: int, end: int
) -> int:
    """``start`` moved past the placement's first line and the blank line after it when
    the placement starts a line, the quote opens with a whole line that is not that line,
    figures aside, and the line after the blank one reads as the quote's first line does
    figures aside, not word for word (the diff took the last line of the paragraph above,
    a stock line, with the renumbered heading)."""
    first, _, rest = quote.partition("\n")
    if not rest or not (old_start == 0 or old[old_start - 1] == "\n"):
        return start
    if start > 0 and new[start - 1] != "\n":
        return start
    line_end = new.find("\n", start, end)
    if line_end == -1 or not new.startswith("\n\n", line_end):
        return start
    line = new[start:line_end]
    after = line_end + 2
    next_end = new.find("\n", after, end)
    if not line.strip() or next_end == -1:
        return start
    heading = new[after:next_end]
    masked_first = FIGURE.sub("0", first)
    if FIGURE.sub("0", line) == masked_first or FIGURE.sub("0", heading) != masked_first:
        return start
    if heading == first:
        return start  # not renumbered: the diff had its reasons to start above it
    return after


def edge_lines_taken_in(
    alignment: Alignment, old_start: int, old_end: int, quote: str, placement: Placement
) -> Placement:
    """A fuzzy ``placement`` of old ``[old_start, old_end)`` (quote ``quote``) widened over
    the passage's own lines that moved to just after it and over its first or last
    line renumbered where it stood (see the module); else ``placement`` as it was."""
    if placement.state != "fuzzy" or "\n" not in quote:
        return placement
    old, new = alignment.old, alignment.new
    end = _lines_moved_past(alignment, old_start, old_end, placement.end)
    start = placement.start
    start, end = _neighbours_left_out(
        alignment,
        old_start,
        old_end,
        (start, end),
        _renumbered_edges(old, new, old_start, old_end, quote, start, end),
    )
    start = _other_line_left_out(old, new, old_start, quote, start, end)
    if (start, end) == (placement.start, placement.end):
        return placement
    return Placement("fuzzy", start, end, Indel.normalized_similarity(quote, new[start:end]))
