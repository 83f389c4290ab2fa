"""Two counts of one unit of mass or length written two ways ("kg", "kilos") fill one slot."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import unit_amounts
from desktop_app.core.compare.relations import relation_of
from desktop_app.core.compare.unit_amounts import one_unit_two_ways
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import detailed_both_ways, mirrored_label, sentence_terms


def test_one_unit_under_two_keys_meets_and_other_units_do_not() -> None:
    assert one_unit_two_ways("qty:kg", "qty:kilo")
    assert one_unit_two_ways("qty:kilo", "qty:kg")
    assert one_unit_two_ways("qty:km", "qty:kilóme")
    assert not one_unit_two_ways("qty:kg", "qty:kg")  # one key meets already
    assert not one_unit_two_ways("qty:kg", "qty:km")  # two kinds
    assert not one_unit_two_ways("qty:km", "qty:mm")  # one kind, two sizes
    assert not one_unit_two_ways("qty:kg", "qty:fish")  # no unit
    assert not one_unit_two_ways("year", "qty:kg")
    # units of time are left out: their short keys are everyday words ("men", minutes)
    assert not one_unit_two_ways("qty:minut", "qty:men")
    with patched(unit_amounts, "UNITS_SPELT_TWO_WAYS_MEET", False):
        assert not one_unit_two_ways("qty:kg", "qty:kilo")


@pytest.mark.parametrize(
    ("first", "second", "shown"),
    [
        (
            "Officers weighed 1,240 kg of octopus landed by the fishers on Monday.",
            "Officers counted 1,640 kilos by the end of the morning on Monday.",
            "1,240 ≠ 1,640",
        ),
        (
            "Los vecinos arrastraron el tronco durante 3.5 km hasta la plaza.",
            "Los vecinos arrastraron el tronco por 5 kilómetros de camino de terracería.",
            "3.5 ≠ 5",
        ),
    ],
)
def test_built_pairs_contradict_both_ways_and_not_off(first: str, second: str, shown: str) -> None:
    a, b = sentence_terms(first, second)
    assert mirrored_label(first, second, (True, True)) == ("contradicts", None)
    assert shown in relation_of(a, b, first, second, shares_quote=False)[2]
    with patched(unit_amounts, "UNITS_SPELT_TWO_WAYS_MEET", False):
        assert mirrored_label(first, second, (True, True))[0] != "contradicts"


def test_the_same_amount_in_the_two_spellings_agrees() -> None:
    assert mirrored_label(
        "Officers weighed 1,240 kg of octopus landed by the fishers on Monday.",
        "Officers counted 1,240 kilos by the end of the morning on Monday.",
        (True, True),
    )[0] in {"same_fact", "near_copy"}


def test_development_pair_contradicts_both_ways_and_not_off() -> None:
    # entry 202, Mauritian English: 1,240 kg of octopus against 1,640 kilos
    starts = ("At the Anse Corail fish landing station", "The fisheries officers counted")
    truth = load("ourite_ansecorail")
    assert detailed_both_ways(truth, starts) == [("contradicts", None)] * 2
    with patched(unit_amounts, "UNITS_SPELT_TWO_WAYS_MEET", False):
        assert all(label[0] != "contradicts" for label in detailed_both_ways(truth, starts))


@given(
    # below the years (a figure from 1800 to 2100 with no separator is read as one)
    first=st.integers(min_value=11, max_value=1_799),
    second=st.integers(min_value=11, max_value=1_799),
    spelling=st.sampled_from(["kilos", "kilograms"]),
)
def test_two_weights_contradict_exactly_when_they_differ_and_it_mirrors(
    first: int, second: int, spelling: str
) -> None:
    text_a = f"Officers weighed {first} kg of octopus landed by the fishers on Monday."
    text_b = f"Officers counted {second} {spelling} by the end of the morning on Monday."
    relation, _ = mirrored_label(text_a, text_b, (True, True))
    if first == second:
        assert relation != "contradicts"
    elif abs(first - second) > 0.05 * max(first, second):  # not a figure told roughly
        assert relation == "contradicts"
    with patched(unit_amounts, "UNITS_SPELT_TWO_WAYS_MEET", False):
        # off, two figures far apart in units met nowhere are never compared
        off, _ = mirrored_label(text_a, text_b, (True, True))
        assert off != "contradicts" or abs(first - second) <= 0.3 * max(first, second)
