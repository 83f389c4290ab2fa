"""Two sentences paired but not by their words, counting one thing far apart: two counts."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from desktop_app.core.compare.align import UnitTerms, figures_close
from desktop_app.core.compare.lede_counts import COUNT_PREFIX

#: Two sentences that a rule paired by where they stand or by a value (beside a pair, next to
#: a partner, a lone figure, a slot), not the selection by their words, and that count one
#: thing (a ``qty:`` slot both fill) with no count in common and no figure or measure of one
#: within this factor of one of the other, tell two counts of one topic, not one fact told
#: two ways: the regency's 1,240 hectares of salt ponds and one farmer's 2 hectares, the
#: Corporation's TT$48,500 and the neighbours' TT$3,200, a dictionary's 4,300 words and the
#: 300 people at its launch. A writer who contradicts a count moves it a little (40 houses /
#: 32 homes, 4,212 signatures / more than 5,000, 11 / twelve injured). Round 194,
#: tests/compare_data/README.md entry 194, on all 560 development pairs: 9 false pairs fewer
#: (184-185 4, 176-177 2, 164-165 1), 1 true lost (``urubura_mwumba``, 2,000 kilos against two
#: tonnes in a unit no table reads); from 2.5, 10 false and 6 true; from 10, 4 false and 1 true.
COUNTS_APART_RATIO = 4.0


def _counts(terms: UnitTerms) -> set[str]:
    """The figure keys a sentence counts with or gives as figures (not years, not times)."""
    found = set(terms.figures)
    for slot, values in terms.specifics.items():
        if slot.startswith(COUNT_PREFIX):
            found.update(values)
    return found


def counts_far_apart(a: UnitTerms, b: UnitTerms, ratio: float | None = None) -> bool:
    """Whether the two sentences count one thing (a ``qty:`` slot both fill), give no count
    of it in common, and no figure or measure of one lies within ``ratio`` (by default
    ``COUNTS_APART_RATIO``; infinite: never) of one of the other's. Symmetric."""
    if ratio is None:
        ratio = COUNTS_APART_RATIO
    slots = [
        slot for slot in a.specifics.keys() & b.specifics.keys() if slot.startswith(COUNT_PREFIX)
    ]
    if not slots:
        return False
    if any(not a.specifics[slot].keys().isdisjoint(b.specifics[slot]) for slot in slots):
        return False
    counts_b = _counts(b)
    if any(figures_close(x, y, ratio) for x in _counts(a) for y in counts_b):
        return False
    return not any(
        kind_a == kind_b and _within(float(x), float(y), ratio)
        for kind_a, _, x in a.measures
        for kind_b, _, y in b.measures
    )


def _within(x: float, y: float, ratio: float) -> bool:
    """Whether two positive amounts lie within ``ratio`` of each other."""
    low, high = sorted((x, y))
    return low > 0 and high <= ratio * low


def counts_apart_pairs(
    pairs: Iterable[tuple[int, int]],
    chosen_by_words: Callable[[int, int], bool],
    far_apart: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """The pairs of units that the selection did not choose by their words and whose counts
    lie far apart (``far_apart``, as ``counts_far_apart``): to drop. Sorted."""
    return sorted((i, j) for i, j in pairs if not chosen_by_words(i, j) and far_apart(i, j))
