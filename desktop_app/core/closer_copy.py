"""Whether a passage the diff kept in place has a closer copy in text inserted elsewhere."""

from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import Indel

from desktop_app.core.alignment import MOVE_MIN, SENTENCE, Alignment
from desktop_app.core.anchoring import trim_span
from desktop_app.core.block_diff import EDITED_MOVE

#: Longest stretch of a line (code points) on either side of a passage read for its sentences.
LONGEST_LINE = 4000

#: Least code points the sentences in place must have gained for a copy elsewhere to cast
#: doubt: words typed in (a back-reference), not letters fixed (a copy, then the original
#: corrected, is the usual case and keeps its place).
GAINED = 16


def a_closer_copy_inserted(
    alignment: Alignment, own: tuple[int, int], start: int, end: int
) -> bool:
    """Whether the old sentences holding the passage (old ``own``) are more like a line the
    update inserted elsewhere (:data:`~desktop_app.core.block_diff.EDITED_MOVE` at
    least) than like the sentences that now hold new ``[start, end)`` where they stood,
    which gained :data:`GAINED` code points or more: a sentence cut and pasted
    elsewhere, lightly edited, with words like it left behind ("as noted above, ..."),
    or copied and then words typed in where it stood. The diff keeps the passage in
    place; which copy it is, is a guess. A passage over several lines is judged by its
    longest line."""
    spans, texts = alignment.inserted_lines(MOVE_MIN)
    if not spans:
        return False  # the common case: nothing long was inserted
    start, end = _longest_line(alignment.new, start, end)
    line_lo = alignment.new.rfind("\n", 0, start) + 1
    line_hi = alignment.new.find("\n", end)
    line_hi = len(alignment.new) if line_hi == -1 else line_hi
    if alignment.unaligned_share(line_lo, line_hi) * (line_hi - line_lo) < GAINED:
        return False  # the common case: its line gained no words, only letters at most
    old_lo, old_hi = _sentences_around(alignment.old, *_longest_line(alignment.old, *own))
    new_lo, new_hi = _sentences_around(alignment.new, start, end)
    was = alignment.old[old_lo:old_hi]
    if len(was) <= MOVE_MIN or (new_hi - new_lo) - len(was) < GAINED:
        return False
    here = Indel.normalized_similarity(was, alignment.new[new_lo:new_hi])
    found = process.extractOne(
        was, texts, scorer=Indel.normalized_similarity, score_cutoff=max(EDITED_MOVE, here)
    )
    if found is None or found[1] <= here:
        return False
    copy_lo, copy_hi = spans[found[2]]
    return copy_hi <= new_lo or new_hi <= copy_lo


def _longest_line(text: str, start: int, end: int) -> tuple[int, int]:
    """The longest part of ``[start, end)`` within one line."""
    if text.find("\n", start, end) == -1:
        return start, end
    best, at = (start, start), start
    for part in text[start:end].split("\n"):
        if len(part) > best[1] - best[0]:
            best = (at, at + len(part))
        at += len(part) + 1
    return best


def _sentences_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentences of ``text`` that ``[start, end)`` (within one line)
    touches, white space at its ends aside."""
    line_lo = max(text.rfind("\n", 0, start) + 1, start - LONGEST_LINE)
    line_hi = text.find("\n", end)
    line_hi = len(text) if line_hi == -1 else min(line_hi, end + LONGEST_LINE)
    lo, hi = start, end
    for match in SENTENCE.finditer(text, line_lo, line_hi):
        if match.end() <= start:
            continue
        if match.start() >= end:
            break
        lo, hi = min(lo, match.start()), max(hi, match.end())
    return trim_span(text, lo, hi)
