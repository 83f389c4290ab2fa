"""A rough clock time agrees with another at most ``ROUGH_TIME_MINUTES`` from it (round 181)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import align
from desktop_app.core.compare.align import ROUGH_TIME_MINUTES, times_agree
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import related_both_ways, relations_both_ways

_ROUGH = "The parrot flew out at about 8.40am."
_TEN_PAST = "The parrot was seen leaving at ten past nine."


def test_half_an_hour_from_a_rough_time_contradicts_both_ways() -> None:
    assert relations_both_ways(_ROUGH, _TEN_PAST) == ("contradicts", "contradicts")
    with patched(align, "ROUGH_TIME_MINUTES", 30):
        assert relations_both_ways(_ROUGH, _TEN_PAST) == ("same_fact", "same_fact")


def test_twenty_minutes_from_a_rough_time_still_agree() -> None:
    rough = "The parrot flew out at about 8.50am."
    assert relations_both_ways(rough, _TEN_PAST) == ("same_fact", "same_fact")


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        # entry 91: "at about 8.40am" against "at ten past nine"
        ("parrot_cullerby", ("The bird, a male", "He was seen leaving")),
        # entry 91, Kumyk: "сагьат 7:30-да" against "сагьат сегизде", at eight
        ("qoy_temirqala", ("Оьзенни бузу", "Арбагюн Сулакъны")),
    ],
)  # fmt: skip
def test_development_pairs_contradict_both_ways_and_not_at_thirty_minutes(
    name: str, starts: tuple[str, str]
) -> None:
    assert related_both_ways(load(name), starts) == ["contradicts"] * 2
    with patched(align, "ROUGH_TIME_MINUTES", 30):
        assert "contradicts" not in related_both_ways(load(name), starts)


@given(st.integers(0, 23), st.integers(0, 59), st.integers(-120, 120))
def test_a_rough_time_agrees_within_the_minutes_and_not_beyond(
    hour: int, minute: int, gap: int
) -> None:
    other = (hour * 60 + minute + gap) % (24 * 60)
    rough = {f"~{hour}:{minute:02d}": ""}
    exact = {f"{other // 60}:{other % 60:02d}": ""}
    assert times_agree(rough, exact) == (abs(gap) <= ROUGH_TIME_MINUTES)
    assert times_agree(exact, rough) == times_agree(rough, exact)


def test_two_hedges_on_one_side_agree_both_ways_within_the_minutes() -> None:
    after = "The train left shortly after 3 p.m. from the station."
    also_after = "Passengers said the train pulled out shortly after 3.20 p.m."
    assert relations_both_ways(after, also_after) == ("same_fact", "same_fact")
    before = "The ferry sank shortly before 6 a.m. near the harbour."
    also_before = "Witnesses saw the ferry go down shortly before 5.40 a.m."
    assert relations_both_ways(before, also_before) == ("same_fact", "same_fact")
    far_after = "Passengers said the train pulled out shortly after 3.40 p.m."
    assert relations_both_ways(after, far_after) == ("contradicts", "contradicts")


_HEDGES = st.sampled_from(["", "~", "~>", "~<"])


@given(st.integers(0, 1439), st.integers(-90, 90), _HEDGES, _HEDGES)
def test_times_agree_the_same_whichever_side_is_given_first(
    minutes: int, gap: int, hedge_a: str, hedge_b: str
) -> None:
    other = (minutes + gap) % (24 * 60)
    first = {f"{hedge_a}{minutes // 60}:{minutes % 60:02d}": ""}
    second = {f"{hedge_b}{other // 60}:{other % 60:02d}": ""}
    assert times_agree(first, second) == times_agree(second, first)
    if abs(gap) > ROUGH_TIME_MINUTES:
        assert not times_agree(first, second)
