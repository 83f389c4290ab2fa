"""A quote across a block's edge placed where only its larger piece's block stands now.

Lists of near-identical blocks (sailings, forecast areas, a market report's items) are
reordered whole. A passage that ran from the end of one block into the header of the next
("… Not on bank holidays.\\n\\nSailing" before " 3 — Fishbourne") is then split: its larger
piece stays with its own block, its smaller piece (the next block's header word, or the
last line of the block before) goes with that block elsewhere. Where the old neighbour
stood now stands a twin block whose header reads alike but for its figures, so the whole
quote may still be found word for word across the edge, on a twin's header. The figures of
the smaller piece's own paragraph (the piece with the stored context up to the nearest
blank line) tell the blocks apart, by value and in any script: when they read otherwise
beside the placement, while that piece with that context stands once elsewhere, the
piece here is a twin's, and the passage is its larger piece alone — cut there when that
piece stands where the search put it with its own context whole, else sent to review, its
best guess kept. Only figures count as the telling token (a word replaced beside a passage
is what edits do everywhere).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

from desktop_app.core.anchoring import CONTEXT
from desktop_app.core.cloned_stretches import NEAR_COPY
from desktop_app.core.quote_scoring import score
from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.records import TextQuote

#: A figure: a run of decimal digits (any script's) standing as a word of its own.
_FIGURE = re.compile(r"(?<!\w)\d+(?!\w)")
#: A paragraph break: a blank line.
BREAK = "\n\n"


def _figures(piece: str, cut_before: bool, cut_after: bool) -> list[int]:
    """The values of the whole figures of ``piece``, leaving out one touching an end that
    the stored context may have cut through (``cut_before``, ``cut_after``)."""
    values = []
    for found in _FIGURE.finditer(piece):
        if (cut_before and found.start() == 0) or (cut_after and found.end() == len(piece)):
            continue
        values.append(int(found.group()))
    return values


def _lacks_a_figure(values: list[int], stretch: str) -> bool:
    """Whether ``stretch`` lacks one of the figures ``values`` (compared by value)."""
    held = {int(figure) for figure in _FIGURE.findall(stretch)}
    return any(value not in held for value in values)


def _masked(piece: str) -> str:
    """``piece`` with every figure read as "0": twin blocks' headers read alike."""
    return _FIGURE.sub("0", piece)


def _another_block(values: list[int], here: str, own: str) -> bool:
    """Whether ``here`` (the smaller piece's paragraph beside the placement) is another
    block than ``own`` (that piece with its stored context): it lacks one of the figures
    ``values``, holds another figure in its stead (not a figure misread or spelled out),
    and is not ``own`` with one figure corrected where it stands (reading as it with the
    figures masked, a typo aside: ``cloned_stretches.NEAR_COPY``, and its figures, in
    their order, apart in one place at most)."""
    if not _lacks_a_figure(values, here):
        return False
    figures = [int(figure) for figure in _FIGURE.findall(here)]
    if all(figure in values for figure in figures):
        return False
    if Indel.normalized_similarity(_masked(here), _masked(own)) < NEAR_COPY:
        return True
    mine = [int(figure) for figure in _FIGURE.findall(own)]
    return sum(one != other for one, other in zip(mine, figures, strict=False)) > 1


def _stands_once_elsewhere(text: str, piece: str, start: int, end: int) -> bool:
    """Whether ``piece`` stands exactly once in ``text``, outside ``[start, end)``."""
    at = text.find(piece)
    if at < 0 or text.find(piece, at + 1) >= 0:
        return False
    return at + len(piece) <= start or at >= end


