"""Every exact copy of a string in a large text, found through a sampled index of it."""

from __future__ import annotations

from collections import Counter

#: The index holds the :data:`KEY` code points at every :data:`STRIDE`-th offset of the text.
STRIDE = 16
KEY = 16
#: Long strings read for in the whole text before the index is built (building it costs
#: about as much as reading the text a hundred times: a text searched a few times is not).
SCANS_FIRST = 32


class CopyIndex:
    """Finds every start of a string in ``text``, as repeated ``str.find`` would, without
    reading the whole text for each string: every copy of a string at least
    ``STRIDE + KEY - 1`` long holds, at one of its first :data:`STRIDE` offsets, a key
    the index holds, so its copies are among the offsets of those keys (each checked).
    Shorter strings, and the first :data:`SCANS_FIRST` long ones, are read for."""

    def __init__(self, text: str, scans_first: int = SCANS_FIRST) -> None:
        self.text = text
        self._scans_left = scans_first
        self._once: dict[str, int] | None = None
        self._more: dict[str, list[int]] = {}

    def find_all(self, needle: str) -> list[int]:
        """Every start of ``needle`` in the text (overlapping copies too), in order."""
        text = self.text
        if not needle or len(needle) < STRIDE + KEY - 1:
            return scan(text, needle)
        if self._once is None:
            if self._scans_left > 0:
                self._scans_left -= 1
                return scan(text, needle)
            self._once = self._build()
        once, more = self._once, self._more
        found: list[int] = []
        for offset in range(STRIDE):
            key = needle[offset : offset + KEY]
            single = once.get(key)
            for at in more.get(key, ()) if single is None else (single,):
                start = at - offset
                if start >= 0 and text.startswith(needle, start):
                    found.append(start)
        found.sort()
        return found

    def _build(self) -> dict[str, int]:
        """Where each key stands: the one offset of a key found once (returned), every
        offset of a key found more often (kept aside); C-level dictionaries do most of the
        work, as most keys are unique."""
        text = self.text
        offsets = range(0, len(text) - KEY + 1, STRIDE)
        keys = [text[at : at + KEY] for at in offsets]
        once = dict(zip(keys, offsets, strict=True))
        if len(once) < len(keys):
            repeated = {key for key, count in Counter(keys).items() if count > 1}
            for key, at in zip(keys, offsets, strict=True):
                if key in repeated:
                    self._more.setdefault(key, []).append(at)
            for key in repeated:
                del once[key]
        return once


def scan(text: str, needle: str) -> list[int]:
    """Every start of ``needle`` in ``text`` (overlapping copies too), by reading it all."""
    if not needle:
        return list(range(len(text) + 1))
    found: list[int] = []
    at = text.find(needle)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found
