"""Cutting overlapping annotations into elementary segments, each with the tags on it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

import msgspec


class Segment(msgspec.Struct, frozen=True):
    """A stretch ``[start, end)`` covered by the same annotations throughout."""

    start: int
    end: int
    tags: tuple[str, ...]  # tag ids present, in the order given by ``tag_order``
    annotations: tuple[str, ...]  # ids of the annotations covering it


def elementary_segments(
    spans: Iterable[tuple[int, int, str, Sequence[str]]],
    lo: int,
    hi: int,
    tag_order: dict[str, int],
) -> list[Segment]:
    """Split ``(start, end, annotation_id, tag_ids)`` spans, clipped to ``[lo, hi)``.

    Returns the covered stretches in order; uncovered gaps are omitted. Tags unknown to
    ``tag_order`` (or hidden by the caller removing them from it) are left out of
    ``Segment.tags`` but the annotation still counts as covering the stretch.
    """
    clipped = [
        (max(s, lo), min(e, hi), aid, tags) for s, e, aid, tags in spans if s < hi and e > lo
    ]
    if not clipped:
        return []
    cuts = sorted({p for s, e, _, _ in clipped for p in (s, e)})
    segments: list[Segment] = []
    for left, right in pairwise(cuts):
        covering = [(aid, tags) for s, e, aid, tags in clipped if s <= left and e >= right]
        if not covering:
            continue
        present = {t for _, tags in covering for t in tags if t in tag_order}
        ordered = tuple(sorted(present, key=tag_order.__getitem__))
        segments.append(Segment(left, right, ordered, tuple(aid for aid, _ in covering)))
    return segments