def tail_on_a_twin(
    text: str, start: int, end: int, quote: TextQuote, *, smaller: bool = True
) -> int | None:
    """Where the passage found at ``text[start:end]`` ends once the piece of its quote
    after the quote's last blank line is cut off, when that piece (shorter than the rest)
    is a twin block's: the figures of the piece with the stored context to the next blank
    line read otherwise after the placement, while that piece with that context stands
    once elsewhere; None when the passage does not end so."""
    head, parted, tail = quote.exact.rpartition(BREAK)
    if not parted or not tail.strip() or (smaller and len(tail) >= len(head)):
        return None
    last_break = text.rfind(BREAK, start, end)
    if last_break < 0 or text.find(BREAK, last_break + len(BREAK), end) >= 0:
        return None
    own_suffix = quote.suffix.split(BREAK, 1)[0]
    own = tail + own_suffix
    values = _figures(own, False, own_suffix == quote.suffix and len(quote.suffix) == CONTEXT)
    if not values:
        return None
    piece_start = last_break + len(BREAK)
    if _masked(text[piece_start:end]) != _masked(tail):
        return None  # not the quote's piece on a twin's header
    here = text[piece_start : end + len(own_suffix)].split(BREAK, 1)[0]
    if not _another_block(values, here, own):
        return None
    if not _stands_once_elsewhere(text, own, start, end):
        return None
    cut = last_break
    while cut > start and text[cut - 1].isspace():
        cut -= 1
    return cut if cut > start else None


def head_on_a_twin(
    text: str, start: int, end: int, quote: TextQuote, *, smaller: bool = True
) -> int | None:
    """Where the passage found at ``text[start:end]`` starts once the piece of its quote
    before the quote's first blank line is cut off, when that piece (shorter than the
    rest) is a twin block's (as :func:`tail_on_a_twin`, on the other side); None when the
    passage does not start so."""
    head, parted, rest = quote.exact.partition(BREAK)
    if not parted or not head.strip() or (smaller and len(head) >= len(rest)):
        return None
    first_break = text.find(BREAK, start, end)
    if first_break < 0 or text.rfind(BREAK, start, first_break) >= 0:
        return None
    own_prefix = quote.prefix.rsplit(BREAK, 1)[-1]
    own = own_prefix + head
    values = _figures(own, own_prefix == quote.prefix and len(quote.prefix) == CONTEXT, False)
    if not values:
        return None
    if _masked(text[start:first_break]) != _masked(head):
        return None  # not the quote's piece on a twin's last line
    here = text[max(0, start - len(own_prefix)) : first_break].rsplit(BREAK, 1)[-1]
    if not _another_block(values, here, own):
        return None
    if not _stands_once_elsewhere(text, own, start, end):
        return None
    cut = first_break + len(BREAK)
    while cut < end and text[cut].isspace():
        cut += 1
    return cut if cut < end else None


def cut_off_a_twins_piece(
    text: str, quote: TextQuote, placement: Placement, old_start: int
) -> Placement:
    """``placement``, its smaller piece across a blank line cut off when that piece is a
    twin block's (:func:`tail_on_a_twin`, :func:`head_on_a_twin`) and the larger piece's
    own context (the stored context up to the nearest blank line) stands whole beside
    what is left; sent to review, its best guess kept, when that context does not, or
    when the piece on a twin block is the larger one (``smaller=False``: the passage's
    larger piece went elsewhere with its block)."""
    if placement.state not in PLACED_STATES:
        return placement
    start, end = placement.start, placement.end
    cut_end = tail_on_a_twin(text, start, end, quote)
    cut_start = None if cut_end is not None else head_on_a_twin(text, start, end, quote)
    if cut_end is None and cut_start is None:
        if (
            tail_on_a_twin(text, start, end, quote, smaller=False) is not None
            or head_on_a_twin(text, start, end, quote, smaller=False) is not None
        ):
            return placement._replace(state="review")
        return placement
    if cut_end is not None:
        own_prefix = quote.prefix.rsplit(BREAK, 1)[-1]
        whole = text.startswith(own_prefix, start - len(own_prefix)) and start >= len(own_prefix)
        start_now, end_now = start, cut_end
    else:
        assert cut_start is not None
        own_suffix = quote.suffix.split(BREAK, 1)[0]
        whole = text.startswith(own_suffix, end)
        start_now, end_now = cut_start, end
    if not whole:
        return placement._replace(state="review")
    scored = score(text, start_now, end_now, quote, old_start).score
    return Placement("fuzzy", start_now, end_now, scored)
