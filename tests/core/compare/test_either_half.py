"""A clock time told in words names no half of the day (round 103)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.core.compare.relations import either_half_of_the_day
from tests.core.compare.sentence_pairs import relations_both_ways


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # entry 100: the call at 4.10pm and the walker who phoned at ten past four
        ("The coastguard received a 999 call at 4.10pm from a walker on the sea wall.",
         "The walker who saw him from the sea wall phoned at ten past four."),
        # a built pair: a 24-hour time against the same time in words
        ("The hovercraft left Marlsey slipway at 18:40 on its crossing.",
         "The hovercraft left Marlsey slipway at twenty to seven on its crossing."),
    ],
)  # fmt: skip
def test_a_time_in_words_agrees_with_the_same_time_in_the_afternoon(
    text_a: str, text_b: str
) -> None:
    assert "contradicts" not in relations_both_ways(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # both in digits: the half of the day is told
        ("The call came at 4.10am from a walker on the sea wall.",
         "The call came at 4.10pm from a walker on the sea wall."),
        # in words, but not twelve hours apart
        ("The walker phoned at ten past four from the sea wall.",
         "The walker phoned at 5.10pm from the sea wall."),
    ],
)  # fmt: skip
def test_times_that_name_their_half_or_differ_otherwise_still_contradict(
    text_a: str, text_b: str
) -> None:
    assert relations_both_ways(text_a, text_b) == ("contradicts", "contradicts")


def test_only_several_words_without_digits_name_no_half() -> None:
    assert either_half_of_the_day({"4:10": "ten past four"}, {"16:10": "4.10pm"})
    assert either_half_of_the_day({"16:10": "4.10pm"}, {"4:10": "ten past four"})
    assert not either_half_of_the_day({"4:10": "04:10"}, {"16:10": "4.10pm"})
    assert not either_half_of_the_day({"2:00": "nane"}, {"14:00": "2pm"})  # one word
    assert not either_half_of_the_day({"~4:10": "about ten past four"}, {"16:10": "4.10pm"})


@example(hour=16, minute=10, other=4 * 60 + 10, worded=True)  # the words are the later
@example(hour=4, minute=10, other=16 * 60 + 10, worded=True)  # twelve hours on: agree
@given(
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    other=st.integers(0, 24 * 60 - 1),
    worded=st.booleans(),
)
def test_the_rule_is_symmetric(hour: int, minute: int, other: int, worded: bool) -> None:
    mine = {f"{hour}:{minute:02d}": "ten past four" if worded else f"{hour}.{minute:02d}"}
    theirs = {f"{other // 60}:{other % 60:02d}": f"{other // 60}.{other % 60:02d}"}
    assert either_half_of_the_day(mine, theirs) == either_half_of_the_day(theirs, mine)
    twelve_hours_on = other - (hour * 60 + minute) == 12 * 60  # the words tell the morning
    assert either_half_of_the_day(mine, theirs) == (worded and twelve_hours_on)
