"""A passage whose own lines were reordered among themselves: where the whole of it now stands."""

from __future__ import annotations

from itertools import pairwise

from desktop_app.core.alignment import Alignment, Block

#: Least share of a passage's characters that must survive for its reordered whole to be taken.
KEPT_WHOLE = 0.9


def own_lines_reordered(
    alignment: Alignment, pieces: list[Block], start: int, end: int
) -> list[Block] | None:
    """``pieces``, the surviving parts of old ``[start, end)`` (``Alignment.pieces``), in
    new order, when they survive out of order (its paragraphs in their order, in each at
    most one line moved from one end to the other: an entry's header put after its
    closing) and together fill one stretch of the new text that no text from outside the
    passage was aligned into, nearly all of the passage surviving; None otherwise."""
    if len(pieces) < 2 or all(a.new < b.new for a, b in pairwise(pieces)):
        return None
    if sum(piece.length for piece in pieces) < KEPT_WHOLE * (end - start):
        return None
    groups = _by_paragraph(alignment.old, pieces)
    if not all(_rotated_by_one(group) for group in groups) or any(
        max(p.new for p in before) > min(p.new for p in after) for before, after in pairwise(groups)
    ):
        return None  # paragraphs or a list's items reordered: which part it meant is a guess
    ordered = sorted(pieces, key=lambda piece: piece.new)
    lo, hi = ordered[0].new, ordered[-1].new + ordered[-1].length
    if any(a.new + a.length > b.new for a, b in pairwise(ordered)):
        return None
    if _foreign_text_between(alignment, start, end, lo, hi):
        return None
    return ordered


def _foreign_text_between(alignment: Alignment, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether new ``[lo, hi)`` holds text, white space aside, aligned from old text outside
    ``[start, end)``."""
    for block in alignment.blocks:
        if block.new >= hi or block.new + block.length <= lo:
            continue
        old_lo = block.old + max(0, lo - block.new)
        old_hi = block.old + min(block.length, hi - block.new)
        before, after = alignment.old[old_lo:start], alignment.old[end:old_hi]
        if before.strip() or after.strip():
            return True
    return False


def _by_paragraph(old: str, pieces: list[Block]) -> list[list[Block]]:
    """``pieces`` (in old order) grouped by the old paragraph they stand in."""
    groups = [[pieces[0]]]
    for before, after in pairwise(pieces):
        if "\n\n" in old[before.old : after.old + 1]:
            groups.append([after])
        else:
            groups[-1].append(after)
    return groups


def _rotated_by_one(group: list[Block]) -> bool:
    """Whether a paragraph's pieces stand in new order as they stood, or with their first
    put last or their last put first (one line moved to the paragraph's other end)."""
    ordered = sorted(group, key=lambda piece: piece.new)
    return ordered in (group, group[1:] + group[:1], group[-1:] + group[:-1])
