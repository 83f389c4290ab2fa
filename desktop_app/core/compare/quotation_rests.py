"""The rest of a quotation told over several sentences, joined to the pair of its paired start."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence

from desktop_app.core.compare.quotes import find_quotations
from desktop_app.core.compare.units import Unit

#: Whether an unpaired sentence that continues a quotation a paired sentence opened is read
#: as part of that pair's span (round 162).
JOIN_QUOTATION_RESTS = True
#: … when the quotation runs over at least this many sentences. On the 496 development pairs
#: the truth pairs the rest of a quotation of three sentences or more with its paired start
#: every time (12 quotations, 15 sentences, entries 116, 131 and 140); the second sentence of
#: a quotation of two it pairs so 18 times (entries 8-140) and leaves only-A / only-B 13 times
#: (9 true only-spans, entries 5-58): from 2, only-A recall 0.9305 -> 0.9249 for character
#: precision 0.8114 -> 0.8159; from 3, recall unchanged and 0.8114 -> 0.8128.
QUOTATION_SENTENCES = 3


def quotation_rests(text: str, units: Sequence[Unit], paired: Collection[int]) -> dict[int, int]:
    """For each unit of ``text`` in no pair (``paired``: the indices of the paired ones) that a
    quotation over ``QUOTATION_SENTENCES`` sentences or more runs into from an earlier paired
    unit, the index of the nearest such paired unit before it: "She said: “We are sorry. |
    We will find out what went wrong. | We will tell the families first.”" The later
    sentences go on with the statement the first one opens, so they are told with that
    one's pair, not left only in their text."""
    if not JOIN_QUOTATION_RESTS or not units:
        return {}
    rests: dict[int, int] = {}
    starts = [unit.start for unit in units]
    for quotation in find_quotations(text):
        inside: list[int] = []
        for k in range(max(0, bisect_right(starts, quotation.start) - 1), len(units)):
            if units[k].start >= quotation.end:
                break
            if units[k].end > quotation.start:
                inside.append(k)
        if len(inside) < max(2, QUOTATION_SENTENCES):
            continue
        host: int | None = None
        for k in inside:
            if k in paired:
                host = k
            elif host is not None:
                rests.setdefault(k, host)
    return rests
