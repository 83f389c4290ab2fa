"""A quote across blocks placed whole where a block was moved in between its pieces.

Texts that machines re-run place their boilerplate elsewhere: a running line, a page
number or a share line ("[Machine translation · page 8 of 5]", "Annual Report 2025 | 24",
a screenplay's "9.") moved between two blocks of a passage. The search then finds the
whole stretch, both pieces of the passage and the moved-in block between them, for the
quote reads as that stretch but for one block. The placement's blocks (between blank
lines) are matched with the quote's from either end; when every block of the quote is
matched so and what is left in the middle is only numbered running lines (blocks the
quote lacks that hold a figure and read as a block of the quote, or one standing
elsewhere, but for other figures: "page 8 of 5" beside "page 2 of 5"), the placement
goes to review, its best guess kept: the passage may be its larger piece (what a block
moved in leaves) or the whole stretch (what a numbered paragraph added inside it leaves),
and the text does not settle which.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

from desktop_app.core.cloned_stretches import NEAR_COPY
from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.records import TextQuote

#: A paragraph break: a blank line.
BREAK = "\n\n"
#: A figure: a run of decimal digits (any script's).
_FIGURE = re.compile(r"\d+")


def _masked(block: str) -> str:
    """``block`` with every figure read as "0": running lines read alike."""
    return _FIGURE.sub("0", block)


def _near(one: str, other: str) -> bool:
    """Whether two blocks read alike, figures aside, a typo aside."""
    return Indel.normalized_similarity(_masked(one), _masked(other)) >= NEAR_COPY


def _edge_alike(found: str, quoted: str) -> bool:
    """Whether a placement's first or last block (which a fuzzy search may have read with
    a typo) reads as the quote's."""
    return found == quoted or Indel.normalized_similarity(found, quoted) >= NEAR_COPY


def _renumbered_elsewhere(text: str, block: str, start: int, end: int) -> bool:
    """Whether a block of ``text`` outside ``[start, end)`` reads as ``block`` but for its
    figures, with other figures (the same running line on another page)."""
    wanted = _masked(block)
    at = 0
    for paragraph in text.split(BREAK):
        paragraph_end = at + len(paragraph)
        if (
            (paragraph_end <= start or at >= end)
            and paragraph != block
            and _masked(paragraph) == wanted
        ):
            return True
        at = paragraph_end + len(BREAK)
    return False


def _moved_in(text: str, block: str, quoted: list[str], start: int, end: int) -> bool:
    """Whether ``block`` (in the placement, not in the quote there) reads as a numbered
    running line moved in: it holds a figure, and a block of the quote or one standing
    elsewhere reads as it but for other figures. (A block without figures, or standing
    elsewhere word for word, may be a paragraph added inside the passage, which the
    passage then takes in.)"""
    if not block.strip() or not _FIGURE.search(block):
        return False
    return _twin_of_the_quotes(block, quoted) or _renumbered_elsewhere(text, block, start, end)


def _twin_of_the_quotes(block: str, quoted: list[str]) -> bool:
    """Whether ``block`` reads as a block of the quote but for other figures."""
    return any(other != block and _near(block, other) for other in quoted)


def moved_in_pieces(text: str, quote: TextQuote, start: int, end: int) -> tuple[int, int] | None:
    """Where the two pieces of the passage found at ``text[start:end]`` end and start
    (the head piece's end, the tail piece's start) when blocks moved in stand between
    them (see the module's docstring); None when the placement is not so."""
    found = text[start:end]
    if BREAK not in found or BREAK not in quote.exact:
        return None
    placed = found.split(BREAK)
    quoted = quote.exact.split(BREAK)
    if len(placed) < 3 or len(placed) < len(quoted):
        return None
    head = 0
    while head < len(quoted) - 1 and (
        placed[head] == quoted[head] or (head == 0 and _edge_alike(placed[0], quoted[0]))
    ):
        head += 1
    if head == 0:
        return None
    tail = 0
    while (
        tail < len(quoted) - head
        and tail < len(placed) - head - 1
        and (
            placed[-1 - tail] == quoted[-1 - tail]
            or (tail == 0 and _edge_alike(placed[-1], quoted[-1]))
        )
    ):
        tail += 1
    if tail == 0:
        return None
    extra = placed[head : len(placed) - tail]
    if not extra or head + tail != len(quoted):
        return None  # a block of the quote is not there: edited, not split
    if not all(_moved_in(text, block, quoted, start, end) for block in extra):
        return None
    head_end = start + len(BREAK.join(placed[:head]))
    tail_start = end - len(BREAK.join(placed[len(placed) - tail :]))
    return head_end, tail_start


def review_moved_in_blocks(text: str, quote: TextQuote, placement: Placement) -> Placement:
    """``placement`` sent to review, its best guess kept, when blocks moved in split it
    (:func:`moved_in_pieces`). Cutting it to its larger piece was tried and dropped:
    judged on all 26 sets it turned 9 wrong placements right, but 12 right ones wrong,
    where a numbered paragraph added inside a passage (a log's new update line, a
    corrected duplicate) reads as a twin of one of the quote's and the truth takes it in:
    the text does not settle which."""
    if placement.state not in PLACED_STATES:
        return placement
    if moved_in_pieces(text, quote, placement.start, placement.end) is None:
        return placement
    return placement._replace(state="review")
