"""A clock time told in words, twelve hours on, pairs as a close time does (round 111)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.core.compare import align
from desktop_app.core.compare.align import NEAR_FIGURE_BONUS, twelve_hours_on
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways
from tests.core.compare.sentence_pairs import bonus_both_ways


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # entry 49: the same minute, the digits hedged
        ("The last passengers reached the quay at about 4.40pm.",
         "The last of them stepped ashore at twenty to five, cold but cheerful."),
        # entry 42: half an hour apart, a contradiction
        ("The blaze was reported at 7.45 p.m. by a passing driver.",
         "The alarm was raised at a quarter past eight by a passing driver."),
        # a built pair: a 24-hour time
        ("The ferry left the harbour at 18:40 with forty cars.",
         "The ferry left the harbour at twenty to seven with forty cars."),
    ],
)  # fmt: skip
def test_a_time_in_words_meets_the_other_time_twelve_hours_on(text_a: str, text_b: str) -> None:
    assert bonus_both_ways("twelve_hours_on", text_a, text_b) == [
        NEAR_FIGURE_BONUS,
        NEAR_FIGURE_BONUS,
    ]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # both in digits: each names its half of the day
        ("The ferry left the harbour at 6.40am with forty cars.",
         "The ferry left the harbour at 6.40pm with forty cars."),
        # in words, but more than half an hour from the other time twelve hours on
        ("The ferry left the harbour at twenty to seven with forty cars.",
         "The ferry left the harbour at 7.40pm with forty cars."),
        # one word may carry its part of the day (Swahili "saa nane usiku")
        ("Feri iliondoka saa nane usiku ikiwa na magari arobaini.",
         "Feri iliondoka saa 14:00 ikiwa na magari arobaini."),
    ],
)  # fmt: skip
def test_times_that_name_their_half_or_stand_apart_get_no_bonus(text_a: str, text_b: str) -> None:
    assert bonus_both_ways("twelve_hours_on", text_a, text_b) == [0.0, 0.0]


def test_only_a_time_in_several_words_without_digits_is_read_twelve_hours_on() -> None:
    assert twelve_hours_on({"4:40": "twenty to five"}, {"~16:40": "4.40pm"}, 30)
    assert twelve_hours_on({"~16:40": "4.40pm"}, {"4:40": "twenty to five"}, 30)
    assert twelve_hours_on({"8:15": "a quarter past eight"}, {"19:45": "7.45 p.m."}, 30)
    assert not twelve_hours_on({"8:15": "a quarter past eight"}, {"19:45": "7.45 p.m."}, 0)
    assert not twelve_hours_on({"4:40": "04.40"}, {"16:40": "4.40pm"}, 30)
    assert not twelve_hours_on({"2:00": "nane"}, {"14:00": "2pm"}, 30)
    # the relation's reading (round 103): the same minute, neither time given roughly
    assert not twelve_hours_on({"4:40": "twenty to five"}, {"~16:40": "4.40pm"}, 0, hedged=False)
    assert twelve_hours_on({"4:40": "twenty to five"}, {"16:40": "4.40pm"}, 0, hedged=False)


@example(hour=4, minute=40, other=16 * 60 + 40, tolerance=0)  # twelve hours on: met
@example(hour=8, minute=15, other=19 * 60 + 45, tolerance=30)  # half an hour before it
@given(
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    other=st.integers(0, 24 * 60 - 1),
    tolerance=st.sampled_from([0, 30]),
)
def test_the_rule_is_symmetric_and_meets_only_the_words_twelve_hours_on(
    hour: int, minute: int, other: int, tolerance: int
) -> None:
    worded = {f"{hour}:{minute:02d}": "twenty to five"}
    digits = {f"{other // 60}:{other % 60:02d}": f"{other // 60}.{other % 60:02d}"}
    met = twelve_hours_on(worded, digits, tolerance)
    assert met == twelve_hours_on(digits, worded, tolerance)
    morning = hour * 60 + minute
    assert met == (morning < 12 * 60 and abs(morning + 12 * 60 - other) <= tolerance)


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("cruiser_ottersey", ("The last passengers reached the quay", "The last of them stepped")),
        ("silo_brackenford", ("The blaze was reported at 7.45", "The alarm was raised at a")),
    ],
)
def test_the_engine_pairs_development_times_told_twelve_hours_apart_both_ways(
    name: str, starts: tuple[str, str]
) -> None:
    assert paired_both_ways(load(name), starts) == [True, True]
    with patched(align, "twelve_hours_on", lambda *_, **__: False):
        assert paired_both_ways(load(name), starts) == [False, False]
