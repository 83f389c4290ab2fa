"""Interval index for one article: which annotations touch a range, fast.

Annotations are filed into fixed-size buckets of code points; a range query visits only
the buckets it covers. Adding or removing one annotation touches ``len // BUCKET + 1``
buckets, so the cost does not grow with the number of annotations in the article, and a
long annotation cannot slow every query down (as a "maximum span" bisect would).
"""

from __future__ import annotations

from collections.abc import Iterator

BUCKET = 2048


class IntervalIndex:
    """Maps ids to half-open ranges ``[start, end)`` and answers overlap queries."""

    __slots__ = ("_buckets", "_spans")

    def __init__(self) -> None:
        self._spans: dict[str, tuple[int, int]] = {}
        self._buckets: dict[int, set[str]] = {}

    def __len__(self) -> int:
        return len(self._spans)

    def __contains__(self, key: object) -> bool:
        return key in self._spans

    @staticmethod
    def _bucket_range(start: int, end: int) -> range:
        # An empty span still lives in the bucket of its start, so it can be found.
        return range(start // BUCKET, max(start, end - 1) // BUCKET + 1)

    def add(self, key: str, start: int, end: int) -> None:
        """File ``key`` under ``[start, end)``; re-adding a key moves it."""
        if key in self._spans:
            self.remove(key)
        self._spans[key] = (start, end)
        buckets = self._buckets
        for b in self._bucket_range(start, end):
            bucket = buckets.get(b)
            if bucket is None:
                buckets[b] = {key}
            else:
                bucket.add(key)

    def add_many(self, items: list[tuple[str, int, int]]) -> None:
        """File many ``(key, start, end)`` at once (loading a project): ``add`` in a tight loop."""
        spans = self._spans
        buckets = self._buckets
        for key, start, end in items:
            if key in spans:
                self.remove(key)
            spans[key] = (start, end)
            first = start // BUCKET
            last = max(start, end - 1) // BUCKET
            for b in range(first, last + 1):
                bucket = buckets.get(b)
                if bucket is None:
                    buckets[b] = {key}
                else:
                    bucket.add(key)

    def remove(self, key: str) -> None:
        """Forget ``key``; unknown keys are ignored."""
        span = self._spans.pop(key, None)
        if span is None:
            return
        for b in self._bucket_range(*span):
            bucket = self._buckets.get(b)
            if bucket is not None:
                bucket.discard(key)
                if not bucket:
                    del self._buckets[b]

    def span(self, key: str) -> tuple[int, int]:
        """The range filed for ``key``."""
        return self._spans[key]

    def overlapping(self, start: int, end: int) -> list[str]:
        """Keys whose range overlaps ``[start, end)``, ordered by (start, end, key).

        A zero-width query (``start == end``) returns the ranges containing that point.
        """
        found: set[str] = set()
        spans = self._spans
        for b in self._bucket_range(start, end):
            bucket = self._buckets.get(b)
            if not bucket:
                continue
            for key in bucket:
                s, e = spans[key]
                if (s < end and e > start) or (start == end and s <= start < e):
                    found.add(key)
        return sorted(found, key=lambda k: (*spans[k], k))

    def __iter__(self) -> Iterator[str]:
        return iter(self._spans)
