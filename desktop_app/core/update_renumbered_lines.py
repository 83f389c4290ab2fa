"""Update path: a passage on a numbered line followed to its own line renumbered."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.update_paragraph_copies import paragraph_spans

#: A run of digits: what a renumbering changes.
DIGITS = re.compile(r"\d+")
#: The shortest stretch of a line without digits worth looking its twins up by.
ANCHOR = 3
#: How many lines :func:`figures_aside` remembers (a few texts' worth of numbered lines).
FIGURES_ASIDE_KEPT = 4096


#: Every ASCII code point as a byte: what is deleted from a UTF-8 line to keep its others.
_ASCII = bytes(range(128))


def has_digits(line: str) -> bool:
    """Whether ``line`` holds a digit of any script (what :data:`DIGITS` finds), read in C:
    the ten ASCII digits looked for one by one, the line's other characters (cut out of its
    UTF-8 form, where every byte of theirs is one of 128 or more) searched by the pattern.
    The pattern alone tries every code point in turn, three to ten times as long as this
    on a paragraph of a line; the rule asks it of most passages placed on their lines."""
    if any(digit in line for digit in "0123456789"):
        return True
    if line.isascii():
        return False
    others = line.encode("utf-8", "surrogatepass").translate(None, _ASCII)
    return DIGITS.search(others.decode("utf-8", "surrogatepass")) is not None


@lru_cache(maxsize=FIGURES_ASIDE_KEPT)
def figures_aside(line: str) -> str:
    """``line`` with every run of digits made one mark: lines renumbered read alike. The
    lines of a text are read so again and again (each passage on a numbered line reads
    its line and the lines around it, and every twin it looks at): the last
    :data:`FIGURES_ASIDE_KEPT` answers are kept."""
    return DIGITS.sub("#", line)


def line_around(text: str, at: int) -> tuple[int, int]:
    """The bounds of the line of ``text`` holding ``at`` (its line break left out)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _previous_line(text: str, line_start: int) -> str:
    """The line before the line starting at ``line_start`` in its paragraph (empty at a
    paragraph's head: the line across a blank one is another item's)."""
    if line_start == 0:
        return ""
    start, end = line_around(text, line_start - 1)
    return text[start:end]


def _next_line(text: str, line_end: int) -> str:
    """The line after the line ending at ``line_end`` in its paragraph (empty at its end)."""
    if line_end >= len(text):
        return ""
    start, end = line_around(text, line_end + 1)
    return text[start:end]


def _lines_around(text: str, line_start: int, line_end: int) -> tuple[str, str, str]:
    """A line with the lines around it in its paragraph, as they are."""
    return (
        _previous_line(text, line_start),
        text[line_start:line_end],
        _next_line(text, line_end),
    )


def _shape(text: str, line_start: int, line_end: int) -> tuple[str, str, str]:
    """A line with the lines around it in its paragraph, figures aside."""
    return (
        figures_aside(_previous_line(text, line_start)),
        figures_aside(text[line_start:line_end]),
        figures_aside(_next_line(text, line_end)),
    )


def _rest_of_paragraph(text: str, line_start: int) -> tuple[str, str]:
    """The rest of the paragraph of the line starting at ``line_start``, before and after
    that line, as it is."""
    line_end = line_around(text, line_start)[1]
    head = text.rfind("\n\n", 0, line_start)
    tail = text.find("\n\n", line_end)
    before = text[0 if head < 0 else head + 2 : line_start]
    return before, text[line_end : len(text) if tail < 0 else tail]


def _paragraph_around(text: str, line_start: int) -> str:
    """The paragraph of ``text`` holding the line that starts at ``line_start``."""
    before, after = _rest_of_paragraph(text, line_start)
    return before + text[line_start : line_around(text, line_start)[1]] + after


def _another_paragraph_kept(old: str, new: str, line_start: int, twin_start: int) -> bool:
    """Whether the new paragraph of the twin line at ``twin_start`` reads word for word as
    an old paragraph other than the passage's (the old line at ``line_start``): that item
    came along unchanged, figures and all, so the twin is its line, not the passage's own
    renumbered (two notices of one template, the passage's since retyped)."""
    twin_paragraph = _paragraph_around(new, twin_start)
    if twin_paragraph == _paragraph_around(old, line_start):
        return False
    return any(old[start:end] == twin_paragraph for start, end in paragraph_spans(old))


def twin_lines(text: str, line: str, shape: tuple[str, str, str]) -> list[int]:
    """The starts of the lines of ``text`` reading as ``line`` figures aside, with
    neighbours that read as ``shape``'s (figures aside too)."""
    pieces = DIGITS.split(line)
    anchor = max(pieces, key=len)
    if len(anchor) < ANCHOR:
        return []
    found: list[int] = []
    at = text.find(anchor)
    while at >= 0:
        start, end = line_around(text, at)
        if (not found or found[-1] != start) and _shape(text, start, end) == shape:
            found.append(start)
        at = text.find(anchor, max(at + 1, end))
    return found


def offset_in_twin(line: str, twin: str, offset: int, *, at_end: bool) -> int:
    """Where ``offset`` of ``line`` falls in ``twin`` (the same line renumbered): the same
    place in its stretch without digits, or, inside a run of digits, that run's end (for
    an end) or start (for a start) in the twin."""
    shift = 0
    for old, new in zip(DIGITS.finditer(line), DIGITS.finditer(twin), strict=True):
        if offset <= old.start():
            break
        if offset < old.end():
            return new.end() if at_end else new.start()
        shift = new.end() - old.end()
    return offset + shift


