"""Update path: a fuzzy placement taken over the lines that rewrote its passage's edge."""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import attrgetter

from rapidfuzz.distance import Indel

from desktop_app.core.alignment import Alignment, Block
from desktop_app.core.quote_search import Placement

_OLD = attrgetter("old")
#: Below this likeness (``Indel``) a line and the line in its place share only chance letters.
TYPED_OVER = 0.5
#: A stretch of text between line ends, brackets and quotation marks, looked for in the
#: old text (shorter ones are left to ``Alignment.was_elsewhere``, which skips them).
PIECE = re.compile(r"[^\n()\[\]{}“”\"«»]+")


def rewritten_edges_taken_in(
    alignment: Alignment, old_start: int, old_end: int, placement: Placement
) -> Placement:
    """A fuzzy ``placement`` of old ``[old_start, old_end)`` widened over the lines that
    rewrote the passage's closing (opening) lines where they stood: the diff ends a fuzzy
    placement on the passage's last surviving character, so when the passage's last lines
    were typed over in place (a body rewritten under a heading that stayed), the rewrite is
    left out although it stands between the passage's surviving text and the text that
    followed the passage. Taken in when the stretch the diff lost begins inside the passage
    and holds its last character (ends inside it and holds its first), that stretch and the
    text in its place are whole lines, that text is new (no old text maps to it, none of it
    moved in from elsewhere, a letter or digit in it, no more blank lines than the lost
    stretch held), both surviving blocks around it stayed in order, and the placement ends
    (starts) where that new text begins (ends). The new end is the end of the line that
    took the place of the passage's last line, the new start the start of the one that took
    the place of its first (``_rewritten_line_edge``). Else as it was."""
    if placement.state != "fuzzy" or old_end <= old_start:
        return placement
    start, end = placement.start, placement.end
    new_end = _over_rewritten_tail(alignment, old_start, old_end, end)
    new_start = _over_rewritten_head(alignment, old_start, old_end, start)
    if (new_start, new_end) == (start, end):
        return placement
    quote = alignment.old[old_start:old_end]
    placed = alignment.new[new_start:new_end]
    return Placement("fuzzy", new_start, new_end, Indel.normalized_similarity(quote, placed))


