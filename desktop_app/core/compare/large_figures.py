"""Large figures two sentences alone give: one fact, wherever the two sentences stand."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from desktop_app.core.compare.align import UnitTerms, counts_other_things

#: A figure of at least this much, given exactly (not "thousands of"), that one sentence
#: alone gives in each text and in the same measure (money, a percent or a count on both
#: sides), ties the two sentences as a fact in common: the crowd, the passengers a year, a
#: cost ("Around 12,000 people attended this year's carnival" / "Twelve thousand of us
#: lined the streets on Saturday"; "2,5 miljonit reisijat" / "kaks ja pool miljonit
#: inimest"; "9,000 visitors" / "nine thousand people"). Such a pair is kept even where a
#: weak pair is dropped, late in both texts (``left_out.late_weak_pairs``) or far from
#: every other pair (``neighbours.lone_pairs``): the rest of the two sentences is told in
#: other words, so their cosine is low. Smaller counts recur by chance in one story ("600
#: homes", "600 people"; round 53's weak anchors), years are decoys of earlier events (but
#: for old history, ``HISTORY_BEFORE``). Round 84, tests/compare_data/README.md entry 84,
#: on all 336 development pairs: 4 true pairs more, none false (F1 0.8178 -> 0.8184 with
#: the currencies read); from 100, 1 true and 2 false more; from 10,000, 2 true fewer;
#: leaving one pair out, 1,000 for 334 of the 336.
LARGE_FIGURE = 1000.0
#: A year before this, that two sentences alone give, ties them as a large figure does: one
#: piece of old history both tell ("The 1,100-foot pier, opened in 1872, …" / "The
#: 150-year-old pier, which opened in 1872, …"). Such years were read as figures until round
#: 104 read years from 1800 (``terms._YEARS``); the decoys of earlier events that make
#: recent years no tie are recent (a similar fire in 2019). Round 104,
#: tests/compare_data/README.md entry 104: it keeps the pier's pair; every year alone
#: instead moves no pair of the set.
HISTORY_BEFORE = 1900


def figure_value(key: str) -> float | None:
    """The value of a figure's key ("#12000" -> 12000.0), or None when it is no number."""
    try:
        return float(key[1:])
    except ValueError:
        return None


def large_figures_alone(units: Sequence[UnitTerms]) -> dict[int, frozenset[str]]:
    """The figures of ``LARGE_FIGURE`` or more that a unit gives exactly and that no other
    unit of its text gives, and its years before ``HISTORY_BEFORE`` that no other unit of
    its text gives (as figure keys, "#1872"), by the unit's index (the units that give none
    left out)."""
    holders = Counter(key for unit in units for key in unit.figures)
    years = Counter(year for unit in units for year in unit.specifics.get("year", {}))
    found: dict[int, frozenset[str]] = {}
    for k, unit in enumerate(units):
        alone = frozenset(
            key
            for key in unit.figures
            if holders[key] == 1
            and key not in unit.scales
            and (figure_value(key) or 0.0) >= LARGE_FIGURE
        ) | frozenset(
            "#" + year
            for year in unit.specifics.get("year", {})
            if years[year] == 1 and int(year) < HISTORY_BEFORE
        )
        if alone:
            found[k] = alone
    return found


def same_large_figure(
    figures: tuple[frozenset[str], frozenset[str]], terms: tuple[UnitTerms, UnitTerms]
) -> bool:
    """Whether two units share a figure of ``large_figures_alone``, in the same measure."""
    a, b = terms
    return any(not counts_other_things(key, a, b) for key in figures[0] & figures[1])
