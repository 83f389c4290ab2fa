"""Units of agreement in one article: its non-whitespace characters, or its sentences.

A coder's coding of one code in one article is a *layer*: sorted, disjoint intervals of
code points. Each unit kind turns layers into a compact form once (:meth:`encode`), then
counts what agreement needs without visiting characters one by one: units a layer codes,
units two layers both code, and how many units carry the code for how many layers.
Character counts come from prefix sums over the article's non-whitespace runs (a binary
search per boundary); sentences are bit sets, so "both" is one AND and a popcount.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import Literal, Protocol

#: Sorted, disjoint, non-empty ``(start, end)`` intervals of code points.
Layer = list[tuple[int, int]]
UnitKind = Literal["character", "sentence"]

_NON_WHITESPACE = re.compile(r"\S+")
# A sentence starts at a non-space and runs to . ! ? or … (with closing quotes or
# brackets) before white space, or to the end of its line: headings and bylines count too.
_SENTENCE = re.compile(r"\S[^\n]*?(?:[.!?…]+[\"'”’»)\]]*(?=\s|\Z)|$)", re.MULTILINE)


def merged(spans: Iterable[tuple[int, int]]) -> Layer:
    """``spans`` as a layer: sorted, overlapping or touching ones joined, empty ones dropped."""
    layer: Layer = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if layer and start <= layer[-1][1]:
            if end > layer[-1][1]:
                layer[-1] = (layer[-1][0], end)
        else:
            layer.append((start, end))
    return layer


class NonWhitespace:
    """How many non-whitespace code points lie in any range of one text, in O(log n)."""

    __slots__ = ("_before", "_ends", "_starts", "total")

    def __init__(self, text: str) -> None:
        runs = [match.span() for match in _NON_WHITESPACE.finditer(text)]
        self._starts = [start for start, _ in runs]
        self._ends = [end for _, end in runs]
        self._before = list(accumulate((end - start for start, end in runs), initial=0))
        #: Non-whitespace code points in the whole text.
        self.total: int = self._before[-1]

    def upto(self, offset: int) -> int:
        """Non-whitespace code points in ``[0, offset)``."""
        run = bisect_right(self._starts, offset) - 1
        if run < 0:
            return 0
        return self._before[run] + min(offset, self._ends[run]) - self._starts[run]

    def count(self, start: int, end: int) -> int:
        """Non-whitespace code points in ``[start, end)``."""
        return self.upto(end) - self.upto(start) if end > start else 0


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of ``text`` as ``(start, end)``, trailing white space left out."""
    spans = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        end = start + len(match.group().rstrip())
        spans.append((start, end))
    return spans


class Units(Protocol):
    """One article's units, and the counts agreement needs from layers."""

    @property
    def size(self) -> int:
        """How many units the article has."""

    def encode(self, layer: Layer) -> object:
        """The layer in this unit kind's compact form."""

    def coded(self, encoded: object) -> int:
        """Units the layer codes."""

    def coded_both(self, a: object, b: object) -> int:
        """Units both layers code."""

    def depth(self, encoded: Sequence[object]) -> Counter[int]:
        """Units by how many of the layers code them (0 included)."""


class CharacterUnits:
    """Every non-whitespace code point is a unit; a layer codes the ones inside it."""

    def __init__(self, text: str) -> None:
        self._count = NonWhitespace(text)

    @property
    def size(self) -> int:
        return self._count.total

    def encode(self, layer: Layer) -> object:
        return layer

    def coded(self, encoded: object) -> int:
        count = self._count.count
        return sum(count(start, end) for start, end in _layer(encoded))

    def coded_both(self, a: object, b: object) -> int:
        left, right, count = _layer(a), _layer(b), self._count.count
        i = j = both = 0
        while i < len(left) and j < len(right):
            start = max(left[i][0], right[j][0])
            end = min(left[i][1], right[j][1])
            if start < end:
                both += count(start, end)
            if left[i][1] <= right[j][1]:
                i += 1
            else:
                j += 1
        return both

    def depth(self, encoded: Sequence[object]) -> Counter[int]:
        """A sweep over the layers' boundaries: between two, the depth is constant."""
        steps: Counter[int] = Counter()
        for layer in encoded:
            for start, end in _layer(layer):
                steps[start] += 1
                steps[end] -= 1
        histogram: Counter[int] = Counter()
        depth = previous = 0
        count = self._count.count
        for position in sorted(steps):
            if depth:
                histogram[depth] += count(previous, position)
            depth += steps[position]
            previous = position
        histogram[0] = self.size - sum(histogram.values())
        return histogram


class SentenceUnits:
    """Every sentence is a unit; a layer codes it when it covers at least half of its
    non-whitespace code points."""

    def __init__(self, text: str) -> None:
        self._count = NonWhitespace(text)
        self._sentences = sentence_spans(text)
        self._weights = [self._count.count(start, end) for start, end in self._sentences]

    @property
    def size(self) -> int:
        return len(self._sentences)

    def encode(self, layer: Layer) -> object:
        """The layer as a bit set of the sentences it codes (bit i: sentence i)."""
        bits = 0
        count = self._count.count
        spans = self._sentences
        j = 0
        for index, (start, end) in enumerate(spans):
            while j < len(layer) and layer[j][1] <= start:
                j += 1
            covered = 0
            k = j
            while k < len(layer) and layer[k][0] < end:
                covered += count(max(start, layer[k][0]), min(end, layer[k][1]))
                k += 1
            if covered and 2 * covered >= self._weights[index]:
                bits |= 1 << index
        return bits

    def coded(self, encoded: object) -> int:
        return _bits(encoded).bit_count()

    def coded_both(self, a: object, b: object) -> int:
        return (_bits(a) & _bits(b)).bit_count()

    def depth(self, encoded: Sequence[object]) -> Counter[int]:
        per_sentence: Counter[int] = Counter()
        for bits in map(_bits, encoded):
            while bits:
                low = bits & -bits
                per_sentence[low.bit_length() - 1] += 1
                bits ^= low
        histogram = Counter(per_sentence.values())
        histogram[0] = self.size - len(per_sentence)
        return histogram


def units_of(text: str, kind: UnitKind) -> Units:
    """The units of one article's canonical text."""
    return CharacterUnits(text) if kind == "character" else SentenceUnits(text)


def _layer(encoded: object) -> Layer:
    assert isinstance(encoded, list)
    return encoded


def _bits(encoded: object) -> int:
    assert isinstance(encoded, int)
    return encoded
