"""A stock line (one the text repeats) reworded in some places: is a passage on it still there."""

from __future__ import annotations

from rapidfuzz.distance import Indel

from desktop_app.core.alignment import Alignment

#: Least share of its line a passage covers to be taken for the line.
MOST_OF_LINE = 0.8
#: Similarity of old and new wording under which an edited line was reworded, not corrected.
REWORDED = 0.85


def _line_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The line holding all of ``[start, end)``, or None when it crosses a line break."""
    if "\n" in text[start:end]:
        return None
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, len(text) if hi == -1 else hi


def a_stock_line_reworded(
    alignment: Alignment, own: tuple[int, int], new_start: int, new_end: int
) -> bool:
    """Whether old ``own`` is (most of) a line the old text repeats word for word, that still
    stands so in the new text, and the placement is (most of) a line that reads differently
    enough to be a new wording and that the new text repeats, the old one never (a
    register's stock closing, "Does not run on public holidays.", made "Not on public
    holidays." in some entries): whether the passage is the new wording or went with the
    old one is the reader's call."""
    old, new = alignment.old, alignment.new
    line = _line_around(old, *own)
    landed = _line_around(new, new_start, new_end)
    if line is None or landed is None:
        return False
    if own[1] - own[0] < MOST_OF_LINE * (line[1] - line[0]) or (
        new_end - new_start < MOST_OF_LINE * (landed[1] - landed[0])
    ):
        return False  # not the whole line on either side (lines joined or split)
    wording, now = old[line[0] : line[1]], new[landed[0] : landed[1]]
    if wording == now or old.count(f"\n{wording}\n") < 2 or f"\n{wording}\n" not in new:
        return False
    if new.count(f"\n{now}\n") < 2 or f"\n{now}\n" in old:
        return False  # the new wording is no stock line of the new text
    if alignment.unaligned_share(new_start, new_end) == 0.0:
        return False  # only cut, nothing typed: what is left is the passage's own text
    return Indel.normalized_similarity(wording, now) < REWORDED
