"""Whether a passage ends beside a near twin of its own sentence that the update edited."""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

from desktop_app.core.alignment import Alignment

#: Least likeness (``Indel.normalized_similarity``) of two sentences side by side for them
#: to be twins: the same sentence about another name, place or figure.
TWIN = 0.75
#: Shortest sentence (code points) compared with its neighbour.
SHORTEST = 16
#: A sentence in the same paragraph (it may end its line; a blank line ends a paragraph).
_SENTENCE = re.compile(r"[^\s.!?。！？][^.!?。！？\n]*[.!?。！？]*")


def an_edited_twin_beside(alignment: Alignment, own: tuple[int, int]) -> bool:
    """Whether the sentence where old ``own`` starts (ends) stands right after (before) a
    near twin of itself in the same paragraph, and text of the two did not survive: twins
    collapsed into one sentence ("A said so. B said so." into "A and B said so."), where
    the diff keeps whichever twin's characters it likes, so which one the passage is now
    is a guess."""
    old = alignment.old
    first = _sentence_at(old, own[0])
    last = _sentence_at(old, own[1] - 1)
    pairs = []
    if first is not None:
        before = _neighbour(old, first, forward=False)
        if before is not None:
            pairs.append((before, first))
    if last is not None:
        after = _neighbour(old, last, forward=True)
        if after is not None:
            pairs.append((last, after))
    for one, other in pairs:
        a, b = old[one[0] : one[1]], old[other[0] : other[1]]
        if min(len(a), len(b)) < SHORTEST or Indel.normalized_similarity(a, b) < TWIN:
            continue
        if _mostly_lost(alignment, *one) or _mostly_lost(alignment, *other):
            return True
    return False


def _mostly_lost(alignment: Alignment, start: int, end: int) -> bool:
    """Whether old ``[start, end)`` lost half of its text or more (collapsed into its twin)."""
    kept = sum(piece.length for piece in alignment.pieces(start, end))
    return kept * 2 <= end - start


def _sentence_at(text: str, at: int) -> tuple[int, int] | None:
    """The sentence of ``text`` holding offset ``at`` (within its line), or None."""
    line_lo = text.rfind("\n", 0, at) + 1
    line_hi = text.find("\n", at)
    line_hi = len(text) if line_hi == -1 else line_hi
    for match in _SENTENCE.finditer(text, line_lo, line_hi):
        if match.start() <= at < match.end():
            return match.span()
    return None


def _neighbour(text: str, sentence: tuple[int, int], *, forward: bool) -> tuple[int, int] | None:
    """The sentence right after (before) ``sentence`` in its paragraph, or None."""
    if forward:
        at = sentence[1]
        while at < len(text) and text[at] in " \t":
            at += 1
        if text[at : at + 1] == "\n":
            at += 1
        if at >= len(text) or text[at].isspace():
            return None
        return _sentence_at(text, at)
    at = sentence[0]
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    if text[at - 1 : at] == "\n":
        at -= 1
    if at <= 0 or text[at - 1].isspace():
        return None
    return _sentence_at(text, at - 1)
