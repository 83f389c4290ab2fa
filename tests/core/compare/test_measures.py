"""Figures measuring one thing in other units are compared as measures (round 110)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import relations
from desktop_app.core.compare.measures import (
    agreeing_figures,
    measured_alike,
    measured_apart,
    measures,
)
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import (
    related_both_ways,
    relations_both_ways,
    sentence_terms,
)


def _measured(text: str) -> list[tuple[str, float, list[str]]]:
    a, _ = sentence_terms(text, "Nothing else.")
    return [(m.dimension, round(m.size, 3), sorted(m.figures)) for m in measures(text, a.read)]


def test_a_figure_and_its_unit_are_a_measure() -> None:
    assert _measured("The water was 1.5 metres deep.") == [("length", 1.5, ["#1.5"])]
    assert _measured("The 58-metre blade fell.") == [("length", 58.0, ["#58"])]
    assert _measured("The 190ft blade fell.") == [("length", 57.912, ["#190"])]
    assert _measured("The water stood five feet deep.") == [("length", 1.524, ["#5"])]


def test_a_measure_in_two_units_is_one_measure() -> None:
    assert _measured("The hand is two metres and forty centimetres long.") == [
        ("length", 2.4, ["#2", "#40"])
    ]
    # a larger unit after a smaller one starts another measure
    assert _measured("It is 40 centimetres wide and 2 metres long.") == [
        ("length", 0.4, ["#40"]),
        ("length", 2.0, ["#2"]),
    ]


def test_money_and_a_glued_letter_are_no_measure() -> None:
    assert _measured("Its £140m programme put in 20,000 loggers.") == []
    assert _measured("The club paid 40m for him.") == []
    assert _measured("The wall is 40 cm thick.") == [("length", 0.4, ["#40"])]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # entry 100: the water around the tractor
        ("By the time the helicopter arrived, the water around the tractor was 1.5 metres deep.",
         "By the time help came, the water stood five feet deep around the tractor."),
        # entry 99: the clock's minute hand
        ("Made of cast iron sheathed in copper, the hand is 2.4 metres long and weighs about 90 "
         "kilograms.",
         "The hand is two metres and forty centimetres long and weighs as much as a grown man."),
        # entry 90: the telescope's mirror in Bhojpuri
        ("दूरबीन के शीशा 1.2 मीटर चौड़ा आ 3 टन भारी बा।",
         "१२० सेंटीमीटर चौड़ा आ तीन टन भारी ई शीशा पूरा जिला के गरब रहे।"),
        # a built pair: kilometres and miles
        ("The detour adds 16 kilometres to the journey.",
         "The detour adds ten miles to the journey."),
        # a duration: hours and minutes against hours (entry 71), hours against days
        ("The last riders reached the ground nearly three hours after the wheel stopped.",
         "It was two hours and fifty minutes before the last rider stepped off."),
        ("Farmers must report the damage within 72 hours.",
         "Farmers must report the damage within three days."),
    ],
)  # fmt: skip
def test_one_measure_in_other_units_is_no_contradiction(text_a: str, text_b: str) -> None:
    assert "contradicts" not in relations_both_ways(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # other units, another length
        ("The crack is 4 metres long.", "The crack is thirty feet long."),
        # the same unit: left to the figures
        ("The crack is 4 metres long.", "The crack is 5 metres long."),
        # two measures in two units, one of them told otherwise
        ("The hand is 2.4 metres long.", "The hand is two metres and ninety centimetres long."),
    ],
)  # fmt: skip
def test_measures_that_differ_still_contradict(text_a: str, text_b: str) -> None:
    assert relations_both_ways(text_a, text_b) == ("contradicts", "contradicts")


def test_a_difference_with_a_figure_of_no_agreeing_measure_stays() -> None:
    text_a = "The 4 metre crack was found by 12 engineers."
    text_b = "The thirteen feet crack was found by 15 engineers."
    a, b = sentence_terms(text_a, text_b)
    assert measured_alike("4 ≠ thirteen", a, b, text_a, text_b)
    assert not measured_alike("12 ≠ 15", a, b, text_a, text_b)
    assert not measured_alike("4 ≠ 15", a, b, text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # entry 10: a length and an age of one pier
        ("The 1,100-foot pier, opened in 1872, is one of the oldest surviving on the south "
         "coast.",
         "The 150-year-old pier, which opened in 1872, has starred in TV dramas."),
        # a built pair: a weight and a length of one crane
        ("The 40-tonne crane fell across the road.", "The 25-metre crane fell across the road."),
    ],
)  # fmt: skip
def test_measures_of_other_dimensions_are_no_contradiction(text_a: str, text_b: str) -> None:
    assert "contradicts" not in relations_both_ways(text_a, text_b)
    with patched(relations, "measured_apart", lambda *_: False):
        assert relations_both_ways(text_a, text_b) == ("contradicts", "contradicts")


def test_a_measure_against_a_figure_of_no_unit_is_not_set_apart() -> None:
    text_a = "The 4 metre crack was found by 12 engineers."
    text_b = "The crack was found by 13 people in 3 hours."
    a, b = sentence_terms(text_a, text_b)
    assert not measured_apart("4 ≠ 13", a, b, text_a, text_b)  # 13 people: no unit
    assert measured_apart("4 ≠ 3", a, b, text_a, text_b)  # a length and a duration
    assert measured_apart("3 ≠ 4", b, a, text_b, text_a)
    text_c = "The crack is 3 metres long."
    a, c = sentence_terms(text_a, text_c)
    assert not measured_apart("4 ≠ 3", a, c, text_a, text_c)  # two lengths


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("tractor_sands_morrowby", ("By the time the helicopter", "By the time help came")),
        ("spillway_hathersedge", ("The crack is around 4 metres", "The crack, I am told")),
        ("pier_saltmouth", ("The 1,100-foot pier", "The 150-year-old pier")),
    ],
)
def test_development_pairs_are_the_same_fact_both_ways(name: str, starts: tuple[str, str]) -> None:
    assert related_both_ways(load(name), starts) == ["same_fact", "same_fact"]


# feet under 1800: four digits from 1800 are read as a year (round 104)
@given(metres=st.integers(3, 540), feet_off=st.floats(-0.5, 0.5))
def test_a_length_converted_and_rounded_agrees_both_ways(metres: int, feet_off: float) -> None:
    feet = round(metres / 0.3048 + feet_off)
    text_a = f"The wall is {metres} metres high."
    text_b = f"The wall is {feet} feet high."
    a, b = sentence_terms(text_a, text_b)
    forward = agreeing_figures(measures(text_a, a.read), measures(text_b, b.read))
    backward = agreeing_figures(measures(text_b, b.read), measures(text_a, a.read))
    assert forward == backward[::-1]
    assert forward[0]
    assert forward[1]
    assert "contradicts" not in relations_both_ways(text_a, text_b)


@given(metres=st.integers(3, 270), factor=st.sampled_from([0.5, 0.8, 1.25, 2.0]))
def test_a_length_far_off_in_other_units_agrees_neither_way(metres: int, factor: float) -> None:
    feet = round(metres * factor / 0.3048)
    text_a = f"The wall is {metres} metres high."
    text_b = f"The wall is {feet} feet high."
    a, b = sentence_terms(text_a, text_b)
    assert agreeing_figures(measures(text_a, a.read), measures(text_b, b.read)) == (
        frozenset(),
        frozenset(),
    )
    assert agreeing_figures(measures(text_b, b.read), measures(text_a, a.read)) == (
        frozenset(),
        frozenset(),
    )