def renumbered_by(line: str, twin: str) -> int | None:
    """By how much every number of ``line`` that ``twin`` (the same line, figures aside)
    writes otherwise was moved to read as in ``twin``: one amount for all of them, as a
    renumbering moves them (0 for figures only written in other digits); None when they
    moved by different amounts, or none of them was written otherwise."""
    steps = {
        int(new.group()) - int(old.group())
        for old, new in zip(DIGITS.finditer(line), DIGITS.finditer(twin), strict=True)
        if old.group() != new.group()
    }
    return steps.pop() if len(steps) == 1 else None


def _other_lines(text: str, line_start: int) -> Counter[str]:
    """The other lines of the paragraph of the line starting at ``line_start``, figures
    aside."""
    before, after = _rest_of_paragraph(text, line_start)
    return Counter(figures_aside(other) for other in (before + after).split("\n") if other)


def _shared(own: Counter[str], other: Counter[str]) -> int:
    """How many lines two paragraphs' other lines (figures aside) have in common."""
    return sum((own & other).values())


def _one_way(step: int, other: int | None) -> bool:
    """Whether two items' figures moved the same way (both up, both down, or both only
    written in other digits), as a renumbering moves them."""
    return other is not None and (step > 0) == (other > 0) and (step < 0) == (other < 0)


def renumbered_line_followed(
    old: str, new: str, start: int, end: int, placement: Placement
) -> Placement:
    """``placement`` of old ``[start, end)``, inside one line with figures, taken to its own
    line renumbered when the diff put it on the exact words of a neighbour's line: an
    upstream deletion renumbers every item after it, so the old wording ("Notice 31")
    stands on the next item (old 32). Taken when the placed line with the lines around it
    in its paragraph reads, figures aside, as an old line of other figures with the lines
    around it (it is that item's, renumbered), and exactly one new line reads as the
    passage's own with its own lines around it (or, of several, one whose paragraph is
    otherwise its own to the letter); else as it was. A renumbering moves every number of a
    line by one amount, and the items after an insertion or a deletion all one way: the
    twin's figures must differ from the line's by one amount, and the placed line's from
    an old line it may be, renumbered, by one amount the same way (items re-sorted with
    their figures, a year or a part swapped, move the two opposite ways: the placed line is
    then the passage's own); and the twin's paragraph must hold no fewer of the passage's
    other lines (figures aside) than the placed line's does (a re-sort that reorders an
    item's lines keeps them with their own heading)."""
    if placement.state not in PLACED_STATES or end <= start:
        return placement
    exact = old[start:end]
    if "\n" in exact or new[placement.start : placement.end] != exact:
        return placement
    line_start = old.rfind("\n", 0, start) + 1
    line_end = old.find("\n", start)
    line_end = len(old) if line_end < 0 else line_end
    line = old[line_start:line_end]
    if not has_digits(line):
        return placement  # no figures to renumber (the common case)
    here_start, here_end = line_around(new, placement.start)
    if figures_aside(new[here_start:here_end]) != figures_aside(line):
        return placement  # not on a twin of its line
    if _lines_around(old, line_start, line_end) == _lines_around(new, here_start, here_end):
        return placement  # among its own lines, as they were
    shape = _shape(old, line_start, line_end)
    here_shape = _shape(new, here_start, here_end)
    if here_shape == shape or here_shape[1] != shape[1]:
        return placement  # among its own neighbours, or not on a twin of its line
    here = new[here_start:here_end]
    owners = twin_lines(old, here, here_shape)
    if not [at for at in owners if old[at : line_around(old, at)[1]] != here]:
        return placement  # the placed line is no other old item's renumbered
    twins = twin_lines(new, line, shape)
    if len(twins) > 1:  # several read alike figures aside: those whose paragraph is its own
        rest = _rest_of_paragraph(old, line_start)
        twins = [at for at in twins if _rest_of_paragraph(new, at) == rest]
    if len(twins) != 1 or _another_paragraph_kept(old, new, line_start, twins[0]):
        return placement
    twin_start = twins[0]
    twin = new[twin_start : line_around(new, twin_start)[1]]
    step = renumbered_by(line, twin)
    if step is None or not any(
        _one_way(step, renumbered_by(old[at : line_around(old, at)[1]], here)) for at in owners
    ):
        return placement  # items re-sorted with their figures, or figures retyped
    own = _other_lines(old, line_start)
    if _shared(own, _other_lines(new, twin_start)) < _shared(own, _other_lines(new, here_start)):
        return placement  # the placed line's item holds more of the passage's other lines
    new_start = twin_start + offset_in_twin(line, twin, start - line_start, at_end=False)
    new_end = twin_start + offset_in_twin(line, twin, end - line_start, at_end=True)
    if new_end <= new_start:
        return placement
    placed = new[new_start:new_end]
    if placed == exact:
        return Placement("moved" if new_start != start else "exact", new_start, new_end, 1.0)
    return Placement("fuzzy", new_start, new_end, SequenceMatcher(None, exact, placed).ratio())
