"""Whole lines as evidence on the update path: a line found once, a list item, a copy left over."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from rapidfuzz import process
from rapidfuzz.distance import Indel

from desktop_app.core.alignment import Alignment
from desktop_app.core.line_neighbours import NEIGHBOUR_SHIFT, neighbour_shifts

#: Similarity at which a line found in only one of the texts is a near copy of another
#: (one edited into the other, or a copy of it: which one is the passage is a guess).
NEAR_COPY = 0.7
#: Most lines above or below a passage's own that a stretch standing once may take in (a
#: row's key line, a heading).
KEY_LINES = 3
#: Most of the new text unaligned: the text typed anew rather than re-sorted.
REWRITTEN = 0.5
#: Longest line read as a heading, and the marks that end a sentence or clause instead.
HEADING = 80
SENTENCE_ENDS = ".!?:;,"


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


def found_on_its_own_lines(alignment: Alignment, start: int, end: int) -> int | None:
    """The new start of old ``[start, end)``, inside one paragraph, followed with the
    nearest line that stands once in the old text and once in the new (a row's key: a
    code, a name, a date; the row above its twin "Expired — do not use"): its own, one of
    its paragraph above or below it (when both tell it apart they must agree), else, for
    a paragraph of one line, a heading among the :data:`KEY_LINES` lines above it (a
    recurring note under its section's heading). The lines from that one to the
    passage's (to its paragraph's end, the heading above it) stand word for word,
    together, once in each text; every line of its paragraph stands as often in both
    texts; no copy of its line or its paragraph stands beside it now; no line found in
    only one of the texts is like a line of that stretch (a near copy edited or typed);
    and most of the new text came from the old (:data:`REWRITTEN`): a row of a list or
    table re-sorted, followed to where it went whatever its twins around it. None
    otherwise (its lines apart now or edited, or nothing near tells it apart)."""
    old = alignment.old
    first = old.rfind("\n", 0, start) + 1
    last = old.find("\n", end - 1 if end > start else start)
    last = len(old) if last == -1 else last
    own = [line.strip() for line in old[first:last].split("\n")]
    if not all(own) or not any(char.isalnum() for key in own for char in key):
        return None  # a blank line inside: paragraphs that may have parted
    old_counts, new_counts = alignment.line_counts()
    if any(old_counts[key] != new_counts[key] for key in own):
        return None  # the common case: a line of its own edited, gone or copied answers at once
    if alignment.unaligned_share(0, len(alignment.new)) > REWRITTEN:
        return None  # most of the text typed anew: a line standing as before may be typed too
    if any(old_counts[key] == 1 and new_counts[key] == 1 for key in own):
        return _followed(alignment, start, end, first, last)
    above, below = _key_above(alignment, first, 0), _key_below(alignment, last)
    found = {
        at
        for lo, hi in ((above, last), (first, below))
        if lo is not None
        and hi is not None
        and (at := _followed(alignment, start, end, lo, hi)) is not None
    }
    if len(found) == 1:
        return found.pop()
    if found or above is not None or below is not None:
        return None  # the lines above and below point two ways, or its lines are apart now
    top = _key_above(alignment, first, KEY_LINES)
    paragraph = _paragraph_around(old, start)
    if top is None or old[paragraph[0] : paragraph[1]].count("\n"):
        return None  # above a paragraph of several lines, none is the passage's own
    if not _a_heading(old[top : old.find("\n", top)].strip()):
        return None  # above its paragraph, only a heading is the passage's own
    return _followed(alignment, start, end, top, paragraph[1])


def _a_heading(line: str) -> bool:
    """Whether a line reads as a heading: a letter in it, at most :data:`HEADING` code
    points, not ended as a sentence or a clause ("Statistical analysis", not "6." or a
    paragraph of prose)."""
    return (
        len(line) <= HEADING
        and any(char.isalpha() for char in line)
        and line[-1] not in SENTENCE_ENDS
    )


def _key_above(alignment: Alignment, first: int, beyond: int) -> int | None:
    """The start of the nearest line above old line start ``first`` that stands once in
    each text: in its paragraph, or among the first ``beyond`` non-blank lines above the
    paragraph (None when there is none)."""
    old = alignment.old
    old_counts, new_counts = alignment.line_counts()
    top, outside, passed = first, False, 0
    while top > 0:
        top = old.rfind("\n", 0, top - 1) + 1
        key = old[top : old.find("\n", top)].strip()
        if not key:
            outside = True  # a blank line: past the paragraph's start
            continue
        if outside:
            passed += 1
            if passed > beyond:
                return None
        if old_counts[key] == 1 and new_counts[key] == 1:
            return top
    return None


def _key_below(alignment: Alignment, last: int) -> int | None:
    """The end of the nearest line below old line end ``last``, within its paragraph, that
    stands once in each text (None when there is none)."""
    old = alignment.old
    old_counts, new_counts = alignment.line_counts()
    while last < len(old):
        after = old.find("\n", last + 1)
        after = len(old) if after == -1 else after
        key = old[last + 1 : after].strip()
        if not key:
            return None
        if old_counts[key] == 1 and new_counts[key] == 1:
            return after
        last = after
    return None


def _followed(alignment: Alignment, start: int, end: int, lo: int, hi: int) -> int | None:
    """Where old ``[start, end)`` stands now inside old lines ``[lo, hi)``, when those lines
    stand word for word once in each text, no copy of the passage's paragraph stands
    right before or after its paragraph now, and no unpaired line is like one of them;
    else None."""
    old, new = alignment.old, alignment.new
    stretch = old[lo:hi]
    if len(_whole_line_starts(old, stretch)) != 1:
        return None
    starts = _whole_line_starts(new, stretch)
    if len(starts) != 1:
        return None  # its lines are apart now, or stand together twice
    at = starts[0] + start - lo
    paragraph = _paragraph_around(old, start)
    old_counts, new_counts = alignment.line_counts()
    if any(old_counts[line] != new_counts[line] for line in _stripped_lines(old, paragraph)):
        return None  # a line of its paragraph edited, gone or copied: its lines may be rebuilt
    line_start = new.rfind("\n", 0, at) + 1
    line = _line_around(old, start)
    own_line = old[line[0] : line[1]]
    if own_line.strip() in (
        new[_line_around(new, line_start - 1)[0] : line_start - 1].strip(),
        new[
            line_start + len(own_line) + 1 : _line_around(new, line_start + len(own_line) + 1)[1]
        ].strip(),
    ):
        return None  # a copy of its line right beside it: which one it is, is a guess
    own = old[paragraph[0] : paragraph[1]].strip()
    here = _paragraph_around(new, at)
    before = _paragraph_around(new, here[0] - 3) if here[0] >= 3 else here
    after = _paragraph_around(new, here[1] + 2) if here[1] + 2 < len(new) else here
    if any(span != here and new[span[0] : span[1]].strip() == own for span in (before, after)):
        return None  # a copy of its paragraph beside it now: which one it is, is a guess
    if any(_near_copy(alignment, line.strip()) for line in set(stretch.split("\n"))):
        return None
    return at


def _near_copy(alignment: Alignment, key: str) -> bool:
    """Whether a line found in only one of the texts is like ``key`` (:data:`NEAR_COPY`):
    typed as its copy, or once its twin and edited into it. Only lines of a length that
    can be that alike are compared (the lines are sorted by length)."""
    lines = alignment.unpaired_lines()
    shortest = int(len(key) * NEAR_COPY / (2 - NEAR_COPY))
    longest = int(len(key) * (2 - NEAR_COPY) / NEAR_COPY) + 1
    lo = bisect_left(lines, shortest, key=len)
    hi = bisect_right(lines, longest, key=len)
    found = process.extractOne(
        key, lines[lo:hi], scorer=Indel.normalized_similarity, score_cutoff=NEAR_COPY
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


def the_copy_left(alignment: Alignment, line: tuple[int, int], new_at: int) -> bool:
    """Whether old ``line``, which the old text repeats, is placed on the one copy of it
    in the new text that its other copies left over: the text has as many copies of it as
    before, every other copy came along whole and stayed among its neighbours, and none
    of them went to the new line holding ``new_at`` (a boilerplate line moved with its
    paragraph: the copies that did not move are told apart by their neighbours)."""
    old, new = alignment.old, alignment.new
    key = old[line[0] : line[1]]
    old_starts = _whole_line_starts(old, key)
    new_starts = _whole_line_starts(new, key)
    target = _line_around(new, new_at)[0]
    if len(old_starts) != len(new_starts) or target not in new_starts:
        return False
    taken: set[int] = set()
    for start in old_starts:
        if start == line[0]:
            continue
        pieces = alignment.pieces(start, start + len(key))
        if len(pieces) != 1 or pieces[0].length != len(key):
            return False
        to = pieces[0].new
        if to not in new_starts or to == target or to in taken:
            return False
        if not _stayed_among_neighbours(alignment, (start, start + len(key)), to - start):
            return False
        taken.add(to)
    return True


def _whole_line_starts(text: str, line: str) -> list[int]:
    """Where ``line`` stands in ``text`` as a whole line."""
    starts = []
    at = text.find(line)
    while at != -1:
        end = at + len(line)
        if text[at - 1 : at] in ("\n", "") and text[end : end + 1] in ("\n", ""):
            starts.append(at)
        at = text.find(line, at + 1)
    return starts


def _stayed_among_neighbours(alignment: Alignment, line: tuple[int, int], shift: int) -> bool:
    """Whether the visible text just before and just after an old line both moved by about
    ``shift`` too."""
    shifts = neighbour_shifts(alignment, line)
    return bool(shifts) and all(abs(other - shift) <= NEIGHBOUR_SHIFT for other in shifts)
