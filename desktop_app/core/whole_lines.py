"""Whether a passage came along inside a whole line that stands once in each text."""

from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import Indel

from desktop_app.core.alignment import Alignment

#: Similarity at which a line found in only one of the texts is a near copy of another
#: (one edited into the other, or a copy of it: which one is the passage is a guess).
NEAR_COPY = 0.7


def carried_in_a_single_line(alignment: Alignment, start: int, end: int, new_start: int) -> bool:
    """Whether old ``[start, end)`` lies inside one line (with a letter or digit) that
    stands once in the old text and once in the new, and came along whole to that line,
    the passage shifted with it to ``new_start``, and no line found in only one of the
    texts is like it (a near copy edited or deleted): the line is
    its own evidence, whatever now stands beside it (an item of a list re-sorted among
    the others)."""
    old, new = alignment.old, alignment.new
    line_start = old.rfind("\n", 0, start) + 1
    line_end = old.find("\n", start)
    line_end = len(old) if line_end == -1 else line_end
    if end > line_end:
        return False
    line = old[line_start:line_end]
    key = line.strip()
    if not any(char.isalnum() for char in key):
        return False
    key_start = line_start + line.index(key)
    pieces = alignment.pieces(key_start, key_start + len(key))
    if len(pieces) != 1 or pieces[0].length != len(key):
        return False
    at = pieces[0].new
    if at - key_start != new_start - start:
        return False
    before = new.rfind("\n", 0, at) + 1
    after = new.find("\n", at + len(key))
    if new[before : len(new) if after == -1 else after].strip() != key:
        return False  # the words stand inside a longer line now
    old_counts, new_counts = alignment.line_counts()
    return old_counts[key] == 1 and new_counts[key] == 1 and not _near_copy(alignment, key)


def found_in_its_paragraph(alignment: Alignment, start: int, end: int) -> int | None:
    """The new start of old ``[start, end)`` when it lies inside one line (with a letter or
    digit) of a paragraph of several lines (a list, a verse) that holds that line once, and
    the paragraph where the diff took the rest of it holds that line, whole, once too,
    with most of the paragraph's other lines: the same item wherever the list put it,
    though the text may repeat it elsewhere (a summary list and a findings list sharing
    items), as long as the text has as many copies of that line as before (a paragraph
    printed twice holds it twice: which copy is the passage is a guess). None otherwise."""
    old, new = alignment.old, alignment.new
    line = _line_around(old, start)
    if end > line[1]:
        return None
    key = old[line[0] : line[1]].strip()
    if not any(char.isalnum() for char in key):
        return None
    old_counts, new_counts = alignment.line_counts()
    paragraph = _paragraph_around(old, start)
    lines = _stripped_lines(old, paragraph)
    if len(lines) < 2 or lines.count(key) != 1:
        return None
    if any(new_counts[other] > old_counts[other] for other in lines):
        return None  # a line of the paragraph was copied (the paragraph printed twice)
    if old_counts[key] != new_counts[key] or _near_copy(alignment, key):
        return None  # a copy came or went: which one is which is a guess
    received: dict[tuple[int, int], int] = {}
    for lo, hi in ((paragraph[0], line[0]), (line[1], paragraph[1])):
        for piece in alignment.pieces(lo, hi):
            image = _paragraph_around(new, piece.new)
            received[image] = received.get(image, 0) + piece.length
    if not received:
        return None
    image, length = max(received.items(), key=lambda item: item[1])
    if length * 2 <= sum(received.values()):
        return None  # the rest of the paragraph went to several places
    new_lines = _stripped_lines(new, image)
    if new_lines.count(key) != 1:
        return None
    others = [other for other in lines if other != key]
    kept = sum(len(other) for other in others if other in new_lines)
    if kept * 2 <= sum(len(other) for other in others):
        return None  # the paragraph there is mostly another one
    at = image[0]
    while new[at : _line_around(new, at)[1]].strip() != key:
        at = _line_around(new, at)[1] + 1
    return new.index(key, at) + start - old.index(key, line[0])


def _near_copy(alignment: Alignment, key: str) -> bool:
    """Whether a line found in only one of the texts is like ``key`` (:data:`NEAR_COPY`):
    typed as its copy, or once its twin and edited into it."""
    found = process.extractOne(
        key, alignment.unpaired_lines(), scorer=Indel.normalized_similarity, score_cutoff=NEAR_COPY
    )
    return found is not None


def _line_around(text: str, at: int) -> tuple[int, int]:
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end == -1 else end


def _paragraph_around(text: str, at: int) -> tuple[int, int]:
    """The run of non-blank lines around ``at`` (from the line after a blank one)."""
    start = text.rfind("\n\n", 0, at + 1)
    end = text.find("\n\n", at)
    return 0 if start == -1 else start + 2, len(text) if end == -1 else end


def _stripped_lines(text: str, span: tuple[int, int]) -> list[str]:
    """The non-blank lines of ``text[span]``, white space at their ends aside."""
    return [line for part in text[span[0] : span[1]].split("\n") if (line := part.strip())]
