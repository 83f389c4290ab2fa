"""Pairs of two sentences that are each paired better elsewhere: one topic, not one fact."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping

from desktop_app.core.compare.align import COUNTING_KEYS, UnitTerms
from desktop_app.core.compare.neighbours import SPECIFIC_KEYS

#: A pair whose two sentences both have another partner scoring more (the word cosine),
#: that shares no figure, date, weekday or clock time, with both sentences at least this
#: far into their texts (0 first, 1 last), is dropped: past the openings, a sentence that
#: tells its fact with one partner and meets a second sentence, itself telling its own fact
#: with another, shares the story's words with it (a name and a title, the union, the
#: pipes), not a fact ("Board chair Rosa Delgado said the authority faced a $48 million
#: operating gap" against "Without the increase, chair Rosa Delgado warned, 14 routes would
#: have lost service"; the Mooré ministry's official on the repair's cost against the
#: minister's promise; the Livonian helicopter's fourteen fishermen against the rescue
#: boat's three). Most such pairs were added beside a partner (``next_partner_pairs``).
#: Round 76, tests/compare_data/README.md entry 76, on all 320 development pairs, in
#: sample: 72 pairs fewer, 59 of them false (3,111 -> 3,099 true pairs found), pair F1
#: 0.8039 -> 0.8083 (precision 0.853 -> 0.867, recall 0.760 -> 0.757); in the openings such
#: pairs are true far more often (a lead sentence tells several facts that the other text
#: spreads over several sentences): from the first sentence, 104 fewer, 70 false, F1
#: 0.8062; from 0.05, 0.15, 0.2 and 0.3, F1 0.8081, 0.8082, 0.8078 and 0.8064; so are pairs
#: sharing a figure or a moment (without that condition, from 0.1: F1 0.8076). Leaving one
#: pair out (over these places and off): F1 0.8070.
CROSSING_PLACE = 0.1


def crossing_pairs(
    selected: Mapping[tuple[int, int], float],
    sizes: tuple[int, int],
    shares_specific: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """Pairs ``(i, j)`` of ``selected`` (units to their scores) each of whose sentences has
    another partner that scores more, both standing ``CROSSING_PLACE`` or more into texts
    of ``sizes`` units, for which ``shares_specific(i, j)`` is false.

    Judged on ``selected`` as given, so the result does not depend on its order, and a
    tie with another partner keeps the pair: swapping the texts swaps the result. Sorted.
    """
    best_a: dict[int, float] = defaultdict(float)
    best_b: dict[int, float] = defaultdict(float)
    for (i, j), score in selected.items():
        best_a[i] = max(best_a[i], score)
        best_b[j] = max(best_b[j], score)
    return sorted(
        (i, j)
        for (i, j), score in selected.items()
        if score < best_a[i]
        and score < best_b[j]
        and both_past(CROSSING_PLACE, (i, j), sizes)
        and not shares_specific(i, j)
    )


def both_past(place: float, pair: tuple[int, int], sizes: tuple[int, int]) -> bool:
    """Whether both units of ``pair`` stand ``place`` or more into texts of ``sizes`` units
    (0 first, 1 last)."""
    (i, j), (count_a, count_b) = pair, sizes
    return i / max(1, count_a - 1) >= place and j / max(1, count_b - 1) >= place


def specific_in_common(a: UnitTerms, b: UnitTerms) -> bool:
    """Whether two units share a figure, a date, a weekday or a clock time (not merely that
    a date or a time is given, ``@has:``, nor what a number counts, ``qty:``)."""
    return any(
        key.startswith(SPECIFIC_KEYS) and not key.startswith(COUNTING_KEYS)
        for key in a.weights.keys() & b.weights.keys()
    )


def specific_or_given_in_common(a: UnitTerms, b: UnitTerms) -> bool:
    """Whether two units share a figure, a date, a weekday or a clock time, or both merely give
    a moment (``@has:``) or count the same thing (``qty:``): they may tell one fact two ways
    ("… väntas på torsdag." / "… väntas på onsdag.")."""
    return any(key.startswith(SPECIFIC_KEYS) for key in a.weights.keys() & b.weights.keys())


#: The moments two sentences may tell two ways, each kind (a key saying one is given) with
#: the keys of its values: a day, a clock time, a month; not a year (two years tell two
#: events, ``engine.YEARS_APART_SCORE``).
TOLD_APART_MOMENTS = {"@has:day": "@day:", "@has:time": "@time:", "@has:month": "@month:"}


def moments_told_apart(a: UnitTerms, b: UnitTerms) -> bool:
    """Whether two units each name one moment of a kind both give (a day, a clock time, a
    month; not a year) and share no figure, date, weekday or clock time: one moment told two
    ways, as a contradiction tells it ("… expects to publish its findings by 18 December." /
    "Investigators are due to report by 8 January."), not two sentences that merely share
    the story's words. A range or a list ("between 6am and 9am") tells something else. The
    rules that drop a pair for no fact in common (late, far, crossing, the story's words)
    spare it. Round 93, on all 352 development pairs: 5 true contradictions more, none
    false."""
    if specific_in_common(a, b):
        return False
    return any(
        given in a.weights
        and given in b.weights
        and _value_count(a, prefix) == 1
        and _value_count(b, prefix) == 1
        for given, prefix in TOLD_APART_MOMENTS.items()
    )


def _value_count(terms: UnitTerms, prefix: str) -> int:
    """How many values of one kind a unit names (its keys starting ``prefix``, "@day:")."""
    return sum(1 for key in terms.weights if key.startswith(prefix))
