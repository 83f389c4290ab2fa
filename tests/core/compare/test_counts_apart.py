"""Two sentences paired but not by their words, counting one thing far apart (round 194,
``counts_apart``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import counts_apart
from desktop_app.core.compare.align import UnitTerms, unit_terms
from desktop_app.core.compare.counts_apart import (
    COUNTS_APART_RATIO,
    counts_apart_pairs,
    counts_far_apart,
)
from desktop_app.core.compare.units import split_units
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import Pair, paired_both_ways, swapped


def _terms(sentence_a: str, sentence_b: str) -> tuple[UnitTerms, UnitTerms]:
    """The terms of two one-sentence texts, read as the engine reads them."""
    units_a, units_b = split_units(sentence_a), split_units(sentence_b)
    assert len(units_a) == len(units_b) == 1
    terms_a, terms_b = unit_terms((sentence_a, sentence_b), (units_a, units_b))
    return terms_a[0], terms_b[0]


def _counting(slot: str, *values: str, figures: tuple[str, ...] = ()) -> UnitTerms:
    """Terms that count ``slot`` with ``values`` (figure keys) and give ``figures``."""
    return UnitTerms(
        weights={},
        norm=1.0,
        surfaces={},
        specifics={f"qty:{slot}": {value: value[1:] for value in values}},
        total=0.0,
        figures=frozenset(figures),
    )


def test_counts_of_one_thing_far_apart_are_two_counts_both_ways() -> None:
    region, farmer = _terms(
        "The regency has 1,240 hectares of salt ponds.", "The farmer rents 2 hectares of ponds."
    )
    assert counts_far_apart(region, farmer)
    assert counts_far_apart(farmer, region)
    big, small = _terms(
        "The Corporation will build the humps at a cost of TT$48,500.",
        "The cement cost the neighbours about TT$3,200.",
    )
    assert counts_far_apart(big, small)
    assert counts_far_apart(small, big)


def test_a_count_moved_a_little_or_in_common_is_one_count_told_two_ways() -> None:
    houses, homes = _terms(
        "The water flooded 40 houses in the avenue.", "The water entered 32 houses."
    )
    assert not counts_far_apart(houses, homes)
    assert not counts_far_apart(homes, houses)
    same_a, same_b = _terms("Rescuers found 12 sheep alive.", "Only 12 sheep were alive.")
    assert not counts_far_apart(same_a, same_b)


def test_a_figure_or_a_measure_within_the_ratio_keeps_counts_together() -> None:
    # the counts of the one slot lie far apart, but another figure of A is close to B's
    assert counts_far_apart(_counting("ship", "#27000"), _counting("ship", "#60"))
    assert not counts_far_apart(
        _counting("ship", "#27000", figures=("#40",)), _counting("ship", "#60")
    )
    # one length in metres and in feet (no measure read): the figures are within the ratio
    eel_a, eel_b = _terms("The eel was 1.3 metres long.", "The eel was 4 feet long.")
    assert not counts_far_apart(eel_a, eel_b)
    # one length in metres and kilometres: the figures lie far apart, the measures do not
    metres, kilometres = _terms(
        "The runway is 2,000 metres long.", "The runway is 2.2 kilometres long."
    )
    assert metres.measures
    assert kilometres.measures
    assert not counts_far_apart(metres, kilometres)
    assert not counts_far_apart(kilometres, metres)


def test_no_slot_counted_on_both_sides_is_never_far_apart() -> None:
    assert not counts_far_apart(_counting("ship", "#27000"), _counting("boat", "#6"))
    only_a, only_b = _terms("The fire destroyed 86 stalls.", "The market burned on Tuesday.")
    assert not counts_far_apart(only_a, only_b)


def test_the_ratio_decides_and_an_infinite_one_keeps_every_pair() -> None:
    a, b = _counting("ton", "#8"), _counting("ton", "#30")
    assert counts_far_apart(a, b, ratio=3.0)
    assert not counts_far_apart(a, b, ratio=4.0)
    assert not counts_far_apart(a, b, ratio=float("inf"))
    with patched(counts_apart, "COUNTS_APART_RATIO", 3.0):
        assert counts_far_apart(a, b)
    assert COUNTS_APART_RATIO == 4.0
    assert not counts_far_apart(a, b)


def test_only_pairs_not_chosen_by_their_words_are_dropped_both_ways() -> None:
    pairs: list[Pair] = [(0, 0), (1, 2), (3, 3), (4, 5)]
    chosen = {(0, 0), (3, 3)}
    far = {(0, 0), (1, 2), (4, 5)}
    found = counts_apart_pairs(pairs, lambda i, j: (i, j) in chosen, lambda i, j: (i, j) in far)
    assert found == [(1, 2), (4, 5)]
    mirrored = counts_apart_pairs(
        swapped(pairs),
        lambda j, i: (i, j) in chosen,
        lambda j, i: (i, j) in far,
    )
    assert swapped(mirrored) == found


_KEYS = st.sampled_from(["#2", "#6", "#9", "#12", "#40", "#300", "#1240", "#48500"])


@given(
    st.lists(_KEYS, min_size=1, max_size=3),
    st.lists(_KEYS, min_size=1, max_size=3),
    st.lists(_KEYS, max_size=2),
    st.floats(min_value=1.0, max_value=20.0),
    st.floats(min_value=1.0, max_value=20.0),
)
def test_far_apart_is_symmetric_and_fewer_pairs_are_far_at_a_larger_ratio(
    values_a: list[str], values_b: list[str], figures: list[str], low: float, high: float
) -> None:
    low, high = sorted((low, high))
    a = _counting("thing", *values_a, figures=tuple(figures))
    b = _counting("thing", *values_b)
    assert counts_far_apart(a, b, low) == counts_far_apart(b, a, low)
    if counts_far_apart(a, b, high):
        assert counts_far_apart(a, b, low)
    if set(values_a) & set(values_b):
        assert not counts_far_apart(a, b, low)


def test_development_pairs_are_left_unpaired_both_ways_and_paired_without_the_rule() -> None:
    for name, starts in (
        ("garam_paladingang", ("Kabupaten Jeneponto anggappai", "Mingka nakana Daeng Kanang")),
        ("speedbumps_sancoche", ("The Corporation will build three", "The cement and sand")),
    ):
        truth = load(name)
        assert paired_both_ways(truth, starts) == [False, False], name
        with patched(counts_apart, "COUNTS_APART_RATIO", float("inf")):
            assert paired_both_ways(truth, starts) == [True, True], name
