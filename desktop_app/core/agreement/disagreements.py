"""Where two annotators' codings of one article differ: spans with the codes only one gave.

One sweep over the span boundaries of both codings (no loop over characters): between two
boundaries each annotator's set of codes is constant, so a stretch is a disagreement when
the sets differ. Stretches that touch, or are parted only by white space, and carry the
same difference, become one; white space at their edges is left out (units of agreement
are non-whitespace characters).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

#: An annotation as the sweep sees it: (start, end, code ids), code points, end-exclusive.
Span = tuple[int, int, Sequence[str]]


@dataclass(frozen=True, slots=True)
class Disagreement:
    """``[start, end)`` where the codes differ: those only A gave, those only B gave."""

    start: int
    end: int
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]


def disagreements(
    text: str, a: Iterable[Span], b: Iterable[Span], code_order: Sequence[str] = ()
) -> list[Disagreement]:
    """Every stretch of ``text`` where coding ``a`` and coding ``b`` carry different codes,
    in text order; codes are listed in ``code_order`` (unknown ones after, by id)."""
    rank = {code: number for number, code in enumerate(code_order)}
    events: dict[int, list[tuple[int, str, int]]] = {}
    for side, spans in ((0, a), (1, b)):
        for start, end, codes in spans:
            start, end = max(0, start), min(len(text), end)
            if start >= end:
                continue
            for code in codes:
                events.setdefault(start, []).append((side, code, 1))
                events.setdefault(end, []).append((side, code, -1))
    if not events:
        return []
    counts: tuple[Counter[str], Counter[str]] = (Counter(), Counter())
    cuts = sorted(events)
    found: list[Disagreement] = []
    for left, right in pairwise(cuts):
        for side, code, step in events[left]:
            counts[side][code] += step
        have_a = {code for code, n in counts[0].items() if n > 0}
        have_b = {code for code, n in counts[1].items() if n > 0}
        if have_a == have_b:
            continue
        start, end = _trimmed(text, left, right)
        if start == end:
            continue

        def order(code: str) -> tuple[int, str]:
            return rank.get(code, len(rank)), code

        only_a = tuple(sorted(have_a - have_b, key=order))
        only_b = tuple(sorted(have_b - have_a, key=order))
        previous = found[-1] if found else None
        if (
            previous is not None
            and (previous.only_a, previous.only_b) == (only_a, only_b)
            and not text[previous.end : start].strip()
        ):
            found[-1] = Disagreement(previous.start, end, only_a, only_b)
        else:
            found.append(Disagreement(start, end, only_a, only_b))
    return found


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
