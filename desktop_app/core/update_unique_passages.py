"""Update path: a doubted passage the diff put on the one copy of its words in either text."""

from __future__ import annotations

import re

from desktop_app.core.alignment import Alignment
from desktop_app.core.closer_copy import a_closer_copy_inserted
from desktop_app.core.diff_doubts import REACH, SUPPORTED
from desktop_app.core.quote_search import Placement
from desktop_app.core.twin_lines import stands_once
from desktop_app.core.update_renumbered_lines import DIGITS, has_digits

#: A passage holding this runs across the end of one paragraph and the start of the next.
PARAGRAPH_BREAK = "\n\n"


def once_in_both_placed(
    alignment: Alignment, start: int, end: int, placement: Placement
) -> Placement:
    """``placement`` of old ``[start, end)`` placed (``exact`` or ``moved``) when the diff
    left it in review on its words unchanged, and those words stand exactly once in the old
    text and exactly once in the new, inside one paragraph, no other stretch reading like them
    but for its figures (a page stamp or a renumbered head, which a restamping types
    anew), and the old text around the passage came along near it
    (``Alignment.supported``) and no edited copy of its sentence was put in elsewhere
    (``closer_copy``), as the diff's own doubts ask: whatever changed around it, no other
    copy of its words can be the passage, and a reader takes these for its own. A
    passage across a paragraph break is left in review: where paragraphs were moved, the
    end of one and the start of another (a stock closing, "Amended online.", then a stock
    head) can meet alike at another place, and which paragraphs met there is a guess.
    Else as it was."""
    if placement.state != "review" or placement.end - placement.start != end - start:
        return placement
    old, new = alignment.old, alignment.new
    words = old[start:end]
    new_start, new_end = placement.start, placement.end
    if new[new_start:new_end] != words or not words.strip() or PARAGRAPH_BREAK in words:
        return placement  # across paragraphs: moved paragraphs can meet alike elsewhere
    if stands_once(old, words) != start:
        return placement  # the old text holds it twice: which copy survived, a guess
    if stands_once(new, words) != new_start:
        return placement
    if has_digits(words) and _reads_alike_elsewhere(old, new, words):
        return placement
    if not alignment.supported(start, end, new_start, new_end, REACH, SUPPORTED):
        return placement  # a new text that shares a sentence with the old one
    if a_closer_copy_inserted(alignment, (start, end), new_start, new_end):
        return placement  # its sentence pasted elsewhere and edited, words like it left here
    return Placement("exact" if new_start == start else "moved", new_start, new_end, 1.0)


def _reads_alike_elsewhere(old: str, new: str, words: str) -> bool:
    """Whether ``words``, their figures read as any figures, stand more than once in
    either text."""
    pattern = re.compile(r"\d+".join(re.escape(part) for part in DIGITS.split(words)))
    for text in (old, new):
        found = pattern.search(text)
        if found is not None and pattern.search(text, found.start() + 1) is not None:
            return True
    return False
