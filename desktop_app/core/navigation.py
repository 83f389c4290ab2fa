"""Moving through annotations and reshaping them word by word: the logic of coding keys.

Word stops follow the Unicode default word boundaries (UAX #29, through the ``regex``
package) intersected with grapheme-cluster boundaries, so a highlight never ends inside an
emoji sequence, a flag or a letter with combining marks. Offsets are canonical code points.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from typing import Literal

import msgspec
import regex

from desktop_app.core.anchoring import describe
from desktop_app.core.edits import Replace
from desktop_app.core.project import Project
from desktop_app.core.records import Annotation, utc_now

#: Which end of a span moves.
Edge = Literal["start", "end"]

_WORD_BOUNDARY = regex.compile(r"\b", flags=regex.WORD | regex.V1)
_GRAPHEME = regex.compile(r"\X")
#: Categories of characters that join the one before them (marks, format controls).
_ATTACHING = frozenset({"Mn", "Mc", "Me", "Cf"})


@dataclass(frozen=True, slots=True)
class Step:
    """Where a next/previous move lands, and whether it wrapped around the article."""

    annotation: Annotation
    wrapped: bool


def step(
    ordered: Sequence[Annotation],
    offset: int,
    *,
    forward: bool,
    current: str | None = None,
    tag: str | None = None,
) -> Step | None:
    """The next (or previous) annotation in reading order, wrapping at the ends.

    ``ordered`` is sorted by (start, end, id), as ``Project.annotations_in`` returns it.
    From ``current`` (an annotation id) the move goes to its neighbour in that order;
    without it, to the first annotation starting after ``offset`` (or the last one
    starting before it). With ``tag``, only annotations carrying that tag count.
    """
    candidates = [a for a in ordered if tag is None or tag in a.tags]
    if not candidates:
        return None
    keys = [(a.start, a.end, a.id) for a in candidates]
    anchor = next((a for a in ordered if a.id == current), None) if current else None
    if anchor is not None:
        key = (anchor.start, anchor.end, anchor.id)
        if forward:
            found = next((i for i, k in enumerate(keys) if k > key), None)
        else:
            found = next((i for i in range(len(keys) - 1, -1, -1) if keys[i] < key), None)
    elif forward:
        found = next((i for i, a in enumerate(candidates) if a.start > offset), None)
    else:
        found = next(
            (i for i in range(len(keys) - 1, -1, -1) if candidates[i].start < offset), None
        )
    if found is not None:
        return Step(candidates[found], wrapped=False)
    return Step(candidates[0] if forward else candidates[-1], wrapped=True)


def _is_safe_edge(text: str, offset: int) -> bool:
    """True where no word or grapheme rule looks across ``offset``: after a line feed, or
    after white space and before a character that does not attach to what precedes it."""
    if offset <= 0 or offset >= len(text) or text[offset - 1] == "\n":
        return True
    following = text[offset]
    return (
        text[offset - 1].isspace()
        and not following.isspace()
        and unicodedata.category(following) not in _ATTACHING
    )


def word_stops(text: str, start: int, end: int) -> list[int]:
    """Positions in ``[start, end]`` where a word-wise move may stop, in order.

    A stop is both a Unicode word boundary and a grapheme-cluster boundary. Breaks are
    computed on a stretch widened to safe edges (see :func:`_is_safe_edge`), so they are
    the same as over the whole text, without scanning a long text whole.
    """
    lo, hi = start, end
    while not _is_safe_edge(text, lo):
        lo -= 1
    while not _is_safe_edge(text, hi):
        hi += 1
    # One more character on each side gives the matcher the true context at the edges
    # (a lone mark right after a line feed is not at the start of the text).
    first = max(0, lo - 1)
    chunk = text[first : hi + 1]
    words = {lo, hi} | {m.start() + first for m in _WORD_BOUNDARY.finditer(chunk)}
    graphemes = {lo, hi} | {m.end() + first for m in _GRAPHEME.finditer(chunk)}
    return sorted(p for p in words & graphemes if start <= p <= end and lo <= p <= hi)


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-blank stretches of ``[start, end)`` cut at word stops (and at its own ends)."""
    cuts = sorted({start, end, *word_stops(text, start, end)})
    return [(a, b) for a, b in pairwise(cuts) if not text[a:b].isspace()]


def _grow_end(text: str, start: int, end: int) -> int:
    limit = end
    while limit < len(text):
        limit = min(len(text), limit + 64)
        for _, token_end in _tokens(text, end, limit):
            if (
                token_end < limit
                or limit == len(text)
                or token_end in word_stops(text, limit, limit)
            ):
                return token_end
    return end


def _grow_start(text: str, start: int, end: int) -> int:
    limit = start
    while limit > 0:
        limit = max(0, limit - 64)
        for token_start, _ in reversed(_tokens(text, limit, start)):
            if token_start > limit or limit == 0 or token_start in word_stops(text, limit, limit):
                return token_start
    return start


def _shrink_end(text: str, start: int, end: int) -> int:
    ends = [b for _, b in _tokens(text, start, end) if start < b < end]
    return ends[-1] if ends else end


def _shrink_start(text: str, start: int, end: int) -> int:
    starts = [a for a, _ in _tokens(text, start, end) if start < a < end]
    return starts[0] if starts else start


def resize_span(text: str, start: int, end: int, edge: Edge, *, grow: bool) -> tuple[int, int]:
    """Move one end of ``[start, end)`` by a word; the span never becomes empty.

    Growing takes in the next word (or punctuation mark) beyond that end, with the
    white space before it; shrinking gives back the outermost word at that end. When there
    is nothing to take or give, the span comes back unchanged.
    """
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}..{end} is empty or outside a text of length {len(text)}")
    if edge == "end":
        return start, (_grow_end if grow else _shrink_end)(text, start, end)
    return (_grow_start if grow else _shrink_start)(text, start, end), end


def resize_annotation(
    project: Project,
    annotation_id: str,
    edge: Edge,
    *,
    grow: bool,
    now: datetime | None = None,
) -> Replace | None:
    """An edit moving one end of an annotation by a word; None when it cannot move.

    The annotation keeps its id, tags and note; its position and quote are described anew.
    """
    annotation = project.annotations[annotation_id]
    if annotation.anchor == "orphaned":
        return None
    text = project.articles[annotation.article].text
    start, end = resize_span(text, annotation.start, annotation.end, edge, grow=grow)
    if (start, end) == (annotation.start, annotation.end):
        return None
    position, quote = describe(text, start, end)
    new = msgspec.structs.replace(
        annotation, position=position, quote=quote, anchor="exact", modified=now or utc_now()
    )
    verb = "Extend" if grow else "Shorten"
    return Replace(f"{verb} annotation", annotation, new)
