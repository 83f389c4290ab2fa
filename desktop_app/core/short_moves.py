"""Short lines (a list item, a name) found once in each text and moved: a list re-sorted."""

from __future__ import annotations

from collections import Counter

from rapidfuzz import process
from rapidfuzz.distance import Indel

#: Similarity above which a line typed where a short line stood is that line edited there.
EDITED_HERE = 0.7


def short_moves(
    old_lines: list[str],
    new_lines: list[str],
    changed: list[tuple[range, range]],
    longest: int,
) -> list[tuple[int, int]]:
    """Lines of a whole text shorter than ``longest`` (white space at their ends aside)
    that hold a letter or digit, were deleted in one changed stretch and inserted in
    another, and stand nowhere else in either text: (old index, new index). Such a line is
    itself wherever it went (items of a list re-sorted pass each other, so a diff keeps
    only some of them in place), unless new text like it was typed where it stood (it was
    edited there, and the same words pasted elsewhere are a copy)."""
    if len(changed) < 2:
        return []  # a move leaves one changed stretch for another
    deleted = {
        key: (i, stretch)
        for stretch, (old, _) in enumerate(changed)
        for i in old
        if _short_words(key := old_lines[i].strip(), longest)
    }
    if not deleted:
        return []  # the common case: no short line with words taken out
    inserted = {
        key: (j, stretch)
        for stretch, (_, new) in enumerate(changed)
        for j in new
        if (key := new_lines[j].strip()) in deleted
    }
    if not inserted:
        return []
    old_count = Counter(line.strip() for line in old_lines)
    new_count = Counter(line.strip() for line in new_lines)
    found: list[tuple[int, int]] = []
    for key, (j, to) in inserted.items():
        i, since = deleted[key]
        if to == since or old_count[key] != 1 or new_count[key] != 1:
            continue
        if _edited_where_it_stood(key, new_lines, changed[since][1], old_count):
            continue
        found.append((i, j))
    return found


def _short_words(key: str, longest: int) -> bool:
    return 0 < len(key) < longest and any(char.isalnum() for char in key)


def _edited_where_it_stood(
    key: str, new_lines: list[str], typed: range, old_count: Counter[str]
) -> bool:
    """Whether a line of ``typed`` (new lines where the short line stood) that the old text
    did not have is like it."""
    fresh = [line for j in typed if not old_count[line := new_lines[j].strip()]]
    found = process.extractOne(
        key, fresh, scorer=Indel.normalized_similarity, score_cutoff=EDITED_HERE
    )
    return found is not None
