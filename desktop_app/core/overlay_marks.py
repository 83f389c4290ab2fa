"""Diffing through formatting done with combining marks (text struck, underlined, overlined).

Plain-text formatting puts a combining mark after every character of a run: U+0336 (a long
stroke: "V̶i̶e̶w̶"), U+0332 or U+0333 (low lines), U+0334–U+0338 (tildes, strokes and
solidi laid over), U+0305 (an overline). Added to or taken from a run, they leave its
characters where they were, but a diff of the two texts sees every second code point
change. :func:`through_overlay_marks` diffs the texts with these marks folded out and maps
the surviving blocks back to the texts as they are, each cut where one text has such marks
the other has not; :func:`context_similarity_unmarked` compares a placement's context with
the stored one so too. A letter's own marks (accents, vowel signs) are not among them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop_app.core.anchoring import CONTEXT
from desktop_app.core.block_diff import Block
from desktop_app.core.quote_scoring import context_similarity, similarity
from desktop_app.core.records import TextQuote

#: Combining marks used as formatting laid over or under a run of text, never as part of
#: a letter in any orthography.
OVERLAY_MARKS = "\u0305\u0332\u0333\u0334\u0335\u0336\u0337\u0338"

_OVERLAY = re.compile(f"[{OVERLAY_MARKS}]")


def has_overlay_marks(text: str) -> bool:
    """Whether ``text`` holds any of :data:`OVERLAY_MARKS`."""
    # eight scans for one code point each beat one scan for a class of them (by about
    # seven times over a long text), and no ASCII text holds any
    return not text.isascii() and any(mark in text for mark in OVERLAY_MARKS)


def only_overlay_marks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds overlay marks and nothing else."""
    return end > start and not text[start:end].strip(OVERLAY_MARKS)


def folded(text: str) -> tuple[str, list[int]]:
    """``text`` without :data:`OVERLAY_MARKS`, and where each of its code points stands in
    ``text`` (one more entry: the length of ``text``)."""
    kept: list[int] = []
    reached = 0
    for mark in _OVERLAY.finditer(text):
        kept.extend(range(reached, mark.start()))
        reached = mark.end()
    kept.extend(range(reached, len(text) + 1))
    return _OVERLAY.sub("", text), kept


def through_overlay_marks(
    old: str, new: str, diff: Callable[[str, str], list[Block]]
) -> list[Block]:
    """The blocks of ``old`` that survive in ``new`` by ``diff``, taken with the overlay
    marks of both folded out and mapped back: a block runs on while the two texts have the
    same marks after each of its code points (struck in both, or in neither), and is cut
    where they differ (a run struck through in one of them: the marks themselves align
    with nothing). ``diff`` of the texts as they are when neither has such marks."""
    if not (has_overlay_marks(old) or has_overlay_marks(new)):
        return diff(old, new)
    old_folded, old_at = folded(old)
    new_folded, new_at = folded(new)
    blocks: list[Block] = []
    for block in diff(old_folded, new_folded):
        old_lo, old_hi = old_at[block.old], old_at[block.old + block.length]
        new_lo, new_hi = new_at[block.new], new_at[block.new + block.length]
        if old[old_lo:old_hi] == new[new_lo:new_hi]:  # marked alike all through: one block
            blocks.append(Block(old_lo, new_lo, old_hi - old_lo, block.moved, block.doubtful))
            continue
        start = 0
        for index in range(block.length):
            here_old, here_new = old_at[block.old + index], new_at[block.new + index]
            marks_old = old[here_old + 1 : old_at[block.old + index + 1]]
            marks_new = new[here_new + 1 : new_at[block.new + index + 1]]
            if marks_old == marks_new and index + 1 < block.length:
                continue
            first_old, first_new = old_at[block.old + start], new_at[block.new + start]
            through = 1 + len(marks_old) if marks_old == marks_new else 1
            length = here_old + through - first_old
            blocks.append(Block(first_old, first_new, length, block.moved, block.doubtful))
            start = index + 1
    return blocks


def context_similarity_unmarked(
    text: str, start: int, end: int, quote: TextQuote, *, marked: bool = True
) -> tuple[float, float]:
    """How well the text before and after ``[start, end)`` matches the stored prefix and
    suffix (each 0..1, ``quote_scoring.context_similarity``), overlay marks folded out of
    both: context struck through since (or no longer) reads as it was. ``marked``: False
    when ``text`` is known to hold no overlay marks (``Alignment.new_marked``; its stretches
    then need no scan)."""
    if not marked and not has_overlay_marks(quote.prefix + quote.suffix):
        return context_similarity(text, start, end, quote)
    before = text[max(0, start - 2 * CONTEXT) : start]
    after = text[end : end + 2 * CONTEXT]
    if not has_overlay_marks(before + after + quote.prefix + quote.suffix):  # one scan
        return context_similarity(text, start, end, quote)
    return (
        similarity(_OVERLAY.sub("", quote.prefix), _OVERLAY.sub("", before)[-CONTEXT:]),
        similarity(_OVERLAY.sub("", quote.suffix), _OVERLAY.sub("", after)[:CONTEXT]),
    )