def _trimmed(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Where ``text[lo:hi]`` starts and ends, white space at its ends aside (its end and
    its start, crossed, when it is all white space: unlike ``placement_doubts._trimmed``)."""
    stretch = text[lo:hi]
    return lo + len(stretch) - len(stretch.lstrip()), lo + len(stretch.rstrip())


def _whole_lines(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]``, white space at its ends aside, is one or more whole lines."""
    lo, hi = _trimmed(text, lo, hi)
    return (lo == 0 or text[lo - 1] == "\n") and (hi == len(text) or text[hi] == "\n")


def _rewritten_between(alignment: Alignment, before: Block, after: Block) -> tuple[int, int] | None:
    """The new text standing between two blocks that follow each other in the old text,
    when it and the old text it replaced are whole lines, it is all new text with a letter
    or digit, none of it moved in (a stretch of it standing in the old text where that did
    not survive), the blocks stayed in order and sure, and it holds no more blank lines
    than the old text between them; else None."""
    if before.moved or after.moved or before.doubtful or after.doubtful:
        return None
    new_lo, new_hi = before.new + before.length, after.new
    if new_hi <= new_lo or alignment.unaligned_share(new_lo, new_hi) < 1.0:
        return None
    old, new = alignment.old, alignment.new
    lost_lo, lost_hi = before.old + before.length, after.old
    if not (_whole_lines(old, lost_lo, lost_hi) and _whole_lines(new, new_lo, new_hi)):
        return None
    rewrite = new[new_lo:new_hi]
    if not any(char.isalnum() for char in rewrite):
        return None
    if rewrite.count("\n\n") > old[lost_lo:lost_hi].count("\n\n"):
        return None
    for piece in PIECE.finditer(rewrite):
        if alignment.was_elsewhere(new_lo + piece.start(), new_lo + piece.end()):
            return None  # moved in (a footnote's text put in place of its mark)
    return new_lo, new_hi


def _at_line_end(text: str, offset: int) -> bool:
    """Whether only white space stands between ``offset`` and the end of its line."""
    line_end = text.find("\n", offset)
    return not text[offset : len(text) if line_end == -1 else line_end].strip()


def _at_line_start(text: str, offset: int) -> bool:
    """Whether only white space stands between the start of its line and ``offset``."""
    return not text[text.rfind("\n", 0, offset) + 1 : offset].strip()


def _lines_of(text: str, lo: int, hi: int) -> tuple[int, list[str]]:
    """Where ``text[lo:hi]`` starts, white space at its ends aside, and its lines."""
    start, end = _trimmed(text, lo, hi)
    return start, text[start:end].split("\n")


def _typed_over(line: str, new_line: str) -> bool:
    """Whether ``new_line`` replaced ``line`` whole: neither its first nor its last two
    code points kept, and the two reading less than half alike (not the same words
    edited, nor a line that kept its head, as a number or a label, and lost the rest)."""
    if line[:2] == new_line[:2] or line[-2:] == new_line[-2:]:
        return False
    return Indel.normalized_similarity(line, new_line) < TYPED_OVER


def _rewritten_line_edge(
    alignment: Alignment,
    lost: tuple[int, int],
    rewrite: tuple[int, int],
    old_offset: int,
    at_end: bool,
    inside_line: bool,
) -> int | None:
    """Where the line that rewrote the lost line holding old ``old_offset`` ends (starts,
    unless ``at_end``): the rewrite's last (first) line for the lost stretch's last
    (first), else the line as many lines in when both hold as many lines; for a passage
    ending (starting) inside its line, only when both hold as many lines, two or more,
    and its line was typed over whole (``_typed_over``); else None."""
    lost_at, lost_lines = _lines_of(alignment.old, *lost)
    new_at, new_lines = _lines_of(alignment.new, *rewrite)
    if old_offset < lost_at:
        return None
    line = alignment.old[lost_at:old_offset].count("\n")
    edge = len(lost_lines) - 1 if at_end else 0
    line_for_line = len(lost_lines) == len(new_lines)
    if line >= len(lost_lines) or (line != edge and not line_for_line):
        return None
    if inside_line and not (
        line_for_line and len(lost_lines) >= 2 and _typed_over(lost_lines[line], new_lines[line])
    ):
        return None
    if line == edge:
        line = len(new_lines) - 1 if at_end else 0
    before = sum(len(each) + 1 for each in new_lines[:line])
    return new_at + before + (len(new_lines[line]) if at_end else 0)


def _over_rewritten_tail(alignment: Alignment, old_start: int, old_end: int, end: int) -> int:
    """``end`` moved to the end of the line that rewrote the passage's last line."""
    if alignment.shift_at(old_end - 1) is not None:
        return end  # its last character survived
    blocks = alignment.blocks
    index = bisect_right(blocks, old_end - 1, key=_OLD) - 1
    if index < 0 or index + 1 >= len(blocks):
        return end
    before, after = blocks[index], blocks[index + 1]
    lost = (before.old + before.length, after.old)
    if lost[0] <= old_start:
        return end  # the lost stretch begins before the passage
    rewrite = _rewritten_between(alignment, before, after)
    if rewrite is None or end > rewrite[0] or alignment.new[end : rewrite[0]].strip():
        return end
    inside_line = not _at_line_end(alignment.old, old_end)
    line_end = _rewritten_line_edge(
        alignment, lost, rewrite, old_end - 1, at_end=True, inside_line=inside_line
    )
    return end if line_end is None else line_end


def _over_rewritten_head(alignment: Alignment, old_start: int, old_end: int, start: int) -> int:
    """``start`` moved to the start of the line that rewrote the passage's first line."""
    if alignment.shift_at(old_start) is not None:
        return start  # its first character survived
    blocks = alignment.blocks
    index = bisect_right(blocks, old_start, key=_OLD)
    if index < 1 or index >= len(blocks):
        return start
    before, after = blocks[index - 1], blocks[index]
    lost = (before.old + before.length, after.old)
    if lost[1] >= old_end:
        return start  # the lost stretch ends past the passage
    rewrite = _rewritten_between(alignment, before, after)
    if rewrite is None or start < rewrite[1] or alignment.new[rewrite[1] : start].strip():
        return start
    inside_line = not _at_line_start(alignment.old, old_start)
    line_start = _rewritten_line_edge(
        alignment, lost, rewrite, old_start, at_end=False, inside_line=inside_line
    )
    return start if line_start is None else line_start
