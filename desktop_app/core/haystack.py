"""Where the quote search looks for pieces of a quote: a whole text, or some stretches of it."""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right

#: Most starts of one string a whole-text haystack remembers (more: read for each time).
REMEMBERED = 64
#: Stands for a string not looked for yet (None: found too often to remember).
_UNSEEN: list[int] = []
#: Texts whose remembering haystack :func:`remembering` keeps (the most recent ones).
KEPT_TEXTS = 4


class Haystack:
    """A text to find strings in, all of it or only ``stretches`` of it (found in one string
    made of them, so a large text with a few stretches of interest is not read again for
    every string looked for). Offsets are always those of the whole text. A haystack made
    to ``remember`` keeps where each string it was asked for stands in the text (or in its
    stretches joined: one that stands there up to :data:`REMEMBERED` times), so a batch of
    searches sharing it reads the text once per string (one search alone would read it for
    nothing)."""

    def __init__(
        self,
        text: str,
        stretches: list[tuple[int, int]] | None = None,
        *,
        remember: bool = False,
    ) -> None:
        self.text = text
        self._remember = remember
        self._joined: str | None = None
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._joined_starts: list[int] = []
        self._starts_of: dict[str, list[int] | None] = {}
        if stretches is None:
            return
        parts: list[str] = []
        at = 0
        for lo, hi in stretches:
            self._starts.append(lo)
            self._ends.append(hi)
            self._joined_starts.append(at)
            parts.append(text[lo:hi])
            at += hi - lo + 1
        self._joined = "\0".join(parts)

    @property
    def whole(self) -> bool:
        """Whether it is the whole text (no stretches)."""
        return self._joined is None

    def nearest(self, needle: str, hint: int, most: int) -> list[int]:
        """Up to ``most`` starts of ``needle``, the nearest to ``hint`` first."""
        if self._joined is None:
            starts = self._remembered(needle)
            if starts is None:
                return nearest_occurrences(self.text, needle, hint, most)
            return _nearest_of(starts, hint, most)
        index = bisect_right(self._starts, hint) - 1
        if index < 0:
            joined_hint = 0
        else:
            inside = min(hint - self._starts[index], self._ends[index] - self._starts[index])
            joined_hint = self._joined_starts[index] + inside
        joined_starts = self._remembered(needle)
        if joined_starts is None:
            occurrences = nearest_occurrences(self._joined, needle, joined_hint, most)
        else:
            occurrences = _nearest_of(joined_starts, joined_hint, most)
        found: list[int] = []
        for at in occurrences:
            index = bisect_right(self._joined_starts, at) - 1
            start = self._starts[index] + at - self._joined_starts[index]
            if start + len(needle) <= self._ends[index]:
                found.append(start)
        found.sort(key=lambda start: abs(start - hint))
        return found[:most]

    def near(self, needle: str, hint: int, most: int) -> list[int]:
        """The starts :meth:`nearest` gives, in no set order (a caller that sorts them
        anyway saves ordering them twice: when the string stands at most ``most`` times,
        they are all of its starts, in the haystack's own list: not to be changed)."""
        if self._joined is None:
            starts = self._remembered(needle)
            if starts is not None and len(starts) <= most:
                return starts
        return self.nearest(needle, hint, most)

    def _remembered(self, needle: str) -> list[int] | None:
        """Every start of ``needle`` in the string a haystack made to remember them reads
        (the whole text, or its stretches joined), read once; None when not remembered
        (too many, an empty needle, or not asked to)."""
        if not needle or not self._remember:
            return None
        starts = self._starts_of.get(needle, _UNSEEN)
        if starts is _UNSEEN:
            read = self.text if self._joined is None else self._joined
            starts = self._starts_of[needle] = _every_start(read, needle)
        return starts


class _KeptTexts(threading.local):
    """The remembering haystacks of one thread, the most recent last (imports place
    annotations on worker threads: no haystack is shared between threads)."""

    def __init__(self) -> None:
        self.haystacks: list[Haystack] = []


_kept_texts = _KeptTexts()


def remembering(text: str) -> Haystack:
    """A haystack of the whole ``text`` that remembers where each string it was asked for
    stands, shared by every caller on this thread asking about the same text (the last
    :data:`KEPT_TEXTS` texts): annotations placed one at a time in one text read it once
    per string, as a batch does. It finds what a fresh ``Haystack(text)`` finds."""
    kept = _kept_texts.haystacks
    for index, haystack in enumerate(kept):
        if haystack.text is text or haystack.text == text:
            if index != len(kept) - 1:
                kept.append(kept.pop(index))
            return haystack
    haystack = Haystack(text, remember=True)
    kept.append(haystack)
    if len(kept) > KEPT_TEXTS:
        del kept[0]
    return haystack


def nearest_occurrences(text: str, needle: str, hint: int, most: int) -> list[int]:
    """Up to ``most`` starts of ``needle`` in ``text``, the nearest to ``hint`` first."""
    after: list[int] = []
    at = text.find(needle, max(0, hint))
    while at != -1 and len(after) < most:
        after.append(at)
        at = text.find(needle, at + 1)
    before: list[int] = []
    at = text.rfind(needle, 0, max(0, hint) + len(needle) - 1)
    while at != -1 and len(before) < most:
        if at < hint:
            before.append(at)
        at = text.rfind(needle, 0, at + len(needle) - 1) if at > 0 else -1
    if not before:  # one side only: already nearest first
        return after
    if not after:
        return before
    merged = sorted(set(after) | set(before), key=lambda s: abs(s - hint))
    return merged[:most]


def _every_start(text: str, needle: str) -> list[int] | None:
    """Every start of ``needle`` in ``text``, in order; None past :data:`REMEMBERED`."""
    found: list[int] = []
    left = REMEMBERED
    at = text.find(needle)
    while at != -1:
        if not left:
            return None
        left -= 1
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _nearest_of(starts: list[int], hint: int, most: int) -> list[int]:
    """:func:`nearest_occurrences` from every start of the string (sorted), the same list."""
    if len(starts) < 2:
        return starts[:most]  # one start or none: nothing to order
    split = bisect_left(starts, max(0, hint))
    after = starts[split : split + most]
    before = starts[max(0, split - most) : split][::-1] if hint > 0 else []
    if not before:
        return after
    if not after:
        return before
    merged = sorted(set(after) | set(before), key=lambda s: abs(s - hint))
    return merged[:most]
