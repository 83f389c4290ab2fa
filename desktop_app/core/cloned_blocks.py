"""A passage in a block that stands twice in a row, figures aside: which copy it is is a guess."""

from __future__ import annotations

import re

from desktop_app.core.quote_search import PLACED_STATES, Placement

#: Least length (code points) of a repeated block for its two copies to be a cloned block
#: (a section or an entry pasted above itself as a template), not a stock line or reply
#: that stands twice in a row.
LEAST_BLOCK = 120
#: Most length (code points) of a repeated block looked for: the other copy of the passage
#: is looked for within this distance of it.
MOST_BLOCK = 3000
#: Most code points of the stretch from one copy of a block to the other that neither
#: reads as the other, figures aside (a renumbered heading's extra digit: "9." made "10.").
#: Entries that differ by a word or by a figure's length as well ("Tuesday" / "Wednesday",
#: "12 Mar" / "9 Mar") are twins that stood before, not a clone.
GAP = 1
#: Least length of the piece of the passage, figures left out, looked for to find its copy.
LEAST_KEY = 4
#: Code points first compared on each side of a copy (the stretch then doubles).
CHUNK = 64
#: Other copies of the piece looked at (the nearest first, after and before).
COPIES_LOOKED_AT = 8

_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")


def _blanked(piece: str) -> str:
    """The piece with every digit (of any script) read as "0": figures corrected or
    renumbered one up read the same."""
    return _DIGIT.sub("0", piece)


def _common_prefix(first: str, second: str) -> int:
    """How many code points ``first`` and ``second`` share at their starts (halving the
    stretch compared: slices compare in C)."""
    most = min(len(first), len(second))
    if first[:most] == second[:most]:
        return most
    low, high = 0, most - 1
    while low < high:
        middle = (low + high + 1) // 2
        if first[:middle] == second[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _agreeing(text: str, at: int, other: int, most: int, step: int) -> int:
    """How many code points from ``at`` and ``other`` on (``step`` 1) or before them
    (``step`` -1) read alike, figures aside, at most ``most``: read in stretches that
    double while they agree, so a short agreement costs little."""
    agreed, size = 0, CHUNK
    while agreed < most:
        size = min(size, most - agreed)
        if step > 0:
            here = _blanked(text[at + agreed : at + agreed + size])
            there = _blanked(text[other + agreed : other + agreed + size])
        else:
            here = _blanked(text[at - agreed - size : at - agreed])[::-1]
            there = _blanked(text[other - agreed - size : other - agreed])[::-1]
        if here != there:
            return agreed + _common_prefix(here, there)
        agreed += size
        size *= 2
    return agreed


def _agreeing_before(text: str, at: int, other: int, most: int) -> int:
    """How many code points before ``at`` read as those before ``other``, figures aside
    (at most ``most``)."""
    return _agreeing(text, at, other, min(most, at, other), -1)


def _agreeing_after(text: str, at: int, other: int, most: int) -> int:
    """How many code points from ``at`` on read as those from ``other`` on, figures aside
    (at most ``most``)."""
    return _agreeing(text, at, other, min(most, len(text) - at, len(text) - other), 1)


def _key(found: str) -> tuple[int, str]:
    """The longest run of ``found`` without a digit, and where it starts in it."""
    best_at, best = 0, ""
    at = 0
    for match in _DIGITS.finditer(found):
        if match.start() - at > len(best):
            best_at, best = at, found[at : match.start()]
        at = match.end()
    if len(found) - at > len(best):
        best_at, best = at, found[at:]
    return best_at, best


def _copies(text: str, key: str, at: int) -> list[int]:
    """Where ``key`` stands within :data:`MOST_BLOCK` of ``at`` (not at ``at``), the nearest
    first, at most :data:`COPIES_LOOKED_AT` of them."""
    after: list[int] = []
    found = text.find(key, at + 1, at + MOST_BLOCK + len(key))
    while found >= 0 and len(after) < COPIES_LOOKED_AT:
        after.append(found)
        found = text.find(key, found + 1, at + MOST_BLOCK + len(key))
    before: list[int] = []
    low = max(0, at - MOST_BLOCK)
    found = text.rfind(key, low, at + len(key) - 1)
    while found >= 0 and len(before) < COPIES_LOOKED_AT:
        before.append(found)
        found = text.rfind(key, low, found + len(key) - 1)
    return sorted(after + before, key=lambda copy: abs(copy - at))[:COPIES_LOOKED_AT]


def in_a_cloned_block(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a block of :data:`LEAST_BLOCK` code points or
    more that stands again right after or right before itself, word for word but for its
    figures (a section pasted above itself as the template of a new one, the original
    renumbered and its figures corrected). A quote found in one copy reads as well, or
    nearly, in the other, and nothing in the text tells which of the two was there before:
    the placement is a guess. Two copies alike to the last figure are a block printed
    twice, not a copy corrected: left alone (the old text may have held both)."""
    found = text[start:end]
    offset, key = _key(found)
    if len(key) < LEAST_KEY:
        return False
    blanked = _blanked(found)
    for copy in _copies(text, key, start + offset):
        shift = copy - start - offset
        distance = abs(shift)
        if distance < LEAST_BLOCK or start + shift < 0 or end + shift > len(text):
            continue
        if _blanked(text[start + shift : end + shift]) != blanked:
            continue
        before = _agreeing_before(text, start, start + shift, distance)
        after = _agreeing_after(text, end, end + shift, distance)
        if before + (end - start) + after < distance - GAP:
            continue
        # one period of the stretch that repeats: the block, whatever its neighbours
        low = start - before
        high = min(end + after, low + distance)
        if text[low:high] != text[low + shift : high + shift]:
            return True
    return False


def _line_around(text: str, at: int) -> tuple[int, int]:
    """The line of ``text`` holding the code point at ``at``: its start and end."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def touches_a_cloned_block(text: str, start: int, end: int) -> bool:
    """Whether the line where ``text[start:end]`` starts or the one where it ends lies in a
    block that stands twice in a row, figures aside (:func:`in_a_cloned_block`): a passage
    inside one copy, or one that runs into a copy from the text before it (its heading
    pasted between the passage's lines and the original's)."""
    if end <= start:
        return False
    first = _line_around(text, start)
    if in_a_cloned_block(text, *first):
        return True
    last = _line_around(text, end - 1)
    return last != first and in_a_cloned_block(text, *last)


def review_cloned(text: str, placement: Placement) -> Placement:
    """A placement touching a block that stands twice in a row, figures aside
    (:func:`touches_a_cloned_block`), sent to review (a best guess); any other as it is."""
    if placement.state in PLACED_STATES and touches_a_cloned_block(
        text, placement.start, placement.end
    ):
        return placement._replace(state="review")
    return placement
