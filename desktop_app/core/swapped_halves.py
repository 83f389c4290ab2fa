"""A passage whose paragraph was split and its halves swapped: which text is its own."""

from __future__ import annotations

from desktop_app.core.alignment import Alignment, Block


def moved_in_from_beside(alignment: Alignment, lo: int, hi: int, own: tuple[int, int]) -> bool:
    """Whether new ``[lo, hi)`` (text no old text maps to, between two pieces of the
    passage at old ``own``) is whole words on a line of their own that read word for word
    as text that went away from the lines the passage stood on, outside it: its
    paragraph's other half, swapped to stand between the passage's pieces (not typed
    there, however short: a list number, a speaker's title)."""
    new, old = alignment.new, alignment.old
    words = new[lo:hi].strip()
    if not any(char.isalnum() for char in words):
        return False
    at = new.index(words, lo)
    before, after = _around(new, at, at + len(words))
    if "\n" not in before + after or _in_a_word(before, after, words):
        return False
    line_start = old.rfind("\n", 0, own[0]) + 1
    line_end = old.find("\n", own[1])
    line_end = len(old) if line_end == -1 else line_end
    for first, last in ((line_start, own[0]), (own[1], line_end)):
        at = old.find(words, first, last)
        while at != -1:
            whole = not _in_a_word(
                old[at - 1 : at], old[at + len(words) : at + len(words) + 1], words
            )
            if whole and _survived(alignment, at, at + len(words)) * 2 < len(words):
                return True
            at = old.find(words, at + 1, last)
    return False


def _around(text: str, start: int, end: int) -> tuple[str, str]:
    """The white space before ``start`` and after ``end`` (or the one character there)."""
    lo, hi = start, end
    while lo > 0 and text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and text[hi].isspace():
        hi += 1
    return text[lo:start] or text[start - 1 : start], text[end:hi] or text[end : end + 1]


def _in_a_word(before: str, after: str, words: str) -> bool:
    """Whether ``words`` between ``before`` and ``after`` continue a word on either side."""
    return (before[-1:].isalnum() and words[0].isalnum()) or (
        after[:1].isalnum() and words[-1].isalnum()
    )


def lost_end_beyond(
    alignment: Alignment, own: tuple[int, int], pieces: list[Block], start: int, end: int
) -> tuple[int, int]:
    """``[start, end)`` grown over the passage's lost first (last) words where they now
    stand, as inserted text, just past its other end, white space between, and not inside
    it (a sentence moved within it, copied after it): the paragraph was split inside the
    passage and its halves swapped, so the passage is both halves."""
    old, placed = alignment.old, alignment.new[start:end]
    head = old[own[0] : pieces[0].old].strip()
    if _lost(alignment, own[0], pieces[0].old, head) and head not in placed:
        grown = _inserted_after(alignment, end, head)
        if grown is not None:
            return start, grown
    last = pieces[-1]
    tail = old[last.old + last.length : own[1]].strip()
    if _lost(alignment, last.old + last.length, own[1], tail) and tail not in placed:
        grown = _inserted_before(alignment, start, tail)
        if grown is not None:
            return grown, end
    return start, end


def _lost(alignment: Alignment, start: int, end: int, words: str) -> bool:
    """Whether old ``[start, end)``, which reads ``words`` (white space aside), holds a
    word and mostly went away."""
    if not any(char.isalnum() for char in words):
        return False
    return _survived(alignment, start, end) * 2 < end - start


def _inserted_after(alignment: Alignment, end: int, words: str) -> int | None:
    """Where ``words`` end if they follow new ``end`` after white space, as inserted text."""
    new = alignment.new
    at = end
    while at < len(new) and new[at].isspace():
        at += 1
    if at == end or new[at : at + len(words)] != words:
        return None
    if alignment.unaligned_share(at, at + len(words)) < 1.0:
        return None
    return at + len(words)


def _inserted_before(alignment: Alignment, start: int, words: str) -> int | None:
    """Where ``words`` start if they precede new ``start`` before white space, as inserted
    text."""
    new = alignment.new
    at = start
    while at > 0 and new[at - 1].isspace():
        at -= 1
    if at == start or new[at - len(words) : at] != words:
        return None
    if alignment.unaligned_share(at - len(words), at) < 1.0:
        return None
    return at - len(words)


def _survived(alignment: Alignment, start: int, end: int) -> int:
    return sum(piece.length for piece in alignment.pieces(start, end))
